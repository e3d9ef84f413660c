"""How fast the guideline linter is: a benchmark, not a test.

    .venv/bin/python bench/lint_speed.py            # medians against the 20 ms target
    .venv/bin/python bench/lint_speed.py --runs 200

It lints a realistic 300-word request e-mail and a list of 60 questions, --runs times
each, and prints the median and 95th percentile. "cold" clears the sentence cache
before every run (a draft never seen before: the honest figure); "warm" keeps it (the
same draft linted again, as when a page re-checks a draft on every keystroke and most
paragraphs have not changed). It also prints how long the first import takes, which
a one-off `coffeechat lint` pays. Exit code 1 when a cold median is over the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

REQUEST = """Subject: From one Leeds chemist to another – 20 minutes of your advice?

Dear Dr. Ruiz,

I'm Maya Okafor, a final-year PhD student in physical chemistry at the University of Leeds,
where I work on solvent effects in flow reactors. Professor Helen Marsh, who supervised your
master's project a few years before mine, suggested that I get in touch with you.

I read your recent article in Chemistry World on moving pilot plants from batch to continuous
processing, and the part about convincing operators to trust in-line sensors stayed with me.
It is exactly the kind of problem I would like to work on after my PhD, and I am trying to
understand what the step from academic research into industrial process development really
looks like from the inside.

In particular, I would love to hear how you decided between staying in research and moving
into a plant-facing role, which skills from your doctorate turned out to matter most in your
first year, and what you wish someone had told you before you made the move. I would also be
curious to know how you see the field changing over the next five years, especially with the
push towards electrification and greener solvents, and whether there are professional groups
or events you would recommend for someone at my stage.

I know how busy the end of the quarter can be, so I would be very grateful for just 15 to 20
minutes of your time, by phone or on a video call, at whatever time suits you in the next few
weeks. If it is easier, I could also come to Ludwigshafen for a coffee, as I will be visiting
family nearby in early spring.

Thank you very much for considering it, and for the article itself.

With best wishes,
Maya Okafor
PhD candidate, School of Chemistry, University of Leeds
"""

QUESTIONS = [
    "What does a typical day look like for you?",
    "What surprised you most when you moved from academia into industry?",
    "Which skills from your PhD turned out to matter most?",
    "What do you wish someone had told you before you made the move?",
    "How did you get your first job in process development?",
    "What salary range can someone entering this role expect?",
    "How does the company's mission show up in your team's decisions?",
    "What are the biggest challenges your team faces right now?",
    "How is work-life balance in your role?",
    "How much do you travel for work?",
    "Which trends will change this field in the next five years?",
    "What professional groups or events would you recommend?",
    "Who else would you suggest I talk to?",
    "What does the company do?",
    "How many employees does the company have?",
    "When was the company founded?",
    "Where is the company headquartered?",
    "Who is the CEO?",
    "How much do you earn?",
    "Are you hiring?",
] * 3

TARGET_MS = 20.0


def _time(func, runs: int, before=None) -> list[float]:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--target", type=float, default=TARGET_MS, help="median ms (cold)")
    args = parser.parse_args(argv)

    already = "coffeechat.lib.lint" in sys.modules
    start = time.perf_counter()
    from coffeechat.lib.lint import lint, lint_questions
    from coffeechat.lib.lint.text import clear_caches

    import_ms = (time.perf_counter() - start) * 1000

    first_start = time.perf_counter()
    words = lint(REQUEST, "request").words
    first_ms = (time.perf_counter() - first_start) * 1000
    questions = "\n".join(QUESTIONS)
    assert len(QUESTIONS) == 60

    cases = [
        (f"request e-mail, {words} words", lambda: lint(REQUEST, "request")),
        ("60 questions", lambda: lint_questions(questions)),
    ]
    if not already:
        print(f"import coffeechat.lib.lint: {import_ms:.1f} ms (once per process)")
    print(f"first lint after import:    {first_ms:.1f} ms\n")
    print(f"{'case':<32} {'cold median':>12} {'cold p95':>9} {'warm median':>12}")
    failing = []
    for name, func in cases:
        for _ in range(5):  # warm-up: the regular expressions' own caches
            func()
        cold = _time(func, args.runs, before=clear_caches)
        warm = _time(func, args.runs)
        median = statistics.median(cold)
        print(
            f"{name:<32} {median:>9.2f} ms {_p95(cold):>6.2f} ms {statistics.median(warm):>9.2f} ms"
        )
        if median > args.target:
            failing.append(name)
    print(f"\ntarget: cold median ≤ {args.target:.0f} ms per call")
    if failing:
        print("over target: " + ", ".join(failing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
