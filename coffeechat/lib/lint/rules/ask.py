"""`time-ask` and `medium`: how long the chat would take, and how you would talk."""

from __future__ import annotations

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.patterns import regex
from coffeechat.lib.lint.text import Draft, Sentence, asks, quote
from coffeechat.lib.lint.vocab import MEDIA, NUMBER_WORDS, TENS, UNITS, alternation

# ====================================================================== time-ask

_NUM = (
    r"(?:\d{1,3}(?:[.,]\d+)?|"
    + alternation(TENS)
    + r"(?:[ -]"
    + alternation(UNITS)
    + r")?|"
    + alternation(k.replace(" ", r"[ -]") for k in NUMBER_WORDS if k not in ("a", "an"))
    + r"|a|an)"
)


def _range(unit: str) -> str:
    return (
        rf"\b(?P<{unit}_low>{_NUM})(?:\s*(?:-|to|or|/|and)\s*(?P<{unit}_high>{_NUM}))?"
        r"(?:\s+or\s+so|\s*-?ish|-odd|\s+odd)?"
    )


_ADJ = r"(?:(?:full|whole|solid|good|quick|short|brief|spare|extra)\s+)?"
_DURATION = regex(
    r"(?P<ninety>(?:an?|one) hour and a half|(?:one|1) and a half hours?|1[.,]5 ?h(?:ou)?rs?)|"
    r"(?P<fortyfive>three[- ]quarters of an hour|3[/\u2044]4 ?(?:of an )?hours?)|"
    r"(?P<thirty>half an hour|half-an-hour|half[- ]hour|a half hour|"
    r"1[/\u2044]2 ?(?:an )?hours?)|"
    r"(?P<fifteen>(?:a )?quarter of an hour|quarter[- ]hour|1[/\u2044]4 ?(?:of an )?hours?)|"
    r"(?P<few>\b(?:a few|few|a couple of|a couple|some|several|a handful of|a little of|"
    r"a bit of|a moment of|a few moments of)\s+(?:minutes?|moments?|mins?)\b|"
    r"\ba (?:moment|minute)\b)|"
    rf"(?P<minutes>{_range('m')}\s*-?\s*{_ADJ}(?:minutes?|mins?|min)\b)|"
    rf"(?P<hours>{_range('h')}\s*-?\s*{_ADJ}(?:hours?|hrs?)\b)|"
    r"(?P<short_m>\b\d{1,3})(?:m\b|')|(?P<short_h>\b\d{1,2})h\b"
)
# Where a span of time is not the length of the chat: "an hour away", "within 24 hours",
# "for 8 hours a day", "spent 20 minutes reading".
_NOT_THE_CHAT_AFTER = regex(
    r"\s*(?:ago|away|drive|drives|commute|flight|train|ride|walk|ahead|behind|difference|"
    r"per|a (?:day|week|month|night|year)|each|every|"
    r"of (?:my |the )?(?:work|teaching|commute|travel|sleep|reading|research|classes|lessons)|"
    r"(?:of )?time difference|notice|window|slot[s]? (?:on|each)|reading|browsing)\b"
)
# ... and where it probably is not, unless it is plainly asked for ("for 20 minutes after 4").
_NOT_THE_CHAT_UNLESS_ASKED = regex(r"\s*(?:earlier|later|early|late|before|after|from now)\b")
_NOT_THE_CHAT_BEFORE = regex(
    r"(?:within|in|for the past|over the past|last|every|each|per|spent|spend|spending|"
    r"work|worked|working|teach|taught|teaching|lasted|took|takes|spent about|after|"
    r"commute|drive|the next|reply within|answer within|respond within)\s+(?:the\s+|about\s+|"
    r"around\s+|nearly\s+|almost\s+)?$"
)
# "for 20 minutes after 4pm", "spare 15 minutes": a span asked for, whatever follows.
_ASKED_FOR = regex(
    r"\b(?:for|spare|have|give me|offer|take|borrow|of|need|only|just|max|maximum|most|"
    r"than)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|a\s+)?$"
)
_CHAT_WORDS = regex(
    r"\b(?:chat|chats|call|talk|conversation|meet|meeting|coffee|speak|speaking|phone|"
    r"zoom|video|your time|spare|interview|discussion|catch up|catch-up|connect|teams|"
    r"skype|sit down|pick your brain|hear|ask you|tea|lunch|virtual)\b"
)
_VAGUE = regex(
    r"\b(?:a|an) (?:quick|short|brief|little|small|informal|casual|friendly|quick,? "
    r"informal|short,? informal)\s+(?:chat|call|conversation|talk|meeting|catch[- ]up|"
    r"coffee|word|discussion|video call|phone call|zoom|exchange)\b|\bsome of your time\b|"
    r"\ba (?:moment|minute) of your time\b"
)


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    text = text.replace(",", ".").replace("-", " ")
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    tens, _, unit = text.partition(" ")
    if tens in TENS and unit in UNITS:  # "thirty-five", "twenty five"
        return TENS[tens] + UNITS[unit]
    try:
        return float(text)
    except ValueError:
        return None


def chat_lengths(sentence: Sentence):
    """(minutes or None for 'a few minutes', start, end) of each span of time asked for."""
    low = sentence.low
    talks = _CHAT_WORDS.search(low) or asks(low)
    for match in _DURATION.finditer(low):
        if _NOT_THE_CHAT_AFTER.match(low, match.end()):
            continue
        if not _ASKED_FOR.search(low, 0, match.start()) and (
            _NOT_THE_CHAT_UNLESS_ASKED.match(low, match.end())
            or _NOT_THE_CHAT_BEFORE.search(low, 0, match.start())
        ):
            continue
        if not talks:
            continue
        if match["ninety"]:
            minutes = 90.0
        elif match["fortyfive"]:
            minutes = 45.0
        elif match["thirty"]:
            minutes = 30.0
        elif match["fifteen"]:
            minutes = 15.0
        elif match["few"]:
            minutes = None
        elif match["short_m"]:
            minutes = float(match["short_m"])
        elif match["short_h"]:
            minutes = 60.0 * float(match["short_h"])
        else:
            unit = "m" if match["minutes"] else "h"
            low_n = _number(match[f"{unit}_low"])
            high_n = _number(match[f"{unit}_high"]) or low_n
            if high_n is None:
                continue
            minutes = high_n * (60 if match["hours"] else 1)
            if minutes > 24 * 60:  # "800 hours of teaching" is not a chat
                continue
        yield minutes, match.start(), match.end()


def _vague_ask(sentence: Sentence, start: int, end: int) -> Finding:
    said = quote(sentence.text, start, end)
    return finding(
        "time-ask",
        f'You ask for "{said}" without saying how long; ask for 15–20 minutes.',
        sentence.line,
    )


def time_ask(draft: Draft, ctx: Context) -> list[Finding]:
    longest = None
    short_enough = vague_at = None
    for sentence in draft.sentences:
        for minutes, start, end in chat_lengths(sentence):
            if minutes is None:
                vague_at = vague_at or (sentence, start, end)
            elif minutes > 30:
                if longest is None or minutes > longest[0]:
                    longest = (minutes, sentence, start, end)
            else:
                short_enough = True
    if longest:
        minutes, sentence, start, end = longest
        said = quote(sentence.text, start, end)
        return [
            finding(
                "time-ask",
                f"You ask for {said} (over 30 minutes); ask for 15–20 minutes instead.",
                sentence.line,
            )
        ]
    if short_enough:
        return []
    if vague_at:
        return [_vague_ask(*vague_at)]
    for sentence in draft.sentences:
        match = _VAGUE.search(sentence.low)
        if match:
            return [_vague_ask(sentence, match.start(), match.end())]
    return [finding("time-ask", "You don't say how long the chat would take.", None)]


# ====================================================================== medium

_MEDIUM = regex(
    r"\b" + alternation(m.replace(" ", r"\s+") for m in MEDIA) + r"\b"
    r"|\b(?:meet|chat|talk|speak|connect|catch up|meeting|conversation)\s+(?:\w+\s+){0,2}?"
    r"(?:online|virtually|remotely)\b"
    r"|\b(?:give you a ring|ring you)\b"
)
_NOT_A_MEDIUM = regex(r"\b(?:call it|calls? for|on call|call of duty|close call|wake-up call)\b")


def medium(draft: Draft, ctx: Context) -> list[Finding]:
    for sentence in draft.sentences:
        low = sentence.low
        for match in _MEDIUM.finditer(low):
            word = match.group()
            if word in ("online", "virtual", "virtually", "remotely") and not _CHAT_WORDS.search(
                low
            ):
                continue
            if word in ("call", "calls") and _NOT_A_MEDIUM.search(low):
                continue
            return []
    return [
        finding(
            "medium",
            "You don't say how you would talk (phone, video call or coffee).",
            None,
        )
    ]
