"""The arrows that must never exist (ARCHITECTURE.md): every import of the linter's own modules
goes from a layer to one below it (or within its group), and no module imports itself round a
circle. Function-level imports count; imports only for type checking do not."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. A module may import from its own group and from the groups before it.
LAYERS = ["text", "core", "loading", "validation", "settings", "model", "views", "rules", "reporting",
          "runtime", "pipeline", "lsp", "cli"]
TOP_LEVEL = {"__init__": "text", "engine": "pipeline", "registry": "pipeline", "fixer": "pipeline", "__main__": "cli"}


def _module_name(path: Path) -> str:
    if path.is_relative_to(ROOT / "rules"):
        return "avassa_lint.rules." + path.stem if path.stem != "__init__" else "avassa_lint.rules"
    parts = path.relative_to(ROOT / "linter").with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("avassa_lint", *parts))


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "avassa_lint":
        return None
    if len(parts) == 1:
        return "text"  # the package itself holds only the version
    if parts[1] in ("rules", "schemas"):
        return "rules" if parts[1] == "rules" else "core"
    if parts[1] in TOP_LEVEL:
        return TOP_LEVEL[parts[1]]
    return parts[1] if parts[1] in LAYERS else None


def _type_checking_only(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, imported avassa_lint module) for every import in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_only(tree)
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "avassa_lint":
                found.extend((node.lineno, f"avassa_lint.{a.name}") for a in node.names)
            elif node.module.startswith("avassa_lint."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("avassa_lint"))
    return found


SOURCES = sorted([*(ROOT / "linter").rglob("*.py"), *(ROOT / "rules").glob("*.py")])


def test_every_module_has_a_layer() -> None:
    assert len(SOURCES) > 60
    assert [p for p in SOURCES if _layer(_module_name(p)) is None] == []


def test_imports_only_go_down() -> None:
    wrong = []
    for path in SOURCES:
        here = _layer(_module_name(path))
        for line, target in imports_of(path):
            there = _layer(target)
            if there is not None and LAYERS.index(there) > LAYERS.index(here):  # type: ignore[arg-type]
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {target} ({there})")
    assert wrong == []


def test_no_import_circle() -> None:
    graph: dict[str, set[str]] = {}
    for path in SOURCES:
        name = _module_name(path)
        graph[name] = {t for _, t in imports_of(path) if t != name}
    circles = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert circles == []


def test_the_checker_sees_a_wrong_arrow(tmp_path: Path) -> None:
    """The test itself can fail: an import up a layer, inside a function, is found."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from avassa_lint.engine import run\n"
                     "if TYPE_CHECKING:\n    from avassa_lint.cli.app import app\n", encoding="utf-8")
    assert imports_of(probe) == [(2, "avassa_lint.engine")]
    assert _layer("avassa_lint.engine") == "pipeline" and _layer("avassa_lint.text.quoting") == "text"
