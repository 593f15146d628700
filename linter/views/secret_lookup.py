"""Strongbox references resolved against the project: which vault, secret and key a registry
credentials entry, a variable or a vault-secret volume reads (after substitution), and why a
reference could not be checked. Shared by the SEC rules and LNT005."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from avassa_lint.loading.classify import SECRET, VAULT
from avassa_lint.model.project import ACME_SECRET_KEYS, Located, Project, Secret, SecretRef, Service
from avassa_lint.text.quoting import quote as q
from avassa_lint.model.substitution import VarRef, find_references


class Status(StrEnum):
    """What a lookup found."""

    FOUND = "found"  # declared in a file (``secrets`` non-empty) or only in external.secrets
    MISSING_VAULT = "missing-vault"
    MISSING_SECRET = "missing-secret"
    MISSING_KEY = "missing-key"
    UNCHECKED = "unchecked"  # see the reason
    INVALID = "invalid"  # vault or secret absent or not a string: the schema reports it


class Reason(StrEnum):
    """Why a reference was not checked; LNT005 groups references by these."""

    NO_VAULTS = "no-vaults"
    NO_SECRETS = "no-secrets"
    EXTERNAL_VAULT = "external-vault"
    VARIABLE = "variable"
    FROM_TENANT = "from-tenant"
    VAULT_UNKNOWN = "vault-unknown"
    UNREADABLE = "unreadable"
    KEYS_ELSEWHERE = "keys-elsewhere"
    KEYS_GENERATED = "keys-generated"
    NO_REGISTRIES = "no-registries"
    NO_APPLICATIONS = "no-applications"
    NO_APPROLES = "no-approles"
    NO_POLICIES = "no-policies"
    NO_ACME_SERVICES = "no-acme-services"
    NO_JWT_METHODS = "no-jwt-methods"


FOUND, MISSING_VAULT, MISSING_SECRET, MISSING_KEY, UNCHECKED, INVALID = Status
(NO_VAULTS, NO_SECRETS, EXTERNAL_VAULT, VARIABLE, FROM_TENANT, VAULT_UNKNOWN, UNREADABLE, KEYS_ELSEWHERE,
 KEYS_GENERATED, NO_REGISTRIES, NO_APPLICATIONS, NO_APPROLES, NO_POLICIES, NO_ACME_SERVICES, NO_JWT_METHODS) = Reason


@dataclass
class Lookup:
    """What a reference resolves to."""

    ref: SecretRef
    status: Status
    vault: str | None = None  # the vault name after substitution
    secret: str | None = None
    secrets: list[Secret] = field(default_factory=list)  # the declarations found
    reason: Reason | None = None  # for UNCHECKED (and a FOUND whose key could not be checked)
    key_reason: Reason | None = None

    @property
    def declared(self) -> bool:
        return self.status in (FOUND, MISSING_KEY)


# --------------------------------------------------------------------------- names


def substitute(text: str, values: dict[str, str]) -> str | None:
    """``text`` with each ``${NAME}`` replaced from ``values``; None when one cannot be resolved."""
    if "$" not in text:
        return text
    out: list[str] = []
    position = 0
    for ref in find_references(text):
        if not isinstance(ref, VarRef) or ref.key is not None or ref.filters or ref.name not in values:
            return None
        out.append(text[position:ref.offset])
        out.append(values[ref.name])
        position = ref.offset + ref.length
    out.append(text[position:])
    result = "".join(out)
    return None if "$" in result else result


def name_pattern(text: str) -> re.Pattern[str] | None:
    """A regex for the names a template such as ``retail-${SYS_SITE}`` can expand to."""
    parts: list[str] = []
    position = 0
    for ref in find_references(text):
        if not isinstance(ref, VarRef):
            return None
        parts.append(re.escape(text[position:ref.offset]))
        parts.append(".*")
        position = ref.offset + ref.length
    parts.append(re.escape(text[position:]))
    return re.compile("".join(parts), re.S)


def _literal_variables(service: Service | None) -> dict[str, str]:
    """Variables of a service whose value is a plain string without references."""
    if service is None:
        return {}
    found: dict[str, str] = {}
    for variable in service.variables:
        if variable.name is None or variable.value is None or not isinstance(variable.value.value, str):
            continue
        if "$" not in variable.value.value:
            found[variable.name.value] = variable.value.value
    return found


def resolved_name(ref: SecretRef, located: Located[str]) -> str | None:
    """The vault or secret name a reference reads; None while it depends on deploy-time variables.

    Only vault-secret volumes substitute the service's own variables; value-from-vault-secret
    substitutes system variables only, which are never known offline, and registry credentials
    substitute nothing (a ``${`` there is most likely a template placeholder of the repository)."""
    text = located.value
    if "${" not in text:
        return text
    if ref.via == "volume":
        return substitute(text, _literal_variables(ref.service))
    return None


# --------------------------------------------------------------------------- lookups


def secret_label(vault: str | None, name: str) -> str:
    return f'secret {q(name)} of vault {q(vault)}' if vault is not None else f'secret {q(name)}'


def _unreadable_could_hold(project: Project, kind: str, vault: str, secret: str | None = None) -> bool:
    """Whether a file that failed to load may declare the object (its path says so, or says nothing)."""
    for hint_kind, hint_vault, stem in project.unreadable_hints():
        if hint_kind is None:
            return True
        if kind == VAULT and hint_kind == VAULT and stem == vault:
            return True
        if kind == SECRET and hint_kind == SECRET and hint_vault == vault and stem == secret:
            return True
    return False


def vault_has_known_secrets(project: Project, vault: str) -> bool:
    """Whether the secrets of ``vault`` are known: declared in a file or listed in external.secrets."""
    return any(v == vault for v, _ in project.secrets) or any(
        s.split("/", 1)[0] == vault for s in project.external.secrets)


def lookup(project: Project, ref: SecretRef) -> Lookup:
    """Resolve a reference: FOUND, MISSING_* or UNCHECKED (with a reason)."""
    if ref.vault is None or ref.secret is None:
        return Lookup(ref, INVALID)
    if ref.from_tenant is not None:
        return Lookup(ref, UNCHECKED, reason=FROM_TENANT)
    vault = resolved_name(ref, ref.vault)
    if vault is None:
        return Lookup(ref, UNCHECKED, reason=VARIABLE)
    if not project.has_vaults:
        return Lookup(ref, UNCHECKED, vault=vault, reason=NO_VAULTS)
    if not project.declares_vault(vault):
        if _unreadable_could_hold(project, VAULT, vault):
            return Lookup(ref, UNCHECKED, vault=vault, reason=UNREADABLE)
        return Lookup(ref, MISSING_VAULT, vault=vault)
    secret = resolved_name(ref, ref.secret)
    if secret is None:
        return Lookup(ref, UNCHECKED, vault=vault, reason=VARIABLE)
    found = project.find_secret(vault, secret)
    if found:
        return _with_key(Lookup(ref, FOUND, vault, secret, list(found)))
    if project.certificate_requests(vault, secret):
        # an ACME static request writes this secret: the certificate's keys, nothing else known
        written = Lookup(ref, FOUND, vault, secret, [])
        if ref.key is not None and ref.key.value not in ACME_SECRET_KEYS:
            written.key_reason = KEYS_GENERATED
        return written
    if project.declares_secret(vault, secret):
        return Lookup(ref, FOUND, vault, secret, [], key_reason=KEYS_ELSEWHERE)
    if not project.has_secrets:
        return Lookup(ref, UNCHECKED, vault, secret, reason=NO_SECRETS)
    if vault not in project.vaults and not vault_has_known_secrets(project, vault):
        return Lookup(ref, UNCHECKED, vault, secret, reason=EXTERNAL_VAULT)
    if (None, secret) in project.secrets:
        return Lookup(ref, UNCHECKED, vault, secret, reason=VAULT_UNKNOWN)
    if _unreadable_could_hold(project, SECRET, vault, secret):
        return Lookup(ref, UNCHECKED, vault, secret, reason=UNREADABLE)
    return Lookup(ref, MISSING_SECRET, vault, secret)


def known_keys(secrets: Iterable[Secret]) -> tuple[set[str] | None, str | None]:
    """The keys of a secret over all its declarations, or (None, why) when the files cannot tell."""
    secrets = list(secrets)
    if any(s.keys_generated for s in secrets):
        return None, KEYS_GENERATED
    if not any(s.keys_in_file for s in secrets):
        return None, KEYS_ELSEWHERE
    keys: set[str] = set()
    for s in secrets:
        keys |= s.keys
    return keys, None


def _with_key(found: Lookup) -> Lookup:
    key = found.ref.key
    if key is None:
        return found
    keys, why = known_keys(found.secrets)
    if keys is None:
        found.key_reason = why
    elif key.value not in keys:
        found.status = MISSING_KEY
    return found


def lookups(project: Project, via: str | None = None) -> Iterator[Lookup]:
    for ref in project.secret_refs:
        if via is None or ref.via == via:
            yield lookup(project, ref)
