"""A name is used twice where the platform needs it to be unique.

## What it does
Checks that names are unique where the platform keys a list by name: services in an
application; containers and init containers of a service (one namespace for both lists);
volumes of a service; variables of a service. The second and later uses are reported, with a
pointer to the first.

## Why is this bad?
These lists are keyed by `name` in the application specification, so Control Tower rejects an
application that repeats one. Before that, a repeated name is ambiguous for everything that
refers to it: a mount's `volume-name`, a `${VAR}` reference, an affinity entry. It is an error
because the specification cannot be applied as written.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    init-containers:
      - name: nginx
        image: registry.example.com/web/setup:1.0
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
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
    init-containers:
      - name: setup
        image: registry.example.com/web/setup:1.0
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterable, Iterator

from avassa_lint.model.project import Located, Node, Project
from avassa_lint.text.quoting import clean
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.workload import describe_application, describe_service


def _duplicates(entries: Iterable[tuple[str, Located[str] | None, Node]], owner: str,
                hint: str) -> Iterator[Finding]:
    first: dict[str, tuple[str, Located[str]]] = {}
    for noun, name, node in entries:
        if name is None:
            continue
        seen = first.get(name.value)
        if seen is None:
            first[name.value] = (noun, name)
            continue
        first_noun, first_name = seen
        shown = clean(name.value, 60)
        if first_noun == noun:
            message = f'duplicate {noun} name "{shown}" in {owner}'
        else:
            article = "an" if first_noun[0] in "aeiou" else "a"
            message = f'{noun} name "{shown}" in {owner} is already the name of {article} {first_noun}'
        yield Finding(span=name.span, message=message, hint=hint,
                      related=(Related(first_name.span, "first declared here"),), yaml_path=node.yaml_path)


@rule(code="APP001", name="duplicate-name", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for app in project.applications:
        yield from _duplicates((("service", s.name, s.node) for s in app.services),
                               describe_application(app),
                               "service names must be unique in an application: rename or remove one")
    for service in project.services():
        owner = describe_service(service)
        yield from _duplicates(
            (("init container" if c.init else "container", c.name, c.node) for c in service.all_containers),
            owner, "containers and init containers of a service share one set of names: rename one")
        yield from _duplicates((("volume", v.name, v.node) for v in service.volumes), owner,
                               "volume names must be unique in a service: rename or remove one")
        yield from _duplicates((("variable", v.name, v.node) for v in service.variables), owner,
                               "variable names must be unique in a service: remove one, or rename it and "
                               "its ${...} references")
