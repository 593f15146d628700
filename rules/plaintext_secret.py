"""A secret file holds a real-looking value in plain text.

## What it does
Reports each key of a secret's `data`, and of its `base64-data` (base64 is an encoding, not
encryption), whose value looks real: not empty, not a placeholder, not a public certificate,
and not under a key that names a non-secret identifier. The finding names the key; the value
is never shown. Files under version control are shared with everyone who can read the
repository, so a secret file should carry placeholders and the real values are set with
`supctl merge strongbox vaults VAULT secrets SECRET` from a safe place.

A value counts as a placeholder when one of the `placeholders` patterns (Python regular
expressions, case-insensitive, searched in the value with surrounding blanks removed) finds
it. The defaults cover `change-me`, `changeme`, `not-a-real`, `placeholder`, `replace-me`,
`dummy`, `redacted`, whole values such as `TODO`, `secret` or `password`, `<...>`, `xxx`,
`***`, and template references such as `${DB_PASSWORD}` or `{{ db_password }}`. A value made only
of PEM `CERTIFICATE` blocks is public and is not reported.

## Options
Under `rules: {plaintext-secret: {...}}` in the configuration:

- `ignore-keys`: keys that are not secret, as shell wildcards compared case-insensitively.
  Default: `username`, `user`, `login`, `*-username`, `*_username`, `*-user`, `*_user`, `id`,
  `*-id`, `*_id` (user names and account ids such as `merchant-id`).
- `placeholders`: the placeholder patterns; setting it replaces the defaults. A pattern that is
  not a valid regular expression is matched as plain text.

To silence the rule for a folder of test fixtures, use `per-file-ignores`; to turn it off,
`ignore: [plaintext-secret]`.

## Why is this bad?
A password or token committed to a repository stays in its history after it is removed, and is
readable by everyone with access to any clone. Many repositories keep secret files with
placeholders on purpose, and the linter cannot tell a test credential from a real one, so the
severity is info: a prompt to check, not a failed build.

## Example
```yaml
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/db.yaml
name: db
data:
  username: web
  password: Tr0ub4dor-and-3
allow-image-access:
  - "registry.example.com/web/*"
```

## Use instead
```yaml
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/db.yaml
# Real value: supctl merge strongbox vaults web secrets db
name: db
data:
  username: web
  password: change-me
allow-image-access:
  - "registry.example.com/web/*"
```
"""
import base64
import binascii
import fnmatch
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, rule
from avassa_lint.views.secret_lookup import secret_label

DEFAULT_IGNORE_KEYS = ("username", "user", "login", "*-username", "*_username", "*-user", "*_user",
                       "id", "*-id", "*_id")
DEFAULT_PLACEHOLDERS = (
    r"change[-_ .]?me",
    r"not[-_ .]a[-_ .]real",
    r"placeholder",
    r"replace[-_ .]?me",
    r"dummy",
    r"redacted",
    r"^(todo|tbd|fixme|secret|password|token|changeit|none|null|n/a)$",
    r"^<[^<>]*>$",
    r"\$\{[^}]*\}",
    r"\{\{[^}]*\}\}",
    r"^(x+|\*+|\.+|-+)$",
)
_CERTIFICATE = re.compile(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)


@dataclass(frozen=True)
class PlaintextSecretOptions:
    ignore_keys: Sequence[str] = DEFAULT_IGNORE_KEYS
    placeholders: Sequence[str] = DEFAULT_PLACEHOLDERS


def _strings(value: object, default: Sequence[str]) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return list(default)


def _compile(patterns: list[str]) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.I))
        except re.error:
            compiled.append(re.compile(re.escape(pattern), re.I))
    return compiled


def _looks_real(value: str, placeholders: list[re.Pattern[str]]) -> bool:
    text = value.strip()
    if not text:
        return False
    if any(p.search(text) for p in placeholders):
        return False
    return bool(_CERTIFICATE.sub("", text).strip()) or "PRIVATE KEY" in text


def _decoded(value: str) -> str | None:
    try:
        raw = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return None  # invalid-base64 reports it
    return raw.decode("utf-8", errors="replace")


@rule(code="SEC010", name="plaintext-secret", severity="info", scope="file", options=PlaintextSecretOptions)
def check(project: Project, options: PlaintextSecretOptions) -> Iterator[Finding]:
    ignored = [p.lower() for p in _strings(options.ignore_keys, DEFAULT_IGNORE_KEYS)]
    placeholders = _compile(_strings(options.placeholders, DEFAULT_PLACEHOLDERS))
    for secret in project.all_secrets():
        name = secret.name.value if secret.name is not None else "?"
        label = secret_label(secret.vault, name)
        merge = f"supctl merge strongbox vaults {clean(secret.vault or 'VAULT', 80)} secrets {clean(name, 80)}"
        for field, keys, encoded in (("data", secret.data_keys, False), ("base64-data", secret.base64_keys, True)):
            for key, span in keys.items():
                value = secret.value(field, key)
                if not isinstance(value, str) or any(fnmatch.fnmatchcase(key.lower(), p) for p in ignored):
                    continue
                text = _decoded(value) if encoded else value
                if text is None or not _looks_real(text, placeholders):
                    continue
                how = "a base64-encoded value (readable by anyone)" if encoded else "a plain-text value"
                yield Finding(
                    span=span,
                    message=f"key {q(key)} of {label} holds {how} in the repository",
                    hint=f'keep a placeholder such as "change-me" here and set the real value with {merge}',
                    yaml_path=f"{field}/{key}",
                    secret=True,
                )
