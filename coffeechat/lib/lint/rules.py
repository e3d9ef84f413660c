"""One function per rule: each reads a `Draft` (or one question) and returns its findings.

Every pattern runs on folded text (see `text.fold`), so "Résumé", "resume" and "RESUME"
are one word and ’ is '. A pattern that would fire is first checked for negation within
its clause ("I'm not looking for a job") and for who it is about ("How did *you* get
your first job?" is not a job ask).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coffeechat.lib.lint.model import Finding, Limits, finding
from coffeechat.lib.lint.text import (
    FIRST_PERSON,
    SECOND_PERSON,
    Draft,
    Sentence,
    asks,
    clause_start,
    first_pronoun,
    fold,
    last_pronoun,
    negated,
    quote,
)
from coffeechat.lib.lint.vocab import (
    CALENDAR_WORDS,
    GENERIC_WORDS,
    GREETINGS,
    MEDIA,
    NOBODY,
    NOT_A_NAME,
    NUMBER_WORDS,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
    STUDIES,
    THANKS,
    TITLES,
    alternation,
    words,
)


@dataclass(frozen=True)
class Context:
    kind: str
    limits: Limits
    recipient: str = ""
    sender: str = ""


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _any(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w'-]+", fold(name)) if t.strip(".") not in TITLES]


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

_GREETING = _c(r"^[^\w]*(?P<greeting>" + alternation(GREETINGS) + r")(?![\w'])")
_ADDRESS_TOKEN = re.compile(r"[^\W\d_][\w'.-]*|[,:;!?\-]|\S")


def _addressee(text: str, start: int) -> tuple[list[str], str]:
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
    recipient = _name_tokens(ctx.recipient)
    first_name = _first_name(ctx.recipient) if recipient else ""
    suggestion = f"Start with their name: 'Hi {first_name},'." if recipient else ""
    match = _GREETING.match(low)
    if match is None:
        # A name on its own is a greeting too: "Ana," or "Dr. Ruiz -".
        opening, end = _addressee(text, 0)
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
    addressee, _end = _addressee(text, match.end("greeting"))
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


def _names_someone(said: list[str], recipient: list[str], *, lowercase_ok: bool) -> bool | str:
    """True if the words `said` name a person; the name itself if it is not the recipient's."""
    names = [w for w in said if fold(w).strip(".") not in TITLES]
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

_INTRODUCTION = _any(
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
    ]
)
# Patterns that need the original capitals: "I'm Maya," / "Maya here" / "I'm at Leeds".
_INTRODUCTION_CASED = _any(
    [
        r"\bI(?:'m| am|m) (?!Interested|Writing|Reaching|Hoping|Looking|Currently|Also|So|"
        r"Very|Really|Sorry|Glad|Happy|Excited|Keen|Sure)[A-Z][^\W\d_]+(?: [A-Z][^\W\d_'-]+)"
        r"{0,2}(?:\s*[,.!;]|"
        r"\s+-|\s+(?:and|from|here|with|at|a|an|the|doing|working|studying|currently)\b|\s*$)",
        r"(?:^\W*|, )(?:[A-Z][^\W\d_]+ ){1,2}here\b",
        r"(?:^\W*|, )[Ii]t(?:'s| is) [A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?(?:\s*[,.!;]| here\b| from\b|$)",
        r"\bI(?:'m| am|m) (?:currently |still |now )?(?:at|with|from) (?:the )?[A-Z]",
    ]
)
_SIGNATURE_ROLE = _c(rf"^(?:[\w'.,&-]+ ){{0,5}}{ROLE}\b|\b(?:university|college|school)\b")


def introduction(draft: Draft, ctx: Context) -> list[Finding]:
    sender = _name_tokens(ctx.sender)
    if sender:
        name = re.escape(sender[0])
        own = _c(
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
        if len(line.split()) <= 10 and not low.startswith("i ") and _SIGNATURE_ROLE.search(low):
            return []
    suggestion = ""
    if sender:
        suggestion = f"Add one sentence such as 'I'm {sender[0].title()}, a … at …' early on."
    return [finding("introduction", "You don't say who you are.", None, suggestion)]


# ====================================================================== reason

_STRONG_WORK = (
    r"(?:articles?|posts?|blog(?: posts?)?|papers?|publications?|talks?|presentations?|"
    r"keynote|lectures?|webinars?|podcasts?|episodes?|interviews?|books?|chapter|thesis|"
    r"research|stud(?:y|ies)|reports?|newsletter|threads?|essays?|columns?|pieces?|"
    r"videos?|panel|sessions?|workshops?|posters?|comments?|contributions?|move|switch|"
    r"shift|transition|pivot|leap|jump|career change|promotion|award|startup|"
    r"work on|work at|work in|work with|work as|work for|projects?|achievements?|"
    r"patents?|op-ed|tweets?|course|class|answer|quote)"
)
_WEAK_WORK = (
    r"(?:experience|background|expertise|career(?: path)?|path|journey|story|trajectory|"
    r"role|position|job|team|group|lab|company|organi[sz]ation|work|department|profile|"
    r"perspective|time|years?)"
)
_REASON = _any(
    [
        # a connection
        r"\bwe (?:\w+ ){0,2}?(?:met|spoke|talked|chatted|connected|worked|studied|overlapped|"
        r"were both|are both|'re both|both|share|shared|have \w+ in common|went to|"
        r"were at|were in|were on)\b",
        r"\b(?:met|meet|saw|see|seen|heard|hear|listened to|listen to|watched|watch) you "
        r"(?:at|during|speak|present|talk|on|in|give|last|lecture|perform|moderate|host)\b",
        r"\bfellow (?!at\b|in\b|of\b|with\b|for\b)[a-z]",
        r"\b(?:alum|alumna|alumnae|alumni|alumnus|alums)\b",
        r"(?<!would )(?<!'d )\blike (?:you|yourself)\b(?! to\b)|\bas you (?:did|do|once did)\b|"
        r"\bjust as you\b",
        r"\bi (?:also|too) (?:studied|went|graduated|worked|did|trained|grew up|was|am)\b",
        r"\b(?:studied|went|graduated|worked|trained|grew up|was|were) (?:at|from|in|for)\b"
        r"[^.?!]{0,60}\b(?:too|as well|like you|also|same)\b",
        r"\b(?:same|shared|common|mutual) (?:[\w-]+ )?(?:school|university|uni|college|alma "
        r"mater|programme|program|lab|group|department|employer|company|firm|friends?|"
        r"connections?|contacts?|colleagues?|acquaintances?|interests?|background|network|club|"
        r"society|association|community|church|team|cohort|class|hometown|supervisor|advisor|"
        r"adviser|mentor|course|degree|field|path)\b",
        r"\b(?:both|also) (?:members?|alumni|part|on|in|from|studied|went|worked)\b",
        r"\b(?:member|members) of\b[^.?!]{0,50}\b(?:too|as well|like you|both)\b",
        r"\b(?:your|our) (?:former |old |ex-)?(?:colleague|classmate|coworker|co-worker|"
        r"teammate|neighbou?r|student|mentee|supervisee)\b",
        r"\byou (?:were|used to be) (?:my|our|a) (?:teacher|tutor|supervisor|lecturer|"
        r"professor|manager|mentor|colleague|classmate|coach)\b",
        r"\b(?:through|via|in|from|on) (?:the |our |my )?(?:[\w'-]+ ){0,3}?(?:alumni|group|"
        r"society|association|network|community|club|chapter|directory|forum|mentoring|"
        r"mentorship|slack|meetup|conference|event|fair|panel|webinar|workshop|cohort)\b"
        r"(?! (?:you|that you)\b)",
        # a referral
        r"\b(?:suggested|recommended|advised|encouraged|told me|said|thought|mentioned|"
        r"proposed|urged|insisted) (?:that )?(?:i|me)\b[^.?!]{0,40}\b(?:contact|reach|write|"
        r"speak|talk|get in touch|email|e-mail|connect|message|ask|meet|chat)",
        r"\b(?:mentioned|recommended|suggested|referred|named|pointed|directed|introduced|"
        r"sent|passed|gave|shared|forwarded|provided)(?: me| us)?(?: to)? (?:you|your name|"
        r"your (?:contact|details|email|e-mail|profile|address|info|information|number))\b",
        r"\b(?:referred|introduced|sent|directed|pointed) (?:me )?(?:to you|your way|in your "
        r"direction|towards? you)\b",
        r"\b(?:on|at|following) (?:the |a )?(?:recommendation|suggestion|advice) of\b",
        r"\b(?:recommendation|suggestion|introduction|referral) (?:from|by)\b",
        r"\b(?:put|puts) (?:me|us) in touch\b|\bintroduced us\b|\bconnected us\b",
        r"\bspeaks? (?:so |very )?highly of you\b",
        r"\b(?:said|says|say|thought|mentioned|told me|suggested|felt|believes|thinks|"
        r"recommended) "
        r"(?:that )?you(?:'d| would| might| could| were| are|'re| may| can| know| have)\b",
        r"\byou (?:were|came) (?:recommended|suggested|mentioned|named|highly recommended)\b",
        # their work
        rf"\byour (?:[\w'-]+ ){{0,2}}?{_STRONG_WORK}\b",
        rf"\byour (?:[\w-]+ )?(?:team|company|lab|group|department|organi[sz]ation|firm|unit|"
        rf"office|agency|startup|school)'s (?:[\w-]+ ){{0,2}}?(?:{_STRONG_WORK}|pilot|"
        r"products?|launch|models?|tools?|platform|approach|method|campaign|programme|program|"
        r"initiative|findings|results|app|service|trial|studies|design|redesign|report)\b",
        r"\byour (?:team|group|lab|company|department|firm) (?:has |have |recently |just )?"
        r"(?:built|made|ran|led|developed|combined|launched|published|designed|created|"
        r"released|won|shipped|piloted|pioneered|introduced|started)\b",
        rf"\byour (?:[\w'-]+ )?{_WEAK_WORK} (?:at|in|as|with|on|from|moving|leading|building|"
        r"working|of|into|across|between|since|running|managing|teaching|"
        r"developing|designing|doing)\b(?! (?:this|these|advance|the meantime)\b)",
        r"\b(?:i|i've|i have) (?:\w+ ){0,2}?(?:read|saw|seen|noticed|learned|learnt|heard|"
        r"see|understand|know|gather|watched|listened to|came across|come across|follow|"
        r"followed|admire|admired|enjoyed|loved) (?:[\w-]+ ){0,4}?(?:that|how) you\b"
        r"(?!(?:'re| are| must| might| may| probably| likely| will)(?: be)? (?:very |so |"
        r"extremely |incredibly )?(?:busy|swamped|inundated|getting|receiving|short))",
        r"\byou(?:'ve| have| had)? (?:recently |successfully |also )?(?:moved|made the (?:move|"
        r"switch|jump|leap|transition)|switched|transitioned|went from|pivoted|left|joined|"
        r"lead|led|run|ran|manage|managed|head|headed|founded|co-founded|started|built|wrote|"
        r"published|spoke|presented|gave a talk|hosted|host|research|researched|specialise|"
        r"specialize|focus on|worked (?:at|in|on|as|for)|work (?:at|in|on|as|for|with)|"
        r"transferred|changed careers|became|grew|set up|launched|developed|designed|"
        r"studied|teach|taught|were (?:a|an|the|at|in|on)|are (?:a|an|the|at|in|on|now|"
        r"currently)|'re (?:a|an|the|at|in|on|now|currently))\b(?! (?:me|my)\b)",
        r"\b(?:as|since|because|given that) you(?:'re| are| work| were|'ve| have| moved| made| "
        r"lead| run)\b",
        r"\bas someone who\b|\bsomeone with your\b|\bgiven your\b",
    ]
)
# Things that look like a reason but say nothing about this person.
_NOT_A_REASON = _c(
    r"\b(?:found|came across|come across|saw|see|noticed|found) (?:you|your (?:profile|name|"
    r"details|page)) (?:on|through|via|while|in) (?:linkedin|google|the internet|online|"
    r"searching|a search|twitter|x)\b"
)


def reason(draft: Draft, ctx: Context) -> list[Finding]:
    for sentence in draft.sentences:
        low = sentence.low
        for match in _REASON.finditer(low):
            if _NOT_A_REASON.search(low, clause_start(low, match.start())):
                continue
            return []
    return [finding("reason", "You don't say why you are writing to this person.", None)]


# ====================================================================== time-ask

_NUM = (
    r"(?:\d{1,3}(?:[.,]\d+)?|"
    + alternation(k.replace(" ", r"[ -]") for k in NUMBER_WORDS if k not in ("a", "an"))
    + r"|a|an)"
)


def _range(unit: str) -> str:
    return rf"\b(?P<{unit}_low>{_NUM})(?:\s*(?:-|to|or|/|and)\s*(?P<{unit}_high>{_NUM}))?"


_ADJ = r"(?:(?:full|whole|solid|good|quick|short|brief|spare|extra)\s+)?"
_DURATION = _c(
    r"(?P<ninety>(?:an?|one) hour and a half|(?:one|1) and a half hours?|1[.,]5 ?h(?:ou)?rs?)|"
    r"(?P<fortyfive>three[- ]quarters of an hour)|"
    r"(?P<thirty>half an hour|half-an-hour|half[- ]hour|a half hour)|"
    r"(?P<fifteen>(?:a )?quarter of an hour|quarter[- ]hour)|"
    r"(?P<few>\b(?:a few|few|a couple of|a couple|some|several|a handful of|a little of|"
    r"a bit of|a moment of|a few moments of)\s+(?:minutes?|moments?|mins?)\b|"
    r"\ba (?:moment|minute)\b)|"
    rf"(?P<minutes>{_range('m')}\s*-?\s*{_ADJ}(?:minutes?|mins?|min)\b)|"
    rf"(?P<hours>{_range('h')}\s*-?\s*{_ADJ}(?:hours?|hrs?)\b)|"
    r"(?P<short_m>\b\d{1,3})(?:m\b|')|(?P<short_h>\b\d{1,2})h\b"
)
# Where a span of time is not the length of the chat: "an hour away", "within 24 hours",
# "for 8 hours a day", "spent 20 minutes reading".
_NOT_THE_CHAT_AFTER = _c(
    r"\s*(?:ago|away|drive|drives|commute|flight|train|ride|walk|ahead|behind|difference|"
    r"per|a (?:day|week|month|night|year)|each|every|"
    r"of (?:my |the )?(?:work|teaching|commute|travel|sleep|reading|research|classes|lessons)|"
    r"(?:of )?time difference|notice|window|slot[s]? (?:on|each)|reading|browsing)\b"
)
# ... and where it probably is not, unless it is plainly asked for ("for 20 minutes after 4").
_NOT_THE_CHAT_UNLESS_ASKED = _c(r"\s*(?:earlier|later|early|late|before|after|from now)\b")
_NOT_THE_CHAT_BEFORE = _c(
    r"(?:within|in|for the past|over the past|last|every|each|per|spent|spend|spending|"
    r"work|worked|working|teach|taught|teaching|lasted|took|takes|spent about|after|"
    r"commute|drive|the next|reply within|answer within|respond within)\s+(?:the\s+|about\s+|"
    r"around\s+|nearly\s+|almost\s+)?$"
)
# "for 20 minutes after 4pm", "spare 15 minutes": a span asked for, whatever follows.
_ASKED_FOR = _c(
    r"\b(?:for|spare|have|give me|offer|take|borrow|of|need|only|just|max|maximum|most|"
    r"than)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|a\s+)?$"
)
_CHAT_WORDS = _c(
    r"\b(?:chat|chats|call|talk|conversation|meet|meeting|coffee|speak|speaking|phone|"
    r"zoom|video|your time|spare|interview|discussion|catch up|catch-up|connect|teams|"
    r"skype|sit down|pick your brain|hear|ask you|tea|lunch|virtual)\b"
)
_VAGUE = _c(
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
    if text.replace(" ", "-") in NUMBER_WORDS:
        return NUMBER_WORDS[text.replace(" ", "-")]
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
        sentence, start, end = vague_at
        said = quote(sentence.text, start, end)
        return [
            finding(
                "time-ask",
                f'You ask for "{said}" without saying how long; ask for 15–20 minutes.',
                sentence.line,
            )
        ]
    for sentence in draft.sentences:
        match = _VAGUE.search(sentence.low)
        if match:
            said = quote(sentence.text, match.start(), match.end())
            return [
                finding(
                    "time-ask",
                    f'You ask for "{said}" without saying how long; ask for 15–20 minutes.',
                    sentence.line,
                )
            ]
    return [finding("time-ask", "You don't say how long the chat would take.", None)]


# ====================================================================== medium

_MEDIUM = _c(
    r"\b" + alternation(m.replace(" ", r"\s+") for m in MEDIA) + r"\b"
    r"|\b(?:meet|chat|talk|speak|connect|catch up|meeting|conversation)\s+(?:\w+\s+){0,2}?"
    r"(?:online|virtually|remotely)\b"
    r"|\b(?:give you a ring|ring you)\b"
)
_NOT_A_MEDIUM = _c(r"\b(?:call it|calls? for|on call|call of duty|close call|wake-up call)\b")


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


# ====================================================================== thanks

# Not "no thanks", and not "thanks to my supervisor" (someone else is thanked).
_THANKS = _c(
    r"(?<!no )(?<!no, )\b"
    + alternation(t.replace(" ", r"\s+") for t in THANKS)
    + r"(?:ed|ing|s)?\b(?! to (?!you\b|your\b))"
)


def thanks(draft: Draft, ctx: Context) -> list[Finding]:
    if any(_THANKS.search(sentence.low) for sentence in draft.sentences):
        return []
    message = "You don't thank them."
    if ctx.kind == "request" or ctx.kind == "linkedin-note":
        message = "You don't thank them in advance."
    elif ctx.kind == "thank-you":
        message = "Your thank-you note never says thank you."
    return [finding("thanks", message, None)]


# ====================================================================== length


def length(draft: Draft, ctx: Context) -> list[Finding]:
    if ctx.kind == "linkedin-note":
        limit = ctx.limits.linkedin_chars
        if draft.characters > limit:
            return [
                finding(
                    "length",
                    f"The note is {draft.characters} characters; LinkedIn allows {limit}.",
                    None,
                    f"Cut {draft.characters - limit} characters: keep who you are, "
                    "why them and the ask.",
                )
            ]
        return []
    limit = ctx.limits.request_words
    if draft.words > limit:
        return [
            finding(
                "length",
                f"The message is {draft.words} words; keep it within {limit}.",
                None,
                f"Cut about {draft.words - limit} words: one sentence on who you are, "
                "one on why them, then the ask.",
            )
        ]
    return []


# ====================================================================== job-ask

_JOB = r"(?:jobs?|positions?|vacanc(?:y|ies)|openings?|internships?|placements?|employment)"
_JOB_OR_ROLE = rf"(?:{_JOB}|roles?|posts?|opportunit(?:y|ies))"
_CV = r"(?:cv|cvs|resume|resumes|curriculum vitae|c\.v\.)"
_ORG = (
    r"(?:your|the|this|that) (?:\w+ )?(?:company|firm|team|organi[sz]ation|group|lab|department|"
    r"office|agency|practice|business|employer|division|unit)"
)
# Words after "job" that make it something else: "the job market", "your job title".
_NOT_A_JOB = (
    r"(?!\s+(?:market|markets|title|titles|description|descriptions|search|searching|hunt|"
    r"hunting|fair|fairs|board|boards|satisfaction|security|ad|ads|advert|adverts|posting|"
    r"postings|seekers?|growth|outlook|landscape|like yours|such as yours|of a|of an|"
    r"involve|entail|look|requirements?|skills?|family|families|ladder|level|levels|"
    r"change|changes|switch|moves?|shadowing|shadow)\b)"
)
CV_ATTACHED = "a CV attached"
# (label, pattern, needs a first-person subject), tried in this order.
_JOB_ASKS: tuple[tuple[str, re.Pattern, bool], ...] = tuple(
    (label, _c(pattern), first_person)
    for label, pattern, first_person in [
        # Are you hiring?
        (
            "whether they are hiring",
            r"\b(?:are|is) (?:you|your \w+|they|the \w+|\w+)(?: \w+)? (?:currently |still |"
            r"now |actively |by any chance )?(?:hiring|recruiting|taking on)\b|"
            r"\b(?:you|your \w+|they)(?:'re| are| is| might be| may be| will be)(?: currently)? "
            r"(?:hiring|recruiting)\b|\bhiring (?:right )?now\b|\b(?:any )?plans to (?:hire|"
            r"recruit|expand the team)\b|\bwho (?:is|'s) hiring\b",
            False,
        ),
        # openings
        (
            "about openings",
            r"\b(?:any|open|available|vacant|upcoming|unadvertised|unlisted|hidden|"
            r"current) (?:(?:job|research|graduate|entry-level|junior|senior|full-time|"
            r"part-time|paid|permanent|internship|\w+) )?(?:job openings?|openings?|"
            r"vacanc(?:y|ies)|positions?|jobs|internships?|placements?|roles|opportunities)\b"
            r"(?! (?:to|for learning|like yours|such as|in (?:the|this) field)\b)|"
            rf"\b(?:job|career|employment|work|internship|hiring|graduate) (?:openings?|"
            r"vacanc\w+|opportunit\w+|offers?|leads?|postings?|adverts?|ads)\b|"
            r"\b(?:anything|something|any(?:thing)? roles?|any(?:thing)? positions?) (?:\w+ )?"
            r"(?:open|available|going|suitable|coming up) (?:for (?:me|someone like me|a person "
            r"like me|a (?:[\w-]+ )?graduate)|at|in|on|with)\b|"
            r"\b(?:any|some) leads\b|\bleads? (?:on|for|about) (?:a |any )?(?:jobs?|roles?|"
            r"openings?|positions?|vacanc\w+)\b|"
            r"\b(?:looking for|seeking|searching for|find|finding|need) (?:some |any |paid |"
            r"full-time |part-time )?work\b(?! on\b)|"
            rf"\b(?:openings?|vacanc\w+|positions?|roles|jobs|opportunit\w+) (?:available|"
            rf"open|going|coming up)\b|"
            rf"\b(?:openings?|vacanc\w+|positions?|jobs?|roles?|opportunit\w+) (?:at|in|on|"
            rf"with|within) {_ORG}\b(?! (?:look|involve|entail|like)\b)",
            False,
        ),
        # I'm looking for a job
        (
            "for a job",
            r"\b(?:i|i'm|im|i am|i'd|i would|i was|i have been|i've been|i will|i'll|i really|"
            r"i currently|i also|i now|i just|me)\b(?: [\w']+){0,3}? (?:looking for|seeking|"
            r"searching for|hunting for|on the hunt for|hoping for|hoping to (?:find|get|"
            r"land|secure)|want to (?:find|get|land|secure)|like to (?:find|get|land|"
            r"secure)|love to (?:find|get|land|secure)|need|want|would like|'d like|"
            r"interested in|ask(?:ing)? (?:you )?for|request(?:ing)?|find|get|land|secure|"
            r"obtain|in the market for|available for|open to)"
            r" (?:(?!(?:your|the|this|that|his|her|their|my|our|its|what|how)\b)[\w'-]+ )"
            rf"{{0,3}}?{_JOB_OR_ROLE}\b{_NOT_A_JOB}(?! (?:like|such as) (?:yours|you)\b)",
            True,
        ),
        (
            "for a job",
            r"\b(?:looking for|seeking|searching for|hunting for|exploring|hoping to find|"
            r"want to find|find|land|secure)(?: my| a| the)? next (?:[\w-]+ )?(?:job|role|"
            r"position|opportunity|post|opening|employer|gig)\b",
            False,
        ),
        (
            "about an opening",
            r"\b(?:i|i'm|im|i am|i'd|i would|i was|i have been|i've been|i will|i'll|i really|"
            r"i currently|i also|i now|i just|me)\b(?: [\w']+){0,3}? (?:looking for|seeking|"
            r"interested in|hoping for|want|would like|'d like|ask(?:ing)? (?:you )?(?:for|"
            r"about)|apply(?:ing)? for|considered for|excited about|keen on|writing about|"
            r"enquiring about|inquiring about|writing regarding|reaching out about|"
            r"reaching out regarding) (?:the|this|that|your)"
            r" (?:[\w'&-]+ ){0,4}?(?:openings?|vacanc(?:y|ies)|positions?|internships?|"
            r"placements?|job (?:posting|advert|ad|listing))\b(?! on\b)",
            True,
        ),
        (
            "to apply for a job",
            rf"\b(?:apply(?:ing)?|application|candidacy) (?:for|to) (?:[\w'-]+ ){{0,4}}?"
            rf"(?:{_JOB}|roles?|posts?)\b{_NOT_A_JOB}|"
            rf"\b(?:apply(?:ing)?|applied|application) (?:to|at|with|for) {_ORG}\b|"
            rf"\bapplied (?:for|to) (?:[\w'-]+ ){{0,4}}?(?:{_JOB}|roles?|posts?) (?:at|in|on|with) "
            rf"{_ORG}\b|"
            rf"\bmy application\b",
            True,
        ),
        (
            "for a job",
            r"\b(?:is|are) there (?:a|an|any|some) (?:[\w-]+ )?(?:jobs?|positions?|roles?|"
            r"places?|vacanc\w+|openings?|work) (?:for me|available|open|going)\b|"
            r"\b(?:jobs?|positions?|roles?|place|vacanc\w+|openings?) for (?:me|someone "
            r"like me|a person like me)\b|"
            rf"\b(?:give|offer|find|get|help) me (?:a|an|any|some) (?:[\w'-]+ ){{0,2}}?"
            rf"{_JOB_OR_ROLE}\b|\b(?:hire|employ|recruit|take on|onboard) me\b|"
            r"\b(?:could|would|can|will) you (?:\w+ )?(?:hire|employ|recruit)\b|"
            rf"\bconsider(?:ed|ing)? (?:me )?for (?:[\w'-]+ ){{0,3}}?{_JOB_OR_ROLE}\b|"
            r"\b(?:be|being|get|getting) considered\b|"
            r"\b(?:keep|have|bear) me in mind\b|"
            rf"\blet me know (?:if|when|about|of|should|whether) (?:[\w'-]+ ){{0,4}}?"
            rf"(?:{_JOB}|roles|opportunit\w+)\b|"
            rf"\bif (?:any(?:thing)?|a|an|one|something) (?:[\w'-]+ ){{0,2}}?(?:{_JOB}|roles?|"
            rf"opportunit\w+)? ?(?:comes? up|opens? up|becomes? available|arises?|"
            rf"are available|is available)\b|"
            r"\b(?:help me )?(?:get|getting) (?:my|a) foot in the door\b|\bget (?:me )?hired\b|"
            r"\bhelp me (?:get|land|find|secure) (?:a|an|the|my)\b",
            False,
        ),
        # referrals
        (
            "for a referral",
            r"\brefer(?:ring)? me\b|\b(?:a|any|your|an internal|an employee) referral\b|"
            r"\breferral (?:to|for|at|into|from you)\b|\bput (?:in )?a (?:good )?word\b|"
            r"\bput (?:my name|me) forward\b|\brecommend me (?:for|to)\b|\bvouch for me\b|"
            rf"\b(?:pass|forward|send|give|hand|share|submit|circulate) (?:on |along )?"
            rf"(?:my {_CV}|my application|my details|my profile|my name|it|them|this) "
            r"(?:on |along )?(?:to|with) (?:\w+ )?(?:hr|human resources|the hiring|hiring|"
            r"a recruiter|your recruiter|the recruiter|recruiters|recruiting|talent|"
            r"the right (?:people|person)|your manager|someone who is hiring|anyone hiring)\b|"
            r"\b(?:introduce|connect|put) me (?:to|with|in touch with) (?:the |a |your |any )?"
            r"(?:hiring manager|recruiter|hr|human resources|talent|someone in hr|"
            r"someone who is hiring|people who are hiring)",
            False,
        ),
        # CV review
        (
            "for a CV review",
            rf"\b(?:look|glance|go|read|skim|cast an eye) (?:at|over|through) (?:my|the attached|"
            rf"the enclosed|a copy of my) (?:{_CV}|cover letter|application|linkedin profile)\b|"
            rf"\b(?:review|check|critique|proofread|assess|evaluate|improve|edit|read|look over|"
            rf"go over|look through|go through|tear apart|rate) (?:my|the attached|the enclosed) "
            rf"(?:{_CV}|cover letter|application)\b|"
            r"\b(?:feedback|comments?|thoughts|input|opinion|advice|suggestions|notes|"
            rf"pointers|views) (?:on|about|regarding|for|to improve) (?:my|the attached) "
            rf"(?:{_CV}|cover letter|application)\b|"
            rf"\b{_CV} (?:review|feedback|critique|check)\b|"
            rf"\b(?:think|thoughts|opinion|feel|impression) (?:about |of |on )?my (?:{_CV}|"
            r"cover letter|application)\b|"
            rf"\bmy (?:{_CV}|cover letter|application) (?:is|looks?|seems?|would be|reads?) "
            r"(?:ok|okay|good|strong|right|competitive|enough|fine|convincing)",
            False,
        ),
        # a CV attached
        (
            CV_ATTACHED,
            rf"\b(?:attach(?:ed|ing)?|enclos(?:ed|ing|e)|includ(?:ed|ing|e)|upload(?:ed|ing)?"
            rf") (?:[\w'-]+ ){{0,3}}?{_CV}\b|"
            rf"\b{_CV}(?: is| are| has been| have been)? (?:attached|enclosed|included|below|"
            r"linked|here)\b|"
            rf"\bfind (?:attached |enclosed |below |here )?(?:my |a copy of my |the )?{_CV}\b|"
            rf"\bhere(?:'s| is| are) my {_CV}\b|"
            rf"\b(?:send|sent|sending|forward|forwarded|forwarding|share|sharing|shared|"
            rf"link to|linked) (?:you )?(?:my |a copy of my |the )?{_CV}\b",
            False,
        ),
        # an interview for a position
        (
            "for a job interview",
            rf"\binterview (?:me )?for (?:[\w'-]+ ){{0,4}}?(?:{_JOB}|roles?|posts?)\b|"
            r"\bjob interviews?\b|\b(?:get|give|offer|grant|land|secure|arrange|find|"
            r"invite)(?: me| us)?(?: to| for)? (?:a |an )?(?:job |first-round |first )?"
            r"interviews?\b(?! (?:with you|about)\b)|\b(?:available|free) (?:to|for) "
            r"(?:an )?interview\b",
            False,
        ),
    ]
)
_THEIR_PATH = _c(r"^\W*(?:how|what|when|where|why|which|who)\b")


def job_asks(low: str) -> tuple[str, int, int] | None:
    """(label, start, end) of the first job ask in a folded sentence, or None.

    The label finishes "You ask ..." ("for a referral"), except CV_ATTACHED.
    """
    for label, pattern, first_person in _JOB_ASKS:
        for match in pattern.finditer(low):
            start, end = match.start(), match.end()
            if negated(low, start, end):
                continue
            clause = clause_start(low, start)
            who = last_pronoun(low, clause, start + 2)
            if first_person and who in SECOND_PERSON | {"he", "she", "they", "people", "someone"}:
                continue
            # "How did you get your first job?", "When you applied for jobs, ...": their path.
            if (
                who in SECOND_PERSON
                and label != "for a referral"
                and _THEIR_PATH.match(low, clause)
                and not re.search(r"\b(?:me|my)\b", low[start:end])
            ):
                continue
            return label, start, end
    return None


def _job_finding(label: str, said: str, line: int | None) -> Finding:
    if label == CV_ATTACHED:
        message = f'You attach your CV ("{said}"), so this reads as a job application.'
        suggestion = "Remove the CV; offer it only if they ask, after the chat."
    else:
        message = f'You ask {label} ("{said}"); an informational chat never asks for a job.'
        suggestion = ""
    return finding("job-ask", message, line, suggestion)


def job_ask(draft: Draft, ctx: Context) -> list[Finding]:
    findings = []
    if draft.subject:
        found = job_asks(fold(draft.subject))
        if found:
            label, start, end = found
            said = quote(draft.subject, start, end)
            findings.append(_job_finding(label, said, draft.subject_line))
    for sentence in draft.sentences:
        found = job_asks(sentence.low)
        if found:
            label, start, end = found
            said = quote(sentence.text, start, end)
            findings.append(_job_finding(label, said, sentence.line))
    return findings


# ====================================================================== life-story

# Sentences with "I" as subject that are about the reader or the ask, not the sender.
_NOT_ABOUT_ME = _c(
    r"\b(?:i(?:'m| am|m) (?:writing|reaching out|contacting|emailing|e-mailing|messaging|"
    r"getting in touch|following up|hoping|wondering|sure you)|"
    r"i (?:hope|look forward|was wondering|wonder|appreciate|thank)|"
    r"i(?:'d| would)(?: really| also| very much)? (?:love|like|be grateful|appreciate|welcome|"
    r"value|be (?:glad|happy|thrilled|delighted|honou?red)) (?:to )?(?:hear|learn|ask|chat|"
    r"talk|speak|meet|connect|get|have|find out|know|understand|your|it|the chance|any)|"
    r"i (?:read|saw|came across|noticed|found|heard|watched|listened)|"
    r"i(?:'ll| will) (?:be|follow|send|keep|look|check)|"
    r"thanks?|grateful|best|regards|cheers)\b"
)


_ABOUT_READER = _c(
    r"\?|\byour\b|\byours\b|(?<!like )(?<!as )(?<!than )(?<!unlike )\byou(?:'re|'ve|'d|'ll)?\b"
    r"(?! once\b| did\b| do\b| were\b| are\b| too\b| as well\b)"
)


def _about_sender(sentence: Sentence) -> bool:
    low = sentence.low
    if first_pronoun(low) not in FIRST_PERSON:
        return False
    if _ABOUT_READER.search(low):
        return False
    if _NOT_ABOUT_ME.search(low):
        return False
    return len(low.split()) >= 2


def life_story(draft: Draft, ctx: Context) -> list[Finding]:
    about_me = [s for s in draft.sentences if _about_sender(s)]
    if len(about_me) <= 3:
        return []
    return [
        finding(
            "life-story",
            f"{len(about_me)} sentences are about you; the reader needs one or two.",
            about_me[0].line,
        )
    ]


# ====================================================================== subject


def subject(draft: Draft, ctx: Context) -> list[Finding]:
    if draft.subject is None:
        return [finding("subject", "The e-mail has no subject line.", None)]
    if not draft.subject.strip():
        return [finding("subject", "The subject line is empty.", draft.subject_line)]
    return []


# ====================================================================== specific

# Anchors after which the writer names what they took from the chat.
_SPECIFIC_ANCHOR = _c(
    r"\b(?:your|the) (?:\w+ )?(?:point|points|advice|suggestion|suggestions|tip|tips|idea|"
    r"ideas|comment|comments|remark|remarks|story|stories|insight|insights|recommendation|"
    r"recommendations|description|explanation|perspective|take|thoughts|observation|"
    r"warning|example|examples|anecdote|reminder|question|questions|answer|answers|view|"
    r"views|account|encouragement|honesty|candou?r) (?:about|on|regarding|around|that|to|"
    r"of|for|re)\b|"
    r"\bwhat you (?:said|told me|shared|mentioned|suggested|described|explained|pointed out|"
    r"recommended|wrote)\b|"
    r"\b(?:when|how|that) you (?:said|mentioned|talked|described|explained|told|spoke|"
    r"shared|pointed out|compared|walked me through)\b|"
    r"\byou (?:mentioned|said|suggested|recommended|explained|described|told me|pointed out|"
    r"talked about|shared|spoke about|advised|highlighted|stressed|emphasi[sz]ed|warned)\b|"
    r"\bas you (?:suggested|recommended|advised|said|mentioned)\b|"
    r"\b(?:especially|particularly|in particular|above all|most of all|the part about|"
    r"hearing about|learning about|hearing how|learning how|hearing that|learning that|"
    r"to hear that|to learn that|to hear how|to learn how|surprised (?:me|to))\b|"
    r"\bi(?:'ve| have| had|'ll| will|'m| am| already| just)? (?:already |just |now )?"
    r"(?:ordered|bought|borrowed|started reading|read|looked up|signed up|joined|registered|"
    r"contacted|reached out to|emailed|e-mailed|written to|wrote to|messaged|followed up|"
    r"downloaded|subscribed|enrolled|booked|going to (?:read|join|contact|try|apply|look|"
    r"sign up|reach out)|plan(?:ning)? to (?:read|join|contact|try|look|sign up|reach out)|"
    r"try|trying|rewrote|updated|started|begun|began|picked up)\b"
)
_CONTENT_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def _specific_after(low: str, at: int) -> bool:
    """Do the next words after position `at` name something (not 'your time', 'my career')?"""
    tail = re.split(r"[.!?;]", low[at:], maxsplit=1)[0]
    following = _CONTENT_WORD.findall(tail)[:8]
    return any(w not in GENERIC_WORDS and w not in CALENDAR_WORDS for w in following)


_PROPER_NOUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+|\"[^\"]{3,}\"")


def specific(draft: Draft, ctx: Context) -> list[Finding]:
    names = set(_name_tokens(ctx.recipient)) | set(_name_tokens(ctx.sender))
    for sentence in draft.sentences:
        low = sentence.low
        if len(low.split()) <= 3 or job_asks(low):
            continue  # a greeting, a sign-off, or a job ask: nothing learnt from the chat
        for match in _SPECIFIC_ANCHOR.finditer(low):
            if _specific_after(low, match.end()):
                return []
        # A title, a name or an organisation in the middle of a sentence ("Range", "ACS").
        greeting_end = 0
        if sentence.first_in_line and (hello := _GREETING.match(low)):
            addressee, _end = _addressee(sentence.text, hello.end("greeting"))
            if addressee:
                greeting_end = sentence.text.find(addressee[-1]) + len(addressee[-1])
        for match in _PROPER_NOUN.finditer(sentence.text):
            word = fold(match.group().strip('"'))
            if match.start() <= greeting_end or word in names or word in CALENDAR_WORDS:
                continue
            if word in {"i", "i'm", "i've", "i'd", "i'll", "linkedin", "zoom", "teams"}:
                continue
            if word.split()[0] in GENERIC_WORDS and not match.group().startswith('"'):
                continue
            return []
    return [
        finding(
            "specific",
            "The note mentions nothing specific from your chat.",
            None,
        )
    ]


# ====================================================================== questions

_ORG_NOUN = (
    r"(?:company|firm|organi[sz]ation|business|employer|corporation|corp|agency|startup|"
    r"start-up|brand|institute|charity|ngo|bank|consultancy|foundation|enterprise|"
    r"institution|ministry|university|hospital|school|publisher|manufacturer|"
    r"company's|firm's|organi[sz]ation's|business's)"
)
_ORG_PHRASE = rf"(?:(?:the|your|this|that|its|their|our) (?:[\w'-]+ )?{_ORG_NOUN}|it|they)"
_NAMED_COUNT = iter(range(1000))


def _named() -> str:
    """A capitalised name in the original text: checked after matching, so a group."""
    return rf"(?P<named{next(_NAMED_COUNT)}>[a-z][\w&.'-]*(?: [a-z][\w&.'-]*)?)"


_GOOGLEABLE = tuple(
    (topic, _c(pattern))
    for topic, pattern in [
        (
            "what the company does",
            rf"\bwhat (?:exactly |actually )?(?:does|do|did) (?:{_ORG_PHRASE}|{_named()}) "
            r"(?:actually |exactly |mainly |primarily )?(?:do|make|sell|produce|offer|"
            r"manufacture|provide|build|specialise in|specialize in|focus on)\b(?! for you\b)|"
            r"\bwhat (?:kinds? of |sorts? of |types? of |main |\w+ )?(?:products|services)\b"
            r"(?! (?:do|have|did) you (?:personally )?(?:work|use|enjoy|like|build))|"
            rf"\b(?:what|which) (?:industry|sector|market|field|line of business) (?:is|are) "
            rf"(?:{_ORG_PHRASE}|{_named()})\b|"
            rf"\bwhat does (?:{_ORG_PHRASE}|{_named()}) stand for\b",
        ),
        (
            "its size",
            r"\bhow many (?:employees|people|staff|workers|offices|locations|sites|branches|"
            r"countries|customers|clients|stores|shops|factories|plants|subsidiaries)\b"
            r"(?![^?]*\b(?:your team|your group|your department|report to you|do you manage|"
            r"in your|on your|you work with|you manage|you lead|per team)\b)|"
            rf"\bhow (?:big|large) is (?:{_ORG_PHRASE}|{_named()})\b|"
            rf"\b(?:size|headcount) of (?:{_ORG_PHRASE}|{_named()})\b",
        ),
        (
            "when it was founded",
            rf"\bwhen (?:was|were|did) (?:{_ORG_PHRASE}|{_named()}) (?:first |originally )?"
            r"(?:founded|established|started|created|set up|formed|incorporated|launched|begin|"
            r"start|open)\b|\bwho (?:founded|started|created|set up|established)\b|"
            rf"\b(?:what year|which year) (?:was|did) (?:{_ORG_PHRASE}|{_named()})\b|"
            rf"\bhow old is {_ORG_PHRASE}\b|"
            rf"\bhow long has (?:{_ORG_PHRASE}|{_named()}) (?:been around|existed|been in "
            r"business|been operating)\b|\bhistory of (?:the|your) (?:company|firm|organi[sz]"
            r"ation)\b|\bfounding (?:date|year)\b|\bwhen (?:was|were) (?:\w+ ){0,3}founded\b",
        ),
        (
            "where it is based",
            rf"\bwhere (?:is|are) (?:{_ORG_PHRASE}|{_named()})(?:'s)? (?:\w+ )?(?:based|"
            r"headquartered|located|situated|hq'd)\b|"
            r"\b(?:where|is|are)\b[^?]{0,40}?\b(?:headquarters|hq|head offices?|main offices?|"
            r"main sites?|registered office)\b|\bheadquartered\b|"
            r"\bwhere (?:are|is) (?:its|the company's|the firm's|your company's) offices?\b",
        ),
        (
            "who runs it",
            r"\bwho(?: is|'s| are| was) (?:the |your |its |their |(?:\w+'s ))?(?:current )?"
            r"(?:ceo|chief executive|president|founders?|chairman|chairwoman|chairperson|"
            r"owners?|managing director|cfo|cto|coo|board)\b|"
            rf"\bwho (?:runs|owns|leads|founded|heads) (?:{_ORG_PHRASE}|{_named()})\b"
            r"(?! (?:day to day|in practice)\b)",
        ),
        (
            "its mission",
            r"\bwhat(?:'s| is| are|'re)? (?:[\w'&-]+ ){0,3}?(?:mission|vision|mission statement|"
            r"core values|values|slogan|motto|tagline|purpose)\b",
        ),
        (
            "its finances",
            r"\b(?:what|how much|how big|how large)\b[^?]*\b(?:revenue|revenues|turnover|"
            r"annual sales|profits?|market cap\w*|market value|valuation|share price|stock price|"
            r"net worth|ebitda|funding|stock ticker|ticker)\b|"
            rf"\bis (?:{_ORG_PHRASE}|{_named()}) (?:a )?(?:publicly traded|public|listed|"
            r"private|publicly listed|a public company|on the stock)\b|"
            r"\bwho (?:are|is) (?:\w+'s |the company's |your |its |their )?(?:main |biggest |"
            r"largest |key )?competitors?\b",
        ),
    ]
)
# Capitalised words that start a question but name no organisation.
_NOT_AN_ORG = frozenset(
    words("a an the you your people someone it they he she we this that one anyone everyone")
)


# Questions that ask for their experience or judgement, even about the company's facts:
# "How does the mission show up in your team's decisions?", "How has the culture
# changed since the new CEO arrived?".
_ASKS_JUDGEMENT = _c(
    r"^\W*(?:how (?:does|did|has|have|do|is|was|would|will|could|should|are|were)|why|in what "
    r"ways?|to what extent)\b|\bwhat(?:'s| is| was) it like\b|\byou\b|"
    r"\byour (?!company|firm|organi[sz]ation|employer|business|agency)\w+|"
    r"\b(?:day-to-day|day to day|in practice|culture|feel|changed?|affect\w*|impact\w*|"
    r"shape[sd]?|influence[sd]?)\b"
)


def googleable(text: str, low: str) -> str | None:
    """What a quick search would answer (a topic), or None."""
    if _ASKS_JUDGEMENT.search(low):
        return None
    for topic, pattern in _GOOGLEABLE:
        for match in pattern.finditer(low):
            group = next((g for g, v in match.groupdict().items() if v is not None), None)
            if group is not None:
                start = match.start(group)
                if match[group] in _NOT_AN_ORG or not text[start : start + 1].isupper():
                    continue
            return topic
    return None


_PERSONAL_SALARY = _any(
    [
        r"\bhow much (?:money )?(?:do|did|does|would|will|can) you (?:\w+ )?(?:earn|make|"
        r"get paid|take home|bring in|bill|get)\b(?! of\b)",
        r"\bhow much (?:are|were) you (?:\w+ )?(?:paid|earning|making|compensated)\b",
        r"\bwhat(?:'s| is| was| are| were)? your (?:[\w-]+ ){0,2}?(?:salary|salaries|pay|"
        r"paycheck|pay packet|income|compensation|comp|wage|wages|earnings|bonus|package|"
        r"day rate|hourly rate|rate|take-home|remuneration|stipend|net worth)\b",
        r"\byour (?:[\w-]+ ){0,2}?(?:salary|salaries|paycheck|pay packet|income|compensation|"
        r"wage|wages|earnings|remuneration|stipend|take-home pay|pay grade|pay band|"
        r"pay scale|bonus)\b",
        r"\bhow much does your (?:\w+ )?(?:job|role|position|work) pay\b",
        r"\bwhat (?:do|did|does|would) you (?:\w+ )?(?:earn|get paid|take home|bring home)\b",
        r"\bwhat (?:do|did) you (?:\w+ )?make\b(?! of\b)(?=[^?]*\b(?:a year|per year|"
        r"annually|a month|per month|an hour|per hour|money|salary|in a year|yearly|k\b|"
        r"figures|starting out|your first year))",
        r"\b(?:do|did|does) you (?:\w+ )?(?:earn|make) (?:a lot|good money|enough|more|less|"
        r"well|six figures|over|under|around|about|decent)\b",
        r"\bare you (?:well |fairly |adequately |under|over|poorly |badly )?[ -]?paid\b",
        r"\b(?:what|how much) you (?:\w+ )?(?:earn|make|get paid|take home|bring home|are paid|"
        r"were paid|were offered|got offered|charge)\b(?! of\b)",
        r"\b(?:are|were) you (?:on|earning|making|paid|clearing|pulling in) (?:over |more than |"
        r"under |about |around )?(?:six|seven|five|6|7|5)[- ]figures?\b",
        r"\bhow much (?:were|was) (?:you|your) (?:\w+ )?(?:offered|offer)\b",
        r"\bwhat (?:were|was) you (?:\w+ )?(?:offered|paid)\b",
        r"\byour (?:starting |first |initial |current |latest )?(?:offer|salary offer|"
        r"starting salary|package|raise|pay rise|pay raise|payslip)\b",
    ]
)


def personal_salary(low: str) -> bool:
    return bool(_PERSONAL_SALARY.search(low))
