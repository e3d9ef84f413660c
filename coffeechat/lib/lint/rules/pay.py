"""`personal-salary`: questions about the reader's own pay, in any words or word order."""

from __future__ import annotations

from coffeechat.lib.lint.rules.patterns import any_of, regex
from coffeechat.lib.lint.text import expand_texting

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
_PERSONAL_SALARY = any_of(
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
_THEIR_RATE = regex(
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
