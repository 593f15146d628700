"""The project model: every classified document of a run, with spans, definitions and references.

Built once per run from every document, valid or not: a field that is missing or has the wrong
type is ``None`` (or empty), never an exception, so a document that failed its schema still
contributes what it has and each problem is reported once. Rules read ``Located`` values and
never touch YAML or do column arithmetic.
"""
from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from avassa_lint.loading.classify import (
    ACME_SERVICE,
    APPLICATION,
    APPROLE,
    DEPLOYMENT,
    JWT_AUTH,
    JWT_ROLE,
    POLICY,
    REGISTRY,
    SECRET,
    SETTINGS,
    SITE,
    STATIC_REQUEST,
    VAULT,
)
from avassa_lint.settings.config import Config, External
from avassa_lint.core.diagnostic import Span
from avassa_lint.loading.source import Document, YamlPath, share_path

T = TypeVar("T")


class Located(Generic[T]):
    """A value, where it is written, and its YAML path inside its document.

    Immutable by convention (a value object: equal and hashing by value, span and path). The
    model reads most fields for their value only, so a Located made by ``Located.at`` looks its
    span up in the document's span index when the span is first asked for (a third of the
    model's time went into spans nothing read)."""

    __slots__ = ("value", "ypath", "_span", "_spans")

    def __init__(self, value: T, span: Span, ypath: YamlPath = ()) -> None:
        self.value = value
        self.ypath = ypath
        self._span = span
        self._spans: Any = None

    @classmethod
    def at(cls, value: T, spans: Any, ypath: YamlPath, fallback: Any) -> "Located[T]":
        """The value at ``ypath``, its span from ``spans``; when it has none, ``fallback``'s (a
        Span, or the Node holding the value: its ``span`` is asked for only then)."""
        found = cls.__new__(cls)
        found.value = value
        found.ypath = ypath
        found._span = fallback
        found._spans = spans
        return found

    @property
    def span(self) -> Span:
        spans = self._spans
        if spans is not None:
            found = spans.value(self.ypath)
            if found is None:
                found = self._span if self._span.__class__ is Span else self._span.span
            self._span = found
            self._spans = None
        return self._span

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.value, self.span, self.ypath) == (other.value, other.span, other.ypath)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.value, self.span, self.ypath))

    def __repr__(self) -> str:
        return f"Located(value={self.value!r}, span={self.span!r}, ypath={self.ypath!r})"

    @property
    def yaml_path(self) -> str:
        """The path as findings carry it: "services/0/containers/1/image"."""
        return "/".join(str(p) for p in self.ypath)

    @property
    def written_exactly(self) -> bool:
        """The value is written on one line exactly as it reads: plain, or quoted without escapes
        (so an edit at a character offset of the value lands on that character)."""
        s = self.span
        text = self.value if isinstance(self.value, str) else str(self.value)
        return s.line == s.end_line and s.end_column - s.column in (len(text), len(text) + 2)

    @property
    def plain(self) -> bool:
        """Written without quotes (only meaningful when ``written_exactly``)."""
        text = self.value if isinstance(self.value, str) else str(self.value)
        return self.span.end_column - self.span.column == len(text)

    def part(self, offset: int, length: int) -> Span:
        """The span of ``value[offset:offset+length]`` when the value is written on one line
        exactly as it reads (plain, or quoted without escapes); otherwise the whole span."""
        s = self.span
        text = self.value if isinstance(self.value, str) else str(self.value)
        if s.line != s.end_line:
            return s
        width = s.end_column - s.column
        if width == len(text):
            shift = 0
        elif width == len(text) + 2:
            shift = 1
        else:
            return s
        start = s.column + shift + offset
        return Span(s.path, s.line, start, s.line, start + max(length, 1))

    def __str__(self) -> str:
        return str(self.value)


@dataclass(slots=True)
class Node:
    """A mapping inside a document, with typed access to its fields and their spans."""

    data: dict
    document: Document
    ypath: YamlPath
    kind: str

    @property
    def path(self) -> str:
        return self.document.spans.path

    @property
    def span(self) -> Span:
        """Where the object starts: its key or first line."""
        return (self.document.spans.key(self.ypath) or self.document.spans.value(self.ypath)
                or Span.point(self.path, self.document.start_line, 1))

    def raw(self, key: str) -> Any:
        return self.data.get(key) if isinstance(self.data, dict) else None

    def get(self, key: str) -> Located[Any] | None:
        """The value of ``key`` with its span, or None when the key is absent."""
        if not isinstance(self.data, dict) or key not in self.data:
            return None
        return Located.at(self.data[key], self.document.spans, share_path(self.ypath + (key,)), self)

    def string(self, key: str) -> Located[str] | None:
        found = self.get(key)
        return found if found is not None and isinstance(found.value, str) else None

    def integer(self, key: str) -> Located[int] | None:
        found = self.get(key)
        if found is None or isinstance(found.value, bool) or not isinstance(found.value, int):
            return None
        return found

    def key_span(self, key: str) -> Span | None:
        return self.document.spans.key(self.ypath + (key,))

    def key(self, key: str) -> Located[str] | None:
        """The key ``key`` itself, located: its span is the key's, its path the value's."""
        at = share_path(self.ypath + (key,))
        span = self.document.spans.key(at)
        return Located(key, span, at) if span is not None else None

    def child(self, *keys: str | int) -> Node | None:
        node: Any = self.data
        for key in keys:
            if isinstance(node, dict) and isinstance(key, str):
                node = node.get(key)
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                node = node[key]
            else:
                return None
        if not isinstance(node, dict):
            return None
        return Node(node, self.document, share_path(self.ypath + tuple(keys)), self.kind)

    def children(self, key: str) -> list[Node]:
        """The mapping entries of the list under ``key``."""
        items = self.raw(key)
        if not isinstance(items, list):
            return []
        return [Node(item, self.document, share_path(self.ypath + (key, i)), self.kind)
                for i, item in enumerate(items) if isinstance(item, dict)]

    def strings(self, key: str) -> list[Located[str]]:
        items = self.raw(key)
        if not isinstance(items, list):
            return []
        spans = self.document.spans
        found = []
        for i, v in enumerate(items):
            if isinstance(v, str):
                found.append(Located.at(v, spans, share_path(self.ypath + (key, i)), self))
        return found

    def name(self) -> Located[str] | None:
        return self.string("name")

    @property
    def yaml_path(self) -> str:
        return "/".join(str(p) for p in self.ypath)

    def scalars(self) -> Iterator[tuple[YamlPath, Any]]:
        """Every scalar under this node with its YAML path, in document order."""
        pending: list[tuple[YamlPath, Any]] = [(self.ypath, self.data)]
        while pending:
            path, value = pending.pop()
            if isinstance(value, dict):
                pending.extend((path + (k,), v) for k, v in reversed(list(value.items())) if isinstance(k, str))
            elif isinstance(value, list):
                pending.extend((path + (i,), v) for i, v in reversed(list(enumerate(value))))
            else:
                yield path, value

    def describe(self, ypath: YamlPath | None = None) -> str:
        """The object at ``ypath`` (this node by default) as messages name it."""
        from avassa_lint.text.describe import describe

        return describe(self.document.data, self.ypath if ypath is None else ypath, self.kind)


def _where(node: Node) -> str:
    from avassa_lint.text.describe import describe

    return describe(node.document.data, node.ypath, node.kind)


# --------------------------------------------------------------------------- Strongbox


@dataclass(slots=True)
class Distribution:
    """A vault's or an approle's `distribute`: to all, to listed sites, or to listed deployments."""

    node: Node
    deployments: list[Located[str]] | None  # the string entries when `deployments` is a list, else None
    sites: list[Located[str]] | None  # the same for `sites`

    @property
    def span(self) -> Span:
        return self.node.span

    def key_span(self, key: str) -> Span | None:
        return self.node.key_span(key)


def _distribution(root: Node) -> Distribution | None:
    node = root.child("distribute")
    if node is None:
        return None
    return Distribution(node, node.strings("deployments") if isinstance(node.raw("deployments"), list) else None,
                        node.strings("sites") if isinstance(node.raw("sites"), list) else None)


@dataclass(slots=True)
class Vault:
    node: Node
    name: Located[str] | None
    distribute: Distribution | None = None


@dataclass(slots=True)
class Secret:
    node: Node
    vault: str | None  # from the header, the path or the supctl command
    name: Located[str] | None
    data_keys: dict[str, Span]  # key name -> span of the key (values are never kept here)
    base64_keys: dict[str, Span]
    invalid_base64: list[str]  # keys of base64-data whose value does not decode
    allow_image_access: list[Located[str]] | None  # None: the field is absent

    @property
    def auto_acme_cert(self) -> Node | None:
        """The `auto-acme-cert` mapping: the ACME service and names Strongbox requests it for."""
        return self.node.child("auto-acme-cert")

    @property
    def keys(self) -> set[str]:
        return set(self.data_keys) | set(self.base64_keys)

    def value(self, field_name: str, key: str) -> Any:
        """The value of ``key`` under ``data`` or ``base64-data``, read from the document when a
        rule must look at it: the model itself never keeps secret values."""
        mapping = self.node.raw(field_name)
        return mapping.get(key) if isinstance(mapping, dict) else None

    @property
    def writes_allow_image_access(self) -> bool:
        """allow-image-access is written, whatever its value (None, a list, something else)."""
        return self.node.raw("allow-image-access") is not None

    @property
    def keys_generated(self) -> bool:
        """auto-cert / auto-acme-cert: Strongbox makes the keys, the file does not hold them."""
        return self.node.raw("auto-cert") is not None or self.node.raw("auto-acme-cert") is not None

    @property
    def keys_in_file(self) -> bool:
        return isinstance(self.node.raw("data"), dict) or isinstance(self.node.raw("base64-data"), dict)


# --------------------------------------------------------------------------- policies and authentication


@dataclass(slots=True)
class Policy:
    node: Node
    name: Located[str] | None
    rest_rules: list[Node] = field(default_factory=list)  # the entries of rest-api.rules
    capabilities: dict | None = None  # the capabilities mapping (capability -> verdict), when one

    def allows(self, capability: str) -> bool:
        """The policy's capabilities say allow for ``capability`` (or for all)."""
        caps = self.capabilities or {}
        return caps.get("all") == "allow" or caps.get(capability) == "allow"


@dataclass(slots=True)
class Approle:
    node: Node
    name: Located[str] | None
    token_policies: list[Located[str]]
    distribute: Distribution | None = None


@dataclass(slots=True)
class JwtAuth:
    node: Node
    name: Located[str] | None


@dataclass(slots=True)
class JwtRole:
    node: Node
    name: Located[str] | None
    token_policies: list[Located[str]]
    method: str | None = None  # from the path or the supctl command


# --------------------------------------------------------------------------- ACME


# The keys an ACME static request writes into its secret (a how-to by an Avassa engineer).
ACME_SECRET_KEYS = frozenset({"acme-cert.pem", "acme-cert.key", "acme-chain.pem"})


@dataclass(slots=True)
class AcmeService:
    node: Node
    name: Located[str] | None


@dataclass(slots=True)
class StaticRequest:
    node: Node
    name: Located[str] | None
    vault: Located[str] | None
    secret: Located[str] | None
    service: str | None = None  # the ACME service, from the path or the supctl command


# --------------------------------------------------------------------------- sites


@dataclass(slots=True)
class Site:
    node: Node
    name: Located[str] | None

    @property
    def labels(self) -> dict[str, str | list[str]]:
        """The site's labels as placements see them: its own plus system/name and system/type."""
        found: dict[str, str | list[str]] = {}
        raw = self.node.raw("labels")
        if isinstance(raw, dict):
            for key, value in raw.items():
                if isinstance(value, str):
                    found[str(key)] = value
                elif isinstance(value, list):
                    found[str(key)] = [str(v) for v in value]
        if self.name is not None:
            found["system/name"] = self.name.value
        kind = self.node.raw("type")
        if isinstance(kind, str):
            found["system/type"] = kind
        return found


# --------------------------------------------------------------------------- registries


@dataclass(slots=True)
class Credential:
    node: Node
    repository: Located[str] | None
    vault: Located[str] | None
    secret: Located[str] | None


@dataclass(slots=True)
class Registry:
    node: Node
    address: Located[str] | None
    override_address: Located[str] | None
    credentials: list[Credential]


@dataclass(slots=True)
class Settings:
    node: Node
    default_remote_registry: Located[str] | None


# --------------------------------------------------------------------------- applications


@dataclass(slots=True)
class SecretRef:
    """A use of a Strongbox secret: registry credentials, a variable or a vault-secret volume."""

    via: str  # "credentials", "variable" or "volume"
    node: Node  # the object holding vault/secret(/key)
    vault: Located[str] | None
    secret: Located[str] | None
    key: Located[str] | None = None
    from_tenant: Located[str] | None = None
    service: Service | None = None
    owner: Any = None  # the Credential, Variable or Volume


@dataclass(slots=True)
class Variable:
    node: Node
    name: Located[str] | None
    value: Located[Any] | None
    secret_ref: SecretRef | None


@dataclass(slots=True)
class ConfigMap:
    """A volume's `config-map`: its items, by name."""

    node: Node
    items: list[Located[str]]  # the item names that are strings
    # every item's name, when they can be known for sure (a list of items that all have a string
    # name, or no items); None otherwise (the schema reports what is wrong)
    names: list[str] | None


@dataclass(slots=True)
class Volume:
    node: Node
    name: Located[str] | None
    types: list[str]  # the volume-type keys present (exactly one when valid)
    secret_ref: SecretRef | None
    config_map: ConfigMap | None
    # its ephemeral-volume and persistent-volume sections (they hold match-volume-labels)
    storage: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Affinity:
    """`placement.preferred-affinity` or `preferred-anti-affinity`."""

    node: Node
    key: Located[str]  # "preferred-affinity" or "preferred-anti-affinity", where it is written
    services: list[Located[str]]


@dataclass(slots=True)
class Placement:
    """A service's `placement`."""

    node: Node
    affinities: list[Affinity]


@dataclass(slots=True)
class Ingress:
    """A service's `network.ingress-ip-per-instance`."""

    node: Node
    access: Located[str] | None  # the key of the deprecated "access"
    inbound_access: Located[str] | None  # the key of "inbound-access"
    protocols: list[Node]


@dataclass(slots=True)
class Mount:
    node: Node
    volume_name: Located[str] | None
    files: list[Located[str]]

    @property
    def mount_paths(self) -> list[Located[str] | None]:
        """The mount's `mount-path`, then each file's (None where one is missing)."""
        return [self.node.string("mount-path")] + [f.string("mount-path") for f in self.node.children("files")]


@dataclass(slots=True)
class Container:
    node: Node
    service: Service
    name: Located[str] | None
    image: Located[str] | None
    init: bool
    mounts: list[Mount]
    approle: Located[str] | None = None

    @property
    def where(self) -> str:
        return _where(self.node)


@dataclass(slots=True)
class Service:
    node: Node
    application: Application
    name: Located[str] | None
    mode: Located[str] | None
    containers: list[Container] = field(default_factory=list)
    init_containers: list[Container] = field(default_factory=list)
    variables: list[Variable] = field(default_factory=list)
    volumes: list[Volume] = field(default_factory=list)
    placement: Placement | None = None
    ingress: Ingress | None = None
    vm: Node | None = None
    # views of this service that several rules derive, computed once per run
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def all_containers(self) -> list[Container]:
        return self.init_containers + self.containers


@dataclass(slots=True)
class Application:
    node: Node
    name: Located[str] | None
    version: Located[Any] | None
    services: list[Service] = field(default_factory=list)

    @property
    def shared_network(self) -> Located[str] | None:
        """`network.shared-application-network`: the tenant-wide network the application joins."""
        network = self.node.child("network")
        return network.string("shared-application-network") if network is not None else None


@dataclass(slots=True)
class Deployment:
    node: Node
    name: Located[str] | None
    application: Located[str] | None
    application_version: Located[Any] | None
    # the sections that hold match-site-labels: placement, deploy-to-sites.canary-sites
    site_selectors: list[Node] = field(default_factory=list)


# --------------------------------------------------------------------------- the project


@dataclass(frozen=True)
class ClassifiedDocument:
    document: Document
    kind: str | None
    vault: str | None = None


@dataclass(slots=True)
class Project:
    registries: dict[str, list[Registry]] = field(default_factory=dict)  # by address
    settings: list[Settings] = field(default_factory=list)
    vaults: dict[str, list[Vault]] = field(default_factory=dict)  # by name
    secrets: dict[tuple[str | None, str], list[Secret]] = field(default_factory=dict)  # by (vault, name)
    applications: list[Application] = field(default_factory=list)
    deployments: list[Deployment] = field(default_factory=list)
    secret_refs: list[SecretRef] = field(default_factory=list)
    policies: dict[str, list[Policy]] = field(default_factory=dict)  # by name
    approles: dict[str, list[Approle]] = field(default_factory=dict)  # by name
    jwt_auths: list[JwtAuth] = field(default_factory=list)
    jwt_roles: list[JwtRole] = field(default_factory=list)
    acme_services: dict[str, list[AcmeService]] = field(default_factory=dict)  # by name
    static_requests: list[StaticRequest] = field(default_factory=list)
    sites: dict[str, list[Site]] = field(default_factory=dict)  # by name
    external: External = field(default_factory=External)
    unreadable_paths: set[str] = field(default_factory=set)  # files that failed to load
    config: Config = field(default_factory=Config)
    # views that several rules derive from the model, computed once per run (see ``memo``)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()`` once per run and key: for derived views that several rules share."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def unreadable_hints(self) -> list[tuple[str | None, str | None, str]]:
        """(kind, vault, file stem) that the path convention reads off each file that failed to
        load (kind None: the path names no kind); worked out once per run, not once per lookup."""
        def compute() -> list[tuple[str | None, str | None, str]]:
            import re

            from avassa_lint.loading.classify import path_hint

            out = []
            for path in sorted(self.unreadable_paths):
                hint = path_hint(path)
                stem = re.sub(r"\.ya?ml$", "", re.split(r"[\\/]+", path)[-1])
                out.append((None if hint is None else hint.kind, None if hint is None else hint.vault, stem))
            return out

        return self.memo(("unreadable-hints", len(self.unreadable_paths)), compute)

    def unreadable_could_be(self, *kinds: str) -> bool:
        """Whether a file that failed to load may hold an object of one of ``kinds``: its path
        names one of them, or names no kind."""
        return any(kind is None or kind in kinds for kind, _, _ in self.unreadable_hints())

    # -- walkers
    def services(self) -> Iterator[Service]:
        for app in self.applications:
            yield from app.services

    def containers(self) -> Iterator[Container]:
        for service in self.services():
            yield from service.all_containers

    def all_registries(self) -> Iterator[Registry]:
        for found in self.registries.values():
            yield from found

    def all_secrets(self) -> Iterator[Secret]:
        for found in self.secrets.values():
            yield from found

    def all_vaults(self) -> Iterator[Vault]:
        for found in self.vaults.values():
            yield from found

    # -- lookups
    @property
    def default_registry(self) -> Located[str] | None:
        for settings in self.settings:
            if settings.default_remote_registry is not None:
                return settings.default_remote_registry
        return None

    def declares_vault(self, name: str) -> bool:
        return name in self.vaults or name in self.external.vaults

    def find_secret(self, vault: str, name: str) -> list[Secret]:
        return self.secrets.get((vault, name), [])

    def declares_secret(self, vault: str, name: str) -> bool:
        return (vault, name) in self.secrets or f"{vault}/{name}" in self.external.secrets

    @property
    def has_vaults(self) -> bool:
        """Whether the project declares vaults at all (otherwise references cannot be checked)."""
        return bool(self.vaults) or bool(self.external.vaults)

    @property
    def has_secrets(self) -> bool:
        return bool(self.secrets) or bool(self.external.secrets)

    @property
    def has_registries(self) -> bool:
        return bool(self.registries) or bool(self.external.registries)

    @property
    def has_policies(self) -> bool:
        return bool(self.policies)

    @property
    def has_approles(self) -> bool:
        return bool(self.approles)

    @property
    def has_acme_services(self) -> bool:
        return bool(self.acme_services)

    @property
    def has_applications(self) -> bool:
        return bool(self.applications) or bool(self.external.applications)

    def certificate_requests(self, vault: str, secret: str) -> list[StaticRequest]:
        """The ACME static requests that write ``secret`` of ``vault`` (the service creates it)."""
        def index() -> dict[tuple[str, str], list[StaticRequest]]:
            by_target: dict[tuple[str, str], list[StaticRequest]] = {}
            for request in self.static_requests:
                if request.vault is not None and request.secret is not None:
                    by_target.setdefault((request.vault.value, request.secret.value), []).append(request)
            return by_target

        return self.memo("certificate-requests", index).get((vault, secret), [])

    def token_policy_holders(self) -> Iterator[Approle | JwtRole]:
        for found in self.approles.values():
            yield from found
        yield from self.jwt_roles

    def applications_named(self, name: str) -> list[Application]:
        def index() -> dict[str, list[Application]]:
            by_name: dict[str, list[Application]] = {}
            for app in self.applications:
                if app.name is not None and isinstance(app.name.value, str):
                    by_name.setdefault(app.name.value, []).append(app)
            return by_name

        return self.memo("applications-by-name", index).get(name, [])


def build_project(documents: list[ClassifiedDocument], config: Config | None = None,
                  unreadable_paths: set[str] | None = None) -> Project:
    """Collect definitions and references from every classified document."""
    config = config or Config()
    project = Project(external=config.external, unreadable_paths=set(unreadable_paths or ()), config=config)
    for item in documents:
        doc = item.document
        if not isinstance(doc.data, dict) or not doc.usable:
            continue
        root = Node(doc.data, doc, (), item.kind or "document")
        kind = item.kind
        if kind == APPLICATION:
            project.applications.append(_application(root, project))
        elif kind == DEPLOYMENT:
            project.deployments.append(_deployment(root))
        elif kind == VAULT:
            vault = Vault(root, root.name(), _distribution(root))
            if vault.name is not None:
                project.vaults.setdefault(vault.name.value, []).append(vault)
        elif kind == SECRET:
            secret = _secret(root, item.vault)
            if secret.name is not None:
                project.secrets.setdefault((item.vault, secret.name.value), []).append(secret)
        elif kind == REGISTRY:
            registry = _registry(root, project)
            if registry.address is not None:
                project.registries.setdefault(registry.address.value, []).append(registry)
        elif kind == SETTINGS:
            project.settings.append(Settings(root, root.string("default-remote-registry")))
        elif kind == POLICY:
            rest = root.child("rest-api")
            capabilities = root.raw("capabilities")
            policy = Policy(root, root.name(), rest.children("rules") if rest is not None else [],
                            capabilities if isinstance(capabilities, dict) else None)
            if policy.name is not None:
                project.policies.setdefault(policy.name.value, []).append(policy)
        elif kind == APPROLE:
            approle = Approle(root, root.name(), root.strings("token-policies"), _distribution(root))
            if approle.name is not None:
                project.approles.setdefault(approle.name.value, []).append(approle)
        elif kind == JWT_AUTH:
            project.jwt_auths.append(JwtAuth(root, root.name()))
        elif kind == JWT_ROLE:
            project.jwt_roles.append(JwtRole(root, root.name(), root.strings("token-policies"), item.vault))
        elif kind == ACME_SERVICE:
            service = AcmeService(root, root.name())
            if service.name is not None:
                project.acme_services.setdefault(service.name.value, []).append(service)
        elif kind == SITE:
            site = Site(root, root.name())
            if site.name is not None:
                project.sites.setdefault(site.name.value, []).append(site)
        elif kind == STATIC_REQUEST:
            project.static_requests.append(StaticRequest(root, root.name(), root.string("vault"), root.string("secret"),
                                                         item.vault))
    return project


_NOT_MERGED = frozenset(("external", "unreadable_paths", "config", "_memo"))


def merge_projects(parts: list[Project], config: Config | None = None,
                   unreadable_paths: set[str] | None = None) -> Project:
    """The project of several files from the projects of each (``build_project`` of each file's
    documents, in the order ``build_project`` would have read them): the same lists and indexes,
    in the same order. The language server keeps one part per file and rebuilds only the edited
    file's part; the parts' objects (and the views memoised on them) are shared."""
    import dataclasses

    config = config or Config()
    project = Project(external=config.external, unreadable_paths=set(unreadable_paths or ()), config=config)
    for f in dataclasses.fields(Project):
        if f.name in _NOT_MERGED:
            continue
        into = getattr(project, f.name)
        for part in parts:
            value = getattr(part, f.name)
            if isinstance(into, list):
                into.extend(value)
            else:
                for key, items in value.items():
                    into.setdefault(key, []).extend(items)
    return project


def _secret(root: Node, vault: str | None) -> Secret:
    spans = root.document.spans

    def keys_of(field_name: str) -> dict[str, Span]:
        mapping = root.raw(field_name)
        if not isinstance(mapping, dict):
            return {}
        return {str(k): spans.key((field_name, k)) or root.span for k in mapping}

    invalid: list[str] = []
    encoded = root.raw("base64-data")
    if isinstance(encoded, dict):
        for key, value in encoded.items():
            if not isinstance(value, str):
                continue
            try:
                base64.b64decode("".join(value.split()), validate=True)
            except (binascii.Error, ValueError):
                invalid.append(str(key))
    allow = root.raw("allow-image-access")
    return Secret(
        node=root,
        vault=vault,
        name=root.name(),
        data_keys=keys_of("data"),
        base64_keys=keys_of("base64-data"),
        invalid_base64=invalid,
        allow_image_access=root.strings("allow-image-access") if isinstance(allow, list) else None,
    )


def _registry(root: Node, project: Project) -> Registry:
    credentials = []
    for entry in root.children("credentials"):
        credential = Credential(entry, entry.string("repository"), entry.string("vault"), entry.string("secret"))
        credentials.append(credential)
        project.secret_refs.append(SecretRef("credentials", entry, credential.vault, credential.secret,
                                             owner=credential))
    return Registry(root, root.string("address"), root.string("override-address"), credentials)


def _application(root: Node, project: Project) -> Application:
    app = Application(root, root.name(), root.get("version"))
    for snode in root.children("services"):
        service = Service(snode, app, snode.name(), snode.string("mode"))
        for vnode in snode.children("variables"):
            ref = None
            source = vnode.child("value-from-vault-secret")
            if source is not None:
                ref = SecretRef("variable", source, source.string("vault"), source.string("secret"),
                                source.string("key"), source.string("from-tenant"), service)
                project.secret_refs.append(ref)
            variable = Variable(vnode, vnode.name(), vnode.get("value"), ref)
            if ref is not None:
                ref.owner = variable
            service.variables.append(variable)
        for vnode in snode.children("volumes"):
            types = [t for t in ("ephemeral-volume", "persistent-volume", "system-volume", "config-map", "vault-secret")
                     if t in vnode.data]
            ref = None
            vs = vnode.child("vault-secret")
            if vs is not None:
                ref = SecretRef("volume", vs, vs.string("vault"), vs.string("secret"), None,
                                vs.string("from-tenant"), service)
                project.secret_refs.append(ref)
            storage = [n for n in (vnode.child("ephemeral-volume"), vnode.child("persistent-volume")) if n is not None]
            volume = Volume(vnode, vnode.name(), types, ref, _config_map(vnode.child("config-map")), storage)
            if ref is not None:
                ref.owner = volume
            service.volumes.append(volume)
        for key, bucket, init in (("init-containers", service.init_containers, True),
                                  ("containers", service.containers, False)):
            for cnode in snode.children(key):
                mounts = [Mount(m, m.string("volume-name"), [f for f in (x.name() for x in m.children("files")) if f])
                          for m in cnode.children("mounts")]
                bucket.append(Container(cnode, service, cnode.name(), cnode.string("image"), init, mounts,
                                        cnode.string("approle")))
        service.placement = _placement(snode.child("placement"))
        ingress = snode.child("network", "ingress-ip-per-instance")
        if ingress is not None:
            service.ingress = Ingress(ingress, ingress.key("access"), ingress.key("inbound-access"),
                                      ingress.children("protocols"))
        service.vm = snode.child("vm")
        app.services.append(service)
    return app


def _deployment(root: Node) -> Deployment:
    selectors = [n for n in (root.child("placement"), root.child("deploy-to-sites", "canary-sites")) if n is not None]
    return Deployment(root, root.name(), root.string("application"), root.get("application-version"), selectors)


def _config_map(node: Node | None) -> ConfigMap | None:
    if node is None:
        return None
    items = node.children("items")
    located = [name for name in (i.name() for i in items) if name is not None]
    raw = node.raw("items")
    names: list[str] | None
    if raw is None:
        names = []
    elif isinstance(raw, list) and len(located) == len(raw):
        names = [name.value for name in located]
    else:
        names = None
    return ConfigMap(node, located, names)


def _placement(node: Node | None) -> Placement | None:
    if node is None:
        return None
    affinities = []
    for name in ("preferred-affinity", "preferred-anti-affinity"):
        key = node.key(name)
        if key is None:
            continue
        section = node.child(name)
        affinities.append(Affinity(section or node, key, section.strings("services") if section else []))
    return Placement(node, affinities)
