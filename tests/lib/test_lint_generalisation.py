"""Probes for generalisation: new phrasings of each rule, written before the rules were
widened, in families (synonyms, verbs, constructions, British/American usage, non-native
English) rather than copied from the corpus. Each case is one sentence or a short draft;
only the rule named by the test matters, the others may say what they like.

The traps in the "silent" lists keep precision: negation, questions about their path,
pay for a role or a field, the job market, talking about one's own current job.
"""

import pytest

from coffeechat.lib.lint import lint, lint_questions


def message_rules(text: str, kind: str = "request") -> set[str]:
    return {f.rule for f in lint(text, kind).findings}


def question_rules(question: str) -> set[str]:
    return {f.rule for f in lint_questions(question).findings}


# ====================================================================== job-ask

# Offering, sending, forwarding, sharing, attaching or enclosing a CV or cover letter.
CV_OFFERS = [
    "Happy to send over my résumé if that would be useful.",
    "I can forward my CV ahead of our call if you'd like to see it.",
    "I'd be glad to share my resume before we speak.",
    "Please find enclosed my curriculum vitae.",
    "Enclosed please find my CV for your reference.",
    "I attach my CV for your reference.",
    "Attaching my CV here for some context.",
    "You'll find my résumé attached.",
    "My CV and cover letter are attached.",
    "I've attached my cover letter as well.",
    "I've added my CV at the bottom of this email.",
    "I've pasted my resume below.",
    "Here's a link to my CV: maya.dev/cv",
    "Let me know if you'd like a copy of my CV.",
    "Should I send you my resume first?",
    "Can I email you my CV?",
    "Would it help if I sent through my resume?",
    "I'll drop my CV into your inbox after this.",
    "I'm sending my CV and portfolio so you can see my work.",
    "I have uploaded my resume to your careers portal and wanted to flag it.",
]

# Being referred, recommended, put forward, introduced to whoever hires.
REFERRALS = [
    "Would it be possible to get referred for the data analyst role?",
    "Could I be referred internally for the graduate scheme?",
    "Would you be comfortable referring me for the opening?",
    "Would you be willing to recommend me to your hiring manager?",
    "Could you nominate me for the summer internship?",
    "Could you introduce me to your recruiting team?",
    "Could you connect me with someone in talent acquisition?",
    "Would you mind passing my name on to the person hiring for the role?",
    "Could you get my CV in front of the hiring manager?",
    "Could you flag my application to the recruiter?",
    "Would you mention my name to whoever is doing the hiring?",
    "Would you share my LinkedIn profile with your recruiter?",
    "Would you be willing to act as a referee for my application?",
    "Could you be a reference for me when I apply?",
    "Kindly forward my profile to the concerned HR person.",
]

# Openings, vacancies, roles, posts, headcount, "anything going", taking people on.
OPENINGS = [
    "Are you taking people on at the moment?",
    "Is your firm taking on any graduates this year?",
    "Is there anything going at your place?",
    "Anything going on your team?",
    "Do you have any headcount for a junior analyst?",
    "Does your team have any open reqs?",
    "Any internships going this summer?",
    "Are there any posts coming up in your department?",
    "Will you be recruiting for junior roles soon?",
    "Do you have room for an intern this summer?",
    "Is your company looking for new people?",
    "Are you looking for junior engineers right now?",
    "Is there any chance of an internship with you this summer?",
    "Do you offer work experience placements?",
    "Do you take on interns?",
    "Do you know any companies that are hiring graduates?",
    "Could you let me know when applications open for the graduate scheme?",
    "I'd love to join your team one day, if there's ever space.",
    "I would love to work for your company.",
    "Please do think of me if something suitable comes up.",
    "Could I interview with your team for the analyst post?",
]

# Non-native and formulaic phrasings.
NON_NATIVE_ASKS = [
    "Please can you give me job in your company?",
    "I am searching job in Germany, can you help me?",
    "Kindly consider my profile for any suitable opening.",
    "I request you to consider me for a suitable position.",
    "Kindly let me know if there is any vacancy.",
    "I am seeking for a job in data science field.",
    "If possible please recommend me for suitable post in your organisation.",
]


@pytest.mark.parametrize("text", CV_OFFERS + REFERRALS + OPENINGS + NON_NATIVE_ASKS)
def test_a_job_ask_in_a_message_fires(text):
    assert "job-ask" in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize(
    "question",
    [
        "Is it possible to be referred for the role you mentioned?",
        "Could you refer me internally?",
        "Are you recruiting at the moment?",
        "Is your team expanding, and could there be a place for me?",
        "Any chance you're taking on juniors?",
        "Do you have any openings for a graduate planner?",
        "Might there be an opening for someone with my background?",
        "Can I send my CV over to you?",
    ],
)
def test_a_job_ask_as_a_question_fires(question):
    assert "job-ask" in question_rules(question), question


@pytest.mark.parametrize(
    "text",
    [
        # negations
        "I'm not asking for a referral; I'd simply value your perspective.",
        "I'm not sending my CV, since this isn't an application.",
        "I'm not looking to change jobs right now.",
        "I don't expect any job or referral from this.",
        # their path
        "I'd love to hear how you landed your first role.",
        "What made you apply to your current company?",
        "How did you prepare for your job interview at Arup?",
        "Did you need a cover letter when you applied?",
        # advice about the field
        "What's the best way to find unadvertised roles?",
        "How much do internal referrals matter in consulting?",
        "What do recruiters in your field look for in a CV?",
        "How important is a cover letter for graduate roles?",
        "Should I tailor my CV for each application?",
        "How is the hiring process at your firm structured?",
        "Which job boards do you find most useful?",
        "How do career changers usually get their first interview?",
        # my own job
        "My current role involves a lot of stakeholder management.",
        "I've been in my current position for three years.",
        "I recently started a new job at a bank.",
        "I'm happy in my current job, so this really is just about learning.",
        # other uses of the words
        "I was referred to you by Dr Osei.",
        "Dana suggested I send you a note.",
        "I don't want to put you in an awkward position.",
        "I'm interested in the job market for data engineers.",
        "I'd love to hear how you got your foot in the door.",
        "I'd like to resume the conversation we started at the meetup.",
        "I've linked my portfolio below.",
    ],
)
def test_negations_paths_advice_and_own_job_are_not_job_asks(text):
    assert "job-ask" not in message_rules(f"Hi Ana,\n{text}"), text


# ====================================================================== googleable


@pytest.mark.parametrize(
    "question",
    [
        # who runs it
        "Who is Maersk's chief executive?",
        "Who is Siemens' CEO?",
        "Who heads up Maersk these days?",
        "Who's in charge of Ørsted?",
        "Who chairs the board at Unilever?",
        "Who is the founder of Monzo?",
        "Who is your CEO?",
        "Who's the MD of Arup UK?",
        # founding and age
        "When did Spotify go public?",
        "When was Ikea established?",
        "How old is Siemens?",
        "When did the agency open its doors?",
        # where it is
        "Where is Novo Nordisk's head office?",
        "In which city is Equinor headquartered?",
        "What country is Nokia from?",
        "Does Arup have an office in Leeds?",
        # size
        "How many people does Maersk employ?",
        "What's the headcount at Monzo?",
        "How big is the workforce at Siemens?",
        "Roughly how many staff are there at the firm?",
        # money
        "What is Equinor's annual revenue?",
        "What was the firm's turnover last year?",
        "Is Ørsted profitable?",
        "How profitable is the company?",
        "Who are Monzo's investors?",
        # what it does
        "What is Palantir known for?",
        "What business is Maersk in?",
        "What sort of work does Arup do?",
        "Who are Ocado's main clients?",
        "Who are the company's customers?",
        "What markets does Vestas operate in?",
        "What does the company do, exactly?",
        # mission, vision, values
        "What are Patagonia's core values?",
        "What is the firm's vision statement?",
        "What does the charity stand for?",
    ],
)
def test_a_fact_a_search_answers_is_googleable(question):
    assert "googleable" in question_rules(question), question


@pytest.mark.parametrize(
    "question",
    [
        "How did you decide to join the company?",
        "What's the company culture like?",
        "Who do you report to?",
        "How big is your team?",
        "How many people report to you?",
        "What do you like most about working at Siemens?",
        "How has the company changed since it was founded?",
        "What is the CEO like to work for?",
        "What does success look like in your role?",
        "What does the company look for in new graduates?",
        "Where is the company heading over the next five years?",
        "Who is the best person to talk to about the graduate scheme?",
        "How do you feel about the new CEO's strategy?",
        "What's the typical size of a project team?",
        "What's your personal mission at work?",
        "How has being based in Leeds shaped the way the firm hires?",
    ],
)
def test_questions_about_them_or_their_judgement_stay_clear(question):
    assert "googleable" not in question_rules(question), question


# ====================================================================== personal-salary


@pytest.mark.parametrize(
    "question",
    [
        # raises and changes
        "Did you get a raise when you moved teams?",
        "Did you get a pay rise after your promotion?",
        "Did you take a pay cut when you left consulting?",
        "Are you better off financially since the switch?",
        "How much did they offer you when you joined?",
        # amounts
        "What are you on now, if you don't mind me asking?",
        "What salary are you on?",
        "Roughly what do you make, if you don't mind me asking?",
        "How much do you get a year?",
        "How much do you charge per day?",
        "What do you charge clients as a freelancer?",
        "How much does your employer pay you?",
        "What's the salary like in your current job?",
        "Is your pay good?",
        "What's your hourly rate?",
        "How much is your bonus?",
        "What's your take-home after tax?",
        # equity and bonuses
        "Do you get equity?",
        "How much equity did you get when you joined?",
        "Do you get a bonus every year?",
        "Did you get stock options when you joined?",
        # non-native and regional
        "How much salary you get?",
        "What is your current CTC?",
        "How much you earn per month?",
        "What is your salary package?",
        "Is your salary enough to live in London?",
    ],
)
def test_asking_about_their_own_pay_fires(question):
    assert "personal-salary" in question_rules(question), question


@pytest.mark.parametrize(
    "question",
    [
        "What salary range is realistic for a junior analyst?",
        "What salary band would someone starting in this role be on?",
        "What does a newly qualified actuary typically earn?",
        "Is starting pay negotiable for new graduates?",
        "How is pay structured in the field: base, bonus, overtime?",
        "How do bonuses work in your industry?",
        "Where can I find reliable salary benchmarks?",
        "What do you make of the move to four-day weeks?",
        "How much do you get to travel in this job?",
        "How much time do you get for training?",
        "How much did you learn in your first year?",
        "What's your take on pay transparency?",
        "Do people in your role usually get equity?",
        "What are the pay bands at graduate level?",
        "Are raises tied to performance reviews in this field?",
        "What benefits matter most beyond salary?",
        "How much should I ask for as a new grad?",
        "Is the pay better in the private sector?",
        "How much would someone like me earn starting out?",
        "What are you working on at the moment?",
    ],
)
def test_asking_about_pay_for_a_role_or_field_stays_clear(question):
    assert "personal-salary" not in question_rules(question), question


# ====================================================================== time-ask


@pytest.mark.parametrize(
    "ask",
    [
        "Could you spare 15 mins for a call?",
        "Might you have twenty minutes for a phone call next week?",
        "Would a 20-min call work?",
        "Would you have 15mins for a call?",
        "Could I borrow fifteen or twenty minutes on the phone?",
        "Could we chat for ~20 minutes by phone?",
        "Would a 15' call work for you?",
        "Could we speak for no more than 20 minutes?",
        "Could we have a call of twenty-five minutes?",
        "Could we have a 1/4 hour call?",
    ],
)
def test_a_short_time_ask_passes(ask):
    assert "time-ask" not in message_rules(f"Hi Ana,\n{ask}"), ask


@pytest.mark.parametrize(
    "ask",
    [
        "Could we meet for an hour over coffee?",
        "Could we do a 45-min call?",
        "Could you spare an hour or so for a call?",
        "Could we talk for a couple of hours?",
        "Could we talk for thirty-five minutes on the phone?",
        "Could you spare forty minutes for a call?",
        "Could we chat for 1 hr on Zoom?",
        "Could we grab a coffee sometime?",
        "Would you have time for a chat next week?",
        "Could we speak for 20 minutes, or maybe up to an hour?",
    ],
)
def test_a_long_or_open_time_ask_fires(ask):
    assert "time-ask" in message_rules(f"Hi Ana,\n{ask}"), ask


# ====================================================================== reason


@pytest.mark.parametrize(
    "text",
    [
        "I loved your piece in the FT on hydrogen storage.",
        "Priya Shah thought you'd be the right person to ask.",
        "Our mutual friend Tom suggested I reach out.",
        "I'm also a Warwick graduate.",
        "Your name came up when I asked my tutor about moving into policy.",
        "Ana Ruiz passed on your details.",
        "You spoke at our careers fair last month.",
        "We're both in the Women in Engineering network.",
        "Dr Chen at the RSC pointed me your way.",
        "My sister worked with you at the BBC and speaks highly of you.",
    ],
)
def test_a_reason_particular_to_them_passes(text):
    assert "reason" not in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm reaching out to several people in consulting.",
        "I'm interested in the renewable energy sector.",
        "You seem to have a lot of experience.",
        "I found your profile while browsing LinkedIn.",
    ],
)
def test_no_reason_particular_to_them_fires(text):
    assert "reason" in message_rules(f"Hi Ana,\n{text}"), text


# ====================================================================== introduction


@pytest.mark.parametrize(
    "text",
    [
        "I've been a paralegal for six years.",
        "Currently studying computer science at Bristol.",
        "A little about me: I design wind turbines at Vestas.",
        "I'm Chidi (he/him), a second-year apprentice at Rolls-Royce.",
        "Myself Rahul, a B.Tech student from Pune.",
        "I'm on the data team at Monzo.",
        "By way of introduction, I run a small bakery in Hull.",
    ],
)
def test_saying_who_you_are_passes(text):
    assert "introduction" not in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm keen to learn more about product management.",
        "I'm hoping to move into consulting.",
        "I'm sure you're busy, so I'll be brief.",
        "I'm really interested in your career path.",
    ],
)
def test_not_saying_who_you_are_fires(text):
    assert "introduction" in message_rules(f"Hi Ana,\n{text}"), text


# ====================================================================== specific


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! The tip about joining the Women in Data Slack was gold.",
        "Thanks for your time. Your point that most analysts learn SQL on the job was reassuring.",
        "Thank you. It was great to hear how you handled the switch from audit to advisory.",
        "Thanks so much. I've started listening to the podcast you recommended.",
        "Thank you for pointing me to the salary data from the statistics office.",
        "Thanks again. I had no idea that stakeholder maps were so central to the job.",
    ],
)
def test_a_thank_you_with_something_specific_passes(text):
    assert "specific" not in message_rules(f"Subject: Thanks\n\nHi Ana,\n{text}", "thank-you")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much for your time and your valuable advice. It was really insightful.",
        "Thanks again for the great conversation; I took away so much.",
        "I really appreciated your honesty and your openness. Thank you.",
        "Thank you. It was great hearing about your journey and everything you've learned "
        "along the way.",
    ],
)
def test_a_generic_thank_you_fires(text):
    assert "specific" in message_rules(f"Subject: Thanks\n\nHi Ana,\n{text}", "thank-you")


# ====================================================================== greeting


@pytest.mark.parametrize(
    "opening",
    [
        "Yo Sam,",
        "Morning Tom,",
        "Hi Ana and Tom,",
        "Olá Beatriz,",
        "Hallo Frau Schmidt,",
        "Dear Mx. Taylor,",
        "Hi Mary-Jane!",
    ],
)
def test_a_greeting_that_names_them_passes(opening):
    assert "greeting" not in message_rules(f"{opening}\nI'm Maya."), opening


@pytest.mark.parametrize(
    "opening",
    [
        "Dear Professor,",
        "Dear Talent Acquisition Team,",
        "Respected Sir,",
        "Dear Ma'am,",
        "Hello Sir,",
        "Dear Industry Professional,",
        "Greetings of the day!",
        "Good morning,",
    ],
)
def test_a_greeting_that_names_nobody_fires(opening):
    assert "greeting" in message_rules(f"{opening}\nI'm Maya."), opening


# ====================================================================== thanks


@pytest.mark.parametrize(
    "closing",
    [
        "Diolch yn fawr!",
        "Dankjewel!",
        "Thanx!",
        "Go raibh maith agat.",
        "Muchas gracias.",
        "Thanks a million.",
        "With gratitude,",
    ],
)
def test_thanks_in_any_form_passes(closing):
    assert "thanks" not in message_rules(f"Hi Ana,\nCould we talk?\n{closing}"), closing


@pytest.mark.parametrize(
    "closing",
    [
        "Looking forward to hearing from you.",
        "Hope to hear from you soon.",
        "Thanks to a former colleague, I came across your work.",
    ],
)
def test_no_thanks_to_the_reader_fires(closing):
    assert "thanks" in message_rules(f"Hi Ana,\nCould we talk?\n{closing}"), closing


# ====================================================================== later rounds

# Written after the first widening and run blind against it; what they missed was then
# generalised (not patched sentence by sentence), and they stay here as regression
# probes. The clean lists are ordinary questions and sentences full of trigger words
# ("offer", "rate", "CEO", "CV", "hiring", "your team") that must stay silent.

LATER_JOB_ASK_QUESTIONS = [
    "I've taken the liberty of attaching my CV.",
    "I'm happy to pop my CV over if it's helpful.",
    "Do let me know if you'd like to see my CV.",
    "I could send you my résumé and portfolio if that helps.",
    "My resume is linked in my signature.",
    "Is there any way you could refer me?",
    "Would you feel comfortable putting me forward?",
    "Could you pass my CV along to whoever handles recruitment?",
    "Could you introduce me to the recruiter for your team?",
    "Are there any vacancies at the moment?",
    "Is your department recruiting at present?",
    "Does your company have any graduate openings?",
    "Do you know if they're hiring?",
    "Is there an opening on your team I could apply for?",
    "I'm keen to be considered for any analyst roles.",
    "Would you be able to get me an internship?",
    "Please let me know about any job opportunities.",
    "If a position opens up, I'd love to hear about it.",
    "Could you tell me if any roles are coming up?",
    "Are you guys hiring?",
    "Any openings for a junior dev?",
    "Hiring?",
    "I am looking for job opportunity in your company.",
    "Kindly refer my profile for suitable openings.",
    "Can you tell me if there is vacancy in your team?",
    "Would your team have space for a summer intern?",
    "Is there anyone at your company I could send my application to?",
    "Could you share my resume with the hiring team?",
    "I'd love to be part of your team at Arup.",
    "Could you recommend me for the graduate programme?",
    "Could you put me in touch with your HR department?",
    "Would your team consider someone like me?",
    "Do you have any entry-level openings coming up?",
    "Would there be a role for me on your team?",
    "Can you help me get a job at your company?",
    "Could you send my details to the recruiter?",
    "Is there a graduate scheme I could apply to at your company?",
    "Would you consider taking me on as a trainee?",
    "Could you look at my LinkedIn and tell me if I'd be a fit for your team?",
    "When is your company next hiring?",
]
LATER_JOB_ASK_MESSAGES = [
    "Would you mind if I sent my CV across?",
    "For context, my CV is at the link below.",
    "I've put together a one-page resume which I can share.",
    "PS: resume attached!",
    "You can find my CV on my website if useful.",
    "I'd be grateful if you could keep an eye out for openings for me.",
    "If your firm ever has an opening in tax, I'd jump at it.",
    "I noticed you have a vacancy for a data analyst and wondered if you could tell the hiring manager about me.",
    "Could you find out whether the team is hiring?",
    "I am writing to inquire about employment opportunities.",
    "Do you have anything for someone with my skills?",
    "I would like to apply for a position in your team.",
    "Could you help me land an internship at your firm?",
    "I would be thankful if you can provide me an opportunity in your organisation.",
    "Are there openings in the London office?",
    "Do you recruit from my university?",
    "Is your lab accepting new PhD students?",
    "Would you take me on as an intern?",
    "Could you forward this email to your recruitment team?",
    "I'd appreciate any leads on roles in renewables.",
]
LATER_NOT_JOB_ASK_QUESTIONS = [
    "How did you end up in your current role?",
    "What advice would you give someone applying for their first job?",
    "What makes a CV stand out to you?",
    "How did you know it was time to leave your last job?",
    "Was it hard to find a job after your PhD?",
    "What do you enjoy most about your job?",
    "Are there roles in this field that suit introverts?",
    "What kinds of roles do people with my background usually go into?",
    "I'm not after a job, just curious about your path.",
    "I left my job in March to retrain.",
    "My role at the charity ends in June.",
    "I recently updated my CV, and it made me think about where I want to go.",
    "What's the hiring process like in your field?",
    "How do you approach hiring for your team?",
    "What are hiring managers in your industry looking for these days?",
    "I'd love to learn how your team works.",
    "How did you go about joining your team?",
    "Thank you for the offer to introduce me to Tom.",
    "What positions did you hold early on?",
    "I'm taking on more responsibility at work.",
    "How did you get your foot in the door at the BBC?",
    "What would make someone like me a strong candidate in a few years?",
    "What kinds of roles exist between research and policy?",
    "How common are internships for career changers?",
    "Which skills will I need for roles like yours?",
    "How did you decide which offer to accept?",
    "What do you wish you'd known before your first job interview?",
    "How do teams like yours decide when to hire?",
]
LATER_NOT_JOB_ASK_MESSAGES = [
    "I'm a recruiter myself, so I know how busy hiring seasons get.",
    "I'm not applying anywhere yet; I'm trying to understand the field first.",
    "My team is hiring, which is partly why I'm curious how you structure interviews.",
    "Ana mentioned you recently joined a new team.",
    "I'd like to hear what your first year in the role was like.",
    "Your article on hiring for potential changed how I think about my own career.",
    "I was lucky enough to get a place on the graduate scheme at Arup.",
    "I hold a research position at Leeds.",
    "I'm starting a new role in September and want to prepare.",
    "I've just accepted an offer from a consultancy.",
    "I'd value your thoughts on how to make the move from academia.",
    "I'm in a similar position to the one you were in five years ago.",
    "I run the careers society at my university.",
    "I'm curious how you chose between the two offers you mentioned in your talk.",
    "Would you be open to a 15-minute call about your move into policy?",
    "I'm Sam, a product designer, and I've been following your work on accessibility.",
    "I recently left my job to travel, and I'm now thinking about what's next.",
    "I'm not looking for a job; I'd simply love to hear about your path.",
    "My manager at the bank suggested I speak to you.",
    "I'd love to hear how your team decides what to build.",
    "I know you must get a lot of these messages, so thank you for reading.",
    "Your talk on hiring for diversity at the CIPD conference stayed with me.",
    "I'm hoping to learn how you moved from research into a product role.",
    "I've been in my role for two years and I'm starting to think about the next step.",
    "I'm working on my CV at the moment, but this note is just about your advice.",
    "I teach in a school that is hiring more teaching assistants, which got me thinking about education policy.",
    "I'd be happy to share what I've learned about community energy projects too.",
    "I'd love to know what your first few months at the company were like.",
    "Would you be open to a 20-minute phone call about your career?",
    "Thanks to your article, I've started reading about supply chains.",
    "It would be great to understand what a typical day looks like for you.",
    "I'm applying to master's programmes this autumn and want to choose wisely.",
    "I'm currently considering a move into consultancy.",
    "I'd value 15 minutes of your time to learn about your work.",
    "I wonder how you found the move from the public sector.",
    "When you joined the firm, what surprised you most?",
    "We were both on the Leeds debating team, a few years apart.",
    "Could I buy you a coffee near your office one morning?",
    "I run a small team at a charity, so I know how precious time is.",
    "My role involves hiring volunteers, so I'm curious how you approach interviews.",
    "I volunteer at a food bank in Hackney.",
    "I'm on the board of a small housing charity.",
    "I'm taking on a new project at work on carbon reporting.",
    "I'd love to join your webinar next month.",
    "Please don't feel any pressure to reply.",
    "I'm sending this note after reading your blog.",
    "I'd be glad to share my notes from the conference if useful.",
    "I'd be happy to send over the report I mentioned.",
    "I've attached nothing, as I know how these things read.",
    "My portfolio is on my website if you're curious about my work.",
    "I'd love to join your talk next Tuesday.",
    "I'd love to work in a team like yours one day.",
    "I'm hoping to work in renewables eventually.",
    "I want to work in policy, so your path is really relevant.",
    "Would you be willing to share how you approached your first interview?",
    "Your team's work on hiring for potential is fascinating.",
    "I recently joined the recruitment team at a hospital.",
    "I work in HR, so I see the hiring side already.",
    "I'm a recruiter at an agency and want to move in-house.",
    "Could you tell me about your role?",
    "Could you introduce me to anyone who has made a similar move?",
    "I'd love to be introduced to others in the community.",
    "Tom passed on your name and said you'd be happy to chat.",
    "I was referred to you by my tutor, Dr Mensah.",
    "My CV says I'm a chemist, but I'm really a problem-solver.",
    "If you have time, could we talk for 15 minutes by phone?",
    "If you know anyone else I should speak to, I'd be grateful.",
    "I'm open to advice on how to approach the field.",
    "I'm currently looking at master's courses in public health.",
    "I'm starting a job in September, so I'd like to prepare.",
    "There's an opening paragraph in your essay I keep rereading.",
    "I'd love to hear about any opportunities to volunteer in the sector.",
    "Are there any opportunities to learn more, like events or courses?",
    "I don't need a referral or a job, just your honest view.",
    "No CV attached — this is purely a request for advice.",
    "Do you have any openings in your calendar next week?",
    "If you have a position on remote work, I'd love to hear it.",
    "If you ever have the opportunity to visit Leeds, let me know.",
    "I might apply for a master's first.",
    "I hope to join your team's webinar.",
    "Do you have work experience in sales?",
    "What does the company offer graduates?",
]
LATER_GOOGLEABLE = [
    "What does Maersk do?",
    "Who is the chief executive of Arup?",
    "When was the BBC founded?",
    "How many employees does Ocado have worldwide?",
    "Where is Vestas headquartered?",
    "What is the company's annual turnover?",
    "What does Arup specialise in?",
    "Who owns Ocado?",
    "What products does Spotify offer?",
    "What's Monzo's mission?",
    "Who is the current chair of the BBC?",
    "Is Maersk a listed company?",
    "What industry is Palantir in?",
    "When did Monzo launch?",
    "How big is Arup?",
    "What sector does Equinor operate in?",
    "Who is Ocado's parent company?",
    "Is Arup owned by its employees?",
    "How many countries does Maersk operate in?",
    "What's Spotify's market share?",
    "Who are Monzo's main competitors?",
    "Where's the head office?",
    "What's the name of the CEO?",
    "When was the company set up?",
    "How many offices does the firm have?",
    "What is the company's core business?",
    "What does Ocado Group actually do?",
    "Who is the head of the company?",
    "What are the company's main products?",
    "What kind of company is Palantir?",
    "Which country is Maersk based in?",
    "Who started Monzo?",
    "What is the size of the company?",
    "What's the firm's annual revenue?",
    "Which year was Equinor founded?",
]
LATER_NOT_GOOGLEABLE = [
    "What is it like working at Maersk?",
    "How does the company support new joiners?",
    "Which teams at Arup work most closely with clients?",
    "What's the biggest challenge facing the firm right now, in your view?",
    "How do decisions get made at the top?",
    "What would you change about the company if you could?",
    "Who are the people I should follow to understand the field?",
    "How does the mission affect everyday work?",
    "What is the best thing about your employer?",
    "What kind of people thrive at Ocado?",
    "What's the name of the tool your team uses for planning?",
    "What kind of company culture do you think suits you best?",
    "How many people did you manage in your first lead role?",
    "Where's the best place to learn about the sector?",
    "What's the best way to prepare for working at a big firm?",
    "Which country would you move to for this work?",
    "How did the company's size affect your work?",
    "Who started the tradition of Friday demos?",
]
LATER_PERSONAL_SALARY = [
    "What's your salary like?",
    "How much do you make now compared to before?",
    "Do you earn a good salary?",
    "What's your compensation package?",
    "How much is your base pay?",
    "What did they pay you when you started?",
    "How much were you making at your last job?",
    "Did your salary go up a lot when you moved?",
    "What's your pay grade?",
    "Did you get a signing bonus?",
    "What was your first salary out of university?",
    "Do you get paid well?",
    "What's your rate?",
    "Are you happy with your pay?",
    "What's the money like in your job?",
    "How much do you clear a month after tax?",
    "What do you bill per hour?",
    "How much do they pay you?",
    "Is your salary more than you made in teaching?",
    "How big a pay cut did you take?",
    "How much extra did you get when you were promoted?",
    "What are you earning these days?",
    "Can I ask how much you earn?",
    "What's your yearly income?",
    "What kind of salary are you on?",
    "What do you take home each month?",
    "What was your salary jump when you moved?",
]
LATER_NOT_PERSONAL_SALARY = [
    "What's a typical salary for a junior data scientist?",
    "How much can a new grad expect to earn in this field?",
    "How do salaries compare between startups and big firms?",
    "Is equity common at startups in this sector?",
    "What should I expect to be paid as an intern?",
    "How much do you travel for work?",
    "How much did your degree help you?",
    "What do you get out of mentoring?",
    "How much do you enjoy the job?",
    "What do salaries look like in policy roles?",
    "What's the money like in consulting generally?",
    "How does pay progress in the first five years in this field?",
    "What's the best way to research salaries before an interview?",
    "What's your rate of progress been like?",
    "What would you expect a junior to earn here?",
    "How do people in your field think about pay versus purpose?",
    "Are salaries in the public sector catching up?",
    "What did you do when you got your first offer?",
]
CLEAN_QUESTIONS = [
    "What does your week look like when a project is launching?",
    "How did you get into the company in the first place?",
    "What do you look for when you hire juniors?",
    "What made you stay at the company so long?",
    "How do you think about pay when comparing offers?",
    "How did the pay compare when you moved from academia?",
    "Is it normal to ask about salary in a first interview?",
    "When should I bring up salary with a recruiter?",
    "Who were your mentors early on?",
    "Who has influenced your career the most?",
    "Where do you see the industry going?",
    "How did the founders' vision shape the culture?",
    "What do you wish the CEO knew about your team?",
    "What's the best advice you've received?",
    "What are you reading at the moment?",
    "What do you do to stay current?",
    "What does the company value most in new hires, in your experience?",
    "What's something about the firm that outsiders get wrong?",
    "How do you balance client work with internal projects?",
    "How long did it take you to feel confident in the role?",
    "How many hours a week do you usually work?",
    "How many projects do you run at once?",
    "What do people earn in their first year, typically?",
    "Do you think salaries in the sector will rise?",
    "How did you negotiate when you changed jobs?",
    "What skills should I build before applying to firms like yours?",
    "Is it better to apply through the website or a recruiter?",
    "Which companies in the sector have the best training?",
    "How did you find the transition from a big firm to a startup?",
    "What does a good first 90 days look like?",
    "What are you most proud of in your career?",
    "What's the team's biggest challenge this year?",
    "How did you land on this career?",
    "What do you make of AI's effect on the field?",
    "What are the company's plans for growth, as far as you can share?",
    "Who do you turn to for advice?",
    "How do you handle feedback from senior leaders?",
    "Is there a part of the job you'd happily give up?",
    "What's one thing you'd tell your younger self?",
    "How much of your time goes on meetings?",
    "How much autonomy do you get in your role?",
    "How much of your job is travel?",
    "What do you get from the work that keeps you there?",
    "How did you get your first promotion?",
    "Did you ever consider leaving the field?",
    "Are there any resources you'd recommend?",
    "Are there any professional bodies I should join?",
    "Are there any mistakes you see newcomers make?",
    "Is there anyone else I should speak to?",
    "What are the most common entry routes into the field?",
    "What's the founder's influence still like day to day?",
    "Who on the board do you interact with, if anyone?",
    "What's the hardest part of reporting to the CEO?",
    "How did your offer compare with what you expected, roughly, in terms of responsibilities?",
    "What's your rate of learning been like since you switched?",
    "How much did the rebrand change your work?",
    "How did you pick which company to join?",
    "What kinds of clients do you enjoy working with?",
    "Which clients taught you the most?",
    "How many people are in your department?",
    "What does your company look for in graduates?",
    "What is the best part of working for the company?",
    "How do people get promoted at the firm?",
    "What does a good manager look like to you?",
    "Is the company a good place for career changers, in your view?",
    "How did the founders build such a strong culture?",
    "What do you do when you get stuck?",
    "What do you get asked most by newcomers?",
    "How much do you rely on your network?",
    "Did you get a mentor when you joined?",
    "Did you get any training when you started?",
    "Did you get much support from your manager?",
    "Did you have to take a course before starting?",
    "Do you get to work on different projects?",
    "Do you get much time for deep work?",
    "Are you on call at weekends?",
    "What are you on track to finish this year?",
    "What are you working on now?",
    "Who runs the graduate programme day to day?",
    "How do you decide who to hire?",
    "When you hire, what do you look for?",
    "How do you read a CV?",
    "What makes a cover letter memorable?",
    "Is it worth getting a referral, or applying cold?",
    "How do people usually get referred in this industry?",
    "Which recruiters in the field are worth talking to?",
    "What do you think of recruitment agencies?",
    "How did the hiring freeze affect your team?",
    "Are there many roles for generalists?",
    "Is there a typical route into the role?",
]


@pytest.mark.parametrize("question", LATER_JOB_ASK_QUESTIONS)
def test_later_job_asks_as_questions_fire(question):
    assert "job-ask" in question_rules(question), question


@pytest.mark.parametrize("text", LATER_JOB_ASK_QUESTIONS + LATER_JOB_ASK_MESSAGES)
def test_later_job_asks_in_messages_fire(text):
    assert "job-ask" in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize("question", LATER_NOT_JOB_ASK_QUESTIONS)
def test_later_questions_that_are_not_job_asks_stay_clear(question):
    assert "job-ask" not in question_rules(question), question


@pytest.mark.parametrize("text", LATER_NOT_JOB_ASK_MESSAGES)
def test_later_sentences_that_are_not_job_asks_stay_clear(text):
    assert "job-ask" not in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize("question", LATER_GOOGLEABLE)
def test_later_googleable_questions_fire(question):
    assert "googleable" in question_rules(question), question


@pytest.mark.parametrize("question", LATER_NOT_GOOGLEABLE)
def test_later_questions_of_judgement_stay_clear(question):
    assert "googleable" not in question_rules(question), question


@pytest.mark.parametrize("question", LATER_PERSONAL_SALARY)
def test_later_questions_about_their_pay_fire(question):
    assert "personal-salary" in question_rules(question), question


@pytest.mark.parametrize("question", LATER_NOT_PERSONAL_SALARY)
def test_later_questions_about_pay_in_general_stay_clear(question):
    assert "personal-salary" not in question_rules(question), question


@pytest.mark.parametrize("question", CLEAN_QUESTIONS)
def test_ordinary_questions_full_of_trigger_words_have_no_findings(question):
    assert lint_questions(question).findings == (), question


LATER_TIME_ASK_PASSES = [
    "Could we have a 15–20 min chat by phone?",
    "Could you spare twenty mins on Zoom?",
    "A 15-minute call would be wonderful.",
    "Would 10 minutes on the phone work?",
    "Might you be free for a 20' call?",
    "Could we chat for a quarter-hour by phone?",
    "I'd only need fifteen minutes or so on a call.",
    "Would a half-hour coffee suit?",
    "Could I steal 15 minutes of your time for a call?",
    "Would you be up for a 20-minute video chat?",
    "Could we jump on a call for 15-20 mins?",
    "Could I grab twenty minutes with you on Teams?",
    "Would you have a spare 15 minutes for a phone call?",
    "Could we talk on the phone for around 20 minutes?",
    "Might you have 15 or so minutes for a call?",
    "I'd love 20 min of your time on a call.",
    "Would you be free for fifteen minutes by phone?",
    "Could we speak for twenty to thirty minutes?",
    "Could we have a fifteen-minute call?",
    "Could I have 15 minutes max on the phone?",
]

LATER_TIME_ASK_FIRES = [
    "Could we chat for an hour-ish by phone?",
    "Could I take you for lunch, maybe an hour or so?",
    "Would you have 45 minutes for a call?",
    "Could we have a 60-minute call?",
    "Could we meet for coffee sometime next week?",
    "I'd love to find a time to talk.",
    "Could we talk for 2 hours?",
    "Could we do a 40 min video call?",
    "Could we meet for an afternoon coffee?",
    "Would you be free for an hour's chat?",
    "Could I have a bit of your time on the phone?",
    "Could we have a 90-minute call?",
    "Could we do an hour over Zoom?",
    "Could we talk for three quarters of an hour?",
    "Would you have time to chat this week?",
    "Could I have forty-five minutes of your time on the phone?",
    "Could we chat for half an hour to an hour?",
    "Could you spare a moment for a call?",
]


@pytest.mark.parametrize("text", LATER_TIME_ASK_PASSES)
def test_later_time_ask_passes(text):
    assert "time-ask" not in message_rules(f"Hi Ana,\n{text}", "request"), text


@pytest.mark.parametrize("text", LATER_TIME_ASK_FIRES)
def test_later_time_ask_fires(text):
    assert "time-ask" in message_rules(f"Hi Ana,\n{text}", "request"), text


LATER_REASON_PASSES = [
    "I'm a fellow Oxford chemist.",
    "My former manager, Jo Price, suggested I get in touch.",
    "I watched your webinar on ESG reporting last week.",
    "We were in the same cohort on the Teach First programme.",
    "I've been following your work on soil carbon for a while.",
    "Professor Adeyemi speaks very highly of you.",
    "I came across your post about leaving academia and it resonated.",
    "Your path from nursing to health policy is exactly what I'm hoping to do.",
    "We both volunteer with Parkrun.",
    "My brother worked with you at Deloitte.",
    "I heard your interview on the Data Skeptic podcast.",
    "I read your book on urban forests.",
    "Ms Rao from the careers service gave me your email.",
    "Your profile came up when I searched the alumni directory.",
    "I attended your workshop at the Guardian masterclasses.",
    "Jane Doe, a colleague of yours, thought we should talk.",
    "Like me, you started out as a lab technician.",
    "I'm a member of the same climbing club.",
    "We have a mutual connection in Sarah Jones.",
    "I was in the audience for your panel at SXSW.",
    "I'm writing because your report on the four-day week was cited in my dissertation.",
    "My tutor at Birkbeck, who taught you, suggested I write.",
]

LATER_REASON_FIRES = [
    "I'm keen to break into product management.",
    "I am contacting professionals in finance to learn more.",
    "I have always been interested in architecture.",
    "I'm exploring careers in policy.",
    "I'm sending this to a few people in marketing.",
    "I hope you don't mind me writing out of the blue.",
    "I found your email on the company website.",
    "I'd love to break into your industry.",
]


@pytest.mark.parametrize("text", LATER_REASON_PASSES)
def test_later_reason_passes(text):
    assert "reason" not in message_rules(f"Hi Ana,\n{text}", "request"), text


@pytest.mark.parametrize("text", LATER_REASON_FIRES)
def test_later_reason_fires(text):
    assert "reason" in message_rules(f"Hi Ana,\n{text}", "request"), text


LATER_INTRODUCTION_PASSES = [
    "I'm Tom, a trainee solicitor at a firm in Bristol.",
    "My name's Aisha and I run a small design studio.",
    "I'm a third-year medic at Imperial.",
    "I work in HR at a retailer.",
    "I am data analyst in bank from 4 years.",
    "Having spent six years as a teacher, I'm now moving into UX.",
    "I'm currently doing a master's in public policy.",
    "I'm a mum of two returning to work after a career break.",
    "I'm an aspiring journalist currently working in retail.",
    "Quick intro: I'm Jess, a product designer at Monzo.",
    "I'm a fourth-year architecture student at Bath.",
    "My background is in nursing, and I'm now a health data analyst.",
    "I'm an ex-soldier retraining as an electrician.",
    "I'm Priya; I lead a small analytics team at a retailer.",
    "Having just graduated in law from Exeter, I'm exploring policy.",
    "I'm the founder of a small nonprofit in Leeds.",
    "I'm a self-taught developer working at an agency.",
    "I'm a Year 13 student hoping to study medicine.",
    "Originally a chef, I now work in food safety.",
    "I'm Lucas and I'm studying economics in Porto.",
]

LATER_INTRODUCTION_FIRES = [
    "I'm fascinated by your work on carbon capture.",
    "I'd love to learn more about your field.",
    "I'm eager to understand how policy gets made.",
    "I'm wondering whether you might have time for a call.",
    "I'm so impressed by your career.",
    "I'm reaching out because I admire your work.",
    "I am very passionate about sustainability.",
    "I'm trying to decide what to do next.",
]


@pytest.mark.parametrize("text", LATER_INTRODUCTION_PASSES)
def test_later_introduction_passes(text):
    assert "introduction" not in message_rules(f"Hi Ana,\n{text}", "request"), text


@pytest.mark.parametrize("text", LATER_INTRODUCTION_FIRES)
def test_later_introduction_fires(text):
    assert "introduction" in message_rules(f"Hi Ana,\n{text}", "request"), text


LATER_SPECIFIC_PASSES = [
    "Thank you! I've already joined the Product Folks Slack you mentioned.",
    "Thanks so much. Your advice to build a small portfolio of case studies is exactly what I needed.",
    "Thank you for the call. I'll be reading The Mom Test this weekend.",
    "Thanks again; it was really useful to hear that most people in the team came from teaching.",
    "Thank you for introducing me to Priya; we're meeting next week.",
    "Thanks for the call. I didn't realise how much of the job is stakeholder management.",
    "Thank you for the call; the idea of doing an informational project first really clicked.",
    "Thanks so much. I've signed up for the UX Leeds meetup as you suggested.",
    "Thank you for explaining how sprint planning works on your team.",
    "Many thanks. Your warning about burnout in the first year will stay with me.",
    "Thanks for the chat! I'm going to try the 'two applications a week' rule you described.",
    "Thank you for recommending Range by David Epstein.",
]

LATER_SPECIFIC_FIRES = [
    "Thank you for a wonderful conversation. I learned so much.",
    "Thanks so much for your time today, it was incredibly helpful and inspiring.",
    "Thank you for being so generous with your time and advice.",
    "It was a real pleasure to talk. Thank you for all your tips.",
    "Thank you for your time and for sharing your experience with me.",
    "Thanks a lot for the chat, it really helped me think about my next steps.",
    "Thank you for such a great conversation, you gave me lots to think about.",
    "Thank you for your kind advice and encouragement.",
]


@pytest.mark.parametrize("text", LATER_SPECIFIC_PASSES)
def test_later_specific_passes(text):
    assert "specific" not in message_rules(f"Subject: Thanks\n\nHi Ana,\n{text}", "thank-you"), text


@pytest.mark.parametrize("text", LATER_SPECIFIC_FIRES)
def test_later_specific_fires(text):
    assert "specific" in message_rules(f"Subject: Thanks\n\nHi Ana,\n{text}", "thank-you"), text


LATER_GREETING_PASSES = [
    "Dear Ms Adeyemi,",
    "Hi Prof. Lindqvist,",
    "Hey Jamie,",
    "Good morning Dr. Rao,",
    "Hi Ms. Kowalska!",
    "Hello Mr Smith -",
    "Salve Professoressa Ricci,",
    "Querida Lucía,",
    "Hey Dr. Patel,",
    "Hi Jo-Anne!",
    "Dear Professor Okonkwo,",
    "Hiya Ben,",
    "Dear Mr. and Mrs. Lee,",
    "Hello Kwame,",
    "Guten Tag Herr Becker,",
    "Dear Ms. de la Cruz,",
]

LATER_GREETING_FIRES = [
    "Hi there!",
    "Dear Team,",
    "Hello Recruiter,",
    "Dear Madam,",
    "Good afternoon all,",
    "Hi,",
    "Dear Hiring Team,",
    "Dear Sir/Madam,",
    "Dear Sir,",
    "Dear Sirs,",
    "Hello Team!",
    "Dear Colleagues,",
    "Dear Recruitment Team,",
    "Hi All,",
    "Greetings,",
    "Dear Future Employer,",
    "Dear Mentor,",
]


@pytest.mark.parametrize("text", LATER_GREETING_PASSES)
def test_later_greeting_passes(text):
    assert "greeting" not in message_rules(f"{text}\nI'm Maya.", "request"), text


@pytest.mark.parametrize("text", LATER_GREETING_FIRES)
def test_later_greeting_fires(text):
    assert "greeting" in message_rules(f"{text}\nI'm Maya.", "request"), text


LATER_THANKS_PASSES = [
    "Thanks heaps!",
    "Many thanks in advance,",
    "I'd be very grateful.",
    "Thank you for your consideration.",
    "Appreciate your time!",
    "Thanks!!",
    "Gracias de antemano.",
    "Thank you kindly,",
    "Thanks ever so much!",
    "I really appreciate you reading this.",
    "Thank you in advance for your time.",
    "Cheers in advance!",
    "Thanking you,",
    "Much obliged,",
    "With many thanks,",
    "Thank you very much for considering.",
]

LATER_THANKS_FIRES = [
    "Kind regards,",
    "All the best,",
    "Looking forward to it!",
    "Have a great day!",
    "Warm regards,",
    "Take care,",
    "Speak soon!",
    "Best wishes,",
]


@pytest.mark.parametrize("text", LATER_THANKS_PASSES)
def test_later_thanks_passes(text):
    assert "thanks" not in message_rules(f"Hi Ana,\nCould we talk?\n{text}", "request"), text


@pytest.mark.parametrize("text", LATER_THANKS_FIRES)
def test_later_thanks_fires(text):
    assert "thanks" in message_rules(f"Hi Ana,\nCould we talk?\n{text}", "request"), text


# ====================================================================== round five

# Written before a last widening: more families of each rule (a company's history and
# business model, how it makes money; British "start on"; resources they pointed to;
# what you know of them without "that"; circumstances as an introduction).

ROUND_FIVE_GOOGLEABLE = [
    "What's the company's history?",
    "Is Ocado a big company?",
    "Where is Maersk's office?",
    "Does Vestas operate internationally?",
    "Who does Ocado sell to?",
    "How is Monzo funded?",
    "How does the company make money?",
    "How many years has Arup been in business?",
    "Since when does Siemens exist?",
    "Who are the firm's owners?",
]
ROUND_FIVE_NOT_GOOGLEABLE = [
    "How is the company different from where you worked before?",
    "How does the company make decisions about promotions?",
    "Is a big company a better first step than a startup?",
    "Where is your office, roughly, in case I can come to you?",
]
ROUND_FIVE_PERSONAL_SALARY = [
    "How much did you start on?",
    "What did you start on when you joined, if you don't mind me asking?",
    "What's your earning potential in your current role?",
    "How well paid are you compared with your friends in law?",
    "Were you paid during your internship?",
    "Did the move pay off for you financially?",
]
ROUND_FIVE_NOT_PERSONAL_SALARY = [
    "How much did you start on the piano?",
    "What did you start on when you first joined the team, project-wise?",
    "Is the earning potential in this field worth the long hours?",
    "Were interns in your field usually paid?",
]


@pytest.mark.parametrize("question", ROUND_FIVE_GOOGLEABLE)
def test_round_five_googleable_fires(question):
    assert "googleable" in question_rules(question), question


@pytest.mark.parametrize("question", ROUND_FIVE_NOT_GOOGLEABLE)
def test_round_five_judgement_stays_clear(question):
    assert "googleable" not in question_rules(question), question


@pytest.mark.parametrize("question", ROUND_FIVE_PERSONAL_SALARY)
def test_round_five_their_pay_fires(question):
    assert "personal-salary" in question_rules(question), question


@pytest.mark.parametrize("question", ROUND_FIVE_NOT_PERSONAL_SALARY)
def test_round_five_pay_in_general_stays_clear(question):
    assert "personal-salary" not in question_rules(question), question


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! I've ordered the book you recommended on negotiation.",
        "Thanks so much. I'll listen to the podcast you mentioned on the way home.",
        "Thank you for the call; the template you shared is already saving me time.",
        "Thanks again. I've joined the community you pointed me to.",
    ],
)
def test_round_five_a_resource_they_gave_is_specific(text):
    assert "specific" not in message_rules(f"Subject: Thanks\n\nHi Ana,\n{text}", "thank-you")


@pytest.mark.parametrize(
    "text",
    [
        "I understand you moved from audit into sustainability consulting.",
        "I gather you spent a few years in Singapore before joining Arup.",
        "Your LinkedIn profile says you started out as a teacher.",
        "You and I both studied at Exeter, a decade apart.",
        "I got your details from the Women in Tech mentoring scheme.",
        "We grew up in the same town, according to my mum.",
        "I saw your name in the alumni newsletter.",
    ],
)
def test_round_five_reasons_pass(text):
    assert "reason" not in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize(
    "text",
    [
        "I know you get lots of messages like this.",
        "I understand you must be very busy.",
    ],
)
def test_round_five_no_reason_still_fires(text):
    assert "reason" in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm currently between jobs after ten years in retail banking.",
        "I'm self-employed and run a small bookkeeping business.",
        "I've just finished my A-levels and I'm taking a gap year.",
        "I'm on a career break after working as a midwife.",
    ],
)
def test_round_five_circumstances_introduce_you(text):
    assert "introduction" not in message_rules(f"Hi Ana,\n{text}"), text


@pytest.mark.parametrize("closing", ["Ta!", "I owe you a coffee for this!"])
def test_round_five_informal_thanks_pass(closing):
    assert "thanks" not in message_rules(f"Hi Ana,\nCould we talk?\n{closing}"), closing
