"""Where a Strongbox object's `distribute` sends it, against where a deployment places an
application: the views shared by the distribution rules (SEC018, SEC019)."""
from __future__ import annotations

from dataclasses import dataclass

from avassa_lint.core.diagnostic import Span
from avassa_lint.model.label_expr import LabelExpr, matches, parse_label_expression
from avassa_lint.model.project import Deployment, Distribution, Located, Project


def deployments_by_application(project: Project) -> dict[str, list[Deployment]]:
    found: dict[str, list[Deployment]] = {}
    for deployment in project.deployments:
        if deployment.application is not None:
            found.setdefault(deployment.application.value, []).append(deployment)
    return found


def placement_expression(deployment: Deployment) -> LabelExpr | None:
    placement = deployment.node.child("placement")
    text = placement.string("match-site-labels") if placement is not None else None
    if text is None:
        return None
    parsed = parse_label_expression(text.value)
    return parsed if isinstance(parsed, LabelExpr) else None


def placement_span(deployment: Deployment) -> Span | None:
    placement = deployment.node.child("placement")
    found = placement.get("match-site-labels") if placement is not None else None
    return found.span if found is not None else None


def named_sites(deployment: Deployment) -> set[str] | None:
    """The sites a placement names, when it is `system/name = A or system/name = B ...` only."""
    expr = placement_expression(deployment)
    if expr is None:
        return None
    if expr.op == "equals" and expr.label == "system/name" and expr.value:
        return {expr.value}
    if expr.op == "or":
        names: set[str] = set()
        for operand in expr.operands:
            if operand.op != "equals" or operand.label != "system/name" or not operand.value:
                return None
            names.add(operand.value)
        return names
    return None


def reached_sites(project: Project, deployment: Deployment) -> set[str] | None:
    """The sites a deployment certainly places its application on, or None when that is not known:
    the sites a placement names by system/name, or else the sites the project declares whose
    labels the placement matches (every declared site for all-sites)."""
    named = named_sites(deployment)
    if named is not None:
        return named
    if not project.sites:
        return None
    placement = deployment.node.child("placement")
    if placement is not None and placement.raw("all-sites") is not None:
        return set(project.sites)
    expr = placement_expression(deployment)
    if expr is None:
        return None
    return {name for name, found in project.sites.items() if any(matches(expr, s.labels) for s in found)}


def sites_of_deployments(project: Project, names: list[str]) -> set[str] | None:
    """The sites the named deployments certainly reach, together; None when one of them is not
    declared or its sites are not known."""
    by_name = {d.name.value: d for d in project.deployments if d.name is not None}
    found: set[str] = set()
    for name in names:
        deployment = by_name.get(name)
        sites = reached_sites(project, deployment) if deployment is not None else None
        if sites is None:
            return None
        found |= sites
    return found


def may_reach_edge(deployment: Deployment) -> bool:
    """False only for a placement that plainly keeps to the Control Tower (system/type = top)."""
    expr = placement_expression(deployment)
    if expr is None:
        return True
    return not (expr.op == "equals" and expr.label == "system/type" and expr.value == "top")


@dataclass(frozen=True)
class Gap:
    """How a vault's or approle's distribution misses where a deployment places an application."""

    by: str  # "deployments": the deployment is not listed; "sites": sites are left out
    listed: list[Located[str]]  # what distribute lists (deployments or sites)
    missing: list[str]  # the placement's sites it does not reach, sorted ([] when not known)

    @property
    def certain(self) -> bool:
        """The sites it misses are known (else the listed deployments may run there too)."""
        return bool(self.missing)


def distribution_gap(project: Project, distribute: Distribution, deployment: Deployment, name: str) -> Gap | None:
    """Where ``distribute`` leaves out deployment ``name``, or None when it reaches it (or when
    that cannot be told: a ${...} in the lists, a placement whose sites are not known)."""
    if distribute.deployments is not None:
        listed = distribute.deployments
        if any("${" in d.value for d in listed) or name in {d.value for d in listed}:
            return None
        ours = reached_sites(project, deployment)
        theirs = sites_of_deployments(project, [d.value for d in listed])
        if ours is not None and theirs is not None:
            missing = sorted(ours - theirs)
            return Gap("deployments", listed, missing) if missing else None  # listed ones run there too
        return Gap("deployments", listed, [])
    if distribute.sites is not None:
        placed = reached_sites(project, deployment)
        if placed is None or any("${" in s.value for s in distribute.sites):
            return None
        missing = sorted(placed - {s.value for s in distribute.sites})
        return Gap("sites", distribute.sites, missing) if missing else None
    return None
