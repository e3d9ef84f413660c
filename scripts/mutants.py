"""Mutation testing of the pure modules in coffeechat/lib/, and the share killed per module.

    scripts/mutants.py [--again] [MODULE ...]   e.g. scripts/mutants.py agenda lamp
    make mutants MUTATE="agenda lamp"           the same, after installing .venv

A MODULE is a module or package of coffeechat/lib/ (`agenda`, `importers`, `lint`); with
none, every one but those in SKIP. mutmut mutates only the files of the modules named
(the rest of its settings are [tool.mutmut] in pyproject.toml) and runs the pure tests of
tests/lib/ against each mutant, in mutants/ (not in git). Then one line per module:
mutants killed out of those made, and how many survived (or no test reached), to read
with `.venv/bin/mutmut results` and `.venv/bin/mutmut show NAME`.

Each run starts afresh, since mutmut's cache does not notice a module named for the first
time. `--again` instead keeps mutants/ and tests once more only the survivors of the
last run: after adding tests that should kill them. It is quick but not a figure to
report: a function changed since the last run keeps only its new tests' reach.

Not part of `make test` or CI: it takes minutes, and a survivor is a place to look, not a
failure. The exit code is mutmut's.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIB = ROOT / "coffeechat" / "lib"
# lint/ is being split into a package of its own (issue 11); name it to include it.
SKIP = {"lint"}
# mutmut's exit codes per mutant: a test failed (1, 3) or ran out of time; 0 survived.
KILLED = {1, 3, 24, -24, 36, 152, 255}
SURVIVED = {0}


def all_modules() -> list[str]:
    names = [p.stem for p in LIB.glob("*.py") if p.stem != "__init__"]
    names += [p.name for p in LIB.iterdir() if (p / "__init__.py").exists()]
    return sorted(set(names) - SKIP)


def module_files(module: str) -> list[str]:
    """The files of one lib module or package, as paths from the project root."""
    package = LIB / module
    if package.is_dir():
        return sorted(str(p.relative_to(ROOT)) for p in package.rglob("*.py"))
    path = LIB / f"{module}.py"
    if not path.exists():
        sys.exit(f"mutants: no module coffeechat/lib/{module}(.py)")
    return [str(path.relative_to(ROOT))]


def results(files: list[str]) -> dict[str, int | None]:
    """mutmut's exit code per mutant of these files, from the last run."""
    codes: dict[str, int | None] = {}
    for file in files:
        meta = ROOT / "mutants" / f"{file}.meta"
        if meta.exists():
            codes.update(json.loads(meta.read_text())["exit_code_by_key"])
    return codes


def run_mutmut(files: list[str], again: bool) -> int:
    """Run `mutmut run` in this process with only_mutate set to `files`.

    mutmut reads its settings once, from pyproject.toml; only_mutate is set on them here
    so that the Makefile can name the modules. This leans on `mutmut.configuration.config`,
    hence the pinned minor version in pyproject.toml.
    """
    names = []
    if again:
        names = [name for name, code in results(files).items() if code not in KILLED]
        if not names:
            print("mutants: no survivors to test again")
            return 0
        # A run of other modules leaves these files copied but not mutated: mutate again.
        for file in files:
            copy = ROOT / "mutants" / file
            if copy.exists() and "mutmut" not in copy.read_text():
                copy.unlink()
    else:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    from mutmut import configuration

    config = configuration.config()
    config.only_mutate = files
    from mutmut.__main__ import cli

    try:
        cli.main(["run", "--max-children", os.environ.get("MUTANTS_JOBS", "2"), *names])
    except SystemExit as stop:
        return stop.code or 0
    return 0


def report(modules: list[str]) -> None:
    print(f"\n{'module':<20} {'killed':>15}  survivors")
    for module in modules:
        counts: Counter[str] = Counter()
        survivors = []
        for name, code in results(module_files(module)).items():
            if code in KILLED:
                counts["killed"] += 1
            elif code in SURVIVED:
                counts["survived"] += 1
                survivors.append(name)
            else:
                counts["other"] += 1  # no test reaches it, not checked, or skipped
                survivors.append(name)
        tested = counts["killed"] + counts["survived"] + counts["other"]
        share = f"{counts['killed'] / tested:.0%}" if tested else "-"
        killed = f"{counts['killed']}/{tested} {share:>4}"
        print(f"{module:<20} {killed:>15}  {len(survivors)}")
    print("\nSurvivors: .venv/bin/mutmut results; one of them: .venv/bin/mutmut show NAME")


def main(argv: list[str]) -> int:
    again = "--again" in argv
    modules = [arg for arg in argv if arg != "--again"] or all_modules()
    files = [file for module in modules for file in module_files(module)]
    os.chdir(ROOT)
    code = run_mutmut(files, again)
    report(modules)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
