"""`googleable`: questions that a quick search answers (what the company does, its size,
its history, who runs it, its money)."""

from __future__ import annotations

from coffeechat.lib.lint.rules.patterns import regex
from coffeechat.lib.lint.vocab import words

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
# Words that begin a noun phrase, never a name: "the workforce", "its clients".
_NOT_A_NAME = (
    r"(?!(?:the|a|an|your|its|their|this|that|our|my|his|her|these|those|is|are|was|were|"
    r"do|does|did|you|i)\b)"
)

# An organisation's name is checked after matching (it must start with a capital in the
# original text), so each builder below puts it in a group named by the caller. Group
# names only need to differ within one pattern; `_googleable_part` reads every group.
_WORD = r"[^\W\d_][\w&.'-]*"
_WORD_BEFORE_S = r"[^\W\d_][\w&.-]*"  # no apostrophe: it starts the possessive


def _named(group: str, word: str = _WORD) -> str:
    """A capitalised name in the original text: one or two words."""
    return rf"{_NOT_A_NAME}(?P<{group}>{word}(?: {word})?)"


def _named_owner(group: str) -> str:
    """A capitalised name in the possessive: "Maersk's", "Siemens'", "Novo Nordisk's"."""
    return _named(group, _WORD_BEFORE_S) + r"(?:'s|s'|')"


def _org_strict(group: str) -> str:
    """An organisation, but not "it" or "they" ("Is it part of the job to travel?")."""
    return rf"(?:(?:the|your|this|that|its|their|our) {_ORG_WORDS}{_ORG_NOUN}|{_named(group)})"


def _the_named(group: str) -> str:
    """An organisation by name, with or without "the": "the Wellcome Collection"."""
    return rf"(?:the )?{_named(group)}"


def _org(group: str) -> str:
    """An organisation: "the company", "it", or a name."""
    return rf"(?:{_ORG_PHRASE}|{_named(group)})"


def _owner(group: str) -> str:
    """Whose: "the company's", "its", or a name in the possessive."""
    return rf"(?:{_ORG_OWNER}|{_named_owner(group)})"


_LEADER = (
    r"(?:ceo|chief executive(?: officer)?|president|founders?|co-founders?|chairman|"
    r"chairwoman|chairperson|chair|owners?|managing director|md|cfo|cto|coo|boss|"
    r"head honcho|director general|board|executive team|leadership team)"
)

_GOOGLEABLE = tuple(
    (topic, regex(pattern))
    for topic, pattern in [
        (
            "what the company does",
            rf"\bwhat (?:exactly |actually )?(?:does|do|did) {_org('does')} "
            r"(?:actually |exactly |mainly |primarily )?(?:do|make|sell|produce|offer|"
            r"manufacture|provide|build|specialise in|specialize in|focus on|deal in|"
            r"trade in|supply|develop|design|create)\b(?! (?:for you|differently|better|"
            r"well|badly|about|wrong|right)\b)|"
            r"\bwhat (?:kinds? of |sorts? of |types? of |main |\w+ )?(?:products|services)\b"
            r"(?! (?:do|have|did) you (?:personally )?(?:work|use|enjoy|like|build))|"
            r"\b(?:what|which) (?:industry|industries|sector|sectors|market|field|line of "
            r"business|line of work|business|kind of business|type of business|sort of "
            rf"business) (?:is|are) {_org('in_industry')}(?: in)?\b|"
            rf"\bwhat does {_org('stands_for')} stand for\b|"
            rf"\bwhat (?:is|are|was) {_org('known_for')} (?:best |most |mainly |chiefly )?(?:known|famous|"
            r"renowned|well known|best known) for\b|"
            r"\bwhat (?:sorts?|kinds?|types?) of (?:work|business|projects|things|clients|"
            rf"customers) (?:does|do) {_org('kind_of_work')} (?:\w+ )?(?:do|take on|handle|focus on|serve|"
            r"have|work with)\b|"
            r"\b(?:what|which) (?:markets?|countries|regions|sectors?|industr(?:y|ies)|space|"
            r"field|areas?) (?:does|do) "
            rf"{_org_strict('in_markets')} (?:\w+ )?(?:operate|work|compete|sell|trade|serve|do business|exist)"
            r"(?: in)?\b|"
            rf"\bwho (?:are|is) {_owner('clients')} (?:main |biggest |largest |key |typical |major )?"
            r"(?:clients?|customers?|users?)\b|"
            rf"\bwho (?:are|is) the (?:main |biggest |largest |key |major )?(?:clients?|"
            rf"customers?) of {_org('clients_of')}\b|"
            rf"\bwho (?:does|do) {_org_strict('sells_to')} (?:\w+ )?(?:sell to|serve|supply|target|work "
            r"for|cater to|cater for)\b|"
            rf"\bwhat (?:is|are|'s|'re) {_owner('business')} (?:core |main |primary |principal |key |"
            r"biggest )?(?:business|business model|products?|services|offerings?|product line|"
            r"portfolio|activities|operations|brands?|specialit(?:y|ies)|specialt(?:y|ies))\b"
            r"(?! (?:like|to work)\b)|"
            r"\bwhat (?:kind|sort|type) of (?:company|firm|business|organi[sz]ation|outfit|"
            rf"charity|agency) is {_org('kind_of_company')}\b|"
            # non-native word order: "What your company is doing exactly?", "What is doing
            # your company?", "What your company does?"
            rf"\bwhat {_org_strict('what_it_does')} (?:is |are )?(?:exactly |actually |mainly )?(?:do|does|"
            r"doing|make|makes|making|sell|sells|selling|produce|produces|producing|offer|"
            r"offers|offering|provide|provides|providing)\b(?! (?:about|for|to|with|"
            r"differently|better|now|these days|right now|in|on|well|wrong|right)\b)|"
            rf"\bwhat (?:is|are) (?:doing|making|selling|producing|offering) {_org_strict('doing_inverted')}|"
            rf"\bwhat (?:do|does) {_org_strict('does_bare')}\s*(?:exactly |actually )?\?",
        ),
        (
            "its size",
            r"\bhow many (?:employees|people|staff|workers|offices|locations|sites|branches|"
            r"countries|customers|clients|stores|shops|factories|plants|subsidiaries)\b"
            r"(?![^?]*\b(?:your team|your group|your department|report to you|do you manage|"
            r"in your (?!company|firm|organi[sz]ation|business|employer)|on your|you work with|"
            r"you manage|you lead|per team)\b)|"
            rf"\bhow (?:big|large) is {_org('how_big')}\b|\bhow (?:big|large) {_org_strict('how_big_inverted')} is\b|"
            rf"\bis {_org_strict('is_big')} (?:a |an )?(?:very |really |quite |still )?(?:big|large|small|"
            r"huge|tiny|global|multinational|international|family-owned|family-run|sme|"
            r"non-profit|nonprofit|not-for-profit)(?: company| firm| business| organi[sz]ation| "
            r"employer| charity| corporation| player)?\b|"
            rf"\b(?:size|headcount|workforce|staff count|number of (?:employees|staff|people|"
            rf"workers)) (?:of|at|in) {_org('size_of')}\b|"
            rf"\b{_owner('headcount')} (?:total |current |global |overall )?(?:headcount|workforce|staff "
            r"count|number of (?:employees|staff|people|workers))\b",
        ),
        (
            "when it was founded",
            rf"\bwhen (?:was|were|did) {_org('when_founded')} (?:first |originally )?"
            r"(?:founded|established|started|created|set up|formed|incorporated|launched|begin|"
            r"start|open|come into being|get started|found|establish|launch|form|incorporate|"
            r"go live|get going|come about|begin trading|start trading|start out)\b|"
            r"\bwho (?:founded|co-founded)\b|"
            rf"\bwho (?:started|created|set up|established) {_org('who_started')}\b|"
            rf"\b(?:what year|which year) (?:was|did) {_org('what_year')}\b|"
            rf"\bhow old is {_org('how_old')}\b|"
            rf"\bhow long has {_org('how_long')} (?:been around|existed|been in "
            r"business|been operating|been going|been trading)\b|\bhistory of (?:the|your) "
            r"(?:company|firm|organi[sz]ation)\b|\bfounding (?:date|year)\b|"
            rf"\bwhat(?:'s| is| was)? {_owner('history')} (?:\w+ )?(?:history|origin story|origins?)\b|"
            rf"\bhow many years (?:has|have) {_org('how_many_years')} been\b|"
            rf"\bsince when (?:has|have|does|do|is|was) {_org('since_when')}\b|"
            r"\bwhen (?:was|were) (?:\w+ ){0,3}founded\b|"
            rf"\bwhen (?:was|were) {_the_named('when_was_named')}(?: [\w&.'-]+){{0,3}}? (?:first |originally |"
            r"officially )?(?:founded|established|opened|set up|created|launched|formed|"
            r"incorporated|built|started)\b|"
            rf"\bwhen did {_the_named('when_did_named')}(?: [\w&.'-]+){{0,3}}? (?:first |originally |"
            r"officially )?(?:open|found|establish|launch|incorporate|form|begin trading|start "
            r"trading|open its doors)\b|"
            # non-native: "When your company was founded?", "Since when your company exist?"
            rf"\bwhen {_org('when_founded_inverted')} (?:was|were) (?:first |originally )?(?:founded|established|"
            r"started|created|set up|opened|launched)\b|"
            rf"\bsince when {_org('since_when_inverted')} (?:exists?|is|was|has|operates?)\b|"
            rf"\bhow long (?:has|have) {_the_named('how_long_named')}(?: [\w&.'-]+){{0,3}}? (?:been around|"
            r"existed|been in business|been operating|been going|been open)\b",
        ),
        (
            "where it is based",
            rf"\bwhere {_org_strict('where_inverted')} (?:is|are) (?:\w+ )?(?:based|headquartered|located)\b|"
            rf"\bwhere (?:is|are) {_org('where_based')}(?:'s)? (?:\w+ )?(?:based|"
            r"headquartered|located|situated|hq'd)\b|"
            r"\b(?:where|is|are)\b[^?]{0,40}?\b(?:headquarters|hq|head offices?|main offices?|"
            r"main sites?|registered office)\b|\bheadquartered\b|"
            r"\bwhere (?:are|is) (?:its|the company's|the firm's|your company's) offices?\b|"
            r"\b(?:what|which) (?:country|city|town|region|state|part of the \w+) (?:is|are) "
            rf"{_org('which_country')} (?:from|based in|in|located in)\b|"
            rf"\b(?:does|do) {_org('has_office')} have (?:an? |any )?(?:offices?|branch(?:es)?|sites?|"
            r"presence|base|hub|factory|factories|plants?|locations?) (?:in|outside|abroad)\b|"
            rf"\bwhere does {_org('where_offices')} have (?:its |their )?(?:offices|sites|factories|plants|"
            r"branches)\b|"
            rf"\bwhere(?:'s| is| are) {_owner('offices')} (?:\w+ )?(?:offices?|sites?|factor(?:y|ies)|"
            r"plants?|branch(?:es)?|base|hub)\b|"
            rf"\b(?:does|do) {_org_strict('abroad')} (?:\w+ )?(?:operate|work|sell|trade|exist) "
            r"(?:internationally|globally|abroad|worldwide|overseas|outside|in (?:other|many|"
            r"several|how many) countries)\b",
        ),
        (
            "who runs it",
            rf"\bwho(?: is|'s| are| was|'re) (?:the |your |its |their )?(?:{_owner('leader')} )?"
            rf"(?:current |new |present )?{_LEADER}\b(?! (?:like|to work)\b)|"
            rf"\bwho (?:runs|owns|leads|founded|heads(?: up)?|chairs|manages|controls) "
            rf"(?:{_org('who_runs')}|the board)\b(?! (?:day to day|in practice)\b)|"
            rf"\bwho(?: is|'s)? (?:runs|owns|leads|founded|co-founded|heads(?: up)?|chairs|"
            rf"running|leading|heading(?: up)?|in charge (?:of|at)) {_the_named('who_runs_named')}"
            r"(?! (?:day to day|in practice)\b)|"
            rf"\bwho(?:'s| is) (?:in charge of|at the helm of|the head of|at the top of) "
            rf"{_org('in_charge')}\b|\bwho (?:sits|is|are) on the board\b|"
            rf"\bname of (?:the |its |their |{_owner('name_of_leader')} )?(?:current |new )?{_LEADER}\b",
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
            rf"\b(?:is|are) {_org_strict('owned_by')} (?:\w+ )?(?:owned by|part of|a subsidiary of|backed by|"
            r"funded by)\b|"
            rf"\bis {_org_strict('listed')} (?:a )?(?:publicly traded|public|listed|"
            r"private|publicly listed|a public company|on the stock|profitable|making (?:a )?"
            r"(?:profit|money|loss)|in profit|loss-making|in the black|in the red)\b|"
            rf"\bhow (?:profitable|valuable) is {_org_strict('profitable')}\b|"
            rf"^\W*how (?:is|are|was|were) {_org_strict('funded')} (?:\w+ )?(?:funded|financed|owned|"
            r"capitali[sz]ed)\b|"
            rf"^\W*how (?:does|do|did) {_org_strict('makes_money')} (?:\w+ )?(?:make|earn|generate) (?:its |"
            r"their )?(?:money|revenue|profits?|income)\b|"
            rf"\bwhen (?:did|was|were) {_org('went_public')} (?:go public|ipo|float|floated|listed|"
            r"get listed|become public)\b|"
            rf"\bwho (?:are|is) (?:{_owner('backers')} |the |your )?(?:main |biggest |largest |key |"
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
_JUDGEMENT_OPENING = regex(
    r"^\W*(?:how (?:does|did|has|have|do|is|was|would|will|could|should|are|were)|why|in what "
    r"ways?|to what extent)\b"
)
# ... except how it is funded or makes money, which are facts.
_FACTUAL_HOW = regex(
    rf"^\W*how (?:is|are|was|were) {_org_strict('funded')} (?:\w+ )?(?:funded|financed|owned|"
    r"capitali[sz]ed)\b|"
    rf"^\W*how (?:does|do|did) {_org_strict('makes_money')} (?:\w+ )?(?:make|earn|generate) (?:its |"
    r"their )?(?:money|revenue|profits?|income)\b"
)
_ASKS_JUDGEMENT = regex(
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
_PARTS = regex(
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
