"""`thanks` and `specific`: thanking the reader, and naming what a thank-you is for."""

from __future__ import annotations

import re

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.addressing import GREETING, read_addressee
from coffeechat.lib.lint.rules.jobs import job_asks
from coffeechat.lib.lint.rules.patterns import name_tokens, regex
from coffeechat.lib.lint.text import Draft, expand_texting, fold
from coffeechat.lib.lint.vocab import CALENDAR_WORDS, GENERIC_WORDS, THANKS, alternation

# ====================================================================== thanks

# Not "no thanks", and not "thanks to my supervisor" (someone else is thanked).
_THANKS = regex(
    r"(?<!no )(?<!no, )\b"
    + alternation(t.replace(" ", r"\s+") for t in THANKS)
    + r"(?:ed|ing|s)?\b(?! to (?!you\b|your\b))"
    # British "Ta!" on its own
    + r"|^\W*ta(?: very much| muchly| loads)?\W*$"
)


# "I appreciate this is a busy time", "I appreciate that you're busy", "I appreciate how
# busy you must be": appreciating a fact means understanding it, not thanking anyone.
_UNDERSTANDING = regex(
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


# ====================================================================== specific

# Anchors after which the writer names what they took from the chat.
_SPECIFIC_ANCHOR = regex(
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
_PREDICATE = regex(
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
    names = set(name_tokens(ctx.recipient)) | set(name_tokens(ctx.sender))
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
        if sentence.first_in_line and (hello := GREETING.match(low)):
            addressee, _end = read_addressee(sentence.text, hello.end("greeting"))
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
