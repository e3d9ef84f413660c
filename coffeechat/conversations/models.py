from __future__ import annotations

from django.db import models
from django.urls import reverse

from coffeechat.contacts.models import Contact, Target
from coffeechat.lib import pipeline
from coffeechat.scoping import Owned

STATUS_CHOICES = [(s, pipeline.LABELS[s]) for s in pipeline.STATUSES]
MEDIUMS = (("phone", "Phone"), ("video", "Video call"), ("coffee", "Coffee, in person"))


class Conversation(Owned):
    """One informational interview with one contact, from prospect to thank-you."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="conversations")
    target = models.ForeignKey(
        Target, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    status = models.CharField(
        max_length=20, choices=STATUS_CHOICES, default=pipeline.PROSPECT, db_index=True
    )
    # The latest moment of each step, kept beside the history so that lists and
    # the agenda need no walk through it.
    status_changed_at = models.DateTimeField()
    requested_at = models.DateTimeField(null=True, blank=True)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(default=20)
    held_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Scheduling: the agreed zone (an IANA name; blank = the user's), how you will talk
    # and where (a number, a link or a place).
    zone = models.CharField("time zone", max_length=64, blank=True)
    medium = models.CharField(max_length=10, choices=MEDIUMS, blank=True)
    where = models.CharField(max_length=300, blank=True)
    # The calendar invitation: one UID for the life of the chat (made with the first
    # invitation), and its SEQUENCE, raised by each reschedule and the cancellation.
    calendar_uid = models.CharField(max_length=120, blank=True)
    calendar_sequence = models.PositiveIntegerField(default=0)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # Up to three times offered to the contact (ISO strings, UTC).
    proposed_slots = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-status_changed_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return f"Chat with {self.contact.name}"

    def get_absolute_url(self) -> str:
        return reverse("conversations:detail", args=[self.pk])

    def allowed_moves(self) -> tuple[str, ...]:
        return pipeline.allowed_moves(self.status)

    @property
    def status_label(self) -> str:
        return pipeline.LABELS[self.status]


class StatusChange(Owned):
    """One move of a conversation, kept with its time: the history is never rewritten."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=20, choices=STATUS_CHOICES, blank=True)
    to_status = models.CharField(max_length=20, choices=STATUS_CHOICES)
    at = models.DateTimeField()
    scheduled_for = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at", "id"]


class Reschedule(Owned):
    """A chat moved to another time: kept as history, never held against anyone."""

    ME = "me"
    THEM = "them"
    ASKED_BY = ((ME, "I asked"), (THEM, "They asked"))

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="reschedules"
    )
    old_start = models.DateTimeField()
    new_start = models.DateTimeField()
    asked_by = models.CharField(max_length=10, choices=ASKED_BY, default=THEM)
    reason = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]


class Message(Owned):
    """A message to a contact, recorded with when it was drafted and sent."""

    KINDS = (
        ("request", "Request e-mail"),
        ("linkedin_note", "LinkedIn note"),
        ("follow_up", "No-reply follow-up"),
        ("confirmation", "Confirmation"),
        ("reschedule", "Reschedule"),
        ("cancellation", "Cancellation"),
        ("thank_you", "Thank-you"),
        ("keep_in_touch", "Keep-in-touch update"),
        ("event_follow_up", "Event follow-up"),
    )
    CHANNELS = (("email", "E-mail"), ("linkedin", "LinkedIn"), ("other", "Other"))

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="messages")
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(max_length=20, choices=KINDS)
    channel = models.CharField(max_length=20, choices=CHANNELS, default="email")
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    drafted_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    # The Message-ID header of a message sent by SMTP, kept to thread replies later.
    message_id = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["drafted_at", "id"]


class Question(Owned):
    """A question in the user's bank; some are chosen for a conversation."""

    TOPICS = (
        ("day", "A typical day"),
        ("challenges", "Challenges"),
        ("skills", "Skills"),
        ("path", "Their path"),
        ("salary_range", "Salary range"),
        ("balance", "Work–life balance"),
        ("travel", "Travel"),
        ("trends", "Industry trends"),
        ("insights", "Insights"),
        ("advice", "Advice"),
        ("resources", "Resources"),
        ("assignments", "Assignments"),
        ("people", "Who else to talk to"),
        ("other", "Other"),
    )

    text = models.CharField(max_length=500)
    topic = models.CharField(max_length=20, choices=TOPICS, default="other")
    conversations = models.ManyToManyField(
        Conversation, through="ChosenQuestion", related_name="questions"
    )

    class Meta:
        ordering = ["topic", "text"]

    def __str__(self) -> str:
        return self.text


class ChosenQuestion(Owned):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="chosen_questions"
    )
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="chosen")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "question"], name="question_once_per_chat"
            )
        ]


class Note(Owned):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="notes")
    body = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]


class ActionItem(Owned):
    """Something to follow up from a chat: a book, an organisation, a person, a lead…"""

    KINDS = (
        ("book", "Book"),
        ("organisation", "Organisation"),
        ("person", "Person"),
        ("website", "Website"),
        ("event", "Event"),
        ("lead", "Job lead"),
        ("other", "Other"),
    )

    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="actions"
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="actions"
    )
    kind = models.CharField(max_length=20, choices=KINDS, default="other")
    title = models.CharField(max_length=300)
    done = models.BooleanField(default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()
    # Quick capture: the note the item was typed in, and for a person the contact
    # created for them (or the existing contact the name was linked to).
    note = models.ForeignKey(
        Note, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    person = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    # Closing the loop: when the user told the person who suggested it that it was done.
    told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["done", "created_at", "id"]

    def __str__(self) -> str:
        return self.title
