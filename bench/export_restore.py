"""How long a full backup and its restore take on a big campaign: a benchmark, not a test.

    .venv/bin/python -m bench.export_restore          # 30,000 contacts, 5 runs, 5 s target
    .venv/bin/python -m bench.export_restore --contacts 5000 --runs 3

On a throwaway SQLite file database with the real settings (WAL, as bench/pages.py sets
up), it makes one user with --contacts contacts and --conversations conversations
(bench/data.py: organisations, targets, questions, events, histories, messages, notes,
action items, decisions, leads), then times --runs times:

* export_json: every table the user owns, as plain JSON data;
* the backup as JSON text (what `coffeechat export json` writes);
* restore_json of that text into a fresh database (a new, empty, migrated SQLite file
  each run, as `coffeechat restore FILE` into an empty data folder), checked once to
  export exactly as the original;
* the CSV and vCard exports of the contacts.

It prints the medians; the exit code is 1 when export_json or restore_json is over the
target (5 s unless --target says otherwise).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench.pages import _setup


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--conversations", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--target", type=float, default=5.0, help="median seconds")
    return parser.parse_args(argv)


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def use_database(path: Path) -> None:
    """Point the default connection at another SQLite file (the next query opens it)."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    made = _setup()
    try:
        return _run(args)
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from bench.data import make_campaign
    from coffeechat.backups import services

    main_db = Path(settings.DATABASES["default"]["NAME"])
    folder = main_db.parent
    empty = services.backup_sqlite(folder / "empty.sqlite3")  # migrated, no rows yet

    user = get_user_model().objects.create(username="bench")
    started = time.perf_counter()
    campaign = make_campaign(
        user, contacts=args.contacts, conversations=args.conversations, now=timezone.now()
    )
    print(f"database: {main_db}")
    print(f"made in {time.perf_counter() - started:.1f} s: ", end="")
    print(", ".join(f"{n} {kind}" for kind, n in campaign.counts.items()))

    figures: dict[str, list[float]] = {
        "export_json": [],
        "JSON text": [],
        "restore_json": [],
        "export_csv": [],
        "export_vcard": [],
    }
    sizes: dict[str, int] = {}
    text = ""
    original: dict = {}
    for run in range(args.runs):
        seconds, original = timed(services.export_json, user)
        figures["export_json"].append(seconds)
        seconds, text = timed(services.backup_text, original)
        figures["JSON text"].append(seconds)
        seconds, csv_text = timed(services.export_csv, user)
        figures["export_csv"].append(seconds)
        seconds, vcard = timed(services.export_vcard, user)
        figures["export_vcard"].append(seconds)
        sizes = {
            "JSON text": len(text.encode()),
            "export_csv": len(csv_text.encode()),
            "export_vcard": len(vcard.encode()),
        }

        fresh = folder / f"fresh-{run}.sqlite3"
        shutil.copyfile(empty, fresh)
        use_database(fresh)
        try:
            me = get_user_model().objects.create(username="me")
            seconds, restored = timed(services.restore_json, text, user=me)
            figures["restore_json"].append(seconds)
            if run == 0:
                again = services.export_json(me)
                same = {k: v for k, v in again.items() if k != "exported_at"} == {
                    k: v for k, v in original.items() if k != "exported_at"
                }
                print(f"restored {restored.summary()}; exports the same again: {same}")
                if not same:
                    print("bench: the restored data differs from the original", file=sys.stderr)
                    return 1
        finally:
            use_database(main_db)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{fresh}{suffix}").unlink(missing_ok=True)

    rows = sum(len(r) for r in original["tables"].values())
    print(f"\n{rows:,} rows in {len(original['tables'])} tables; {args.runs} runs\n")
    header = f"{'step':<14} {'median s':>9} {'min s':>7} {'max s':>7} {'MiB':>6}"
    print(header)
    print("-" * len(header))
    slow = []
    for label, values in figures.items():
        median = statistics.median(values)
        size = f"{sizes[label] / 2**20:6.1f}" if label in sizes else " " * 6
        judged = label in ("export_json", "restore_json")
        flag = "  over target" if judged and median > args.target else ""
        print(f"{label:<14} {median:9.2f} {min(values):7.2f} {max(values):7.2f} {size}{flag}")
        if flag:
            slow.append(label)
    print(f"\ntarget: export_json and restore_json at most {args.target:.1f} s each (median)")
    if slow:
        print(f"bench: over the target: {', '.join(slow)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
