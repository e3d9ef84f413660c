"""The pitch: one per target, with its speaking time on the target page (as it is typed),
on the targets list, before events and on the prep sheet."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from coffeechat.contacts.models import Event, Target
from tests.clock import FROZEN_NOW
from tests.pages import error_beside, text

GOOD = " ".join(["word"] * 100)  # about 43 seconds
SHORT = "I love chemistry and want to help decide what science gets funded."
LONG = " ".join(["word"] * 200)  # about 86 seconds


def timing(response) -> str:
    """The speaking-time line under the pitch box."""
    match = re.search(r'<div id="pitch-timing"[^>]*>(.*?)</div>', response.content.decode(), re.S)
    assert match, "no speaking time shown"
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()


@pytest.fixture
def policy(alice):
    return Target.objects.create(owner=alice, name="Science policy", pitch=GOOD)


def _target_form(**changes) -> dict:
    return {"name": "Science policy", "kind": "career", "motivation": "4", **changes}


def test_the_target_page_shows_the_pitch_and_its_speaking_time(alice_client, policy):
    response = alice_client.get(f"/targets/{policy.pk}/")
    assert GOOD in text(response)
    assert timing(response).startswith("About 43 seconds (100 words) · Good.")


def test_a_pitch_is_saved_from_the_target_page(alice_client, policy):
    alice_client.post(f"/targets/{policy.pk}/", _target_form(pitch=f"  {SHORT}\n"))
    policy.refresh_from_db()
    assert policy.pitch == SHORT


def test_a_pitch_is_given_with_a_new_target(alice, alice_client):
    alice_client.post("/targets/", _target_form(name="Consulting", pitch=LONG))
    assert Target.objects.get(owner=alice, name="Consulting").pitch == LONG


def test_the_pitch_box_asks_for_its_time_as_it_is_typed(alice_client, policy):
    for url in (f"/targets/{policy.pk}/", "/targets/"):
        page = alice_client.get(url).content.decode()
        box = re.search(r'<textarea name="pitch"[^>]*>', page).group(0)
        assert 'hx-get="/targets/pitch-timing/"' in box
        assert 'hx-target="#pitch-timing"' in box
        assert 'id="pitch-timing"' in page


@pytest.mark.parametrize(
    ("pitch", "shown"),
    [
        (GOOD, "About 43 seconds (100 words) · Good."),
        (SHORT, "About 5 seconds (12 words) · Too short. A little brief: add about 58 words"),
        (LONG, "About 1 min 26 s (200 words) · Too long. Longer than a minute: cut about 60 words"),
        ("", "No pitch yet."),
    ],
)
def test_the_live_timing_judges_what_was_typed(alice_client, pitch, shown):
    response = alice_client.get("/targets/pitch-timing/", {"pitch": pitch})
    assert response.status_code == 200
    assert shown in re.sub(r"<[^>]+>", "", text(response))


def test_a_huge_pitch_is_refused_beside_the_field_not_crashed_on(alice_client, policy):
    response = alice_client.post(f"/targets/{policy.pk}/", _target_form(pitch="word " * 1200))
    assert response.status_code == 200
    assert error_beside(response, "id_pitch").startswith("Keep the pitch under 5000 characters")
    policy.refresh_from_db()
    assert policy.pitch == GOOD


def test_a_form_sent_back_with_errors_times_the_pitch_as_typed(alice_client, policy):
    response = alice_client.post(f"/targets/{policy.pk}/", _target_form(name="", pitch=SHORT))
    assert response.status_code == 200
    assert timing(response).startswith("About 5 seconds")


def test_the_targets_list_shows_each_pitchs_time(alice, alice_client, policy):
    Target.objects.create(owner=alice, name="Consulting", pitch=LONG)
    Target.objects.create(owner=alice, name="Industry R&D")
    page = text(alice_client.get("/targets/"))
    assert "Pitch: about 43 seconds" in page
    assert "Pitch: about 1 min 26 s" in page and ">too long</span>" in page
    assert "No pitch yet." in page


# ------------------------------------------------------------------ before events


@pytest.fixture
def meetup(alice):
    return Event.objects.create(owner=alice, name="Chem Careers Fair", date=date(2026, 11, 12))


def test_an_upcoming_event_puts_the_pitches_first_to_practise(
    alice, alice_client, policy, meetup, frozen
):
    Target.objects.create(owner=alice, name="Consulting", pitch=SHORT)
    Target.objects.create(owner=alice, name="Industry R&D")  # no pitch: not listed
    page = text(alice_client.get(f"/events/{meetup.pk}/"))
    assert "Practise your pitch before the event" in page
    assert page.index("Practise your pitch") < page.index("People you met")
    assert GOOD in page and SHORT in page
    assert "About 43 seconds" in page and "About 5 seconds" in page
    assert "Industry R&D" not in page


def test_a_past_event_still_shows_the_pitches_below(alice, alice_client, policy, frozen):
    past = Event.objects.create(owner=alice, name="Old fair", date=FROZEN_NOW.date().replace(day=1))
    page = text(alice_client.get(f"/events/{past.pk}/"))
    assert "Your pitches" in page
    assert page.index("People you met") < page.index("Your pitches")


def test_an_event_without_any_pitch_says_how_to_write_one(alice_client, meetup, frozen):
    page = text(alice_client.get(f"/events/{meetup.pk}/"))
    assert "No pitches yet." in page


def test_charlie_never_sees_alices_pitches(policy, charlie, charlie_client, frozen):
    his = Event.objects.create(owner=charlie, name="Design meetup", date=date(2026, 11, 20))
    assert GOOD not in text(charlie_client.get(f"/events/{his.pk}/"))
    assert charlie_client.get(f"/targets/{policy.pk}/").status_code == 404


def test_the_event_page_takes_no_more_queries_with_more_pitches(
    alice, alice_client, meetup, django_assert_max_num_queries
):
    Target.objects.create(owner=alice, name="T0", pitch=SHORT)
    alice_client.get(f"/events/{meetup.pk}/")
    with django_assert_max_num_queries(15) as captured:
        alice_client.get(f"/events/{meetup.pk}/")
    small = len(captured)
    for n in range(1, 15):
        Target.objects.create(owner=alice, name=f"T{n}", pitch=GOOD)
    with django_assert_max_num_queries(small):
        alice_client.get(f"/events/{meetup.pk}/")
