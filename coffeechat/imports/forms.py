from __future__ import annotations

from django import forms

from coffeechat.lib.importers import FIELDS, MAX_BYTES

from .models import ImportBatch

# How to get each kind of file, in a line.
HOW_TO_GET = {
    "linkedin": "LinkedIn: Settings → Data privacy → Get a copy of your data → "
    "Connections. LinkedIn e-mails you a link; the file is Connections.csv.",
    "vcard": "iPhone: Contacts → select → Export vCard. Android: Contacts → Settings → "
    "Export. Google Contacts or Outlook: export as vCard (.vcf).",
    "google": "Google Contacts → Export → Google CSV.",
    "outlook": "Outlook → File → Open & Export → Import/Export → Export to a file "
    "(on outlook.com: People → Manage contacts → Export contacts).",
    "csv": "Any other spreadsheet saved as CSV: you choose which column is which.",
}

FIELD_LABELS = {
    "name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "E-mail",
    "phone": "Phone",
    "organization": "Organisation",
    "title": "Title",
    "linkedin_url": "LinkedIn URL",
    "location": "Location",
    "connected_on": "Date connected",
    "notes": "Notes",
}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label="What kind of file is it?",
        choices=ImportBatch.KINDS,
        # LinkedIn connections are what most people import first.
        initial="linkedin",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose what kind of file this is.",
            "invalid_choice": "Choose one of the kinds of file listed.",
        },
    )
    file = forms.FileField(
        label="The file",
        help_text=f"Up to {_megabytes(MAX_BYTES)} MB. Nothing is imported before you see "
        "what would change.",
        error_messages={
            "required": "Choose the file to upload.",
            "invalid": "That was not a file: choose one from your computer.",
            "missing": "That was not a file: choose one from your computer.",
            "empty": "That file is empty.",
        },
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"This file is {_megabytes(upload.size)} MB; coffeechat reads files of up to "
                f"{_megabytes(MAX_BYTES)} MB. Export fewer contacts, or split the file."
            )
        return upload


class ColumnsForm(forms.Form):
    """One select per column of a generic CSV: which field it holds, if any."""

    def __init__(self, *args, headers: list[str], initial_mapping: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.headers = headers
        by_column = {column: field for field, column in initial_mapping.items()}
        choices = [("", "— not imported —")] + [(f, FIELD_LABELS[f]) for f in FIELDS]
        for index, header in enumerate(headers):
            self.fields[f"col_{index}"] = forms.ChoiceField(
                label=header or f"Column {index + 1}",
                choices=choices,
                required=False,
                initial=by_column.get(header, ""),
                error_messages={"invalid_choice": "Choose one of the fields listed."},
            )

    def columns(self):
        """(header, bound field) for each column."""
        return [(h, self[f"col_{i}"]) for i, h in enumerate(self.headers)]

    def clean(self):
        data = super().clean()
        mapping: dict[str, str] = {}
        for index, header in enumerate(self.headers):
            field = data.get(f"col_{index}")
            if not field:
                continue
            if field in mapping:
                raise forms.ValidationError(
                    f"“{FIELD_LABELS[field]}” is chosen for two columns, {mapping[field]} and "
                    f"{header}: choose it for one of them."
                )
            mapping[field] = header
        if "name" not in mapping and not {"first_name", "last_name"} & set(mapping):
            raise forms.ValidationError(
                "Choose the column that holds the name (or the first and last names)."
            )
        data["mapping"] = mapping
        return data
