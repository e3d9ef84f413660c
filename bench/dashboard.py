"""How long the dashboard takes on a big campaign: a benchmark, not a test.

    COFFEECHAT_DATA_DIR=$(mktemp -d) .venv/bin/python bench/dashboard.py
    .venv/bin/python bench/dashboard.py          # the same, in a throwaway folder

Like bench/pages.py (whose set-up it shares): the real settings on a throwaway SQLite
file, one user with 5,000 contacts and 3,000 conversations (bench/data.py), then
/dashboard/ through Django's test client, signed in, a few times to warm up and then
--runs times. It prints the median and 95th-percentile server time, the number of
queries and the size of the page. The exit code is 1 when the median is over the
target (100 ms unless --target says otherwise).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pages import _percentile, _setup  # noqa: E402

URL = "/dashboard/"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--conversations", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--target", type=float, default=100.0, help="median ms")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    made = _setup()
    try:
        return _run(args)
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from bench.data import make_campaign
    from coffeechat.accounts.services import get_profile

    user = get_user_model().objects.create(username="bench")
    profile = get_profile(user)
    profile.name = "Maya Bench"
    profile.timezone = "Europe/London"
    profile.save()
    started = time.perf_counter()
    campaign = make_campaign(
        user, contacts=args.contacts, conversations=args.conversations, now=timezone.now()
    )
    counts = ", ".join(f"{n} {kind}" for kind, n in campaign.counts.items())
    print(f"made in {time.perf_counter() - started:.1f} s: {counts}\n")

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    for _ in range(args.warmup):
        response = client.get(URL)
        if response.status_code != 200:
            print(f"{URL} answered {response.status_code}", file=sys.stderr)
            return 2
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    n_queries = len(queries)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        client.get(URL)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    verdict = "ok" if median <= args.target else "SLOW"
    print(f"{'page':<12} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'KiB':>6}")
    print(
        f"{'Dashboard':<12} {median:>10.1f} {_percentile(times, 0.95):>8.1f} "
        f"{n_queries:>8} {len(response.content) / 1024:>6.0f}  {verdict}"
    )
    print(f"\n{args.runs} runs after {args.warmup} warm-ups; target: median ≤ {args.target:g} ms")
    return 0 if median <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
