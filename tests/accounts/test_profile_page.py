"""The profile page: bad zones and rules are refused beside their field, a good profile
is saved, and the user's own settings apply."""

from __future__ import annotations

import pytest

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile
from tests.pages import error_beside

HTMX = {"HX-Request": "true"}


def _profile_form(**changes) -> dict:
    data = {
        "name": "Alice Martin",
        "email": "alice@example.org",
        "timezone": "Europe/London",
        "employer": "",
        "next_person_after_days": "3",
        "follow_up_after_days": "7",
        "no_response_after_days": "7",
        "keep_in_touch_weeks": "8",
        "event_follow_up_days": "2",
        "request_word_limit": "150",
        "linkedin_char_limit": "300",
        "weekly_goal": "3",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field_id", "error"),
    [
        ({"timezone": "Mars/Olympus"}, "id_timezone", "“Mars/Olympus” is not a time zone."),
        ({"timezone": ""}, "id_timezone", "This field is required."),
        (
            {"next_person_after_days": "0"},
            "id_next_person_after_days",
            "Ensure this value is greater than or equal to 1.",
        ),
        (
            {"follow_up_after_days": "0"},
            "id_follow_up_after_days",
            "Ensure this value is greater than or equal to 1.",
        ),
        (
            {"keep_in_touch_weeks": "53"},
            "id_keep_in_touch_weeks",
            "Ensure this value is less than or equal to 52.",
        ),
        ({"email": "alice"}, "id_email", "Enter a valid email address."),
    ],
)
def test_the_profile_refuses_a_bad_zone_or_rule(alice, alice_client, changes, field_id, error):
    response = alice_client.post("/profile/", _profile_form(name="Renamed", **changes))
    assert response.status_code == 200
    assert error in error_beside(response, field_id)
    profile = Profile.objects.get(user=alice)
    assert (profile.name, profile.timezone, profile.next_person_after_days) == (
        "Alice Martin",
        "Europe/London",
        3,
    )


def test_a_good_profile_is_saved(alice, alice_client):
    response = alice_client.post(
        "/profile/", _profile_form(timezone="America/New_York", follow_up_after_days="5")
    )
    assert response.status_code == 302
    profile = get_profile(alice)
    assert (profile.timezone, profile.follow_up_after_days) == ("America/New_York", 5)


def test_the_length_limits_are_the_users_own_settings(alice, alice_client, chat):
    body = "Hi Ana,\n\n" + "word " * 170 + "\n\nThank you,\nAlice"
    draft = {"kind": "request", "channel": "email", "subject": "A question", "body": body}
    url = f"/chats/{chat.pk}/compose/lint/"
    assert 'data-rule="length"' in alice_client.post(url, draft, headers=HTMX).content.decode()
    alice_client.post("/profile/", _profile_form(request_word_limit="200"))
    assert get_profile(alice).request_word_limit == 200
    assert 'data-rule="length"' not in alice_client.post(url, draft, headers=HTMX).content.decode()
