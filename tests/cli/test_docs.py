"""The documentation keeps up with the command: every command, option and setting is in
docs/CLI.md (and the settings in the README too), and every example there and in the
README parses. A command or option added without its documentation fails here, as
sqlite-utils and datasette test their own docs."""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coffeechat.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("coffeechat")
FILES = ROOT / "tests" / "fixtures" / "imports_service"
CLI_DOC = ROOT / "docs" / "CLI.md"
README = ROOT / "README.md"
HEADING = re.compile(r"^### `(coffeechat[^`]*)`$", re.MULTILINE)
CODE_BLOCK = re.compile(r"^```sh\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps no public handle on them
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands(parser, path=("coffeechat",)):
    """(path, parser) for every command and subcommand, depth first."""
    for name, sub in _subcommands(parser).items():
        yield (*path, name), sub
        yield from _commands(sub, (*path, name))


COMMANDS = {" ".join(path): parser for path, parser in _commands(build_parser())}


def _sections(text: str) -> dict[str, str]:
    """Each `### `coffeechat …`` heading of docs/CLI.md, with the text under it."""
    found = list(HEADING.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    return {m.group(1): text[m.end() : end] for m, end in zip(found, ends, strict=True)}


SECTIONS = _sections(CLI_DOC.read_text(encoding="utf-8"))


def _names(action: argparse.Action) -> list[str]:
    """How the docs name an argument: its option strings, or its metavar."""
    if action.option_strings:
        return list(action.option_strings)
    if action.metavar:
        return [action.metavar]
    return ["{" + ",".join(action.choices) + "}"]


def _arguments(parser):
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue
        yield action


def test_the_walk_finds_every_command():
    assert {"coffeechat chat schedule", "coffeechat message eml", "coffeechat agenda"} <= set(
        COMMANDS
    )
    assert len(COMMANDS) == 22


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_section(command):
    assert command in SECTIONS, f"docs/CLI.md has no heading ### `{command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_and_argument_is_documented_in_its_section(command):
    section = SECTIONS.get(command, "")
    missing = [
        name
        for action in _arguments(COMMANDS[command])
        for name in _names(action)
        if f"`{name}" not in section
    ]
    assert not missing, f"{command}: not in docs/CLI.md: {', '.join(missing)}"


@pytest.mark.parametrize(
    "command", [c for c, parser in COMMANDS.items() if not _subcommands(parser)]
)
def test_every_command_has_an_example(command):
    examples = [
        line for block in CODE_BLOCK.findall(SECTIONS.get(command, "")) for line in _lines(block)
    ]
    assert any(shlex.split(line)[: len(command.split())] == command.split() for line in examples)


def test_no_section_documents_a_command_that_is_gone():
    assert set(SECTIONS) <= set(COMMANDS)


def _lines(block: str) -> list[str]:
    """The `coffeechat …` commands of a code block, without comments, pipes or redirections."""
    lines = []
    for line in block.splitlines():
        line = line.split(" # ")[0].strip()
        line = re.sub(r"^(\w+=\S+ )+", "", line)  # VARIABLE=value before the command
        line = line.split(" | ")[-1]
        line = re.split(r" [<>] ", line)[0]
        if line.startswith("coffeechat "):
            lines.append(line)
    return lines


def _examples(path: Path) -> list[str]:
    return [line for block in CODE_BLOCK.findall(path.read_text("utf-8")) for line in _lines(block)]


@pytest.mark.parametrize(
    "example", [*_examples(CLI_DOC), *_examples(README)], ids=lambda line: line[:60]
)
def test_every_example_parses(example):
    """As written: the options exist, the choices are allowed, nothing is missing."""
    args = build_parser().parse_args(shlex.split(example)[1:])
    assert callable(args.func)


def _settings_read() -> set[str]:
    """The COFFEECHAT_* environment variables the code reads (tests' own are left out)."""
    names = set()
    for path in (ROOT / "coffeechat").rglob("*.py"):
        names |= set(re.findall(r"[\"'](COFFEECHAT_[A-Z_]+)[\"']", path.read_text("utf-8")))
    return names


def test_the_settings_are_found():
    assert {"COFFEECHAT_DATA_DIR", "COFFEECHAT_DEBUG", "COFFEECHAT_DEMO_DIR"} <= _settings_read()


@pytest.mark.parametrize("document", [CLI_DOC, README], ids=lambda path: path.name)
def test_every_setting_is_documented(document):
    text = document.read_text("utf-8")
    missing = sorted(name for name in _settings_read() if f"`{name}`" not in text)
    assert not missing, f"{document.name} does not document {', '.join(missing)}"


# What the examples of docs/CLI.md read, made before they run.
INPUTS = {
    "draft.txt": "Subject: A question about data science at BASF\n\nHi Ana,\n\n"
    "Would you have 20 minutes for a call about your work?\n\nMaya\n",
    "questions.txt": "How did you move from the lab to data science?\n"
    "What does a normal week look like for you?\n",
    "note.txt": "Hi Ana, we met at the alumni evening. Could we talk about your work?",
    "notes.md": "# Chat with Ana\n\nbook: Range, by David Epstein\n"
    "person: Zoë Ørsted (Novo Nordisk, Head of R&D)\n",
    "people.csv": "Who,Company\nCleo Hart,Acme\nDan Weiss,Initech\n",
}
# A server that runs until stopped, and a drafted message sent to a mail server.
NOT_RUN = ("serve", "demo", "message")


def _shell_examples(path: Path) -> list[str]:
    """Each line of the code blocks of `path` that runs coffeechat, as written."""
    lines = []
    for block in CODE_BLOCK.findall(path.read_text("utf-8")):
        for line, command in zip(block.splitlines(), map(_lines, block.splitlines()), strict=True):
            if command and shlex.split(command[0])[1] not in NOT_RUN:
                lines.append(line.split(" # ")[0].strip())
    return lines


def test_the_reference_runs_in_order(tmp_path):
    """Every example of docs/CLI.md, through the real script and a shell, in one fresh
    data folder: each succeeds (lint may find an error in the draft: exit 1)."""
    for name, text in INPUTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    shutil.copy(FILES / "Connections.csv", tmp_path / "Connections.csv")
    shutil.copy(FILES / "phone.vcf", tmp_path / "contacts.vcf")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(tmp_path / "data")
    env["PATH"] = f"{SCRIPT.parent}{os.pathsep}{env.get('PATH', '')}"
    examples = _shell_examples(CLI_DOC)
    assert len(examples) > 30
    for example in examples:
        result = subprocess.run(
            ["bash", "-c", example],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        allowed = (0, 1) if example.startswith("coffeechat lint") else (0,)
        assert result.returncode in allowed, f"{example}\n{result.stderr}"
        assert "Traceback" not in result.stderr, example
