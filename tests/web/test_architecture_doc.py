"""docs/ARCHITECTURE.md names the module that owns every page: its URL table must list each
route the site answers, with the view that answers it, so a newcomer goes from a URL to the
code in one step."""

from __future__ import annotations

import re
from pathlib import Path

from django.urls import URLPattern, URLResolver, get_resolver

DOC = Path(__file__).resolve().parents[2] / "docs" / "ARCHITECTURE.md"
ROW = re.compile(r"^\| `(/[^`]*)` \| `([^`]+)` \| `([^`]+)` `([^`]+)` \|$", re.M)


def routes(patterns=None, prefix="/", namespace=""):
    """(path, namespaced name, file under coffeechat/, function) for every named route."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            found += routes(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            view = getattr(entry.callback, "view_class", entry.callback)
            module = view.__module__
            if not module.startswith("coffeechat."):
                continue
            path = module.removeprefix("coffeechat.").replace(".", "/") + ".py"
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            found.append((prefix + str(entry.pattern), name, path, view.__name__))
    return found


def test_the_url_table_lists_every_page_with_the_module_that_owns_it():
    documented = set(ROW.findall(DOC.read_text()))
    actual = set(routes())
    assert len(actual) > 80
    missing = sorted(actual - documented)
    stale = sorted(documented - actual)
    assert not missing and not stale, (
        "docs/ARCHITECTURE.md's URL table is out of date.\nAdd:\n"
        + "\n".join(f"| `{p}` | `{n}` | `{m}` `{f}` |" for p, n, m, f in missing)
        + "\nRemove:\n"
        + "\n".join(f"| `{p}` | `{n}` | `{m}` `{f}` |" for p, n, m, f in stale)
    )
