"""Fixtures for the pure tests. Nothing here touches a database."""

import pytest
import vobject.icalendar


@pytest.fixture
def fresh_vobject_zones():
    """For tests that read calendar files back: vobject keeps the first VTIMEZONE it sees for a TZID in a module-global map; clear it so
    each file is read with its own VTIMEZONE, not one left over from another test."""
    zones = vars(vobject.icalendar)["__tzidMap"]
    saved = dict(zones)
    zones.clear()
    yield
    zones.clear()
    zones.update(saved)
