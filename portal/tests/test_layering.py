"""The apps depend on each other in one direction, with no way round it (README, "Project layout").

    common, audit  <-  agencies  <-  tasks  <-  reports  <-  notifications, reorganization  <-  portal

A module of the apps' code (tests and migrations aside) may import from its own app and the layers below it, never
from its own layer's other app nor from above; it imports at its top, never inside a function (the habit that hid
cycles), save in an `AppConfig.ready()`, where Django says signal receivers are connected; and no chain of imports
between modules comes back to where it started. A migration's functions use no app code: a data migration carries
the rule as it stood (what Django writes for field state, a validator or an `upload_to`, stays in the operations).

The code is read, not imported (`ast`), so a test run sees every module, including the ones no test imports.

A module may name what it loads only when needed (a registry of dotted paths resolved with Django's
`import_string`, such as `tasks.intake.reading.READERS`, which keeps the document readers' libraries out of the
spreadsheet import): in a module that imports `import_string`, each dotted path to the apps' code written in a
module-level dict counts as an import at the top of that module, so the layers and cycles are checked through it.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = {
    "common": 0,
    "audit": 0,
    "agencies": 1,
    "tasks": 2,
    "reports": 3,
    "notifications": 4,
    "reorganization": 4,
    "portal": 5,
}


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources(kind):
    """{module name: (path, tree)} of the apps' code (`kind="code"`) or of their migrations."""
    found = {}
    for app in LAYERS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/tests/" in relative:
                continue
            if ("/migrations/" in relative) == (kind == "migrations"):
                found[_module_name(path)] = (path, ast.parse(path.read_text(encoding="utf-8")))
    return found


CODE = _sources("code")
MIGRATIONS = _sources("migrations")


def _imports(name, path, tree):
    """(imported module, line, enclosing function or None) for every import statement of one module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def walk(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child.lineno, function
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*anchor, *([child.module] if child.module else [])])
                for alias in child.names:
                    # `from . import signals` imports a module; `from .models import Task` the module `models`.
                    submodule = f"{base}.{alias.name}"
                    yield (submodule if submodule in CODE else base), child.lineno, function
            yield from walk(
                child, child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) else function
            )

    yield from walk(tree, None)
    yield from _registry_paths(tree)


def _registry_paths(tree):
    """(module, line, None) for each dotted path to app code in a module-level dict of a module that resolves dotted
    paths (`import_string`): a registry's entries are imports made later."""
    resolves = any(
        isinstance(node, ast.ImportFrom) and any(alias.name == "import_string" for alias in node.names)
        for node in tree.body
    )
    if not resolves:
        return
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
            for value in node.value.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    module = value.value.rpartition(".")[0]
                    if module in CODE:
                        yield module, value.lineno, None


def _app(module):
    return module.split(".")[0]


def _is_ready(path, function):
    return path.name == "apps.py" and getattr(function, "name", None) == "ready"


def test_the_layers_name_every_app_of_the_project():
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"bench"}
    assert packages == set(LAYERS)


def test_no_module_imports_from_its_own_layer_or_above():
    against = sorted(
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for name, (path, tree) in CODE.items()
        for module, line, _function in _imports(name, path, tree)
        if _app(module) in LAYERS and _app(module) != _app(name) and LAYERS[_app(module)] >= LAYERS[_app(name)]
    )
    assert against == []


def test_no_import_inside_a_function_but_an_apps_ready():
    inside = sorted(
        f"{path.relative_to(ROOT)}:{line} imports {module} in {function.name}()"
        for name, (path, tree) in CODE.items()
        for module, line, function in _imports(name, path, tree)
        if function is not None and not _is_ready(path, function)
    )
    assert inside == []


def _cycles(graph):
    """The strongly connected components of more than one module (or a module importing itself), Tarjan's way."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _module_graph():
    graph = {}
    for name, (path, tree) in CODE.items():
        for module, _line, function in _imports(name, path, tree):
            if module in CODE and module != name and not _is_ready(path, function):
                graph.setdefault(name, set()).add(module)
    return graph


def test_no_import_cycle_between_modules():
    assert _cycles(_module_graph()) == []


def test_a_registry_of_dotted_paths_counts_as_imports():
    name = "tasks.intake.reading"
    path, tree = CODE[name]
    imported = {module for module, _line, _function in _imports(name, path, tree)}
    assert {"tasks.intake.docx", "tasks.intake.pdf"} <= imported
    assert "tasks.intake.reading" in _module_graph()


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("name", sorted(MIGRATIONS))
def test_a_migrations_functions_use_no_app_code(name):
    path, tree = MIGRATIONS[name]
    app_names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            app_names |= {(a.asname or a.name).split(".")[0] for a in node.names if _app(a.name) in LAYERS}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and _app(node.module or "") in LAYERS:
            app_names |= {a.asname or a.name for a in node.names}
    used = sorted(
        f"{path.relative_to(ROOT)}:{inner.lineno} {function.name}() uses {inner.id}"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for inner in ast.walk(function)
        if isinstance(inner, ast.Name) and inner.id in app_names
    )
    imports_inside = [
        f"{path.relative_to(ROOT)}:{inner.lineno}"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for inner in ast.walk(function)
        if isinstance(inner, ast.Import | ast.ImportFrom)
    ]
    assert used == [] and imports_inside == []
