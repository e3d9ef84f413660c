"""How fast duplicates are found: a benchmark, not a test.

    .venv/bin/python bench/dedupe_speed.py              # 30,000 new against 30,000 known
    .venv/bin/python bench/dedupe_speed.py --people 5000 --runs 5

Made-up people with realistic names: first names and surnames drawn from lists of
common ones with a long-tailed (Zipf-like) distribution, so that "James Smith" turns
up many times, plus a tail of rare made-up names, as in a real address book; most at
one of 2,000 organisations (a few big employers, many small ones), some with none;
most with an e-mail, half with a LinkedIn profile. A quarter of the new people are
known people written another way (a short form, no accents, "Last, First", a middle
initial, a slip of the keyboard, another case in the e-mail, another form of their
LinkedIn address); the rest are new.

It prints the median and slowest time of --runs runs of `find_matches(new, known)`,
the number of matches and how many of the planted duplicates were found. Exit code 1
when the median is over the 5-second target.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from coffeechat.lib.dedupe import NICKNAMES, Person, find_matches

TARGET_SECONDS = 5.0


def _names(text: str) -> list[str]:
    return text.split()


FIRST = _names(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy "
    "Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily "
    "Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa Timothy Deborah "
    "Ronald Stephanie George Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy "
    "Jacob Amy Nicholas Kathleen Gary Angela Eric Shirley Jonathan Emma Stephen Brenda Larry "
    "Pamela Justin Nicole Scott Anna Brandon Samantha Benjamin Katherine Samuel Christine "
    "Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack Olivia "
    "Dennis Heather Jerry Helen Tyler Catherine Aaron Diane José Julie Adam Victoria Nathan "
    "Joyce Henry Lauren Zachary Kelly Douglas Christina Peter Ruth Kyle Joan Noah Virginia "
    "Ethan Judith Jeremy Evelyn Christian Hannah Walter Andrea Keith Megan Austin Cheryl "
    "Roger Jacqueline Terry Madison Sean Teresa Gerald Abigail Carl Sophia Dylan Martha "
    "Harold Sara Jordan Gloria Jesse Janice Bryan Kathryn Lawrence Ann Arthur Isabella "
    "Gabriel Judy Bruce Charlotte Logan Julia Billy Grace Joe Amber Alan Alice Juan Jean "
    "Elijah Denise Willie Frances Albert Danielle Wayne Marilyn Randy Natalie Mason Beverly "
    "Vincent Diana Liam Brittany Roy Theresa Bobby Kayla Caleb Alexis Bradley Doris Russell "
    "Lori Lucas Tiffany Ana Priya Wei Mohammed Fatima Hiroshi Yuki Chloé Zoë Søren Björn "
    "Siobhán Ngozi Kofi Amara Mateo Lucía Renée Noémie Jürgen Łukasz Ines Aisha Omar Raj"
)
SURNAMES = _names(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
    "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
    "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
    "Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
    "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
    "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales "
    "Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds "
    "Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar "
    "Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington "
    "Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson "
    "Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes "
    "Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
    "Schmidt García Núñez Ørsted Müller Søndergaard Kowalski Nowak O'Brien Okafor Singh "
    "Wang Li Zhang Liu Yamamoto Sato Suzuki Tanaka Haddad Khan Ali Ahmed Dubois Lefèvre"
)
SYLLABLES = _names("ka ri mo len tas vor bel di ham an sel gru pe lin dor mak ste fa wen ol tri")
ORG_WORDS = _names(
    "Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Tyrell Cyberdyne Soylent Vandelay "
    "Nordic Pacific Northern Summit Blue Green Harbor Maple Cedar Apex Vertex Quantum "
    "Bright River Stone Iron Silver Golden Red Oak Pine Lake Bay Hill Field Bridge"
)
ORG_KINDS = _names("Health Bank Labs Analytics Consulting Energy Foods Media Systems Partners")
LEGAL = ["", "", "", " Inc.", " Ltd", " LLC", " GmbH", " plc"]
SHORT = {full: shorts for full, shorts in NICKNAMES.items()}


def _zipf(rng: random.Random, items: list[str], exponent: float):
    weights = [1 / (rank**exponent) for rank in range(1, len(items) + 1)]
    return lambda: rng.choices(items, weights)[0]


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).title()


def people(count: int, seed: int = 7) -> tuple[list[Person], list[Person], dict[int, int]]:
    """(new, known, {new key: known key} for the known people written another way)."""
    rng = random.Random(seed)
    first = _zipf(rng, FIRST, 0.5)
    last = _zipf(rng, SURNAMES, 0.5)
    orgs = [
        f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}{rng.choice(LEGAL)}" for _ in range(2000)
    ]
    org = _zipf(rng, orgs, 1.0)

    def someone(n: int) -> Person:
        given = first() if rng.random() < 0.85 else _made_up(rng)
        family = last() if rng.random() < 0.4 else _made_up(rng)
        slug = f"{given}-{family}-{n:x}".lower()
        return Person(
            key=n,
            name=f"{given} {family}",
            email=f"{given}.{family}.{n}@example.org".lower() if rng.random() < 0.6 else "",
            linkedin_url=f"https://www.linkedin.com/in/{slug}/" if rng.random() < 0.5 else "",
            organization=org() if rng.random() < 0.8 else "",
        )

    known = [someone(n) for n in range(count)]
    new: list[Person] = []
    planted: dict[int, int] = {}
    for n in range(count, 2 * count):
        if rng.random() < 0.25:
            original = rng.choice(known)
            new.append(_another_way(rng, original, n))
            planted[n] = original.key
        else:
            new.append(someone(n))
    return new, known, planted


def _another_way(rng: random.Random, person: Person, n: int) -> Person:
    given, _, family = person.name.partition(" ")
    how = rng.randrange(6)
    email, url = "", ""
    if how == 0 and person.email:
        email = " " + person.email.upper()
    elif how == 1 and person.linkedin_url:
        url = person.linkedin_url.replace("https://www.", "").rstrip("/") + "?trk=x"
    elif how == 2 and given.lower() in SHORT:
        given = rng.choice(SHORT[given.lower()]).title()
    elif how == 3:
        name = f"{family}, {given}"
        return Person(n, name, email, url, person.organization)
    elif how == 4:
        given = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    else:
        import unicodedata

        decomposed = unicodedata.normalize("NFKD", f"{given} {family}")
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        return Person(n, plain, email, url, person.organization)
    return Person(n, f"{given} {family}", email, url, person.organization)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000, help="new ones, and as many known")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    new, known, planted = people(args.people)
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        matches = find_matches(new, known)
        times.append(time.perf_counter() - started)
    pairs = {(m.a, m.b) for m in matches}
    found = sum(1 for pair in planted.items() if pair in pairs)
    median = statistics.median(times)
    print(
        f"{args.people:,} new against {args.people:,} known: median {median:.2f} s, "
        f"slowest {max(times):.2f} s over {args.runs} runs (target {TARGET_SECONDS:.0f} s)"
    )
    print(
        f"{len(matches):,} matches ({sum(m.exact for m in matches):,} exact); "
        f"{found:,} of the {len(planted):,} known people written another way were found"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
