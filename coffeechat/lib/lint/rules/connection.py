"""`reason`: why this person, not anyone: a connection, a referral, or their work."""

from __future__ import annotations

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.patterns import any_of, regex
from coffeechat.lib.lint.text import Draft, clause_start, expand_texting, fold

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
_REASON = any_of(
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
_NOT_A_REASON = regex(
    r"\b(?:found|came across|come across|saw|see|noticed|found) (?:you|your (?:profile|name|"
    r"details|page)) (?:on|through|via|while|in) (?:linkedin|google|the internet|online|"
    r"searching|a search|twitter|x)\b"
)


# A subject line that names the tie: "Former colleague — a question", "Old classmate here".
_SUBJECT_TIE = regex(
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
