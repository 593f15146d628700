"""Strongbox references resolved against the project: which vault, secret and key a registry
credentials entry, a variable or a vault-secret volume reads, which containers consume it, and
why a reference could not be checked. Shared by the SEC rules and LNT005."""
from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from avassa_lint.classify import APPLICATION, REGISTRY, SECRET, VAULT, path_hint
from avassa_lint.diagnostic import Related, Span
from avassa_lint.model import ACME_SECRET_KEYS, Container, Located, Project, Secret, SecretRef, Service, Variable, Volume
from avassa_lint.naming import _one_edit, clean, describe, did_you_mean, quote_value as q
from avassa_lint.substitution import VarRef, find_references

# Why a reference was not checked; LNT005 groups references by these.
NO_VAULTS = "no-vaults"
NO_SECRETS = "no-secrets"
EXTERNAL_VAULT = "external-vault"
VARIABLE = "variable"
FROM_TENANT = "from-tenant"
VAULT_UNKNOWN = "vault-unknown"
UNREADABLE = "unreadable"
KEYS_ELSEWHERE = "keys-elsewhere"
KEYS_GENERATED = "keys-generated"

# Found: the secret is declared in a file (``secrets`` non-empty) or only in external.secrets.
FOUND = "found"
MISSING_VAULT = "missing-vault"
MISSING_SECRET = "missing-secret"
MISSING_KEY = "missing-key"
UNCHECKED = "unchecked"
INVALID = "invalid"  # vault or secret absent or not a string: the schema reports it


@dataclass
class Lookup:
    """What a reference resolves to."""

    ref: SecretRef
    status: str
    vault: str | None = None  # the vault name after substitution
    secret: str | None = None
    secrets: list[Secret] = field(default_factory=list)  # the declarations found
    reason: str | None = None  # for UNCHECKED (and a FOUND whose key could not be checked)
    key_reason: str | None = None

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
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind is None:
            return True
        stem = re.sub(r"\.ya?ml$", "", re.split(r"[\\/]+", path)[-1])
        if kind == VAULT and hint.kind == VAULT and stem == vault:
            return True
        if kind == SECRET and hint.kind == SECRET and hint.vault == vault and stem == secret:
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


def generated_keys(secret: Secret) -> bool:
    """auto-cert / auto-acme-cert secrets get their keys from Strongbox, not from the file."""
    return secret.node.raw("auto-cert") is not None or secret.node.raw("auto-acme-cert") is not None


def keys_in_file(secret: Secret) -> bool:
    return isinstance(secret.node.raw("data"), dict) or isinstance(secret.node.raw("base64-data"), dict)


def known_keys(secrets: Iterable[Secret]) -> tuple[set[str] | None, str | None]:
    """The keys of a secret over all its declarations, or (None, why) when the files cannot tell."""
    secrets = list(secrets)
    if any(generated_keys(s) for s in secrets):
        return None, KEYS_GENERATED
    if not any(keys_in_file(s) for s in secrets):
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


# --------------------------------------------------------------------------- hints


def vault_names(project: Project) -> list[str]:
    return sorted(set(project.vaults) | set(project.external.vaults))


def secret_names(project: Project, vault: str) -> list[str]:
    names = {name for v, name in project.secrets if v == vault}
    names |= {s.split("/", 1)[1] for s in project.external.secrets if "/" in s and s.split("/", 1)[0] == vault}
    return sorted(names)


def first_span(found: Iterable[Any]) -> Span | None:
    for item in found:
        return item.node.span if item.name is None else item.name.span
    return None


def missing_vault_help(project: Project, vault: str, secret: str | None) -> tuple[str | None, tuple[Related, ...]]:
    """A hint and the nearest declaration for a vault that is not declared."""
    if secret is not None and project.find_secret(secret, vault):
        swapped = project.find_secret(secret, vault)
        return (f'vault and secret look swapped: vault {q(secret)} has a secret {q(vault)}; '
                f'write vault: {clean(secret, 80)} and secret: {clean(vault, 80)}',
                (Related(swapped[0].name.span if swapped[0].name else swapped[0].node.span,
                         f'secret {q(vault)} of vault {q(secret)} declared here'),))
    hint = did_you_mean(vault, vault_names(project))
    related: tuple[Related, ...] = ()
    if hint is not None:
        close = hint.split('"')[1]
        span = first_span(project.vaults.get(close, ()))
        if span is not None:
            related = (Related(span, f'vault {q(close)} declared here'),)
    else:
        holders = sorted(v for v, s in project.secrets if v is not None and s == secret) if secret else []
        if holders:
            hint = f'secret {q(secret)} is declared in vault {q(holders[0])}'
            span = first_span(project.find_secret(holders[0], secret or ""))
            if span is not None:
                related = (Related(span, f'{secret_label(holders[0], secret or "")} declared here'),)
        else:
            hint = f'declare the vault in strongbox/vaults/{clean(vault, 80)}.yaml, or list it under external.vaults'
    return hint, related


def missing_secret_help(project: Project, vault: str, secret: str) -> tuple[str | None, tuple[Related, ...]]:
    """A hint and the nearest declaration for a secret its vault does not hold."""
    related: list[Related] = []
    if project.find_secret(secret, vault):
        swapped = project.find_secret(secret, vault)[0]
        hint = (f'vault and secret look swapped: vault {q(secret)} has a secret {q(vault)}; '
                f'write vault: {clean(secret, 80)} and secret: {clean(vault, 80)}')
        related.append(Related(swapped.name.span if swapped.name else swapped.node.span,
                               f'secret {q(vault)} of vault {q(secret)} declared here'))
        return hint, tuple(related)
    hint = did_you_mean(secret, secret_names(project, vault))
    if hint is None:
        holders = sorted(v for v, s in project.secrets if v is not None and v != vault and s == secret)
        if holders:
            hint = f'secret {q(secret)} is declared in vault {q(holders[0])}'
            span = first_span(project.find_secret(holders[0], secret))
            if span is not None:
                related.append(Related(span, f'{secret_label(holders[0], secret)} declared here'))
    if hint is None:
        hint = (f"declare it in strongbox/vaults/{clean(vault, 80)}/secrets/{clean(secret, 80)}.yaml, "
                f"or list it under external.secrets as {clean(vault, 80)}/{clean(secret, 80)}")
    span = first_span(project.vaults.get(vault, ()))
    if span is not None:
        related.append(Related(span, f'vault {q(vault)} declared here'))
    return hint, tuple(related)


# --------------------------------------------------------------------------- consumers


def _strings_in(value: Any, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def variables_used(value: Any, skip: frozenset[str] = frozenset()) -> set[str]:
    names: set[str] = set()
    for text in _strings_in(value, skip):
        if "${" in text:
            names.update(r.name for r in find_references(text) if isinstance(r, VarRef))
    return names


# Fields of a container that are not substituted (or are names): a ${...} there uses nothing.
_NOT_SUBSTITUTED = frozenset({"name", "image", "mounts"})


@dataclass(frozen=True)
class Consumer:
    container: Container
    how: str  # for a related location: 'the container mounts volume "tls" here'
    span: Span


def consumers(ref: SecretRef) -> list[Consumer]:
    """Containers that read the secret of a variable or vault-secret volume reference.

    A vault-secret volume is read by the containers that mount it. A variable is read by the
    containers that use it (in env, cmd, entrypoint, probes, ...) or that mount a config-map
    whose data uses it; a container of the service that never uses the variable does not
    receive the value."""
    service = ref.service
    if service is None:
        return []
    found: list[Consumer] = []
    if ref.via == "volume" and isinstance(ref.owner, Volume) and ref.owner.name is not None:
        name = ref.owner.name.value
        for container in service.all_containers:
            for mount in container.mounts:
                if mount.volume_name is not None and mount.volume_name.value == name:
                    found.append(Consumer(container, f'the container mounts volume {q(name)} here', mount.volume_name.span))
                    break
    elif ref.via == "variable" and isinstance(ref.owner, Variable) and ref.owner.name is not None:
        name = ref.owner.name.value
        read_at = ref.secret.span if ref.secret is not None else ref.owner.name.span
        maps = {v.name.value for v in service.volumes if v.name is not None and "config-map" in v.types
                and name in variables_used(v.node.raw("config-map"))}
        for container in service.all_containers:
            if name in variables_used(container.node.data, _NOT_SUBSTITUTED):
                found.append(Consumer(container, f"read into variable {clean(name, 80)}, which the container uses",
                                      read_at))
                continue
            for mount in container.mounts:
                if mount.volume_name is not None and mount.volume_name.value in maps:
                    found.append(Consumer(container, f"read into variable {clean(name, 80)}, which config-map "
                                                     f"{q(mount.volume_name.value)} mounted by the container uses",
                                          read_at))
                    break
    return found


def where(ref: SecretRef) -> str:
    """The referring object in words: 'variable "DB" in service "api"', 'volume "tls" in service "api"'."""
    node = ref.node
    if ref.via == "credentials":
        registry = node.document.data.get("address") if isinstance(node.document.data, dict) else None
        repo = node.raw("repository")
        owner = f'remote registry {q(registry)}' if isinstance(registry, str) else "remote registry"
        if isinstance(repo, str):
            return f'credentials for repository {q(repo)} of {owner}'
        return f"credentials of {owner}"
    return describe(node.document.data, node.ypath[:-1], node.kind)


# --------------------------------------------------------------------------- images


def _looks_like_host(component: str) -> bool:
    return "." in component or ":" in component or component == "localhost"


def image_forms(image: str, default_registry: str | None) -> list[str]:
    """The spellings an allow-image-access pattern may be meant to match.

    The pattern language is not documented beyond "*", so an image counts as allowed when any
    of these matches: the image as written, with the default registry in front (a host-less
    image is pulled from it), without its registry host (sites pull from the Control Tower's
    registry, which lists images without the original host), and with the implicit ":latest"."""
    forms = [image]
    first, _, rest = image.partition("/")
    if rest and _looks_like_host(first):
        forms.append(rest)
    elif default_registry:
        forms.append(f"{default_registry}/{image}")
    last = image.rsplit("/", 1)[-1]
    if ":" not in last and "@" not in last:
        forms.extend(f"{form}:latest" for form in list(forms))
    return forms


def image_allowed(image: str, patterns: Iterable[str], default_registry: str | None) -> bool:
    forms = image_forms(image, default_registry)
    return any(fnmatch.fnmatchcase(form, pattern) for pattern in patterns for form in forms)


def suggested_pattern(image: str) -> str:
    """An allow-image-access entry for an image that survives tag changes."""
    slash = image.rfind("/")
    at = image.find("@", slash + 1)
    if at >= 0:
        return image[:at] + "@*"
    colon = image.find(":", slash + 1)
    if colon >= 0:
        return image[:colon] + ":*"
    return image


# --------------------------------------------------------------------------- registry credentials

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
    close = [wanted for wanted in _KEY_ALIASES if _one_edit(lowered, wanted)]
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


# --------------------------------------------------------------------------- use of declarations

Matcher = str | re.Pattern[str] | None  # None: any name


def _matcher(ref: SecretRef, located: Located[str]) -> Matcher:
    name = resolved_name(ref, located)
    if name is not None:
        return name
    return name_pattern(located.value)


def _matches(matcher: Matcher, name: str | None) -> bool:
    if matcher is None or name is None:
        return True
    if isinstance(matcher, str):
        return matcher == name
    return matcher.fullmatch(name) is not None


@dataclass(frozen=True)
class Uses:
    """Which vault and secret names the project's references can read (templates included)."""

    pairs: tuple[tuple[Matcher, Matcher], ...]

    def vault_used(self, vault: str) -> bool:
        return any(_matches(v, vault) for v, _ in self.pairs)

    def secret_used(self, vault: str | None, name: str) -> bool:
        return any(_matches(v, vault) and _matches(s, name) for v, s in self.pairs)


def uses(project: Project) -> Uses:
    pairs: list[tuple[Matcher, Matcher]] = []
    for ref in project.secret_refs:
        if ref.from_tenant is not None or ref.vault is None:
            continue
        secret = _matcher(ref, ref.secret) if ref.secret is not None else None
        pairs.append((_matcher(ref, ref.vault), secret))
    return Uses(tuple(pairs))


def unreadable_consumer(project: Project) -> bool:
    """Whether a file that failed to load may be an application or a remote registry."""
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind in (None, APPLICATION, REGISTRY):
            return True
    return False


def credentials_shaped(secrets: Iterable[Secret]) -> bool:
    """A secret that looks like a registry login: a username/password/token key, no image list."""
    secrets = list(secrets)
    if any(s.node.raw("allow-image-access") is not None for s in secrets):
        return False
    keys: set[str] = set()
    for s in secrets:
        keys |= s.keys
    return bool(keys & {USERNAME, PASSWORD, TOKEN})


def readers_in_view(project: Project) -> bool:
    """Whether every reader of a secret is in the linted files, so an unused one can be told."""
    return bool(project.applications) and not project.external.applications and not unreadable_consumer(project)


def registries_in_view(project: Project) -> bool:
    return bool(project.registries) and not project.external.registries


# --------------------------------------------------------------------------- unchecked references

NO_REGISTRIES = "no-registries"
NO_APPLICATIONS = "no-applications"
NO_APPROLES = "no-approles"
NO_POLICIES = "no-policies"
NO_ACME_SERVICES = "no-acme-services"
NO_JWT_METHODS = "no-jwt-methods"


@dataclass(frozen=True)
class Unchecked:
    reason: str
    span: Span


def _located_span(*candidates: Located[str] | None) -> Span | None:
    for c in candidates:
        if c is not None:
            return c.span
    return None


def unchecked_references(project: Project) -> list[Unchecked]:
    """Every reference that a rule skipped, with the reason."""
    found: list[Unchecked] = []
    for item in lookups(project):
        ref = item.ref
        if item.status == UNCHECKED and item.reason is not None:
            if item.reason == FROM_TENANT:
                span = _located_span(ref.from_tenant, ref.vault)
            elif item.reason in (NO_VAULTS, UNREADABLE) and item.secret is None:
                span = _located_span(ref.vault)
            elif item.reason == VARIABLE and item.vault is None:
                span = _located_span(ref.vault)
            else:
                span = _located_span(ref.secret, ref.vault)
            if span is not None:
                found.append(Unchecked(item.reason, span))
        elif item.declared and ref.key is not None and item.key_reason is not None:
            found.append(Unchecked(item.key_reason, ref.key.span))
    hosts_unreadable = _unreadable_may_be(project, REGISTRY)
    if not project.has_registries or hosts_unreadable:
        declared = set(project.registries) | set(project.external.registries)
        for container in project.containers():
            image = container.image
            if image is None:
                continue
            first, _, rest = image.value.partition("/")
            if not rest or not _looks_like_host(first):
                continue
            if not project.has_registries:
                found.append(Unchecked(NO_REGISTRIES, image.span))
            elif first not in declared:
                found.append(Unchecked(UNREADABLE, image.span))
    apps_unreadable = _unreadable_may_be(project, APPLICATION)
    if not project.has_applications or apps_unreadable:
        names = {a.name.value for a in project.applications if a.name is not None} | set(project.external.applications)
        for deployment in project.deployments:
            if deployment.application is None:
                continue
            if not project.has_applications:
                found.append(Unchecked(NO_APPLICATIONS, deployment.application.span))
            elif deployment.application.value not in names:
                found.append(Unchecked(UNREADABLE, deployment.application.span))
    if not project.has_approles:
        found.extend(Unchecked(NO_APPROLES, c.approle.span) for c in project.containers() if c.approle is not None)
    if not project.has_policies:
        found.extend(Unchecked(NO_POLICIES, p.span) for holder in project.token_policy_holders()
                     for p in holder.token_policies)
    if not project.has_vaults:
        found.extend(Unchecked(NO_VAULTS, r.vault.span) for r in project.static_requests if r.vault is not None)
    if not project.has_acme_services:
        found.extend(Unchecked(NO_ACME_SERVICES, s.span) for s in acme_service_refs(project))
    if not project.jwt_auths:
        found.extend(Unchecked(NO_JWT_METHODS, r.name.span if r.name is not None else r.node.span)
                     for r in project.jwt_roles if r.method is not None)
    return found


def acme_service_refs(project: Project) -> Iterator[Located[str]]:
    """The ``auto-acme-cert.acme-service`` of every secret, and the service of every static request
    (located on the request's name)."""
    for secret in project.all_secrets():
        auto = secret.node.child("auto-acme-cert")
        service = auto.string("acme-service") if auto is not None else None
        if service is not None:
            yield service
    for request in project.static_requests:
        if request.service is not None:
            yield Located(request.service, request.name.span if request.name is not None else request.node.span)


def _unreadable_may_be(project: Project, kind: str) -> bool:
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind in (None, kind):
            return True
    return False
