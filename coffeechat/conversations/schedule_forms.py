"""The forms of the scheduling panel on a chat's page: agree a time (or move it), cancel,
offer times.

The date and time is a wall-clock time read in the zone chosen beside it (the contact's
by default), never in the server's or the browser's: `lib.calendar.local_to_utc` turns it
into UTC and says, in words, why a time cannot be used (in a daylight-saving gap, in the
past). Those words are shown beside the field.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms

from coffeechat.lib import calendar as cal
from coffeechat.lib.timezones import is_valid_zone

from .models import MEDIUMS, Reschedule
from .slots import MAX_SLOTS

WALL_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")
BAD_TIME = "Enter a date and time, for example 2027-03-16 15:00."
ZONE_EXAMPLE = "Use a name such as Europe/London or America/New_York."


def read_wall_time(text: str) -> datetime | None:
    """A typed date and time as a naive wall-clock time, or None if it cannot be read."""
    text = (text or "").strip()
    for pattern in WALL_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None


class ScheduleForm(forms.Form):
    """Agree a time for a chat, or move it (then `rescheduling` adds who asked and why).

    Valid, `cleaned_data["start"]` is the agreed moment in UTC (aware).
    """

    at = forms.CharField(
        label="Date and time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"required": "Give the agreed date and time."},
    )
    zone = forms.CharField(
        label="Time zone",
        max_length=64,
        widget=forms.TextInput(attrs={"list": "zones", "autocomplete": "off"}),
        help_text="The date and time above are read in this zone.",
        error_messages={"required": f"Give the time zone. {ZONE_EXAMPLE}"},
    )
    minutes = forms.IntegerField(
        label="Minutes",
        min_value=5,
        max_value=240,
        initial=20,
        widget=forms.NumberInput(attrs={"step": 5}),
        error_messages={
            "required": "Say how many minutes: 20 is a good length.",
            "invalid": "Minutes are a whole number, such as 20.",
            "min_value": "A chat lasts at least %(limit_value)s minutes.",
            "max_value": "Keep a chat under %(limit_value)s minutes.",
        },
    )
    medium = forms.ChoiceField(
        label="How",
        choices=[("", "Not decided"), *MEDIUMS],
        required=False,
        error_messages={"invalid_choice": "Choose phone, video call or coffee."},
    )
    where = forms.CharField(
        label="Number, link or place",
        max_length=300,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": "e.g. +44 20 7946 0000, a video link, a café"}
        ),
        error_messages={"max_length": "Keep it under %(limit_value)d characters."},
    )
    asked_by = forms.ChoiceField(
        label="Who asked to move it",
        choices=[(Reschedule.THEM, "They did"), (Reschedule.ME, "I did")],
        initial=Reschedule.THEM,
        required=False,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label="Why (optional)",
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "e.g. a clash with a meeting"}),
        error_messages={"max_length": "Keep the reason under %(limit_value)d characters."},
    )

    def __init__(self, *args, now: datetime, rescheduling: bool = False, **kwargs):
        kwargs.setdefault("auto_id", "sched_%s")
        super().__init__(*args, **kwargs)
        self.now = now
        self.rescheduling = rescheduling
        self.ambiguous = False
        if not rescheduling:
            del self.fields["asked_by"]
            del self.fields["reason"]

    def clean_zone(self) -> str:
        zone = self.cleaned_data["zone"].strip()
        if not is_valid_zone(zone):
            raise forms.ValidationError(f"“{zone}” is not a time zone. {ZONE_EXAMPLE}")
        return zone

    def clean_at(self) -> datetime:
        wall = read_wall_time(self.cleaned_data["at"])
        if wall is None:
            raise forms.ValidationError(BAD_TIME)
        return wall

    def clean_asked_by(self) -> str:
        return self.cleaned_data.get("asked_by") or Reschedule.THEM

    def clean(self):
        data = super().clean()
        wall, zone = data.get("at"), data.get("zone")
        if wall is None or zone is None:
            return data
        try:
            data["start"] = cal.local_to_utc(wall, ZoneInfo(zone), now=self.now)
        except cal.TimeProblem as exc:
            self.add_error("at", str(exc))
            return data
        self.ambiguous = cal.is_ambiguous(wall, ZoneInfo(zone))
        return data


class CancelForm(forms.Form):
    reason = forms.CharField(
        label="Reason (optional, kept as a note)",
        max_length=300,
        required=False,
        error_messages={"max_length": "Keep the reason under %(limit_value)d characters."},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "cancel_%s")
        super().__init__(*args, **kwargs)


SLOT_FIELDS = tuple(f"slot_{n}" for n in range(1, MAX_SLOTS + 1))


class SlotsForm(forms.Form):
    """Up to three times to offer, each read in `zone` (the user's own).

    Valid, `cleaned_data["slots"]` holds the times as aware UTC moments, earliest first.
    """

    def __init__(self, *args, zone: ZoneInfo, now: datetime, **kwargs):
        kwargs.setdefault("auto_id", "slots_%s")
        super().__init__(*args, **kwargs)
        self.zone = zone
        self.now = now
        for n, name in enumerate(SLOT_FIELDS, start=1):
            self.fields[name] = forms.CharField(
                label=f"Time {n}",
                required=False,
                widget=forms.DateTimeInput(
                    attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
                ),
                help_text=f"In {cal.zone_label(zone)}." if n == 1 else "",
            )

    def clean(self):
        data = super().clean()
        moments: dict[str, datetime] = {}
        for name in SLOT_FIELDS:
            text = (data.get(name) or "").strip()
            if not text:
                continue
            wall = read_wall_time(text)
            if wall is None:
                self.add_error(name, BAD_TIME)
                continue
            try:
                moment = cal.local_to_utc(wall, self.zone, now=self.now)
            except cal.TimeProblem as exc:
                self.add_error(name, str(exc))
                continue
            if moment in moments.values():
                self.add_error(name, "This time is already offered above: choose another.")
                continue
            moments[name] = moment
        if not self.errors and not moments:
            self.add_error(SLOT_FIELDS[0], "Give at least one time to offer.")
        data["slots"] = sorted(moments.values())
        return data
