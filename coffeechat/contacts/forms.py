from __future__ import annotations

from django import forms
from django.db import transaction

from coffeechat.forms import OwnedModelForm
from coffeechat.lib.sources import SOURCE_KEYS, SOURCES

from .models import Contact, Event, Target
from .services import contacts_for, organization_named
from .widgets import ContactPicker


class ContactForm(OwnedModelForm):
    organization_name = forms.CharField(label="Organisation", max_length=200, required=False)
    linkedin_url = forms.URLField(
        label="LinkedIn URL", required=False, max_length=200, assume_scheme="https"
    )
    referred_by = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        required=False,
        label="Referred by",
        widget=ContactPicker,
        help_text="Who introduced you: start typing their name and pick them from the list.",
        error_messages={"invalid_choice": "Choose one of your own contacts."},
    )

    class Meta:
        model = Contact
        fields = [
            "name",
            "email",
            "phone",
            "organization_name",
            "title",
            "source",
            "connection",
            "referred_by",
            "linkedin_url",
            "location",
            "timezone",
            "connected_on",
            "keep_in_touch_weeks",
            "notes",
        ]
        widgets = {
            "connected_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "timezone": forms.TextInput(attrs={"list": "zones", "placeholder": "Europe/London"}),
        }
        error_messages = {
            "name": {"required": "Give the person's name."},
            "source": {
                "invalid_choice": "“%(value)s” is not a way of knowing someone. Use one of: "
                + ", ".join(SOURCE_KEYS)
                + ".",
            },
            "connected_on": {"invalid": "Enter a date as YYYY-MM-DD, for example 2025-09-14."},
            "keep_in_touch_weeks": {
                "invalid": "Give a whole number of weeks, such as 8.",
                "min_value": "Give at least 1 week.",
                "max_value": "Give at most 104 weeks (two years).",
            },
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, owner=owner, **kwargs)
        others = contacts_for(owner).only("id", "name")
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["referred_by"].queryset = others
        self.fields["source"].choices = SOURCES
        if self.instance.pk and self.instance.organization_id:
            self.initial.setdefault("organization_name", self.instance.organization.name)

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Give the person's name.")
        return name

    def clean_referred_by(self) -> Contact | None:
        """No loops: someone this contact introduced (however far down) cannot have
        introduced them."""
        referrer = self.cleaned_data.get("referred_by")
        if referrer is None or not self.instance.pk:
            return referrer
        parents = dict(contacts_for(self.owner).values_list("id", "referred_by_id"))
        seen, step = set(), referrer.pk
        while step is not None and step not in seen:
            if step == self.instance.pk:
                raise forms.ValidationError(
                    f"{self.instance.name} introduced {referrer.name} (or someone who did), "
                    "so they cannot have introduced them too."
                )
            seen.add(step)
            step = parents.get(step)
        return referrer

    @transaction.atomic
    def save(self, commit: bool = True) -> Contact:
        # A new organisation and the contact are saved together, or neither is.
        contact = super().save(commit=False)
        contact.organization = organization_named(
            self.owner, self.cleaned_data.get("organization_name", "")
        )
        if commit:
            contact.save()
        return contact


# Longer than any pitch should be (a minute is about 140 words), short enough to be sane.
PITCH_MAX_CHARS = 5000


class TargetForm(OwnedModelForm):
    # A text box, not a <select>: a campaign can hold thousands of organisations.
    organization_name = forms.CharField(
        label="Organisation",
        max_length=200,
        required=False,
        help_text=(
            "The employer it is about, if any: your contacts there are the people to ask. "
            "Left empty for an organisation, its name is used."
        ),
    )

    class Meta:
        model = Target
        fields = [
            "name",
            "kind",
            "organization_name",
            "motivation",
            "postings",
            "advocacy",
            "research",
            "pitch",
        ]
        widgets = {
            "research": forms.Textarea(attrs={"rows": 6}),
            "motivation": forms.NumberInput(attrs={"min": 1, "max": 5}),
            # The estimated speaking time under the box follows the typing (htmx).
            "pitch": forms.Textarea(
                attrs={
                    "rows": 5,
                    "maxlength": PITCH_MAX_CHARS,
                    "hx-get": "/targets/pitch-timing/",
                    "hx-trigger": "input changed delay:300ms",
                    "hx-target": "#pitch-timing",
                    "hx-swap": "innerHTML",
                    "aria-describedby": "pitch-timing",
                }
            ),
        }
        labels = {
            "pitch": "Your pitch",
            "motivation": "Motivation (1 to 5)",
            "postings": "Job postings",
            "advocacy": "Advocacy: who could speak for you there",
        }
        help_texts = {
            "motivation": (
                "How much you want this, from 1 (curious) to 5 (this is it). "
                "It counts first when your list is sorted."
            ),
            "postings": (
                "Are they hiring? Any posting at all, or the very role you want? It counts second."
            ),
            "advocacy": (
                "Someone you know there, alumni of your school, or a warm connection "
                "who knows someone. It counts third; coffeechat also looks at your "
                "contacts there and takes the higher."
            ),
        }
        error_messages = {
            "name": {"required": "Give the target a name: a career, a role or an employer."},
            "advocacy": {
                "invalid_choice": "“%(value)s” is not a choice here. Use one of: "
                + ", ".join(key for key, _ in Target.ADVOCACY)
                + ".",
            },
            "postings": {
                "invalid_choice": "“%(value)s” is not a choice here. Use one of: "
                + ", ".join(key for key, _ in Target.POSTINGS)
                + ".",
            },
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, owner=owner, **kwargs)
        # Left out of a post (an older page, a script): "none", the model's default.
        for name in ("advocacy", "postings"):
            self.fields[name].required = False
        if self.instance.pk and self.instance.organization_id:
            self.initial.setdefault("organization_name", self.instance.organization.name)

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Give the target a name: a career, a role or an employer.")
        return name

    def clean_advocacy(self) -> str:
        return self.cleaned_data.get("advocacy") or "none"

    def clean_postings(self) -> str:
        return self.cleaned_data.get("postings") or "none"

    def clean_pitch(self) -> str:
        pitch = self.cleaned_data.get("pitch", "").strip()
        if len(pitch) > PITCH_MAX_CHARS:
            raise forms.ValidationError(
                f"Keep the pitch under {PITCH_MAX_CHARS} characters: "
                "a spoken pitch runs to about 140 words."
            )
        return pitch

    @transaction.atomic
    def save(self, commit: bool = True) -> Target:
        # A new organisation and the target are saved together, or neither is.
        target = super().save(commit=False)
        name = self.cleaned_data.get("organization_name", "")
        if not name.strip() and target.kind == Target.ORGANIZATION:
            name = target.name
        target.organization = organization_named(self.owner, name)
        if commit:
            target.save()
        return target


class EventForm(OwnedModelForm):
    class Meta:
        model = Event
        fields = ["name", "date", "location", "notes"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }


class MeetingForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        label="Someone you met there",
        widget=ContactPicker,
        error_messages={
            "required": "Type a name and pick the person from the list.",
            "invalid_choice": "Choose one of your own contacts.",
        },
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = contacts_for(owner).only("id", "name")
