"""What runs in a service instance: its containers, init containers, or VM, seen alike.

Containers and the VM launcher share resource, log and mount fields (reference §2.5, §2.8), so
rules about those fields walk ``workloads()`` instead of special-casing the VM.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from avassa_lint.model.project import Application, Container, Located, Mount, Node, Project, Service
from avassa_lint.text.describe import describe
from avassa_lint.text.quoting import clean


@dataclass(frozen=True)
class Workload:
    """A container, an init container or the VM of a service."""

    service: Service
    node: Node
    noun: str  # "container", "init container" or "VM"
    name: Located[str] | None
    mounts: tuple[Mount, ...]

    @property
    def where(self) -> str:
        """'container "nginx" in service "web"'"""
        label = f'{self.noun} "{clean(self.name.value, 60)}"' if self.name is not None else self.noun
        return f"{label} in {describe_service(self.service)}"


def describe_service(service: Service) -> str:
    """'service "web"', or 'service #2' when it has no usable name."""
    return describe(service.node.document.data, service.node.ypath, service.node.kind)


def describe_application(app: Application) -> str:
    """'application "shop"', or 'application' when it has no usable name."""
    node = app.node
    return describe(node.document.data, node.ypath, node.kind)


def _mounts(node: Node) -> tuple[Mount, ...]:
    return tuple(Mount(m, m.string("volume-name"), [f for f in (x.name() for x in m.children("files")) if f])
                 for m in node.children("mounts"))


def service_workloads(service: Service) -> Iterator[Workload]:
    container: Container
    for container in service.all_containers:
        noun = "init container" if container.init else "container"
        yield Workload(service, container.node, noun, container.name, tuple(container.mounts))
    vm = service.vm
    if vm is not None:
        yield Workload(service, vm, "VM", vm.name(), _mounts(vm))


def workloads(project: Project) -> Iterator[Workload]:
    """Every container, init container and VM of every application."""
    for service in project.services():
        yield from service_workloads(service)
