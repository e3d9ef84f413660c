"""The referral tree page (/network/) as a user sees it: figures, the drawing, the
same tree as a list, the empty state, privacy and a query count that does not grow."""

from __future__ import annotations

import re

import pytest

from coffeechat import factories
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation
from coffeechat.network.models import Lead
from tests.clock import FROZEN_NOW
from tests.pages import page_queries, text, visible

URL = "/network/"


def person(owner, name, referred_by=None, **kw):
    return factories.make_contact(owner, name, referred_by=referred_by, **kw)


def svg(response) -> str:
    match = re.search(r"<svg class=\"tree-svg\".*?</svg>", text(response), re.S)
    assert match, "no drawing on the page"
    return match.group(0)


def tree_list(response) -> str:
    match = re.search(r'<ul class="tree-list">.*</ul>', text(response), re.S)
    assert match, "no list of the tree on the page"
    return match.group(0)


@pytest.fixture
def family(alice):
    """Maria (known) → Tom → Zoë → Bea; Maria → Ana; Olu (known) → Ken."""
    maria = person(alice, "Maria Lopez")
    tom = person(alice, "Tom Baker", maria, source="referral")
    ana = person(alice, "Ana Ruiz", maria)
    zoe = person(alice, "Zoë Ørsted", tom)
    bea = person(alice, "Bea Kim", zoe)
    olu = person(alice, "Olu Ade")
    ken = person(alice, "Ken Ito", olu)
    person(alice, "Lone Wolf")  # in no introduction
    return {
        "maria": maria,
        "tom": tom,
        "ana": ana,
        "zoe": zoe,
        "bea": bea,
        "olu": olu,
        "ken": ken,
    }


def test_an_empty_network_says_what_to_do(alice_client, alice):
    person(alice, "Lone Wolf")
    response = alice_client.get(URL)
    assert response.status_code == 200
    page = visible(response)
    assert "No introductions yet" in page
    assert "After a chat, ask for names" in page
    assert "person: Name (Organisation, Title)" in page
    assert "Lone Wolf" not in page
    assert "<svg" not in text(response)


def test_the_figures_name_the_reach_the_longest_chain_and_the_best_introducers(
    alice_client, alice, family
):
    Lead.objects.create(owner=alice, title="Analyst", told_by=family["bea"], learned_at=FROZEN_NOW)
    Lead.objects.create(
        owner=alice, title="Chemist", told_by=family["maria"], learned_at=FROZEN_NOW
    )
    response = alice_client.get(URL)
    page = " ".join(visible(response).split())
    assert (
        "Reached through introductions 5 people introduced to you, starting from 2 you knew" in page
    )
    assert "Longest chain 3 introductions" in page
    assert "Maria Lopez →, who introduced Tom Baker" in page
    assert "Zoë Ørsted →, who introduced Bea Kim" in page
    assert "Leads through the network 2 1 from people you were introduced to" in page
    assert "Maria Lopez introduced 2 people (4 in all, counting their introductions)" in page
    assert "Olu Ade introduced 1 person" in page
    assert "People you knew 2" in page
    assert "Generation 1: introduced by them 3" in page
    assert "Generation 3: introduced by generation 2 1" in page


def test_the_drawing_links_everyone_and_labels_the_generations(alice_client, family):
    response = alice_client.get(URL)
    drawing = svg(response)
    for contact in family.values():
        assert f'href="/contacts/{contact.pk}/"' in drawing
    assert "People you knew" in drawing
    assert "Generation 1" in drawing and "introduced by them" in drawing
    assert "Generation 3" in drawing
    assert "Lone Wolf" not in drawing
    # Four introductions in Maria's tree, one in Olu's.
    assert drawing.count("<path ") == 5
    # The drawing is decoration for screen readers: the list says the same.
    assert 'aria-hidden="true"' in drawing
    assert 'href="#tree-list"' in text(response)


def test_the_same_tree_as_a_nested_list(alice_client, family):
    listing = tree_list(alice_client.get(URL))
    for contact in family.values():
        assert f'<a href="/contacts/{contact.pk}/">{contact.name}</a>' in listing
    # Nested: Bea's entry sits inside Zoë's list, inside Tom's, inside Maria's.
    assert listing.count("<ul") == listing.count("</ul>") == 5
    assert listing.count("<li>") == listing.count("</li>") == 7
    maria_at, tom_at, bea_at, olu_at = (
        listing.index(family[k].name) for k in ("maria", "tom", "bea", "olu")
    )
    assert maria_at < tom_at < bea_at < olu_at
    assert "Maria Lopez introduced 2 (4 in all)" in listing


def test_people_met_and_leads_show_in_the_tree(alice_client, alice, family):
    Conversation.objects.create(
        owner=alice,
        contact=family["tom"],
        status="held",
        status_changed_at=FROZEN_NOW,
        held_at=FROZEN_NOW,
    )
    Lead.objects.create(owner=alice, title="Analyst", told_by=family["tom"], learned_at=FROZEN_NOW)
    response = alice_client.get(URL)
    drawing = svg(response)
    met = re.search(rf'<a href="/contacts/{family["tom"].pk}/"[^>]*class="([^"]+)"', drawing)
    assert "tree-svg__node--met" in met.group(1)
    assert drawing.count("tree-svg__node--met") == 1
    listing = tree_list(response)
    assert "chat held" in listing and "1 lead" in listing


def test_a_long_name_is_cut_in_the_drawing_and_whole_in_its_title(alice_client, alice):
    long = "Maximiliana Wolfeschlegelsteinhausenbergerdorff"
    root = person(alice, long)
    person(alice, "Tom", root)
    drawing = svg(alice_client.get(URL))
    assert f"<title>{long}</title>" in drawing
    assert ">Maximiliana Wolfeschl…</text>" in drawing


def test_names_are_escaped(alice_client, alice):
    root = person(alice, "<script>alert(1)</script>")
    person(alice, "Tom & Jerry", root)
    body = alice_client.get(URL).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body
    assert "Tom &amp; Jerry" in body


def test_a_loop_of_introductions_shows_once_and_says_so(alice_client, alice):
    maria = person(alice, "Maria")
    tom = person(alice, "Tom", maria)
    Contact.objects.filter(pk=maria.pk).update(referred_by=tom)
    response = alice_client.get(URL)
    assert response.status_code == 200
    listing = tree_list(response)
    assert listing.count(">Maria</a>") == 1 and listing.count(">Tom</a>") == 1
    assert "the records loop back to Maria" in visible(response)
    assert f"/contacts/{maria.pk}/edit/" in listing


def test_hundreds_of_people_stay_readable(alice_client, alice):
    hubs = [person(alice, f"Hub {h}") for h in range(3)]
    firsts = [person(alice, f"First {n:03}", hubs[n % 3]) for n in range(150)]
    for n in range(150):
        person(alice, f"Second {n:03}", firsts[n % 40])
    response = alice_client.get(URL)
    assert response.status_code == 200
    listing = tree_list(response)
    assert listing.count("<li>") == 303
    # Folded below the first generation, so the list stays short to read.
    assert listing.count("<details open>") == 3
    assert listing.count("<details>") == 40
    drawing = svg(response)
    assert drawing.count("<rect ") == 303
    height = int(re.search(r'height="(\d+)"', drawing).group(1))
    assert height > 300 * 30  # one row per person who introduced nobody
    assert 'class="tree-scroll"' in text(response)


def test_charlie_sees_nothing_of_alices_network(client, charlie, family):
    client.force_login(charlie)
    response = client.get(URL)
    page = visible(response)
    assert "No introductions yet" in page
    for contact in family.values():
        assert contact.name not in page


def test_a_referrer_belonging_to_someone_else_is_not_shown(alice_client, alice, charlie):
    theirs = person(charlie, "Charlie's Friend")
    mine = person(alice, "Tom")
    Contact.objects.filter(pk=mine.pk).update(referred_by=theirs)
    page = visible(alice_client.get(URL))
    assert "Charlie's Friend" not in page
    assert "No introductions yet" in page


# ------------------------------------------------------------------ speed


def _grow(owner, roots: int, per_root: int, depth: int) -> None:
    for r in range(roots):
        parent = person(owner, f"Root {r}")
        for d in range(depth):
            children = [person(owner, f"R{r} D{d} N{n}", parent) for n in range(per_root)]
            Conversation.objects.create(
                owner=owner,
                contact=children[0],
                status="held",
                status_changed_at=FROZEN_NOW,
                held_at=FROZEN_NOW,
            )
            Lead.objects.create(
                owner=owner, title=f"Lead {r} {d}", told_by=children[-1], learned_at=FROZEN_NOW
            )
            parent = children[0]


def test_the_tree_takes_as_many_queries_for_a_big_network_as_for_a_small_one(
    alice_client, alice, django_assert_max_num_queries
):
    _grow(alice, roots=1, per_root=2, depth=2)
    with django_assert_max_num_queries(8):
        alice_client.get(URL)
    small = page_queries(alice_client, URL)
    _grow(alice, roots=6, per_root=8, depth=6)
    assert Contact.objects.filter(owner=alice).count() > 250
    big = page_queries(alice_client, URL)
    assert big == small
