"""The apps depend on each other in one direction: agencies ← tasks ← reports ← notifications, reorganization.

A module may import from its own app and the apps below it, never above. The imports that still go the wrong way
are listed here by module, to be removed, not added to: the test fails on a new one and on a listed one that is
gone (so the list only shrinks). `portal` (settings, shared helpers, the site's views) is left out of the order.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = {"agencies": 0, "tasks": 1, "reports": 2, "notifications": 3, "reorganization": 3}

# (module, app it imports against the order): what is left to undo (issue #13 item 4).
KNOWN = {
    ("agencies/permissions.py", "reports"),
    ("agencies/permissions.py", "tasks"),
    ("agencies/views.py", "tasks"),
    ("reports/services.py", "notifications"),
    ("tasks/views.py", "reports"),
}


def imported_apps(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)


def upward_imports():
    found = set()
    for app, layer in LAYERS.items():
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if "/tests/" in relative or "/migrations/" in relative:
                continue
            for other in imported_apps(path):
                if other != app and LAYERS.get(other, -1) >= layer:
                    found.add((relative, other))
    return found


def test_no_app_imports_one_above_it_but_the_known_ones():
    found = upward_imports()
    assert found - KNOWN == set(), "new imports against the layering"
    assert KNOWN - found == set(), "gone: take them off KNOWN"
