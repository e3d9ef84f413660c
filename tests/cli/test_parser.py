"""The parser on its own: usage errors and --help."""

import pytest

from coffeechat.cli import main

# --------------------------------------------------------------------------- parsing


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "usage: coffeechat" in capsys.readouterr().err


def test_a_missing_chat_id_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["chat", "move"])
    assert exit_.value.code == 2


def test_help_lists_the_commands_and_exits_0(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("profile", "contact", "chat", "agenda"):
        assert command in out
