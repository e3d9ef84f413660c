"""The referral tree: who introduced whom, generation by generation.

Plain records in (each person's id, name and who referred them), plain data out;
nothing here touches the database. The page, the lead chain and the contact page
all read the same :class:`Forest`.

Rules
-----
* Only people in a referral relation are in the tree: someone who introduced
  somebody, or someone who was introduced. A root is someone with no referrer who
  introduced at least one person: generation 0, "people you knew". Whoever they
  introduced is generation 1, and so on.
* A referrer that is not among the records (deleted, or not the user's) counts as
  none; so does naming oneself. Such a person is a root if they introduced someone,
  and is otherwise left out.
* A cycle (A referred B and B referred A) has no natural root. It is broken at the
  person in it with the lowest id (the one added first, most likely the one the
  user knew): their referrer is ignored and they become a root (`broke_cycle`).
  The same records always give the same tree.
* Nothing recurses and nothing walks a link twice, so a chain thousands long or a
  tree of thousands of people is read in linear time.
* Siblings and roots are ordered by name (case-insensitive), then id.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

ROOT_LABEL = "People you knew"


@dataclass(frozen=True)
class Person:
    """One contact as the tree needs it. `met`: a chat with them was held;
    `leads`: how many job leads they told the user about."""

    id: int
    name: str
    referred_by_id: int | None = None
    organization: str = ""
    met: bool = False
    leads: int = 0

    @property
    def display_name(self) -> str:
        return " ".join(self.name.split()) or f"Contact #{self.id}"


@dataclass(eq=False)
class Node:
    """A person in the tree, with the people they introduced (`children`)."""

    person: Person
    generation: int = 0
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list, repr=False)
    # Everyone below them: the people they introduced, their introductions, and so on.
    descendants: int = 0
    # Their referrer was ignored to break a cycle of introductions.
    broke_cycle: bool = False

    @property
    def id(self) -> int:
        return self.person.id

    @property
    def name(self) -> str:
        return self.person.display_name

    @property
    def direct(self) -> int:
        """How many people they introduced themselves."""
        return len(self.children)


@dataclass(frozen=True)
class Introducer:
    person: Person
    direct: int
    descendants: int


@dataclass(frozen=True)
class Chain:
    """People along a line of introductions, the first one someone the user knew."""

    people: tuple[Person, ...] = ()

    @property
    def introductions(self) -> int:
        return max(len(self.people) - 1, 0)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.display_name for p in self.people)

    @property
    def steps(self) -> tuple[tuple[Person | None, Person], ...]:
        """(introducer, person) pairs along the chain; the first introducer is None:
        the user knew that person themselves."""
        return tuple(zip((None, *self.people[:-1]), self.people, strict=True))

    @property
    def last(self) -> Person | None:
        return self.people[-1] if self.people else None

    def __len__(self) -> int:
        return len(self.people)

    def __bool__(self) -> bool:
        return bool(self.people)


@dataclass(frozen=True)
class OutlineStep:
    """One person in the nested-list reading of the tree, in reading order.

    A person with children opens a sub-list after their entry; `closing` lists
    the people whose sub-lists end right after this one (innermost first)."""

    node: Node
    depth: int
    closing: tuple[Node, ...]


class Forest:
    """The referral forest of one user. Build it with :func:`build`."""

    def __init__(self, roots: list[Node], order: list[Node]):
        self.roots = roots
        # Everyone in the tree in reading order (each root, then depth first).
        self.order = order
        self.nodes: dict[int, Node] = {node.id: node for node in order}

    def __len__(self) -> int:
        return len(self.order)

    def __bool__(self) -> bool:
        return bool(self.order)

    def __contains__(self, contact_id: object) -> bool:
        return contact_id in self.nodes

    # ------------------------------------------------------------------ figures

    @property
    def reached(self) -> int:
        """How many people the user reached through an introduction."""
        return sum(1 for node in self.order if node.generation > 0)

    @property
    def generations(self) -> tuple[int, ...]:
        """How many people in each generation, generation 0 first."""
        counts: list[int] = []
        for node in self.order:
            while len(counts) <= node.generation:
                counts.append(0)
            counts[node.generation] += 1
        return tuple(counts)

    @property
    def depth(self) -> int:
        """The deepest generation (0 for roots only, -1 for an empty tree)."""
        return len(self.generations) - 1

    @property
    def longest_chain(self) -> Chain:
        """The longest line of introductions; on a tie, the first in reading order."""
        deepest: Node | None = None
        for node in self.order:
            if deepest is None or node.generation > deepest.generation:
                deepest = node
        return self.chain_to(deepest.id) if deepest else Chain()

    def best_introducers(self, limit: int | None = 5) -> list[Introducer]:
        """Who introduced the most people themselves; on a tie, whoever the user
        reached more people through, then by name."""
        ranked = sorted(
            (node for node in self.order if node.children),
            key=lambda n: (-n.direct, -n.descendants, n.name.casefold(), n.id),
        )
        if limit is not None:
            ranked = ranked[:limit]
        return [Introducer(n.person, n.direct, n.descendants) for n in ranked]

    @property
    def leads_in_tree(self) -> int:
        """Leads told by anyone in the tree."""
        return sum(node.person.leads for node in self.order)

    @property
    def leads_through_introductions(self) -> int:
        """Leads told by someone the user reached through an introduction."""
        return sum(node.person.leads for node in self.order if node.generation > 0)

    # ------------------------------------------------------------------ walking

    def chain_to(self, contact_id: int) -> Chain:
        """The introductions from a root down to this person, both included; an empty
        chain for someone not in the tree."""
        node = self.nodes.get(contact_id)
        people: list[Person] = []
        while node is not None:
            people.append(node.person)
            node = node.parent
        return Chain(tuple(reversed(people)))

    def outline(self) -> list[OutlineStep]:
        """The tree as a nested list, flattened so a template needs no recursion."""
        steps = []
        for node in self.order:
            closing: list[Node] = []
            if not node.children:
                child = node
                while child.parent is not None and child.parent.children[-1] is child:
                    closing.append(child.parent)
                    child = child.parent
            steps.append(OutlineStep(node, node.generation, tuple(closing)))
        return steps


def _sort_key(node: Node) -> tuple[str, int]:
    return (node.name.casefold(), node.id)


def build(people: Iterable[Person]) -> Forest:
    """The forest of introductions among `people` (see the module's rules)."""
    records: dict[int, Person] = {}
    for person in people:
        records.setdefault(person.id, person)

    # Each person's referrer, if it is another known person.
    parent: dict[int, int | None] = {}
    for pid, person in records.items():
        ref = person.referred_by_id
        parent[pid] = ref if ref is not None and ref != pid and ref in records else None

    # Break cycles: follow referrers from each person in id order; a walk that comes
    # back onto itself has found a cycle, cut at its lowest id. Each person is walked
    # once (0 unseen, 1 on the current walk, 2 done).
    broken: set[int] = set()
    state = dict.fromkeys(records, 0)
    for start in sorted(records):
        path: list[int] = []
        current: int | None = start
        while current is not None and state[current] == 0:
            state[current] = 1
            path.append(current)
            current = parent[current]
        if current is not None and state[current] == 1:
            cycle = path[path.index(current) :]
            cut = min(cycle)
            parent[cut] = None
            broken.add(cut)
        for pid in path:
            state[pid] = 2

    nodes = {pid: Node(person) for pid, person in records.items()}
    for pid, ref in parent.items():
        if ref is not None:
            nodes[pid].parent = nodes[ref]
            nodes[ref].children.append(nodes[pid])
    for node in nodes.values():
        node.children.sort(key=_sort_key)
        node.broke_cycle = node.id in broken

    roots = sorted(
        (n for n in nodes.values() if n.parent is None and n.children),
        key=_sort_key,
    )

    # Depth first, without recursion: generations and the reading order.
    order: list[Node] = []
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        node.generation = node.parent.generation + 1 if node.parent else 0
        order.append(node)
        stack.extend(reversed(node.children))
    # Children come after their parent in reading order: count from the bottom up.
    for node in reversed(order):
        node.descendants = sum(1 + child.descendants for child in node.children)
    return Forest(roots, order)


# ------------------------------------------------------------------ wording


def generation_title(generation: int) -> str:
    return ROOT_LABEL if generation == 0 else f"Generation {generation}"


def generation_subtitle(generation: int) -> str:
    if generation == 0:
        return "who introduced someone"
    if generation == 1:
        return "introduced by them"
    return f"introduced by generation {generation - 1}"


def generation_label(generation: int) -> str:
    """The heading of a generation: "People you knew", "Generation 1: introduced by
    them", "Generation 2: introduced by generation 1", …"""
    if generation == 0:
        return ROOT_LABEL
    return f"{generation_title(generation)}: {generation_subtitle(generation)}"


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or char in "\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Roughly how many average letters wide `text` is (wide CJK letters count twice,
    accents that combine with the letter before count nothing)."""
    return sum(_char_width(c) for c in text)


def truncate(text: str, limit: int) -> str:
    """`text` cut to at most `limit` letters wide, ending in "…" when cut. Never
    leaves an accent without its letter."""
    text = " ".join(text.split())
    if text_width(text) <= limit:
        return text
    kept, width = [], 0
    for char in text:
        w = _char_width(char)
        if width + w > limit - 1:
            break
        kept.append(char)
        width += w
    # Accents that combine with a kept letter are kept with it (they are no wider);
    # an emoji cut inside a joined sequence loses its dangling half.
    while kept and kept[-1] == "\u200d":
        del kept[-2:]
    return "".join(kept).rstrip() + "…"


# ------------------------------------------------------------------ layout


@dataclass(frozen=True)
class Box:
    """One person's box: (x, y) is its top-left corner; (cx, cy) the middle of its
    left edge, where the link from their introducer arrives."""

    node: Node
    label: str
    x: float
    y: float
    width: float
    height: float

    @property
    def id(self) -> int:
        return self.node.id

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def truncated(self) -> bool:
        return self.label != self.node.name

    @property
    def cy(self) -> float:
        return self.y + self.height / 2

    @property
    def text_x(self) -> float:
        return self.x + 10

    @property
    def text_y(self) -> float:
        return self.cy + 4.5


@dataclass(frozen=True)
class Link:
    """The line from an introducer to the person they introduced (an SVG path)."""

    from_id: int
    to_id: int
    path: str


@dataclass(frozen=True)
class Column:
    generation: int
    x: float
    title: str
    subtitle: str
    count: int

    @property
    def label(self) -> str:
        return generation_label(self.generation)


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: tuple[Box, ...]
    links: tuple[Link, ...]
    columns: tuple[Column, ...]
    box_width: float
    box_height: float


def _num(value: float) -> str:
    return f"{value:g}"


def layout(
    forest: Forest,
    *,
    box_width: float = 176,
    box_height: float = 30,
    column_gap: float = 48,
    row_gap: float = 8,
    tree_gap: float = 16,
    margin: float = 8,
    header: float = 44,
    max_label: int = 22,
) -> Layout:
    """Coordinates for drawing the forest: generations as columns from left to right,
    each person on a row of their own when they introduced nobody, and an introducer
    level with the middle of the people they introduced. Trees are stacked with a
    gap between them. Nothing overlaps, and the size grows with the number of people
    (rows) and generations (columns) only."""
    if not forest:
        return Layout(0, 0, (), (), (), box_width, box_height)

    pitch = box_height + row_gap
    step = box_width + column_gap
    middle: dict[int, float] = {}
    row_top = margin + header
    for node in forest.order:
        if node.parent is None and node is not forest.roots[0]:
            row_top += tree_gap
        if not node.children:
            middle[node.id] = row_top + box_height / 2
            row_top += pitch
    for node in reversed(forest.order):
        if node.children:
            middle[node.id] = (middle[node.children[0].id] + middle[node.children[-1].id]) / 2

    boxes = []
    links = []
    for node in forest.order:
        x = margin + node.generation * step
        boxes.append(
            Box(
                node,
                truncate(node.name, max_label),
                x,
                middle[node.id] - box_height / 2,
                box_width,
                box_height,
            )
        )
        if node.parent is not None:
            x1 = x - column_gap
            y1, y2 = middle[node.parent.id], middle[node.id]
            bend = x1 + column_gap / 2
            links.append(
                Link(
                    node.parent.id,
                    node.id,
                    f"M{_num(x1)} {_num(y1)} C{_num(bend)} {_num(y1)} "
                    f"{_num(bend)} {_num(y2)} {_num(x)} {_num(y2)}",
                )
            )
    counts = forest.generations
    columns = tuple(
        Column(g, margin + g * step, generation_title(g), generation_subtitle(g), counts[g])
        for g in range(len(counts))
    )
    width = margin * 2 + len(counts) * step - column_gap
    height = row_top - row_gap + margin
    return Layout(width, height, tuple(boxes), tuple(links), columns, box_width, box_height)
