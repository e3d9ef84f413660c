"""The composer's form and the template editor's form."""

from __future__ import annotations

from django import forms

from coffeechat.conversations.models import Message
from coffeechat.lib.message_templates import problems

# The composer writes e-mails and LinkedIn notes; "other" stays for messages recorded by hand.
COMPOSER_CHANNELS = [(key, label) for key, label in Message.CHANNELS if key != "other"]
ACTIONS = ("save", "send", "fill")


class ComposeForm(forms.Form):
    kind = forms.ChoiceField(
        choices=Message.KINDS,
        error_messages={
            "required": "Choose the kind of message first: a request, a follow-up, a thank-you…",
            "invalid_choice": "“%(value)s” is not a kind of message.",
        },
    )
    channel = forms.ChoiceField(
        choices=COMPOSER_CHANNELS,
        initial="email",
        error_messages={"invalid_choice": "Choose e-mail or LinkedIn."},
    )
    subject = forms.CharField(
        max_length=200,
        required=False,
        error_messages={"max_length": "Keep the subject under 200 characters."},
    )
    body = forms.CharField(
        label="Message",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=20000,
        strip=False,
        error_messages={
            "required": "The message has no text.",
            "max_length": "That is far too long for a message: keep it under 20,000 characters.",
        },
    )
    confirmed = forms.BooleanField(required=False)

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("The message has no text.")
        return body

    def clean_subject(self) -> str:
        # A subject is one line: a pasted line break would break the e-mail's header.
        return " ".join(self.cleaned_data["subject"].split())


class TemplateForm(forms.Form):
    """One kind's template. Placeholders and [optional parts] are checked, so a
    template that would leave "{conection}" in a message is refused with the reason."""

    subject = forms.CharField(
        max_length=200,
        required=False,
        error_messages={"max_length": "Keep the subject under 200 characters."},
    )
    body = forms.CharField(
        label="Message",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=20000,
        error_messages={
            "required": "A template needs some text. To go back to the built-in one, reset it.",
            "max_length": "Keep a template under 20,000 characters.",
        },
    )

    def clean_subject(self) -> str:
        subject = " ".join(self.cleaned_data["subject"].split())
        if found := problems(subject):
            raise forms.ValidationError(found[0])
        return subject

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if found := problems(body):
            raise forms.ValidationError(found)
        return body
