"""A value has the wrong type.

## What it does
Reports a value of the wrong type: a number, boolean or empty value where a string is expected,
text where a mapping or a list is expected, and so on. The hint names the YAML rule behind the
mistake and shows the fix, usually to quote the value. Values that may be secret are never shown.

## Why is this bad?
YAML decides the type of an unquoted value from how it looks, and Avassa expects strings in many
places where YAML sees something else:

- `version: 1.10` is the number 1.1, not the version "1.10": a tool that turns it back into
  text sends "1.1", and a deployment that pins `application-version: "1.10"` matches nothing;
- `env` values must be strings: `LED_PIN: 18` is a number;
- `API_KEY:` with nothing after it is null, not an empty string;
- `placement: system/type = edge` is a string where a deployment needs the mapping
  `placement: {match-site-labels: ...}`.

Control Tower rejects a value of the wrong type, so the severity is error.

## Example
```yaml
# applications/web.yaml
name: web
version: 1.10
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          LED_PIN: 18
          API_KEY:
```

## Use instead
```yaml
# applications/web.yaml
name: web
version: "1.10"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          LED_PIN: "18"
          API_KEY: ""
```
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH004", name="wrong-type", severity="error", module=__name__,
                   fix='safe: quotes a version, application-version or env value that YAML read as a number '
                       '(or an env value read as true/false), keeping the text as written (1.10 becomes "1.10"); '
                       'an empty or null env value becomes ""')
