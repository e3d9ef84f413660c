"""Shared fixtures. Personas, as healthchecks does: alice owns the data, and
charlie, another user on the same instance, must see none of it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model

from coffeechat.accounts.services import get_profile

LONDON = ZoneInfo("Europe/London")
# A Wednesday morning: the clock for tests that do not set their own.
FROZEN_NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


@pytest.fixture
def frozen():
    """Time stands still at FROZEN_NOW (Wednesday 4 November 2026, 09:30 London)."""
    with time_machine.travel(FROZEN_NOW, tick=False) as traveller:
        yield traveller


def _make_user(username: str, name: str):
    user = get_user_model().objects.create(username=username)
    profile = get_profile(user)
    profile.name = name
    profile.email = f"{username}@example.org"
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def alice(db):
    return _make_user("alice", "Alice Martin")


@pytest.fixture
def charlie(db):
    return _make_user("charlie", "Charlie Nguyen")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def charlie_client(client, charlie):
    client.force_login(charlie)
    return client
