"""The rules, one module per family: each function reads a `Draft` (or one question) and
returns its findings.

Every pattern runs on folded text (see `text.fold`), so "Résumé", "resume" and "RESUME"
are one word and ’ is '. A pattern that would fire is first checked for negation within
its clause ("I'm not looking for a job") and for who it is about ("How did *you* get
your first job?" is not a job ask).

    addressing  greeting, introduction
    connection  reason
    ask         time-ask, medium
    gratitude   thanks, specific
    shape       length, subject, life-story
    jobs        job-ask (in messages and in questions)
    company     googleable
    pay         personal-salary
    patterns    helpers shared by the families
"""

from coffeechat.lib.lint.rules.addressing import greeting, introduction
from coffeechat.lib.lint.rules.ask import chat_lengths, medium, time_ask
from coffeechat.lib.lint.rules.company import googleable
from coffeechat.lib.lint.rules.connection import reason
from coffeechat.lib.lint.rules.gratitude import specific, thanks
from coffeechat.lib.lint.rules.jobs import CV_ATTACHED, job_ask, job_asks
from coffeechat.lib.lint.rules.pay import personal_salary
from coffeechat.lib.lint.rules.shape import length, life_story, subject

__all__ = [
    "CV_ATTACHED",
    "chat_lengths",
    "googleable",
    "greeting",
    "introduction",
    "job_ask",
    "job_asks",
    "length",
    "life_story",
    "medium",
    "personal_salary",
    "reason",
    "specific",
    "subject",
    "thanks",
    "time_ask",
]
