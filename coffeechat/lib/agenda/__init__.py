"""What is due today: the follow-up rules of the campaign as a pure function.

`build_agenda` takes plain records (conversations, people, open resources,
resources done, people met at events), the user's decisions (dismiss, snooze), the rules and
"now", and returns the items for one agenda day. It reads no clock and no
database, so the same inputs always give the same agenda.

The rules, with their defaults (each is a field of `Rules`):

| kind               | when it is due                                      | until            |
| ------------------ | --------------------------------------------------- | ---------------- |
| `next_person`      | request sent, no reply after 3 business days        | follow-up's day  |
| `follow_up`        | request sent, no reply after 7 business days        | dealt with       |
| `mark_no_response` | follow-up sent, no reply after 7 more business days | dealt with       |
| `prepare`          | the day before a scheduled chat (from 00:00)        | the chat's day   |
| `confirm`          | the day before a scheduled chat not yet confirmed   | the chat's day   |
| `be_on_time`       | 60 minutes before a scheduled chat                  | the chat's end   |
| `thank_you`        | chat held, no thank-you: shows at once, due in 24 h | dealt with       |
| `ask_for_names`    | when a chat was held, no further names noted        | dealt with       |
| `resource`         | when a resource was captured (book, lead, ...)      | dealt with       |
| `tell`             | when an item someone suggested was marked done      | told, or written |
| `keep_in_touch`    | 8 weeks (or the contact's own cadence) after the    | dealt with       |
|                    | last chat, message or note with someone met         |                  |
| `event_follow_up`  | 2 days after meeting someone at an event            | dealt with       |

"Dealt with" means the records change (a reply moves the conversation on, a
thank-you is recorded, a resource is closed...) or the user dismisses the item.

How the agenda for a day is chosen:

- All reasoning about days happens in the user's time zone `tz`. A request
  sent at 23:30 in Los Angeles was sent that day, whatever the date in UTC.
  Business days are Monday to Friday; a due time keeps the local time of day
  of the moment it counts from.
- An item belongs to the agenda of `day` when its due date (local) is on or
  before `day`. Items from earlier days stay, flagged `overdue`, until they
  are dealt with: a missed follow-up is still a follow-up to send.
- Items that stop making sense expire (`next_person`, `prepare`,
  `be_on_time`). Expiry is judged at a reference instant: `now` when looking at
  today, the start (00:00 local) of `day` when looking ahead, and the start of
  `day` when looking back.
- Dismissed items are hidden. Snoozed items are hidden while `day` is before
  their `snoozed_until` date and come back on that date.
- Decisions are kept by item key, which names the kind, the subject and the
  moment the item counts from (e.g. the request's time). A new request or a
  reschedule gives a new key, so an old dismissal does not hide the new item.
- Discretion: a contact whose source is `coworker` never appears in any item,
  neither as the subject nor as a suggested next person.
- Items are sorted by due time, then by kind (in the order of the table
  above), then by contact name.

The package, read in this order: `records` (the kinds, the rules, the records in and the
items out), `day` (the agenda day and the helpers every rule counts time with), the rules
by family (`requests`: no reply yet; `chats`: before and after a chat; `relationships`:
resources, closing the loop, keeping in touch, events), and `engine` (`build_agenda`).
Everything other code uses is imported from here.
"""

from coffeechat.lib.agenda.chats import (
    ask_for_names_items,
    be_on_time_items,
    confirm_items,
    prepare_items,
    thank_you_items,
)
from coffeechat.lib.agenda.day import AgendaDay, reference_instant, start_of
from coffeechat.lib.agenda.engine import build_agenda, sort_key
from coffeechat.lib.agenda.records import (
    ASK_FOR_NAMES,
    BE_ON_TIME,
    CONFIRM,
    EVENT_FOLLOW_UP,
    FOLLOW_UP,
    KEEP_IN_TOUCH,
    KIND_LABELS,
    KINDS,
    MARK_NO_RESPONSE,
    NEXT_PERSON,
    PREPARE,
    RESOURCE,
    TELL,
    THANK_YOU,
    Chat,
    Decision,
    DoneAction,
    EventMeeting,
    Item,
    Person,
    Resource,
    Rules,
)
from coffeechat.lib.agenda.relationships import (
    RESOURCE_TITLES,
    TELL_TITLES,
    event_follow_up_items,
    keep_in_touch_due,
    keep_in_touch_items,
    keep_in_touch_weeks,
    last_interaction,
    resource_items,
    tell_items,
)
from coffeechat.lib.agenda.requests import (
    follow_up_items,
    mark_no_response_items,
    next_person_items,
)

__all__ = [
    "ASK_FOR_NAMES",
    "AgendaDay",
    "BE_ON_TIME",
    "CONFIRM",
    "Chat",
    "Decision",
    "DoneAction",
    "EVENT_FOLLOW_UP",
    "EventMeeting",
    "FOLLOW_UP",
    "Item",
    "KEEP_IN_TOUCH",
    "KINDS",
    "KIND_LABELS",
    "MARK_NO_RESPONSE",
    "NEXT_PERSON",
    "PREPARE",
    "Person",
    "RESOURCE",
    "RESOURCE_TITLES",
    "Resource",
    "Rules",
    "TELL",
    "TELL_TITLES",
    "THANK_YOU",
    "ask_for_names_items",
    "be_on_time_items",
    "build_agenda",
    "confirm_items",
    "event_follow_up_items",
    "follow_up_items",
    "keep_in_touch_due",
    "keep_in_touch_items",
    "keep_in_touch_weeks",
    "last_interaction",
    "mark_no_response_items",
    "next_person_items",
    "prepare_items",
    "reference_instant",
    "resource_items",
    "sort_key",
    "start_of",
    "tell_items",
    "thank_you_items",
]
