"""Data migrations keep the user's records meaningful across an upgrade."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = ("conversations", "0004_action_capture_and_loop")
AFTER = ("conversations", "0005_loops_closed_before_upgrade")


def _state(target):
    """Migrate `target`'s app to it, every other app to its latest; the models as then."""
    executor = MigrationExecutor(connection)
    targets = [
        target if app == target[0] else (app, name)
        for app, name in executor.loader.graph.leaf_nodes()
    ]
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def test_items_done_before_the_upgrade_do_not_all_ask_to_close_the_loop():
    old = _state(BEFORE)
    User = old.get_model("auth", "User")
    Contact = old.get_model("contacts", "Contact")
    Conversation = old.get_model("conversations", "Conversation")
    ActionItem = old.get_model("conversations", "ActionItem")
    when = datetime(2026, 3, 2, 10, tzinfo=UTC)
    user = User.objects.create(username="maya")
    ana = Contact.objects.create(owner=user, name="Ana Ruiz")
    chat = Conversation.objects.create(owner=user, contact=ana, status_changed_at=when)
    done = ActionItem.objects.create(
        owner=user,
        conversation=chat,
        contact=ana,
        title="Range",
        created_at=when,
        done=True,
        done_at=when,
    )
    still_open = ActionItem.objects.create(
        owner=user, conversation=chat, contact=ana, title="RSC", created_at=when
    )

    new = _state(AFTER)
    ActionItem = new.get_model("conversations", "ActionItem")
    assert ActionItem.objects.get(pk=done.pk).told_at == when
    assert ActionItem.objects.get(pk=still_open.pk).told_at is None
    # Back to the latest state for the tests that follow.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
