"""Signing in, through Django's test client: login links, the first login, signing out,
and what a visitor without a session sees."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from coffeechat.accounts.services import issue_login_token
from tests.pages import text

HTMX = {"HX-Request": "true"}


@pytest.mark.parametrize("url", ["/", "/contacts/", "/pipeline/", "/chats/1/", "/profile/"])
def test_without_a_session_every_page_sends_you_to_the_welcome_page(client, ana, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/welcome/"


def test_the_welcome_page_says_how_to_get_in_and_shows_no_data(client, alices_world):
    response = client.get("/welcome/")
    assert response.status_code == 200
    page = text(response)
    assert "coffeechat serve" in page
    assert "Ana Ruiz" not in page
    assert "Chem Careers Fair" not in page
    assert 'aria-label="Main"' not in page  # no navigation to pages it cannot open


def test_an_htmx_request_without_a_session_gets_401_and_a_redirect_for_htmx(client, chat):
    response = client.post(f"/chats/{chat.pk}/move/", {"status": "requested"}, headers=HTMX)
    assert response.status_code == 401
    assert response["HX-Redirect"] == "/welcome/"
    assert b"Ana" not in response.content
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_a_login_link_signs_you_in_and_opens_today(client, alice):
    token = issue_login_token(alice, now=timezone.now())
    response = client.get(f"/login/{token}/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    today = client.get("/")
    assert today.status_code == 200
    assert "Today" in text(today)


def test_a_first_login_asks_who_you_are(client, db):
    from coffeechat.accounts.services import local_user

    me = local_user()
    token = issue_login_token(me, now=timezone.now())
    response = client.get(f"/login/{token}/", follow=True)
    assert response.redirect_chain[-1][0] == "/profile/"
    assert "Tell coffeechat who you are" in text(response)


def test_a_login_link_works_only_once(client, alice):
    token = issue_login_token(alice, now=timezone.now())
    assert client.get(f"/login/{token}/").status_code == 302

    someone_else = Client()
    response = someone_else.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "already been used" in text(response)
    assert someone_else.get("/")["Location"] == "/welcome/"


def test_an_expired_login_link_is_refused(client, alice):
    made = timezone.now() - timedelta(seconds=settings.LOGIN_TOKEN_TTL_SECONDS + 1)
    token = issue_login_token(alice, now=made)
    response = client.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "expired" in text(response)
    assert client.get("/")["Location"] == "/welcome/"


@pytest.mark.parametrize("token", ["garbage", "x" * 500, "%00", "0" * 43])
def test_a_made_up_login_link_is_refused(client, alice, token):
    response = client.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "coffeechat serve" in text(response)
    assert client.get("/")["Location"] == "/welcome/"


def test_signing_out_ends_the_session(alice_client):
    response = alice_client.post("/logout/")
    assert response["Location"] == "/welcome/"
    assert alice_client.get("/")["Location"] == "/welcome/"
