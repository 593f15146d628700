"""Document -> Kind. Avassa payloads carry no ``kind:`` field, so the kind is inferred.

Evidence, strongest first: the supctl command a heredoc was fed to, a header comment
(``# avassa-lint: kind=secret vault=NAME``) or a yaml-language-server ``$schema`` modeline,
a path glob mapped in the configuration, the path convention that mirrors the API
(``/v1/config/...``), and last the document's content, with the file's name as a tie-breaker.
Content that looks like another tool's file outweighs the path convention (not the stronger
evidence): a Kubernetes manifest in ``tenants/`` is left alone.

Every kind is one entry of ``KIND_SPECS``: its names in headers and configuration, the folders
of its path convention, the words its file names carry and its content signature. Adding a kind
is adding one entry (and its schema).

How the content decides (``classify_content``):

1. Foreign YAML first: a document shaped like a file of another tool (Docker Compose,
   Kubernetes, GitHub Actions, GitLab CI, Ansible, ...; see ``foreign``) is no Avassa object.
2. Each kind is scored over the document's top-level keys against its schema's top-level
   properties (read once from the bundled schemas, on first use):

   - a key of the kind's signature: 3; a key only this kind has: 1.5; a key several kinds
     share: 1 / (the number of kinds that have it), so ``name`` weighs almost nothing;
   - a near miss (the same word but for case or ``_`` for ``-``, or within 2 edits for names
     of 6 characters or more, 1 edit for 4 or 5) of a key that no kind has as written: 3/4 of
     the weight of the key it is close to;
   - a key the kind's schema names only deeper down (``match-site-labels`` dedented out of
     ``placement``): 0; a key of another kind's signature: -1 (an approle's ``token-policies``
     next to ``distribute`` says it is no vault); any other key: -0.5.

3. The best kind wins when it scores at least 2.25 (one signature key, even misspelt) and
   leads the next by 1 or more. Its schema then reports the near misses (unknown key, with
   did-you-mean) and the missing keys.
4. Otherwise a file name that carries a kind's word (``*deploy*``, ``*app*``, ``*vault*``,
   ``*secret*``, ``*registry*``, ``*settings*``) settles it for that kind if the content has
   any of its keys (a vault with only a ``name`` in ``edge-vault.yaml``).
5. Otherwise a document with evidence for a kind is ambiguous (SCH009: two kinds alike, or
   one weakly), and a document with none is unknown (SCH001).
"""
from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

APPLICATION = "application"
DEPLOYMENT = "application-deployment"
VAULT = "vault"
SECRET = "secret"
SETTINGS = "image-registry-settings"
REGISTRY = "remote-registry"
POLICY = "policy"
APPROLE = "approle"
JWT_AUTH = "jwt-auth"
JWT_ROLE = "jwt-role"
ACME_SERVICE = "acme-service"
STATIC_REQUEST = "acme-static-request"
SITE = "site"
TENANT = "tenant"
RESOURCE_PROFILE = "resource-profile"


@dataclass(frozen=True)
class KindSpec:
    """Everything the classifier knows about one kind, as data."""

    name: str
    # names a header comment or a ``kinds`` entry of the configuration may use
    aliases: tuple[str, ...] = ()
    # the path convention: the last folders of the path ("*" is any one folder)
    folders: tuple[str, ...] = ()
    stem: str | None = None  # the file name without .yaml/.yml the convention demands, if any
    # the index in ``folders`` of the parent object's name: a secret's vault, a JWT role's method, a
    # static request's ACME service (kept in the ``vault`` fields of hints and classifications)
    parent_at: int | None = None
    # words of a file name outside the convention (weak evidence): words of 5 or more letters
    # match anywhere in the name, shorter ones only as a whole word ("my-app", not "mapping")
    file_words: tuple[str, ...] = ()
    # content: top-level keys that on their own say the kind (weight 3 in the score)
    signature: frozenset[str] = frozenset()
    has_parent: bool = False  # a secret belongs to a vault, a JWT role to a method, a static request to a service

    @property
    def schema_file(self) -> str:
        return f"{self.name}.schema.json"


KIND_SPECS: tuple[KindSpec, ...] = (
    KindSpec(APPLICATION, aliases=("applications", "app"), folders=("applications",),
             file_words=("application", "app", "apps"), signature=frozenset({"services"})),
    KindSpec(DEPLOYMENT, aliases=("application-deployments", "deployment"), folders=("application-deployments",),
             file_words=("deploy",), signature=frozenset({"application", "placement", "deploy-to-sites"})),
    KindSpec(VAULT, aliases=("vaults",), folders=("vaults",), file_words=("vault",),
             signature=frozenset({"distribute"})),
    KindSpec(SECRET, aliases=("secrets",), folders=("vaults", "*", "secrets"), parent_at=1,
             file_words=("secret",), signature=frozenset({"data", "base64-data", "allow-image-access"}),
             has_parent=True),
    KindSpec(SETTINGS, aliases=("settings",), folders=("image-registry",), stem="settings",
             file_words=("settings",), signature=frozenset({"default-remote-registry"})),
    KindSpec(REGISTRY, aliases=("remote-registries", "registry"), folders=("remote-registries",),
             file_words=("registry", "registries"), signature=frozenset({"address"})),
    # policy/policies/NAME.yaml mirrors /v1/config/policy/policies. A plain policies/ folder is not
    # the convention: Kyverno, OPA and Gatekeeper keep their own policies there (the content decides)
    KindSpec(POLICY, aliases=("policies",), folders=("policy", "policies"), file_words=("policy", "policies"),
             signature=frozenset({"rest-api", "volga", "capabilities"})),
    # the token-* keys are shared with JWT roles, which always carry bound-* or user-claim keys
    KindSpec(APPROLE, aliases=("approles",), folders=("approles",), file_words=("approle", "approles"),
             signature=frozenset({"fixed-role-id", "bind-secret-id", "weak-secret-id", "secret-id-ttl",
                                  "secret-id-num-uses", "secret-id-bound-cidrs", "token-policies"})),
    KindSpec(JWT_AUTH, aliases=("jwt",), folders=("authentication", "jwt"),
             signature=frozenset({"discovery-url", "jwks-ca-cert", "jwks-use-root-ca-certs", "jwks-tls-verify",
                                  "allowed-algorithms"})),
    KindSpec(JWT_ROLE, aliases=("jwt-roles",), folders=("jwt", "*", "roles"), parent_at=1,
             signature=frozenset({"bound-audiences", "bound-claims", "user-claim"}), has_parent=True),
    KindSpec(ACME_SERVICE, aliases=("acme-services", "acme"), folders=("acme-services",), file_words=("acme",),
             signature=frozenset({"directory-url", "contact-email", "callback-domains"})),
    KindSpec(STATIC_REQUEST, aliases=("static-requests", "static-request"), folders=("acme-services", "*", "static-requests"),
             parent_at=1, signature=frozenset({"names"}), has_parent=True),
    # system/sites/NAME.yaml mirrors /v1/config/system/sites (supctl ... system sites)
    KindSpec(SITE, aliases=("sites",), folders=("system", "sites"), file_words=("site", "sites"),
             signature=frozenset({"quarantined", "allow-local-unseal", "application-upgrades-blocked"})),
    KindSpec(TENANT, aliases=("tenants",), folders=("tenants",), file_words=("tenant", "tenants"),
             signature=frozenset({"resource-profile"})),
    KindSpec(RESOURCE_PROFILE, aliases=("resource-profiles", "profile"), folders=("tenants", "*", "resource-profiles"),
             signature=frozenset({"container-storage", "device-labels", "gpu-labels", "system-volumes",
                                  "ingress-ipv4-ranges"})),
)

SPECS: dict[str, KindSpec] = {spec.name: spec for spec in KIND_SPECS}
KINDS: tuple[str, ...] = tuple(spec.name for spec in KIND_SPECS)
KIND_ALIASES: dict[str, str] = {alias: spec.name for spec in KIND_SPECS for alias in (spec.name, *spec.aliases)}

# the most specific convention first (vaults/*/secrets before vaults)
_BY_PATH = sorted((s for s in KIND_SPECS if s.folders), key=lambda s: -(len(s.folders) + (s.stem is not None)))

# the score (see the module's docstring)
SIGNATURE_WEIGHT = 3.0
OWN_WEIGHT = 1.5
NEAR_FACTOR = 0.75
UNKNOWN_PENALTY = 0.5
FOREIGN_SIGNATURE_PENALTY = 1.0
STRONG = 2.25
MARGIN = 1.0
_MAX_KEYS = 200  # top-level keys looked at (a giant mapping is judged by its first ones)


class Evidence(StrEnum):
    """Where a document's kind came from (``--show-kinds`` prints it)."""

    COMMAND = "command"  # the supctl command a heredoc is fed to
    HEADER = "header"  # a "# avassa-lint: kind=..." comment
    MODELINE = "modeline"  # a yaml-language-server $schema comment
    CONFIG = "config"  # the configuration's kinds mapping
    PATH = "path"  # the path convention
    FILE_NAME = "file-name"  # the content, decided between close kinds by the file's name
    CONTENT = "content"
    CONTENT_NEAR_MISS = "content-near-miss"  # the content, with keys one typo away
    FOREIGN = "foreign"  # another tool's file (docker-compose, Kubernetes, ...)
    AMBIGUOUS = "ambiguous"  # close to several kinds, or not clearly one
    NONE = "none"


@dataclass(frozen=True)
class Classification:
    kind: str | None
    source: Evidence
    vault: str | None = None  # the vault of a secret, when known
    vault_source: Evidence | None = None
    conflict: str | None = None  # a description of contradicting evidence
    foreign: str | None = None  # what the document looks like when it is another tool's file
    candidates: tuple[str, ...] = ()  # the close kinds of an ambiguous document (SCH009)
    near: tuple[str, ...] = ()  # keys that are near misses of the kind's keys

    @property
    def shown_source(self) -> str:
        return f"foreign:{self.foreign}" if self.source == Evidence.FOREIGN and self.foreign else self.source


@dataclass(frozen=True)
class Hint:
    """Kind evidence that comes from outside the document (header, heredoc command, config)."""

    kind: str | None
    source: Evidence
    vault: str | None = None


_HEADER = re.compile(r"^#\s*avassa-lint:\s*(?P<body>.*)$")
_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=\S*?(?P<kind>[a-z-]+)\.schema\.json\s*$")


def header_hint(text: str) -> Hint | None:
    """Kind evidence in the comment lines at the top of a file."""
    for raw in text.splitlines()[:40]:
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            fields = dict(
                part.split("=", 1) for part in match.group("body").split() if "=" in part
            )
            kind = KIND_ALIASES.get(fields.get("kind", "").strip().lower())
            # vault= names a secret's vault; parent= any kind's parent (a JWT role's method, ...)
            parent = fields.get("vault") or fields.get("parent")
            if kind or parent:
                return Hint(kind, Evidence.HEADER, parent or None)
        match = _MODELINE.match(line)
        if match and match.group("kind") in SPECS:
            return Hint(match.group("kind"), Evidence.MODELINE)
    return None


def _split(path: str) -> list[str]:
    return [p for p in re.split(r"[\\/]+", path) if p not in ("", ".")]


def _stem(name: str) -> str:
    return re.sub(r"\.ya?ml$", "", name)


def path_hint(path: str) -> Hint | None:
    """The path convention, matched on the last folders of the path."""
    parts = _split(path)
    if not parts:
        return None
    stem = _stem(parts[-1])
    folders = parts[:-1]
    for spec in _BY_PATH:
        want = spec.folders
        if len(folders) < len(want) or (spec.stem is not None and stem != spec.stem):
            continue
        tail = folders[len(folders) - len(want):]
        if all(w == "*" or w == f for w, f in zip(want, tail)):
            return Hint(spec.name, Evidence.PATH, tail[spec.parent_at] if spec.parent_at is not None else None)
    return None


def config_hint(path: str, kind_map: Mapping[str, Mapping[str, str]]) -> Hint | None:
    """Path globs the configuration maps to a kind (and a vault for secrets)."""
    for pattern, target in kind_map.items():
        if fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(path, "*/" + pattern):
            kind = KIND_ALIASES.get(str(target.get("kind", "")).lower())
            if kind:
                return Hint(kind, Evidence.CONFIG, target.get("vault"))
    return None


def file_name_kind(path: str) -> str | None:
    """The kind a file name's words suggest (weak evidence); of several, the last in the name
    (``registry-settings.yaml`` is settings, ``app-secrets.yaml`` a secret)."""
    parts = _split(path)
    if not parts:
        return None
    stem = _stem(parts[-1]).lower()
    words = re.split(r"[^a-z0-9]+", stem)
    best: tuple[int, str] | None = None
    for spec in KIND_SPECS:
        for word in spec.file_words:
            if len(word) >= 5:
                at = stem.rfind(word)
            else:
                at = -1
                pos = 0
                for w in words:
                    found = stem.find(w, pos)
                    pos = found + len(w)
                    if w == word:
                        at = found
            if at >= 0 and (best is None or at > best[0]):
                best = (at, spec.name)
    return best[1] if best else None


# --------------------------------------------------------------------------- the score


@dataclass(frozen=True)
class _Table:
    weights: dict[str, dict[str, float]]  # kind -> top-level key -> weight
    deeper: dict[str, frozenset[str]]  # kind -> keys its schema names below the top level
    every: frozenset[str]  # every top-level key of every kind
    by_length: dict[int, tuple[tuple[str, str], ...]]  # len -> (normalised key, key)


_TABLE: _Table | None = None


def _schema_shapes() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """kind -> (top-level properties, property names deeper down), from the bundled schemas."""
    import json

    try:
        from avassa_lint.core.schema_files import schema_texts

        texts = schema_texts()
    except Exception:  # noqa: BLE001 - without the package data, the signatures alone
        texts = {}
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for spec in KIND_SPECS:
        top: set[str] = set(spec.signature)
        deeper: set[str] = set()
        try:
            schema = json.loads(texts[spec.schema_file])
        except (KeyError, ValueError):
            schema = {}
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict):
            top.update(k for k in props if isinstance(k, str))
            _collect(list(props.values()) + [schema.get("$defs")], deeper)
        out[spec.name] = (frozenset(top), frozenset(deeper - top))
    return out


def _collect(nodes: list[Any], into: set[str]) -> None:
    """Every name under a "properties" anywhere in these schema nodes (no recursion limit trouble:
    an explicit stack)."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                into.update(k for k in props if isinstance(k, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        shapes = _schema_shapes()
        holders: dict[str, int] = {}
        for top, _ in shapes.values():
            for key in top:
                holders[key] = holders.get(key, 0) + 1
        weights: dict[str, dict[str, float]] = {}
        for spec in KIND_SPECS:
            top = shapes[spec.name][0]
            weights[spec.name] = {
                key: SIGNATURE_WEIGHT if key in spec.signature
                else OWN_WEIGHT if holders[key] == 1 else 1.0 / holders[key]
                for key in top
            }
        every = frozenset(holders)
        by_length: dict[int, list[tuple[str, str]]] = {}
        for key in every:
            by_length.setdefault(len(key), []).append((_normal(key), key))
        _TABLE = _Table(weights, {k: v[1] for k, v in shapes.items()}, every,
                        {n: tuple(sorted(v)) for n, v in by_length.items()})
    return _TABLE


_SIGNATURES: frozenset[str] = frozenset(k for spec in KIND_SPECS for k in spec.signature)


def _normal(key: str) -> str:
    return key.lower().replace("_", "-")


def _allowed_edits(n: int) -> int:
    return 2 if n >= 6 else 1 if n >= 4 else 0


def _within(a: str, b: str, limit: int) -> bool:
    """Optimal-string-alignment distance (edits and swaps) of a and b is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


def near_keys(key: str) -> tuple[str, ...]:
    """The kinds' top-level keys that ``key`` (a key no kind has as written) is a near miss of."""
    if not isinstance(key, str) or len(key) > 64:
        return ()
    table = _table()
    norm = _normal(key)
    limit = _allowed_edits(len(norm))
    out = []
    for n in range(len(norm) - limit, len(norm) + limit + 1):
        for cand_norm, cand in table.by_length.get(n, ()):
            if cand_norm == norm or (limit and _allowed_edits(len(cand_norm)) and
                                     _within(norm, cand_norm, min(limit, _allowed_edits(len(cand_norm))))):
                out.append(cand)
    return tuple(out)


def scores(data: Mapping[Any, Any]) -> dict[str, tuple[float, bool, tuple[str, ...]]]:
    """kind -> (score, has evidence (a key of weight 1 or more, or its near miss), near-miss keys)."""
    table = _table()
    keys = [k for k in list(data)[:_MAX_KEYS] if isinstance(k, str)]
    near = {k: near_keys(k) for k in keys if k not in table.every}
    out: dict[str, tuple[float, bool, tuple[str, ...]]] = {}
    for spec in KIND_SPECS:
        weights = table.weights[spec.name]
        deeper = table.deeper[spec.name]
        total = 0.0
        evidence = False
        missed: list[str] = []
        for key in keys:
            w = weights.get(key)
            if w is not None:
                total += w
                evidence = evidence or w >= 1.0
                continue
            close = [weights[c] for c in near.get(key, ()) if c in weights]
            if close:
                w = max(close)
                total += NEAR_FACTOR * w
                evidence = evidence or w >= 1.0
                missed.append(key)
            elif key in deeper:
                continue
            elif key in _SIGNATURES:
                total -= FOREIGN_SIGNATURE_PENALTY
            else:
                total -= UNKNOWN_PENALTY
        out[spec.name] = (total, evidence, tuple(missed))
    return out


def classify_content(data: Any, path: str | None = None) -> Classification:
    """The kind the content shows (the file's name breaking ties), or why there is none."""
    if path is not None or data is not None:
        from avassa_lint.loading.foreign import looks_like

        what = looks_like(data, path)
        if what is not None:
            return Classification(None, Evidence.FOREIGN, foreign=what)
    if not isinstance(data, dict) or not data:
        return Classification(None, Evidence.NONE)
    scored = scores(data)
    ranked = sorted(((s, k) for k, (s, e, _) in scored.items() if e), key=lambda t: -t[0])
    by_name = file_name_kind(path) if path else None
    if ranked:
        best, kind = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= STRONG and best - second >= MARGIN:
            near = scored[kind][2]
            return Classification(kind, Evidence.CONTENT_NEAR_MISS if near else Evidence.CONTENT, near=near)
        close = tuple(k for s, k in ranked[:2] if best - s < MARGIN) or (kind,)
        if by_name is not None and (by_name in close or (best < STRONG and by_name in dict((k, s) for s, k in ranked))):
            return Classification(by_name, Evidence.FILE_NAME, near=scored[by_name][2])
        if best < STRONG and len(close) == 1 and len(ranked) > 1:
            close = (kind, ranked[1][1])
        return Classification(None, Evidence.AMBIGUOUS, candidates=close)
    if by_name is not None:
        weights = _table().weights[by_name]
        if all(k in weights for k in data):
            return Classification(by_name, Evidence.FILE_NAME)
    return Classification(None, Evidence.NONE)


def content_kind(data: Any) -> str | None:
    """The kind the content alone shows clearly, or None."""
    return classify_content(data).kind


_EXPLICIT = (Evidence.COMMAND, Evidence.HEADER, Evidence.MODELINE)


def classify(data: Any, hints: list[Hint], path: str | None = None) -> Classification:
    """Pick the strongest evidence; note when the content disagrees with it."""
    vault = None
    vault_source = None
    for hint in hints:
        if hint.vault and vault is None:
            vault, vault_source = hint.vault, hint.source
    for hint in hints:
        if hint.kind is None:
            continue
        conflict = None
        by_content = classify_content(data, path if hint.source not in _EXPLICIT else None)
        if by_content.source == Evidence.FOREIGN and hint.source == Evidence.PATH:
            # a folder name is weak evidence against another tool's file: a Kubernetes manifest in
            # tenants/ or a Compose file in applications/ is left alone, not checked as Avassa
            return by_content
        if by_content.source == Evidence.FOREIGN:
            conflict = (f"the {_SOURCE_WORDS[hint.source]} says {hint.kind} but the content looks like "
                        f"{by_content.foreign}")
        elif (by_content.source in (Evidence.CONTENT, Evidence.CONTENT_NEAR_MISS) and by_content.kind != hint.kind
              and not _fits(data, hint.kind)):
            conflict = (f"the {_SOURCE_WORDS[hint.source]} says {hint.kind} but the content looks like "
                        f"{_article(by_content.kind)}")  # type: ignore[arg-type]
        return Classification(hint.kind, hint.source, *_parent(hint.kind, vault, vault_source), conflict,
                              foreign=by_content.foreign)
    found = classify_content(data, path)
    if found.kind is not None:
        return Classification(found.kind, found.source, *_parent(found.kind, vault, vault_source), near=found.near)
    return found


def _fits(data: Any, kind: str) -> bool:
    """Every top-level key is one of the kind's own: the content agrees with the kind even when it
    looks more like another (an approle with only name and distribute looks like a vault)."""
    weights = _table().weights.get(kind, {})
    return isinstance(data, dict) and bool(data) and all(k in weights for k in data)


def _parent(kind: str, vault: str | None, vault_source: str | None) -> tuple[str | None, str | None]:
    spec = SPECS.get(kind)
    return (vault, vault_source) if spec is not None and spec.has_parent else (None, None)


def _article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


_SOURCE_WORDS = {
    Evidence.COMMAND: "supctl command",
    Evidence.HEADER: "header comment",
    Evidence.MODELINE: "$schema modeline",
    Evidence.CONFIG: "configuration",
    Evidence.PATH: "file's path",
}
