"""`coffeechat lint`: check a draft or a list of questions against the guidelines.

Pure: no Django setup and no database, so it runs anywhere and at once.
"""

from __future__ import annotations

import argparse
import sys

from . import runtime

LINT_EPILOG = """input: plain text. For e-mails (request, follow-up, thank-you) a first line
"Subject: ..." is the subject; with --kind question each non-empty line is a question.

exit status: 0 when no finding is an error; 1 when at least one is;
2 on a usage error, including a FILE that cannot be read or is not UTF-8.

examples:
  coffeechat lint draft.txt
  coffeechat lint --kind question --json questions.txt
  pbpaste | coffeechat lint --kind linkedin-note -
"""


def register(subparsers) -> None:
    """Add `lint` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser(
        "lint",
        help="check a draft message or questions against the guidelines",
        description="Check a draft message, or a list of questions, against the "
        "informational-interview guidelines. Needs no database.",
        epilog=LINT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--kind",
        choices=("request", "linkedin-note", "follow-up", "thank-you", "question"),
        default="request",
        help="what the text is (default: request)",
    )
    p.add_argument("--recipient", metavar="NAME", help="their full name, to check the greeting")
    p.add_argument("--sender", metavar="NAME", help="your name, to spot your introduction")
    p.add_argument(
        "--max-words",
        type=runtime.positive,
        default=150,
        metavar="N",
        help="a request e-mail is too long over N words (default: 150)",
    )
    p.add_argument(
        "--max-chars",
        type=runtime.positive,
        default=300,
        metavar="N",
        help="a LinkedIn note is too long over N characters (default: 300)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("file", metavar="FILE", help="the text to check, or - for standard input")
    p.set_defaults(func=cmd_lint)


def cmd_lint(args) -> int:
    from coffeechat.lib.lint import Limits, lint

    shown = "standard input" if args.file == "-" else args.file
    try:
        text = runtime.read_input(args.file)
    except UnicodeDecodeError as exc:
        print(
            f"coffeechat: error: {shown} is not UTF-8 text (byte {exc.object[exc.start]:#04x}"
            f" at offset {exc.start})",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        print(f"coffeechat: error: cannot read {shown}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    limits = Limits(request_words=args.max_words, linkedin_chars=args.max_chars)
    report = lint(
        text, args.kind, limits=limits, recipient=args.recipient or "", sender=args.sender or ""
    )
    if args.json:
        runtime.print_json(report.to_json())
    else:
        for f in report.findings:
            where = "-" if f.line is None else f.line
            print(f"{where}: {f.severity} {f.rule}: {f.message} → {f.suggestion}")
        errors = sum(f.severity == "error" for f in report.findings)
        warnings = len(report.findings) - errors
        verdict = (
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
            if report.findings
            else "No problems found"
        )
        print(f"{verdict} · {report.words} words, {report.characters} characters")
    return 1 if report.has_errors else 0
