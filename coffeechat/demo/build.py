"""Builds the demo campaign (`coffeechat.demo.data`) for one user around one `now`.

Conversations go through the services (`start_conversation`, `move_conversation`,
`record_message`...), by way of `coffeechat.factories`, one step at a time at past
moments, so their history is the one a real campaign would leave. Plain records
(contacts) are bulk-created.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Event, Target
from coffeechat.contacts.services import add_meeting, contacts_for
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import (
    add_question,
    add_starter_questions,
    choose_question,
    conversations_for,
    move_conversation,
    set_action_done,
)
from coffeechat.demo.data import (
    ACTIONS,
    ASKS,
    CALL,
    CHOSEN,
    COFFEE,
    CONSULTING,
    CONTACTS,
    EMAIL,
    EMPLOYER,
    FAIR,
    FIELDS,
    FOLLOW_UPS,
    KEEP_IN_TOUCH,
    LAMP,
    LEADS,
    MEETUP,
    NAME,
    NOTES,
    ORGANISATION_NOTES,
    ORGANISATION_TARGETS,
    PITCHES,
    POLICY,
    QUESTIONS,
    RD,
    REFERRED_BY,
    REQUESTS,
    SHORT_FIELDS,
    TARGETS,
    THANK_YOUS,
    THANKS_IN_ADVANCE,
    TIMEZONE,
    TOPICS,
    UNTOLD,
    VIDEO,
)
from coffeechat.lib import pipeline
from coffeechat.lib.businessdays import add_business_days, is_business_day
from coffeechat.lib.dates import day_text
from coffeechat.network.models import Lead


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-").strip("-")


def _round_up(moment: datetime, minutes: int) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = (-moment.minute) % minutes
    return moment + timedelta(minutes=extra)


# ------------------------------------------------------------------- the builder


class _Campaign:
    """Builds the demo for one user around one `now`; see `seed_demo`."""

    def __init__(self, user, now: datetime):
        self.user = user
        self.zone = ZoneInfo(TIMEZONE)
        self.now = now
        self.local_now = now.astimezone(self.zone)
        self.today = self.local_now.date()
        self.rng = random.Random(2026)
        self.contacts: dict[str, Contact] = {}
        self.chats: dict[str, Conversation] = {}
        self.last_step: dict[str, datetime] = {}
        self.started: dict[str, datetime] = {}
        self.targets: dict[str, Target] = {}
        self.questions: list = []
        self._bdays: dict[int, date] = {}
        # The science policy meetup: the latest business day at least three days ago.
        meetup = self.today - timedelta(days=3)
        while not is_business_day(meetup):
            meetup -= timedelta(days=1)
        self.meetup_day = meetup
        self.fair_day = self.bday(38)

    # --- time -------------------------------------------------------------------

    def bday(self, n: int) -> date:
        """The latest business day from which `n` business days have passed by today.

        This is how the follow-up rules count: a request sent on that day is exactly
        `n` business days old today, whichever weekday today is.
        """
        if n not in self._bdays:
            day = self.today - timedelta(days=1)
            while not (is_business_day(day) and add_business_days(day, n) <= self.today):
                day -= timedelta(days=1)
            self._bdays[n] = day
        return self._bdays[n]

    def at(self, day: date, hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def b(self, n: int, hhmm: str) -> datetime:
        """`hhmm` local time, `n` business days ago."""
        return self.at(self.bday(n), hhmm)

    def _step(self, key: str, when: datetime) -> datetime:
        """Check that a step of `key`'s story is in the past and after the previous one."""
        if when >= self.now:
            raise RuntimeError(f"demo step for {key} at {when} is not in the past")
        previous = self.last_step.get(key)
        if previous is not None and when <= previous:
            raise RuntimeError(f"demo steps for {key} are out of order at {when}")
        self.last_step[key] = when
        return when

    # --- records ----------------------------------------------------------------

    def profile(self) -> None:
        profile = get_profile(self.user)
        profile.name = NAME
        profile.email = EMAIL
        profile.timezone = TIMEZONE
        profile.employer = EMPLOYER
        profile.save()

    def make_targets(self) -> None:
        for key, (name, motivation, research) in TARGETS.items():
            advocacy, postings = LAMP[key]
            self.targets[key] = factories.make_target(
                self.user,
                name,
                kind=Target.CAREER,
                research=research,
                motivation=motivation,
                advocacy=advocacy,
                postings=postings,
                pitch=PITCHES[key],
            )
        Target.objects.filter(pk__in=[t.pk for t in self.targets.values()]).update(
            created_at=self.b(58, "20:30")
        )

    def make_organisation_targets(self) -> None:
        """Employers weighed LAMP-style (made once the organisations exist)."""
        made = []
        for org, career, motivation, advocacy, postings, research in ORGANISATION_TARGETS:
            made.append(
                factories.make_target(
                    self.user,
                    org,
                    kind=Target.ORGANIZATION,
                    organization=factories.make_organisation(self.user, org),
                    motivation=motivation,
                    advocacy=advocacy,
                    postings=postings,
                    research=research,
                    pitch=PITCHES[career],
                )
            )
        Target.objects.filter(pk__in=[t.pk for t in made]).update(created_at=self.b(50, "20:30"))

    def make_contacts(self) -> None:
        campaign_start = self.bday(56)
        organisations = {}
        for row in CONTACTS:
            org = row[3]
            if org and org not in organisations:
                organisations[org] = factories.make_organisation(self.user, org)
        for name, (website, notes) in ORGANISATION_NOTES.items():
            org = organisations[name]
            org.website = website
            org.notes = notes
            org.save(update_fields=["website", "notes"])

        def generation(key: str) -> int:
            return 0 if key not in REFERRED_BY else 1 + generation(REFERRED_BY[key])

        added: dict[str, datetime] = {}
        by_generation: dict[int, list[Contact]] = {}
        for row in CONTACTS:
            key, name, source, org, title, location, zone, connection, reach, known, notes = row
            first, last = name.split()[0], name.split()[-1]
            email = ""
            if "w" in reach:
                domain = _slug(org.split()[0]) if org else "mail"
                email = f"{_slug(first)}.{_slug(last)}@{domain}.example.com"
            elif "p" in reach:
                email = f"{_slug(first)}.{_slug(last)}@example.org"
            linkedin = ""
            if "l" in reach:
                linkedin = (
                    f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-"
                    f"{self.rng.randrange(16**6):06x}"
                )
            # When she added them, and when they first connected.
            if known == "meetup":
                added[key] = self.at(self.meetup_day, "22:40")
                connected_on = self.meetup_day
            elif known == "fair":
                added[key] = self.at(self.fair_day, "19:15")
                connected_on = self.fair_day
            elif known == "referred":
                added[key] = datetime.max.replace(tzinfo=self.zone)  # set when introduced
                connected_on = None
            elif known == "recent":
                added[key] = self.b(2, "12:10")
                connected_on = self.bday(2)
            else:
                minutes = self.rng.randrange(0, 180)
                added[key] = self.at(campaign_start, "19:00") + timedelta(minutes=minutes)
                connected_on = None if known is None else campaign_start - timedelta(days=known)
            contact = Contact(
                owner=self.user,
                name=name,
                email=email,
                linkedin_url=linkedin,
                organization=organisations.get(org),
                title=title,
                location=location,
                timezone=zone,
                source=source,
                connection=connection,
                connected_on=connected_on,
                notes=notes,
            )
            self.contacts[key] = contact
            by_generation.setdefault(generation(key), []).append(contact)
        self.added = added
        for depth in sorted(by_generation):
            for key, contact in self.contacts.items():
                if key in REFERRED_BY and generation(key) == depth:
                    contact.referred_by = self.contacts[REFERRED_BY[key]]
            Contact.objects.bulk_create(by_generation[depth])
        if len(self.contacts) != len(CONTACTS):
            raise RuntimeError("demo contact keys must be unique")

    def introduced(self, key: str, when: datetime) -> None:
        """`key` was introduced (referred) at `when`: that is when she added them."""
        self.added[key] = when
        self.contacts[key].connected_on = when.date()

    def finish_contacts(self) -> None:
        contacts = list(self.contacts.values())
        for key, contact in self.contacts.items():
            if self.added[key] >= self.now:
                raise RuntimeError(f"demo contact {key} was never introduced")
            contact.created_at = self.added[key]
        Contact.objects.bulk_update(contacts, ["created_at", "connected_on"])

    def make_questions(self) -> None:
        self.questions = [add_question(self.user, text, topic) for topic, text in QUESTIONS]

    # --- one conversation -------------------------------------------------------

    def start(self, key: str, target: str | None, when: datetime) -> None:
        self._step(key, when)
        self.started[key] = when
        self.chats[key] = factories.make_chat(
            self.user,
            self.contacts[key],
            now=when,
            target=self.targets[target] if target else None,
        )

    def greet(self, key: str) -> str:
        return "Aunty Grace" if key == "grace" else self.contacts[key].first_name

    def target_key(self, key: str) -> str:
        target_id = self.chats[key].target_id
        return next((k for k, t in self.targets.items() if t.pk == target_id), "")

    def move(self, key: str, status: str, when: datetime, at: datetime | None = None) -> None:
        self._step(key, when)
        self.chats[key] = move_conversation(self.user, self.chats[key], status, now=when, at=at)

    def message(
        self, key: str, kind: str, when: datetime, body: str, subject: str = "", channel="email"
    ) -> None:
        self._step(key, when)
        factories.make_message(
            self.user,
            self.chats[key],
            kind,
            channel=channel,
            subject=subject,
            body=body,
            now=when,
        )

    def request(self, key: str, when: datetime) -> None:
        """Send the request (e-mail or LinkedIn note) and move to requested."""
        spec = REQUESTS[key]
        first = self.contacts[key].first_name
        field = FIELDS.get(self.target_key(key), "my options")
        channel = spec["channel"]
        if "body" in spec:
            body, kind = spec["body"], "request"
        elif channel == "linkedin":
            kind = "linkedin_note"
            short = SHORT_FIELDS.get(self.target_key(key), "my options")
            body = (
                f"Hi {first}, {spec['hook']} I'm a final-year chemistry PhD at Bristol "
                f"exploring {short}. {spec['why']} Would you have 15 minutes for a call in the "
                "coming weeks? Thank you, Maya"
            )
        else:
            kind = "request"
            thanks = THANKS_IN_ADVANCE[len(self.chats) % len(THANKS_IN_ADVANCE)]
            body = (
                f"Hi {first},\n\n{spec['hook']} I'm Maya, a final-year chemistry PhD student "
                f"at the University of Bristol, exploring {field} as a next step.\n\n"
                f"{spec['why']}\n\n{ASKS[spec['ask']]}\n\n{thanks}\n\nBest wishes,\nMaya Okafor"
            )
        self.message(key, kind, when, body, spec.get("subject", ""), channel)
        self.move(key, pipeline.REQUESTED, when + timedelta(minutes=1))

    def follow_up(self, key: str, when: datetime, variant: int = 0) -> None:
        contact = self.contacts[key]
        chat = self.chats[key]
        sent = chat.requested_at.astimezone(self.zone).date()
        body = FOLLOW_UPS[variant % len(FOLLOW_UPS)].format(
            first=contact.first_name, sent=day_text(sent), topic=TOPICS[self.target_key(key)]
        )
        subject = REQUESTS[key].get("subject", "")
        self.message(key, "follow_up", when, body, f"Re: {subject}" if subject else "")

    def schedule(
        self, key: str, when: datetime, chat_at: datetime, how: str = VIDEO, place: str = ""
    ) -> None:
        """The contact said yes: confirm the time (unless `how` is "chat": they settled it
        in person or by text) and move to scheduled."""
        if how == "chat":
            self.move(key, pipeline.SCHEDULED, when, at=chat_at)
            self.choose_questions(key)
            return
        contact = self.contacts[key]
        local = chat_at.astimezone(self.zone)
        when_text = f"{day_text(local.date())} at {local:%H:%M}"
        if contact.timezone and contact.timezone != TIMEZONE:
            theirs = chat_at.astimezone(ZoneInfo(contact.timezone))
            when_text += f" London time ({theirs:%H:%M} for you in {contact.location})"
        medium = (
            place
            or {
                VIDEO: "I'll send a video link with the calendar invitation.",
                COFFEE: "I'll meet you at the café you suggested and look out for you by the door.",
                CALL: "I'll ring you on the number in your signature.",
            }[how]
        )
        body = (
            f"Hi {self.greet(key)},\n\nThank you, {when_text} is perfect. {medium} I'll keep "
            "an eye on the clock so we finish within 20 minutes.\n\nLooking forward to it,\nMaya"
        )
        subject = f"Confirmed: {day_text(local.date())}, {local:%H:%M}"
        self.message(key, "confirmation", when, body, subject)
        self.move(key, pipeline.SCHEDULED, when + timedelta(minutes=1), at=chat_at)
        # Confirmed in the agreed zone, with how and where, as the scheduling panel does.
        Conversation.objects.filter(pk=self.chats[key].pk).update(
            zone=TIMEZONE,
            medium={VIDEO: "video", COFFEE: "coffee", CALL: "phone"}[how],
            where=place,
            confirmed_at=when,
        )
        self.choose_questions(key)

    def choose_questions(self, key: str) -> None:
        for index in CHOSEN.get(key, ()):
            choose_question(self.user, self.chats[key], self.questions[index])

    def hold(self, key: str, when: datetime) -> None:
        """The chat happened: move to held, then write up notes and action items."""
        self.move(key, pipeline.HELD, when)
        chat = self.chats[key]
        note_at = self._step(key, when + timedelta(minutes=25))
        note = factories.make_note(self.user, chat, NOTES[key], now=note_at)
        for kind, title, done in ACTIONS.get(key, ()):
            action = factories.make_action(self.user, chat, kind, title, now=note_at)
            # Written down with the note, so the thank-you can name it.
            action.note = note
            if kind == "person":
                named = title.split(" (")[0]
                action.person = next((c for c in self.contacts.values() if c.name == named), None)
            action.save(update_fields=["note", "person"])
            if kind == "lead":
                outcome, referred = LEADS[title]
                Lead.objects.create(
                    owner=self.user,
                    title=title.split(":")[0],
                    organization=self.contacts[key].organization,
                    told_by=self.contacts[key],
                    referred=referred,
                    outcome=outcome,
                    notes=title,
                    conversation=chat,
                    action=action,
                    learned_at=note_at,
                )
            if done is None:
                continue
            done_at = (
                self.at(self.meetup_day, "21:30") if done == "meetup" else self.b(done, "20:45")
            )
            if not note_at < done_at < self.now:
                raise RuntimeError(f"demo action for {key} done at an impossible time")
            set_action_done(action, True, now=done_at)
            if (key, kind) not in UNTOLD:
                # She told them within two days (the loop closed), except the one
                # left open so that Today shows it.
                action.told_at = min(done_at + timedelta(days=2), self.now - timedelta(hours=1))
                action.save(update_fields=["told_at"])

    def thank(self, key: str, when: datetime) -> None:
        held = self.chats[key].held_at.astimezone(self.zone).date()
        gap = (when.astimezone(self.zone).date() - held).days
        day = "today" if gap == 0 else "yesterday" if gap == 1 else f"on {day_text(held)}"
        channel = "other" if key in ("tomas", "tom") else "email"
        body = (
            f"Hi {self.greet(key)},\n\nThank you so much for your time {day}. "
            f"{THANK_YOUS[key]}\n\nBest wishes,\nMaya"
        )
        self.message(key, "thank_you", when, body, "Thank you", channel)
        self.move(key, pipeline.THANKED, when + timedelta(minutes=1))

    def after_held(self, key: str, hours: int, minutes: int = 0) -> datetime:
        return self.chats[key].held_at + timedelta(hours=hours, minutes=minutes)

    def note(self, key: str, when: datetime, body: str) -> None:
        factories.make_note(self.user, self.chats[key], body, now=self._step(key, when))

    # --- the campaign -----------------------------------------------------------

    def stories(self) -> None:
        b, at = self.b, self.at
        today, yesterday = self.today, self.today - timedelta(days=1)

        # Thanked, long ago. Each introduced someone, who was asked in turn.
        self.start("hannah", CONSULTING, b(56, "19:40"))
        self.request("hannah", b(55, "20:05"))
        self.schedule(
            "hannah", b(54, "08:15"), b(52, "12:30"), COFFEE, "See you at the Watershed café."
        )
        self.hold("hannah", b(52, "12:55"))
        self.introduced("marcus", b(52, "13:30"))
        self.thank("hannah", b(52, "19:30"))
        self.message(
            "hannah",
            "keep_in_touch",
            b(22, "18:40"),
            KEEP_IN_TOUCH["hannah"],
            "An update, and thank you",
        )

        self.start("tom", RD, b(56, "20:10"))
        self.request("tom", b(53, "11:00"))
        self.schedule("tom", b(53, "15:00"), b(49, "12:30"), "chat")
        self.hold("tom", b(49, "13:05"))
        self.thank("tom", b(49, "17:20"))

        self.start("james", RD, b(56, "20:20"))
        self.request("james", b(53, "09:15"))
        self.schedule("james", b(51, "14:00"), b(48, "11:00"), VIDEO)
        self.hold("james", b(48, "11:25"))
        self.introduced("meilin", b(48, "12:00"))
        # Thanked, and nothing since: time for a keep-in-touch update.
        self.thank("james", self.after_held("james", hours=5))

        self.start("grace", RD, b(56, "20:30"))
        self.request("grace", b(50, "18:30"))
        self.schedule("grace", b(49, "08:00"), b(47, "18:30"), "chat")
        self.hold("grace", b(47, "19:05"))
        self.introduced("peter", b(47, "19:40"))
        self.thank("grace", self.after_held("grace", hours=13, minutes=25))
        self.message("grace", "keep_in_touch", b(10, "19:15"), KEEP_IN_TOUCH["grace"], "News")

        self.start("marcus", CONSULTING, b(52, "20:00"))
        self.request("marcus", b(51, "08:45"))
        self.schedule(
            "marcus",
            b(50, "12:10"),
            b(46, "08:15"),
            COFFEE,
            "I'll see you at the coffee bar by the Liverpool Street exit.",
        )
        self.hold("marcus", b(46, "08:40"))
        self.introduced("ingrid", b(46, "09:30"))
        self.introduced("priya", b(46, "09:35"))
        self.thank("marcus", b(46, "17:00"))
        self.message(
            "marcus", "keep_in_touch", b(15, "09:05"), KEEP_IN_TOUCH["marcus"], "Thank you again"
        )

        self.start("meilin", RD, b(48, "12:30"))
        self.request("meilin", b(46, "10:00"))
        self.schedule("meilin", b(44, "16:20"), b(35, "14:00"), VIDEO)
        self.hold("meilin", b(35, "14:25"))
        self.introduced("rohan", b(35, "15:00"))
        self.thank("meilin", b(35, "18:10"))

        self.start("ingrid", CONSULTING, b(46, "10:00"))
        self.request("ingrid", b(44, "09:30"))
        self.schedule("ingrid", b(42, "11:40"), b(33, "16:00"), VIDEO)
        self.hold("ingrid", b(33, "16:30"))
        self.introduced("felix", b(33, "17:00"))
        self.thank("ingrid", self.after_held("ingrid", hours=16, minutes=30))

        self.start("tomas", POLICY, b(56, "20:40"))
        self.request("tomas", b(38, "21:10"))
        self.schedule("tomas", b(38, "21:45"), b(36, "20:00"), "chat")
        self.hold("tomas", b(36, "20:40"))
        self.introduced("olivia", b(36, "21:00"))
        self.thank("tomas", self.after_held("tomas", hours=12, minutes=10))

        self.start("olivia", POLICY, b(36, "21:10"))
        self.request("olivia", b(34, "09:20"))
        self.schedule(
            "olivia",
            b(32, "13:00"),
            b(28, "12:00"),
            COFFEE,
            "I'll meet you at the café on Whitehall and bring my questions.",
        )
        self.hold("olivia", b(28, "12:35"))
        self.introduced("kwame", b(28, "13:00"))
        self.thank("olivia", b(28, "18:00"))

        self.start("kwame", POLICY, b(28, "13:10"))
        self.request("kwame", b(26, "09:40"))
        self.schedule("kwame", b(25, "10:30"), b(20, "10:00"), VIDEO)
        self.hold("kwame", b(20, "10:25"))
        self.introduced("nadia", b(19, "18:00"))
        self.thank("kwame", b(20, "16:45"))

        self.start("daniel", CONSULTING, b(56, "21:00"))
        self.request("daniel", b(30, "08:30"))
        self.schedule("daniel", b(27, "13:00"), b(24, "15:00"), VIDEO)
        self.hold("daniel", b(24, "15:25"))
        self.introduced("elena", b(20, "20:40"))
        self.thank("daniel", b(24, "20:00"))

        # Declined, no response, cancelled.
        self.start("victoria", CONSULTING, b(56, "21:10"))
        self.request("victoria", b(35, "08:40"))
        self.move("victoria", pipeline.DECLINED, b(33, "17:30"))
        self.note(
            "victoria",
            b(33, "17:35"),
            "Replied kindly: no time before the end of the year. She suggested Sofia "
            "Marchetti on her team, who also came from a chemistry PhD.",
        )
        self.introduced("sofia", b(33, "17:40"))

        self.start("robert", RD, b(56, "21:20"))
        self.request("robert", b(26, "11:30"))
        self.move("robert", pipeline.DECLINED, b(24, "09:10"))
        self.note(
            "robert",
            b(24, "09:15"),
            "Replied that requests like this go through their graduate recruitment team, and "
            "pointed me to the careers page. Fair enough: James and Mei-Lin already gave me "
            "the inside view of Aldgate.",
        )

        self.start("patrick", CONSULTING, b(56, "21:30"))
        self.request("patrick", b(40, "13:30"))
        self.follow_up("patrick", b(32, "13:15"), 0)
        self.move("patrick", pipeline.NO_RESPONSE, b(24, "08:50"))
        self.note(
            "patrick",
            b(24, "08:55"),
            "No reply to the note or the follow-up. Moving on; Aidan Brooks works at Ferrand "
            "too and might be a warmer way in.",
        )

        self.start("yuki", RD, b(56, "21:40"))
        self.request("yuki", b(30, "09:05"))
        self.follow_up("yuki", b(22, "08:40"), 1)
        self.move("yuki", pipeline.NO_RESPONSE, b(14, "09:30"))
        self.note(
            "yuki",
            b(14, "09:35"),
            "Nothing back. Mina Park (Bristol alumni, also in the Bay Area) is a warmer route "
            "to start-up R&D over there.",
        )

        self.start("lucy", RD, b(56, "21:50"))
        self.request("lucy", b(25, "18:00"))
        self.schedule("lucy", b(23, "09:00"), b(19, "12:30"), COFFEE)
        self.move("lucy", pipeline.CANCELLED, b(20, "16:05"))
        self.note(
            "lucy",
            b(20, "16:10"),
            "Lucy had to cancel: a grant deadline moved forward. She suggested getting back in "
            "touch in the new year.",
        )
        self.message(
            "lucy",
            "cancellation",
            b(20, "16:30"),
            "Hi Lucy,\n\nNo problem at all, and good luck with the deadline. I'll get back in "
            "touch in the new year, if that still suits.\n\nBest,\nMaya",
            "Re: Thursday coffee",
        )

        # Cancelled by her, then asked again and scheduled anew: the pipeline allows it.
        self.start("sofia", CONSULTING, b(33, "18:00"))
        self.request("sofia", b(20, "09:10"))
        self.schedule("sofia", b(18, "14:30"), b(14, "16:00"), VIDEO)
        self.move("sofia", pipeline.CANCELLED, b(15, "13:20"))
        self.note("sofia", b(15, "13:25"), "Sofia was called to a client site at short notice.")
        self.message(
            "sofia",
            "cancellation",
            b(15, "13:40"),
            "Hi Sofia,\n\nOf course; safe travels, and thank you for letting me know. I'll "
            "suggest a couple of new times for the week after.\n\nBest wishes,\nMaya",
            "Re: Confirmed",
        )
        self.message(
            "sofia",
            "reschedule",
            b(13, "14:00"),
            "Hi Sofia,\n\nI hope the client visit went well. Would one of next week's mornings, "
            "your time, work for our 20-minute call? Any day but Monday suits me.\n\nBest "
            "wishes,\nMaya",
            "New time for our call?",
        )
        self.move("sofia", pipeline.REQUESTED, b(13, "14:01"))
        self.schedule("sofia", b(11, "15:10"), at(add_business_days(today, 6), "15:00"), VIDEO)

        # Scheduled: one next week, one tomorrow (prepare), one later today (be on time).
        self.start("owen", RD, b(56, "22:00"))
        self.request("owen", b(5, "10:20"))
        self.schedule("owen", b(2, "16:45"), at(add_business_days(today, 4), "10:00"), VIDEO)

        self.start("felix", RD, b(33, "17:30"))
        self.request("felix", b(6, "10:00"))
        # Agreed on the phone; the confirmation with the invitation is still to send.
        self.schedule("felix", b(4, "18:30"), at(today + timedelta(days=1), "14:00"), "chat")

        # Later today: a few hours from now, and not before 10:00.
        chat_at = max(_round_up(self.local_now + timedelta(hours=3), 15), at(today, "10:00"))
        if chat_at.date() != today:  # too late in the evening: in 45 minutes, then
            chat_at = _round_up(self.local_now + timedelta(minutes=45), 5)
        self.start("laura", POLICY, b(56, "22:10"))
        self.request("laura", b(8, "09:50"))
        self.schedule("laura", b(6, "11:20"), chat_at, CALL)

        # Held yesterday, no thank-you yet, names not asked for.
        self.start("rohan", RD, b(35, "15:10"))
        self.request("rohan", b(7, "09:10"))
        self.schedule("rohan", b(5, "12:40"), at(yesterday, "15:30"), VIDEO)
        self.hold("rohan", at(yesterday, "15:55"))

        # Requested: awaiting a reply, due a follow-up, due to be given up on.
        self.start("megan", RD, b(56, "22:20"))
        self.request("megan", b(7, "08:45"))  # follow-up due

        self.start("arjun", CONSULTING, b(56, "22:30"))
        self.request("arjun", b(3, "09:10"))  # next person due

        self.start("helen", POLICY, b(56, "22:40"))
        self.request("helen", b(16, "11:20"))
        self.follow_up("helen", b(8, "09:00"), 1)  # no reply since: mark no response

        self.start("jonas", RD, b(2, "12:20"))
        self.request("jonas", b(1, "08:50"))

        # Met at the meetup and asked at once; the others there are still to follow up.
        morning_after = self.at(self.meetup_day + timedelta(days=1), "09:00")
        self.start("samir", POLICY, morning_after)
        self.message(
            "samir",
            "event_follow_up",
            morning_after + timedelta(minutes=10),
            f"Hi Samir,\n\nThank you for the conversation at the meetup on "
            f"{day_text(self.meetup_day).split()[0]}; your point about evidence reviews "
            "that must be done in a week has stayed with me. I'm a final-year chemistry PhD "
            "at Bristol exploring science policy, and I'd love to hear more about your work "
            "at Meridian. Would you have 15–20 minutes for a call in the next few "
            "weeks?\n\nThanks again,\nMaya",
            "Great to meet you at the meetup",
        )
        self.move("samir", pipeline.REQUESTED, morning_after + timedelta(minutes=11))

        # Prospects: on the list, not asked yet.
        for key, target, n in (
            ("chidi", RD, 56),
            ("aidan", CONSULTING, 24),
            ("charlotte", POLICY, 40),
            ("marta", RD, 37),
            ("peter", RD, 30),
            ("kofi", RD, 50),
            ("isabelle", POLICY, 18),
        ):
            self.start(key, target, b(n, "21:15"))

    def events(self) -> None:
        for (name, location, notes), day, people, followed in (
            (FAIR, self.fair_day, ("laura", "marta", "tariq", "beatriz"), 37),
            (MEETUP, self.meetup_day, ("samir", "fiona", "emeka"), None),
        ):
            event = Event.objects.create(
                owner=self.user, name=name, date=day, location=location, notes=notes
            )
            for key in people:
                meeting = add_meeting(self.user, event, self.contacts[key])
                if followed is not None and key != "laura":
                    # Connected on LinkedIn the day after: no message, but followed up.
                    meeting.followed_up_at = self.b(followed, "10:00")
                    meeting.save(update_fields=["followed_up_at"])

    def finish_conversations(self) -> None:
        chats = list(self.chats.values())
        for key, chat in self.chats.items():
            chat.created_at = self.started[key]
        Conversation.objects.bulk_update(chats, ["created_at"])


def seed_demo(user, *, now: datetime) -> str:
    """Fill an empty database for `user` with Maya's campaign, as it stands at `now`.

    Returns a one-line summary such as "60 contacts, 33 conversations, 2 events".
    Raises ValueError if `now` is naive or the user already has contacts.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("seed_demo needs an aware datetime for now")
    with transaction.atomic():
        if contacts_for(user).exists() or conversations_for(user).exists():
            raise ValueError("The demo fills an empty database; this user already has data.")
        campaign = _Campaign(user, now)
        campaign.profile()
        campaign.make_targets()
        campaign.make_contacts()
        campaign.make_organisation_targets()
        campaign.make_questions()
        campaign.stories()
        campaign.events()
        campaign.finish_contacts()
        campaign.finish_conversations()
        add_starter_questions(user)  # the rest of the starter bank beside Maya's own
        contacts = contacts_for(user).count()
        conversations = conversations_for(user).count()
        events = Event.objects.owned_by(user).count()
    return f"{contacts} contacts, {conversations} conversations, {events} events"
