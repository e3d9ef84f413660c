"""The private-name contract (tools/import_contracts.py) finds what it should: a private
name imported from another module, absolute or relative, and nothing else."""

from __future__ import annotations

from tools.import_contracts import private_imports


def found(tmp_path, source: str, *, module="pkg.app.views", package=False):
    path = tmp_path / ("__init__.py" if package else "views.py")
    path.write_text(source)
    return private_imports(module, path)


def test_a_private_name_from_another_module_is_found_with_its_line(tmp_path):
    source = "import os\n\nfrom pkg.app.services import _secret, public\n"
    assert found(tmp_path, source) == [(3, "pkg.app.services._secret")]


def test_relative_imports_are_resolved_before_they_are_judged(tmp_path):
    assert found(tmp_path, "from .forms import _Form\n") == [(1, "pkg.app.forms._Form")]
    assert found(tmp_path, "from ..core import _x\n") == [(1, "pkg.core._x")]
    assert found(tmp_path, "from . import _helpers\n") == [(1, "pkg.app._helpers")]


def test_a_package_resolves_relative_imports_from_itself(tmp_path):
    source = "from .views import _render\n"
    assert found(tmp_path, source, module="pkg.app", package=True) == [(1, "pkg.app.views._render")]


def test_public_and_dunder_names_and_future_imports_pass(tmp_path):
    source = (
        "from __future__ import annotations\n"
        "from pkg.app.services import public, __version__\n"
        "from pkg.app import services as _services\n"
    )
    assert found(tmp_path, source) == []


def test_a_module_may_use_its_own_private_names(tmp_path):
    assert found(tmp_path, "from pkg.app.views import _mine\n") == []
