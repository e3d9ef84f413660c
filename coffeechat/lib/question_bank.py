"""The starter question bank: what a new user finds ready to choose from.

Plain data, no Django. Each entry is (topic, text); the topics are the keys of
`Question.TOPICS`. Every question asks about the person's experience or view, the
one thing a web search cannot answer; none asks what they earn themselves, and
none asks for a job.

TIARA is a set of five (trends, insights, advice, resources, assignments) from
Steve Dalton's *The 2-Hour Job Search*: asked in that order, they move a chat from
the field in general to the person's own experience, and they travel well to any
field. They are part of the starter bank and can be added to a chat in one click.
"""

from __future__ import annotations

GENERAL: tuple[tuple[str, str], ...] = (
    # A typical day
    ("day", "Could you walk me through what you worked on yesterday, from start to finish?"),
    ("day", "Which parts of your week do you look forward to, and which do you put off?"),
    ("day", "How much of your time is spent working alone, and how much with other people?"),
    ("day", "What does a busy week look like for you, compared with a quiet one?"),
    ("day", "Which tools or programs do you keep open for most of the day?"),
    # Challenges
    ("challenges", "What is your team wrestling with at the moment, as far as you can share?"),
    ("challenges", "Which part of the work wears you down the most?"),
    ("challenges", "When a project goes wrong in your area, what is usually behind it?"),
    ("challenges", "What did you find hardest in your first year in this role?"),
    ("challenges", "Which decisions in your work are the hardest to get right, and why?"),
    # Skills
    (
        "skills",
        "Which skills set apart the people who thrive in this work from those who struggle?",
    ),
    ("skills", "What do you wish you had learned before you started in this field?"),
    (
        "skills",
        "How do people keep learning once they are in the role: courses, mentors, or trial "
        "and error?",
    ),
    (
        "skills",
        "Which parts of a background like mine would count for most in your field, and which "
        "for less than I might expect?",
    ),
    ("skills", "How much do writing and speaking matter here, compared with technical depth?"),
    # Their path
    ("path", "How did you first become interested in this line of work?"),
    ("path", "What were the turning points that brought you to where you are now?"),
    ("path", "Looking back, is there a step along the way you would skip or do differently?"),
    ("path", "Where do people in your role tend to go after a few years?"),
    (
        "path",
        "How often do people arrive in this field from another career, and what helped those "
        "who made the move?",
    ),
    # Salary range: for the role, never the person's own pay
    ("salary_range", "What salary range is realistic for someone entering this field at my level?"),
    (
        "salary_range",
        "How much do pay ranges differ between large firms, small firms and the public sector "
        "in this area?",
    ),
    (
        "salary_range",
        "Besides base pay, which parts of a package (bonus, pension, equity, training budget) "
        "tend to matter most in this field?",
    ),
    ("salary_range", "How does pay usually progress over the first five years in this career?"),
    (
        "salary_range",
        "How would you judge whether an offer in this field is fair for the level?",
    ),
    # Work–life balance
    ("balance", "How well does the work fit around life outside it, week to week?"),
    ("balance", "How often do evenings or weekends get pulled into the work?"),
    ("balance", "How much freedom do people have over where and when they work?"),
    ("balance", "What do people in this field do to keep from burning out?"),
    ("balance", "Does the workload follow a yearly rhythm, with seasons that are much busier?"),
    # Travel
    ("travel", "How much travel does the role involve in a typical month?"),
    ("travel", "When you travel for work, is it mostly to clients, other sites or conferences?"),
    ("travel", "How much say do people have over how often they travel?"),
    ("travel", "Has remote working changed how much people in your field travel?"),
    ("travel", "Are there chances to work abroad or on international projects?"),
    # Industry trends
    ("trends", "Which change in the field are you watching most closely right now?"),
    ("trends", "How are automation and AI changing the everyday work in your area?"),
    ("trends", "Which skills do you expect to be in more demand five years from now?"),
    ("trends", "Which parts of the field are growing, and which are shrinking?"),
    ("trends", "What do newcomers tend to miss about where the field is heading?"),
    # Advice
    ("advice", "If you were in my position, what would you do over the next three months?"),
    ("advice", "What could I do this year to be better prepared for this field?"),
    ("advice", "What mistakes do you see people make when they try to move into this field?"),
    (
        "advice",
        "Is there a small project I could take on to find out whether this work suits me?",
    ),
    ("advice", "What is the most useful career advice you have been given?"),
    # Resources
    ("resources", "Which books, podcasts or newsletters do people in your field actually read?"),
    ("resources", "Which professional associations or groups are worth joining, in your view?"),
    ("resources", "Are there events where I could meet more people who do this work?"),
    (
        "resources",
        "Which courses or certificates are respected in this field, and which are not worth "
        "the money?",
    ),
    ("resources", "Are there online communities where people in this work swap ideas?"),
    # Who else to talk to
    ("people", "Who else would you suggest I talk to as I learn about this field?"),
    (
        "people",
        "Do you know someone who made a career change like the one I am considering, who "
        "might share how it went?",
    ),
    (
        "people",
        "Would you be comfortable introducing me to one or two of the people you mentioned?",
    ),
    (
        "people",
        "Whose view from another part of your organisation would be useful for me to hear?",
    ),
    ("people", "May I mention your name when I get in touch with the people you suggested?"),
)

# The TIARA set, in the order to ask it.
TIARA: tuple[tuple[str, str], ...] = (
    ("trends", "Which trends in your industry are you most excited about, or most wary of?"),
    ("insights", "What has surprised you most about this work since you started?"),
    (
        "advice",
        "What would you advise me to focus on if I want to prepare for a career like yours?",
    ),
    (
        "resources",
        "Which resources (people, books, groups or tools) would you point me to next?",
    ),
    (
        "assignments",
        "Which projects or assignments taught you the most, and what made them so valuable?",
    ),
)

TIARA_TOPICS: tuple[str, ...] = ("trends", "insights", "advice", "resources", "assignments")

# Everything a new bank starts with: the general questions, then the TIARA set.
STARTER_QUESTIONS: tuple[tuple[str, str], ...] = GENERAL + TIARA

TIARA_TEXTS: frozenset[str] = frozenset(text for _, text in TIARA)


def is_tiara(text: str) -> bool:
    """True for one of the five TIARA questions, word for word."""
    return text in TIARA_TEXTS
