"""The references a rule could not check, with the reason: what LNT005 reports."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from avassa_lint.loading.classify import APPLICATION, REGISTRY
from avassa_lint.core.diagnostic import Span
from avassa_lint.model.image_ref import looks_like_host
from avassa_lint.model.project import Located, Project
from avassa_lint.views.secret_lookup import (
    FROM_TENANT,
    NO_ACME_SERVICES,
    NO_APPLICATIONS,
    NO_APPROLES,
    NO_JWT_METHODS,
    NO_POLICIES,
    NO_REGISTRIES,
    NO_VAULTS,
    UNCHECKED,
    UNREADABLE,
    VARIABLE,
    Reason,
    lookups,
)


@dataclass(frozen=True)
class Unchecked:
    reason: Reason
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
    hosts_unreadable = project.unreadable_could_be(REGISTRY)
    if not project.has_registries or hosts_unreadable:
        declared = set(project.registries) | set(project.external.registries)
        for container in project.containers():
            image = container.image
            if image is None:
                continue
            first, _, rest = image.value.partition("/")
            if not rest or not looks_like_host(first):
                continue
            if not project.has_registries:
                found.append(Unchecked(NO_REGISTRIES, image.span))
            elif first not in declared:
                found.append(Unchecked(UNREADABLE, image.span))
    apps_unreadable = project.unreadable_could_be(APPLICATION)
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
