"""The fields of a service in which `${VAR}` is substituted (reference §2.9), and which variables each may use.

The application schema lists the fields (`containers/cmd`, `replicas`, `volumes/config-map/items/data`, …)
and marks the VM's `container-env`, `cloud-init` parts and `container-log-size` as variable expressions too.
Not every system variable is available everywhere: some are set per container or per service instance.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from avassa_lint.model.project import Container, Located, Node, Service
from avassa_lint.text.describe import describe
from avassa_lint.loading.source import YamlPath, share_path
from avassa_lint.model.substitution import SYSTEM_VARIABLES

# Where a field sits decides which system variables it may use:
#   container       cmd, entrypoint, env, probes' exec cmd, container-log-size of a (init) container
#   vm              container-env, cloud-init parts and container-log-size of a VM
#   service         delayed-shutdown.max-number-of-instances, ingress dns-records domains
#   replicas        replicas
#   site-dns-records
#   volume          config-map item data, vault-secret vault and secret
#   secret-source   value-from-vault-secret vault and secret of a variable: system variables only
Scope = Literal["container", "vm", "service", "replicas", "site-dns-records", "volume", "secret-source"]

APPROLE_SECRET_ID = "SYS_APPROLE_SECRET_ID"
# Set per container: "not available in volumes, site-dns-records and replicas" (application schema).
CONTAINER_VARIABLES = frozenset({"SYS_CONTAINER_CPUS", "SYS_CONTAINER_MEMORY", APPROLE_SECRET_ID})
# Set per service instance: "not available in site-dns-records and replicas".
INSTANCE_VARIABLES = frozenset({
    "SYS_APP_NET_IPV4_ADDRESS",
    "SYS_GW_NET_IPV4_ADDRESS",
    "SYS_INGRESS_IPV4_ADDRESS",
    "SYS_SERVICE_INSTANCE_INDEX",
})

_PROBES = ("startup", "readiness", "liveness")
_CLOUD_INIT = ("user-data", "meta-data", "vendor-data", "network-config")


@dataclass(frozen=True, slots=True)
class SubstitutedField:
    """One string in which `${VAR}` is substituted."""

    value: Located[str]
    node: Node  # the object that holds the field
    key: str  # the field's key in that object
    index: int | None  # the position in a list field (cmd, entrypoint), else None
    scope: Scope
    service: Service
    container: Container | None = None

    @property
    def ypath(self) -> YamlPath:
        path = self.node.ypath + (self.key,)
        return path if self.index is None else path + (self.index,)

    @property
    def yaml_path(self) -> str:
        return "/".join(str(part) for part in self.ypath)

    @property
    def where(self) -> str:
        """The field as messages name it: '"env.URL" of container "api" in service "web"'."""
        path = self.node.ypath + (self.key,)
        service_path = self.service.node.ypath
        if "dns-records" in path or "site-dns-records" in path:
            # DNS records have no names of their own: use the schema's path from the service,
            # "site-dns-records.domains.cname.name" (the line and column say which record).
            dotted = ".".join(str(p) for p in path[len(service_path):] if isinstance(p, str))
            return f'"{dotted}" of {describe(self.node.document.data, service_path, self.node.kind)}'
        return describe(self.node.document.data, path, self.node.kind)

    @property
    def takes_service_variables(self) -> bool:
        return self.scope != "secret-source"

    def system_variables(self) -> frozenset[str]:
        """The system variables this field may use."""
        names = SYSTEM_VARIABLES
        if self.scope not in ("container", "vm"):
            names = names - CONTAINER_VARIABLES
        elif self.container is None or not _sets_approle(self.container):
            names = names - {APPROLE_SECRET_ID}
        if self.scope in ("replicas", "site-dns-records"):
            names = names - INSTANCE_VARIABLES
        return names

    def unavailable_reason(self, name: str) -> str | None:
        """Why a system variable cannot be used in this field, or None when it can (or is unknown)."""
        if name not in SYSTEM_VARIABLES or name in self.system_variables():
            return None
        if name == APPROLE_SECRET_ID and self.scope == "container":
            return 'only available in a container that sets "approle"'
        if name in CONTAINER_VARIABLES:
            return "set per container, so only available in container fields (cmd, entrypoint, env, probes)"
        return 'set per service instance, so not available in "replicas" and "site-dns-records"'


def _sets_approle(container: Container) -> bool:
    approle = container.node.get("approle")
    return approle is not None and isinstance(approle.value, str) and approle.value != ""


def substituted_fields(service: Service) -> Iterator[SubstitutedField]:
    """Every string of ``service`` in which variables are substituted, in document order
    (computed once per service and run: three rules read it)."""
    found = service.memo.get("substituted-fields")
    if found is None:
        found = service.memo["substituted-fields"] = list(_substituted_fields(service))
    return iter(found)


def _substituted_fields(service: Service) -> Iterator[SubstitutedField]:
    snode = service.node
    yield from _field(service, snode, "replicas", "replicas")
    for vnode in snode.children("variables"):
        source = vnode.child("value-from-vault-secret")
        if source is not None:
            for key in ("vault", "secret"):
                yield from _field(service, source, key, "secret-source")
    for volume in snode.children("volumes"):
        config_map = volume.child("config-map")
        if config_map is not None:
            for item in config_map.children("items"):
                yield from _field(service, item, "data", "volume")
        vault_secret = volume.child("vault-secret")
        if vault_secret is not None:
            for key in ("vault", "secret"):
                yield from _field(service, vault_secret, key, "volume")
    for container in service.all_containers:
        cnode = container.node
        for key in ("cmd", "entrypoint"):
            yield from _list(service, cnode, key, "container", container)
        yield from _map(service, cnode.child("env"), "container", container)
        yield from _field(service, cnode, "container-log-size", "container", container)
        for probe in _PROBES:
            exec_node = cnode.child("probes", probe, "exec")
            if exec_node is not None:
                yield from _list(service, exec_node, "cmd", "container", container)
    vm = snode.child("vm")
    if vm is not None:
        yield from _map(service, vm.child("container-env"), "vm")
        cloud_init = vm.child("cloud-init")
        if cloud_init is not None:
            for key in _CLOUD_INIT:
                yield from _field(service, cloud_init, key, "vm")
        yield from _field(service, vm, "container-log-size", "vm")
    delayed = snode.child("delayed-shutdown")
    if delayed is not None:
        yield from _field(service, delayed, "max-number-of-instances", "service")
    dns = snode.child("network", "ingress-ip-per-instance", "dns-records")
    if dns is not None:
        for domain in dns.children("domains"):
            yield from _field(service, domain, "domain", "service")
    site_dns = snode.child("site-dns-records")
    if site_dns is not None:
        for domain in site_dns.children("domains"):
            yield from _field(service, domain, "domain", "site-dns-records")
            for entry, keys in (("cname", ("name", "cname")), ("srv", ("target",)),
                                ("naptr", ("name", "regexp", "replacement"))):
                for record in domain.children(entry):
                    for key in keys:
                        yield from _field(service, record, key, "site-dns-records")


def _field(service: Service, node: Node | None, key: str, scope: Scope,
           container: Container | None = None) -> Iterator[SubstitutedField]:
    if node is None:
        return
    found = node.string(key)
    if found is not None:
        yield SubstitutedField(found, node, key, None, scope, service, container)


def _list(service: Service, node: Node, key: str, scope: Scope,
          container: Container | None = None) -> Iterator[SubstitutedField]:
    items = node.raw(key)
    if not isinstance(items, list):
        return
    spans = node.document.spans
    for index, item in enumerate(items):
        if isinstance(item, str):
            yield SubstitutedField(Located.at(item, spans, share_path(node.ypath + (key, index)), node), node, key,
                                   index, scope, service, container)


def _map(service: Service, node: Node | None, scope: Scope,
         container: Container | None = None) -> Iterator[SubstitutedField]:
    """The string values of a map such as `env` (each value is a field named by its key)."""
    if node is None:
        return
    for key in node.data:
        if isinstance(key, str):
            yield from _field(service, node, key, scope, container)
