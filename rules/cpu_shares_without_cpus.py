"""A container sets `cpu-shares` without `cpus`.

## What it does
Checks containers, init containers and VMs that set `cpu-shares` for a `cpus` key next to it.

## Why is this bad?
The application specification makes `cpu-shares` valid only when `cpus` is set: the shares
weigh containers against each other inside the CPU allotment that `cpus` gives. Without
`cpus` the key is not accepted, so Control Tower rejects the application (or, at best, the
priority the author asked for never applies). It is an error because the specification cannot
be applied as written.

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
        cpu-shares: 512
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
        cpus: "1.0"
        cpu-shares: 512
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.workload import workloads


@rule(code="APP007", name="cpu-shares-without-cpus", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for workload in workloads(project):
        node = workload.node
        key = node.key("cpu-shares")
        if key is None or node.get("cpus") is not None:
            continue
        yield Finding.at(
            key,
            message=f"{workload.where} sets cpu-shares without cpus; cpu-shares is only valid when cpus is set",
            hint='set cpus as well (for example cpus: "1.0"), or remove cpu-shares',
        )
