"""The notes tests' chat is with Ben Okafor, at Meridian Labs, who suggests things."""

from __future__ import annotations

import pytest

from coffeechat import factories
from tests.clock import FROZEN_NOW


@pytest.fixture
def ben(alice):
    return factories.make_contact(alice, "Ben Okafor", organisation="Meridian Labs")


@pytest.fixture
def chat(alice, ben):
    """Alice's chat with Ben, a prospect since FROZEN_NOW."""
    return factories.make_chat(alice, ben, now=FROZEN_NOW)
