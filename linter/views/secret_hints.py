"""Hints for a vault or secret that a reference names but the project does not declare: a close
name, a swapped vault and secret, the vault that does hold the secret."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from avassa_lint.core.diagnostic import Related, Span
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import did_you_mean, phrase, suggest
from avassa_lint.views.secret_lookup import secret_label


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
    close = suggest(vault, vault_names(project))
    hint = phrase(close)
    related: tuple[Related, ...] = ()
    if close is not None:
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
