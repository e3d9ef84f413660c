"""Forms for job leads. They only read and check what was typed; the services save."""

from __future__ import annotations

from django import forms

from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for
from coffeechat.contacts.widgets import ContactPicker

from .models import Lead
from .services import OUTCOME_LABELS

MAX_NOTES = 10_000
OUTCOME_KEYS = ", ".join(OUTCOME_LABELS)


def _outcome_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Outcome",
        choices=Lead.OUTCOMES,
        initial=Lead.OPEN,
        error_messages={
            "required": "Choose how it turned out (“open” if you have not applied yet).",
            "invalid_choice": f"“%(value)s” is not an outcome. Use one of: {OUTCOME_KEYS}.",
        },
    )


def _notes_field() -> forms.CharField:
    return forms.CharField(
        label="Notes",
        required=False,
        max_length=MAX_NOTES,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": f"Keep the notes under {MAX_NOTES:,} characters (they are %(show_value)d)."
        },
    )


class LeadForm(forms.Form):
    """A new lead: what the opening is, where, who told you and how it stands."""

    title = forms.CharField(
        label="The opening",
        max_length=300,
        help_text="The job title, or a few words: “Data role in her team, from May”.",
        error_messages={
            "required": "Say what the opening is, for example “Analytical chemist”.",
            "max_length": "Keep the opening to 300 characters (it is %(show_value)d).",
        },
    )
    organization_name = forms.CharField(
        label="Organisation",
        max_length=200,
        required=False,
        error_messages={"max_length": "Keep the organisation's name to 200 characters."},
    )
    told_by = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        required=False,
        label="Who told you",
        widget=ContactPicker,
        help_text="Start typing their name and pick them from the list.",
        error_messages={
            "invalid_choice": "Choose one of your own contacts: type part of their name "
            "and pick them from the list."
        },
    )
    referred = forms.BooleanField(label="They referred me", required=False)
    outcome = _outcome_field()
    url = forms.URLField(
        label="Link to the posting",
        required=False,
        max_length=200,
        assume_scheme="https",
        error_messages={
            "invalid": "Enter a whole web address, such as https://example.org/jobs/123.",
            "max_length": "Keep the link to 200 characters.",
        },
    )
    notes = _notes_field()

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["told_by"].queryset = contacts_for(owner).only("id", "name")

    def clean_title(self) -> str:
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise forms.ValidationError(
                "Say what the opening is, for example “Analytical chemist”."
            )
        return title

    def clean_organization_name(self) -> str:
        return " ".join(self.cleaned_data.get("organization_name", "").split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("referred") and not cleaned.get("told_by") and "told_by" not in self.errors:
            self.add_error("told_by", "Say who referred you, or untick “They referred me”.")
        return cleaned


class LeadUpdateForm(forms.Form):
    """How a lead turned out, whether they referred you, and notes."""

    outcome = _outcome_field()
    referred = forms.BooleanField(label="They referred me", required=False)
    notes = _notes_field()

    def __init__(self, *args, lead: Lead, **kwargs):
        kwargs.setdefault(
            "initial", {"outcome": lead.outcome, "referred": lead.referred, "notes": lead.notes}
        )
        super().__init__(*args, **kwargs)
        self.lead = lead

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("referred") and not self.lead.told_by_id:
            self.add_error(
                "referred",
                "This lead has nobody recorded as telling you about it, so nobody to have "
                "referred you.",
            )
        return cleaned
