"""Running `coffeechat` in-process against the test database, as the local user.

The modules here that need another user or clock define their own `me` and `cli`.
"""

import json

import pytest

from coffeechat.accounts.services import get_profile, local_user
from coffeechat.cli import main


@pytest.fixture
def me(db):
    """The local user the CLI acts as, in London."""
    user = local_user()
    profile = get_profile(user)
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def cli(me, capsys):
    """Run `coffeechat ARGS...` in-process: returns (exit code, stdout, stderr)."""

    def invoke(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def cli_json(cli):
    def invoke(*args: str):
        code, out, err = cli(*args, "--json")
        assert (code, err) == (0, ""), err
        return json.loads(out)

    return invoke


def error_of(cli, *args: str) -> str:
    """The one stderr line of a command that must fail with exit code 1."""
    code, out, err = cli(*args)
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("coffeechat: error: ")
    return lines[0].removeprefix("coffeechat: error: ")
