"""`coffeechat message send` and `coffeechat message eml`, run in-process as the local
user against the test database and a real SMTP server (aiosmtpd, started here)."""

from __future__ import annotations

import argparse
import email
import json
import logging
from email import policy

import pytest

from coffeechat import cli
from coffeechat.accounts.services import get_profile, local_user
from coffeechat.cli import messages
from coffeechat.outreach.models import SmtpSettings

from .. import mailserver
from ..conftest import FROZEN_NOW
from ..mailserver import free_port, running, use_server

# aiosmtpd warns about a login without TLS; the plain-text tests mean to do just that.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

PASSWORD = "cli-Pa55word-never-printed"
BODY = "Hi Zoë,\n\nWould 15–20 minutes suit you?\n\nMaya"


@pytest.fixture
def run():
    """Run `coffeechat ARGS…` in-process."""

    def run(*args: str) -> int:
        return cli.main(list(args))

    return run


def _subparsers(parser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


@pytest.fixture
def me(db):
    user = local_user()
    profile = get_profile(user)
    profile.name, profile.email, profile.timezone = "Maya Okafor", "maya@example.org", "UTC"
    profile.save()
    return user


@pytest.fixture
def server():
    with running() as smtp:
        yield smtp


# ------------------------------------------------------------------ send


def test_send_delivers_and_records_the_message(run, me, server, capsys):
    use_server(me, server)
    message = draft(me)
    assert run("message", "send", str(message.pk)) == 0
    out = capsys.readouterr().out
    assert out == f"Sent message {message.pk} to Zoë Ruiz <zoe@example.com>.\n"
    message.refresh_from_db()
    [arrived] = server.messages
    assert arrived["Message-ID"] == message.message_id
    assert arrived.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert message.sent_at is not None


def test_send_json_says_what_went_where(run, me, server, capsys):
    use_server(me, server)
    message = draft(me)
    assert run("message", "send", str(message.pk), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    message.refresh_from_db()
    assert data["id"] == message.pk
    assert data["to"] == "zoe@example.com"
    assert data["message_id"] == message.message_id
    assert data["sent_at"] == message.sent_at.isoformat()
    assert data["conversation"] == message.conversation_id


def test_send_to_a_closed_port_fails_in_one_line_and_keeps_the_draft(run, me, capsys):
    SmtpSettings.objects.create(
        user=me,
        host="127.0.0.1",
        port=free_port(),
        security="none",
        username="maya",
        password=PASSWORD,
    )
    message = draft(me)
    assert run("message", "send", str(message.pk)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"coffeechat: error: message {message.pk} not sent: Could not connect")
    assert PASSWORD not in err
    message.refresh_from_db()
    assert message.sent_at is None and message.message_id == ""


def test_a_wrong_password_fails_without_printing_it(run, me, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    with running(users={"maya": "the-real-one"}) as smtp:
        use_server(me, smtp, username="maya", password=PASSWORD)
        message = draft(me)
        assert run("message", "send", str(message.pk), "--json") == 1
    out, err = capsys.readouterr()
    assert "refused your user name or password" in err
    assert PASSWORD not in out + err + caplog.text


def test_send_to_a_coworker_needs_yes(run, me, server, capsys):
    use_server(me, server)
    message = draft(me, name="Sam Lee", source="coworker")
    assert run("message", "send", str(message.pk)) == 1
    err = capsys.readouterr().err
    assert err == (
        "coffeechat: error: Sam is a current coworker. Nothing was sent; "
        "add --yes if you are sure.\n"
    )
    assert server.envelopes == []
    assert run("message", "send", str(message.pk), "--yes") == 0
    assert len(server.messages) == 1


def test_send_someone_at_the_employer_needs_yes(run, me, server, capsys):
    from coffeechat.contacts.models import Organization

    profile = get_profile(me)
    profile.employer = "University of Leeds"
    profile.save()
    leeds = Organization.objects.create(owner=me, name="The University of Leeds")
    use_server(me, server)
    message = draft(me, name="Pat Kim", organization=leeds)
    assert run("message", "send", str(message.pk)) == 1
    assert "Pat works at your current employer" in capsys.readouterr().err
    assert server.envelopes == []


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("no settings", "add your mail server in Mail settings"),
        ("no address", "There is no e-mail address for Zoë"),
    ],
)
def test_send_explains_what_is_missing(run, me, server, capsys, setup, words):
    if setup != "no settings":
        use_server(me, server)
    message = draft(me, email="" if setup == "no address" else "zoe@example.com")
    assert run("message", "send", str(message.pk)) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


@pytest.mark.parametrize("given", ["999999", "abc"])
def test_an_unknown_message_is_one_line(run, me, capsys, given):
    assert run("message", "send", given) == 1
    assert capsys.readouterr().err.startswith("coffeechat: error: No message with id")


def test_another_users_message_is_unknown_here(run, me, server, capsys, django_user_model):
    other = django_user_model.objects.create(username="someone-else")
    use_server(me, server)
    message = draft(other)
    assert run("message", "send", str(message.pk)) == 1
    assert f"No message with id {message.pk}" in capsys.readouterr().err
    assert run("message", "eml", str(message.pk)) == 1
    assert server.envelopes == []


# ------------------------------------------------------------------ eml


def test_eml_writes_the_message_to_stdout(run, me, capsysbinary):
    message = draft(me)
    assert run("message", "eml", str(message.pk)) == 0
    written = email.message_from_bytes(capsysbinary.readouterr().out, policy=policy.default)
    assert written["From"] == "Maya Okafor <maya@example.org>"
    assert written["To"] == "Zoë Ruiz <zoe@example.com>"
    assert written["Subject"] == "A 15–20 minute chat?"
    assert written.get_content().replace("\r\n", "\n").rstrip("\n") == BODY


def test_eml_writes_a_file_with_o(run, me, tmp_path, capsys):
    message = draft(me)
    target = tmp_path / "zoe.eml"
    assert run("message", "eml", str(message.pk), "-o", str(target)) == 0
    assert capsys.readouterr().out == f"Wrote message {message.pk} to {target}\n"
    written = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert written["Subject"] == "A 15–20 minute chat?"


def test_eml_to_a_folder_that_does_not_exist_is_one_line(run, me, tmp_path, capsys):
    message = draft(me)
    assert run("message", "eml", str(message.pk), "-o", str(tmp_path / "no" / "x.eml")) == 1
    err = capsys.readouterr().err
    assert err.startswith("coffeechat: error: cannot write") and err.count("\n") == 1


def test_eml_for_a_coworker_needs_yes(run, me, capsysbinary):
    message = draft(me, name="Sam Lee", source="coworker")
    assert run("message", "eml", str(message.pk)) == 1
    captured = capsysbinary.readouterr()
    assert captured.out == b""
    assert b"Sam is a current coworker. Nothing was written" in captured.err
    assert run("message", "eml", str(message.pk), "--yes") == 0
    assert b"Sam Lee <zoe@example.com>" in capsysbinary.readouterr().out


def test_message_without_a_subcommand_is_a_usage_error(run, me, capsys):
    with pytest.raises(SystemExit) as info:
        run("message")
    assert info.value.code == 2


def test_register_joins_a_message_command_made_elsewhere():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    message = sub.add_parser("message")
    message.add_subparsers(dest="action").add_parser("draft")
    messages.register(sub)
    assert {"draft", "send", "eml"} <= set(_subparsers(message).choices)
    args = parser.parse_args(["message", "eml", "7", "-o", "x.eml", "--yes"])
    assert (args.message_id, args.output, args.yes) == ("7", "x.eml", True)


def test_sent_but_not_recorded_is_one_line_that_says_it_went(run, me, server, capsys, monkeypatch):
    from django.db import DatabaseError

    from coffeechat.outreach import sending

    def broken(*args, **kwargs):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(sending, "record_sent", broken)
    use_server(me, server)
    message = draft(me)
    assert run("message", "send", str(message.pk)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"coffeechat: error: message {message.pk}: It was sent to Zoë Ruiz")
    assert err.count("\n") == 1
    assert len(server.messages) == 1


def draft(user, **contact_changes):
    contact = mailserver.contact_of(user, **contact_changes)
    return mailserver.draft(user, contact, now=FROZEN_NOW, body=BODY)
