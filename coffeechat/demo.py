"""A demo campaign to explore coffeechat with: `coffeechat demo` calls `seed_demo`.

Maya Okafor is in the last year of a chemistry PhD at Bristol and about eleven
weeks into an informational-interview campaign across three careers: industry
R&D, consulting for life-sciences companies, and science policy. The demo holds
her profile, targets, about sixty contacts from every source (with referral
chains three introductions long), conversations in every status, the messages
she sent, her question bank, notes and action items from the chats she has
held, and two events.

Everything is placed relative to `now`, so that whatever day the demo is made,
today's agenda has one of each kind of item: a follow-up to send, a next person
to approach, a request to give up on, a chat to prepare for tomorrow and one
later today, a thank-you to write, open resources, someone to keep in touch
with and people met at an event to follow up. Past dates are counted in
business days, as the follow-up rules count them, so a Monday or a Sunday works
as well as a Wednesday.

Conversations go through the services (`start_conversation`, `move_conversation`,
`record_message`...), one step at a time at past moments, so their history is
the one a real campaign would leave. Plain records (contacts) are bulk-created.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Event, Target
from coffeechat.contacts.services import add_meeting, contacts_for, organization_named
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import (
    add_action,
    add_note,
    add_question,
    add_starter_questions,
    choose_question,
    conversations_for,
    move_conversation,
    record_message,
    set_action_done,
    start_conversation,
)
from coffeechat.lib import pipeline
from coffeechat.lib import sources as src
from coffeechat.lib.businessdays import add_business_days, is_business_day
from coffeechat.lib.dates import day_text
from coffeechat.network.models import Lead

# ----------------------------------------------------------------------- the user

NAME = "Maya Okafor"
EMAIL = "maya.okafor@example.org"
TIMEZONE = "Europe/London"
EMPLOYER = "University of Bristol"

# ----------------------------------------------------------------------- targets

RD, CONSULTING, POLICY = "rd", "consulting", "policy"

# A spoken pitch per target: why this field, in 30 to 60 seconds. The policy one is
# left a little short, so the demo shows the timing advice too.
PITCHES: dict[str, str] = {
    RD: (
        "I'm finishing a chemistry PhD at Bristol on how colloids behave in coatings. "
        "The part I enjoy most is the moment an experiment answers a practical question, "
        "like why a film cracks as it dries. Industry R&D is where that question comes with "
        "a customer attached, and I'd like to work where the science has to ship. I'm trying "
        "to learn how formulation teams choose projects and what makes a new scientist "
        "useful in the first year."
    ),
    CONSULTING: (
        "I'm a chemistry PhD at Bristol, and over four years I've found I like framing the "
        "question as much as running the experiment. Life-sciences consulting seems to reward "
        "exactly that: a sharp question, evidence fast, and a clear answer for a client. I "
        "want to understand what the work looks like week to week, what clients expect from "
        "a new consultant, and how people with a science background make the switch."
    ),
    POLICY: (
        "I'm a final-year chemistry PhD at Bristol. Running our department's outreach with "
        "local schools showed me how much depends on explaining evidence to people who have "
        "to act on it. Science policy is where that matters most, and I'd like to learn how "
        "advisers turn research into advice that a minister can use in a week."
    ),
}

TARGETS: dict[str, tuple[str, int, str]] = {
    RD: (
        "Industry R&D (materials and formulation)",
        5,
        "What they do: applied research that has to end in a product — new coatings, "
        "polymers, catalysts or drug formulations — run as projects with stage gates, "
        "budgets and a customer or business unit waiting at the end.\n\n"
        "What they value: people who can design a clean experiment and also explain it to "
        "someone from marketing; delivery to a timeline; safety habits; awareness of "
        "patents and of what the plant can actually make.\n\n"
        "Pain points: lab results that fall apart at scale; long development cycles under "
        "cost pressure; regulation (REACH, solvent restrictions) changing what chemistry is "
        "allowed; sustainability targets that need new raw materials; finding PhDs who are "
        "deep in their science and still think commercially.",
    ),
    CONSULTING: (
        "Life-sciences and chemicals consulting",
        3,
        "What they do: short projects (six to twelve weeks) answering a client's business "
        "question — which R&D programmes to fund, whether to buy a biotech, how to launch a "
        "product. Specialist practices hire PhDs for credibility with client scientists.\n\n"
        "What they value: structured, hypothesis-led problem solving; answer first, "
        "evidence after; speed; clear slides; being good company in a team under pressure.\n\n"
        "Pain points: utilisation targets and long hours; travel to client sites; turnover "
        "of juniors in their second year; keeping technical depth in a generalist firm.",
    ),
    POLICY: (
        "Science policy (Parliament, government, learned societies)",
        4,
        "What they do: get research evidence in front of people who make decisions — "
        "briefings for parliamentarians, advice inside government departments, "
        "consultation responses and campaigns from learned societies and charities.\n\n"
        "What they value: short, balanced writing for non-experts; judging the quality of "
        "evidence outside one's own field; impartiality; knowing how government works.\n\n"
        "Pain points: deadlines measured in days; explaining uncertainty without sounding "
        "evasive; few entry routes (fellowships, graduate schemes, fixed-term posts); "
        "lower pay than industry.",
    ),
}

# LAMP (Dalton): advocacy and postings beside motivation, for each career target.
LAMP: dict[str, tuple[str, str]] = {
    RD: ("contact", "target_role"),
    CONSULTING: ("alumni", "any"),
    POLICY: ("warm", "any"),
}

# Employers she is weighing, LAMP-style: (organisation, target, motivation, advocacy,
# postings, research).
ORGANISATION_TARGETS: tuple[tuple[str, str, int, str, str, str], ...] = (
    (
        "Helixor Pharma",
        RD,
        5,
        "contact",
        "target_role",
        "Graduate R&D rotation each February; analytical and formulation teams in Cambridge "
        "and Berlin.",
    ),
    (
        "Aldgate Coatings",
        RD,
        4,
        "contact",
        "any",
        "Formulation R&D in Manchester; moving to solvent-free binders.",
    ),
    (
        "Carrow Partners",
        CONSULTING,
        3,
        "alumni",
        "any",
        "Life-sciences strategy; a PhD programme in Boston and London.",
    ),
    (
        "Penrose Specialty Chemicals",
        RD,
        3,
        "contact",
        "none",
        "Process development in Leeds; teaches chemists the engineering.",
    ),
)

SHORT_FIELDS = {RD: "industry R&D", CONSULTING: "consulting", POLICY: "science policy"}
FIELDS = {
    RD: "industry R&D",
    CONSULTING: "consulting for life-sciences companies",
    POLICY: "science policy",
}
TOPICS = {
    RD: "your work in R&D",
    CONSULTING: "your path into consulting",
    POLICY: "your work in science policy",
}

# A few organisations get a website and a line of research (fictional ones on
# example.com, so no link leads anywhere real).
ORGANISATION_NOTES: dict[str, tuple[str, str]] = {
    "Helixor Pharma": (
        "https://helixor.example.com",
        "Mid-sized pharma; R&D in Cambridge and Berlin. Graduate R&D rotation opens each "
        "February. Ingrid, Felix, Sarah, Anjali and Marta work there.",
    ),
    "Aldgate Coatings": (
        "https://aldgate.example.com",
        "Industrial and protective coatings; formulation R&D in Manchester. Moving to "
        "solvent-free and bio-based binders. Hiring goes through the graduate recruitment team.",
    ),
    "Brightwater Consulting": (
        "https://brightwater.example.com",
        "Strategy firm with a life-sciences practice; PhD and postdoc recruitment day each "
        "January.",
    ),
    "Corvane Materials": (
        "https://corvane.example.com",
        "Where I did my placement year (2020–21). Specialty polymers and additives, Runcorn.",
    ),
    "Penrose Specialty Chemicals": (
        "https://penrose.example.com",
        "Fine and specialty chemicals, Leeds. Hires chemists into process development.",
    ),
}

# ---------------------------------------------------------------------- contacts
# (key, name, source, organisation, title, location, time zone, what connects us,
#  how to reach them: "w" work e-mail, "p" personal e-mail, "l" LinkedIn (combine),
#  connected this many days before the campaign began or None, notes)

# fmt: off
CONTACTS: tuple[tuple, ...] = (
    # family
    ("grace", "Grace Okafor", src.FAMILY, "", "Retired hospital pharmacist", "London",
     "Europe/London", "My aunt; thirty years in NHS pharmacy", "p", None,
     "Knows people across pharmacy and pharma from her hospital years."),
    ("chidi", "Chidi Okafor", src.FAMILY, "Northway Biologics", "Clinical Supply Project Manager",
     "Toronto", "America/Toronto",
     "My cousin; went from a chemistry degree into pharma operations", "pl", None, ""),
    ("adaeze", "Adaeze Okafor-Reid", src.FAMILY, "Kingsley & Moss",
     "Senior Manager, Life Sciences Audit", "London", "Europe/London",
     "My cousin; works with pharma clients every day", "p", None, ""),
    # friends
    ("hannah", "Hannah Kowalski", src.FRIEND, "Brightwater Consulting", "Consultant", "London",
     "Europe/London", "Friends since first-year halls at Bristol; left her PhD for consulting",
     "pl", 2900, ""),
    ("tomas", "Tomás Ferreira", src.FRIEND, "Lantern Science Foundation", "Policy Officer",
     "London", "Europe/London", "Climbing partner from the Bristol bouldering wall", "pl", 1500,
     ""),
    ("zara", "Zara Hussain", src.FRIEND, "Whitcombe IP", "Trainee Patent Attorney", "Cambridge",
     "Europe/London", "Housemate during my MChem", "p", 2200,
     "Patent work could be a fourth option; ask her about it when the time comes."),
    ("leo", "Leo Brandt", src.FRIEND, "Gridwise Energy", "Data Scientist", "Berlin",
     "Europe/Berlin", "Met at a summer school in Heidelberg; still in touch", "l", 1300, ""),
    ("ellie", "Ellie Marsh", src.FRIEND, "Severn Valley NHS Trust", "Clinical Scientist",
     "Bristol", "Europe/London", "School friend from Reading", "p", None, ""),
    # alumni
    ("james", "James Whitaker", src.ALUMNI, "Aldgate Coatings",
     "Senior Scientist, Formulation R&D", "Manchester", "Europe/London",
     "Bristol chemistry PhD (2019), same department", "wl", 400, ""),
    ("daniel", "Daniel Osei", src.ALUMNI, "Carrow Partners", "Senior Consultant, Life Sciences",
     "Boston", "America/New_York",
     "Bristol chemistry PhD (2018); spoke at our department careers evening", "l", 300, ""),
    ("arjun", "Arjun Nair", src.ALUMNI, "Carrow Partners", "Consultant", "London", "Europe/London",
     "Bristol MChem (2020); we sat on the ChemSoc committee together", "wl", 900, ""),
    ("aidan", "Aidan Brooks", src.ALUMNI, "Ferrand Strategy", "Associate", "London",
     "Europe/London", "Bristol PhD in chemical physics (2021)", "l", 200, ""),
    ("sarah", "Sarah Whitlock", src.ALUMNI, "Helixor Pharma", "Senior Regulatory Scientist",
     "Cambridge", "Europe/London", "Bristol MChem (2015)", "l", 150, ""),
    ("kofi", "Kofi Mensah", src.ALUMNI, "Quanta Instruments", "Product Manager, Lab Automation",
     "Boston", "America/New_York", "Bristol chemistry PhD (2017); alumni mentoring scheme", "wl",
     600, ""),
    ("isabelle", "Isabelle Durand", src.ALUMNI, "Eurochem Alliance", "Policy Adviser", "Brussels",
     "Europe/Brussels", "Bristol MSc in chemical research (2016)", "l", 120, ""),
    ("hamish", "Hamish Grant", src.ALUMNI, "Penrose Specialty Chemicals", "Principal Scientist",
     "Leeds", "Europe/London", "Bristol chemistry PhD (2014), same supervisor as me", "w", 700,
     ""),
    ("mina", "Mina Park", src.ALUMNI, "Verity Materials", "Research Scientist", "San Francisco",
     "America/Los_Angeles", "Bristol chemistry PhD (2020), now in the Bay Area", "l", 250, ""),
    # former colleagues (placement year at Corvane Materials)
    ("owen", "Owen Pryce", src.FORMER_COLLEAGUE, "Corvane Materials", "R&D Group Leader",
     "Runcorn", "Europe/London", "My manager's manager during my placement year at Corvane", "wl",
     1900, ""),
    ("claire", "Claire Dawson", src.FORMER_COLLEAGUE, "Corvane Materials", "Technical Director",
     "Runcorn", "Europe/London", "Ran the placement programme at Corvane", "w", 1900, ""),
    ("raj", "Raj Patel", src.FORMER_COLLEAGUE, "Penrose Specialty Chemicals", "Scale-up Engineer",
     "Leeds", "Europe/London", "Shared a bench at Corvane during my placement", "pl", 1900, ""),
    ("nina", "Nina Schulz", src.FORMER_COLLEAGUE, "Rheinhalde Chemie",
     "Lab Head, Polymer Analytics", "Ludwigshafen", "Europe/Berlin",
     "Fellow placement student at Corvane", "l", 1850, ""),
    ("greg", "Greg Turner", src.FORMER_COLLEAGUE, "Corvane Materials", "EHS Manager", "Runcorn",
     "Europe/London", "Trained me in process safety at Corvane", "w", 1900, ""),
    # current coworkers: never suggested, never on the agenda
    ("tom", "Tom Reilly", src.COWORKER, EMPLOYER, "Postdoctoral Research Associate", "Bristol",
     "Europe/London", "Postdoc in my group; three years at a contract research organisation", "w",
     None, "Asked me to keep our chats out of group meetings."),
    ("aisha", "Aisha Rahman", src.COWORKER, EMPLOYER, "PhD student", "Bristol", "Europe/London",
     "Fellow PhD student in my group", "w", None, ""),
    # community
    ("lucy", "Lucy Brennan", src.COMMUNITY, "Tessellate Catalysis", "Innovation Manager",
     "Bristol", "Europe/London", "Fellow volunteer at Bristol Science Café", "pl", 500, ""),
    ("isabel", "Isabel Moreno", src.COMMUNITY, "West of England STEM Hub",
     "STEM Ambassador Coordinator", "Bristol", "Europe/London",
     "Coordinates the school outreach I volunteer for", "w", 800, ""),
    ("pete", "Pete Harrison", src.COMMUNITY, "", "Retired R&D director (water treatment)", "Bath",
     "Europe/London", "Sings tenor in my community choir", "p", None,
     "Forty years in industrial R&D; happy to talk any time, he says."),
    ("joanna", "Joanna Price", src.COMMUNITY, "", "Freelance science journalist", "Bristol",
     "Europe/London", "Co-organises Bristol Science Café with me", "pl", 500, ""),
    # professional associations
    ("laura", "Laura Chen", src.ASSOCIATION, "Royal Society of Chemistry", "Policy Manager",
     "London", "Europe/London", "Both RSC members; she spoke at our local section", "wl", 100, ""),
    ("helen", "Helen Frost", src.ASSOCIATION, "Institute for Sustainable Materials", "Policy Lead",
     "London", "Europe/London", "SCI young members' network", "wl", 60, ""),
    ("charlotte", "Charlotte Evans", src.ASSOCIATION, "Royal Society of Chemistry",
     "Public Affairs Officer", "London", "Europe/London", "RSC early-career members' network", "l",
     90, ""),
    ("martin", "Martin Hughes", src.ASSOCIATION, "", "Retired industrial chemist", "Bristol",
     "Europe/London", "Chairs our RSC local section", "p", 700, ""),
    ("anjali", "Anjali Rao", src.ASSOCIATION, "Helixor Pharma", "Analytical Scientist",
     "Cambridge", "Europe/London", "RSC Analytical Division early-career network", "l", 200, ""),
    # met at events (connected on the event's date)
    ("samir", "Samir Haddad", src.EVENT, "Meridian Policy Institute",
     "Research Fellow, Science and Innovation", "London", "Europe/London",
     "Met at the science policy meetup", "wl", "meetup", ""),
    ("fiona", "Fiona MacLeod", src.EVENT, "Greywell Foundation", "Evidence Analyst", "London",
     "Europe/London", "Met at the science policy meetup; she worked in a synthesis lab", "w",
     "meetup", "Wrote her e-mail on the back of my programme."),
    ("emeka", "Emeka Obi", src.EVENT, "EPSRC", "Portfolio Manager, Chemistry", "Swindon",
     "Europe/London", "Met at the science policy meetup", "l", "meetup", ""),
    ("marta", "Marta Kowalczyk", src.EVENT, "Helixor Pharma", "Early Careers Recruiter",
     "Cambridge", "Europe/London", "Met at the Helixor stand at the RSC careers fair", "wl",
     "fair", ""),
    ("tariq", "Tariq Aziz", src.EVENT, "Corvane Materials", "Senior Chemist", "Runcorn",
     "Europe/London", "Met at the RSC careers fair; Corvane joined after my placement", "l",
     "fair", ""),
    ("beatriz", "Beatriz Santos", src.EVENT, "Carrow Partners", "Engagement Manager", "London",
     "Europe/London", "Panellist on non-academic careers at the RSC careers fair", "l", "fair",
     ""),
    # LinkedIn
    ("megan", "Megan O'Donnell", src.LINKEDIN, "Kestrel Polymers",
     "R&D Manager, Polymer Additives", "Boston", "America/New_York",
     "Shared connection: James Whitaker", "l", 30, ""),
    # The same James, once more from LinkedIn: a duplicate to merge (Contacts → Duplicates).
    ("jim", "Jim Whitaker", src.LINKEDIN, "Aldgate Coatings", "Senior Scientist", "Manchester",
     "Europe/London", "Connected on LinkedIn years ago", "l", 400, ""),
    ("jonas", "Jonas Weber", src.LINKEDIN, "Brandauer Chemie", "Senior Scientist, Catalysis",
     "Berlin", "Europe/Berlin", "Both work on porous materials", "l", "recent", ""),
    ("victoria", "Victoria Hale", src.LINKEDIN, "Halden & Rowe", "Partner, Life Sciences",
     "London", "Europe/London", "Shared group: Women in Chemistry UK", "l", 10, ""),
    ("patrick", "Patrick Doyle", src.LINKEDIN, "Ferrand Strategy", "Principal, Chemicals",
     "Toronto", "America/Toronto", "Shared connection: Aidan Brooks", "l", 5, ""),
    ("yuki", "Yuki Tanaka", src.LINKEDIN, "Solace Biosciences", "Research Scientist",
     "San Francisco", "America/Los_Angeles", "Follows the same porous-materials groups", "wl", 20,
     ""),
    ("olu", "Olu Bankole", src.LINKEDIN, "Ferrand Strategy", "Senior Manager", "London",
     "Europe/London", "Shared connection: Aidan Brooks", "l", 15, ""),
    ("eva", "Eva Lindgren", src.LINKEDIN, "Fjellstad Battery Materials", "Senior Scientist",
     "Stockholm", "Europe/Stockholm", "Commented on my poster about electrolyte additives", "l",
     45, ""),
    ("carlos", "Carlos Mendes", src.LINKEDIN, "Carbonloop", "Lead Chemist, Sorbents",
     "San Francisco", "America/Los_Angeles", "Carbon-capture sorbents, close to my thesis", "l", 8,
     ""),
    # referrals (see REFERRED_BY; connected when they were introduced)
    ("marcus", "Marcus Bell", src.REFERRAL, "Brightwater Consulting",
     "Engagement Manager, Life Sciences", "London", "Europe/London",
     "Introduced by Hannah Kowalski", "wl", "referred", ""),
    ("ingrid", "Ingrid Solberg", src.REFERRAL, "Helixor Pharma",
     "Associate Director, R&D Strategy", "Cambridge", "Europe/London",
     "Introduced by Marcus Bell; ex-Brightwater", "wl", "referred", ""),
    ("felix", "Felix Hartmann", src.REFERRAL, "Helixor Pharma",
     "Senior Scientist, Analytical Development", "Berlin", "Europe/Berlin",
     "Introduced by Ingrid Solberg", "w", "referred",
     "Ingrid said he would be busy until a regulatory filing was done; wait a few weeks."),
    ("meilin", "Mei-Lin Tan", src.REFERRAL, "Aldgate Coatings", "Formulation Team Lead",
     "Manchester", "Europe/London", "Introduced by James Whitaker", "wl", "referred", ""),
    ("rohan", "Rohan Mehta", src.REFERRAL, "Penrose Specialty Chemicals",
     "Process Development Chemist", "Leeds", "Europe/London",
     "Introduced by Mei-Lin Tan; used to be in her team", "w", "referred",
     "Mei-Lin said he was on leave for a few weeks; write after that."),
    ("olivia", "Olivia Grant", src.REFERRAL, "Parliamentary Office of Science and Technology",
     "Science Adviser", "London", "Europe/London", "Introduced by Tomás Ferreira", "w", "referred",
     ""),
    ("kwame", "Kwame Asante", src.REFERRAL, "Department for Science, Innovation and Technology",
     "Policy Adviser", "London", "Europe/London", "Introduced by Olivia Grant", "w", "referred",
     ""),
    ("peter", "Peter Novak", src.REFERRAL, "Helixor Pharma", "Regulatory Affairs Manager",
     "London", "Europe/London", "Worked with my aunt Grace at the hospital pharmacy", "p",
     "referred", ""),
    ("priya", "Priya Shah", src.REFERRAL, "Brightwater Consulting",
     "Senior Consultant, Life Sciences", "London", "Europe/London",
     "Introduced by Marcus Bell; a chemist turned consultant", "wl", "referred", ""),
    ("elena", "Elena Ruiz", src.REFERRAL, "", "Case-interview coach (former consultant)",
     "London", "Europe/London", "Introduced by Daniel Osei, who practised cases with her",
     "p", "referred", ""),
    ("nadia", "Nadia Petrov", src.REFERRAL, "Government Office for Science",
     "Policy Adviser, Futures", "London", "Europe/London", "Introduced by Kwame Asante", "w",
     "referred", ""),
    ("sofia", "Sofia Marchetti", src.REFERRAL, "Halden & Rowe", "Consultant, Life Sciences",
     "New York", "America/New_York", "Suggested by Victoria Hale; also a chemistry PhD", "wl",
     "referred", ""),
    # other
    ("robert", "Robert Kane", src.OTHER, "Aldgate Coatings", "Director of R&D", "Manchester",
     "Europe/London", "Gave the webinar on careers in coatings that I attended", "w", 40, ""),
    ("maggie", "Maggie Chu", src.OTHER, "Ashgrove Advisory", "Manager", "Edinburgh",
     "Europe/London", "Sat next to her on the train to the careers fair", "l", "fair", ""),
    ("ian", "Ian Fletcher", src.OTHER, "", "Host of the 'Beyond the Bench' careers podcast",
     "Brighton", "Europe/London", "Exchanged e-mails after an episode I liked", "p", 70, ""),
    ("simon", "Simon Clarke", src.OTHER, "University of Bath", "Senior Lecturer", "Bath",
     "Europe/London", "External assessor at my first-year review", "w", 1000,
     "Runs an industrial-fellowship scheme; knows many R&D managers."),
)
# fmt: on

REFERRED_BY = {
    "marcus": "hannah",
    "ingrid": "marcus",
    "felix": "ingrid",
    "meilin": "james",
    "rohan": "meilin",
    "olivia": "tomas",
    "kwame": "olivia",
    "peter": "grace",
    "sofia": "victoria",
    "priya": "marcus",
    "elena": "daniel",
    "nadia": "kwame",
}

# ---------------------------------------------------------------- question bank

QUESTIONS: tuple[tuple[str, str], ...] = (
    ("day", "What does a typical week look like for you, and how much of it is hands-on science?"),
    ("day", "How is your time split between meetings, experiments or analysis, and writing?"),
    ("challenges", "What is the hardest part of your role that people outside it rarely see?"),
    (
        "skills",
        "Which skills from a PhD carry over best to your work, and which did you have to "
        "build from scratch?",
    ),
    (
        "skills",
        "What would you expect someone joining from a PhD to be able to do after six months?",
    ),
    ("path", "How did you get from your PhD to this role, and what would you do differently?"),
    (
        "salary_range",
        "What salary range is typical for someone joining at PhD level, and how does it "
        "usually grow over the first few years?",
    ),
    ("balance", "How predictable are your hours, and how does the team handle busy periods?"),
    ("travel", "How much travel does the role involve, and where to: clients, sites, conferences?"),
    ("trends", "Which changes in the field do you expect to matter most over the next five years?"),
    ("trends", "How is the push for sustainability changing the projects you work on?"),
    (
        "advice",
        "If you were finishing a chemistry PhD today, what would you do in the next six months?",
    ),
    ("advice", "What do people coming from a PhD most often misunderstand about this career?"),
    (
        "resources",
        "Are there books, newsletters or societies you would recommend to someone exploring "
        "the field?",
    ),
    (
        "people",
        "Is there anyone else you think I should talk to, and would you be happy to introduce me?",
    ),
)

# Which questions (by position in QUESTIONS) were chosen for which chat.
CHOSEN = {
    "felix": (0, 3, 10, 12, 14),
    "laura": (5, 2, 7, 11),
    "owen": (9, 4, 13),
    "sofia": (5, 8, 6),
    "rohan": (1, 2, 3, 14),
    "kwame": (0, 7, 11, 14),
    "daniel": (5, 8, 12),
}

# ------------------------------------------------------------------- messages
# Requests: (channel, subject, hook, why, ask). A body of its own replaces the
# template for the people she knows well.

CALL, COFFEE, VIDEO = "call", "coffee", "video"

REQUESTS: dict[str, dict[str, str]] = {
    "hannah": {
        "channel": "email",
        "subject": "Consulting questions (coffee on me?)",
        "body": (
            "Hi Hannah,\n\nI hope the new project is treating you kindly! As you know I'm in "
            "the last year of my PhD, and consulting is one of the paths I'm weighing up. "
            "Could I buy you a coffee one lunchtime in the next couple of weeks and ask you "
            "about it for 20 minutes? I'd love to hear how you found the switch after "
            "leaving the lab.\n\nThank you, and no pressure if you're swamped.\n\nMaya"
        ),
    },
    "grace": {
        "channel": "email",
        "subject": "Could I call you one evening?",
        "body": (
            "Dear Aunty Grace,\n\nI'm starting to think seriously about life after my PhD, "
            "and you know more people in pharmacy and pharma than anyone else I can ask. "
            "Could I phone you one evening this week for 20 minutes to hear what you think "
            "and who I might talk to?\n\nThank you so much, and love to everyone.\n\nMaya"
        ),
    },
    "tomas": {
        "channel": "other",
        "subject": "",
        "body": (
            "Hey Tomás, could I borrow 20 minutes over a drink after climbing on Thursday "
            "to ask about your policy work? I'm trying to work out whether it would suit me "
            "after the PhD. First round's on me. Thanks! Maya"
        ),
    },
    "tom": {
        "channel": "other",
        "subject": "",
        "body": (
            "Hi Tom, would you have 20 minutes over lunch this week to tell me about your "
            "years at the CRO? I'm starting to think about what comes after the PhD and "
            "you're the only one in the group who has worked in industry. I'd be grateful "
            "if we kept it between us for now. Thanks, Maya"
        ),
    },
    "james": {
        "channel": "email",
        "subject": "Bristol chemistry PhD: 20 minutes on formulation R&D?",
        "hook": "I found you through the Bristol chemistry alumni network; we overlapped in "
        "the department for a year, though in different groups.",
        "why": "Your move from a PhD on colloids into formulation R&D at Aldgate is close to "
        "the path I'm considering, and I'd really value hearing how the work compares with "
        "academic research.",
        "ask": CALL,
    },
    "marcus": {
        "channel": "email",
        "subject": "Introduction via Hannah Kowalski",
        "hook": "Hannah Kowalski suggested I get in touch, and I hope that's all right.",
        "why": "She mentioned that you work with client R&D teams in the life-sciences "
        "practice, and I'd love to understand how a scientist's background is used on "
        "those projects.",
        "ask": COFFEE,
    },
    "meilin": {
        "channel": "email",
        "subject": "James Whitaker suggested we talk",
        "hook": "James Whitaker kindly passed on your name after we spoke last week.",
        "why": "He said you lead a formulation team and think a lot about what makes new PhD "
        "hires do well, which is exactly what I'm trying to understand.",
        "ask": VIDEO,
    },
    "ingrid": {
        "channel": "email",
        "subject": "Marcus Bell suggested I contact you",
        "hook": "Marcus Bell at Brightwater suggested I write to you.",
        "why": "You have worked both in consulting and in R&D strategy, the two directions "
        "I'm weighing up, so your view of each would help me a great deal.",
        "ask": VIDEO,
    },
    "olivia": {
        "channel": "email",
        "subject": "Introduction from Tomás Ferreira",
        "hook": "Tomás Ferreira told me you might be willing to chat, and I hope he was right!",
        "why": "I'm curious how scientists become advisers at POST, and what turning a "
        "contested body of research into a short briefing is really like.",
        "ask": COFFEE,
    },
    "kwame": {
        "channel": "email",
        "subject": "Olivia Grant suggested I get in touch",
        "hook": "Olivia Grant at POST suggested I contact you.",
        "why": "I'd like to understand how evidence is used inside a government department, "
        "and how a scientist settles into a civil-service policy role.",
        "ask": VIDEO,
    },
    "daniel": {
        "channel": "linkedin",
        "hook": "we're both Bristol chemistry PhDs; I remember your careers-evening talk.",
        "why": "I'd love to hear how you made the jump into consulting.",
    },
    "felix": {
        "channel": "email",
        "subject": "Ingrid Solberg suggested I write",
        "hook": "Ingrid Solberg suggested I contact you; I spoke with her about R&D at "
        "Helixor a few weeks ago.",
        "why": "I'd like to understand what analytical development looks like day to day, "
        "and how a lab scientist's role grows in a company like yours.",
        "ask": VIDEO,
    },
    "laura": {
        "channel": "email",
        "subject": "RSC member: a short chat about science policy?",
        "hook": "We met briefly at the RSC careers fair, and I'd heard you speak at our local "
        "section earlier in the year.",
        "why": "Your point that policy needs more chemists stayed with me, and I'd value "
        "hearing how you found your way into your role at the RSC.",
        "ask": CALL,
    },
    "owen": {
        "channel": "email",
        "subject": "Hello from a former placement student",
        "hook": "I hope you remember me from my placement year in the additives lab.",
        "why": "You saw me at my most junior, so I'd value your honest view of whether I'd "
        "suit industrial R&D, and of how the work at Corvane has changed since I was there.",
        "ask": VIDEO,
    },
    "sofia": {
        "channel": "email",
        "subject": "Victoria Hale suggested we speak",
        "hook": "Victoria Hale suggested I get in touch; she said you also came to "
        "consulting from a chemistry PhD.",
        "why": "I'd love to hear how you found the transition and what your first year on "
        "the team was like.",
        "ask": VIDEO,
    },
    "lucy": {
        "channel": "email",
        "subject": "A question away from the science café",
        "hook": "It was lovely to see you at the café last month.",
        "why": "I've been wondering what it's like to work at a spin-out like Tessellate, "
        "between research and business, and you'd be the perfect person to ask.",
        "ask": COFFEE,
    },
    "megan": {
        "channel": "linkedin",
        "hook": "We share a connection in James Whitaker.",
        "why": "I'd love to hear how you went from research to leading an R&D team.",
    },
    "arjun": {
        "channel": "email",
        "subject": "Fellow Bristol chemist: 15 minutes on consulting?",
        "hook": "We overlapped on the ChemSoc committee at Bristol a few years ago.",
        "why": "I saw that you joined Carrow Partners after your MChem, and I'd value hearing "
        "what the work is like and what helped you settle in.",
        "ask": CALL,
    },
    "helen": {
        "channel": "email",
        "subject": "SCI young members: a question about policy work",
        "hook": "I'm in the SCI young members' network, where I heard your talk on materials "
        "policy.",
        "why": "I'm keen to learn how you moved from the lab into policy and what the role "
        "involves from week to week.",
        "ask": CALL,
    },
    "jonas": {
        "channel": "linkedin",
        "hook": "I enjoyed your talk on flow catalysis at the RSC online symposium.",
        "why": "I'd love to hear how research is organised at Brandauer.",
    },
    "victoria": {
        "channel": "linkedin",
        "hook": "I read your piece on R&D productivity in pharma with great interest.",
        "why": "Your view of where PhD scientists fit in would help me a lot.",
    },
    "patrick": {
        "channel": "linkedin",
        "hook": "Aidan Brooks mentioned you lead Ferrand's chemicals work in Toronto.",
        "why": "I'd love to learn how PhD scientists contribute to your projects.",
    },
    "yuki": {
        "channel": "email",
        "subject": "Chemistry PhD in the UK: a question about R&D at Solace",
        "hook": "I came across your profile while reading about Solace's work on "
        "enzyme-based materials.",
        "why": "I'd love to hear how R&D is organised in a start-up, compared with the large "
        "companies I know from my placement.",
        "ask": VIDEO,
    },
    "robert": {
        "channel": "email",
        "subject": "Thank you for the webinar, and a question",
        "hook": "I attended your webinar on careers in coatings and found it really useful.",
        "why": "I'd be grateful for the chance to ask a couple of questions about how R&D "
        "teams at Aldgate are organised and what they look for in scientists.",
        "ask": CALL,
    },
    "rohan": {
        "channel": "email",
        "subject": "Mei-Lin Tan suggested I get in touch",
        "hook": "Mei-Lin Tan suggested I contact you; I hope your leave went well!",
        "why": "She said you moved from formulation into process development, and scale-up "
        "is the part of industrial chemistry I understand least.",
        "ask": VIDEO,
    },
}

ASKS = {
    CALL: "Would you have 15–20 minutes for a phone call in the next couple of weeks? I'm "
    "happy to fit around your diary.",
    COFFEE: "If you have a spare 20 minutes, could I buy you a coffee near your office one "
    "morning? A call would work just as well.",
    VIDEO: "Could I ask for 15–20 minutes on a video call, at whatever time suits you?",
}
THANKS_IN_ADVANCE = (
    "Thank you in advance; I know how full diaries get.",
    "Many thanks for considering it, and no problem at all if the timing doesn't work.",
    "Thank you very much for reading this.",
)
FOLLOW_UPS = (
    "Hi {first},\n\nI'm following up on my note from {sent} in case it got buried. I'd still "
    "be very grateful for 15 minutes to hear about {topic}, whenever suits you, and I "
    "completely understand if now is a busy time.\n\nBest wishes,\nMaya",
    "Hi {first},\n\nA gentle nudge on my message of {sent}. A short call about {topic} would "
    "help me a lot as I plan what comes after my PhD. If it's easier, I could send two or "
    "three questions by e-mail instead.\n\nMany thanks,\nMaya",
)

# Thank-yous: one specific thing from each chat.
THANK_YOUS = {
    "hannah": "Your advice to lead with the answer and then the evidence has already changed "
    "how I'm writing my thesis summary. Thank you for the introduction to Marcus too; I'll "
    "write to him this week.",
    "james": "Hearing how customer deadlines shape formulation projects gave me a far clearer "
    "picture than anything I had read. Thank you also for offering to introduce me to Mei-Lin.",
    "marcus": "Your walk-through of an R&D portfolio review showed me where a chemist adds "
    "value on a consulting team, and I'll take your warning about the second year seriously. "
    "I'll contact Ingrid as you suggested.",
    "grace": "Thank you for listening, and for asking Peter on my behalf. Your reminder to ask "
    "about the dull parts of a job, not only the exciting ones, was spot on.",
    "meilin": "Your point that new hires should think about manufacturability from day one "
    "really stuck with me, and I've started the short course on design of experiments you "
    "recommended.",
    "ingrid": "The distinction you drew between doing the science and shaping which science "
    "gets done is the most useful framing I've heard so far. I'll contact Felix once his "
    "filing is out of the way.",
    "tomas": "The two-page rule and your list of ways into policy were exactly what I needed. "
    "Next round is definitely on me.",
    "olivia": "Your explanation of how a POST note is reviewed and kept impartial was "
    "fascinating, and I've ordered The Honest Broker. Thank you for offering to introduce me "
    "to Kwame.",
    "kwame": "It was really helpful to hear how evidence travels through a department before "
    "it reaches a minister, and I'll be at the meetup you mentioned. Thank you for offering "
    "to put me in touch with Nadia.",
    "daniel": "Your honest account of the first year in Boston was both sobering and "
    "encouraging. I've started The Pyramid Principle and will get in touch with Elena about "
    "case practice.",
    "tom": "Thanks for lunch and for being so open about your CRO years. I'll keep it between "
    "us, as promised.",
}

KEEP_IN_TOUCH = {
    "hannah": "Hi Hannah,\n\nA quick update: I met Marcus, who introduced me to Ingrid Solberg "
    "at Helixor, and that was one of the most useful conversations so far. I've also done six "
    "practice cases from Case in Point. Thank you for starting the chain!\n\nMaya",
    "marcus": "Hi Marcus,\n\nI wanted to let you know that Ingrid was generous with her time "
    "and gave me a lot to think about. I also went to the case-interview workshop you "
    "mentioned, which was excellent. I'll look out for the recruitment day in "
    "January.\n\nBest wishes,\nMaya",
    "grace": "Hi Aunty,\n\nPeter replied and we'll find a time to talk; thank you for asking "
    "him. I've had about ten conversations now and I'm learning a lot from each. Speak on "
    "Sunday!\n\nMaya",
}

# Notes taken after each chat.
NOTES = {
    "hannah": "Coffee at the Watershed. Her week swings between client workshops and late "
    "nights on slides. The first thing consulting trains out of a PhD is going deep before "
    "answering: lead with the answer, then the evidence. The life-sciences practice values "
    "PhDs for credibility with client R&D teams. Case interviews are learnable: about twenty "
    "practice cases with a partner. She suggested Marcus Bell, an engagement manager in the "
    "life-sciences practice.",
    "james": "Video call. Formulation R&D at Aldgate runs as projects with stage gates; he is "
    "at the bench maybe 40% of the time, less each year. Biggest adjustment: deadlines come "
    "from customers, not from the science. They hire PhDs for problem-solving but test "
    "teamwork and communication at interview. Solvent-free and bio-based binders drive most "
    "new projects. Offered to introduce me to Mei-Lin Tan, who leads a formulation team.",
    "marcus": "Breakfast near Liverpool Street. Projects last six to twelve weeks: R&D "
    "portfolio reviews, due diligence for investors, launch strategy. Two or three days a "
    "week at client sites is normal. PhD hires join alongside post-MBA associates, and he "
    "gave me the usual starting range for that level. Warned that utilisation pressure is "
    "real and that many leave in year two. Recommended Ingrid Solberg, who left Brightwater "
    "for R&D strategy in pharma: a bridge between the two worlds I'm considering.",
    "grace": "Phone call. Several people she knew moved from hospital pharmacy into industry, "
    "most of them into regulatory affairs. She'll ask Peter Novak (regulatory affairs at "
    "Helixor) whether he would talk to me. Reminded me to ask about the unglamorous parts of "
    "a job.",
    "meilin": "Video call. She leads six formulators; her days are project reviews, "
    "troubleshooting with the plant and mentoring. Her pain point is lab results that do not "
    "survive scale-up, so she wants new hires who think about manufacturability early. "
    "Suggested I learn design of experiments (DoE). Rohan Mehta, now in process development "
    "at Penrose, would be good on scale-up; he is on leave for a few weeks.",
    "ingrid": "Video call. Her role sits between R&D and the business: she builds the case for "
    "which projects get funded. Consulting taught her fast, structured synthesis; pharma gave "
    "her depth and a longer horizon. Her advice: decide whether I want to do the science or "
    "shape which science gets done. Felix Hartmann in analytical development (Berlin) can "
    "tell me about the lab side at Helixor.",
    "tomas": "Drinks after climbing. Policy at a charity means briefings, consultation "
    "responses and a lot of coalition-building. Writing short is everything: two pages at "
    "most for anything a minister might read. Ways in: fellowships, graduate schemes, "
    "learned societies. He knows Olivia Grant at POST and will introduce me.",
    "olivia": "Coffee near Westminster. POST notes are peer-reviewed, impartial and written "
    "for parliamentarians with ten minutes to spare. The key skill is summarising a contested "
    "evidence base fairly. Many advisers came in through the PhD fellowship scheme. Pain "
    "points: short deadlines, and saying 'the evidence is uncertain' without sounding evasive. "
    "Suggested Kwame Asante at DSIT for the government side.",
    "kwame": "Video call. Policy roles in the civil service change every two years or so; "
    "scientists are valued for judging evidence rather than for their specialism. His days: "
    "drafting submissions, meeting analysts, answering parliamentary questions at short "
    "notice. Hours are reasonable except around fiscal events. Suggested the science policy "
    "meetup and offered to introduce me to Nadia Petrov at the Government Office for Science.",
    "daniel": "Video call (10:00 in Boston). Joined Carrow's Boston office through their PhD "
    "programme. A typical case: commercial due diligence on a biotech platform. The first "
    "year is steep: spreadsheets and storytelling, not chemistry. Travel is heavy but mostly "
    "domestic. Suggested Barbara Minto's book and practising cases with Elena Ruiz, a former "
    "consultant who coaches.",
    "tom": "Lunch in the department. Three years at a contract research organisation: fast "
    "turnaround, lots of method validation, clear hours. He came back for the independence "
    "and misses the team spirit. Suggested a book on managing scientists.",
    "rohan": "Video call. Scale-up is about heat and mass transfer more than chemistry: what is "
    "calm in a 250 mL flask can run away in a two-tonne reactor. About half his time goes on "
    "plant trials and hazard studies (HAZOP). Penrose hires chemists into process "
    "development and teaches them the engineering. Recommended The Goal and IChemE's "
    "affiliate membership. Ran out of time before asking who else I should talk to: ask in "
    "the thank-you.",
}

# Action items from each chat: (kind, title, done after this many business days, or None).
# "meetup" means the evening of the science policy meetup.
ACTIONS: dict[str, tuple[tuple[str, str, int | str | None], ...]] = {
    "hannah": (
        ("book", "Case in Point, by Marc Cosentino", 45),
        ("website", "Brightwater's careers page on the PhD route into consulting", 51),
        ("person", "Marcus Bell (Brightwater, life-sciences practice)", 51),
    ),
    "james": (
        ("organisation", "Society of Chemical Industry young members' network", 40),
        ("website", "Aldgate's graduate scientist programme page", 44),
    ),
    "marcus": (
        ("event", "Brightwater case-interview workshop for PhDs", 30),
        ("lead", "Brightwater PhD and postdoc recruitment day: applications open in January", None),
    ),
    "grace": (("person", "Peter Novak (regulatory affairs, Helixor)", 45),),
    "meilin": (
        ("website", "A short online course on design of experiments (DoE)", 30),
        ("organisation", "RSC formulation science interest group", 33),
    ),
    "ingrid": (("lead", "Helixor graduate R&D rotation: register interest before February", 31),),
    "tomas": (("organisation", "Campaign for Science and Engineering (CaSE) newsletter", 34),),
    "olivia": (
        ("book", "The Honest Broker, by Roger Pielke Jr.", 20),
        ("lead", "POST fellowship for PhD students: check the next call and my eligibility", None),
    ),
    "kwame": (
        ("event", "Science policy meetup: evidence in a hurry", "meetup"),
        ("person", "Nadia Petrov (Government Office for Science)", 19),
    ),
    "daniel": (
        ("book", "The Pyramid Principle, by Barbara Minto", 2),
        ("person", "Elena Ruiz (former consultant, coaches case interviews)", 20),
    ),
    "tom": (("book", "Managing Scientists, by Alice Sapienza", None),),
    "rohan": (
        ("book", "The Goal, by Eliyahu Goldratt", None),
        ("organisation", "IChemE affiliate membership", None),
    ),
}

# The outcome of each job lead, and whether the person who told her referred her.
LEADS: dict[str, tuple[str, bool]] = {
    "Brightwater PhD and postdoc recruitment day: applications open in January": ("open", False),
    "Helixor graduate R&D rotation: register interest before February": ("applied", True),
    "POST fellowship for PhD students: check the next call and my eligibility": ("open", False),
}

# Done but not yet reported back to the person who suggested it: Today says "tell them".
UNTOLD = {("daniel", "book")}

FAIR = (
    "RSC careers fair",
    "Bristol",
    "About twenty employers, a CV clinic and a panel on careers outside academia. Practised "
    "my pitch on the train; it ran to 40 seconds.",
)
MEETUP = (
    "Science policy meetup: evidence in a hurry",
    "London",
    "Evening for early-career researchers: a panel of advisers from Parliament, government "
    "and a think tank, then drinks. Panel on turning a week-long evidence review into advice.",
)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-").strip("-")


def _round_up(moment: datetime, minutes: int) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = (-moment.minute) % minutes
    return moment + timedelta(minutes=extra)


# ------------------------------------------------------------------- the builder


class _Campaign:
    """Builds the demo for one user around one `now`; see `seed_demo`."""

    def __init__(self, user, now: datetime):
        self.user = user
        self.zone = ZoneInfo(TIMEZONE)
        self.now = now
        self.local_now = now.astimezone(self.zone)
        self.today = self.local_now.date()
        self.rng = random.Random(2026)
        self.contacts: dict[str, Contact] = {}
        self.chats: dict[str, Conversation] = {}
        self.last_step: dict[str, datetime] = {}
        self.started: dict[str, datetime] = {}
        self.targets: dict[str, Target] = {}
        self.questions: list = []
        self._bdays: dict[int, date] = {}
        # The science policy meetup: the latest business day at least three days ago.
        meetup = self.today - timedelta(days=3)
        while not is_business_day(meetup):
            meetup -= timedelta(days=1)
        self.meetup_day = meetup
        self.fair_day = self.bday(38)

    # --- time -------------------------------------------------------------------

    def bday(self, n: int) -> date:
        """The latest business day from which `n` business days have passed by today.

        This is how the follow-up rules count: a request sent on that day is exactly
        `n` business days old today, whichever weekday today is.
        """
        if n not in self._bdays:
            day = self.today - timedelta(days=1)
            while not (is_business_day(day) and add_business_days(day, n) <= self.today):
                day -= timedelta(days=1)
            self._bdays[n] = day
        return self._bdays[n]

    def at(self, day: date, hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def b(self, n: int, hhmm: str) -> datetime:
        """`hhmm` local time, `n` business days ago."""
        return self.at(self.bday(n), hhmm)

    def _step(self, key: str, when: datetime) -> datetime:
        """Check that a step of `key`'s story is in the past and after the previous one."""
        if when >= self.now:
            raise RuntimeError(f"demo step for {key} at {when} is not in the past")
        previous = self.last_step.get(key)
        if previous is not None and when <= previous:
            raise RuntimeError(f"demo steps for {key} are out of order at {when}")
        self.last_step[key] = when
        return when

    # --- records ----------------------------------------------------------------

    def profile(self) -> None:
        profile = get_profile(self.user)
        profile.name = NAME
        profile.email = EMAIL
        profile.timezone = TIMEZONE
        profile.employer = EMPLOYER
        profile.save()

    def make_targets(self) -> None:
        for key, (name, motivation, research) in TARGETS.items():
            advocacy, postings = LAMP[key]
            self.targets[key] = Target.objects.create(
                owner=self.user,
                name=name,
                kind=Target.CAREER,
                research=research,
                motivation=motivation,
                advocacy=advocacy,
                postings=postings,
                pitch=PITCHES[key],
            )
        Target.objects.filter(pk__in=[t.pk for t in self.targets.values()]).update(
            created_at=self.b(58, "20:30")
        )

    def make_organisation_targets(self) -> None:
        """Employers weighed LAMP-style (made once the organisations exist)."""
        made = []
        for org, career, motivation, advocacy, postings, research in ORGANISATION_TARGETS:
            made.append(
                Target.objects.create(
                    owner=self.user,
                    name=org,
                    kind=Target.ORGANIZATION,
                    organization=organization_named(self.user, org),
                    motivation=motivation,
                    advocacy=advocacy,
                    postings=postings,
                    research=research,
                    pitch=PITCHES[career],
                )
            )
        Target.objects.filter(pk__in=[t.pk for t in made]).update(created_at=self.b(50, "20:30"))

    def make_contacts(self) -> None:
        campaign_start = self.bday(56)
        organisations = {}
        for row in CONTACTS:
            org = row[3]
            if org and org not in organisations:
                organisations[org] = organization_named(self.user, org)
        for name, (website, notes) in ORGANISATION_NOTES.items():
            org = organisations[name]
            org.website = website
            org.notes = notes
            org.save(update_fields=["website", "notes"])

        def generation(key: str) -> int:
            return 0 if key not in REFERRED_BY else 1 + generation(REFERRED_BY[key])

        added: dict[str, datetime] = {}
        by_generation: dict[int, list[Contact]] = {}
        for row in CONTACTS:
            key, name, source, org, title, location, zone, connection, reach, known, notes = row
            first, last = name.split()[0], name.split()[-1]
            email = ""
            if "w" in reach:
                domain = _slug(org.split()[0]) if org else "mail"
                email = f"{_slug(first)}.{_slug(last)}@{domain}.example.com"
            elif "p" in reach:
                email = f"{_slug(first)}.{_slug(last)}@example.org"
            linkedin = ""
            if "l" in reach:
                linkedin = (
                    f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-"
                    f"{self.rng.randrange(16**6):06x}"
                )
            # When she added them, and when they first connected.
            if known == "meetup":
                added[key] = self.at(self.meetup_day, "22:40")
                connected_on = self.meetup_day
            elif known == "fair":
                added[key] = self.at(self.fair_day, "19:15")
                connected_on = self.fair_day
            elif known == "referred":
                added[key] = datetime.max.replace(tzinfo=self.zone)  # set when introduced
                connected_on = None
            elif known == "recent":
                added[key] = self.b(2, "12:10")
                connected_on = self.bday(2)
            else:
                minutes = self.rng.randrange(0, 180)
                added[key] = self.at(campaign_start, "19:00") + timedelta(minutes=minutes)
                connected_on = None if known is None else campaign_start - timedelta(days=known)
            contact = Contact(
                owner=self.user,
                name=name,
                email=email,
                linkedin_url=linkedin,
                organization=organisations.get(org),
                title=title,
                location=location,
                timezone=zone,
                source=source,
                connection=connection,
                connected_on=connected_on,
                notes=notes,
            )
            self.contacts[key] = contact
            by_generation.setdefault(generation(key), []).append(contact)
        self.added = added
        for depth in sorted(by_generation):
            for key, contact in self.contacts.items():
                if key in REFERRED_BY and generation(key) == depth:
                    contact.referred_by = self.contacts[REFERRED_BY[key]]
            Contact.objects.bulk_create(by_generation[depth])
        if len(self.contacts) != len(CONTACTS):
            raise RuntimeError("demo contact keys must be unique")

    def introduced(self, key: str, when: datetime) -> None:
        """`key` was introduced (referred) at `when`: that is when she added them."""
        self.added[key] = when
        self.contacts[key].connected_on = when.date()

    def finish_contacts(self) -> None:
        contacts = list(self.contacts.values())
        for key, contact in self.contacts.items():
            if self.added[key] >= self.now:
                raise RuntimeError(f"demo contact {key} was never introduced")
            contact.created_at = self.added[key]
        Contact.objects.bulk_update(contacts, ["created_at", "connected_on"])

    def make_questions(self) -> None:
        self.questions = [add_question(self.user, text, topic) for topic, text in QUESTIONS]

    # --- one conversation -------------------------------------------------------

    def start(self, key: str, target: str | None, when: datetime) -> None:
        self._step(key, when)
        self.started[key] = when
        self.chats[key] = start_conversation(
            self.user,
            self.contacts[key],
            now=when,
            target=self.targets[target] if target else None,
        )

    def greet(self, key: str) -> str:
        return "Aunty Grace" if key == "grace" else self.contacts[key].first_name

    def target_key(self, key: str) -> str:
        target_id = self.chats[key].target_id
        return next((k for k, t in self.targets.items() if t.pk == target_id), "")

    def move(self, key: str, status: str, when: datetime, at: datetime | None = None) -> None:
        self._step(key, when)
        self.chats[key] = move_conversation(self.user, self.chats[key], status, now=when, at=at)

    def message(
        self, key: str, kind: str, when: datetime, body: str, subject: str = "", channel="email"
    ) -> None:
        self._step(key, when)
        record_message(
            self.user,
            self.chats[key],
            kind=kind,
            channel=channel,
            subject=subject,
            body=body,
            now=when,
            sent=True,
        )

    def request(self, key: str, when: datetime) -> None:
        """Send the request (e-mail or LinkedIn note) and move to requested."""
        spec = REQUESTS[key]
        first = self.contacts[key].first_name
        field = FIELDS.get(self.target_key(key), "my options")
        channel = spec["channel"]
        if "body" in spec:
            body, kind = spec["body"], "request"
        elif channel == "linkedin":
            kind = "linkedin_note"
            short = SHORT_FIELDS.get(self.target_key(key), "my options")
            body = (
                f"Hi {first}, {spec['hook']} I'm a final-year chemistry PhD at Bristol "
                f"exploring {short}. {spec['why']} Would you have 15 minutes for a call in the "
                "coming weeks? Thank you, Maya"
            )
        else:
            kind = "request"
            thanks = THANKS_IN_ADVANCE[len(self.chats) % len(THANKS_IN_ADVANCE)]
            body = (
                f"Hi {first},\n\n{spec['hook']} I'm Maya, a final-year chemistry PhD student "
                f"at the University of Bristol, exploring {field} as a next step.\n\n"
                f"{spec['why']}\n\n{ASKS[spec['ask']]}\n\n{thanks}\n\nBest wishes,\nMaya Okafor"
            )
        self.message(key, kind, when, body, spec.get("subject", ""), channel)
        self.move(key, pipeline.REQUESTED, when + timedelta(minutes=1))

    def follow_up(self, key: str, when: datetime, variant: int = 0) -> None:
        contact = self.contacts[key]
        chat = self.chats[key]
        sent = chat.requested_at.astimezone(self.zone).date()
        body = FOLLOW_UPS[variant % len(FOLLOW_UPS)].format(
            first=contact.first_name, sent=day_text(sent), topic=TOPICS[self.target_key(key)]
        )
        subject = REQUESTS[key].get("subject", "")
        self.message(key, "follow_up", when, body, f"Re: {subject}" if subject else "")

    def schedule(
        self, key: str, when: datetime, chat_at: datetime, how: str = VIDEO, place: str = ""
    ) -> None:
        """The contact said yes: confirm the time (unless `how` is "chat": they settled it
        in person or by text) and move to scheduled."""
        if how == "chat":
            self.move(key, pipeline.SCHEDULED, when, at=chat_at)
            self.choose_questions(key)
            return
        contact = self.contacts[key]
        local = chat_at.astimezone(self.zone)
        when_text = f"{day_text(local.date())} at {local:%H:%M}"
        if contact.timezone and contact.timezone != TIMEZONE:
            theirs = chat_at.astimezone(ZoneInfo(contact.timezone))
            when_text += f" London time ({theirs:%H:%M} for you in {contact.location})"
        medium = (
            place
            or {
                VIDEO: "I'll send a video link with the calendar invitation.",
                COFFEE: "I'll meet you at the café you suggested and look out for you by the door.",
                CALL: "I'll ring you on the number in your signature.",
            }[how]
        )
        body = (
            f"Hi {self.greet(key)},\n\nThank you, {when_text} is perfect. {medium} I'll keep "
            "an eye on the clock so we finish within 20 minutes.\n\nLooking forward to it,\nMaya"
        )
        subject = f"Confirmed: {day_text(local.date())}, {local:%H:%M}"
        self.message(key, "confirmation", when, body, subject)
        self.move(key, pipeline.SCHEDULED, when + timedelta(minutes=1), at=chat_at)
        # Confirmed in the agreed zone, with how and where, as the scheduling panel does.
        Conversation.objects.filter(pk=self.chats[key].pk).update(
            zone=TIMEZONE,
            medium={VIDEO: "video", COFFEE: "coffee", CALL: "phone"}[how],
            where=place,
            confirmed_at=when,
        )
        self.choose_questions(key)

    def choose_questions(self, key: str) -> None:
        for index in CHOSEN.get(key, ()):
            choose_question(self.user, self.chats[key], self.questions[index])

    def hold(self, key: str, when: datetime) -> None:
        """The chat happened: move to held, then write up notes and action items."""
        self.move(key, pipeline.HELD, when)
        chat = self.chats[key]
        note_at = self._step(key, when + timedelta(minutes=25))
        note = add_note(self.user, chat, NOTES[key], now=note_at)
        for kind, title, done in ACTIONS.get(key, ()):
            action = add_action(self.user, chat, kind, title, now=note_at)
            # Written down with the note, so the thank-you can name it.
            action.note = note
            if kind == "person":
                named = title.split(" (")[0]
                action.person = next((c for c in self.contacts.values() if c.name == named), None)
            action.save(update_fields=["note", "person"])
            if kind == "lead":
                outcome, referred = LEADS[title]
                Lead.objects.create(
                    owner=self.user,
                    title=title.split(":")[0],
                    organization=self.contacts[key].organization,
                    told_by=self.contacts[key],
                    referred=referred,
                    outcome=outcome,
                    notes=title,
                    conversation=chat,
                    action=action,
                    learned_at=note_at,
                )
            if done is None:
                continue
            done_at = (
                self.at(self.meetup_day, "21:30") if done == "meetup" else self.b(done, "20:45")
            )
            if not note_at < done_at < self.now:
                raise RuntimeError(f"demo action for {key} done at an impossible time")
            set_action_done(action, True, now=done_at)
            if (key, kind) not in UNTOLD:
                # She told them within two days (the loop closed), except the one
                # left open so that Today shows it.
                action.told_at = min(done_at + timedelta(days=2), self.now - timedelta(hours=1))
                action.save(update_fields=["told_at"])

    def thank(self, key: str, when: datetime) -> None:
        held = self.chats[key].held_at.astimezone(self.zone).date()
        gap = (when.astimezone(self.zone).date() - held).days
        day = "today" if gap == 0 else "yesterday" if gap == 1 else f"on {day_text(held)}"
        channel = "other" if key in ("tomas", "tom") else "email"
        body = (
            f"Hi {self.greet(key)},\n\nThank you so much for your time {day}. "
            f"{THANK_YOUS[key]}\n\nBest wishes,\nMaya"
        )
        self.message(key, "thank_you", when, body, "Thank you", channel)
        self.move(key, pipeline.THANKED, when + timedelta(minutes=1))

    def after_held(self, key: str, hours: int, minutes: int = 0) -> datetime:
        return self.chats[key].held_at + timedelta(hours=hours, minutes=minutes)

    def note(self, key: str, when: datetime, body: str) -> None:
        add_note(self.user, self.chats[key], body, now=self._step(key, when))

    # --- the campaign -----------------------------------------------------------

    def stories(self) -> None:
        b, at = self.b, self.at
        today, yesterday = self.today, self.today - timedelta(days=1)

        # Thanked, long ago. Each introduced someone, who was asked in turn.
        self.start("hannah", CONSULTING, b(56, "19:40"))
        self.request("hannah", b(55, "20:05"))
        self.schedule(
            "hannah", b(54, "08:15"), b(52, "12:30"), COFFEE, "See you at the Watershed café."
        )
        self.hold("hannah", b(52, "12:55"))
        self.introduced("marcus", b(52, "13:30"))
        self.thank("hannah", b(52, "19:30"))
        self.message(
            "hannah",
            "keep_in_touch",
            b(22, "18:40"),
            KEEP_IN_TOUCH["hannah"],
            "An update, and thank you",
        )

        self.start("tom", RD, b(56, "20:10"))
        self.request("tom", b(53, "11:00"))
        self.schedule("tom", b(53, "15:00"), b(49, "12:30"), "chat")
        self.hold("tom", b(49, "13:05"))
        self.thank("tom", b(49, "17:20"))

        self.start("james", RD, b(56, "20:20"))
        self.request("james", b(53, "09:15"))
        self.schedule("james", b(51, "14:00"), b(48, "11:00"), VIDEO)
        self.hold("james", b(48, "11:25"))
        self.introduced("meilin", b(48, "12:00"))
        # Thanked, and nothing since: time for a keep-in-touch update.
        self.thank("james", self.after_held("james", hours=5))

        self.start("grace", RD, b(56, "20:30"))
        self.request("grace", b(50, "18:30"))
        self.schedule("grace", b(49, "08:00"), b(47, "18:30"), "chat")
        self.hold("grace", b(47, "19:05"))
        self.introduced("peter", b(47, "19:40"))
        self.thank("grace", self.after_held("grace", hours=13, minutes=25))
        self.message("grace", "keep_in_touch", b(10, "19:15"), KEEP_IN_TOUCH["grace"], "News")

        self.start("marcus", CONSULTING, b(52, "20:00"))
        self.request("marcus", b(51, "08:45"))
        self.schedule(
            "marcus",
            b(50, "12:10"),
            b(46, "08:15"),
            COFFEE,
            "I'll see you at the coffee bar by the Liverpool Street exit.",
        )
        self.hold("marcus", b(46, "08:40"))
        self.introduced("ingrid", b(46, "09:30"))
        self.introduced("priya", b(46, "09:35"))
        self.thank("marcus", b(46, "17:00"))
        self.message(
            "marcus", "keep_in_touch", b(15, "09:05"), KEEP_IN_TOUCH["marcus"], "Thank you again"
        )

        self.start("meilin", RD, b(48, "12:30"))
        self.request("meilin", b(46, "10:00"))
        self.schedule("meilin", b(44, "16:20"), b(35, "14:00"), VIDEO)
        self.hold("meilin", b(35, "14:25"))
        self.introduced("rohan", b(35, "15:00"))
        self.thank("meilin", b(35, "18:10"))

        self.start("ingrid", CONSULTING, b(46, "10:00"))
        self.request("ingrid", b(44, "09:30"))
        self.schedule("ingrid", b(42, "11:40"), b(33, "16:00"), VIDEO)
        self.hold("ingrid", b(33, "16:30"))
        self.introduced("felix", b(33, "17:00"))
        self.thank("ingrid", self.after_held("ingrid", hours=16, minutes=30))

        self.start("tomas", POLICY, b(56, "20:40"))
        self.request("tomas", b(38, "21:10"))
        self.schedule("tomas", b(38, "21:45"), b(36, "20:00"), "chat")
        self.hold("tomas", b(36, "20:40"))
        self.introduced("olivia", b(36, "21:00"))
        self.thank("tomas", self.after_held("tomas", hours=12, minutes=10))

        self.start("olivia", POLICY, b(36, "21:10"))
        self.request("olivia", b(34, "09:20"))
        self.schedule(
            "olivia",
            b(32, "13:00"),
            b(28, "12:00"),
            COFFEE,
            "I'll meet you at the café on Whitehall and bring my questions.",
        )
        self.hold("olivia", b(28, "12:35"))
        self.introduced("kwame", b(28, "13:00"))
        self.thank("olivia", b(28, "18:00"))

        self.start("kwame", POLICY, b(28, "13:10"))
        self.request("kwame", b(26, "09:40"))
        self.schedule("kwame", b(25, "10:30"), b(20, "10:00"), VIDEO)
        self.hold("kwame", b(20, "10:25"))
        self.introduced("nadia", b(19, "18:00"))
        self.thank("kwame", b(20, "16:45"))

        self.start("daniel", CONSULTING, b(56, "21:00"))
        self.request("daniel", b(30, "08:30"))
        self.schedule("daniel", b(27, "13:00"), b(24, "15:00"), VIDEO)
        self.hold("daniel", b(24, "15:25"))
        self.introduced("elena", b(20, "20:40"))
        self.thank("daniel", b(24, "20:00"))

        # Declined, no response, cancelled.
        self.start("victoria", CONSULTING, b(56, "21:10"))
        self.request("victoria", b(35, "08:40"))
        self.move("victoria", pipeline.DECLINED, b(33, "17:30"))
        self.note(
            "victoria",
            b(33, "17:35"),
            "Replied kindly: no time before the end of the year. She suggested Sofia "
            "Marchetti on her team, who also came from a chemistry PhD.",
        )
        self.introduced("sofia", b(33, "17:40"))

        self.start("robert", RD, b(56, "21:20"))
        self.request("robert", b(26, "11:30"))
        self.move("robert", pipeline.DECLINED, b(24, "09:10"))
        self.note(
            "robert",
            b(24, "09:15"),
            "Replied that requests like this go through their graduate recruitment team, and "
            "pointed me to the careers page. Fair enough: James and Mei-Lin already gave me "
            "the inside view of Aldgate.",
        )

        self.start("patrick", CONSULTING, b(56, "21:30"))
        self.request("patrick", b(40, "13:30"))
        self.follow_up("patrick", b(32, "13:15"), 0)
        self.move("patrick", pipeline.NO_RESPONSE, b(24, "08:50"))
        self.note(
            "patrick",
            b(24, "08:55"),
            "No reply to the note or the follow-up. Moving on; Aidan Brooks works at Ferrand "
            "too and might be a warmer way in.",
        )

        self.start("yuki", RD, b(56, "21:40"))
        self.request("yuki", b(30, "09:05"))
        self.follow_up("yuki", b(22, "08:40"), 1)
        self.move("yuki", pipeline.NO_RESPONSE, b(14, "09:30"))
        self.note(
            "yuki",
            b(14, "09:35"),
            "Nothing back. Mina Park (Bristol alumni, also in the Bay Area) is a warmer route "
            "to start-up R&D over there.",
        )

        self.start("lucy", RD, b(56, "21:50"))
        self.request("lucy", b(25, "18:00"))
        self.schedule("lucy", b(23, "09:00"), b(19, "12:30"), COFFEE)
        self.move("lucy", pipeline.CANCELLED, b(20, "16:05"))
        self.note(
            "lucy",
            b(20, "16:10"),
            "Lucy had to cancel: a grant deadline moved forward. She suggested getting back in "
            "touch in the new year.",
        )
        self.message(
            "lucy",
            "cancellation",
            b(20, "16:30"),
            "Hi Lucy,\n\nNo problem at all, and good luck with the deadline. I'll get back in "
            "touch in the new year, if that still suits.\n\nBest,\nMaya",
            "Re: Thursday coffee",
        )

        # Cancelled by her, then asked again and scheduled anew: the pipeline allows it.
        self.start("sofia", CONSULTING, b(33, "18:00"))
        self.request("sofia", b(20, "09:10"))
        self.schedule("sofia", b(18, "14:30"), b(14, "16:00"), VIDEO)
        self.move("sofia", pipeline.CANCELLED, b(15, "13:20"))
        self.note("sofia", b(15, "13:25"), "Sofia was called to a client site at short notice.")
        self.message(
            "sofia",
            "cancellation",
            b(15, "13:40"),
            "Hi Sofia,\n\nOf course; safe travels, and thank you for letting me know. I'll "
            "suggest a couple of new times for the week after.\n\nBest wishes,\nMaya",
            "Re: Confirmed",
        )
        self.message(
            "sofia",
            "reschedule",
            b(13, "14:00"),
            "Hi Sofia,\n\nI hope the client visit went well. Would one of next week's mornings, "
            "your time, work for our 20-minute call? Any day but Monday suits me.\n\nBest "
            "wishes,\nMaya",
            "New time for our call?",
        )
        self.move("sofia", pipeline.REQUESTED, b(13, "14:01"))
        self.schedule("sofia", b(11, "15:10"), at(add_business_days(today, 6), "15:00"), VIDEO)

        # Scheduled: one next week, one tomorrow (prepare), one later today (be on time).
        self.start("owen", RD, b(56, "22:00"))
        self.request("owen", b(5, "10:20"))
        self.schedule("owen", b(2, "16:45"), at(add_business_days(today, 4), "10:00"), VIDEO)

        self.start("felix", RD, b(33, "17:30"))
        self.request("felix", b(6, "10:00"))
        # Agreed on the phone; the confirmation with the invitation is still to send.
        self.schedule("felix", b(4, "18:30"), at(today + timedelta(days=1), "14:00"), "chat")

        # Later today: a few hours from now, and not before 10:00.
        chat_at = max(_round_up(self.local_now + timedelta(hours=3), 15), at(today, "10:00"))
        if chat_at.date() != today:  # too late in the evening: in 45 minutes, then
            chat_at = _round_up(self.local_now + timedelta(minutes=45), 5)
        self.start("laura", POLICY, b(56, "22:10"))
        self.request("laura", b(8, "09:50"))
        self.schedule("laura", b(6, "11:20"), chat_at, CALL)

        # Held yesterday, no thank-you yet, names not asked for.
        self.start("rohan", RD, b(35, "15:10"))
        self.request("rohan", b(7, "09:10"))
        self.schedule("rohan", b(5, "12:40"), at(yesterday, "15:30"), VIDEO)
        self.hold("rohan", at(yesterday, "15:55"))

        # Requested: awaiting a reply, due a follow-up, due to be given up on.
        self.start("megan", RD, b(56, "22:20"))
        self.request("megan", b(7, "08:45"))  # follow-up due

        self.start("arjun", CONSULTING, b(56, "22:30"))
        self.request("arjun", b(3, "09:10"))  # next person due

        self.start("helen", POLICY, b(56, "22:40"))
        self.request("helen", b(16, "11:20"))
        self.follow_up("helen", b(8, "09:00"), 1)  # no reply since: mark no response

        self.start("jonas", RD, b(2, "12:20"))
        self.request("jonas", b(1, "08:50"))

        # Met at the meetup and asked at once; the others there are still to follow up.
        morning_after = self.at(self.meetup_day + timedelta(days=1), "09:00")
        self.start("samir", POLICY, morning_after)
        self.message(
            "samir",
            "event_follow_up",
            morning_after + timedelta(minutes=10),
            f"Hi Samir,\n\nThank you for the conversation at the meetup on "
            f"{day_text(self.meetup_day).split()[0]}; your point about evidence reviews "
            "that must be done in a week has stayed with me. I'm a final-year chemistry PhD "
            "at Bristol exploring science policy, and I'd love to hear more about your work "
            "at Meridian. Would you have 15–20 minutes for a call in the next few "
            "weeks?\n\nThanks again,\nMaya",
            "Great to meet you at the meetup",
        )
        self.move("samir", pipeline.REQUESTED, morning_after + timedelta(minutes=11))

        # Prospects: on the list, not asked yet.
        for key, target, n in (
            ("chidi", RD, 56),
            ("aidan", CONSULTING, 24),
            ("charlotte", POLICY, 40),
            ("marta", RD, 37),
            ("peter", RD, 30),
            ("kofi", RD, 50),
            ("isabelle", POLICY, 18),
        ):
            self.start(key, target, b(n, "21:15"))

    def events(self) -> None:
        for (name, location, notes), day, people, followed in (
            (FAIR, self.fair_day, ("laura", "marta", "tariq", "beatriz"), 37),
            (MEETUP, self.meetup_day, ("samir", "fiona", "emeka"), None),
        ):
            event = Event.objects.create(
                owner=self.user, name=name, date=day, location=location, notes=notes
            )
            for key in people:
                meeting = add_meeting(self.user, event, self.contacts[key])
                if followed is not None and key != "laura":
                    # Connected on LinkedIn the day after: no message, but followed up.
                    meeting.followed_up_at = self.b(followed, "10:00")
                    meeting.save(update_fields=["followed_up_at"])

    def finish_conversations(self) -> None:
        chats = list(self.chats.values())
        for key, chat in self.chats.items():
            chat.created_at = self.started[key]
        Conversation.objects.bulk_update(chats, ["created_at"])


def seed_demo(user, *, now: datetime) -> str:
    """Fill an empty database for `user` with Maya's campaign, as it stands at `now`.

    Returns a one-line summary such as "60 contacts, 33 conversations, 2 events".
    Raises ValueError if `now` is naive or the user already has contacts.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("seed_demo needs an aware datetime for now")
    with transaction.atomic():
        if contacts_for(user).exists() or conversations_for(user).exists():
            raise ValueError("The demo fills an empty database; this user already has data.")
        campaign = _Campaign(user, now)
        campaign.profile()
        campaign.make_targets()
        campaign.make_contacts()
        campaign.make_organisation_targets()
        campaign.make_questions()
        campaign.stories()
        campaign.events()
        campaign.finish_contacts()
        campaign.finish_conversations()
        add_starter_questions(user)  # the rest of the starter bank beside Maya's own
        contacts = contacts_for(user).count()
        conversations = conversations_for(user).count()
        events = Event.objects.owned_by(user).count()
    return f"{contacts} contacts, {conversations} conversations, {events} events"
