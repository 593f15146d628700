"""The file starts with a byte-order mark.

## What it does
Reports a UTF-8, UTF-16 or UTF-32 byte-order mark at the start of a file. The file is decoded
with it and checked as usual: this is a note, not a problem with the content.

## Why is this bad?
YAML allows a byte-order mark and this linter reads the file fine, but other tools on the way to
Control Tower are less tolerant. JSON forbids adding one, shell tools that concatenate files or
build a heredoc leave it in the middle of the text, and diffs show an invisible change on the
first line. UTF-16 and UTF-32 files are also two to four times larger and most Git tooling does
not show them as text. Some Windows editors and PowerShell's output redirection add a mark
without asking.

Nothing is wrong with the content, so the severity is info.

## Example
<!-- example: not executable -->
The mark is invisible in an editor and in this page; `od` shows it:

```console
$ avassa-lint check applications/web.yaml
applications/web.yaml:1:1: info YML008 file starts with a UTF-8 byte-order mark [byte-order-mark]
$ head -c 3 applications/web.yaml | od -An -tx1
 ef bb bf
```

## Use instead
Save the file as UTF-8 without a byte-order mark. From a shell, drop the three bytes of a UTF-8
mark, or convert a UTF-16 file:

```console
$ tail -c +4 applications/web.yaml > web.yaml.new && mv web.yaml.new applications/web.yaml
$ iconv -f utf-16 -t utf-8 applications/api.yaml > api.yaml.new && mv api.yaml.new applications/api.yaml
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

RULE = engine_rule(__doc__, code="YML008", name="byte-order-mark", severity="info", module=__name__)
