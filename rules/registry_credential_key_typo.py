"""A secret shaped like registry credentials has a misspelt `username`, `password` or `token` key.

## What it does
Checks secrets that nothing in the linted files reads, typically a secret file linted on its
own, and that look like a registry login: they have no `allow-image-access` (registry
credentials are read by Control Tower, not by containers) and they hold one of the keys
`username`, `password` and `token`, or two keys that look like misspellings of them. A key of
such a secret that looks like a misspelt one of the three (another letter case, a usual other
name such as `passwd` or `user`, or one edit or swap away such as `pasword`, `usename`,
`tokne`) is reported on the key, with "did you mean", unless the secret already holds a usable
login (a `token`, or a `username` and a `password`). Only key names are read, never values.

A secret that a remote registry's `credentials` read in the linted files is checked by
`incomplete-registry-credentials` (SEC002), an error, instead; a secret that an application
reads is left alone (its keys are the application's business).

## Why is this bad?
Control Tower logs in to a registry with exactly the keys `username` and `password`, or
`token` (Avassa's [registry how-to](https://docs.avassa.io/how-to/registry)). A misspelt key
leaves no usable login, so once a remote registry points at the secret, every private image of
that registry fails to download. Whether a registry uses the secret cannot be told from the
linted files, so the severity is warning; with the registry in view the same mistake is an
error (SEC002).

## Example
```yaml
# strongbox/vaults/registry-credentials/secrets/example-pull.yaml
name: example-pull
data:
  username: edge-pull
  pasword: change-me-not-a-real-password
```

## Use instead
```yaml
# strongbox/vaults/registry-credentials/secrets/example-pull.yaml
name: example-pull
data:
  username: edge-pull
  password: change-me-not-a-real-password
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.registry_credentials import complete_login, credentials_keys_shaped, meant_credential_key
from avassa_lint.views.secret_consumers import uses
from avassa_lint.views.secret_lookup import known_keys, secret_label


@rule(code="SEC011", name="registry-credential-key-typo", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    used = None
    for (vault, name), secrets in sorted(project.secrets.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        if any(s.writes_allow_image_access for s in secrets):
            continue
        keys, _ = known_keys(secrets)
        if not keys or complete_login(keys) or not credentials_keys_shaped(keys):
            continue
        if used is None:
            used = uses(project)
        if used.secret_used(vault, name):
            continue  # read by a registry (SEC002) or by an application
        label = secret_label(vault, name)
        for secret in secrets:
            for key, span in sorted({**secret.data_keys, **secret.base64_keys}.items(), key=lambda kv: kv[1]):
                meant = meant_credential_key(key)
                if meant is None or meant in keys:
                    continue
                yield Finding(
                    span=span,
                    message=f"key {q(key)} of {label}, which looks like registry credentials, is not "
                            f'"username", "password" or "token"',
                    hint=f"did you mean {q(meant)}?",
                    related=(Related(secret.name.span, f"{label} declared here"),) if secret.name is not None else (),
                    yaml_path=f"{'base64-data' if key in secret.base64_keys else 'data'}/{key}",
                    secret=True,
                )
