"""`greeting` and `introduction`: who the message is to, and who it is from."""

from __future__ import annotations

import re

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.patterns import any_of, name_tokens, regex
from coffeechat.lib.lint.text import Draft, fold, negated, quote
from coffeechat.lib.lint.vocab import (
    GREETINGS,
    NOBODY,
    NOT_A_NAME,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
    STUDIES,
    TITLES,
    alternation,
    words,
)

IM = r"\bi(?:'m| am|m)\b"
ROLE = rf"(?:{alternation(ROLE_NOUNS)}|{ROLE_SUFFIXES})s?"
STUDY = alternation(STUDIES)
# A word that may stand between "I'm" and a role ("I'm a final-year PhD student"), but
# not one that turns the sentence into a wish or a compliment ("I'm interested in
# becoming a consultant", "I'm a big fan of your work as a chemist").
FILLER = (
    r"(?:(?!(?:to|into|about|becoming|become|interested|hoping|looking|keen|trying|"
    r"planning|thinking|considering|aiming|eager|curious|exploring|fan|admirer|writing|"
    r"reaching|contacting|emailing|messaging|your|you|their|his|her|like|such|than|"
    r"wondering|sure|happy|glad|excited|passionate|reading|following|impressed|inspired)"
    r"\b)[\w'.,-]+ )"
)


# ====================================================================== greeting

GREETING = regex(r"^[^\w]*(?P<greeting>" + alternation(GREETINGS) + r")(?![\w'])")
_ADDRESS_TOKEN = re.compile(r"[^\W\d_][\w'.-]*|[,:;!?\-]|\S")


def read_addressee(text: str, start: int) -> tuple[list[str], str]:
    """The words after a greeting up to the first punctuation, and how they end."""
    said: list[str] = []
    for match in _ADDRESS_TOKEN.finditer(text, start):
        token = match.group()
        if not (token[0].isalpha() or token[0] == "_"):
            if token == "." and said and fold(said[-1]) in TITLES:
                continue
            return said, token
        said.append(token)
        if len(said) >= 4:
            break
    return said, ""


def greeting(draft: Draft, ctx: Context) -> list[Finding]:
    first = draft.first_line
    if first is None:
        return [finding("greeting", "There is no message yet, so no greeting.", None)]
    number, text = first
    low = fold(text)
    recipient = name_tokens(ctx.recipient)
    first_name = _first_name(ctx.recipient) if recipient else ""
    suggestion = f"Start with their name: 'Hi {first_name},'." if recipient else ""
    match = GREETING.match(low)
    if match is None:
        # A name on its own is a greeting too: "Ana," or "Dr. Ruiz -".
        opening, end = read_addressee(text, 0)
        if (
            opening
            and end in (",", "!", "-", ":", "")
            and len(opening) <= 3
            and _names_someone(opening, recipient, lowercase_ok=False) is True
        ):
            return []
        return [
            finding(
                "greeting",
                f'The message opens without a greeting ("{quote(text, 0, len(text), 30)}").',
                number,
                suggestion,
            )
        ]
    said = text[match.start("greeting") : match.end("greeting")]
    if match["greeting"] == "to whom it may concern":
        return [finding("greeting", "'To whom it may concern' names nobody.", number, suggestion)]
    addressee, _end = read_addressee(text, match.end("greeting"))
    named = _names_someone(addressee, recipient, lowercase_ok=True)
    if named is True:
        return []
    if isinstance(named, str):
        return [
            finding(
                "greeting",
                f"Your greeting names {named}, but this message is to {ctx.recipient}.",
                number,
                suggestion or f"Check the name: 'Hi {first_name},'.",
            )
        ]
    shown = " ".join([said, *addressee]).strip()
    return [finding("greeting", f"'{shown}' doesn't name the person.", number, suggestion)]


def _first_name(full: str) -> str:
    tokens = [t for t in re.findall(r"[\w'.-]+", full) if fold(t).strip(".") not in TITLES]
    return tokens[0] if tokens else full


_JOINING_TITLES = frozenset({"and", "&", "und", "et", "y", "e"})
_NAME_PARTICLES = frozenset(
    words("de la le du des del della di da das dos van von der den ter ten bin binti al el")
)


def _names_someone(said: list[str], recipient: list[str], *, lowercase_ok: bool) -> bool | str:
    """True if the words `said` name a person; the name itself if it is not the recipient's."""
    # Titles name nobody, nor "and" between them ("Dear Mr. and Mrs. Lee").
    names = [w for w in said if fold(w).strip(".") not in TITLES | _JOINING_TITLES]
    # A surname's particles are lower case: "Dear Ms. de la Cruz".
    while len(names) > 1 and fold(names[0]) in _NAME_PARTICLES:
        names = names[1:]
    if not names:
        return False
    word = names[0]
    folded = fold(word).strip(".'")
    if folded in NOBODY or folded in NOT_A_NAME:
        return False
    if recipient:
        for name in recipient:
            shorter, longer = sorted((folded, name), key=len)
            if folded == name or (len(shorter) >= 3 and longer.startswith(shorter)):
                return True
        return word if word[0].isupper() else False
    if word[0].isupper():
        return True
    # An all-lower-case writer ("hi ana,"): a lone word before the punctuation.
    return lowercase_ok and len(names) == 1


# ====================================================================== introduction

_INTRODUCTION = any_of(
    [
        r"\bmy name(?:'s| is)\b",
        # in the languages of the greetings: French, Spanish, Italian, Portuguese, German...
        r"\b(?:je suis|je m'appelle|moi c'est|soy|me llamo|mi nombre es|sono|mi chiamo|"
        r"eu sou|meu nome e|ich bin|ich heisse|ich heiße|mein name ist|ik ben|mijn naam is|"
        r"jag heter|jag ar|jeg er|jeg heter) [a-z]",
        r"^(?:hi|hello|hey|dear)?\W*(?:\w+\W+)?this is \w+\s*(?:,|from|at|here|and|-|\.|$)",
        rf"{IM} (?:currently |now |presently |still |also |actually |just |originally |"
        rf"really |already )?(?:working as |employed as |training as |a |an |the |one of the |"
        rf"part of the )?{FILLER}{{0,6}}?{ROLE}\b",
        r"\bi (?:currently |now |also |still |mainly |previously |recently )?(?:work|"
        r"am working|'m working|have worked|'ve worked|have been working|'ve been working|"
        r"worked|used to work|am employed|'m employed|was employed) (?:as|at|for|in|on|with|"
        r"like|by)\b",
        r"\bi (?:currently |now |also |still |recently )?(?:teach|taught|study|studied|"
        r"lecture|research|lead|manage|run|coordinate|supervise|specialise|specialize|"
        r"design|build|develop|oversee|own|consult|freelance|volunteer|nurse|practise|"
        r"am teaching|'m teaching|am studying|'m studying|have taught|'ve taught|"
        r"have been teaching|'ve been teaching|have been studying|'ve been studying|"
        r"graduated|am graduating|'m graduating|defended)\b(?! (?:you|your)\b)",
        rf"\bi(?:'m| am|'ve| have|'d| had| recently| just| will|m)?\b(?:(?! you\b| your\b)"
        rf"[^.?!]){{0,30}}?\b(?:my|a|an|in|of|doing|completing|finishing|pursuing|for)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{STUDY}\b",
        rf"(?:^\W*|, )as an? {FILLER}{{0,5}}?{ROLE}\b",
        rf"{IM} (?:a |an )?(?:recent|new|fresh|final[- ]year|first[- ]year|second[- ]year|"
        r"third[- ]year|fourth[- ]year|mid-career|early-career|former|ex-)",
        rf"{IM} (?:in|entering|finishing|starting|halfway through) (?:my|the) (?:\w+ )?"
        r"(?:final|last|first|second|third|fourth|fifth|\d\w*) year\b",
        rf"{IM} (?:currently |now )?(?:based|living) in\b",
        r"\bi(?:'ve| have)? (?:spent|been) (?:the (?:last|past) )?(?:[\w-]+ ){0,2}"
        r"(?:years?|months?|decades?) (?:as|at|in|working|teaching|studying|doing|leading)\b",
        rf"{IM} (?:currently |now )?(?:transitioning|moving|switching|changing careers|"
        r"pivoting|retraining|making (?:a|the|my) (?:move|switch|transition|career change))"
        r"(?: careers?)? (?:from|out of|into|to|careers)\b",
        r"\bi (?:recently |just )?(?:joined|left) (?:[a-z]+ ){0,3}?(?:as|in|at)\b",
        rf"\bi(?:'ve| have) been (?:an? |the )?{FILLER}{{0,4}}?{ROLE}\b",
        # circumstances: "I'm between jobs", "I'm self-employed", "I'm on a career break"
        rf"{IM} (?:currently |now |also )?(?:between jobs|between roles|unemployed|"
        r"self-employed|freelance|freelancing|a freelancer|retired|semi-retired|on (?:a )?"
        r"career break|on (?:parental|maternity|paternity|sick) leave|job[- ]hunting|looking "
        r"for work|out of work|a stay-at-home \w+|on a gap year|taking a gap year)\b",
        rf"{IM} (?:currently |now |also )?(?:on|in|part of|with) (?:the|a|an|our) "
        r"(?:[\w&-]+ ){0,3}?(?:team|department|group|unit|lab|squad|desk|practice|division|"
        r"office|cohort|programme|program|scheme)\b",
        # a fragment: "Currently studying law at Bristol.", "Myself Rahul, a B.Tech student."
        r"^\W*(?:currently |now |presently )?(?:studying|working (?:as|at|in|for)|training "
        r"(?:as|to be)|doing (?:a|an|my) |reading (?!your\b|about\b)\w+ at|finishing (?:a|an|"
        r"my) )(?!(?:you|your|the|how|what|this|these|those)\b)",
        r"^\W*my ?self (?!and\b|included\b|i\b)[a-z]+",
        # "Nurse here", "ex-teacher here, now retraining", "a second-year vet student here"
        rf"(?:^\W*|, )(?:an? )?(?:[\w'-]+[ -]){{0,3}}?{ROLE} here\b",
        # lower case "it's sam from the msc", "it's tom here"
        r"(?:^\W*|, )it(?:'s| is) (?!(?:been|me|not|so|very|a|an|the|just|really|quite|always|"
        r"great|good|nice|ok|okay|hard|easy|late|early|fine|cold|hot|busy|quiet|lovely|"
        r"raining|sunny|rare|possible|likely|true|important|all|about|time|that|this|what|"
        r"how|like|my|your|our|their|his|her|also|still|now|more|less|only|almost|already|"
        r"probably|definitely|exactly|funny|strange|odd|hectic|crazy|mad|grim|wild|tough|"
        r"interesting|amazing|clear|obvious|easier|harder|better|worse|different|same|"
        r"cheaper|common|normal|usual|free|far|difficult|tricky|quite|pretty|getting|going|"
        r"coming|one|two|no|nothing|something|everything|anything|worth|mostly|partly|"
        r"half|over|out|up|on|in|at|for|from|with|because|why|when|where)\b)"
        r"[a-z]+(?: [a-z]+)? (?:here\b|from (?:the|our|your|my) )",
        r"^\W*(?:having (?:just |recently |now )?(?:graduated|studied|worked|spent|trained|"
        r"qualified|completed|finished|served|taught|retired|retrained)|(?:originally|"
        r"formerly|previously) (?:an? )?[\w-]+(?: [\w-]+)?,)",
        # "A little about me: ...", "By way of introduction, ..."
        r"\b(?:a (?:little|bit|few words) about (?:me|myself)|about me|(?:a )?quick intro"
        r"(?:duction)?|(?:a )?brief intro(?:duction)?|by way of (?:a )?(?:quick |brief )?"
        r"introduction|to introduce myself|let me introduce myself|allow me to introduce "
        r"myself|some background on me|briefly about me)\s*[:,-]\s*\w+(?: \S+){2}",
    ]
)
# Patterns that need the original capitals: "I'm Maya," / "Maya here" / "I'm at Leeds".
_INTRODUCTION_CASED = any_of(
    [
        r"\bI(?:'m| am|m) (?!Interested|Writing|Reaching|Hoping|Looking|Currently|Also|So|"
        r"Very|Really|Sorry|Glad|Happy|Excited|Keen|Sure)[A-Z][^\W\d_]+(?: [A-Z][^\W\d_'-]+)"
        r"{0,2}(?:\s*[,.!;(]|"
        r"\s+-|\s+(?:and|from|here|with|at|a|an|the|doing|working|studying|currently)\b|\s*$)",
        r"(?:^\W*|, )(?:[A-Z][^\W\d_]+ ){1,2}here\b",
        r"(?:^\W*|, )[Ii]t(?:'s| is) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday|January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Christmas|Easter|Ramadan|Diwali|Eid|Hanukkah|Thanksgiving|"
        r"Halloween|Spring|Summer|Autumn|Fall|Winter|Me|Okay|Ok|OK|True|Time|Not|So|Such)\b)"
        r"[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?(?:\s*[,.!;(]|\s+-| here\b| from\b| again\b|$)",
        # "Marco from the design team here"
        r"(?:^\W*|, )[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)? (?:from|at|of|with|in) "
        r"[^.!?]{1,40}? here\b",
        r"\bI(?:'m| am|m) (?:currently |still |now )?(?:at|with|from) (?:the )?[A-Z]",
    ]
)
_SIGNATURE_ROLE = regex(rf"^(?:[\w'.,&-]+ ){{0,5}}{ROLE}\b|\b(?:university|college|school)\b")


_FIRST_PERSON_START = regex(r"^\W*(?:i|i'm|i've|i'd|i'll|im|my|me)\b")


def introduction(draft: Draft, ctx: Context) -> list[Finding]:
    sender = name_tokens(ctx.sender)
    if sender:
        name = re.escape(sender[0])
        own = regex(
            rf"\b(?:i'm|i am|im|this is|it's|it is|my name is|my name's)\s+{name}\b|"
            rf"(?:^\W*|, ){name} here\b"
        )
    for sentence in draft.sentences:
        low = sentence.low
        if sender and own.search(low):
            return []
        match = _INTRODUCTION.search(low)
        if match and not negated(low, match.start(), match.end()):
            return []
        if _INTRODUCTION_CASED.search(sentence.text):
            return []
    # A signature block with a role ("Maya Okafor / PhD candidate, University of Leeds").
    for _number, line in draft.lines[-3:]:
        low = fold(line)
        if (
            len(line.split()) <= 10
            and not _FIRST_PERSON_START.match(low)
            and _SIGNATURE_ROLE.search(low)
        ):
            return []
    suggestion = ""
    if sender:
        suggestion = f"Add one sentence such as 'I'm {sender[0].title()}, a … at …' early on."
    return [finding("introduction", "You don't say who you are.", None, suggestion)]
