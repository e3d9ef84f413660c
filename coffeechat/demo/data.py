"""The demo campaign as plain data: Maya Okafor, her targets, about sixty contacts,
what she wrote to each and what each chat brought. `coffeechat.demo.build` makes
the records from it; nothing here touches the database."""

from __future__ import annotations

from coffeechat.lib import sources as src

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
