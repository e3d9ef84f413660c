"""The confirmation sent with its calendar invitation, through a real SMTP server
(aiosmtpd on loopback): the delivered message carries a text/calendar part with
method=REQUEST and charset=UTF-8 and an .ics attachment, both parse with icalendar and
vobject; a reschedule sends the same UID with SEQUENCE raised, a cancellation
METHOD:CANCEL. Without mail settings the .eml carries the same invitation."""

from __future__ import annotations

import email
import html
from datetime import UTC, datetime
from email import policy

import icalendar
import pytest
import vobject

from coffeechat import factories
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation, Message
from coffeechat.lib import calendar as cal
from coffeechat.lib import mail
from coffeechat.outreach.models import SmtpSettings
from tests.clock import FROZEN_NOW
from tests.mailserver import running
from tests.pages import flashes

NEW_YORK = "America/New_York"


def use_server(user, smtp) -> None:
    SmtpSettings.objects.update_or_create(
        user=user, defaults={"host": smtp.host, "port": smtp.port, "security": "none"}
    )


@pytest.fixture
def chat(alice, alice_client, frozen):
    """Here the chat is with Ana in New York, scheduled on the page for a phone call."""
    ana = factories.make_contact(
        alice, "Ana Ruiz", email="ana@example.com", source="alumni", timezone=NEW_YORK
    )
    chat = factories.make_chat(alice, ana, "requested", now=FROZEN_NOW)
    response = alice_client.post(
        f"/chats/{chat.pk}/schedule/",
        {
            "at": "2026-11-16T15:00",
            "zone": NEW_YORK,
            "minutes": "20",
            "medium": "phone",
            "where": "+1 212 555 0100",
        },
    )
    assert response.status_code == 302
    chat.refresh_from_db()
    return chat


def calendars_of(message) -> tuple[bytes, bytes, object, object]:
    """(the text/calendar part's bytes, the attachment's bytes, their parts)."""
    calendars, attachments = mail.invitation_parts(message)
    assert len(calendars) == 1, "one text/calendar part"
    assert len(attachments) == 1, "one .ics attachment"
    return (
        calendars[0].get_payload(decode=True),
        attachments[0].get_payload(decode=True),
        calendars[0],
        attachments[0],
    )


def event_of(data: bytes):
    """The VEVENT, parsed by both icalendar and vobject (they must agree on UID, SEQUENCE)."""
    one = icalendar.Calendar.from_ical(data)
    (event,) = one.walk("VEVENT")
    two = vobject.readOne(data.decode("utf-8"))
    assert two.vevent.uid.value == str(event["UID"])
    assert int(two.vevent.sequence.value) == int(event["SEQUENCE"])
    return one, event


def send(client, chat, **data):
    return client.post(f"/chats/{chat.pk}/invitation/send/", data)


def test_the_page_offers_to_send_the_confirmation_when_mail_settings_exist(
    alice, alice_client, chat, server
):
    page = html.unescape(alice_client.get(f"/chats/{chat.pk}/").content.decode())
    assert "Send confirmation with calendar invitation" not in page
    assert "Download the e-mail with the invitation (.eml)" in page
    assert f"/chats/{chat.pk}/invite.ics" in page
    use_server(alice, server)
    page = html.unescape(alice_client.get(f"/chats/{chat.pk}/").content.decode())
    assert "Send confirmation with calendar invitation" in page
    assert "Not confirmed yet" in page


def test_the_confirmation_arrives_with_the_invitation_twice(alice, alice_client, chat, server):
    use_server(alice, server)
    response = send(alice_client, chat)
    assert response.status_code == 302
    followed = alice_client.get(response["Location"])
    assert any("Sent to Ana Ruiz <ana@example.com>" in f for f in flashes(followed))

    (envelope,) = server.envelopes
    assert envelope.rcpt_tos == ["ana@example.com"]
    raw = envelope.content
    delivered = email.message_from_bytes(raw, policy=policy.default)
    assert delivered.get_content_type() == "multipart/mixed"
    inline, attached, inline_part, attachment = calendars_of(delivered)
    assert inline_part.get_content_type() == "text/calendar"
    assert inline_part.get_param("method") == "REQUEST"
    assert inline_part.get_param("charset").upper() == "UTF-8"
    assert attachment.get_filename().endswith(".ics")
    assert inline == attached
    assert cal.check_request(inline) == []
    parsed, event = event_of(inline)
    assert str(parsed["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == chat.calendar_uid
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 11, 16, 20, 0, tzinfo=UTC)
    assert "ana@example.com" in str(event["ATTENDEE"])
    assert "alice@example.org" in str(event["ORGANIZER"])

    # The words: the user's confirmation template, {when} in Ana's zone and Alice's.
    body = delivered.get_body(preferencelist=("plain",)).get_content()
    assert "Dear Ana," in body
    assert "Mon 16 Nov 2026, 15:00 New York time (20:00 London time)" in body
    assert "Confirming our chat" in delivered["Subject"]

    # Recorded as a sent confirmation, and the chat is confirmed.
    message = Message.objects.get(conversation=chat)
    assert (message.kind, message.sent_at) == ("confirmation", FROZEN_NOW)
    assert message.message_id == delivered["Message-ID"]
    chat.refresh_from_db()
    assert chat.confirmed_at == FROZEN_NOW
    page = html.unescape(alice_client.get(f"/chats/{chat.pk}/").content.decode())
    assert "Confirmed on" in page


def test_a_reschedule_sends_the_same_uid_with_the_sequence_raised(
    alice, alice_client, chat, server, frozen
):
    use_server(alice, server)
    send(alice_client, chat)
    uids, sequences = [], []
    for day in (18, 19, 20):
        frozen.shift(3600)  # an hour later, Ana asks for another time
        alice_client.post(
            f"/chats/{chat.pk}/schedule/",
            {
                "at": f"2026-11-{day}T10:00",
                "zone": NEW_YORK,
                "minutes": "20",
                "asked_by": "them",
                "medium": "phone",
                "where": "+1 212 555 0100",
            },
        )
        page = html.unescape(alice_client.get(f"/chats/{chat.pk}/").content.decode())
        assert "Send the new time with the updated invitation" in page
        send(alice_client, chat)
    for envelope in server.envelopes:
        delivered = email.message_from_bytes(envelope.content, policy=policy.default)
        inline, attached, *_ = calendars_of(delivered)
        assert inline == attached and cal.check_request(inline) == []
        _, event = event_of(inline)
        uids.append(str(event["UID"]))
        sequences.append(int(event["SEQUENCE"]))
    assert sequences == [0, 1, 2, 3]
    assert len(set(uids)) == 1
    kinds = list(Message.objects.filter(conversation=chat).values_list("kind", flat=True))
    assert kinds == ["confirmation", "reschedule", "reschedule", "reschedule"]
    last = email.message_from_bytes(server.envelopes[-1].content, policy=policy.default)
    assert "Fri 20 Nov 2026, 10:00 New York time (15:00 London time)" in last["Subject"]


def test_a_cancellation_after_two_moves_sends_method_cancel(alice, alice_client, chat, server):
    use_server(alice, server)
    for day in (18, 19):
        alice_client.post(
            f"/chats/{chat.pk}/schedule/",
            {"at": f"2026-11-{day}T10:00", "zone": NEW_YORK, "minutes": "20", "asked_by": "me"},
        )
    alice_client.post(f"/chats/{chat.pk}/cancel/", {"reason": "Unwell"})
    page = html.unescape(alice_client.get(f"/chats/{chat.pk}/").content.decode())
    assert "Send the cancellation with the calendar update" in page
    send(alice_client, chat)
    (envelope,) = server.envelopes
    delivered = email.message_from_bytes(envelope.content, policy=policy.default)
    inline, attached, inline_part, _ = calendars_of(delivered)
    assert inline_part.get_param("method") == "CANCEL"
    assert cal.check_cancel(inline) == []
    parsed, event = event_of(inline)
    assert str(parsed["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 3
    chat.refresh_from_db()
    assert str(event["UID"]) == chat.calendar_uid
    assert Message.objects.get(conversation=chat).kind == "cancellation"


def test_a_discreet_contact_needs_the_go_ahead_and_the_server_is_not_contacted(
    alice, alice_client, chat, server
):
    use_server(alice, server)
    Contact.objects.filter(pk=chat.contact_id).update(source="coworker")
    response = send(alice_client, chat)
    assert response.status_code == 409
    assert server.envelopes == []
    assert not Message.objects.filter(conversation=chat).exists()
    response = send(alice_client, chat, confirmed="yes")
    assert response.status_code == 302
    assert len(server.envelopes) == 1


def test_a_failed_send_records_nothing_as_sent(alice, alice_client, chat):
    with running() as smtp:
        use_server(alice, smtp)
    # The server has stopped: the connection is refused.
    response = send(alice_client, chat)
    followed = alice_client.get(response["Location"])
    assert any(f.startswith("Not sent:") for f in flashes(followed))
    assert not Message.objects.filter(conversation=chat, sent_at__isnull=False).exists()
    chat.refresh_from_db()
    assert chat.confirmed_at is None


def test_without_mail_settings_the_eml_carries_the_invitation(alice, alice_client, chat):
    response = alice_client.get(f"/chats/{chat.pk}/invitation.eml")
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert ".eml" in response["Content-Disposition"]
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Ana Ruiz <ana@example.com>"
    inline, attached, part, _ = calendars_of(message)
    assert part.get_param("method") == "REQUEST"
    assert inline == attached and cal.check_request(inline) == []
    event_of(inline)
    assert not Message.objects.filter(conversation=chat).exists()

    # Sent from the mail program: the user says so, and the chat is confirmed.
    response = alice_client.post(f"/chats/{chat.pk}/invitation/sent/")
    assert response.status_code == 302
    assert Message.objects.get(conversation=chat).kind == "confirmation"
    assert Conversation.objects.get(pk=chat.pk).confirmed_at == FROZEN_NOW


def test_build_email_refuses_an_invitation_whose_method_does_not_match():
    request = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    with pytest.raises(ValueError, match="METHOD:CANCEL"):
        mail.build_email(
            from_name="A",
            from_address="a@example.org",
            to_name="B",
            to_address="b@example.org",
            subject="s",
            body="b",
            date=FROZEN_NOW,
            message_id="<1@example.org>",
            invitation=request,
            method="CANCEL",
        )
