"""The form of the notes page's review step: the new people a note names, before they
become contacts."""

from __future__ import annotations

from django import forms

from .notes import PersonChoice

# The corrections a new person may take: field, label, and the noun in its error.
PERSON_FIELDS = (
    ("name", "Name", "a name"),
    ("organization", "Organisation", "an organisation"),
    ("title", "Title", "a title"),
)


class ReviewPeopleForm(forms.Form):
    """The new people of a note, before they become contacts: name, organisation and
    title may be corrected, and "Add as a contact" unticked. `people` are the new
    people of the note's preview (notes.PersonPreview); their fields are named by line."""

    def __init__(self, *args, people, **kwargs):
        kwargs.setdefault("auto_id", "review_%s")
        super().__init__(*args, **kwargs)
        self.people = list(people)
        self.rows = []
        for person in self.people:
            prefix = f"p{person.line}"
            self.fields[f"{prefix}_add"] = forms.BooleanField(
                label="Add as a contact", required=False, initial=True
            )
            for name, label, noun in PERSON_FIELDS:
                self.fields[f"{prefix}_{name}"] = forms.CharField(
                    label=label,
                    max_length=200,
                    required=False,
                    initial=getattr(person, name),
                    error_messages={
                        "max_length": f"Keep {noun} under 200 characters "
                        "(this one has %(show_value)d)."
                    },
                )
            self.rows.append(
                {
                    "person": person,
                    "add": self[f"{prefix}_add"],
                    "name": self[f"{prefix}_name"],
                    "organization": self[f"{prefix}_organization"],
                    "title": self[f"{prefix}_title"],
                }
            )

    def clean(self):
        data = super().clean()
        for person in self.people:
            prefix = f"p{person.line}"
            unnamed = not (data.get(f"{prefix}_name") or "").strip()
            if data.get(f"{prefix}_add") and unnamed and f"{prefix}_name" not in self.errors:
                self.add_error(
                    f"{prefix}_name", "Give the person a name, or untick “Add as a contact”."
                )
        return data

    def ticked(self) -> int:
        """How many people are to be added (as sent, or all of them on a fresh form)."""
        if not self.is_bound:
            return len(self.people)
        return sum(1 for p in self.people if self.data.get(f"p{p.line}_add"))

    def choices(self):
        """The reviewed people, for notes.save_note (after is_valid())."""
        data = self.cleaned_data
        return [
            PersonChoice(
                line=p.line,
                name=data.get(f"p{p.line}_name") or "",
                organization=data.get(f"p{p.line}_organization") or "",
                title=data.get(f"p{p.line}_title") or "",
                add=bool(data.get(f"p{p.line}_add")),
            )
            for p in self.people
        ]
