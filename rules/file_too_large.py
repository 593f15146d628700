"""The file is larger than the size limit.

## What it does
Reports a file larger than 512 KiB (the default limit). The file is read no further than the
limit, is not parsed, and nothing in it is checked.

## Why is this bad?
An Avassa object is small: even a busy application specification is a few kilobytes. A file
this large is nearly always something else: a generated dump, many objects pasted into one file,
or a large binary embedded in a secret's `base64-data`. YAML parsers are slow on large files (the
pure-Python parser needs seconds per megabyte), and a single such file would slow down every
commit hook and CI run; reading stops at the limit, so even a multi-gigabyte file or a device
costs nothing.

The file was not checked at all, and a passing run must not hide that: the severity is error.
If the file is legitimate, raise `max-file-size` (in bytes) under `limits` in the configuration.

## Example
<!-- example: not executable -->
A file of one megabyte cannot be shown here. With the default limit, a 600 KiB dump of several
applications is reported on its first line:

```console
$ avassa-lint check applications/all.yaml
applications/all.yaml:1:1: error YML101 file is larger than 512 KiB; it was not linted [file-too-large]
```

The limit is set in the configuration:

```yaml
# .avassa-lint.yaml
limits:
  max-file-size: 524288  # bytes (512 KiB, the default)
```

## Use instead
Keep one object per file, in the folder that matches its kind:

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
---
# applications/cache.yaml
name: cache
version: "1.0"
services:
  - name: cache
    mode: replicated
    replicas: 1
    containers:
      - name: redis
        image: registry-1.docker.io/library/redis:7.2.5
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML101", name="file-too-large", severity="error", module=__name__)
