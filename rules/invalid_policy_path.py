"""A policy's REST API rule has a path pattern that does not have the documented form.

## What it does
Checks the `path` of every rule under `rest-api.rules` of a policy. The API reference's own
policies write an absolute REST path under `/v1` (`/v1/*/strongbox/identity/**`,
`/v1/*/strongbox/token/create-root`), or `/**` for everything, where `*` stands for one path
segment and `**` for any number of them. It reports a path that does not start with `/`, one
under another root than `/v1`, an empty segment (`//`, or a `/` at the end), a space, a query
(`?`), and a `*` that is part of a segment (`app*`) or more than two stars (`***`).

The verdicts (`allow`, `reject`) and the operations (`all`, `create`, `read`, `update`,
`delete`, `execute`; for Volga topics `create`, `delete`, `produce`, `consume`) are checked by
the policy schema.

## Why is this bad?
A rule applies to the requests whose path its pattern matches, and the most specific rule wins
([policies](https://avassa-api.redoc.ly/tag/Policy)). A pattern of another form matches no
request the way it reads: the permission it was meant to give is missing, or, worse, the
`reject` meant to fence off a part of the API does not apply. Whether Control Tower refuses such
a pattern is not documented, and other pattern forms may exist beyond the documented ones, so
the severity is warning.

## Example
```yaml
# policy/policies/kiosk-ops.yaml
name: kiosk-ops
rest-api:
  rules:
    - path: v1/state/applications/kiosk/**
      operations:
        read: allow
    - path: /v1/config/applications/kiosk*
      operations:
        all: reject
```

## Use instead
```yaml
# policy/policies/kiosk-ops.yaml
name: kiosk-ops
rest-api:
  rules:
    - path: /v1/state/applications/kiosk/**
      operations:
        read: allow
    - path: /v1/config/applications/kiosk/**
      operations:
        all: reject
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.core.rule import Finding, rule


@rule(code="SEC017", name="invalid-policy-path", severity="warning", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for found in project.policies.values():
        for policy in found:
            owner = f"policy {q(policy.name.value)}" if policy.name is not None else "policy"
            for rule_node in policy.rest_rules:
                path = rule_node.string("path")
                if path is None:
                    continue
                problem = _problem(path.value)
                if problem is None:
                    continue
                message, hint, at = problem
                yield Finding(
                    span=path.part(at, 1) if at is not None else path.span,
                    message=f"path {q(path.value)} of a REST API rule of {owner} {message}",
                    hint=hint,
                    yaml_path=f"{rule_node.yaml_path}/path",
                )


def _problem(path: str) -> tuple[str, str, int | None] | None:
    """(what is wrong, how to fix it, offset of the offending character) or None."""
    if not path.startswith("/"):
        return ("does not start with /", f"write /{clean(path, 80)}" if path.startswith("v1/") else
                "write an absolute REST path such as /v1/config/applications/**", 0)
    for char, word in ((" ", "a space"), ("?", "a query"), ("\t", "a tab")):
        if char in path:
            return (f"holds {word}, expected a path pattern", "write the path alone, with / between segments",
                    path.index(char))
    if path == "/**":
        return None
    segments = path.split("/")[1:]
    offset = 1
    for index, segment in enumerate(segments):
        if segment == "":
            where = "ends with /" if index == len(segments) - 1 else "has an empty segment (//)"
            return (where, "remove the extra /", max(offset - 1, 0))
        if "*" in segment and segment not in ("*", "**"):
            star = offset + segment.index("*")
            if set(segment) == {"*"}:
                return ("has more than two stars in a segment, expected * (one segment) or ** (any number)",
                        "write * or **", star)
            return ("has a * inside a segment, expected * or ** as a whole segment",
                    "write the segment out, or replace it with * (one segment) or ** (any number)", star)
        offset += len(segment) + 1
    if segments[0] not in ("v1", "*", "**"):
        return ("is not under /v1, where the REST API is", f"write /v1{clean(path, 80)}", 1)
    return None
