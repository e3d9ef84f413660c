"""For the scheduling tests Ana lives in New York, so every agreed time has two zones,
and time stands still at FROZEN_NOW."""

from __future__ import annotations

import pytest

from coffeechat import factories
from coffeechat.conversations.services import move_conversation
from tests.clock import FROZEN_NOW


@pytest.fixture
def ana(alice):
    """Ana Ruiz, an alumna in New York."""
    return factories.make_contact(
        alice, "Ana Ruiz", email="ana@example.com", source="alumni", timezone="America/New_York"
    )


@pytest.fixture
def chat(alice, ana, frozen):
    """Alice's chat with Ana, a prospect since FROZEN_NOW."""
    return factories.make_chat(alice, ana, now=FROZEN_NOW)


@pytest.fixture
def requested(alice, chat):
    """The chat, asked for at FROZEN_NOW: ready to schedule."""
    return move_conversation(alice, chat, "requested", now=FROZEN_NOW)
