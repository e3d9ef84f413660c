"""Finding the same person twice: exact matches on e-mail or LinkedIn profile, and
fuzzy matches on name plus organisation (nicknames, accents, word order), with
blocking so that 30,000 new people against 30,000 known ones stays fast.

Pure: plain records in, matches out. The contract (other parts depend on it):

* ``find_matches(new, existing=()) -> list[Match]``: pairs within `new` and between
  `new` and `existing`; never two `existing` with each other. Each pair once.
* ``find_all(people) -> list[Match]``: every likely pair among `people` (the
  duplicates review page, for contacts already in).

In a match, `a` is always a person of `new` (the earlier one, for two of `new`) and
`b` the other. Matches come likeliest first (score, then the order given).

Rules
-----
* Exact: the same e-mail address (any of ``email`` and ``emails``; case and spaces
  do not count) or the same LinkedIn profile (scheme, ``www.`` or a country
  subdomain, a trailing slash, the query, a language suffix such as ``/en`` and a
  bare ``/in/slug`` path do not count). An address shared by more than
  ``SHARED_ADDRESS`` people (``info@…``) is a mailbox, not a person, and matches no one.
* Fuzzy: the names agree and so do the organisations, or one or both have none.
  Two people with the same name at different organisations are different people.
  Names agree when every word of the shorter name pairs with a word of the longer:
  the same word once accents and case are folded (José = Jose, Zoë = Zoe,
  Ørsted = Orsted), a short form (Bob and Robert, see ``NICKNAMES``), another
  spelling (Steven and Stephen), an initial (A. and Ana), or, for one word at
  most, a slip of the keyboard (two letters swapped, one missing or added, or in a
  word of six letters or more one changed: Mark and Mary stay two names). Word order
  does not count ("Ruiz, Ana", "Ruiz Ana" and "Ana Ruiz"), nor middle names and
  initials ("Ana M. Ruiz"), titles (Dr) or suffixes (Jr, PhD). A one-word name
  matches only the same one word at the same organisation.
* Blocking: each person gets a few keys (first and last name in either order, with
  the full forms of a short first name; the first name, or the last, with one
  letter left out), and only people sharing a key are compared, with rapidfuzz. A
  name written with an initial ("A. Ruiz") is compared with everyone whose first
  initial and last name are the same.
  A key shared by more than ``BLOCK_LIMIT`` people ("Test User" everywhere) is too
  common to tell anyone apart and is skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA


@dataclass(frozen=True)
class Person:
    key: Hashable  # the caller's handle: a contact id, or ("row", line)
    name: str
    email: str = ""
    linkedin_url: str = ""
    organization: str = ""
    emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    a: Hashable
    b: Hashable
    score: float  # 0 to 100
    exact: bool  # same e-mail or same LinkedIn profile
    reason: str  # for the user: "same e-mail", "Bob is short for Robert, same organisation"


SHARED_ADDRESS = 20  # more people than this on one e-mail or profile: not one person
BLOCK_LIMIT = 500  # more people than this under one blocking key: skipped
MIN_SCORE = 70.0  # fuzzy matches scoring less are not reported

# Common English short forms, by full name. A short form may stand for several
# names (Alex, Chris, Sam); two names match when they share a full form.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "abigail": ("abby", "abbie", "gail"),
    "albert": ("al", "bert", "bertie"),
    "alexander": ("alex", "alec", "al", "sandy", "xander", "lex"),
    "alexandra": ("alex", "alexa", "sandra", "sandy", "lexi", "sasha"),
    "alfred": ("al", "alf", "alfie", "fred"),
    "andrew": ("andy", "drew"),
    "angela": ("angie",),
    "anthony": ("tony", "ant"),
    "arthur": ("art", "artie"),
    "barbara": ("barb", "babs", "barbie"),
    "benjamin": ("ben", "benny", "benji"),
    "bernard": ("bernie",),
    "bradley": ("brad",),
    "cameron": ("cam",),
    "catherine": ("cathy", "cath", "kate", "katie", "cat"),
    "charles": ("charlie", "chuck", "chas", "chaz"),
    "charlotte": ("charlie", "lottie", "lotte"),
    "christian": ("chris",),
    "christina": ("chris", "tina", "chrissy"),
    "christine": ("chris", "tina", "chrissy"),
    "christopher": ("chris", "kit", "topher"),
    "cynthia": ("cindy",),
    "daniel": ("dan", "danny"),
    "danielle": ("dani", "elle"),
    "david": ("dave", "davey", "davy"),
    "deborah": ("deb", "debbie", "debs"),
    "dominic": ("dom",),
    "donald": ("don", "donny"),
    "dorothy": ("dot", "dottie", "dolly"),
    "douglas": ("doug",),
    "edward": ("ed", "eddie", "ted", "teddy", "ned"),
    "eleanor": ("ellie", "nell", "nora"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "bess", "eliza", "libby", "betsy", "liza"),
    "emily": ("em", "emmy"),
    "eugene": ("gene",),
    "frances": ("fran", "frankie"),
    "francis": ("frank", "fran", "frankie"),
    "frederick": ("fred", "freddie", "freddy"),
    "gabriel": ("gabe",),
    "gabrielle": ("gabby", "gabi"),
    "gerald": ("gerry", "jerry"),
    "gregory": ("greg",),
    "harold": ("harry", "hal"),
    "henry": ("hank", "harry", "hal"),
    "isabel": ("izzy", "bella", "isa"),
    "jacob": ("jake",),
    "jacqueline": ("jackie", "jacqui"),
    "james": ("jim", "jimmy", "jamie", "jem"),
    "jeffrey": ("jeff",),
    "jennifer": ("jen", "jenny", "jenn"),
    "jessica": ("jess", "jessie"),
    "john": ("jack", "johnny", "jon"),
    "jonathan": ("jon", "jonny", "jonty"),
    "joseph": ("joe", "joey"),
    "joshua": ("josh",),
    "judith": ("judy", "jude"),
    "katherine": ("kathy", "kate", "katie", "kat", "kit", "kay"),
    "kenneth": ("ken", "kenny"),
    "kimberly": ("kim",),
    "lawrence": ("larry", "laurie"),
    "leonard": ("leo", "len", "lenny"),
    "louis": ("lou",),
    "louise": ("lou",),
    "madeline": ("maddie", "maddy"),
    "margaret": ("peggy", "maggie", "meg", "marge", "margie", "greta"),
    "mary": ("molly", "polly"),
    "matthew": ("matt",),
    "michael": ("mike", "mikey", "mick", "mickey"),
    "mitchell": ("mitch",),
    "nathan": ("nate",),
    "nathaniel": ("nate", "nat"),
    "nicholas": ("nick", "nicky", "nico"),
    "oliver": ("ollie",),
    "olivia": ("liv", "livvy", "ollie"),
    "pamela": ("pam",),
    "patricia": ("pat", "patty", "tricia", "trish"),
    "patrick": ("pat", "paddy"),
    "peter": ("pete",),
    "philip": ("phil", "pip"),
    "raymond": ("ray",),
    "rebecca": ("becky", "becca"),
    "richard": ("rick", "ricky", "rich", "richie", "dick"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "ronald": ("ron", "ronnie"),
    "samantha": ("sam", "sammy"),
    "samuel": ("sam", "sammy"),
    "sarah": ("sally", "sadie"),
    "sebastian": ("seb", "bastian"),
    "stanley": ("stan",),
    "stephen": ("steve", "stevie"),
    "susan": ("sue", "susie", "suzy"),
    "teresa": ("terry", "tess", "tessa"),
    "terence": ("terry",),
    "theodore": ("ted", "teddy", "theo"),
    "thomas": ("tom", "tommy"),
    "timothy": ("tim", "timmy"),
    "tobias": ("toby",),
    "valerie": ("val",),
    "victoria": ("vicky", "vicki", "tori"),
    "vincent": ("vince", "vinny"),
    "virginia": ("ginny", "ginger"),
    "walter": ("walt", "wally"),
    "william": ("bill", "billy", "will", "willie", "willy", "liam"),
    "zachary": ("zach", "zack"),
}

# Spellings of one name: the first is the one the others stand for.
SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("catherine", "katherine", "kathryn", "katharine", "catharine"),
    ("stephen", "steven"),
    ("jeffrey", "geoffrey"),
    ("philip", "phillip"),
    ("isabel", "isabelle", "isobel"),
    ("sarah", "sara"),
    ("ann", "anne"),
    ("teresa", "theresa"),
    ("alan", "allan", "allen"),
    ("brian", "bryan"),
    ("mohammed", "muhammad", "mohammad", "mohamed", "muhammed"),
    ("frederick", "fredrick", "frederic"),
    ("nicholas", "nicolas", "nikolas"),
    ("matthew", "mathew"),
    ("rebecca", "rebekah"),
    ("lawrence", "laurence"),
    ("zachary", "zachery"),
    ("madeline", "madeleine", "madelyn"),
)

_ROOT: dict[str, str] = {name: group[0] for group in SPELLINGS for name in group}
_SHORT_FOR: dict[str, set[str]] = {}
for _full, _shorts in NICKNAMES.items():
    for _short in _shorts:
        _SHORT_FOR.setdefault(_short, set()).add(_ROOT.get(_full, _full))
_KNOWN = set(_ROOT) | set(NICKNAMES) | set(_SHORT_FOR)

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"})
SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "dds", "pmp", "cfa"}
    | {"msc", "bsc", "frcs", "mrcp", "obe", "mbe", "cbe"}
)
ORG_NOISE = frozenset(
    {"inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "co"}
    | {"corporation", "company", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "ab", "oy"}
    | {"srl", "spa", "pty", "kk", "the", "group", "holdings"}
)

# Letters NFKD leaves whole: Ørsted is Orsted, Łódź is Lodz, Straße is Strasse.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
        "’": "",
        "'": "",
        "‘": "",
    }
)
_ASIDES = re.compile(r"\([^)]*\)|\"[^\"]*\"|“[^”]*”")
_SPLIT = re.compile(r"[\s\-‐‑–—/_.]+")
_NOT_WORD = re.compile(r"[^0-9a-z]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """`text` without accents or case: "Zoë Ørsted" → "zoe orsted"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


# ------------------------------------------------------------------ exact keys


def email_key(address: str) -> str:
    """An e-mail address as compared: trimmed, lower case; "" if it is not one."""
    address = address.strip().lower().removeprefix("mailto:").strip("<>")
    local, at, domain = address.rpartition("@")
    return address if at and local and "." in domain and " " not in address else ""


def linkedin_key(url: str) -> str:
    """The profile a LinkedIn address points at ("in/ana-ruiz-12ab"), "" if none.

    https://www.linkedin.com/in/Ana-Ruiz-12ab/?trk=x, linkedin.com/in/ana-ruiz-12ab/en,
    uk.linkedin.com/in/ana-ruiz-12ab and /in/ana-ruiz-12ab/ are one profile.
    """
    text = unquote(url.strip()).strip().lower()
    if not text:
        return ""
    if "://" not in text:
        if "linkedin." not in text.split("/", 1)[0]:
            text = "www.linkedin.com/" + text.lstrip("/")
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    host = parts.netloc.rpartition("@")[2].partition(":")[0]
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return ""
    segments = [s for s in parts.path.split("/") if s]
    if "in" in segments[:-1]:
        return "in/" + segments[segments.index("in") + 1]
    if len(segments) == 1:  # a bare slug: "ana-ruiz-12ab"
        return "in/" + segments[0]
    return "/".join(segments)


# ------------------------------------------------------------------ names


class _Word:
    """One word of a name: folded for comparison ("jose"), and as typed ("José")."""

    __slots__ = ("folded", "shown", "initial", "root", "roots")

    def __init__(self, folded: str, shown: str):
        self.folded = folded
        self.shown = shown
        self.initial = len(folded) == 1
        self.root = _ROOT.get(folded, folded)
        # The full names it stands for: itself, in its usual spelling, and for a short
        # form the names it is short for.
        self.roots = frozenset({self.root, *_SHORT_FOR.get(folded, ())})


_WORDS: dict[str, _Word | None] = {}
_CACHE_LIMIT = 200_000


def _word(raw: str) -> _Word | None:
    found = _WORDS.get(raw, False)
    if found is False:
        folded = _NOT_WORD.sub("", fold(raw))
        found = _Word(folded, raw.strip(".,") or raw) if folded else None
        if len(_WORDS) < _CACHE_LIMIT:
            _WORDS[raw] = found
    return found


def _words(name: str) -> tuple[_Word, ...]:
    """The words of a name in first-name-first order, without titles or suffixes."""
    name = _ASIDES.sub(" ", name)
    if "," in name:
        parts = [p for p in name.split(",") if p.strip()]
        parts = [p for p in parts if not all(_is_suffix(w) for w in p.split())]
        if len(parts) == 2:  # "Ruiz, Ana"
            parts = [parts[1], parts[0]]
        name = " ".join(parts)
    words = [w for w in map(_word, _SPLIT.split(name)) if w is not None]
    while len(words) > 1 and words[0].folded in TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1].folded in SUFFIXES:
        words.pop()
    return tuple(words)


def _is_suffix(raw: str) -> bool:
    word = _word(raw)
    return word is None or word.folded in SUFFIXES


def _gendered(x: str, y: str) -> bool:
    """Daniel and Daniela, Paul and Paula: one letter apart, two names."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in "aeo"


_WORD_MATCHES: dict[tuple[str, str], tuple[str, int] | None] = {}


def _word_match(x: _Word, y: _Word) -> tuple[str, int] | None:
    """How two words of a name agree: (kind, penalty), or None."""
    a, b = x.folded, y.folded
    if a == b:
        return ("same", 0)
    pair = (a, b)
    if pair in _WORD_MATCHES:
        return _WORD_MATCHES[pair]
    found = None
    if x.initial or y.initial:
        if a[0] == b[0]:
            found = ("initial", 10)
    elif x.roots & y.roots:
        found = ("spelling", 3) if x.root == y.root else ("nickname", 5)
    elif (
        len(a) >= 4
        and len(b) >= 4
        and a[0] == b[0]
        and not (a in _KNOWN and b in _KNOWN)
        and not _gendered(a, b)
        and OSA.distance(a, b, score_cutoff=1) <= 1
        and (len(a) != len(b) or len(a) >= 6 or sorted(a) == sorted(b))
    ):
        found = ("typo", 10)
    if len(_WORD_MATCHES) < _CACHE_LIMIT:
        _WORD_MATCHES[pair] = found
    return found


@dataclass(frozen=True)
class _NameAgreement:
    score: float
    phrase: str  # "Bob is a short form of Robert, one has a middle name"


def _short_form_phrase(x: _Word, y: _Word) -> str:
    a, b = x.folded, y.folded
    if b in _SHORT_FOR and a not in _SHORT_FOR:
        x, y = y, x
    elif a in _SHORT_FOR and b in _SHORT_FOR:
        shared = sorted(x.roots & y.roots)
        return f"{x.shown} and {y.shown} are both short for {shared[0].title()}"
    return f"{x.shown} is a short form of {y.shown}"


_KINDS = ("same", "spelling", "nickname", "initial", "typo")


def _names_agree(left: tuple[_Word, ...], right: tuple[_Word, ...]) -> _NameAgreement | None:
    if not left or not right:
        return None
    short, long = (left, right) if len(left) <= len(right) else (right, left)
    if len(short) == 1:
        # One word ("Madonna"): only the very same word, and nothing more.
        if len(long) == 1 and not short[0].initial:
            found = _word_match(short[0], long[0])
            if found and found[0] in ("same", "spelling"):
                return _NameAgreement(100.0 - found[1], "same name")
        return None
    if len(short) == len(long) and all(
        x.folded == y.folded for x, y in zip(short, long, strict=True)
    ):
        return _NameAgreement(100.0, "same name")
    # Pair each word of the shorter name with a word of the longer one, the closest
    # kinds first, so that "Ana Ana Ruiz" does not spend its "Ana" on an initial.
    table = [[_word_match(x, y) for y in long] for x in short]
    paired: dict[int, tuple[int, str, int]] = {}  # short index -> (long index, kind, penalty)
    used: set[int] = set()
    for wanted in _KINDS:
        for i, row in enumerate(table):
            if i in paired:
                continue
            for j, found in enumerate(row):
                if found is not None and found[0] == wanted and j not in used:
                    paired[i] = (j, *found)
                    used.add(j)
                    break
        if len(paired) == len(short):
            break
    if len(paired) < len(short):
        return None
    kinds = [kind for _, kind, _ in paired.values()]
    typos, initials = kinds.count("typo"), kinds.count("initial")
    if typos > 1 or initials > 1 or (typos and initials) or len(kinds) - initials < 1:
        return None
    score = 100.0 - sum(penalty for _, _, penalty in paired.values())
    phrases = []
    for i in sorted(paired):
        j, kind, _ = paired[i]
        x, y = short[i], long[j]
        if kind == "nickname":
            phrases.append(_short_form_phrase(x, y))
        elif kind == "spelling":
            phrases.append(f"{x.shown} and {y.shown} are spellings of one name")
        elif kind == "typo":
            phrases.append(f"{x.shown} and {y.shown} differ by one letter")
        elif kind == "initial":
            letter, word = (x, y) if x.initial else (y, x)
            phrases.append(f"{letter.shown}. could be {word.shown}")
    extras = []
    order = [paired[i][0] for i in sorted(paired)]
    if order != sorted(order):
        score -= 3
        extras.append("in another order")
    spare = [long[j] for j in range(len(long)) if j not in used]
    if spare:
        score -= 5
        middle = "initial" if all(w.initial for w in spare) else "name"
        extras.append(f"one has a middle {middle}")
    return _NameAgreement(score, ", ".join([" and ".join(phrases) or "same name", *extras]))


# ------------------------------------------------------------------ organisations


def org_key(name: str) -> str:
    """An organisation's name as compared: "The Acme Co., Ltd." → "acme"."""
    words = _NOT_WORD.sub(" ", fold(name.replace("&", " and "))).split()
    kept = [w for w in words if w not in ORG_NOISE]
    return " ".join(kept or words)


_AGREE: dict[tuple[str, str], bool] = {}


def _orgs_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    pair = (a, b) if a < b else (b, a)
    found = _AGREE.get(pair)
    if found is None:
        short, long = sorted(pair, key=len)
        found = (
            short.replace(" ", "") == long.replace(" ", "")
            or long.startswith(short + " ")  # "Acme" and "Acme Health"
            or fuzz.ratio(a, b, score_cutoff=90) >= 90
        )
        if len(_AGREE) < 200_000:
            _AGREE[pair] = found
    return found


# ------------------------------------------------------------------ matching


@dataclass
class _Prepared:
    person: Person
    words: tuple[_Word, ...]
    org: str
    linkedin: str


def _prepare(person: Person) -> _Prepared:
    return _Prepared(
        person,
        _words(person.name or ""),
        org_key(person.organization or ""),
        linkedin_key(person.linkedin_url or ""),
    )


def _blocking_keys(words: tuple[_Word, ...]) -> tuple[set[tuple], set[tuple]]:
    """(keys, probes): people sharing a key are compared; a probe ("A. Ruiz" looking
    for any A… Ruiz) is compared with everyone filed under it, but those filed under
    it are not compared with each other."""
    full = [w for w in words if not w.initial]
    keys: set[tuple] = set()
    probes: set[tuple] = set()
    if not full:
        return keys, probes
    if len(words) == 1:
        keys.add(("one", full[0].root))
        return keys, probes
    if len(full) == 1:  # "A. Ruiz", "Ruiz A.": the initial with the name
        for word in words:
            if word.initial:
                probes.add(("initial", word.folded, full[0].folded))
        return keys, probes
    first, last = full[0], full[-1]
    pairs = [(first, last), (last, first)]
    if len(full) >= 3:  # "Ana Ruiz Garcia" against "Ana Ruiz"
        pairs += [(full[0], full[1]), (full[1], full[0])]
    for x, y in pairs:
        for root in x.roots:
            keys.add(("names", *sorted((root, y.folded))))
    # A slip of the keyboard: "Smtih" and "Smith" share "Smth" once a letter is out.
    a, b = first.folded, last.folded
    if len(b) >= 4:
        for root in first.roots:
            for k in range(len(b)):
                keys.add(("last", root, b[:k] + b[k + 1 :]))
    if len(a) >= 4:
        for k in range(len(a)):
            keys.add(("first", a[:k] + a[k + 1 :], b))
    # Filed under the first initial, for the probes: "J. Smith" finds "John Smith".
    for root in first.roots:
        keys.add(("initial", root[0], b))
    keys.add(("initial", a[0], b))
    return keys, probes


def _fuzzy(p: _Prepared, q: _Prepared) -> Match | None:
    if p.org and q.org:
        if not _orgs_agree(p.org, q.org):
            return None
        score = 100.0
        where = f"; both at {_shown_org(p.person.organization)}"
    elif len(p.words) < 2 or len(q.words) < 2:
        return None  # a single word is too little without an organisation to agree
    elif p.org or q.org:
        score = 92.0
        where = ", one of them has no organisation"
    else:
        score = 88.0
        where = ", neither has an organisation"
    name = _names_agree(p.words, q.words)
    if name is None:
        return None
    score -= 100.0 - name.score
    other_profiles = ""
    if p.linkedin and q.linkedin and p.linkedin != q.linkedin:
        score -= 20
        other_profiles = ", though their LinkedIn profiles differ"
    if score < MIN_SCORE:
        return None
    return Match(p.person.key, q.person.key, score, False, name.phrase + where + other_profiles)


def _shown_org(name: str) -> str:
    return _SPACES.sub(" ", name).strip()


def _pairs_in_groups(groups: dict[str, list[int]], n_new: int):
    for value, members in groups.items():
        if len(members) < 2 or len(members) > SHARED_ADDRESS or members[0] >= n_new:
            continue
        for position, i in enumerate(members):
            if i >= n_new:
                break
            for j in members[position + 1 :]:
                yield value, i, j


def find_matches(new: Sequence[Person], existing: Sequence[Person] = ()) -> list[Match]:
    people = [*new, *existing]
    n_new = len(new)
    prepared = [_prepare(p) for p in people]

    # Exact: the same e-mail address or LinkedIn profile.
    by_email: dict[str, list[int]] = {}
    by_profile: dict[str, list[int]] = {}
    for index, item in enumerate(prepared):
        addresses = {email_key(a) for a in (item.person.email, *item.person.emails)}
        for address in sorted(addresses - {""}):
            by_email.setdefault(address, []).append(index)
        if item.linkedin:
            by_profile.setdefault(item.linkedin, []).append(index)
    exact: dict[tuple[int, int], list[str]] = {}
    for address, i, j in _pairs_in_groups(by_email, n_new):
        reasons = exact.setdefault((i, j), [])
        if not reasons:
            reasons.append(f"same e-mail ({address})")
    for _, i, j in _pairs_in_groups(by_profile, n_new):
        exact.setdefault((i, j), []).append("same LinkedIn profile")
    found: list[tuple[float, int, int, Match]] = [
        (
            100.0,
            i,
            j,
            Match(
                prepared[i].person.key, prepared[j].person.key, 100.0, True, " and ".join(reasons)
            ),
        )
        for (i, j), reasons in exact.items()
    ]

    # Fuzzy: names and organisations, compared within blocks.
    blocks: dict[tuple, list[int]] = {}
    probing: dict[tuple, list[int]] = {}
    for index, item in enumerate(prepared):
        keys, probes = _blocking_keys(item.words)
        for key in keys:
            blocks.setdefault(key, []).append(index)
        for key in probes:
            probing.setdefault(key, []).append(index)
    candidates: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > BLOCK_LIMIT or members[0] >= n_new:
            continue
        if key[0] == "initial":
            continue  # only for the probes, below
        for position, i in enumerate(members):
            if i >= n_new:
                break
            for j in members[position + 1 :]:
                candidates.add((i, j))
    for key, askers in probing.items():
        members = blocks.get(key, []) + askers
        if len(members) > BLOCK_LIMIT:
            continue
        for i in askers:
            for j in members:
                if i != j and (i < n_new or j < n_new):
                    candidates.add((i, j) if i < j else (j, i))
    candidates -= exact.keys()
    for i, j in candidates:
        match = _fuzzy(prepared[i], prepared[j])
        if match is not None:
            found.append((match.score, i, j, match))
    found.sort(key=lambda item: (-item[0], not item[3].exact, item[1], item[2]))
    return [match for *_, match in found]


def find_all(people: Sequence[Person]) -> list[Match]:
    return find_matches(people)
