"""import-linter contract types of coffeechat's own (see [tool.importlinter] in pyproject).

`private_names`: no module imports a private name (`_x`) from another module. import-linter
sees modules, not names, so this reads each module's syntax tree: every `from m import _x`
(and `from . import _x`) whose source is another module is reported with its file, line
and name. `ignore` holds "importer -> module.name" patterns (fnmatch, `*` for any part).
"""

from __future__ import annotations

import ast
import importlib.util
from fnmatch import fnmatchcase
from pathlib import Path

from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _source(module: str) -> Path | None:
    """The file of `module`, found without importing it (importing a package runs its
    `__init__`, which may need Django set up): only the top package is looked up."""
    top, *rest = module.split(".")
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*rest)
    for path in (base / "__init__.py", base.with_suffix(".py")):
        if path.is_file():
            return path
    return None


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module an ImportFrom reads from, relative imports resolved."""
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    if node.level > 1:
        parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, node.module] if node.module else parts)


def private_imports(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, "source.name") of each private name `module` imports from another module."""
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom) or node.module == "__future__":
            continue
        source = _absolute(node, module, is_package)
        if source == module:
            continue
        for alias in node.names:
            if _is_private(alias.name):
                found.append((node.lineno, f"{source}.{alias.name}"))
    return found


class PrivateNamesContract(Contract):
    """No module imports a private name from another one.

    Options:
        - containers: the packages whose modules are read.
        - ignore:     "importer -> module.name" patterns allowed anyway. (Optional.)
    """

    type_name = "private_names"

    containers = fields.ListField(subfield=fields.StringField())
    ignore = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph, verbose: bool) -> ContractCheck:
        allowed = [tuple(p.strip() for p in rule.split("->")) for rule in self.ignore or []]
        used = set()
        found = []
        containers = [str(c) for c in self.containers]  # type: ignore[attr-defined]
        for module in sorted(graph.modules):
            if not any(module == c or module.startswith(c + ".") for c in containers):
                continue
            path = _source(module)
            if path is None:
                continue
            for line, name in private_imports(module, path):
                rule = next(
                    (r for r in allowed if fnmatchcase(module, r[0]) and fnmatchcase(name, r[1])),
                    None,
                )
                if rule is not None:
                    used.add(rule)
                    continue
                shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
                found.append({"module": module, "file": str(shown), "line": line, "name": name})
        warnings = [f"ignore {' -> '.join(r)} matched nothing" for r in allowed if r not in used]
        return ContractCheck(kept=not found, warnings=warnings, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["found"]:
            output.print_error(
                f"{item['file']}:{item['line']}: {item['module']} imports the private "
                f"name {item['name']}",
                bold=False,
            )
        output.new_line()
