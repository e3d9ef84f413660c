"""Word lists for the rules, all in folded form (lower case, no accents).

Lists that become alternations in a regular expression are tuples of regex fragments;
`alternation()` puts the longest first so "good morning" wins over "good".
"""

from __future__ import annotations


def alternation(fragments) -> str:
    """A non-capturing group of `fragments` (regular expressions), longest first."""
    return "(?:" + "|".join(sorted(set(fragments), key=len, reverse=True)) + ")"


def words(text: str) -> list[str]:
    """The words of a list written as one string, for lists easier to read that way."""
    return text.split()


# Openings of a greeting, in English and the languages job seekers often write in.
GREETINGS = (
    # English
    "hi", "hiya", "hey", "heya", "hello", "hullo", "howdy", "dear", "dearest", "greetings",
    "good morning", "good afternoon", "good evening", "good day", "morning", "afternoon",
    "evening", "yo", "respected", "respected sir", "respected madam",
    "to whom it may concern",
    # French, Spanish, Portuguese, Italian
    "bonjour", "bonsoir", "salut", "coucou", "cher", "chere", "madame, monsieur",
    "hola", "buenos dias", "buenas tardes", "buenas noches", "buen dia", "estimado",
    "estimada", "estimados", "querido", "querida", "ola", "oi", "bom dia", "boa tarde",
    "boa noite", "prezado", "prezada", "caro", "cara", "ciao", "salve", "buongiorno",
    "buonasera", "gentile", "gentilissimo", "gentilissima", "egregio", "egregia",
    # German, Dutch, Scandinavian
    "hallo", "guten morgen", "guten tag", "guten abend", "liebe", "lieber", "sehr geehrte",
    "sehr geehrter", "sehr geehrte frau", "sehr geehrter herr", "servus", "moin", "gruss gott",
    "hoi", "beste", "goedemorgen", "goedemiddag", "hej", "hei", "god morgon", "goddag",
    # elsewhere
    "namaste", "salaam", "salam", "assalamu alaikum", "shalom", "kia ora", "merhaba",
    "szia", "witam", "dzien dobry", "ahoj", "dobry den", "zdravstvuyte", "privet",
    "konnichiwa", "annyeong", "ni hao", "xin chao", "sawubona", "jambo", "habari",
)  # fmt: skip

# Titles that may stand before a name ("Dear Dr. Ruiz"); they name nobody on their own.
TITLES = frozenset(
    words(
        "dr doctor prof professor mr mrs ms miss mx dame rev reverend herr frau monsieur "
        "madame mme mlle m senor senora senorita sr sra srta don dona signor signora sig "
        "dott dottore dottoressa ing mag dra profa mevrouw meneer heer pani pan"
    )
)

# Words after a greeting that address nobody in particular ("Hi there", "Dear Hiring Manager").
NOBODY = frozenset(
    words(
        "there all everyone everybody team folks friend friends colleague colleagues sir sirs "
        "madam madame/sir sir/madam hiring manager managers recruiter recruiters whom guys "
        "y'all yall you mentor stranger strangers again people ladies gentlemen messieurs "
        "mesdames member members reader readers future hr recruitment admissions committee "
        "department office staff support sales hello hi world talent acquisition ma'am maam "
        "mam industry professional professionals expert experts contact connection hiring "
        "careers concerned respected director directors lead leads head manager sir/madam "
        "sir/ma'am madam/sir officer officers panel board organiser organizers organisers "
        "organizer coordinator moderator moderators"
    )
)

# Words that start the message proper, so the greeting had no name ("Hi, I'm Maya").
NOT_A_NAME = frozenset(
    words(
        "i i'm im i'd i've my me hope hoping how it it's this that thank thanks we just and "
        "from a an the is are was am can could would will please sorry apologies good great "
        "quick happy long hope're so as on in at for with to of what who when where why"
    )
)

# Roles and callings a sender might introduce themself as.
ROLE_NOUNS = (
    "student", "undergrad", "undergraduate", "graduate", "grad", "postgrad", "postgraduate",
    "phd", "ph\\.?d\\.?", "doctoral", "candidate", "researcher", "scientist", "chemist",
    "physicist", "biologist", "engineer", "developer", "programmer", "designer", "analyst",
    "consultant", "teacher", "educator", "lecturer", "professor", "tutor", "instructor",
    "nurse", "doctor", "physician", "pharmacist", "lawyer", "attorney", "paralegal",
    "accountant", "manager", "director", "officer", "coordinator", "administrator",
    "assistant", "associate", "specialist", "technician", "intern", "trainee", "apprentice",
    "fellow", "postdoc", "post-doc", "alum", "alumnus", "alumna", "volunteer", "writer",
    "journalist", "editor", "librarian", "architect", "marketer", "recruiter", "founder",
    "owner", "freelancer", "entrepreneur", "economist", "statistician", "mathematician",
    "veteran", "parent", "mother", "father", "mum", "mom", "dad", "career changer",
    "changer", "professional", "worker", "employee", "leader", "lead", "executive", "coach",
    "therapist", "counsel+or", "clerk", "chef", "cook", "artist", "musician", "soldier",
    "pilot", "sophomore", "junior", "senior", "fresher", "graduand", "master'?s",
    "msc", "mba", "bsc", "mphil", "jd", "md", "resident", "surveyor", "planner",
    "strategist", "product owner", "scrum master", "marketer", "salesperson", "banker",
    "trader", "auditor", "actuary", "principal", "headteacher", "head of",
)  # fmt: skip
# Suffixes that mark a person by what they do (biochemist, statistician, mountaineer).
ROLE_SUFFIXES = r"(?!career)[a-z]{3,}(?:ist|ian|eer|ologist|ographer)"

# Degrees and studies ("I'm doing a PhD", "I hold an MSc").
STUDIES = (
    "phd", "ph\\.?d\\.?", "doctorate", "doctoral", "dphil", "master'?s", "msc", "ma", "mba",
    "meng", "mres", "mphil", "degree", "bachelor'?s", "bsc", "ba", "beng", "undergrad\\w*",
    "postdoc\\w*", "post-doc\\w*", "thesis", "dissertation", "studies", "diploma",
    "apprenticeship", "bootcamp", "certificate", "qualification", "training", "residency",
    "a-levels?", "a levels", "gcses?", "highers", "leaving cert", "baccalaureate", "abitur",
    "sixth form", "high school", "secondary school", "gap year", "placement year",
)  # fmt: skip

# Ways to talk: phone, video, the video tools, and meeting in person over something.
MEDIA = (
    "phone", "telephone", "phone call", "call", "calls", "video", "videocall", "video call",
    "video-call", "videochat", "video chat", "zoom", "skype", "webex", "facetime",
    "whatsapp", "signal call", "hangouts?", "google meet", "gmeet", "microsoft teams",
    "ms teams", "teams call", "teams meeting", "on teams", "via teams", "over teams",
    "on meet", "via meet", "meet link", "jitsi", "discord", "slack call", "slack huddle",
    "huddle", "coffee", "coffees", "tea", "cuppa", "lunch", "breakfast", "a drink",
    "drinks", "a beer", "in person", "in-person", "face to face", "face-to-face",
    "virtual", "virtually", "online", "remotely", "over the phone",
)  # fmt: skip

# Words of thanks, in English and a few other languages.
THANKS = (
    "thank", "thanks", "thankyou", "thank-you", "thx", "tks", "ty", "many thanks",
    "appreciate", "appreciated", "appreciation", "appreciative", "grateful", "gratefully",
    "gratitude", "thankful", "indebted", "merci", "gracias", "danke", "vielen dank",
    "grazie", "obrigado", "obrigada", "bedankt", "dank je", "dank u", "tack", "takk",
    "kiitos", "arigato", "spasibo", "dziekuje", "shukran", "tesekkurler", "cheers in advance",
    "cheers for", "ta very much", "much obliged", "thanx", "thanq", "thnx", "tnx", "thnks",
    "diolch", "dankjewel", "dank je wel", "dank u wel", "go raibh maith agat", "mange tak",
    "tusen takk", "tusen tack", "muito obrigado", "muito obrigada", "arigatou",
    "dhanyavad", "dhanyavaad", "dhanyawad", "shukriya", "asante", "xie xie", "terima kasih",
    "salamat", "dekuji", "koszonom", "tesekkur", "efcharisto", "efharisto", "hvala",
    "multumesc", "gratitudine", "gracies", "eskerrik asko", "owe you one", "owe you a coffee",
    "owe you a drink", "owe you a pint", "owe you a beer", "owe you lunch", "owe you big",
)  # fmt: skip

# Numbers as people write them in a time ask. Compounds ("thirty-five", "twenty five")
# are a ten and a unit: `TENS` and `UNITS` below, read by `rules._number`.
UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {
    **UNITS,
    **TENS,
    "a": 1, "an": 1, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip

# Words that say nothing specific about a conversation ("your time", "the industry").
GENERIC_WORDS = frozenset(
    words(
        """a about after again all also always am an and any anything are around as at be
    been being best big but by can career careers chat chatting conversation could day
    did do does doing during each else enjoyed especially everything experience
    experiences field fields for from future generous generously get given giving go
    good great had has have having help helped helpful her his how i i'm i've if in
    industry insight insights interesting into is it it's its job just kind know
    knowledge learn learned learning learnt lot lots made make me meeting more most
    much my myself next nice now of on one our out over path paths people really role
    roles said say sector sharing so some speaking spending spent story such taking
    talk talked talking than that the their them then there these they thing things
    this those through time to today too truly useful very view views was way we well
    were what when which while who will wisdom with work world would yesterday you
    your yours advice tips perspective perspectives thoughts valuable invaluable
    wonderful fantastic amazing brilliant lovely pleasure enjoy happy glad info
    information answer answers questions question sure definitely certainly again week
    earlier taking took call meet met journey journeys background backgrounds route
    trajectory expertise encouragement support kindness generosity openness honesty candour
    candor you've you're you'd you'll along away got lots so incredibly hugely genuinely
    inspiring inspired inspirational motivating motivated encouraging reassuring
    eye-opening insightful enlightening fascinating thoughtful kind kindly words word
    willingness patience warmth frankness guidance wisdom lessons learnings stuff
    everything's anything else whole entire different many own personal practical real
    honest open frank candid useful super incredible awesome excellent superb
    gave give given gives giving think thinking thought thoughts food clarity clear clearer
    confidence confident direction energy feel feeling felt mind head reflect reflecting
    digest motivation hope hopeful heaps tons loads informations infos better sense
    understanding picture idea ideas much more less many clearer renewed new fresh
    eyes opened opening mine lot plenty chew over """
    )
)

# Weekdays and months: capitalised, yet nothing specific ("our chat on Tuesday").
CALENDAR_WORDS = frozenset(
    words(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    )
)
