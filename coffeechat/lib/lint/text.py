"""Reading a draft: unicode clean-up, lines, the subject, sentences, negation.

Every rule matches against `fold()`ed text: lower case, no accents, straight quotes and
plain hyphens, *the same length as the text it came from*, so a match's offsets also
point into the original and a finding can quote the user's own words.

Sentences come from pysbd (rule-based, offline, no model). Line breaks are boundaries
too, except where a line is plainly hard-wrapped (the next line goes on in lower case),
so a greeting line ("Hi Ana,") or a sign-off ("Best,") is a sentence of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pysbd

# ------------------------------------------------------------------ normalising

_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2028\u2029\x85", "\n"),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", None),
    }
)


def normalize(text: str) -> str:
    """NFKC, one kind of quote, apostrophe and hyphen, no zero-width characters, \\n only."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFKC", text).translate(_PUNCTUATION)


class _FoldTable(dict):
    """str.translate table: each character to one lower-case, accent-free character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        low = char.lower()
        if len(low) != 1:
            low = char
        if not low.isascii():
            base = "".join(
                c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
            )
            if len(base) == 1:
                low = base
        self[code] = low
        return low


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, character for character ("Résumé" -> "resume")."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


# ------------------------------------------------------------------ the document

_SUBJECT = re.compile(
    r"^\s*(?:subject|subj|betreff|objet|asunto|oggetto|assunto|onderwerp)\s*:[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    text: str  # as written (normalised)
    low: str  # fold(text)
    line: int  # 1-based line of the input where it starts
    first_in_line: bool  # nothing but spaces before it on its line

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"')").endswith("?")


@dataclass(frozen=True)
class Draft:
    """A message split into what the rules look at."""

    subject: str | None  # None: no subject line; "" an empty one
    subject_line: int | None
    lines: tuple[tuple[int, str], ...]  # the body's (line number, text), empty lines left out
    sentences: tuple[Sentence, ...]
    words: int
    characters: int

    @property
    def first_line(self) -> tuple[int, str] | None:
        return self.lines[0] if self.lines else None


def count_words(text: str) -> int:
    """Words as most counters count them: runs of characters between spaces."""
    return len(text.split())


def read_draft(text: str, *, with_subject: bool) -> Draft:
    """Split `text` into its subject (when `with_subject` and the first line is one) and body."""
    text = normalize(text)
    raw_lines = text.split("\n")
    subject = subject_line = None
    start = 0
    if with_subject:
        for i, line in enumerate(raw_lines):
            if not line.strip():
                continue
            match = _SUBJECT.match(line)
            if match:
                subject, subject_line, start = match["value"].strip(), i + 1, i + 1
            break
    body_lines = raw_lines[start:]
    body = "\n".join(body_lines).strip()
    numbered = tuple(
        (start + i + 1, line.strip()) for i, line in enumerate(body_lines) if line.strip()
    )
    return Draft(
        subject=subject,
        subject_line=subject_line,
        lines=numbered,
        sentences=tuple(split_sentences(numbered)),
        words=count_words(body),
        characters=len(body),
    )


# ------------------------------------------------------------------ sentences

_BULLET = re.compile(r"^(?:[-*\u2022\u25aa\u25cf>]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\")\]]*$")


def _joins_next(line: str, next_line: str) -> bool:
    """A hard-wrapped line: the sentence goes on, in lower case, on the next line."""
    if _ENDS_SENTENCE.search(line) or _BULLET.match(next_line):
        return False
    if line.endswith(",") and len(line.split()) <= 4:  # "Hi ana," / "Best," / "Cheers,"
        return False
    return next_line[0].islower()


def _blocks(lines: tuple[tuple[int, str], ...]):
    """Consecutive lines joined where hard-wrapped: (text, [(offset, line number), ...])."""
    block, starts = "", []
    for i, (number, line) in enumerate(lines):
        if block:
            block += " "
        starts.append((len(block), number))
        block += line
        following = lines[i + 1] if i + 1 < len(lines) else None
        if following is None or following[0] != number + 1 or not _joins_next(line, following[1]):
            yield block, starts
            block, starts = "", []


# pysbd takes time quadratic in the length of one run-on sentence (a second for 15,000
# characters without a full stop), so longer blocks are first cut roughly, at obvious
# sentence ends and then at spaces. A 150-word paragraph is about 900 characters.
LONGEST_BLOCK = 1500
_ROUGH_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(]?[A-Z])")


def rough_pieces(block: str) -> list[str]:
    """`block` cut at sentence ends, then at spaces, into pieces of at most LONGEST_BLOCK."""
    pieces = []
    for piece in _ROUGH_SENTENCE_END.split(block):
        while len(piece) > LONGEST_BLOCK:
            cut = piece.rfind(" ", 0, LONGEST_BLOCK)
            cut = cut if cut > 0 else LONGEST_BLOCK
            pieces.append(piece[:cut])
            piece = piece[cut:].lstrip()
        pieces.append(piece)
    return pieces


@lru_cache(maxsize=2048)
def _segment(block: str) -> tuple[str, ...]:
    if len(block) > LONGEST_BLOCK:
        return tuple(s for piece in rough_pieces(block) for s in _segment(piece))
    # One Segmenter per call: it keeps the text on itself, so sharing one across the
    # server's threads would not be safe; making one costs microseconds.
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return tuple(s for s in (seg.strip() for seg in segmenter.segment(block)) if s)


def clear_caches() -> None:
    """Forget the sentences of drafts seen before (for benchmarks and tests)."""
    _segment.cache_clear()


def split_sentences(lines: tuple[tuple[int, str], ...]) -> list[Sentence]:
    sentences = []
    for block, starts in _blocks(lines):
        cursor = 0
        for piece in _segment(block):
            at = block.find(piece, cursor)
            if at < 0:  # pysbd changed the text after all; keep the last known place
                at = cursor
            else:
                cursor = at + len(piece)
            line = starts[0][1]
            line_start = 0
            for offset, number in starts:
                if offset <= at:
                    line, line_start = number, offset
            first = not block[line_start:at].strip()
            sentences.append(Sentence(piece, fold(piece), line, first))
    return sentences


# ------------------------------------------------------------------ negation and asks

# A negation holds until the clause ends: at a semicolon, a colon, "but", "however",
# "although"..., or a comma that starts a new clause (", could you", ", I'd", ", so if").
_BOUNDARY = re.compile(
    r"[;:!?()\"]|\s-\s|\.\s|"
    r"\b(?:but|however|although|though|yet|whereas|otherwise|except|unless)\b|"
    r",\s*(?=(?:and |so |then |or |but )?(?:i|i'm|i'd|i've|i'll|im|could|would|can|will|"
    r"please|if|you|we|it|my|maybe|perhaps|do|are|is|should|let)\b)|"
    r"\bso (?=(?:i|if|could|would|can|please)\b)"
)
_NEGATOR = re.compile(
    r"\b(?:not|never|no|nor|neither|without|cannot|rather than|instead of|far from)\b|n't\b"
)
# Words after a negator that do not negate what follows ("I don't know if you have any
# openings" still asks about openings).
_NOT_A_NEGATION = re.compile(
    r"(?:not|n't|never|no) (?:only|just|sure|know|knowing|hesitate|mind|wait|suppose|"
    r"doubt|matter|pressure|rush|worries|obligation|problem|too|that|certain|quite|"
    r"exactly)\b|\bwhether or not\b|\bif not\b|\bor not\b"
)


def clause_start(low: str, at: int) -> int:
    """Where the clause holding position `at` begins."""
    start = 0
    for match in _BOUNDARY.finditer(low):  # not endpos=at: the lookahead must see past it
        if match.end() > at:
            break
        start = match.end()
    return start


def negated(low: str, start: int, end: int) -> bool:
    """Is the phrase low[start:end] negated within its clause?

    The negator may come before it ("I'm not looking for a job") or inside it ("looking
    for advice rather than a job"), but not after it, and not across a clause boundary.
    """
    window_start = clause_start(low, start)
    for match in _NEGATOR.finditer(low, window_start, end):
        if not _NOT_A_NEGATION.match(low, match.start()):
            return True
    return False


# A sentence that asks something of the reader.
_ASKS = re.compile(
    r"\?|\b(?:could|would|can|will|might|may) (?:you|we|i)\b|\bplease\b|"
    r"\b(?:i'd|i would|i'd really|i would really|i'd also|we'd|id) (?:like|love|appreciate|"
    r"be (?:grateful|glad|happy|thankful|delighted|honou?red))\b|"
    r"\bi (?:want|wanted|hope|was hoping|am hoping|wonder|was wondering|am wondering)\b|"
    r"\bi'm (?:hoping|wondering)\b|\blet me know\b|\bif you (?:could|would|can|have|are|were|"
    r"know|don't mind|have time|had time)\b|\b(?:would|is) it be possible\b|\bis it possible\b|"
    r"\bdo you (?:have|know|think)\b|\bany chance\b|\bwilling to\b|\bopen to\b|"
    r"\b(?:writing|write|reaching out|contacting) (?:you )?(?:to|for) (?:to )?ask\b|"
    r"\bto ask (?:you|if|whether|for|about)\b|\bwould be (?:great|wonderful|lovely|helpful)\b|"
    r"^(?:kindly )?(?:send|tell|share|let|forward|pass|refer|review|give|introduce|connect|"
    r"keep|consider|put|look|check|help)\b"
)


def asks(low: str) -> bool:
    """Does the sentence ask something (a question, a request, a wish, an imperative)?"""
    return bool(_ASKS.search(low))


_PRONOUN = re.compile(
    r"\b(?:i|i'm|i'd|i've|i'll|im|me|my|myself|we|we're|we've|our|you|you're|you've|you'd|"
    r"your|yourself|he|she|they|it|this|there|people|someone)\b"
)
FIRST_PERSON = frozenset({"i", "i'm", "i'd", "i've", "i'll", "im", "me", "my", "myself"})
SECOND_PERSON = frozenset({"you", "you're", "you've", "you'd", "your", "yourself"})


def last_pronoun(low: str, start: int, end: int) -> str | None:
    """The last personal pronoun in low[start:end], or None."""
    found = None
    for match in _PRONOUN.finditer(low, start, end):
        found = match.group()
    return found


def first_pronoun(low: str) -> str | None:
    match = _PRONOUN.search(low)
    return match.group() if match else None


def quote(text: str, start: int, end: int, limit: int = 60) -> str:
    """The user's own words text[start:end], shortened to about `limit` characters."""
    words = text[start:end].strip(" ,.;:")
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] + "…"
    return words


# ------------------------------------------------------------------ text-speak

_TEXTING = {
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "r": "are", "yall": "you all",
    "y'all": "you all", "cud": "could", "cn": "can", "wud": "would", "pls": "please",
    "plz": "please", "rn": "right now", "atm": "at the moment", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "thru": "through", "wk": "week",
    "im": "i'm", "ive": "i've", "wanna": "want to", "gonna": "going to", "tho": "though",
}  # fmt: skip
_TEXTING_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, _TEXTING)) + r")(?![\w'])")


def expand_texting(low: str) -> str:
    """Folded text with text-speak spelt out ("r u hiring" -> "are you hiring").

    Offsets change, so only for checks that need no quote."""
    return _TEXTING_WORD.sub(lambda m: _TEXTING[m.group()], low)
