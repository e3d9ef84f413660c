"""The referral tree rules: pure, no database."""

from __future__ import annotations

import pytest

from coffeechat.lib.referrals import (
    ROOT_LABEL,
    Chain,
    Person,
    build,
    generation_label,
    layout,
    text_width,
    truncate,
)


def p(pid, name, ref=None, **kw):
    return Person(pid, name, ref, **kw)


def names(nodes):
    return [n.name for n in nodes]


# ------------------------------------------------------------------ shapes


def test_no_people_make_an_empty_forest_with_no_figures():
    forest = build([])
    assert not forest
    assert len(forest) == 0
    assert forest.roots == []
    assert forest.reached == 0
    assert forest.generations == ()
    assert forest.depth == -1
    assert forest.longest_chain == Chain()
    assert forest.longest_chain.introductions == 0
    assert forest.best_introducers() == []
    assert forest.chain_to(1) == Chain()
    assert forest.outline() == []
    assert forest.leads_in_tree == 0


def test_people_outside_any_introduction_are_left_out():
    forest = build([p(1, "Maria"), p(2, "Tom")])
    assert not forest
    assert 1 not in forest


def test_one_introducer_and_one_introduced():
    forest = build([p(1, "Maria"), p(2, "Tom", 1)])
    assert names(forest.roots) == ["Maria"]
    assert forest.nodes[1].generation == 0
    assert forest.nodes[2].generation == 1
    assert forest.reached == 1
    assert forest.generations == (1, 1)
    assert forest.longest_chain.names == ("Maria", "Tom")
    assert forest.longest_chain.introductions == 1
    [best] = forest.best_introducers()
    assert (best.person.name, best.direct, best.descendants) == ("Maria", 1, 1)
    assert forest.chain_to(2).names == ("Maria", "Tom")
    assert forest.chain_to(1).names == ("Maria",)


def test_a_deep_chain_is_read_without_recursion():
    n = 5000
    people = [p(1, "Person 1")] + [p(i, f"Person {i}", i - 1) for i in range(2, n + 1)]
    forest = build(people)
    assert len(forest) == n
    assert forest.nodes[n].generation == n - 1
    assert forest.reached == n - 1
    assert forest.longest_chain.introductions == n - 1
    assert forest.longest_chain.names[0] == "Person 1"
    assert forest.longest_chain.names[-1] == f"Person {n}"
    assert forest.nodes[1].descendants == n - 1
    assert len(forest.chain_to(n)) == n
    outline = forest.outline()
    assert len(outline) == n
    # The last person closes every list opened above them.
    assert len(outline[-1].closing) == n - 1
    drawn = layout(forest)
    assert len(drawn.boxes) == n and len(drawn.columns) == n


def test_a_wide_tree():
    people = [p(1, "Hub")] + [p(i, f"Friend {i:03}", 1) for i in range(2, 302)]
    forest = build(people)
    assert forest.generations == (1, 300)
    assert forest.reached == 300
    [best] = forest.best_introducers()
    assert best.direct == 300 and best.descendants == 300
    # Siblings in name order.
    assert names(forest.nodes[1].children)[:3] == ["Friend 002", "Friend 003", "Friend 004"]
    drawn = layout(forest)
    ys = sorted(box.y for box in drawn.boxes if box.id != 1)
    assert all(b - a >= drawn.box_height for a, b in zip(ys, ys[1:], strict=False))


def test_generations_and_figures_of_a_family_of_trees():
    people = [
        p(1, "Maria"),
        p(2, "Tom", 1),
        p(3, "Ana", 1),
        p(4, "Zoë", 2),
        p(5, "Bea", 4),
        p(6, "Olu"),
        p(7, "Ken", 6),
        p(8, "Lone"),  # no introduction either way: left out
    ]
    forest = build(people)
    assert names(forest.roots) == ["Maria", "Olu"]
    assert names(forest.order) == ["Maria", "Ana", "Tom", "Zoë", "Bea", "Olu", "Ken"]
    assert forest.generations == (2, 3, 1, 1)
    assert forest.reached == 5
    assert forest.depth == 3
    assert forest.longest_chain.names == ("Maria", "Tom", "Zoë", "Bea")
    assert forest.chain_to(5).names == ("Maria", "Tom", "Zoë", "Bea")
    assert forest.chain_to(8) == Chain()
    assert forest.chain_to(999) == Chain()
    assert forest.nodes[1].descendants == 4
    assert [(i.person.name, i.direct, i.descendants) for i in forest.best_introducers()] == [
        ("Maria", 2, 4),
        ("Tom", 1, 2),
        ("Olu", 1, 1),
        ("Zoë", 1, 1),
    ]
    assert len(forest.best_introducers(limit=2)) == 2


def test_ties_between_introducers_go_to_the_wider_reach_then_the_name():
    people = [
        p(1, "Bo"),
        p(2, "x1", 1),
        p(3, "x2", 2),  # Bo: 1 direct, 2 in all
        p(4, "al"),
        p(5, "y1", 4),  # al: 1 direct, 1 in all
        p(6, "Cy"),
        p(7, "z1", 6),  # Cy: 1 direct, 1 in all
    ]
    ranked = [i.person.name for i in build(people).best_introducers(limit=None)]
    assert ranked == ["Bo", "al", "Cy", "x1"]


def test_the_longest_chain_on_a_tie_is_the_first_in_reading_order():
    people = [p(1, "Zed"), p(2, "Zed's pal", 1), p(3, "Amy"), p(4, "Amy's pal", 3)]
    assert build(people).longest_chain.names == ("Amy", "Amy's pal")


# ------------------------------------------------------------------ bad links


def test_a_two_person_cycle_is_broken_at_the_lowest_id():
    forest = build([p(1, "Maria", 2), p(2, "Tom", 1)])
    assert names(forest.roots) == ["Maria"]
    assert forest.nodes[1].broke_cycle and not forest.nodes[2].broke_cycle
    assert forest.chain_to(2).names == ("Maria", "Tom")
    # The same records in another order give the same tree.
    again = build([p(2, "Tom", 1), p(1, "Maria", 2)])
    assert names(again.order) == names(forest.order)


def test_a_longer_cycle_with_a_tail_is_broken_once():
    # 3 → 4 → 5 → 3 is a cycle; 6 hangs from 5; 7 from 6.
    people = [p(5, "E", 4), p(4, "D", 3), p(3, "C", 5), p(6, "F", 5), p(7, "G", 6)]
    forest = build(people)
    assert names(forest.roots) == ["C"]
    assert forest.chain_to(7).names == ("C", "D", "E", "F", "G")
    assert forest.generations == (1, 1, 1, 1, 1)
    assert [n.id for n in forest.order if n.broke_cycle] == [3]


def test_two_separate_cycles_are_each_broken():
    people = [p(1, "A", 2), p(2, "B", 1), p(10, "C", 11), p(11, "D", 10)]
    forest = build(people)
    assert names(forest.roots) == ["A", "C"]
    assert forest.reached == 2


def test_naming_oneself_as_referrer_counts_as_no_referrer():
    forest = build([p(1, "Maria", 1)])
    assert not forest
    forest = build([p(1, "Maria", 1), p(2, "Tom", 1)])
    assert names(forest.roots) == ["Maria"]
    assert not forest.nodes[1].broke_cycle


def test_a_missing_referrer_counts_as_none():
    forest = build([p(2, "Tom", 99), p(3, "Ana", 2)])
    assert names(forest.roots) == ["Tom"]
    assert forest.chain_to(3).names == ("Tom", "Ana")
    # Alone, someone whose referrer is unknown is not in the tree.
    assert not build([p(2, "Tom", 99)])


def test_a_repeated_id_keeps_the_first_record():
    forest = build([p(1, "Maria"), p(2, "Tom", 1), p(2, "Tom again", None)])
    assert names(forest.order) == ["Maria", "Tom"]


# ------------------------------------------------------------------ names and leads


def test_unicode_names_sort_and_show_whole():
    people = [
        p(1, "Ørsted, Zoë"),
        p(2, "żaneta", 1),
        p(3, "Ángel", 1),
        p(4, "李小龙", 1),
        p(5, "  Spaced   Out  ", 1),
    ]
    forest = build(people)
    assert names(forest.nodes[1].children) == ["Spaced Out", "Ángel", "żaneta", "李小龙"]
    assert forest.chain_to(4).names == ("Ørsted, Zoë", "李小龙")


def test_a_blank_name_reads_as_the_contact_number():
    forest = build([p(1, "   "), p(2, "Tom", 1)])
    assert forest.roots[0].name == "Contact #1"


def test_leads_are_counted_through_the_tree():
    people = [p(1, "Maria", leads=2), p(2, "Tom", 1, leads=3), p(3, "Lone", leads=5)]
    forest = build(people)
    assert forest.leads_in_tree == 5
    assert forest.leads_through_introductions == 3


def test_generation_labels():
    assert generation_label(0) == ROOT_LABEL == "People you knew"
    assert generation_label(1) == "Generation 1: introduced by them"
    assert generation_label(3) == "Generation 3: introduced by generation 2"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Maria", 22, "Maria"),
        ("Maximiliana Wolfeschlegelstein", 12, "Maximiliana…"),
        ("Ana de la Cruz Fernández", 12, "Ana de la C…"),
        # Combining accents stay with their letter and take no width.
        ("Zoe\u0301 Zoe\u0301 Zoe\u0301 Zoe\u0301", 10, "Zoe\u0301 Zoe\u0301 Z…"),
        # Wide letters count twice.
        ("李小龙李小龙李小龙", 7, "李小龙…"),
        ("👩\u200d💻👩\u200d💻👩\u200d💻", 5, "👩\u200d💻…"),
        ("👩\u200d💻👩\u200d💻", 4, "…"),
    ],
)
def test_truncate(text, limit, expected):
    assert truncate(text, limit) == expected
    assert text_width(truncate(text, limit)) <= limit


def test_the_outline_opens_and_closes_each_list_once():
    people = [p(1, "A"), p(2, "B", 1), p(3, "C", 2), p(4, "D", 1), p(5, "E"), p(6, "F", 5)]
    forest = build(people)
    steps = forest.outline()
    assert [(s.node.name, s.depth, [c.name for c in s.closing]) for s in steps] == [
        ("A", 0, []),
        ("B", 1, []),
        ("C", 2, ["B"]),
        ("D", 1, ["A"]),
        ("E", 0, []),
        ("F", 1, ["E"]),
    ]
    opened = sum(1 for s in steps if s.node.children)
    closed = sum(len(s.closing) for s in steps)
    assert opened == closed


# ------------------------------------------------------------------ layout


def test_the_layout_of_nothing_is_empty():
    drawn = layout(build([]))
    assert (drawn.width, drawn.height, drawn.boxes, drawn.links) == (0, 0, (), ())


def test_the_layout_puts_generations_in_columns_and_never_overlaps():
    people = [
        p(1, "Maria"),
        p(2, "Tom", 1),
        p(3, "Ana", 1),
        p(4, "Zoë", 2),
        p(5, "Bea", 2),
        p(6, "Olu"),
        p(7, "Ken", 6),
    ]
    forest = build(people)
    drawn = layout(forest, box_width=100, column_gap=40, box_height=20, row_gap=10)
    by_id = {box.id: box for box in drawn.boxes}
    # Same generation, same column.
    assert by_id[2].x == by_id[3].x == by_id[7].x == by_id[1].x + 140
    assert by_id[4].x == by_id[2].x + 140
    # An introducer sits level with the middle of the people they introduced.
    assert by_id[2].cy == (by_id[4].cy + by_id[5].cy) / 2
    # No two boxes of a column overlap, and everything fits inside.
    for column in drawn.columns:
        ys = sorted(b.y for b in drawn.boxes if b.node.generation == column.generation)
        assert all(b - a >= 20 for a, b in zip(ys, ys[1:], strict=False))
    assert all(b.x + b.width <= drawn.width and b.y + b.height <= drawn.height for b in drawn.boxes)
    assert [c.title for c in drawn.columns] == [
        "People you knew",
        "Generation 1",
        "Generation 2",
    ]
    assert drawn.columns[1].label == "Generation 1: introduced by them"
    assert [c.count for c in drawn.columns] == [2, 3, 2]
    # One link per introduction, from the introducer's right edge to the person's left.
    assert len(drawn.links) == 5
    link = next(link for link in drawn.links if link.to_id == 4)
    assert link.path.startswith(f"M{by_id[2].x + 100:g} {by_id[2].cy:g} C")
    assert link.path.endswith(f"{by_id[4].x:g} {by_id[4].cy:g}")


def test_long_names_are_cut_in_the_drawing_but_kept_whole():
    long = "Maximiliana Wolfeschlegelsteinhausenbergerdorff"
    drawn = layout(build([p(1, long), p(2, "Tom", 1)]), max_label=20)
    box = drawn.boxes[0]
    assert box.truncated and box.label.endswith("…") and len(box.label) == 20
    assert box.name == long
    assert not drawn.boxes[1].truncated


def test_a_chain_is_true_when_it_has_people():
    assert Chain((p(1, "Maria"),))
    assert not Chain()


def test_the_best_introducers_are_five_unless_asked_for_more():
    people = [p(n, f"Root {n}") for n in range(1, 8)]
    people += [p(10 + n, f"Met via {n}", n) for n in range(1, 8)]
    forest = build(people)
    assert len(forest.best_introducers()) == 5
    assert len(forest.best_introducers(limit=None)) == 7


def test_the_default_layout_has_its_sizes_gaps_and_curves():
    forest = build([p(1, "Maria"), p(2, "Tom", 1), p(3, "Ana", 1), p(4, "Olu"), p(5, "Ken", 4)])
    drawn = layout(forest)
    assert (drawn.width, drawn.height, drawn.box_width, drawn.box_height) == (416, 182, 176, 30)
    assert [(b.label, b.x, b.y, b.width, b.height) for b in drawn.boxes] == [
        ("Maria", 8, 71, 176, 30),
        ("Ana", 232, 52, 176, 30),
        ("Tom", 232, 90, 176, 30),
        ("Olu", 8, 144, 176, 30),  # a second tree, 16 below the first
        ("Ken", 232, 144, 176, 30),
    ]
    assert [(link.from_id, link.to_id, link.path) for link in drawn.links] == [
        (1, 3, "M184 86 C208 86 208 67 232 67"),
        (1, 2, "M184 86 C208 86 208 105 232 105"),
        (4, 5, "M184 159 C208 159 208 159 232 159"),
    ]
    assert [(c.generation, c.x, c.title, c.subtitle, c.count) for c in drawn.columns] == [
        (0, 8, "People you knew", "who introduced someone", 2),
        (1, 232, "Generation 1", "introduced by them", 3),
    ]
