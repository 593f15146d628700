"""A label-match expression does not parse.

## What it does
Parses the label-match expressions that place deployments, services, volumes and ingress
addresses: `placement.match-site-labels` and `deploy-to-sites.canary-sites.match-site-labels`
of a deployment; `placement.match-host-labels`, `match-volume-labels` of an ephemeral or
persistent volume, and `match-interface-labels` and `match-ipv4-range-labels` of
`ingress-ip-per-instance` in an application. The grammar is `label = value`, a bare `label`
(the label is present), `{}` (no labels at all), combined with `and`, `or`, `not` and
parentheses; `not` binds tighter than `and`, which binds tighter than `or`. The problem is
reported at its column when the expression is written on one line.

Any whitespace separates tokens, so the trailing newline of a `>` block scalar is fine. An empty
string is the schema's to report.

## Why is this bad?
Control Tower rejects an expression it cannot parse, so the deployment or application is not
accepted (the grammar is in the [application reference](https://avassa-api.redoc.ly/tag/Applications/);
see also [label matching](https://avassa.io/articles/how-to-use-label-matching-for-application-placement/)).
Operators borrowed from other languages (`&&`, `||`, `!=`, `==`), upper-case `AND`, a missing
`and` between two tests, or an unbalanced parenthesis are the usual causes. The severity is
error because nothing is placed until the expression is fixed.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
---
# application-deployments/web.yaml
name: web
application: web
placement:
  match-site-labels: system/type = edge && region = north
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
---
# application-deployments/web.yaml
name: web
application: web
placement:
  match-site-labels: system/type = edge and region = north
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.label_expr import parse_label_expression
from avassa_lint.model.project import Located, Node, Project
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.core.diagnostic import Edit, Fix
from avassa_lint.core.rule import Finding, rule

_HINT = ('a label expression combines "label = value", "label" and "{}" with "and", "or", "not" '
         "and parentheses")


@rule(code="APP013", name="invalid-label-expression", severity="error", scope="file",
      fix='safe: writes "=", "and" or "or" for "==", "&&" or "||"')
def check(project: Project) -> Iterator[Finding]:
    for node, key in _expressions(project):
        found = node.string(key)
        if found is None or found.value == "":
            continue
        parsed = parse_label_expression(found.value)
        if not isinstance(parsed, ParseProblem):
            continue
        where = node.describe(node.ypath + (key,))
        yield Finding.at(found, span=found.part(parsed.offset, parsed.length),
                         message=f"{parsed.message} in {where}", hint=_HINT, fix=_operator_fix(found, parsed))


# Operators of other languages whose meaning here is certain; "&", "|" and "!" are left alone
# (a single character is as likely a typo of something else).
_OPERATORS = {"==": "=", "&&": "and", "||": "or"}


def _operator_fix(found: Located[str], problem: ParseProblem) -> Fix | None:
    text, at, length = found.value, problem.offset, problem.length
    written = text[at:at + length]
    new = _OPERATORS.get(written)
    if new is None or not found.written_exactly:
        return None
    if new.isalpha() and not (text[at - 1:at].isspace() and text[at + length:at + length + 1].isspace()):
        return None  # "a&&b" would become "aandb"
    fixed = text[:at] + new + text[at + length:]
    again = parse_label_expression(fixed)
    if isinstance(again, ParseProblem) and again.offset <= at + len(new):
        return None  # the operator was not the only thing wrong there
    return Fix(f'write "{new}"', (Edit(found.part(at, length), new),))


def _expressions(project: Project) -> Iterator[tuple[Node, str]]:
    """Every object that holds a label-match expression, with the expression's key."""
    for deployment in project.deployments:
        for node in deployment.site_selectors:
            yield node, "match-site-labels"
    for service in project.services():
        if service.placement is not None:
            yield service.placement.node, "match-host-labels"
        for volume in service.volumes:
            for storage in volume.storage:
                yield storage, "match-volume-labels"
        if service.ingress is not None:
            yield service.ingress.node, "match-interface-labels"
            yield service.ingress.node, "match-ipv4-range-labels"
