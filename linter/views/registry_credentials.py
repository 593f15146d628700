"""Secrets read as registry credentials: their keys, the usual misspellings of the three keys
Control Tower reads, and whether a login is complete. Key names only, never values."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from avassa_lint.core.diagnostic import Related, Span
from avassa_lint.model.project import Project, Secret, SecretRef
from avassa_lint.text.suggest import one_edit
from avassa_lint.views.secret_consumers import where
from avassa_lint.views.secret_lookup import FOUND, known_keys, lookups, secret_label

USERNAME, PASSWORD, TOKEN = "username", "password", "token"
# Key names people write instead of the three the platform reads (compared lowercased).
_KEY_ALIASES = {
    USERNAME: frozenset({"user", "user-name", "user_name", "login", "usr", "account"}),
    PASSWORD: frozenset({"pass", "passwd", "pwd", "pw", "pass-word", "pass_word", "secret"}),
    TOKEN: frozenset({"access-token", "access_token", "api-token", "api_token", "auth-token", "pat",
                      "bearer", "bearer-token", "registry-token", "personal-access-token"}),
}


@dataclass
class CredentialSecret:
    """A declared secret that registry credentials read, with every entry that reads it."""

    vault: str
    name: str
    secrets: list[Secret]
    refs: list[SecretRef]
    keys: set[str]

    @property
    def span(self) -> Span:
        first = self.secrets[0]
        return first.name.span if first.name is not None else first.node.span

    @property
    def label(self) -> str:
        return secret_label(self.vault, self.name)

    def related(self) -> tuple[Related, ...]:
        return tuple(Related(r.secret.span, f"read by {where(r)}")
                     for r in self.refs if r.secret is not None)

    def renames(self, wanted: str) -> list[str]:
        """Keys that look like a misspelt ``wanted``."""
        return sorted(k for k in self.keys if meant_credential_key(k) == wanted)


def meant_credential_key(key: str) -> str | None:
    """Which of "username", "password" and "token" ``key`` looks like a misspelling of: another
    letter case, a usual other name (`passwd`, `user`), or one edit or swap away (`pasword`,
    `usename`, `tokne`). None for the three themselves and for other keys. Key names only."""
    if key in _KEY_ALIASES:
        return None
    lowered = key.lower()
    for wanted, aliases in _KEY_ALIASES.items():
        if lowered == wanted or lowered in aliases:
            return wanted
    close = [wanted for wanted in _KEY_ALIASES if one_edit(lowered, wanted)]
    return close[0] if len(close) == 1 else None


def complete_login(keys: set[str]) -> bool:
    """A registry login Control Tower can use: a token, or a username and a password."""
    return TOKEN in keys or (USERNAME in keys and PASSWORD in keys)


def credentials_keys_shaped(keys: set[str]) -> bool:
    """Keys that look like registry credentials: one of the three, or two misspelt ones."""
    return bool(keys & set(_KEY_ALIASES)) or sum(meant_credential_key(k) is not None for k in keys) >= 2


def credential_secrets(project: Project) -> list[CredentialSecret]:
    """Declared secrets read by registry credentials whose keys are in the repository."""
    grouped: dict[tuple[str, str], CredentialSecret] = {}
    for found in lookups(project, "credentials"):
        if found.status != FOUND or not found.secrets or found.vault is None or found.secret is None:
            continue
        key = (found.vault, found.secret)
        if key not in grouped:
            keys, _ = known_keys(found.secrets)
            if keys is None:
                continue
            grouped[key] = CredentialSecret(found.vault, found.secret, found.secrets, [], keys)
        grouped[key].refs.append(found.ref)
    return list(grouped.values())


def credentials_shaped(secrets: Iterable[Secret]) -> bool:
    """A secret that looks like a registry login: a username/password/token key, no image list."""
    secrets = list(secrets)
    if any(s.writes_allow_image_access for s in secrets):
        return False
    keys: set[str] = set()
    for s in secrets:
        keys |= s.keys
    return bool(keys & {USERNAME, PASSWORD, TOKEN})
