"""The outreach tests send through a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import pytest

from tests.mailserver import running


@pytest.fixture
def server():
    """A real SMTP server for the test, stopped after it."""
    with running() as smtp:
        yield smtp
