"""Whatever the bytes, parse returns Parsed or raises ImportRefused, never anything else.

Pure property tests of coffeechat.lib.importers with hypothesis: no database. The
safety net in parse() turns a bug into ImportRefused("… please report this."), so the
tests also check that the net is never what caught it.
"""

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coffeechat.lib.importers import KINDS, ImportRefused, Parsed, csv_columns, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"
SAMPLES = sorted(p.read_bytes() for p in FIXTURES.iterdir() if p.is_file())

FAST = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def check(kind, data, mapping=None):
    try:
        parsed = parse(kind, data, mapping=mapping)
    except ImportRefused as e:
        assert "please report this" not in str(e), str(e.__cause__)
        assert str(e)
        return str(e)
    assert isinstance(parsed, Parsed)
    for row in parsed.rows:
        assert row.name and row.name == row.name.strip()
        assert row.line >= 1
        assert not row.emails or row.email == row.emails[0]
    for p in parsed.problems + parsed.skipped:
        assert p.line >= 1 and p.message
    return parsed


@FAST
@given(st.sampled_from(KINDS), st.binary(max_size=2000))
def test_any_bytes(kind, data):
    check(kind, data)


@FAST
@given(st.sampled_from(KINDS), st.sampled_from(SAMPLES), st.data())
def test_mangled_real_files(kind, sample, data):
    """Real samples with bytes cut, inserted or replaced."""
    start = data.draw(st.integers(0, len(sample)))
    end = data.draw(st.integers(start, min(len(sample), start + 50)))
    junk = data.draw(st.binary(max_size=20))
    check(kind, sample[:start] + junk + sample[end:])


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15) | st.sampled_from(
    [
        '"',
        '""',
        ",",
        ";",
        "\n",
        "\r\n",
        " - ",
        "09 Oct 2024",
        "1/8/18, 6:14 PM",
        "31/02/2020",
        "a@b.co",
        "🚀",
        "\ufeff",
        "linkedin.com/in/x?y=1",
    ]
)

HEADERS = {
    "linkedin": "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "google": "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Value",
    "outlook": "First Name,Middle Name,Last Name,Title,E-mail Address,E-mail 2 Address,Company,Job Title,Mobile Phone,Notes,Web Page",
    "csv": "Name,E-mail,Company,Job title,Phone,LinkedIn,Notes,Connected on",
}


@FAST
@given(
    st.sampled_from(sorted(HEADERS)),
    st.lists(st.lists(CELL, max_size=12), max_size=8),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_structured_csv(kind, rows, newline, encoding):
    text = newline.join([HEADERS[kind], *(",".join(r) for r in rows)])
    data = text.encode(encoding, errors="replace")
    check(kind, data)
    if kind == "csv":
        with contextlib.suppress(ImportRefused):
            csv_columns(data)


PROP = st.sampled_from(
    [
        "FN:{}",
        "N:{};{};;;",
        "ORG:{};{}",
        "TITLE:{}",
        "EMAIL;TYPE=INTERNET,pref:{}",
        "EMAIL;PREF=1:{}",
        "TEL;VALUE=uri:tel:{}",
        "NOTE:{}\\n{}",
        "item1.URL:{}",
        "item1.X-ABLabel:{}",
        "X-SOCIALPROFILE;type=linkedin;x-user={}:x-apple:{}",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{}=C3=A9=\n{}",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:{}=\n=E9{}",
        "PHOTO;ENCODING=b:{}\n {}",
        " {}",
        "\t{}",
        "{}",
        "BEGIN:VCARD",
        "END:VCARD",
        "AGENT:",
    ]
)


@FAST
@given(
    st.lists(st.lists(st.tuples(PROP, CELL, CELL), max_size=8), min_size=1, max_size=4),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(["2.1", "3.0", "4.0"]),
)
def test_structured_vcard(cards, newline, version):
    lines = []
    for props in cards:
        lines += ["BEGIN:VCARD", f"VERSION:{version}"]
        lines += [p.format(a, b) for p, a, b in props]
        lines.append("END:VCARD")
    data = newline.join(lines).encode("utf-8")
    parsed = check("vcard", data)
    # There is a BEGIN:VCARD, so it is a vCard file (unless the cells made it binary).
    assert isinstance(parsed, Parsed) or "binary" in parsed
