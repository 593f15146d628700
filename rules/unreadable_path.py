"""A path to lint cannot be read.

## What it does
Reports a path, named on the command line or found while walking a folder, that cannot be
linted: it does not exist, permission is denied, it is a broken symbolic link or a symbolic link
loop, or it is not a regular file. FIFOs, sockets and devices are never read: a FIFO can block
forever and a device may never end. The other paths are still linted.

## Why is this bad?
A path that was not read was not checked. A CI job with a misspelt folder, or a file the CI
user cannot read, would otherwise pass while checking nothing. This is a problem with the
environment rather than with the files, so it is always reported, whatever `select` says, and
the run ends with exit code 2 after every other input has been linted. The severity is error.

## Example
<!-- example: not executable -->
The situation depends on the file system, not on file content:

```console
$ avassa-lint check aplications/ image-registry/
aplications/:1:1: error LNT003 "aplications/" does not exist [unreadable-path]
$ echo $?
2
$ avassa-lint check applications/web.yaml
applications/web.yaml:1:1: error LNT003 "applications/web.yaml" is a broken symbolic link or a symbolic link loop [unreadable-path]
```

## Use instead
Name paths that exist, fix the link or the permissions, and lint regular files:

```console
$ avassa-lint check applications/ image-registry/
```

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
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="LNT003", name="unreadable-path", severity="error", module=__name__)
