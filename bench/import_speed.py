"""How long importing a big LinkedIn export takes: a benchmark, not a test.

    .venv/bin/python -m bench.import_speed            # 30,000 rows, 5 runs, 3 s target
    .venv/bin/python -m bench.import_speed --rows 5000 --runs 3

It writes a realistic Connections.csv (LinkedIn's preamble, CRLF, names with accents,
e-mails for about one person in six, shared employers, a few blank rows), then, on a
throwaway SQLite file database with the real settings (WAL, as bench/pages.py sets up),
times --runs times:

* the whole import for a user with no contacts yet: parse, plan, commit (the command
  line's path: `coffeechat import linkedin FILE`);
* the same file again, which must create nothing.

Each run uses a fresh user. It prints the medians and the exit code is 1 when either
is over the target (3 s unless --target says otherwise).
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import sys
import time

from bench.pages import _setup

FIRST = [
    "Ana",
    "José",
    "Mei",
    "Priya",
    "Omar",
    "Ольга",
    "Chidinma",
    "Björn",
    "Sakura",
    "Lucía",
    "Tomás",
    "Renée",
    "Jürgen",
    "Aisha",
    "Kenji",
    "Grace",
    "Li",
    "Wei",
    "Ben",
    "Chen",
    "Dana",
    "Eve",
    "Fatima",
    "Hiro",
    "Ines",
    "Jon",
    "Kwame",
    "Leila",
    "Marco",
    "Nadia",
    "Olu",
    "Pablo",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Vera",
    "Wen",
    "Xavier",
    "Yara",
    "Zoë",
    "Daniel",
    "Marcus",
    "Sofia",
    "Adebayo",
    "Agnieszka",
    "Alejandro",
    "Amara",
    "Anders",
    "Anneke",
    "Arjun",
    "Astrid",
    "Ayesha",
    "Bogdan",
    "Camille",
    "Carmen",
    "Chiara",
    "Chioma",
    "Dmitri",
    "Elif",
    "Emeka",
    "Esperanza",
    "Farid",
    "Femi",
    "Freya",
    "Giorgos",
    "Hana",
    "Hamid",
    "Ingrid",
    "Isabela",
    "Jae-won",
    "Jia",
    "Joaquim",
    "Kalani",
    "Kasia",
    "Keanu",
    "Kofi",
    "Lars",
    "Leilani",
    "Lorenzo",
    "Malak",
    "Mateus",
    "Mehmet",
    "Mika",
    "Minh",
    "Nkechi",
    "Noor",
    "Oksana",
    "Paolo",
    "Pooja",
    "Radek",
    "Rania",
    "Rashid",
    "Riya",
    "Saanvi",
    "Santiago",
    "Seo-yeon",
    "Siddharth",
    "Siobhan",
    "Soren",
    "Tendai",
    "Thandiwe",
    "Tiago",
    "Valentina",
    "Vikram",
    "Wanjiru",
    "Yusuf",
    "Zainab",
    "Zhanna",
    "Zsofia",
]
LAST = [
    "Ruiz",
    "García",
    "Wang",
    "Natarajan",
    "Haddad",
    "Иванова",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Fernández",
    "O'Brien",
    "François",
    "Müller",
    "Bello",
    "Nakamura",
    "Hopkins",
    "Wong",
    "Kim",
    "Stone",
    "Mensah",
    "Rossi",
    "Silva",
    "Novak",
    "Kowalski",
    "Andersen",
    "Dubois",
    "Schmidt",
    "Patel",
    "Singh",
    "Cohen",
    "Murphy",
    "Smith",
    "Jones",
    "Brown",
    "Taylor",
    "Abara",
    "Achterberg",
    "Adeyemi",
    "Akhtar",
    "Almeida",
    "Alvarez",
    "Bakker",
    "Banerjee",
    "Barros",
    "Becker",
    "Berg",
    "Bianchi",
    "Blanc",
    "Bondarenko",
    "Borges",
    "Castillo",
    "Chaudhry",
    "Choi",
    "Costa",
    "Dahl",
    "Dimitrov",
    "Eriksen",
    "Esposito",
    "Farouk",
    "Fischer",
    "Fujita",
    "Gallagher",
    "Ghosh",
    "Gonzaga",
    "Gruber",
    "Hakimi",
    "Hansen",
    "Horvath",
    "Hussain",
    "Ibrahim",
    "Iyer",
    "Jansen",
    "Kaur",
    "Keller",
    "Khumalo",
    "Kovacs",
    "Kumar",
    "Larsen",
    "Lehmann",
    "Lopez",
    "Lungu",
    "Mahlaba",
    "Markovic",
    "Martins",
    "Mendes",
    "Moreau",
    "Mwangi",
    "Nair",
    "Nguyen",
    "Nielsen",
    "Novakova",
    "Nowak",
    "Ochieng",
    "Oliveira",
    "Ortega",
    "Park",
    "Pereira",
    "Petrov",
    "Popescu",
    "Quispe",
    "Rahman",
    "Reddy",
    "Richter",
    "Romano",
    "Sato",
    "Schneider",
    "Sharma",
    "Shevchenko",
    "Suzuki",
    "Svensson",
    "Takahashi",
    "Tran",
    "Usman",
    "Varga",
    "Vasquez",
    "Weber",
    "Yamamoto",
    "Yilmaz",
    "Zhang",
    "Zielinski",
]
COMPANIES = [
    f"{a} {b}"
    for a in [
        "Northwind",
        "Contoso",
        "Tailspin",
        "Fabrikam",
        "Litware",
        "Globex",
        "Initech",
        "Umbrella",
        "Hooli",
        "Acme",
        "Stark",
        "Wayne",
        "Coho",
        "Proseware",
        "Lamna",
        "Trey",
        "Adatum",
        "Alpine",
        "Fourth",
        "Relecloud",
    ]
    for b in [
        "Traders",
        "Health",
        "Labs",
        "Research",
        "Systems",
        "Bank",
        "Energy",
        "Foods",
        "Media",
        "Logistics",
    ]
] + ['"Tailspin Toys, Inc."', "Wide World Importers", "Margie's Travel"]
TITLES = """Software Engineer|Senior Product Manager|"Head of Data, EMEA"|Analyst|Recruiter|
VP Engineering|Designer|Data Scientist|Consultant|Operations Lead|Founder|Nurse|
Research Scientist|Account Executive|Teacher""".replace("\n", "").split("|")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download it."\r\n\r\n'
)


def connections_csv(rows: int, *, seed: int = 7) -> bytes:
    """A LinkedIn Connections.csv of about `rows` rows (one in 500 blank)."""
    rng = random.Random(seed)
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for n in range(rows):
        if n % 500 == 499:
            lines.append(",,,,,,")
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.2:
            last = f"{last}-{rng.choice(LAST)}"
        slug = f"{first}-{last}-{n:x}".lower().replace("'", "")
        email = f"{first}.{last}{n}@example.com".lower().replace("'", "") if n % 6 == 0 else ""
        day = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2008, 2025)}"
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{slug},{email},"
            f"{rng.choice(COMPANIES)},{rng.choice(TITLES)},{day}"
        )
    return (PREAMBLE + "\r\n".join(lines) + "\r\n").encode("utf-8")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--target", type=float, default=3.0, help="median seconds")
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
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.utils import timezone

    from coffeechat.contacts.models import Contact
    from coffeechat.imports.services import import_file

    data = connections_csv(args.rows)
    print(f"database: {settings.DATABASES['default']['NAME']}")
    print(f"file: {args.rows:,} rows, {len(data) / (1024 * 1024):.1f} MB\n")

    first_times, again_times = [], []
    for run in range(args.runs):
        user = get_user_model().objects.create(username=f"bench{run}")
        start = time.perf_counter()
        first = import_file(user, "linkedin", data, filename="Connections.csv", now=timezone.now())
        first_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        again = import_file(user, "linkedin", data, filename="Connections.csv", now=timezone.now())
        again_times.append(time.perf_counter() - start)

        made = Contact.objects.filter(owner=user).count()
        summary, second = first.summary(), again.summary()
        if second["created"] or second["updated"] or made != summary["created"]:
            print(f"run {run}: the re-import changed something: {second}", file=sys.stderr)
            return 2
        if run == 0:
            print(f"first import: {_counts(summary)}; possible duplicates: {len(first.possible)}")
            print(f"re-import:    {_counts(second)}\n")
        # Each run starts from the same empty database and a tidy heap (not timed).
        user.delete()
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        del first, again
        gc.collect()

    slow = []
    for label, times in (("import", first_times), ("re-import", again_times)):
        median = statistics.median(times)
        verdict = "ok" if median <= args.target else "SLOW"
        if median > args.target:
            slow.append(label)
        spread = ", ".join(f"{t:.2f}" for t in times)
        print(f"{label:<10} median {median:.2f} s   ({spread})  {verdict}")
    print(f"\n{args.runs} runs; target: median ≤ {args.target:g} s")
    return 1 if slow else 0


def _counts(summary: dict) -> str:
    return ", ".join(f"{summary[k]:,} {k}" for k in ("created", "updated", "duplicates", "skipped"))


if __name__ == "__main__":
    sys.exit(main())
