"""The pipeline's rules on their own: statuses, the moves between them and the refusals.

Pure tests of coffeechat.lib.pipeline: no database. The expected moves are written
out here from the issue, so the tests check the contract, not the code's own table.
"""

import pytest

from coffeechat.lib import pipeline
from coffeechat.lib.pipeline import MoveRefused, allowed_moves, check_move

CONTRACT_STATUSES = (
    "prospect",
    "requested",
    "scheduled",
    "held",
    "thanked",
    "declined",
    "no_response",
    "cancelled",
)

CONTRACT_MOVES = {
    "prospect": {"requested"},
    "requested": {"scheduled", "declined", "no_response"},
    "scheduled": {"held", "cancelled"},
    "held": {"thanked"},
    "thanked": set(),
    "declined": {"requested"},
    "no_response": {"requested"},
    "cancelled": {"requested"},
}

ALLOWED = [(a, b) for a, targets in CONTRACT_MOVES.items() for b in sorted(targets)]
REFUSED = [
    (a, b) for a in CONTRACT_STATUSES for b in CONTRACT_STATUSES if b not in CONTRACT_MOVES[a]
]


def test_the_statuses_are_the_eight_of_the_contract_in_board_order():
    assert pipeline.STATUSES == CONTRACT_STATUSES


def test_every_status_has_a_label():
    assert set(pipeline.LABELS) == set(CONTRACT_STATUSES)
    assert pipeline.LABELS["no_response"] == "No response"


@pytest.mark.parametrize("status", CONTRACT_STATUSES)
def test_allowed_moves_from_each_status_match_the_contract(status):
    assert set(allowed_moves(status)) == CONTRACT_MOVES[status]


def test_the_main_line_runs_from_prospect_to_thanked():
    status = "prospect"
    for step in ("requested", "scheduled", "held", "thanked"):
        check_move(status, step)
        status = step
    assert allowed_moves(status) == ()


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_an_allowed_move_passes_the_check(current, target):
    assert check_move(current, target) is None


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_a_move_outside_the_contract_is_refused(current, target):
    with pytest.raises(MoveRefused) as refused:
        check_move(current, target)
    assert refused.value.current == current
    assert refused.value.target == target


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_a_refusal_names_every_move_allowed_from_the_current_status(current, target):
    with pytest.raises(MoveRefused) as refused:
        check_move(current, target)
    message = str(refused.value)
    for allowed in CONTRACT_MOVES[current]:
        assert allowed in message


def test_a_refusal_reads_as_a_sentence_a_user_can_act_on():
    with pytest.raises(MoveRefused) as refused:
        check_move("prospect", "held")
    assert str(refused.value) == (
        "A conversation cannot move from prospect to held. From prospect it can move to requested."
    )


def test_a_refusal_with_several_options_lists_them_with_or():
    with pytest.raises(MoveRefused) as refused:
        check_move("requested", "thanked")
    assert str(refused.value).endswith(
        "From requested it can move to scheduled, declined or no response (no_response)."
    )


def test_moving_to_the_current_status_says_it_is_already_there():
    with pytest.raises(MoveRefused, match=r"^This conversation is already scheduled\."):
        check_move("scheduled", "scheduled")


def test_a_thanked_conversation_is_complete_and_cannot_move():
    with pytest.raises(MoveRefused, match="this conversation is complete"):
        check_move("thanked", "requested")


def test_an_unknown_target_status_is_refused_with_the_list_of_statuses():
    with pytest.raises(MoveRefused) as refused:
        check_move("requested", "ghosted")
    message = str(refused.value)
    assert "Unknown status 'ghosted'" in message
    for status in CONTRACT_STATUSES:
        assert status in message


def test_a_refusal_is_a_value_error_so_callers_can_catch_either():
    assert issubclass(MoveRefused, ValueError)


def test_allowed_moves_of_an_unknown_status_is_an_error():
    with pytest.raises(ValueError, match="unknown status 'ghosted'"):
        allowed_moves("ghosted")


def test_declined_no_response_and_cancelled_can_all_be_tried_again():
    for status in ("declined", "no_response", "cancelled"):
        assert allowed_moves(status) == ("requested",)


def test_active_statuses_are_those_still_going_somewhere():
    assert frozenset({"prospect", "requested", "scheduled", "held"}) == pipeline.ACTIVE


def test_refusals_carry_the_move_and_read_whole():
    with pytest.raises(MoveRefused) as refused:
        check_move("requested", "ghosted")
    assert (refused.value.current, refused.value.target) == ("requested", "ghosted")
    assert str(refused.value) == (
        "Unknown status 'ghosted'. Use one of: prospect, requested, scheduled, held, "
        "thanked, declined, no_response, cancelled."
    )
    with pytest.raises(MoveRefused) as refused:
        check_move("thanked", "requested")
    assert str(refused.value) == (
        "A conversation cannot move from thanked to requested. "
        "From thanked it can move to nothing: this conversation is complete."
    )
