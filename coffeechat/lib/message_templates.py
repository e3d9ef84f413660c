"""Message templates: the built-in wording of every kind of message, and how to fill it.

A template is plain text with placeholders such as {first_name}. Text in square
brackets is optional: it appears only when every placeholder inside it has a value,
so a missing connection leaves no "{connection}" and no gap. "[a|b]" offers choices:
the first one whose placeholders all have values is used (none: nothing). Brackets
with no placeholder inside are ordinary text.

The built-in wording follows the guidelines of a good request: say who you are, why
this person (what connects you first), ask for 15–20 minutes by phone, video or over
coffee as a question, thank them in advance, and never ask for a job. A request
e-mail stays under about 100 words, a LinkedIn note under 300 characters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from coffeechat.lib.calendar import zone_label
from coffeechat.lib.dates import day_text
from coffeechat.lib.slots import slots_text

# Every placeholder a template may use, with what it becomes (shown on the templates page).
PLACEHOLDERS: dict[str, str] = {
    "first_name": "their first name",
    "my_name": "your name, from your profile",
    "my_first_name": "your first name",
    "connection": "what connects you (from the contact)",
    "referrer": "who introduced you",
    "organization": "where they work",
    "target": "the career, role or organisation you are exploring in this chat",
    "when": "the agreed time, in their time zone when you know it, with the zone named",
    "duration": "how long the chat is, e.g. 20 minutes",
    "event": "the event where you last met them",
    "suggestion": "the latest thing they suggested (a book, an organisation, a person…)",
    "slots": "the times you offer (up to three), in their time zone with the zone named",
    "specifics": "up to two things from your notes on the chat, e.g. “Range” and the Royal "
    "Society of Chemistry",
    "introduced": "who they introduced you to, from your notes, e.g. Zoë and Ana",
}

# Message kinds, in the order of a campaign (the same keys as Message.KINDS).
KINDS: tuple[str, ...] = (
    "request",
    "linkedin_note",
    "follow_up",
    "confirmation",
    "reschedule",
    "cancellation",
    "thank_you",
    "keep_in_touch",
    "event_follow_up",
)
# Kinds written without a subject line.
NO_SUBJECT: frozenset[str] = frozenset({"linkedin_note"})


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


SIGN_OFF = "Best wishes,\n[{my_name}]"

DEFAULTS: dict[str, Template] = {
    "request": Template(
        subject="[A short chat about {target}?|A short chat?]",
        body=(
            "Dear {first_name},\n\n"
            "[{referrer} suggested I get in touch with you.] "
            "[We have something in common: {connection}.]\n\n"
            "[My name is {my_name}, and I am exploring {target}.|My name is {my_name}."
            "|I am exploring {target}.|I am writing to ask for your advice.] "
            "[I would love to hear how you see the field from {organization}."
            "|I would love to hear about the path that led you to your work.]\n\n"
            "Would you have 15 to 20 minutes in the coming weeks for a phone or video call, "
            "or a coffee if we are nearby? [Would {slots} suit you?]\n\n"
            "Thank you in advance, even if the timing is not right.\n\n" + SIGN_OFF
        ),
    ),
    "linkedin_note": Template(
        subject="",
        body=(
            "Hi {first_name},\n[I am {my_name}.] "
            "[{referrer} suggested I reach out.|We share a link: {connection}.] "
            "[I am exploring {target} and would value your view.|I would value your view of "
            "your field.] Could you spare 15–20 minutes for a call or a coffee? "
            "Thanks in advance[, {my_first_name}|!]"
        ),
    ),
    "follow_up": Template(
        subject="[Following up: a short chat about {target}?|Following up: a short chat?]",
        body=(
            "Dear {first_name},\n\n"
            "I am writing again in case my earlier note got buried. "
            "[I am still keen to hear how you see {target}.]\n\n"
            "Would 15 to 20 minutes by phone, video or over coffee suit you in the next few "
            "weeks? [Would {slots} work for you?] I am happy to fit around your diary.\n\n"
            "Thank you either way.\n\n" + SIGN_OFF
        ),
    ),
    "confirmation": Template(
        subject="[Confirming our chat: {when}|Confirming our chat]",
        body=(
            "Dear {first_name},\n\n"
            "Thank you for agreeing to talk with me. "
            "[This is to confirm our chat on {when}.|This is to confirm our chat.] "
            "[I will keep it to {duration}.]\n\n"
            "I look forward to it.\n\n" + SIGN_OFF
        ),
    ),
    "reschedule": Template(
        subject="[Our chat, now on {when}|A new time for our chat]",
        body=(
            "Dear {first_name},\n\n"
            "Thank you for working out a new time for our chat. "
            "[I have it down for {when}.|Which day and time would suit you best?]\n\n"
            "I look forward to talking with you.\n\n" + SIGN_OFF
        ),
    ),
    "cancellation": Template(
        subject="Our chat[ on {when}]",
        body=(
            "Dear {first_name},\n\n"
            "I am sorry, but I need to cancel our chat[ on {when}]. "
            "Thank you for making time for me; I would be glad to find another date later, "
            "if that suits you.\n\n" + SIGN_OFF
        ),
    ),
    "thank_you": Template(
        subject="Thank you for our chat",
        body=(
            "Dear {first_name},\n\n"
            "Thank you for taking the time to talk with me[ about {target}]. "
            "[I will follow up on {specifics}, as you suggested, and let you know how I get "
            "on.|Your suggestion of {suggestion} is at the top of my list, and I will let you "
            "know how I get on.|Your advice has helped me see my next steps more clearly.]\n\n"
            "[I am grateful for your help, and for introducing me to {introduced}."
            "|I am grateful for your help.]\n\n" + SIGN_OFF
        ),
    ),
    "keep_in_touch": Template(
        subject="[A quick update on {target}|A quick update]",
        body=(
            "Dear {first_name},\n\n"
            "I hope all is well[ at {organization}]. "
            "[I followed up on {suggestion}, as you suggested, and it was well worth it."
            "|I have acted on your advice, and it has been well worth it.]\n\n"
            "Thank you again for your help. I will keep you posted.\n\n" + SIGN_OFF
        ),
    ),
    "event_follow_up": Template(
        subject="[Good to meet you at {event}|Good to meet you]",
        body=(
            "Dear {first_name},\n\n"
            "[It was good to meet you at {event}.|It was good to meet you recently.] "
            "[I enjoyed hearing about your work at {organization}.]\n\n"
            "[As I am exploring {target}, would|Would] you have 15 to 20 minutes in the "
            "coming weeks for a phone or video call, or a coffee?\n\n"
            "Thank you in advance.\n\n" + SIGN_OFF
        ),
    ),
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# An optional part: square brackets holding no other square brackets.
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class Filled:
    subject: str
    body: str


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with its placeholders replaced by `values`, its optional parts kept or
    dropped, and any gap left behind tidied away.

    A placeholder with no value (missing, or blank) drops the optional part around it;
    outside brackets it becomes nothing. `values` is read only for the placeholders
    the text uses, so it may compute them lazily.
    """
    seen: dict[str, str] = {}

    def value(name: str) -> str:
        if name not in seen:
            seen[name] = (values.get(name) or "").strip() if name in PLACEHOLDERS else ""
        return seen[name]

    def choose(match: re.Match) -> str:
        options = match.group(1).split("|")
        if not any(_PLACEHOLDER.search(option) for option in options):
            return match.group(0)  # ordinary brackets, such as "[link]"
        for option in options:
            if all(value(name) for name in _PLACEHOLDER.findall(option)):
                return option
        return ""

    text = _OPTIONAL.sub(choose, text)
    text = _PLACEHOLDER.sub(
        lambda m: value(m.group(1)) if m.group(1) in PLACEHOLDERS else m.group(0), text
    )
    return _tidy(text)


def _tidy(text: str) -> str:
    """No doubled spaces, no space before punctuation, no blank-only lines, at most one
    empty line in a row: what a placeholder without a value leaves behind."""
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.splitlines()]
    lines = [re.sub(r"(?<=\S) +(?=[,.;:?!](\s|$))", "", line) for line in lines]
    tidied = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidied.strip()


def fill_template(template: Template, values: Mapping[str, str]) -> Filled:
    return Filled(subject=fill(template.subject, values), body=fill(template.body, values))


def problems(text: str) -> list[str]:
    """What is wrong with a template's text, in words for the person editing it."""
    found = []
    unknown = sorted({n for n in _PLACEHOLDER.findall(text) if n not in PLACEHOLDERS})
    if unknown:
        names = ", ".join("{" + n + "}" for n in unknown)
        found.append(
            f"{names} {'is not a placeholder' if len(unknown) == 1 else 'are not placeholders'}"
            f". Use one of: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}."
        )
    found.extend(_bracket_problems(text))
    return found


def _bracket_problems(text: str) -> list[str]:
    depth = 0
    for char in text:
        if char == "[":
            depth += 1
            if depth > 1:
                return ["Optional parts in [square brackets] cannot hold other brackets."]
        elif char == "]":
            depth -= 1
            if depth < 0:
                return ["A “]” closes an optional part that was never opened with “[”."]
    if depth > 0:
        return ["An optional part opened with “[” is never closed with “]”."]
    return []


# ------------------------------------------------------------------ values from records


def in_sentence(name: str, *, proper: bool = False) -> str:
    """A career or role as it reads mid-sentence: "Science policy" → "science policy".

    Proper names (an organisation), acronyms ("UX research") and names in title case
    ("Data Science") are kept as typed.
    """
    words = name.split()
    if proper or not words:
        return name.strip()
    first, rest = words[0], words[1:]
    sentence_case = first[0].isupper() and first[1:].islower() and len(first) > 1
    if sentence_case and all(not w[:1].isupper() for w in rest):
        return " ".join([first[0].lower() + first[1:], *rest])
    return " ".join(words)


# A typed connection reads after a colon; these openings read better in lower case.
_LOWER_OPENINGS = frozenset(
    {"both", "we", "our", "same", "shared", "the", "a", "an", "fellow", "former", "met"}
)


# Connections that say how you came to them, not what you share: "Introduced by Ana"
# repeats the referrer sentence, so it is left out of the shared-ground sentence.
_HOW_WE_CAME = ("introduced by", "suggested by", "referred by", "recommended by")


def connection_phrase(connection: str) -> str:
    """What connects us, ready to follow "We have something in common:".

    "Met at the careers fair" becomes "we met at the careers fair"; a connection that only
    says who introduced you ("Introduced by Ana Ruiz") gives "" (the referrer sentence
    says it), so the sentence is left out.
    """
    text = connection.strip().rstrip(".")
    if text.casefold().startswith(_HOW_WE_CAME):
        return ""
    first = text.split(" ", 1)[0]
    if first.casefold() == "met" and first[:1].isupper():
        return "we met" + text[3:]
    if first.casefold() in _LOWER_OPENINGS and first[:1].isupper():
        return text[0].lower() + text[1:]
    return text


def when_text(at: datetime, zone_name: str) -> str:
    """An agreed time, in `zone_name` and naming it: "Tuesday 10 November at 14:00 London time"."""
    local = at.astimezone(ZoneInfo(zone_name))
    return f"{day_text(local.date())} at {local:%H:%M} {zone_label(ZoneInfo(zone_name))}"


def duration_text(minutes: int | None) -> str:
    return f"{minutes} minutes" if minutes else ""


# ------------------------------------------------------------------ specifics from notes

MAX_SPECIFICS = 2
# Organisations read with "the" mid-sentence: "the Royal Society of Chemistry".
_THE_FIRST_WORDS = frozenset(
    {
        "royal", "national", "british", "american", "european", "international", "institute",
        "society", "association", "university", "council", "foundation", "department",
        "ministry", "office", "academy", "federation", "league", "museum", "centre", "center",
    }
)  # fmt: skip
_QUOTES = "\"'“”‘’«»"


def join_naturally(parts: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    parts = [p for p in (part.strip() for part in parts) if p]
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def book_phrase(title: str) -> str:
    """A book as it reads in a sentence: "Range, by David Epstein" → “Range” by David Epstein."""
    title = " ".join(title.split())
    name, by, author = title.partition(", by ")
    if not by:
        name, by, author = title.partition(" by ")
    name = name.strip().strip(_QUOTES).strip()
    if not name:
        return title
    quoted = f"“{name}”"
    return f"{quoted} by {author.strip()}" if by and author.strip() else quoted


def organisation_phrase(name: str) -> str:
    """An organisation mid-sentence: "the" before a name such as "Royal Society of Chemistry"
    or "University of Leeds"; names like "Novo Nordisk" stay as they are."""
    name = " ".join(name.split())
    words = name.split()
    if not words or words[0].casefold() == "the":
        return name
    if words[0].casefold() in _THE_FIRST_WORDS or " of " in f" {name.casefold()} ":
        return f"the {name}"
    return name


def website_phrase(address: str) -> str:
    """A site without its scheme or "www.": "https://www.example.org/jobs/" → example.org/jobs."""
    address = address.strip()
    for prefix in ("https://", "http://"):
        if address.lower().startswith(prefix):
            address = address[len(prefix) :]
    if address.lower().startswith("www."):
        address = address[4:]
    return address.rstrip("/")


def resource_phrase(kind: str, title: str) -> str:
    if kind == "book":
        return book_phrase(title)
    if kind == "organisation":
        return organisation_phrase(title)
    if kind == "website":
        return website_phrase(title)
    return " ".join(title.split())


def specifics_text(items: Sequence[tuple[str, str]]) -> str:
    """Up to two of a chat's noted (kind, title) items, people and leads left out, joined
    as a sentence reads them: “Range” and the Royal Society of Chemistry."""
    phrases = [
        resource_phrase(kind, title)
        for kind, title in items
        if kind not in ("person", "lead") and title.strip()
    ]
    return join_naturally(phrases[:MAX_SPECIFICS])


def introduced_text(names: Sequence[str]) -> str:
    """The first names of the people someone introduced you to: "Zoë and Ana"."""
    firsts: list[str] = []
    for name in names:
        words = name.split()
        if words and words[0] not in firsts:
            firsts.append(words[0])
    return join_naturally(firsts)


def template_values(
    *,
    first_name: str,
    my_name: str = "",
    connection: str = "",
    referrer: str = "",
    organization: str = "",
    target: str = "",
    target_is_organization: bool = False,
    when: datetime | None = None,
    zone_name: str = "UTC",
    duration_minutes: int | None = None,
    event: str = "",
    suggestion: str = "",
    slots: Sequence[datetime] = (),
    specifics: str = "",
    introduced: str = "",
) -> dict[str, str]:
    """The placeholders' values from plain facts about the contact, the user and the chat.

    `when` and the offered `slots` (aware times) are shown in `zone_name`: the contact's
    zone when known, else the user's.
    """
    return {
        "first_name": first_name.strip(),
        "my_name": my_name.strip(),
        "my_first_name": my_name.split()[0] if my_name.strip() else "",
        "connection": connection_phrase(connection),
        "referrer": referrer.strip(),
        "organization": organization.strip(),
        "target": in_sentence(target, proper=target_is_organization),
        "when": when_text(when, zone_name) if when else "",
        "duration": duration_text(duration_minutes),
        "event": event.strip(),
        "suggestion": suggestion.strip(),
        "slots": slots_text(slots, zone_name, None),
        "specifics": specifics.strip(),
        "introduced": introduced.strip(),
    }
