"""The server-drawn SVG charts: well-formed, named images, every text escaped, colours
that meet WCAG AA on the card, no script."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from coffeechat.lib import charts

SVG = "{http://www.w3.org/2000/svg}"
NASTY = 'Ana <script>alert("x")</script> & "Co"'


def parse(svg: charts.Svg) -> ET.Element:
    return ET.fromstring(str(svg))


def every_chart() -> list[charts.Svg]:
    bars = [charts.Bar(NASTY, 3), charts.Bar("Friend", 7, "7 (70%)"), charts.Bar("None", 0)]
    return [
        charts.bar_chart(chart_id="a", title=NASTY, desc=NASTY, bars=bars),
        charts.column_chart(
            chart_id="b",
            title="Weekly",
            desc=NASTY,
            columns=[charts.Bar("2 Nov", 2), charts.Bar(NASTY, 4, highlight=True)],
            goal=3,
        ),
        charts.line_chart(
            chart_id="c",
            title="Growth",
            desc=NASTY,
            points=[charts.Point("2 Nov", 4), charts.Point(NASTY, 9)],
        ),
    ]


@pytest.mark.parametrize("svg", every_chart(), ids=["bars", "columns", "line"])
def test_a_chart_is_a_named_image_with_a_title_and_a_description(svg):
    root = parse(svg)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title.get("id") == title_id and desc.get("id") == desc_id
    assert root[0] is title  # the title comes first
    assert root.get("viewBox").startswith("0 0 ")


@pytest.mark.parametrize("svg", every_chart(), ids=["bars", "columns", "line"])
def test_every_text_is_escaped(svg):
    markup = str(svg)
    assert "<script" not in markup
    assert "&lt;script&gt;" in markup
    root = parse(svg)
    texts = [el.text for el in root.iter() if el.text]
    # Whatever was given comes back as text, never as markup (a label may be cut short).
    assert any(t.startswith("Ana <script>") for t in texts)
    assert not root.findall(f".//{SVG}script")


@pytest.mark.parametrize("svg", every_chart(), ids=["bars", "columns", "line"])
def test_no_javascript_and_no_outside_resource(svg):
    markup = str(svg)
    assert not re.search(r"\son\w+=", markup)
    assert "href" not in markup
    assert "http://" not in markup.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_templates_print_a_chart_as_it_is():
    svg = every_chart()[0]
    assert isinstance(svg, str)
    assert svg.__html__() == str(svg)


def test_colours_that_carry_meaning_meet_wcag_aa_on_the_card():
    for colour in charts.GRAPHIC_COLOURS:
        assert charts.contrast(colour, charts.BACKGROUND) >= 3, colour
    for colour in charts.TEXT_COLOURS:
        assert charts.contrast(colour, charts.BACKGROUND) >= 4.5, colour


@pytest.mark.parametrize("svg", every_chart(), ids=["bars", "columns", "line"])
def test_a_chart_uses_only_the_checked_colours(svg):
    used = set(re.findall(r'(?:fill|stroke)="(#[0-9a-f]{6})"', str(svg)))
    decorative = {charts.GRID, charts.AREA}
    assert used - decorative <= set(charts.GRAPHIC_COLOURS)
    text_fills = set(re.findall(r'<text[^>]*fill="(#[0-9a-f]{6})"', str(svg)))
    assert text_fills <= set(charts.TEXT_COLOURS)


def test_the_contrast_ratio():
    assert charts.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert charts.contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert charts.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_bars_are_as_long_as_their_values():
    svg = charts.bar_chart(
        chart_id="f",
        title="Funnel",
        desc="d",
        bars=[charts.Bar("A", 10), charts.Bar("B", 5), charts.Bar("C", 0)],
    )
    widths = [float(w) for w in re.findall(r'<rect[^>]*width="([\d.]+)"', str(svg))]
    assert len(widths) == 2  # nothing is drawn for zero
    assert widths[1] == pytest.approx(widths[0] / 2, abs=0.1)
    assert ">0</text>" in str(svg)  # the zero is still said


def test_an_empty_bar_chart_and_all_zeros_draw_without_dividing_by_zero():
    for bars in ([], [charts.Bar("A", 0)]):
        parse(charts.bar_chart(chart_id="e", title="t", desc="d", bars=bars))
    parse(charts.column_chart(chart_id="e", title="t", desc="d", columns=[], goal=None))
    parse(charts.line_chart(chart_id="e", title="t", desc="d", points=[]))
    parse(charts.line_chart(chart_id="e", title="t", desc="d", points=[charts.Point("x", 0)]))


def test_the_goal_line_is_drawn_at_the_goal_and_named():
    svg = str(
        charts.column_chart(
            chart_id="w",
            title="t",
            desc="d",
            columns=[charts.Bar("a", 0), charts.Bar("b", 6)],
            goal=3,
        )
    )
    assert f'stroke="{charts.GOAL}"' in svg and "stroke-dasharray" in svg
    assert "Goal: 3" in svg
    goal_y = float(re.search(rf'<line[^>]*y1="([\d.]+)"[^>]*stroke="{charts.GOAL}"', svg)[1])
    column = re.search(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"', svg)
    top, height = float(column[1]), float(column[2])
    bottom = top + height
    # 6 reaches twice as high above the baseline as the goal of 3.
    assert bottom - top == pytest.approx(2 * (bottom - goal_y), abs=0.2)


def test_this_week_is_drawn_apart():
    svg = str(
        charts.column_chart(
            chart_id="w",
            title="t",
            desc="d",
            columns=[charts.Bar("a", 2), charts.Bar("This week", 1, highlight=True)],
        )
    )
    assert f'fill="{charts.CURRENT}"' in svg
    assert "Goal" not in svg


def test_long_labels_are_cut_with_an_ellipsis():
    svg = str(
        charts.bar_chart(chart_id="l", title="t", desc="d", bars=[charts.Bar("A" * 60 + "Z", 1)])
    )
    shown = re.search(r"<text[^>]*>([^<]*)<title>([^<]*)</title></text>", svg)
    assert shown[1].endswith("…") and "Z" not in shown[1]
    assert shown[2] == "A" * 60 + "Z"  # whole in the tooltip (and in the page's table)


def _texts(svg: charts.Svg) -> list[tuple[float, float, str]]:
    return [
        (float(x), float(y), t)
        for x, y, t in re.findall(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<', str(svg))
    ]


def test_the_goal_is_named_above_the_plot_away_from_the_columns_values():
    columns = [charts.Bar(f"{d} Nov", 3) for d in range(1, 12)]
    svg = charts.column_chart(
        chart_id="w",
        title="t",
        desc="d",
        columns=[*columns, charts.Bar("This week", 3, highlight=True)],
        goal=3,
    )
    texts = _texts(svg)
    (goal,) = [(x, y) for x, y, t in texts if t.startswith("Goal: 3")]
    values = [y for _, y, t in texts if t == "3"]
    # The key's baseline is above the top of every value (12px text).
    assert all(goal[1] < y - 12 for y in values)


def test_crowded_labels_under_the_columns_are_thinned_out_so_none_touch():
    columns = [charts.Bar(f"{d} Sep", d) for d in range(10, 21)]
    svg = charts.column_chart(
        chart_id="w",
        title="t",
        desc="d",
        columns=[*columns, charts.Bar("This week", 1, highlight=True)],
        goal=3,
    )
    labels = [(x, t) for x, _, t in _texts(svg) if "Sep" in t or t == "This week"]
    assert labels[-1][1] == "This week"  # the current week is always named
    assert len(labels) < 12
    for (x1, t1), (x2, t2) in zip(labels, labels[1:], strict=False):
        room = (len(t1) + len(t2)) / 2 * charts.BOLD_LETTER
        assert x2 - x1 >= room, (t1, t2)
    for x, t in labels:
        half = len(t) * charts.BOLD_LETTER / 2
        assert half <= x <= charts.WIDTH - half, t


def test_the_label_column_fits_the_longest_label():
    svg = charts.bar_chart(
        chart_id="r",
        title="t",
        desc="d",
        bars=[charts.Bar("Professional association", 1), charts.Bar("Family", 2)],
    )
    assert ">Professional association<" in str(svg)  # whole, not cut
    x = float(re.search(r'<rect x="([\d.]+)"', str(svg))[1])
    assert x >= len("Professional association") * charts.LETTER
