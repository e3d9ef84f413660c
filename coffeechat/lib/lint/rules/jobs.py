"""`job-ask`: a job, an opening, a referral, an interview or a CV review, asked for or
offered, in a message or a question."""

from __future__ import annotations

import re

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.patterns import regex
from coffeechat.lib.lint.text import (
    SECOND_PERSON,
    Draft,
    clause_start,
    expand_texting,
    fold,
    last_pronoun,
    negated,
    quote,
)

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
    (label, regex(pattern), first_person)
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
_THEIR_PATH = regex(r"^\W*(?:how|what|when|where|why|which|who)\b")
# Questions asking for advice about the field, not for something: "What's the best way to
# find unadvertised roles?", "How do career changers get their first interview?".
_ADVICE = regex(
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
_ADDRESSES_READER = regex(
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
