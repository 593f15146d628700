"""The bundled JSON Schema nodes that describe a YAML path of a document: what hover explains and
completion offers. Follows $ref (in the same file and into common.schema.json),
allOf/oneOf/anyOf and if/then/else branches, items and prefixItems, properties, then
patternProperties, then additionalProperties for a key that neither names."""
from __future__ import annotations

import re
from typing import Any

SchemaNode = tuple[dict, str]  # a schema node and the schema file it is in

_SCHEMAS: dict[str, dict] | None = None
_MAX_DEPTH = 16


def schemas() -> dict[str, dict]:
    """Every bundled schema by file name, parsed once per server."""
    global _SCHEMAS
    if _SCHEMAS is None:
        from avassa_lint.core.schema_files import schema_files

        _SCHEMAS = schema_files()
    return _SCHEMAS


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for part in [p for p in pointer.split("/") if p]:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def expand(node: Any, file: str, depth: int = 0) -> list[SchemaNode]:
    """``node`` and every schema it stands for, the node's own words first."""
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return []
    out: list[SchemaNode] = [(node, file)]
    ref = node.get("$ref")
    if isinstance(ref, str):
        name, _, pointer = ref.partition("#")
        target_file = name or file
        out.extend(expand(_pointer(schemas().get(target_file), pointer), target_file, depth + 1))
    for combinator in ("allOf", "oneOf", "anyOf"):
        branches = node.get(combinator)
        if isinstance(branches, list):
            for branch in branches:
                out.extend(expand(branch, file, depth + 1))
    for branch in ("then", "else"):
        out.extend(expand(node.get(branch), file, depth + 1))
    return out


def _child(nodes: list[SchemaNode], step: str | int) -> list[SchemaNode]:
    found: list[SchemaNode] = []
    for node, file in nodes:
        if isinstance(step, int):
            items, prefix = node.get("items"), node.get("prefixItems")
            if isinstance(prefix, list) and step < len(prefix):
                found.extend(expand(prefix[step], file))
            elif isinstance(items, dict):
                found.extend(expand(items, file))
            continue
        properties = node.get("properties")
        if isinstance(properties, dict) and step in properties:
            found.extend(expand(properties[step], file))
            continue
        matched = False
        patterns = node.get("patternProperties")
        if isinstance(patterns, dict):
            for pattern, sub in patterns.items():
                try:
                    if re.search(pattern, str(step)):
                        found.extend(expand(sub, file))
                        matched = True
                except re.error:
                    continue
        extra = node.get("additionalProperties")
        if not matched and isinstance(extra, dict):
            found.extend(expand(extra, file))
    return found


def schema_at(kind: str, path: Any) -> list[SchemaNode]:
    """The schema nodes that describe the value at ``path`` of a document of ``kind``."""
    name = f"{kind}.schema.json"
    nodes = expand(schemas().get(name), name)
    for step in path:
        nodes = _child(nodes, step)
        if not nodes:
            return []
    return nodes
