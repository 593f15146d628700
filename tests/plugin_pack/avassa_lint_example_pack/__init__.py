'''Container without a memory limit.

## What it does
Reports containers that set no `memory`, so a runaway process can take the whole host.

## Why is this bad?
An edge host runs many applications; one without a memory bound can starve the others. A
team-specific policy, so it ships as a plugin, with severity info.

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
        image: registry-1.docker.io/library/nginx:1.25.3
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
        image: registry-1.docker.io/library/nginx:1.25.3
        memory: 256 MiB
```
'''
from avassa_lint.core.rule import Finding, rule


@rule(code="APP901", name="missing-memory-limit", severity="info")
def check(project):
    for container in project.containers():
        if container.node.get("memory") is None and container.name is not None:
            yield Finding(span=container.name.span,
                          message=f'container "{container.name.value}" sets no memory limit',
                          hint="add memory: 256 MiB (or what it needs)")
