from __future__ import annotations

from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone

from coffeechat.contacts.models import Contact, Target
from coffeechat.contacts.services import contacts_for, targets_for
from coffeechat.contacts.widgets import ContactPicker
from coffeechat.lib import pipeline
from coffeechat.lib.calendar import TimeProblem, local_to_utc

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
        if at is not None and at.tzinfo is None:
            # The browser sends a wall-clock time: read it in the user's own zone, refusing
            # a time the clocks skip and, for a new agreed time, one already past.
            past = timezone.now() if data.get("status") == pipeline.SCHEDULED else None
            try:
                data["at"] = local_to_utc(at, self.zone, now=past)
            except TimeProblem as exc:
                data["at"] = None
                self.add_error("at", str(exc))
        needs_time = data.get("status") == pipeline.SCHEDULED and data.get("at") is None
        if needs_time and "at" not in self.errors:
            self.add_error("at", "Give the agreed date and time.")
        return data


NOTE_PLACEHOLDER = (
    "What you learned, in your words. Lines such as “book: Range” or "
    "“person: Ana Lima (Acme, CTO)” are added to follow up."
)


class NoteForm(forms.Form):
    body = forms.CharField(
        label="Note",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": NOTE_PLACEHOLDER}),
        max_length=20000,
        error_messages={
            "required": "Write something first.",
            "max_length": "Keep a note under 20,000 characters (this one has %(show_value)d).",
        },
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


# The question box asks the server to check what is typed, after a pause in typing;
# the findings appear in #question-check below it.
QUESTION_CHECK_ATTRS = {
    "placeholder": "e.g. What surprised you most in your first year?",
    "hx-get": "/questions/check/",
    "hx-trigger": "input changed delay:400ms",
    "hx-target": "#question-check",
    "hx-swap": "innerHTML",
    "aria-describedby": "question-check",
    "autocomplete": "off",
}


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text", "topic"]
        labels = {"text": "Question"}
        widgets = {"text": forms.TextInput(attrs=QUESTION_CHECK_ATTRS)}
        error_messages = {
            "text": {
                "required": "Write the question.",
                "max_length": "Keep a question under %(limit_value)d characters "
                "(it has %(show_value)d).",
            },
            "topic": {"invalid_choice": "“%(value)s” is not a topic: choose one from the list."},
        }


def topic_groups(questions) -> list[tuple[str, str, list[Question]]]:
    """(topic, label, questions) for each topic that has questions, in the topics' order."""
    by_topic: dict[str, list[Question]] = {}
    for question in questions:
        by_topic.setdefault(question.topic, []).append(question)
    return [(key, label, by_topic[key]) for key, label in Question.TOPICS if key in by_topic]


class ChooseQuestionForm(forms.Form):
    question = forms.ModelChoiceField(
        queryset=Question.objects.none(),
        empty_label="Choose a question…",
        error_messages={
            "required": "Choose a question from the list first.",
            "invalid_choice": "Choose a question from your bank.",
        },
    )

    def __init__(self, *args, queryset, bank=None, **kwargs):
        """`queryset` is what may be chosen; `bank`, if given, is what the picker lists
        (already read, grouped by topic, so drawing it takes no query of its own)."""
        super().__init__(*args, **kwargs)
        self.fields["question"].queryset = queryset
        if bank is not None:
            self.fields["question"].widget.choices = [("", "Choose a question…")] + [
                (label, [(q.pk, q.text) for q in questions])
                for _, label, questions in topic_groups(bank)
            ]
