"""How long a spoken pitch takes, and whether that is about right.

A pitch ("why this field", in the user's own words) should take 30 to 60 seconds
to say: long enough to give a reason and an ask, short enough that the listener is
still with you. People speak about 140 words a minute when talking calmly to
someone new, so the time is estimated from the word count.

Plain Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORDS_PER_MINUTE = 140
SHORTEST = 30  # seconds
LONGEST = 60

TOO_SHORT = "too short"
GOOD = "good"
TOO_LONG = "too long"

# A word is a run of non-space characters with at least one letter or digit in it,
# so a dash or a bullet between words is not counted.
_WORD = re.compile(r"\S*\w\S*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text or ""))


def _seconds_for(words: int) -> int:
    # Rounded to the nearest second, halves up: 70 words is exactly 30 seconds.
    return (words * 60 + WORDS_PER_MINUTE // 2) // WORDS_PER_MINUTE


def speaking_seconds(text: str) -> int:
    """The time `text` takes to say aloud, in whole seconds, at 140 words a minute."""
    return _seconds_for(word_count(text))


def words_for(seconds: int) -> int:
    """How many words take about `seconds` to say."""
    return seconds * WORDS_PER_MINUTE // 60


def format_seconds(seconds: int) -> str:
    """ "45 seconds", "1 minute", "1 min 20 s"."""
    if seconds < 60:
        return "1 second" if seconds == 1 else f"{seconds} seconds"
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    return f"{minutes} min {rest} s"


@dataclass(frozen=True)
class Timing:
    """A pitch's estimated speaking time and what to do about it."""

    words: int
    seconds: int
    verdict: str  # TOO_SHORT, GOOD or TOO_LONG
    advice: str

    @property
    def duration(self) -> str:
        return format_seconds(self.seconds)

    @property
    def is_empty(self) -> bool:
        return self.words == 0

    @property
    def key(self) -> str:
        """The verdict as a CSS-friendly word: short, good, long."""
        return {TOO_SHORT: "short", GOOD: "good", TOO_LONG: "long"}[self.verdict]


def judge(text: str) -> Timing:
    """The speaking time of `text` against the 30–60 second target, with one helpful sentence."""
    words = word_count(text)
    seconds = _seconds_for(words)
    if words == 0:
        return Timing(
            0,
            0,
            TOO_SHORT,
            "No pitch yet. In two or three sentences, say what draws you to this field and "
            "what you hope to learn; aim for 30 to 60 seconds.",
        )
    if seconds < SHORTEST:
        more = words_for(SHORTEST) - words
        return Timing(
            words,
            seconds,
            TOO_SHORT,
            f"A little brief: add about {more} word{'s' if more != 1 else ''}, for instance "
            "what first drew you to this field or what you hope to learn from the people "
            "in it.",
        )
    if seconds > LONGEST:
        fewer = words - words_for(LONGEST)
        return Timing(
            words,
            seconds,
            TOO_LONG,
            f"Longer than a minute: cut about {fewer} word{'s' if fewer != 1 else ''}. Keep "
            "the reason you are drawn to this field and what you would like to learn; leave "
            "the rest for the conversation.",
        )
    return Timing(
        words,
        seconds,
        GOOD,
        "Within 30 to 60 seconds. Say it aloud a few times until it sounds like you talking, "
        "not reading.",
    )
