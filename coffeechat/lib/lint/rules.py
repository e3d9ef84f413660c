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
    expand_texting,
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
    TENS,
    THANKS,
    TITLES,
    UNITS,
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
_INTRODUCTION_CASED = _any(
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
_SIGNATURE_ROLE = _c(rf"^(?:[\w'.,&-]+ ){{0,5}}{ROLE}\b|\b(?:university|college|school)\b")


_FIRST_PERSON_START = _c(r"^\W*(?:i|i'm|i've|i'd|i'll|im|my|me)\b")


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


# ====================================================================== reason

_STRONG_WORK = (
    r"(?:articles?|posts?|blog(?: posts?)?|papers?|publications?|talks?|presentations?|"
    r"keynote|lectures?|webinars?|podcasts?|episodes?|interviews?|books?|chapter|thesis|"
    r"research|stud(?:y|ies)|reports?|newsletter|threads?|essays?|columns?|pieces?|"
    r"videos?|panel|sessions?|workshops?|posters?|comments?|contributions?|move|switch|"
    r"shift|transition|pivot|leap|jump|career change|promotion|award|startup|"
    r"work on|work at|work in|work with|work as|work for|projects?|achievements?|"
    r"patents?|op-ed|tweets?|course|class|answer|quote|"
    # things they made, ran or showed: "your exhibition", "your app", "your seminar"
    r"exhibitions?|exhibits?|shows?|collections?|installations?|films?|documentar(?:y|ies)|"
    r"apps?|tools?|toolkits?|librar(?:y|ies)|packages?|plugins?|datasets?|games?|albums?|"
    r"plays?|designs?|campaigns?|gardens?|series|surveys?|guides?|maps?|curriculum|"
    r"initiatives?|seminars?|modules?|tutorials?|classes|lessons|exhibition|portfolio|"
    r"makerspace|festival|conference|charity|clinic)"
)
# What a team or organisation of theirs did: "the makerspace your team set up".
_THEIR_TEAM = (
    r"(?:team|group|lab|company|department|firm|organi[sz]ation|charity|practice|library|"
    r"museum|school|office|unit|agency|trust|council|clinic|hospital|ward|studio|startup|"
    r"foundation|society|network|branch|service|club|centre|center|project|gallery)"
)
_MADE_OR_RAN = (
    r"(?:built|made|ran|runs|run|led|leads|developed|combined|launched|published|designed|"
    r"created|released|won|shipped|piloted|pioneered|introduced|started|set up|sets up|"
    r"organi[sz]ed|organi[sz]es|opened|founded|hosted|hosts|produced|curated|delivered|"
    r"put on|puts on|put together|wrote|offers|offered|sponsored|funded|established|"
    r"coordinated|rolled out|rebuilt|redesigned|restored|manages|managed|did|does)"
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
        r"\bi(?:'m| am|'ve been| have been| was) (?:also|too) (?:an? |one of )?(?:[\w-]+ ){0,3}?"
        r"(?:alum\w*|graduates?|grads?|members?|students?|fellows?|volunteers?|mentees?|"
        r"alumni|from)\b",
        r"\bwe(?:'re| are|'ve| have| were) both\b",
        r"\b(?:colleague|friend|classmate|coworker|co-worker|teammate|student|mentee|contact|"
        r"acquaintance|client|neighbou?r|former student|old friend|peer) of yours\b",
        r"\b(?:thought|suggested|said|felt|recommended|mentioned) (?:that )?we (?:should|might|"
        r"could|would|ought to) (?:talk|speak|connect|chat|meet|get in touch|be in touch)\b",
        r"\b(?:worked|studied|trained|served|volunteered|played|sang|collaborated|interned|"
        r"went to (?:school|university|uni|college)|grew up|shared an office|did \w+) "
        r"(?:together )?(?:with|alongside|under) you\b|"
        r"\b(?:knows|knew|has met|met|remembers|worked for) you (?:from|at|through|when|since|"
        r"back|in)\b",
        r"\byour name (?:came up|was mentioned|cropped up|popped up|kept coming up|was suggested|"
        r"was given to me|was passed)\b",
        r"\b(?:studied|went|graduated|worked|trained|grew up|was|were) (?:at|from|in|for)\b"
        r"[^.?!]{0,60}\b(?:too|as well|like you|also|same)\b",
        r"\b(?:same|shared|common|mutual) (?:[\w-]+ )?(?:school|university|uni|college|alma "
        r"mater|programme|program|lab|group|department|employer|company|firm|friends?|"
        r"connections?|contacts?|colleagues?|acquaintances?|interests?|background|network|club|"
        r"town|city|village|country|region|area|neighbou?rhood|street|gym|choir|"
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
        r"mentorship|slack|meetup|conference|event|fair|panel|webinar|workshop|cohort|"
        r"newsletter|magazine|scheme|programme|program)\b"
        r"(?! (?:you|that you)\b)",
        # a referral
        r"\b(?:suggested|recommended|advised|encouraged|told me|said|thought|mentioned|"
        r"proposed|urged|insisted) (?:that )?(?:i|me)\b[^.?!]{0,40}\b(?:contact|reach|write|"
        r"speak|talk|get in touch|email|e-mail|connect|message|ask|meet|chat)",
        r"\b(?:mentioned|recommended|suggested|referred|named|pointed|directed|introduced|"
        r"sent|passed|gave|shared|forwarded|provided)(?: me| us)?(?: on| along)?(?: to)? "
        r"(?:you|your name|"
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
        rf"\byour (?:[\w'-]+ )?{_THEIR_TEAM} (?:has |have |had |recently |just |once |"
        rf"successfully )?{_MADE_OR_RAN}\b",
        # having used, visited, read or seen something of theirs ("read you book")
        rf"\b(?:read|saw|seen|watched|heard|attended|visited|used|using|tried|played|follow|"
        rf"followed|following|listened to|went to|been to) (?:you|your) (?:[\w'-]+ ){{0,2}}?"
        rf"{_STRONG_WORK}\b",
        # having seen or heard them do something: "I heard you describe...", "saw you demo"
        r"\b(?:saw|seen|heard|listened to|watched) you (?!(?:are|were|was|is|'re|have|had|"
        r"'ve|'d|might|may|could|would|will|should|must|can|get|got|and|too|so|often|"
        r"probably|on (?:linkedin|google|twitter|x|the internet))\b)[a-z]{3,}",
        # a shared past: "from the Lagos Food Bank days", "we were colleagues", "I used to
        # work with you", "I reported to you"
        r"\bfrom (?:the|our|my|those|that) (?:[\w'&.-]+ ){0,4}?(?:days|years|era|times)\b|"
        r"\bfrom our (?:time|days|years)\b|\bremember me from\b|"
        r"\bwe (?:\w+ )?were (?:\w+ )?(?:colleagues|classmates|coworkers|co-workers|teammates|"
        r"neighbou?rs|flatmates|housemates|roommates|friends|cohort|batchmates|in the same|on "
        r"the same|at the same)\b|"
        r"\b(?:used to (?:work|report|volunteer|study|train)|reported|interned|worked|"
        r"volunteered|trained|studied) (?:directly |briefly |closely )?(?:to|with|for|under|"
        r"alongside) you\b|\bi was (?:once |briefly )?(?:in )?your\b|"
        r"\bi (?:also|too) (?:belong to|sit on|serve on|volunteer (?:at|with|for)|"
        r"(?:am|'m) a member of|attend|go to)\b",
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
        r"\bi (?:\w+ )?(?:understand|gather|hear|heard|read|saw|see|noticed|learned|learnt) "
        r"you(?:'ve| have)? (?:moved|made|switched|spent|started|joined|left|led|lead|run|ran|"
        r"built|founded|wrote|published|spoke|gave|studied|trained|worked|work|transitioned|"
        r"changed|went|were (?:a|an|the|at|in|on)|are (?:a|an|the|at|in|on|now)|been (?:a|an|"
        r"the|at|in|working|leading|running|teaching))\b",
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


# A subject line that names the tie: "Former colleague — a question", "Old classmate here".
_SUBJECT_TIE = _c(
    r"^\W*(?:(?:your|a|an|from a|from your) )?(?:former|old|ex-|ex) ?(?:colleague|classmate|"
    r"coworker|co-worker|teammate|student|mentee|intern|flatmate|neighbou?r|team ?mate)s?\b"
)


def reason(draft: Draft, ctx: Context) -> list[Finding]:
    texts = [expand_texting(s.low) for s in draft.sentences]
    if draft.subject:  # "Subject: Former colleague — a question", "Fellow Rotarian"
        subject = expand_texting(fold(draft.subject))
        if _SUBJECT_TIE.search(subject):
            return []
        texts.append(subject)
    for low in texts:
        for match in _REASON.finditer(low):
            if _NOT_A_REASON.search(low, clause_start(low, match.start())):
                continue
            return []
    return [finding("reason", "You don't say why you are writing to this person.", None)]


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
_DURATION = _c(
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
    # British "Ta!" on its own
    + r"|^\W*ta(?: very much| muchly| loads)?\W*$"
)


# "I appreciate this is a busy time", "I appreciate that you're busy", "I appreciate how
# busy you must be": appreciating a fact means understanding it, not thanking anyone.
_UNDERSTANDING = _c(
    r"\bappreciat(?:e|es|ing)\b,? (?:(?:fully|completely|totally|entirely|of course|"
    r"really|absolutely|do|that) )*(?:"
    r"(?:that |how )?(?:you're|youre|your|ur) (?:so |very |really |super |probably |likely |"
    r"extremely |incredibly )?(?:busy|swamped|slammed|stretched|snowed|flat out|run off|"
    r"inundated|overloaded|overwhelmed)|"
    r"how (?:busy|hectic|full|stretched|swamped|pressed|much|many|demanding|valuable|precious|"
    r"limited|scarce|tight|difficult|hard)\b|"
    r"(?:that |how )?(?:this|it|you|things|there|everyone|everybody|people|times|he|she|they|"
    r"life|work|time|november|december|spring|summer|autumn|fall|winter|(?:the|your|this|"
    r"that|it) (?:[\w'-]+ ){0,2}?(?:schedule|diary|calendar|inbox|time|days?|weeks?|"
    r"period|season|quarter|term|month|year|request|ask|message|note|email|e-mail|role|"
    r"job|load|workload))"
    r"(?:'s|'re|'ll| (?:is|are|was|were|must|may|might|will|can|could|would|has|have|had|"
    r"get|gets|receive|receives|probably|likely|already|often|usually|won't|isn't|aren't|"
    r"don't|doesn't|likely|be)))\b"
)


def _thanks_reader(low: str) -> bool:
    for match in _THANKS.finditer(low):
        if low.startswith("appreciat", match.start()) and _UNDERSTANDING.match(
            expand_texting(low[match.start() :])
        ):
            continue
        return True
    return False


def thanks(draft: Draft, ctx: Context) -> list[Finding]:
    if any(_thanks_reader(sentence.low) for sentence in draft.sentences):
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

_JOB = (
    r"(?:jobs?|positions?|vacanc(?:y|ies)|openings?|internships?|placements?|employment|"
    r"traineeships?|apprenticeships?)"
)
_JOB_OR_ROLE = rf"(?:{_JOB}|roles?|posts?|opportunit(?:y|ies))"
# What goes with an application: "my CV", "my résumé" (folded), "my cover letter".
_CV = (
    r"(?:cv|cvs|resume|resumes|curriculum vitae|c\.v\.?|cover(?:ing)? letters?|"
    r"motivation(?:al)? letters?|letters? of motivation)"
)
_ORG = (
    r"(?:your|the|this|that) (?:\w+ )?(?:company|firm|team|organi[sz]ation|group|lab|department|"
    r"office|agency|practice|business|employer|division|unit)"
)
# A word that is not a preposition: "attached my CV", not "add to my CV".
_W = r"(?:(?!(?:to|on|in|into|onto|from|for|about|with|without|of|at|by)\b)[\w'-]+ )"
# Words after "job" that make it something else: "the job market", "your job title".
_NOT_A_JOB = (
    r"(?!\s+(?:market|markets|title|titles|description|descriptions|search|searching|hunt|"
    r"hunting|fair|fairs|board|boards|satisfaction|security|ad|ads|advert|adverts|posting|"
    r"postings|seekers?|growth|outlook|landscape|like yours|such as yours|of a|of an|"
    r"involve|entail|look|requirements?|skills?|family|families|ladder|level|levels|"
    r"change|changes|switch|moves?|shadowing|shadow)\b)"
)
# Openings in a diary are times, not jobs: "any openings in your calendar next week?".
_NOT_SCHEDULE = (
    r"(?! (?:in|on) (?:your|my|the) (?:calendar|diary|schedule|agenda)\b| for (?:a|the|our) "
    r"(?:quick |short |brief )?(?:call|chat|coffee|meeting|conversation)\b|"
    r" (?:this|next) (?:week|month|monday|tuesday|wednesday|thursday|friday))"
)
# Words after "hiring" that make it a thing, not an act: "the hiring process".
_NOT_HIRING_NOW = (
    r"(?! (?:process|processes|manager|managers|freeze|freezes|season|cycle|cycles|criteria|"
    r"practices?|rounds?|decisions?|panels?|committee|budget|plans?|pipeline|timeline|stages?|"
    r"events?|fairs?|strategy|landscape|market|trends?|team|teams|side|managers')\b)"
)
# Who hires: "the hiring manager", "your recruiter", "someone in HR", "whoever is hiring".
_HIRERS = (
    r"(?:(?:the |your |a |an |any |our |their )?(?:concerned |relevant |right |in-house |"
    r"internal )?(?:(?:hiring|recruiting|recruitment|talent(?: acquisition)?|people|hr|"
    r"human resources|resourcing|staffing|careers) (?:manager|managers|team|teams|lead|leads|"
    r"partners?|department|dept|person|people|folks|side|contact|office|function|panel)|"
    r"hr|human resources|hiring|recruiters?|recruiting|recruitment|talent(?: acquisition)?)|"
    r"(?:someone|somebody|anyone|anybody|people|the person|the people|whoever)"
    r"(?: who| that)?(?:'s| is| are)? (?:hiring|doing the hiring|in charge of (?:the )?"
    r"(?:hiring|recruitment|recruiting)|responsible for (?:the )?(?:hiring|recruitment|"
    r"recruiting)|handling (?:the )?(?:hiring|recruitment)|recruiting))"
)
_SEND = (
    r"(?:send|sends|sent|sending|forward|forwarded|forwarding|share|shared|sharing|email|"
    r"emailed|emailing|e-mail|e-mailed|e-mailing|mail|mailed|drop|dropped|dropping|pass|"
    r"passed|passing|provide|provided|providing|submit|submitted|submitting|link to|linked|"
    r"linking|whatsapp|dm|message|pop|popped|popping|fire|fling|ping|pinged|bring|brought)"
)
_PASS_ON = (
    r"(?:pass(?:ed|ing)?|forward(?:ed|ing)?|send(?:ing)?|sent|giv(?:e|ing)|gave|hand(?:ed|ing)?|"
    r"shar(?:e|ed|ing)|submit(?:ted|ting)?|circulat(?:e|ed|ing)|mention(?:ed|ing)?|"
    r"flag(?:ged|ging)?|show(?:ed|n|ing)?|put(?:ting)?|get(?:ting)?|got|recommend(?:ed|ing)?|"
    r"suggest(?:ed|ing)?|refer(?:red|ring)?|email(?:ed|ing)?|e-mail(?:ed|ing)?)"
)
_WISH = (
    r"(?:i(?:'d| would)(?: really| so| very much| just)? (?:love|like|be (?:keen|glad|happy|"
    r"delighted|thrilled|excited|honou?red)|jump at the chance|welcome the (?:chance|"
    r"opportunity))|i(?:'m| am) (?:really |very |also )?(?:hoping|keen|eager|aiming|dying|"
    r"desperate|looking|planning)|i (?:really |also )?(?:hope|want|wish|aim|plan|dream))"
)
CV_ATTACHED = "a CV attached"
# (label, pattern, needs a first-person subject), tried in this order.
_JOB_ASKS: tuple[tuple[str, re.Pattern, bool], ...] = tuple(
    (label, _c(pattern), first_person)
    for label, pattern, first_person in [
        # Are you hiring? Are you taking people on? Will you be recruiting?
        (
            "whether they are hiring",
            r"\b(?:are|is) (?:you|they|your (?:[\w'-]+ )?[\w'-]+|the [\w'-]+|(?!(?:the|a|an|it|"
            r"there|this|that|what|how|who|where|when|which|why|good|bad|better|best|worse|"
            r"great|known|famous|open|keen|slow|fast|quick|picky|selective|used|careful|strict|"
            r"more|less|likely|willing|interested|poor|wary|reluctant|happy)\b)[\w'&-]+)"
            r"(?: (?!(?:good|bad|better|best|known|open|keen|used|likely|willing|more|less)\b)"
            r"\w+)? "
            r"(?:currently |still |now |actively |by any chance |ever |also )?"
            r"(?:hiring|recruiting|taking on(?! (?:debt|risk|projects?|clients?|work|"
            r"challenges?|responsibilit\w+|more work|new work|too much|board|water)\b)|"
            r"taking (?:any |new |more )?(?:people|anyone|anybody|graduates|grads|staff|"
            r"interns|juniors|trainees|apprentices|new starters|newcomers|students|postdocs) on|"
            r"(?:accepting|taking|admitting|considering|open to) (?:any |new |more |fresh )?"
            r"(?:[\w-]+ )?(?:students|applicants|applications|candidates|interns|postdocs|"
            r"trainees|apprentices|juniors|graduates|grads|hires|team members))\b"
            + _NOT_HIRING_NOW
            + r"|\b(?:you|your (?:\w+ )?\w+|they|the (?:\w+ )?(?:team|company|firm|lab|"
            r"department|group|office|organi[sz]ation|practice|business|unit|division|agency|"
            r"startup)|anyone|anybody|someone|somebody)(?:'re|'s| are| is| might be| may be| will "
            r"be| would be| could be)(?: currently| still| now| actively)? (?:hiring|recruiting|"
            r"taking on(?! (?:debt|risk|projects?|clients?|work|challenges?|responsibilit\w+|more|"
            r"too much)\b))\b"
            + _NOT_HIRING_NOW
            + r"|\b(?:will|would|might|could|may) (?:you|they|your (?:\w+ )?\w+|the \w+) be "
            r"(?:hiring|recruiting|taking on|taking (?:\w+ )?on)\b"
            + _NOT_HIRING_NOW
            + r"|\b(?:are|is) (?:you|they|your (?:\w+ )?\w+|the (?:\w+ )?(?:company|firm|team|"
            r"organi[sz]ation|department|group|lab|business|practice)|(?!(?:the|a|an|it|there|"
            r"this|that|what|how|who|where|when|which|why)\b)[\w&'-]+) (?:currently |still |"
            r"actively |now )?(?:looking for|seeking|searching for|in need of|on the lookout "
            r"for) (?:(?:new|more|any|extra|additional|junior|senior|some|fresh|talented|good|"
            r"young|entry-level|graduate) )*(?:people|staff|hires|talent|graduates|grads|"
            r"candidates|interns|juniors|trainees|apprentices|engineers|analysts|designers|"
            r"developers|recruits|team members|employees|workers)\b|"
            r"\bhiring (?:right )?now\b|\b(?:any )?plans to (?:hire|recruit|expand the team)\b|"
            r"^\W*(?:(?:still|currently|now|you|you're|you guys) )?(?:hiring|recruiting)\b"
            r"(?: (?:at the moment|now|right now|currently|this year|at all))?\s*\?|"
            r"\bwho (?:is|'s) hiring\b|"
            r"\b(?:know|aware|heard) (?:of )?(?:any(?:one|body)?|some(?:one|body)?|people|"
            r"companies|firms|teams|places|organi[sz]ations|employers|labs|agencies|startups|"
            r"groups|departments)(?: \w+){0,2}?(?: who| that| which)?(?: is| are|'s|'re)? "
            r"(?:currently |still |actively )?(?:hiring|recruiting|taking on)\b" + _NOT_HIRING_NOW,
            False,
        ),
        # openings, vacancies, headcount, anything going
        (
            "about openings",
            r"(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )(?<!our )\b(?:any|open|"
            r"available|vacant|upcoming|unadvertised|unlisted|hidden|current|new) "
            r"(?:(?:job|research|graduate|entry-level|junior|senior|full-time|part-time|paid|"
            r"permanent|internship|\w+) )?(?:job openings?|openings?|vacanc(?:y|ies)|"
            r"positions?|jobs|internships?|placements?|roles|opportunities|headcount|reqs?|"
            r"requisitions?|traineeships?|apprenticeships?)\b"
            r"(?! (?:to|for learning|like yours|such as|in (?:the|this) field)\b)"
            + _NOT_SCHEDULE
            + r"|"
            rf"\b(?:job|career|employment|work|internship|hiring|graduate) (?:openings?|"
            r"vacanc\w+|opportunit\w+|offers?|leads?|postings?|adverts?|ads)\b|"
            r"\b(?:anything|something|any(?:thing)? roles?|any(?:thing)? positions?) (?:\w+ )?"
            r"(?:open|available|going|suitable|coming up) (?:for (?:me|someone like me|a person "
            r"like me|a (?:[\w-]+ )?graduate)|at|in|on|with)\b|"
            r"\b(?:anything|owt) going\b(?= ?(?:\?|$|there|your way|at the moment|right now|"
            r"soon|this (?:year|summer|spring|autumn|fall|winter)))|"
            r"\b(?:any|open|vacant|available|upcoming) (?:(?:junior|senior|graduate|entry-level|"
            r"research|teaching|permanent|temporary|part-time|full-time|admin|administrative|"
            r"clinical|academic|postdoc|postdoctoral|lecturing|editorial) )?posts? (?=going|"
            r"coming up|opening up|open|available|vacant|in (?:your|the) |at (?:your|the) |"
            r"on (?:your|the) (?:team|staff|desk)|within|for (?:me|someone|a |an ))|"
            r"\b(?:any|some) leads\b|\bleads? (?:on|for|about) (?:a |any )?(?:jobs?|roles?|"
            r"openings?|positions?|vacanc\w+)\b|"
            r"\b(?:looking for|seeking|searching for|find|finding|need) (?:some |any |paid |"
            r"full-time |part-time )?work\b(?! on\b)|"
            rf"\b(?:openings?|vacanc\w+|positions?|roles|jobs|opportunit\w+) (?:available|"
            rf"open|going|coming up)\b|"
            rf"\b(?:openings?|vacanc\w+|positions?|jobs?|roles?|opportunit\w+) (?:at|in|on|"
            rf"with|within) {_ORG}\b(?! (?:look|involve|entail|like)\b)|"
            r"\b(?:room|space|a spot|a place|a slot|capacity|budget|headcount) (?:for|on (?:your|"
            r"the) team for|in (?:your|the) team for) (?:me|someone like me|one more|another "
            r"(?:[\w-]+ )?(?:person|hire|intern|analyst|engineer|junior)|an? (?:[\w-]+ )?(?:intern|"
            r"trainee|junior|graduate|grad|apprentice|new hire|hire|analyst|engineer|designer|"
            r"assistant|volunteer|researcher|developer|person like me))\b|"
            r"\b(?:chances?|possibilit(?:y|ies)|prospects?|any way) (?:of|for) (?:a|an|any|some|"
            r"getting a|getting an|landing a|landing an) (?:[\w-]+ ){0,2}?(?:job|internship|"
            r"placement|role|position|opening|vacancy|work experience|work placement|post|"
            r"contract|traineeship|apprenticeship)\b(?! (?:in|within) (?:this|the|that) "
            r"(?:field|industry|sector|area|market)\b)|"
            r"\b(?:do|does|would|will|could|can) (?:you|they|your (?:[\w-]+ )?\w+|the "
            r"(?:company|firm|team|lab|organi[sz]ation|department|practice)|(?!(?:people|"
            r"companies|firms|employers|most|many|others|i|we|recruiters|managers)\b)[\w&'-]+) "
            r"(?:ever |still |currently |usually |normally |also )?(?:(?:offer|run|host) "
            r"(?:any |some )?(?:internships?|placements?|work experience|work placements?|work "
            r"shadowing|shadowing|apprenticeships?|traineeships?|graduate (?:schemes?|"
            r"programmes?|programs?|jobs|roles|positions))|have (?:any |some |an? )?"
            r"(?:internships|placements|apprenticeships|traineeships|graduate (?:schemes?|"
            r"programmes?|programs?|jobs|roles|positions))|(?:take on|take|accept|host) "
            r"(?:any |some )?(?:interns|trainees|apprentices|graduates|grads|volunteers|summer "
            r"students|juniors|new starters|placement students))\b",
            False,
        ),
        # I'm looking for a job
        (
            "for a job",
            r"\b(?:i|i'm|im|i am|i'd|i would|i was|i have been|i've been|i will|i'll|i really|"
            r"i currently|i also|i now|i just|me)\b(?: [\w']+){0,3}? (?:looking for|seeking|"
            r"searching for|searching|hunting for|on the hunt for|hoping for|hoping to (?:find|"
            r"get|land|secure)|want to (?:find|get|land|secure)|like to (?:find|get|land|"
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
            "to join their team",
            rf"\b{_WISH} (?:to|of) (?:one day |someday |eventually |some day |possibly )?"
            r"(?:join(?:ing)?|work(?:ing)? (?:for|at|in)|be(?:coming)? (?:a )?part of|"
            r"com(?:e|ing) (?:and|to) work (?:for|at|in|with)) (?:your (?:[\w-]+ )?(?:team|"
            r"company|firm|organi[sz]ation|lab|group|department|practice|agency|studio|office|"
            r"desk|unit|business|startup)\b(?!'s))|"
            rf"\b{_WISH} (?:to|of) (?:one day |someday |eventually |some day )?"
            r"work(?:ing)? for you\b",
            False,
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
            r"\b(?:jobs?|positions?|roles?|place|spot|slot|room|vacanc\w+|openings?|anything|"
            r"something) for (?:me|someone (?:like me|with my)|a person (?:like me|with my)|"
            r"people like me)\b(?! to\b)|"
            rf"\b(?:give|offer|find|get|help) me (?:a|an|any|some) (?:[\w'-]+ ){{0,2}}?"
            rf"{_JOB_OR_ROLE}\b|\b(?:give|offer|find|get|provide) me (?:job|jobs|work|"
            r"employment|internship|position|placement|chance to work)\b|"
            r"\b(?:hire|employ|recruit|take on|onboard) me\b|\btak(?:e|ing) me on\b|"
            r"\b(?:could|would|can|will) you (?:\w+ )?(?:hire|employ|recruit)\b|"
            r"\b(?:do|does|would|will|might) (?:you|they|your (?:\w+ )?\w+|the (?:\w+ )?(?:team|"
            r"company|firm|lab|department|group|office|organi[sz]ation|practice|business)) "
            r"(?:ever |still |currently |usually |normally |also |typically )?(?:recruit|hire|"
            r"employ|take on) (?:from|people|graduates|grads|candidates|anyone|anybody|someone|"
            r"career changers|juniors|interns|trainees|apprentices|non-\w+|international|"
            r"foreign|overseas|new|fresh|entry-level|students|postdocs|phds|mbas)\b|"
            rf"\bconsider(?:ed|ing)? (?:me |my (?:profile|cv|resume|application|candidacy) )?"
            rf"for (?:[\w'-]+ ){{0,3}}?{_JOB_OR_ROLE}\b|"
            r"\b(?:be|being|get|getting) considered\b|"
            r"\b(?:consider(?:ing)?|hir(?:e|ing)|tak(?:e|ing) on|interview(?:ing)?|"
            r"recruit(?:ing)?|employ(?:ing)?) (?:someone|somebody|anyone|a person|people|"
            r"candidates|a candidate|an applicant|applicants) (?:like me|with my|from my|with a "
            r"background like mine)\b|"
            r"\b(?:i'd|i would|i might|i could|i'm|i am|me) (?:be )?(?:a )?(?:good |strong |"
            r"great |right |natural )?(?:fit|match|candidate) for (?:your|the|this|that|a) "
            r"(?:\w+ )?(?:team|role|position|company|firm|job|opening|vacancy|lab|group|post)\b|"
            r"\b(?:any|open|available|upcoming|a|an) (?:graduate|trainee|training|apprenticeship|"
            r"internship|summer|rotational|early careers?|entry-level) (?:schemes?|programmes?|"
            r"programs?|intakes?)\b[^.?!]{0,30}?\b(?:i|me) (?:could|can|might) (?:apply|join|get "
            r"(?:on|into))\b|"
            r"\bi (?:could|can|might) apply (?:to|for)(?: (?:[\w'-]+ ){0,3}?(?:jobs?|positions?|"
            r"vacanc\w+|openings?|internships?|placements?|roles?|posts?|schemes?)\b| (?:at |"
            r"with |to )?(?:your|the) (?:\w+ )?(?:company|firm|team|organi[sz]ation|lab|"
            r"department|office|agency|practice|business)\b| ?\?)|"
            rf"\bmy (?:{_CV}|portfolio|(?:linkedin )?profile|details|application|work samples?) "
            r"(?:for|in connection with|regarding|in relation to|with a view to) (?:the|this|that|"
            r"your|a|an|any) (?:[\w-]+ ){0,3}?(?:role|position|job|opening|vacancy|post|"
            r"internship|placement|scheme|opportunity)\b|"
            r"\b(?:keep|have|bear) me in mind\b|\b(?:think of|remember|consider) me (?:if|when|"
            r"for|should|in case|whenever)\b|"
            rf"\b(?:let me know|keep me (?:posted|updated|informed|in the loop)) (?:if|when|"
            rf"about|of|should|whether|on) (?:[\w'-]+ ){{0,4}}?(?:{_JOB}|roles|opportunit\w+|"
            r"applications? (?:open|opens|go live|are open)|hiring)\b|"
            r"\bif (?:you|your (?:\w+ )?\w+|they|the (?:\w+ )?(?:team|company|firm|lab|"
            r"department|group|office)) (?:\w+ ){0,2}?(?:ha(?:s|ve|d)|get|gets|see|hear of|know "
            r"of|come across|advertise|post|open|create) (?:an? |any |some )?(?:(?:job|open|"
            r"suitable|relevant|entry-level|junior|graduate|[\w]+-level|research|full-time|"
            r"part-time|paid|new) )?(?:openings?|vacanc\w+|positions?|roles?|jobs?|internships?|"
            r"placements?|headcount|posts?)\b(?! (?:on|about|in mind for you)\b)"
            + _NOT_SCHEDULE
            + r"|"
            rf"\bif (?:any(?:thing)?|a|an|one|something) (?:[\w'-]+ ){{0,2}}?(?:{_JOB}|roles?|"
            rf"opportunit\w+)? ?(?:comes? up|opens? up|becomes? available|arises?|"
            rf"are available|is available)\b|"
            r"\b(?:help me )?(?:get|getting) (?:my|a) foot in the door\b|\bget (?:me )?hired\b|"
            r"\bhelp me (?:get|land|find|secure) (?:a|an|the|my)\b",
            False,
        ),
        # referrals, references, a word with whoever hires
        (
            "for a referral",
            r"\brefer(?:ring)? me\b|\b(?:a|any|your|an internal|an employee) referral\b|"
            r"\breferral (?:to|for|at|into|from you)\b|\bput (?:in )?a (?:good )?word\b|"
            r"\bput(?:ting)? (?:my name|me) forward\b|"
            r"\brefer(?:ring)? my (?:profile|cv|resume|name|application|candidature|candidacy|"
            r"details)\b|"
            r"\b(?:recommend|nominate|propose|sponsor|endorse)(?:ing)? me (?:for|to|as)\b|"
            r"\bvouch for me\b|"
            r"\b(?:be|get|getting|being) (?:\w+ )?(?:referred|put forward|recommended|"
            r"nominated|fast-tracked|shortlisted) (?:for|into|internally|to (?:the |your )?"
            r"(?:hiring|recruit\w*|hr|talent|role|position|job|team|company|firm))\b|"
            r"\b(?:be|act as|serve as|stand as) (?:a |my |one of my )?(?:reference|referee)\b"
            r"(?! (?:point|for (?:the|this|our) (?:chat|conversation|call))\b)|"
            r"\b(?:write|give|provide|offer) (?:me )?(?:a )?(?:reference|referee report|"
            r"recommendation letter|letter of recommendation|character reference)\b"
            r"(?! point\b)|"
            rf"\b{_PASS_ON} (?:on |along )?(?:my {_CV}|my application|my (?:contact )?details|"
            r"my (?:[\w-]+ )?profile|my name|my info(?:rmation)?|my portfolio|it|them|this|"
            r"(?:this|my) (?:email|e-mail|message|note|request|letter)) "
            r"(?:on |along |over |across )?(?:to|with|in front of|before|towards?) "
            rf"(?:\w+ ){{0,2}}?(?:{_HIRERS}|the right (?:people|person)|your (?:manager|boss)|"
            r"someone who is hiring|anyone hiring)\b|"
            rf"\b(?:tell|let|remind|ask|speak to|talk to|mention (?:me )?to) {_HIRERS} "
            r"(?:about|know about|of) me\b|"
            r"\b(?:you|your (?:\w+ )?\w+|they) (?:currently |now |still |recently )?(?:have|has|"
            r"had|posted|advertised|are advertising|is advertising|listed|opened) (?:an? |the |"
            r"some |a few |several |any )?(?:[\w-]+ ){0,2}?(?:vacanc(?:y|ies)|openings?|job (?:ad|"
            r"advert|posting|listing)s?)\b" + _NOT_SCHEDULE + r"|"
            r"\b(?:introduce|connect|put|refer|recommend|mention|point) me (?:to|with|in touch "
            rf"with|towards?) (?:someone in |somebody in |anyone in |someone from |people in )?"
            rf"{_HIRERS}",
            False,
        ),
        # CV review
        (
            "for a CV review",
            rf"\b(?:look|glance|go|read|skim|cast an eye) (?:at|over|through) (?:my|the attached|"
            rf"the enclosed|a copy of my) (?:{_CV}|application|linkedin(?: profile)?|portfolio)\b|"
            rf"\b(?:review|check|critique|proofread|assess|evaluate|improve|edit|read|look over|"
            rf"go over|look through|go through|tear apart|rate) (?:my|the attached|the enclosed) "
            rf"(?:{_CV}|application)\b|"
            r"\b(?:feedback|comments?|thoughts|input|opinion|advice|suggestions|notes|"
            rf"pointers|views) (?:on|about|regarding|for|to improve) (?:my|the attached) "
            rf"(?:{_CV}|application)\b|"
            rf"\b{_CV} (?:review|feedback|critique|check)\b|"
            rf"\b(?:think|thoughts|opinion|feel|impression) (?:about |of |on )?my (?:{_CV}|"
            r"application)\b|"
            rf"\bmy (?:{_CV}|application) (?:is|looks?|seems?|would be|reads?) "
            r"(?:ok|okay|good|strong|right|competitive|enough|fine|convincing)",
            False,
        ),
        # a CV attached, offered or sent
        (
            CV_ATTACHED,
            rf"\b(?:attach(?:ed|ing|es)?|enclos(?:ed|ing|e|es)|includ(?:ed|ing|e|es)|"
            rf"upload(?:ed|ing|s)?) {_W}{{0,3}}?{_CV}\b|"
            rf"\b{_CV}(?: is| are| has been| have been)? (?:attached|enclosed|included|below|"
            r"linked|here|above|pasted)\b|"
            rf"\bfind (?:attached |enclosed |below |here |herewith )?(?:my |a copy of my |the )?"
            rf"{_CV}\b|"
            rf"\bhere(?:'s| is| are) (?:my |a link to my |a copy of my |the link to my )?{_CV}\b|"
            rf"\b(?:copy|version|link|pdf|scan) (?:of|to) my {_CV}\b|"
            rf"\bmy {_CV}(?: is| are| can be (?:found|seen|viewed)| lives| sits)? (?:at|on|in|via|"
            r"through|under) (?:the |my |this )?(?:link|url|website|site|portfolio|signature|"
            r"profile|drive|dropbox|google drive|attachment|linkedin)\b|"
            rf"\b{_CV}\b[^.?!;]{{0,40}}?\b(?:i can|i could|i'd be (?:happy|glad) to|happy to|"
            r"glad to|i'll|i will|i'm happy to|which i can|that i can)(?: \w+)? (?:share|send|"
            r"forward|pass|email|e-mail|attach|provide|pop|drop)\b|"
            r"\byou(?:'d| would)? (?:\w+ ){0,3}?(?:see|view|have|want|like|need|receive|"
            rf"get|read) (?:a look at |a copy of |a glance at )?my {_CV}\b|"
            rf"\b(?:add(?:ed|ing)?|past(?:ed|ing|e)|put|append(?:ed|ing)?|dropp?(?:ed|ing)?) "
            rf"(?:my |a copy of my |the )?{_CV} (?:below|above|underneath|at the (?:bottom|end)|"
            r"here|to this|in this|into this|into your)\b|"
            rf"\b{_SEND}(?: over| through| across| along| on)? (?:you |it |this )?(?:over |through |"
            rf"across |along )?(?:my |a copy of my |the |an updated |my updated |my latest |"
            rf"my current )?{_CV}\b(?! (?:to|directly to) (?:recruiters|companies|employers|"
            r"agencies|firms|hiring managers|other)\b)",
            False,
        ),
        # an interview for a position
        (
            "for a job interview",
            rf"\binterview (?:me )?for (?:[\w'-]+ ){{0,4}}?(?:{_JOB}|roles?|posts?)\b|"
            r"\bjob interviews?\b|\b(?:get|give|offer|grant|land|secure|arrange|find|"
            r"invite)(?: me| us)?(?: to| for)? (?:a |an )?(?:job |first-round |first )?"
            r"interviews?\b(?! (?:with you|about)\b)|\b(?:available|free) (?:to|for) "
            r"(?:an )?interview\b|\b(?:could|can|may|might) i (?:\w+ )?interview (?:with|at)\b|"
            r"\binterview (?:with|at) (?:your|the) (?:\w+ )?(?:team|company|firm|"
            r"organi[sz]ation|group|lab|department|office) for\b",
            False,
        ),
    ]
)
_THEIR_PATH = _c(r"^\W*(?:how|what|when|where|why|which|who)\b")
# Questions asking for advice about the field, not for something: "What's the best way to
# find unadvertised roles?", "How do career changers get their first interview?".
_ADVICE = _c(
    r"\W*(?:what(?:'s| is| are|'re)? (?:the )?(?:best|usual|typical|most common|normal|right|"
    r"smartest|easiest|quickest|most effective|main|common) (?:ways?|routes?|approach(?:es)?|"
    r"places?|channels?|sources?)\b|"
    r"how (?:do|does|did|can|could|should|would|might|will) (?:people|someone|one|i|"
    r"graduates|juniors|candidates|newcomers|career changers|most people|outsiders|students|"
    r"applicants|new grads|beginners|others)\b|"
    r"where (?:do|does|can|could|should|would|might) (?:people|someone|one|i|graduates|"
    r"candidates|applicants|juniors|students)\b|"
    r"how (?:important|common|much|often|useful|necessary|easy|hard|difficult|competitive|"
    r"realistic|likely)\b|"
    r"(?:is|are) (?:it|they|there)(?: \w+)? (?:common|normal|usual|typical|worth|better|"
    r"important|useful|okay|ok|acceptable|advisable|wise|a good idea|realistic|hard|easy|"
    r"difficult)\b|should i\b|do i need\b|what (?:do|does) (?:it|one) take\b|"
    # "Which organisations are good at hiring career changers?": the field, not a request
    r"(?:which|what) (?:kinds? of |types? of |sorts? of )?(?:[\w-]+ )?(?:organi[sz]ations|"
    r"companies|employers|firms|places|sectors|teams|agencies|charities|startups|labs|"
    r"hospitals|schools|museums|industries|businesses|trusts|councils)\b[^?]{0,60}?\b"
    r"(?:good at|open to|known for|best (?:at|for)|friendly|more likely|likeliest|most likely|"
    r"tend to|usually|typically|generally|willing to|keen on|happy to|better at))"
)
_ADDRESSES_READER = _c(
    r"\byou(?:'re|'ve|'d|'ll)?\b|\byour\b(?! (?:field|industry|sector|line of work|profession|"
    r"area|experience|view|opinion|advice)\b)"
)


def job_asks(low: str) -> tuple[str, int, int] | None:
    """(label, start, end) of the first job ask in a folded sentence, or None.

    The label finishes "You ask ..." ("for a referral"), except CV_ATTACHED.
    """
    found = _job_asks(low)
    if found is None:
        expanded = expand_texting(low)  # "r u guys hiring rn?"
        if expanded != low and (found := _job_asks(expanded)):
            return found[0], 0, len(low)
    return found


def _job_asks(low: str) -> tuple[str, int, int] | None:
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
            # "What's the best way to find unadvertised roles?": advice, not an ask.
            if (
                label != CV_ATTACHED
                and _ADVICE.match(low, clause)
                and not _ADDRESSES_READER.search(low)
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
    r"views|account|encouragement|honesty|candou?r|warning|warnings|caution|lesson|lessons) "
    r"(?:(?:that )?you (?:\w+ )?(?:made|gave|shared|raised|mentioned|offered|told me|"
    r"passed on|shared with me|gave me|made me) )?(?:about|on|regarding|around|that|to|"
    r"of|for|re)\b|"
    r"\bwhat you (?:said|told me|shared|mentioned|suggested|described|explained|pointed out|"
    r"recommended|wrote)\b|"
    r"\b(?:when|how|that) you (?:said|mentioned|talked|described|explained|told|spoke|"
    r"shared|pointed out|compared|walked me through)\b|"
    r"\byou (?:mentioned|said|suggested|recommended|explained|described|told me|pointed out|"
    r"talked about|shared|spoke about|advised|highlighted|stressed|emphasi[sz]ed|warned)\b|"
    r"\bas you (?:suggested|recommended|advised|said|mentioned)\b|"
    r"\b(?:explaining|describing|walking me through|talking me through|showing me|"
    r"telling me (?:about|how|what|why)|breaking down|unpacking|demystifying|clarifying|"
    r"outlining|sketching out)\b|"
    r"\b(?:pointing|directing|steering|sending|introducing|connecting|referring|"
    r"signposting) me (?:to|towards?|in the direction of|with|at)\b|"
    r"\b(?:i had no idea|i didn't know|i did not know|i never knew|i didn't (?:realise|"
    r"realize|appreciate)|i did not (?:realise|realize)|i hadn't (?:realised|"
    r"realized|considered|thought about|known)|i never (?:realised|realized|considered|thought "
    r"about)|it never occurred to me|i hadn't appreciated|i was surprised)\b|"
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


# Words that start a predicate, not an object: "what you shared *was* valuable",
# "everything you said *gave* me a lot to think about" name nothing.
_PREDICATE = _c(
    r"^\s*(?:(?:really|truly|all|so|just|definitely|certainly|honestly|genuinely|also) )*"
    r"(?:was|were|is|are|'s|has|have|had|gave|gives|made|makes|helped|helps|meant|means|"
    r"opened|left|got|will|would|really|resonated|stuck|struck|inspired|motivated|"
    r"encouraged|reassured)\b"
)


def _names_something(words_: list[str]) -> bool:
    return any(w not in GENERIC_WORDS and w not in CALENDAR_WORDS for w in words_)


def _specific_after(low: str, at: int, start: int | None = None) -> bool:
    """Do the next words after position `at` name something (not 'your time', 'my career')?

    When a predicate follows ("... you shared was valuable"), the thing is what came
    before the anchor: "the template you shared is..." names one, "everything" does not."""
    tail = re.split(r"[.!?;]", low[at:], maxsplit=1)[0]
    if _PREDICATE.match(tail):
        if start is None:
            return False
        head = re.split(r"[.!?;,:]", low[:start])[-1]
        return _names_something(_CONTENT_WORD.findall(head)[-3:])
    following = _CONTENT_WORD.findall(tail)[:8]
    return any(w not in GENERIC_WORDS and w not in CALENDAR_WORDS for w in following)


_PROPER_NOUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+|\"[^\"]{3,}\"")


def specific(draft: Draft, ctx: Context) -> list[Finding]:
    names = set(_name_tokens(ctx.recipient)) | set(_name_tokens(ctx.sender))
    for sentence in draft.sentences:
        low = sentence.low
        if len(low.split()) <= 3 or job_asks(low):
            continue  # a greeting, a sign-off, or a job ask: nothing learnt from the chat
        expanded = expand_texting(low)  # "ur advice on..."
        for match in _SPECIFIC_ANCHOR.finditer(expanded):
            if _specific_after(expanded, match.end(), match.start()):
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
    r"institution|ministry|university|hospital|school|publisher|manufacturer|group|"
    r"trust|museum|gallery|library|council|society|association|authority|academy|college|"
    r"centre|center|port|collection|network|federation|union|cooperative|co-op|"
    r"company's|firm's|organi[sz]ation's|business's)"
)
# Up to three words before the noun, but no preposition: "the Pitt Rivers Museum", not
# "the person at the company".
_ORG_WORDS = r"(?:(?!(?:of|at|in|on|for|with|to|from|and|or|by)\b)[\w'&.-]+ ){0,3}?"
_ORG_PHRASE = rf"(?:(?:the|your|this|that|its|their|our) {_ORG_WORDS}{_ORG_NOUN}|it|they)"
# "the company's", "its", "their": whose CEO, headcount, clients.
_ORG_OWNER = (
    r"(?:(?:the|your|this|that) (?:[\w-]+ )?(?:company|firm|organi[sz]ation|business|employer|"
    r"corporation|agency|startup|brand|charity|bank|consultancy|foundation|group)(?:'s|s'|')|"
    r"its|their)"
)
_NAMED_COUNT = iter(range(1000))
# Words that begin a noun phrase, never a name: "the workforce", "its clients".
_NOT_A_NAME = (
    r"(?!(?:the|a|an|your|its|their|this|that|our|my|his|her|these|those|is|are|was|were|"
    r"do|does|did|you|i)\b)"
)


def _named() -> str:
    """A capitalised name in the original text: checked after matching, so a group."""
    return rf"{_NOT_A_NAME}(?P<named{next(_NAMED_COUNT)}>[^\W\d_][\w&.'-]*(?: [^\W\d_][\w&.'-]*)?)"


def _named_owner() -> str:
    """A capitalised name in the possessive: "Maersk's", "Siemens'", "Novo Nordisk's"."""
    return (
        rf"{_NOT_A_NAME}(?P<named{next(_NAMED_COUNT)}>[^\W\d_][\w&.-]*(?: [^\W\d_][\w&.-]*)?)"
        r"(?:'s|s'|')"
    )


def _org_strict() -> str:
    """An organisation, but not "it" or "they" ("Is it part of the job to travel?")."""
    return rf"(?:(?:the|your|this|that|its|their|our) {_ORG_WORDS}{_ORG_NOUN}|{_named()})"


def _the_named() -> str:
    """An organisation by name, with or without "the": "the Wellcome Collection"."""
    return rf"(?:the )?{_named()}"


def _org() -> str:
    return rf"(?:{_ORG_PHRASE}|{_named()})"


def _owner() -> str:
    return rf"(?:{_ORG_OWNER}|{_named_owner()})"


_LEADER = (
    r"(?:ceo|chief executive(?: officer)?|president|founders?|co-founders?|chairman|"
    r"chairwoman|chairperson|chair|owners?|managing director|md|cfo|cto|coo|boss|"
    r"head honcho|director general|board|executive team|leadership team)"
)

_GOOGLEABLE = tuple(
    (topic, _c(pattern))
    for topic, pattern in [
        (
            "what the company does",
            rf"\bwhat (?:exactly |actually )?(?:does|do|did) {_org()} "
            r"(?:actually |exactly |mainly |primarily )?(?:do|make|sell|produce|offer|"
            r"manufacture|provide|build|specialise in|specialize in|focus on|deal in|"
            r"trade in|supply|develop|design|create)\b(?! (?:for you|differently|better|"
            r"well|badly|about|wrong|right)\b)|"
            r"\bwhat (?:kinds? of |sorts? of |types? of |main |\w+ )?(?:products|services)\b"
            r"(?! (?:do|have|did) you (?:personally )?(?:work|use|enjoy|like|build))|"
            r"\b(?:what|which) (?:industry|industries|sector|sectors|market|field|line of "
            r"business|line of work|business|kind of business|type of business|sort of "
            rf"business) (?:is|are) {_org()}(?: in)?\b|"
            rf"\bwhat does {_org()} stand for\b|"
            rf"\bwhat (?:is|are|was) {_org()} (?:best |most |mainly |chiefly )?(?:known|famous|"
            r"renowned|well known|best known) for\b|"
            r"\bwhat (?:sorts?|kinds?|types?) of (?:work|business|projects|things|clients|"
            rf"customers) (?:does|do) {_org()} (?:\w+ )?(?:do|take on|handle|focus on|serve|"
            r"have|work with)\b|"
            r"\b(?:what|which) (?:markets?|countries|regions|sectors?|industr(?:y|ies)|space|"
            r"field|areas?) (?:does|do) "
            rf"{_org_strict()} (?:\w+ )?(?:operate|work|compete|sell|trade|serve|do business|exist)"
            r"(?: in)?\b|"
            rf"\bwho (?:are|is) {_owner()} (?:main |biggest |largest |key |typical |major )?"
            r"(?:clients?|customers?|users?)\b|"
            rf"\bwho (?:are|is) the (?:main |biggest |largest |key |major )?(?:clients?|"
            rf"customers?) of {_org()}\b|"
            rf"\bwho (?:does|do) {_org_strict()} (?:\w+ )?(?:sell to|serve|supply|target|work "
            r"for|cater to|cater for)\b|"
            rf"\bwhat (?:is|are|'s|'re) {_owner()} (?:core |main |primary |principal |key |"
            r"biggest )?(?:business|business model|products?|services|offerings?|product line|"
            r"portfolio|activities|operations|brands?|specialit(?:y|ies)|specialt(?:y|ies))\b"
            r"(?! (?:like|to work)\b)|"
            r"\bwhat (?:kind|sort|type) of (?:company|firm|business|organi[sz]ation|outfit|"
            rf"charity|agency) is {_org()}\b|"
            # non-native word order: "What your company is doing exactly?", "What is doing
            # your company?", "What your company does?"
            rf"\bwhat {_org_strict()} (?:is |are )?(?:exactly |actually |mainly )?(?:do|does|"
            r"doing|make|makes|making|sell|sells|selling|produce|produces|producing|offer|"
            r"offers|offering|provide|provides|providing)\b(?! (?:about|for|to|with|"
            r"differently|better|now|these days|right now|in|on|well|wrong|right)\b)|"
            rf"\bwhat (?:is|are) (?:doing|making|selling|producing|offering) {_org_strict()}|"
            rf"\bwhat (?:do|does) {_org_strict()}\s*(?:exactly |actually )?\?",
        ),
        (
            "its size",
            r"\bhow many (?:employees|people|staff|workers|offices|locations|sites|branches|"
            r"countries|customers|clients|stores|shops|factories|plants|subsidiaries)\b"
            r"(?![^?]*\b(?:your team|your group|your department|report to you|do you manage|"
            r"in your (?!company|firm|organi[sz]ation|business|employer)|on your|you work with|"
            r"you manage|you lead|per team)\b)|"
            rf"\bhow (?:big|large) is {_org()}\b|\bhow (?:big|large) {_org_strict()} is\b|"
            rf"\bis {_org_strict()} (?:a |an )?(?:very |really |quite |still )?(?:big|large|small|"
            r"huge|tiny|global|multinational|international|family-owned|family-run|sme|"
            r"non-profit|nonprofit|not-for-profit)(?: company| firm| business| organi[sz]ation| "
            r"employer| charity| corporation| player)?\b|"
            rf"\b(?:size|headcount|workforce|staff count|number of (?:employees|staff|people|"
            rf"workers)) (?:of|at|in) {_org()}\b|"
            rf"\b{_owner()} (?:total |current |global |overall )?(?:headcount|workforce|staff "
            r"count|number of (?:employees|staff|people|workers))\b",
        ),
        (
            "when it was founded",
            rf"\bwhen (?:was|were|did) {_org()} (?:first |originally )?"
            r"(?:founded|established|started|created|set up|formed|incorporated|launched|begin|"
            r"start|open|come into being|get started|found|establish|launch|form|incorporate|"
            r"go live|get going|come about|begin trading|start trading|start out)\b|"
            r"\bwho (?:founded|co-founded)\b|"
            rf"\bwho (?:started|created|set up|established) {_org()}\b|"
            rf"\b(?:what year|which year) (?:was|did) {_org()}\b|"
            rf"\bhow old is {_org()}\b|"
            rf"\bhow long has {_org()} (?:been around|existed|been in "
            r"business|been operating|been going|been trading)\b|\bhistory of (?:the|your) "
            r"(?:company|firm|organi[sz]ation)\b|\bfounding (?:date|year)\b|"
            rf"\bwhat(?:'s| is| was)? {_owner()} (?:\w+ )?(?:history|origin story|origins?)\b|"
            rf"\bhow many years (?:has|have) {_org()} been\b|"
            rf"\bsince when (?:has|have|does|do|is|was) {_org()}\b|"
            r"\bwhen (?:was|were) (?:\w+ ){0,3}founded\b|"
            rf"\bwhen (?:was|were) {_the_named()}(?: [\w&.'-]+){{0,3}}? (?:first |originally |"
            r"officially )?(?:founded|established|opened|set up|created|launched|formed|"
            r"incorporated|built|started)\b|"
            rf"\bwhen did {_the_named()}(?: [\w&.'-]+){{0,3}}? (?:first |originally |"
            r"officially )?(?:open|found|establish|launch|incorporate|form|begin trading|start "
            r"trading|open its doors)\b|"
            # non-native: "When your company was founded?", "Since when your company exist?"
            rf"\bwhen {_org()} (?:was|were) (?:first |originally )?(?:founded|established|"
            r"started|created|set up|opened|launched)\b|"
            rf"\bsince when {_org()} (?:exists?|is|was|has|operates?)\b|"
            rf"\bhow long (?:has|have) {_the_named()}(?: [\w&.'-]+){{0,3}}? (?:been around|"
            r"existed|been in business|been operating|been going|been open)\b",
        ),
        (
            "where it is based",
            rf"\bwhere {_org_strict()} (?:is|are) (?:\w+ )?(?:based|headquartered|located)\b|"
            rf"\bwhere (?:is|are) {_org()}(?:'s)? (?:\w+ )?(?:based|"
            r"headquartered|located|situated|hq'd)\b|"
            r"\b(?:where|is|are)\b[^?]{0,40}?\b(?:headquarters|hq|head offices?|main offices?|"
            r"main sites?|registered office)\b|\bheadquartered\b|"
            r"\bwhere (?:are|is) (?:its|the company's|the firm's|your company's) offices?\b|"
            r"\b(?:what|which) (?:country|city|town|region|state|part of the \w+) (?:is|are) "
            rf"{_org()} (?:from|based in|in|located in)\b|"
            rf"\b(?:does|do) {_org()} have (?:an? |any )?(?:offices?|branch(?:es)?|sites?|"
            r"presence|base|hub|factory|factories|plants?|locations?) (?:in|outside|abroad)\b|"
            rf"\bwhere does {_org()} have (?:its |their )?(?:offices|sites|factories|plants|"
            r"branches)\b|"
            rf"\bwhere(?:'s| is| are) {_owner()} (?:\w+ )?(?:offices?|sites?|factor(?:y|ies)|"
            r"plants?|branch(?:es)?|base|hub)\b|"
            rf"\b(?:does|do) {_org_strict()} (?:\w+ )?(?:operate|work|sell|trade|exist) "
            r"(?:internationally|globally|abroad|worldwide|overseas|outside|in (?:other|many|"
            r"several|how many) countries)\b",
        ),
        (
            "who runs it",
            rf"\bwho(?: is|'s| are| was|'re) (?:the |your |its |their )?(?:{_owner()} )?"
            rf"(?:current |new |present )?{_LEADER}\b(?! (?:like|to work)\b)|"
            rf"\bwho (?:runs|owns|leads|founded|heads(?: up)?|chairs|manages|controls) "
            rf"(?:{_org()}|the board)\b(?! (?:day to day|in practice)\b)|"
            rf"\bwho(?: is|'s)? (?:runs|owns|leads|founded|co-founded|heads(?: up)?|chairs|"
            rf"running|leading|heading(?: up)?|in charge (?:of|at)) {_the_named()}"
            r"(?! (?:day to day|in practice)\b)|"
            rf"\bwho(?:'s| is) (?:in charge of|at the helm of|the head of|at the top of) "
            rf"{_org()}\b|\bwho (?:sits|is|are) on the board\b|"
            rf"\bname of (?:the |its |their |{_owner()} )?(?:current |new )?{_LEADER}\b",
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
            r"net worth|ebitda|funding|stock ticker|ticker|market share|share of the market|"
            r"customer base|user base|credit rating|stock symbol)\b|"
            rf"\b(?:is|are) {_org_strict()} (?:\w+ )?(?:owned by|part of|a subsidiary of|backed by|"
            r"funded by)\b|"
            rf"\bis {_org_strict()} (?:a )?(?:publicly traded|public|listed|"
            r"private|publicly listed|a public company|on the stock|profitable|making (?:a )?"
            r"(?:profit|money|loss)|in profit|loss-making|in the black|in the red)\b|"
            rf"\bhow (?:profitable|valuable) is {_org_strict()}\b|"
            rf"^\W*how (?:is|are|was|were) {_org_strict()} (?:\w+ )?(?:funded|financed|owned|"
            r"capitali[sz]ed)\b|"
            rf"^\W*how (?:does|do|did) {_org_strict()} (?:\w+ )?(?:make|earn|generate) (?:its |"
            r"their )?(?:money|revenue|profits?|income)\b|"
            rf"\bwhen (?:did|was|were) {_org()} (?:go public|ipo|float|floated|listed|"
            r"get listed|become public)\b|"
            rf"\bwho (?:are|is) (?:{_owner()} |the |your )?(?:main |biggest |largest |key |"
            r"major )?(?:competitors?|rivals?|investors?|backers?|shareholders?|parent company|"
            r"owners?)\b",
        ),
    ]
)
# Capitalised words that start a question but name no organisation.
_NOT_AN_ORG = frozenset(
    words("a an the you your people someone it they he she we this that one anyone everyone")
)


# Questions that ask for their experience or judgement, even about the company's facts:
# "How does the mission show up in your team's decisions?", "How has the culture
# changed since the new CEO arrived?". "your CEO" and "your company" are still facts.
_JUDGEMENT_OPENING = _c(
    r"^\W*(?:how (?:does|did|has|have|do|is|was|would|will|could|should|are|were)|why|in what "
    r"ways?|to what extent)\b"
)
# ... except how it is funded or makes money, which are facts.
_FACTUAL_HOW = _c(
    rf"^\W*how (?:is|are|was|were) {_org_strict()} (?:\w+ )?(?:funded|financed|owned|"
    r"capitali[sz]ed)\b|"
    rf"^\W*how (?:does|do|did) {_org_strict()} (?:\w+ )?(?:make|earn|generate) (?:its |"
    r"their )?(?:money|revenue|profits?|income)\b"
)
_ASKS_JUDGEMENT = _c(
    r"\bwhat(?:'s| is| was) it like\b|\byou\b|"
    r"\byour (?!company|firm|organi[sz]ation|employer|business|agency|ceo|chief|founders?|"
    r"co-founders?|md|managing|chair\w*|president|board|headquarters|hq|head office|revenue|"
    r"turnover|share price|stock price|market cap)\w+|"
    r"\b(?:day-to-day|day to day|in practice|culture|feel|changed?|affect\w*|impact\w*|"
    r"shape[sd]?|influence[sd]?)\b"
)


# Where a compound question splits: "How many employees does Fernway have, and what do
# you earn there?" is two questions, and the first is a fact whatever the second asks.
_QUESTION_WORD = (
    r"(?=(?:what|how|who|when|where|why|which|is|are|do|does|did|can|could|would|will|have|has)\b)"
)
_PARTS = _c(
    rf"[;?]\s*|,\s*(?:(?:and|but|also|plus|or) )?{_QUESTION_WORD}|\s(?:and|but|plus) "
    rf"(?:also )?{_QUESTION_WORD}"
)


def googleable(text: str, low: str) -> str | None:
    """What a quick search would answer (a topic), or None."""
    if len(low) != len(text):  # folding keeps lengths; be safe if it ever does not
        return _googleable_part(text, low)
    start = 0
    for cut in _PARTS.finditer(low):
        if cut.start() > start and (
            topic := _googleable_part(text[start : cut.start()], low[start : cut.start()])
        ):
            return topic
        start = cut.end()
    return _googleable_part(text[start:], low[start:]) if start < len(low) else None


def _googleable_part(text: str, low: str) -> str | None:
    if _ASKS_JUDGEMENT.search(low):
        return None
    if _JUDGEMENT_OPENING.match(low) and not _FACTUAL_HOW.match(low):
        return None
    for topic, pattern in _GOOGLEABLE:
        for match in pattern.finditer(low):
            names = [g for g, v in match.groupdict().items() if v is not None]
            if any(
                match[g] in _NOT_AN_ORG or not text[match.start(g) : match.start(g) + 1].isupper()
                for g in names
            ):
                continue
            return topic
    return None


# Their own pay, in the words people use for it.
_PAY = (
    r"(?:salary|salaries|pay|paycheck|paycheque|pay packet|payslip|pay slip|income|"
    r"compensation|comp|total comp|wage|wages|earnings|bonus|bonuses|package|pay package|"
    r"salary package|(?:day|daily|hourly|billing|charge-out|consulting|freelance|contract) "
    r"rates?|take-home(?: pay)?|remuneration|stipend|ctc|base salary|base pay|net worth|"
    r"equity|stock options|rsus|commission|raise|pay rise|pay raise|pay increase|"
    r"salary increase|pay cut|salary cut|pay grade|pay band|pay scale|salary band|"
    r"salary bracket|tax bracket|pension contributions?|earning potential|earnings potential|"
    r"earning power)"
)
# A word between "your" and the pay, but not "your take on pay", "your view of salaries".
_PAY_FILLER = (
    r"(?:(?!(?:on|of|about|in|at|for|to|with|regarding|around|take|view|views|opinion|"
    r"thoughts|feelings|experience|sense|advice|approach|attitude|tips?|strategy)\b)[\w-]+ )"
)
# Sentences about pay in general: "What's the typical salary in your current job?" is
# about the role; these words say so.
_FOR_A_ROLE = (
    r"(?![^?]*\b(?:range|ranges|band|bands|bracket|brackets|typical|typically|usual|usually|"
    r"average|starting|entry|someone|people|graduates|juniors|new hires|newcomers|normally|"
    r"generally|in general|benchmarks?|data)\b)"
)
_RAISE = (
    r"(?:raise|pay rise|salary jump|pay jump|pay raise|pay increase|salary increase|salary bump|bump|pay bump|"
    r"pay cut|salary cut|cut in pay|bonus|bonuses|equity|stock|stock options|shares|options|"
    r"rsus|commission|sign-on bonus|signing bonus|golden hello|golden handshake|"
    r"relocation package|overtime pay|retention bonus|counteroffer|counter-offer)"
)
_PERSONAL_SALARY = _any(
    [
        r"\bhow much (?:money |salary |pay |equity |stock |extra |more |less |of a (?:raise|"
        r"pay rise|bonus) )?"
        r"(?:do|did|does|would|will|can|have)? ?you (?:\w+ )?(?:earn|make|get paid|take home|"
        r"bring in|bring home|bill|charge|clear|pull in|get(?! to\b| out\b| involved\b| done\b|"
        r" from\b| back\b| through\b| along\b| on\b| into\b| at\b)|got|receive|received)\b"
        r"(?! of\b)",
        r"\bhow much (?:are|were) you (?:\w+ )?(?:paid|earning|making|compensated|on|"
        r"getting|charging|billing)\b",
        r"\bwhat (?:are|were) you (?:\w+ )?(?:earning|taking home|getting paid|billing|"
        r"charging|clearing|pulling in)\b",
        # British "start on": "How much did you start on?"
        r"\bhow much (?:did|do|would|will) you (?:\w+ )?(?:start|begin|come in) (?:on|at|out "
        r"on)\s*(?:\?|$|,|when|after|as|in your|back)",
        r"\bwhat (?:did|do|would) you (?:\w+ )?(?:start|begin|come in) (?:on|at|out on)\b"
        r"(?=[^?]*\b(?:don't mind|not too personal|may ask|can ask|salary|pay|money|a year|"
        r"per year|per annum|k\b|figures|roughly|ballpark|gross|net)\b)",
        r"\bhow (?:well|badly|much) (?:paid|compensated|remunerated) (?:are|were) you\b",
        r"\bwhat (?:kind|sort|level|type) of (?:salary|pay|money|package|wage|income|"
        r"compensation) (?:are|were|do|did) you\b",
        r"\bwhat(?:'s| is| are) your (?:current |usual |standard |going )?rates?\b(?! of\b)",
        r"\bhow (?:big|large|much of|steep|significant|bad|good) (?:a |an )?(?:raise|pay rise|"
        r"pay raise|pay increase|salary increase|salary bump|pay bump|pay cut|salary cut|"
        r"bonus|salary jump|pay jump|drop in pay|cut in pay|difference in pay|pay difference|"
        r"salary difference|jump in pay|jump in salary|signing bonus|equity stake)\b[^?]*"
        r"\byou\b",
        rf"\bwhat(?:'s| is| was| are| were)? your {_PAY_FILLER}{{0,2}}?{_PAY}\b",
        rf"\byour {_PAY_FILLER}{{0,2}}?(?:salary|salaries|pay|paycheck|paycheque|pay packet|"
        r"income|compensation|wage|wages|earnings|remuneration|stipend|take-home pay|pay grade|"
        r"pay band|pay scale|bonus|ctc|payslip|pay slip|base salary|salary package|"
        r"(?:day|hourly|daily|billing) rate)\b(?! (?:range|ranges|data|benchmarks?|"
        r"transparency|gap|gaps)\b)",
        r"\bhow much (?:does|did|do|would|will) (?:your |the |they |\w+ )?(?:\w+ )?(?:job|role|"
        r"position|work|employer|company|firm|they|boss) (?:\w+ )?pay(?: you)?\b"
        r"(?=[^?]*\byou)",
        r"\b(?:how much|what) (?:did|do|does|would|will) (?:they|the company|the firm|the \w+|"
        r"your \w+|[\w&'-]+) (?:\w+ )?(?:offer|pay|give) you\b",
        r"\bwhat (?:do|did|does|would) you (?:\w+ )?(?:earn|get paid|take home|bring home|"
        r"charge|bill|clear)\b",
        r"\bwhat (?:do|did) you (?:\w+ )?make\b(?! of\b)(?=[^?]*\b(?:a year|per year|"
        r"annually|a month|per month|an hour|per hour|money|salary|in a year|yearly|k\b|"
        r"figures|starting out|your first year|don't mind|not too personal|may ask|can ask|"
        r"per annum|before tax|after tax|gross|net))",
        r"\b(?:roughly|approximately|ballpark|out of interest)\b[^?]*\bwhat (?:do|did) you "
        r"(?:\w+ )?make\b(?! of\b)",
        r"\b(?:do|did|does) you (?:\w+ )?(?:earn|make|take home|bring home|get) (?:a lot|good "
        r"money|enough|more|less|well|six figures|over|under|around|about|decent|a (?:good|"
        r"decent|fair|high|comfortable|reasonable|living) (?:salary|wage|living|income)|"
        r"a living wage|a fortune|a packet|big money|serious money)\b",
        r"\b(?:do|did|are|were|have) you (?:\w+ )?(?:get |getting |been |being )?paid (?:well|"
        r"enough|fairly|a lot|decently|more|less|badly|poorly|properly|market rate|"
        r"competitively|what you're worth)\b",
        r"\bare you (?:well |fairly |adequately |under|over|poorly |badly )?[ -]?paid\b",
        r"\b(?:were|was) you (?:\w+ )?paid\b",
        r"\b(?:what|how much) (?:salary |pay |money |wage )?you (?:\w+ )?(?:earn|make|"
        r"get paid|take home|bring home|are paid|were paid|were offered|got offered|charge)\b"
        r"(?! of\b)|\bhow much (?:salary|pay|money|wage) you (?:get|got|draw|receive)\b",
        r"\b(?:are|were) you (?:on|earning|making|paid|clearing|pulling in) (?:over |more than |"
        r"under |about |around )?(?:six|seven|five|6|7|5)[- ]figures?\b",
        r"\bhow much (?:were|was) (?:you|your) (?:\w+ )?(?:offered|offer)\b",
        r"\bwhat (?:were|was) you (?:\w+ )?(?:offered|paid)\b",
        r"\byour (?:starting |first |initial |current |latest )?(?:salary offer|"
        r"starting salary|package|raise|pay rise|pay raise|payslip)\b",
        r"\b(?:(?:what|how much|how big|how good|how generous)(?:'s| is| was| were)?(?: \w+)"
        r"{0,2}?|negotiat\w*[^?]*|(?:amount|figure|size|value) of) your (?:starting |first |"
        r"initial |current |latest |job )?offers?\b",
        # raises, cuts, bonuses, equity: "Did you get a pay rise?", "Do you get equity?"
        r"\b(?:did|do|does|have|has|will|would|were|are|had) you (?:\w+ )?(?:get|got|"
        r"receive|received|been given|negotiate|negotiated|ask for|asked for|take|took|"
        r"have to take|had to take|earn|earned|qualify for|be given) (?:a |an |any |some )?"
        rf"(?:[\w-]+ )?{_RAISE}\b",
        r"\b(?:are|were|be) you (?:\w+ )?(?:better|worse) off\b|"
        r"\b(?:did|has|was|is) (?:it|the move|the switch|the change|[\w-]+ing [\w-]+) "
        r"(?:\w+ )?(?:pay off|paid off|worth it)(?: for you)? financially\b",
        # "What are you on now?" (British), "What salary are you on?"
        r"\bwhat (?:are|were) you on\b(?! (?:call|about|to|with|at|the|a|an|your|that|this|"
        r"board|leave|track|site|stage|tv|linkedin|twitter|social)\b)",
        r"\bwhat (?:salary|pay|wage|wages|rate|package|pay band|pay grade|salary band|band|"
        r"grade|money|figure) (?:are|were|did) you (?:\w+ )?(?:on|earning|paid|getting|start "
        r"on|start at|get|earn|make|take home)\b",
        # "What's the pay like in your current job?"
        rf"^{_FOR_A_ROLE}[^?]*\b(?:salary|pay|money|compensation|package|remuneration|wages?)"
        r"\b[^?]{0,25}\b(?:in|at|for|with|from) your (?:current |present |new |last |previous |"
        r"first |old )?(?:job|role|position|company|firm|employer|post)\b",
    ]
)


# Their rate, fee or pay in any word order: "What day rate do you charge?", "how much you
# are earning per month?", "How many dollar you earn in one year?".
_THEIR_RATE = _c(
    r"\bwhat (?:\w+ ){0,2}?(?:rates?|fees?|salary|pay|wages?|prices?|amount|figure|"
    r"retainer|commission) (?:do|did|are|were|would|will|can|does) you (?:\w+ )?(?:charge|"
    r"bill|earn|get|make|ask|quote|command|set|take home|receive|on|invoice|pay yourself)\b|"
    r"\b(?:how much|what) (?:money |salary |pay )?you (?:are|were|'re|have been) (?:\w+ )?"
    r"(?:earning|making|paid|getting|charging|billing|taking home|on|clearing|bringing in)\b|"
    r"\bhow many (?:dollars?|pounds?|euros?|rupees?|k|money|thousands?|grand) (?:do |did "
    r"|does |would )?you (?:\w+ )?(?:earn|make|get|take home|charge|bill)\b|"
    r"\b(?:how much|what) (?:do|did|would) you (?:\w+ )?(?:charge|bill|invoice|ask) "
    r"(?:per|an|a|by the|for an?) ?(?:day|hour|month|week|year|project|job|session)\b"
)


def personal_salary(low: str) -> bool:
    low = expand_texting(low)
    return bool(_PERSONAL_SALARY.search(low) or _THEIR_RATE.search(low))
