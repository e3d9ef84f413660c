from __future__ import annotations

from zoneinfo import ZoneInfo

from django import forms

from coffeechat.contacts.models import Contact, Target
from coffeechat.contacts.services import contacts_for, targets_for
from coffeechat.contacts.widgets import ContactPicker
from coffeechat.lib import pipeline

from .models import ActionItem, Message, Question


class NewConversationForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        label="With",
        widget=ContactPicker,
        error_messages={
            "required": "Choose who the chat is with.",
            "invalid_choice": "Choose one of your own contacts.",
        },
    )
    target = forms.ModelChoiceField(
        queryset=Target.objects.none(),
        required=False,
        label="Exploring",
        error_messages={"invalid_choice": "Choose one of your own targets."},
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = contacts_for(owner).only("id", "name")
        self.fields["target"].queryset = targets_for(owner)


class MoveForm(forms.Form):
    status = forms.ChoiceField(
        choices=[(s, pipeline.LABELS[s]) for s in pipeline.STATUSES],
        error_messages={"invalid_choice": "“%(value)s” is not a status."},
    )
    at = forms.DateTimeField(
        label="Agreed date and time",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        error_messages={"invalid": "Enter a date and time, for example 2026-03-14 15:30."},
    )

    def __init__(self, *args, zone: ZoneInfo, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone

    def clean(self):
        data = super().clean()
        at = data.get("at")
        if at is not None:
            # The browser sends a wall-clock time; read it in the user's own zone.
            data["at"] = at.replace(tzinfo=self.zone) if at.tzinfo is None else at
        needs_time = data.get("status") == pipeline.SCHEDULED and data.get("at") is None
        if needs_time and "at" not in self.errors:
            self.add_error("at", "Give the agreed date and time.")
        return data


class NoteForm(forms.Form):
    body = forms.CharField(
        label="Note",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "What you learned, in your words"}),
        max_length=20000,
        error_messages={"required": "Write something first."},
    )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError("Write something first.")
        return body


class ActionForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["kind", "title"]
        labels = {"title": "What to follow up"}
        widgets = {
            "title": forms.TextInput(
                attrs={"placeholder": "e.g. Read “The Design of Everyday Things”"}
            )
        }
        error_messages = {"title": {"required": "Say what to follow up."}}


class MessageForm(forms.ModelForm):
    sent = forms.BooleanField(label="Already sent", required=False, initial=True)

    class Meta:
        model = Message
        fields = ["kind", "channel", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        error_messages = {"body": {"required": "The message has no text."}}


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text", "topic"]
        labels = {"text": "Question"}
        error_messages = {"text": {"required": "Write the question."}}


class ChooseQuestionForm(forms.Form):
    question = forms.ModelChoiceField(
        queryset=Question.objects.none(),
        empty_label="Choose a question…",
        error_messages={"invalid_choice": "Choose a question from your bank."},
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].queryset = queryset
