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

The campaign itself is plain data in `data.py`; `build.py` makes the records from
it through the same services (and `coffeechat.factories`) the app uses.
"""

from coffeechat.demo.build import seed_demo
from coffeechat.demo.data import CONTACTS

__all__ = ["CONTACTS", "seed_demo"]
