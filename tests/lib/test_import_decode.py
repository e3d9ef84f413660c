"""Reading the bytes: size limit, encodings, line ends, files that are not text.

Pure tests of coffeechat.lib.importers (decode.py, through parse): no database.
"""

import pytest

from coffeechat.lib.importers import MAX_BYTES, ImportRefused, parse

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
ROWS = [
    "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Northwind,PM,09 Oct 2024",
    "José,García,,,Contoso,Engineer,14 Mar 2023",
]


def linkedin(newline="\n", rows=ROWS):
    return newline.join([HEADER, *rows]) + newline


def refused(kind, data, **kw):
    with pytest.raises(ImportRefused) as info:
        parse(kind, data, **kw)
    return str(info.value)


# -------------------------------------------------------------------------- size


def test_a_file_over_the_limit_is_refused_with_its_size():
    data = b"x" * int(25.3 * 1024 * 1024)
    assert refused("vcard", data) == "The file is 25.3 MB; coffeechat reads files up to 20 MB."


def test_a_file_at_the_limit_is_read():
    room = MAX_BYTES - len(linkedin().encode())
    padding = (" " * 20_000 + "\n") * (room // 20_001)
    padding += "\n" * (room - len(padding))
    data = (linkedin() + padding).encode()
    assert len(data) == MAX_BYTES
    parsed = parse("linkedin", data)
    assert [r.name for r in parsed.rows] == ["Ana Ruiz", "José García"]
    assert parsed.problems == []


# --------------------------------------------------------------------- encodings


def test_utf8():
    parsed = parse("linkedin", linkedin().encode("utf-8"))
    assert parsed.encoding == "UTF-8"
    assert parsed.rows[1].name == "José García"


def test_utf8_with_bom_says_so_and_the_bom_is_not_in_the_first_header():
    parsed = parse("linkedin", b"\xef\xbb\xbf" + linkedin().encode("utf-8"))
    assert parsed.encoding == "UTF-8 with BOM"
    assert [r.name for r in parsed.rows] == ["Ana Ruiz", "José García"]


def test_a_bom_on_an_ascii_file_still_says_utf8_with_bom():
    parsed = parse("linkedin", b"\xef\xbb\xbf" + linkedin(rows=ROWS[:1]).encode())
    assert parsed.encoding == "UTF-8 with BOM"


def test_windows_1252():
    parsed = parse(
        "linkedin",
        linkedin(rows=[*ROWS, "Zoë,Dubois,,,Café €uro,Chef,01 Jan 2020"]).encode("cp1252"),
    )
    assert parsed.encoding == "Windows-1252"
    assert parsed.rows[1].name == "José García"
    assert (parsed.rows[2].name, parsed.rows[2].organization) == ("Zoë Dubois", "Café €uro")


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_bytes_undefined_in_windows_1252_are_refused_clearly(byte):
    data = linkedin().encode() + b"Bad," + bytes([byte]) + b",,,,,\n"
    message = refused("linkedin", data)
    assert message.startswith("The file cannot be read as text: it is not UTF-8, and byte ")
    assert f"0x{byte:02X}" in message
    assert "CSV UTF-8" in message


# -------------------------------------------------------------------- line ends


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_lf_crlf_and_cr_give_the_same_rows_and_lines(newline):
    parsed = parse("linkedin", linkedin(newline).encode())
    assert [(r.line, r.name) for r in parsed.rows] == [(2, "Ana Ruiz"), (3, "José García")]


def test_mixed_line_ends():
    data = (HEADER + "\r\n" + ROWS[0] + "\n" + ROWS[1] + "\r").encode()
    assert [r.line for r in parse("linkedin", data).rows] == [2, 3]


# ---------------------------------------------------------------- not text at all


@pytest.mark.parametrize("kind", ["linkedin", "vcard", "google", "outlook", "csv"])
@pytest.mark.parametrize(
    ("data", "looks"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"First Name\x00Last Name\x00", "a binary file"),
    ],
)
def test_binary_files_are_refused_saying_what_they_look_like(kind, data, looks):
    message = refused(kind, data)
    assert message.startswith("This is not ")
    assert looks in message


def test_a_zip_given_as_linkedin_says_to_open_it():
    message = refused("linkedin", b"PK\x03\x04" + b"\x00" * 40)
    assert "open it and choose Connections.csv" in message


def test_utf16_is_refused_with_the_way_out():
    data = "\ufeff" + linkedin()
    message = refused("linkedin", data.encode("utf-16"))
    assert "UTF-16" in message and "CSV UTF-8" in message


def test_random_control_characters_are_refused():
    message = refused("csv", bytes(range(1, 32)) * 50)
    assert "binary file" in message


@pytest.mark.parametrize("data", [b"", b"   \r\n\n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
@pytest.mark.parametrize("kind", ["linkedin", "vcard", "google", "outlook", "csv"])
def test_an_empty_file_is_refused(kind, data):
    assert refused(kind, data).endswith("the file is empty.")


def test_an_unknown_kind_is_refused():
    assert "Unknown kind" in refused("excel", b"a,b\n")
