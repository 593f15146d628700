"""Hints for a vault or secret that a reference names but the project does not declare: a close
name, a swapped vault and secret, the vault that does hold the secret; and the unsafe fix that
renames a written reference to the one close declared name (any did-you-mean over declared names:
vaults, secrets, keys, volumes, variables, applications, registry hosts)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from avassa_lint.core.diagnostic import Edit, Fix, Related, Span
from avassa_lint.loading.source import resolve_plain
from avassa_lint.model.project import Located, Project
from avassa_lint.model.registry_address import reads_as_plain_string
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import did_you_mean, one_edit, phrase, suggest
from avassa_lint.views.secret_lookup import secret_label

# A name the fix may write into any scalar style: no quote, backslash, space, "#" or flow indicator.
_LARGE_POOL = 500  # text.suggest.Suggester's: above it, close means a case difference or one edit
_WRITABLE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:/@+-]*\Z")


def rename_fix(located: Located[Any], candidate: str, offset: int = 0, length: int | None = None) -> Fix | None:
    """The unsafe fix that replaces the written name ``located.value[offset:offset + length]`` (the
    whole value by default) with ``candidate``; None when that text is not exactly where the
    loader's span says (a value over several lines, quoted with escapes, with a tag or an anchor)
    or when ``candidate`` written there would not read back as the intended string."""
    text = located.value
    if not isinstance(text, str) or not isinstance(candidate, str) or candidate == "":
        return None
    length = len(text) - offset if length is None else length
    if offset < 0 or length < 1 or offset + length > len(text):
        return None
    if not located.written_exactly:
        return None  # Located.part could not map the part: it would edit the whole value
    if not _WRITABLE_NAME.match(candidate) or candidate.endswith(":"):
        return None
    new = text[:offset] + candidate + text[offset + length:]
    if located.plain:  # the new text must still read as this string
        if new[:1] == text[:1] and not new[:1].isalnum():
            if resolve_plain(new) != new:
                return None
        elif not reads_as_plain_string(new):
            return None
    return Fix(f'rename to "{candidate}"', (Edit(located.part(offset, length), candidate),), safe=False)


def only_close(word: str, candidates: Iterable[str], close: str) -> bool:
    """Whether ``close`` is the one name of ``candidates`` close to ``word``: without it, no other
    name is close either (a rename is offered only then)."""
    others = [c for c in set(candidates) if isinstance(c, str) and c != close]
    if len(others) > _LARGE_POOL:
        # suggest() on a pool this large only finds a case difference or one edit: look for those
        # directly rather than index thousands of names again for each finding
        lowered, letters = word.lower(), set(word)
        return not any(abs(len(c) - len(word)) <= 1
                       and (c.lower() == lowered or (len(letters ^ set(c)) <= 2 and one_edit(word, c)))
                       for c in others)
    return suggest(word, others) is None


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


def vault_candidate(project: Project, vault: str, secret: str | None) -> str | None:
    """The vault that the did-you-mean of ``missing_vault_help`` offers, when it is the one close
    declared vault; None otherwise (and for the swapped vault and secret: two edits, not a rename)."""
    if secret is not None and project.find_secret(secret, vault):
        return None
    names = vault_names(project)
    close = suggest(vault, names)
    return close if close is not None and only_close(vault, names, close) else None


def secret_candidate(project: Project, vault: str, secret: str) -> str | None:
    """The secret of ``vault`` that the did-you-mean of ``missing_secret_help`` offers, when it is
    the one close secret of the vault; None otherwise (and for the swapped vault and secret)."""
    if project.find_secret(secret, vault):
        return None
    names = secret_names(project, vault)
    close = suggest(secret, names)
    return close if close is not None and only_close(secret, names, close) else None
