"""The file is not text that YAML can read.

## What it does
Decodes every file before parsing it, strictly and the same way whatever the locale: as UTF-8,
or as UTF-16 or UTF-32 when the file starts with a byte-order mark. Reports, at its line and
column:

- the first byte that is not valid UTF-8 (typically a file saved as Latin-1 or Windows-1252);
- NUL bytes near the start of the file: a binary file, or UTF-16 saved without a byte-order mark;
- a byte-order mark whose encoding does not match the rest of the file;
- a control character that YAML does not allow anywhere in a file, such as ESC (U+001B) or DEL
  (U+007F). Tab, line feed and carriage return are fine.

The file is not parsed, and nothing else in it is checked.

## Why is this bad?
A YAML file is Unicode text. An `é` saved by an old editor in Latin-1, or an escape sequence
pasted from a terminal, makes the file unreadable for supctl and the API, or changes the value
that arrives. Decoding strictly, instead of guessing from the locale, means CI and every laptop
agree about the file. The file cannot be applied as it is, so the severity is error.

## Example
<!-- example: not executable -->
A byte that is not UTF-8 cannot be shown in a Markdown page. Here an environment value was
written by an editor that saved the file as Latin-1:

```console
$ avassa-lint check applications/web.yaml
applications/web.yaml:12:23: error YML004 file is not valid UTF-8: byte 0xe4 cannot start or continue a character [invalid-encoding]
$ file applications/web.yaml
applications/web.yaml: ISO-8859 text
```

## Use instead
Convert the file to UTF-8 (or save it as UTF-8 in the editor), and remove control characters:

```console
$ iconv -f latin1 -t utf-8 applications/web.yaml > web.yaml.new && mv web.yaml.new applications/web.yaml
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
        env:
          GREETING: "Välkommen"
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML004", name="invalid-encoding", severity="error", module=__name__)
