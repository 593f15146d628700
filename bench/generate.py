#!/usr/bin/env python3
"""Generate a deterministic, realistic Avassa configuration corpus for benchmarks.

    python bench/generate.py OUT_DIR --files 1000 [--seed 0] [--error-rate 0.02] [--lines-per-file 73]
    python bench/generate.py OUT_DIR --single-file-lines 5000

The corpus follows avassa-lint's path convention (applications/, application-deployments/,
image-registry/, strongbox/vaults/...). Every reference resolves (registries, credentials,
vaults, secrets, keys, variables, volumes), except in the files that deliberately carry one
typical mistake. The same arguments always produce the same bytes. Standard library only:
the YAML is written as text by the small emitter below, so no YAML library is needed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

# ---------------------------------------------------------------------------------------------
# A tiny YAML text emitter: block style, two-space indentation, quoting only where YAML needs it.


class Quoted(str):
    """A string that is always written double-quoted (versions, port ranges, file modes)."""


class Raw(str):
    """Text written exactly as given; used to inject mistakes such as `version: 1.10`."""


class Block(str):
    """A multi-line string written as a literal block scalar (`|`)."""


class Flow(list[str]):
    """A list of strings written in flow style: `["sh", "-c", "..."]`."""


@dataclass(eq=False)
class Comment:
    """A mapping entry that renders as a `# ...` line (identity-hashed, so many can coexist)."""

    text: str


Scalar: TypeAlias = str | int | bool
# A mapping to emit: keys are str or Comment; values are Scalar, YamlMap or lists of either.
YamlMap: TypeAlias = dict[Any, Any]

_RESERVED_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_NUMBER_LIKE = re.compile(r"[-+]?(\.?[0-9][0-9_.:]*|\.inf|\.nan)([eE][-+]?[0-9]+)?", re.IGNORECASE)


def _needs_quotes(text: str) -> bool:
    if text == "" or text != text.strip() or "\n" in text or "\t" in text:
        return True
    if text[0] in "-?:,[]{}#&*!|>'\"%@`":
        return True
    if ": " in text or " #" in text or text.endswith(":"):
        return True
    # YAML 1.1 readers also turn yes/no/on/off and 1000:1000 (base 60) into non-strings.
    return text.lower() in _RESERVED_WORDS or _NUMBER_LIKE.fullmatch(text) is not None


def _quote(text: str) -> str:
    return json.dumps(text)


def scalar(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, Quoted) or _needs_quotes(value):
        return _quote(value)
    return value


def emit(node: YamlMap, indent: int = 0) -> list[str]:
    """Render a mapping as block-style YAML lines."""
    lines: list[str] = []
    pad = " " * indent
    for key, value in node.items():
        if isinstance(key, Comment):
            lines.append(f"{pad}# {key.text}")
        elif isinstance(value, Block):
            lines.append(f"{pad}{key}: |")
            lines.extend(f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n"))
        elif isinstance(value, Flow):
            lines.append(f"{pad}{key}: [{', '.join(_quote(str(item)) for item in value)}]")
        elif isinstance(value, (dict, list)) and not value:
            lines.append(f"{pad}{key}: {'{}' if isinstance(value, dict) else '[]'}")
        elif isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines.extend(emit(value, indent + 2))
        elif isinstance(value, list):
            lines.append(f"{pad}{key}:")
            lines.extend(_emit_list(value, indent + 2))
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return lines


def _emit_list(items: list[Any], indent: int) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for item in items:
        if isinstance(item, dict):
            body = emit(item, indent + 2)
            # The first real entry moves onto the "- " line; comments stay above it.
            first = next(i for i, line in enumerate(body) if not line.lstrip().startswith("#"))
            lines.extend(pad + line.lstrip() for line in body[:first])
            lines.append(f"{pad}- {body[first][indent + 2:]}")
            lines.extend(body[first + 1:])
        else:
            lines.append(f"{pad}- {scalar(item)}")
    return lines


def render(header: Sequence[str], doc: YamlMap) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in header) + "\n".join(emit(doc)) + "\n"


# ---------------------------------------------------------------------------------------------
# Vocabulary: names that look like what a retail chain's platform teams commit.

TEAMS = [
    "retail", "payments", "logistics", "iot", "vision", "signage", "energy", "security",
    "analytics", "facilities", "pharmacy", "fuel", "bakery", "warehouse", "loyalty", "network",
    "kiosk", "fleet", "scales", "hvac", "parking", "audio", "wifi", "labels",
]
APP_NOUNS = [
    "pos", "inventory", "pricing", "kiosk", "scale-gateway", "camera-ingest", "mqtt-bridge",
    "telemetry", "fridge-monitor", "energy-meter", "door-sensor", "signage-player",
    "queue-counter", "shelf-vision", "wifi-analytics", "print-server", "backup-agent",
    "log-shipper", "order-sync", "label-printer", "price-tags", "footfall", "checkout-assist",
    "self-scan", "click-collect", "stock-count", "hvac-control", "lighting", "access-control",
    "cctv-recorder", "music-stream", "fuel-pump", "ev-charger", "parking-gate", "returns-desk",
    "pharmacy-rx", "bake-off", "temperature-log", "edge-gateway", "promo-engine",
]
SERVICE_ROLES = [
    "api", "worker", "sync", "ui", "db", "cache", "broker", "exporter", "gateway", "scheduler",
    "collector", "ingest", "proxy", "agent",
]
MIRROR_IMAGES = {
    "db": "mirror/postgres:16.4",
    "cache": "mirror/redis:7.2.5",
    "broker": "mirror/eclipse-mosquitto:2.0.18",
    "proxy": "mirror/nginx:1.27.2",
    "exporter": "mirror/prometheus-node-exporter:1.8.2",
    "collector": "mirror/fluent-bit:3.1.9",
}
WELL_KNOWN_REGISTRIES = ["ghcr.io", "quay.io", "registry.gitlab.com"]
REGIONS = ["se-south", "se-west", "se-north", "no-east", "dk-zealand", "fi-south"]
STORE_FORMATS = ["supermarket", "hypermarket", "convenience", "fuel-station", "warehouse"]
ENV_PREFIXES = [
    "HTTP", "GRPC", "CACHE", "DB", "QUEUE", "SYNC", "METRICS", "TRACE", "AUTH", "UPLOAD",
    "REPORT", "BATCH", "RETRY", "SCAN", "PRINT", "EXPORT",
]
ENV_SUFFIXES = [
    ("TIMEOUT_SECONDS", ["5", "10", "30", "60"]),
    ("MAX_RETRIES", ["3", "5", "8"]),
    ("ENABLED", ["true", "false"]),
    ("POOL_SIZE", ["4", "8", "16"]),
    ("LOG_LEVEL", ["info", "warn", "debug"]),
    ("INTERVAL", ["15s", "1m", "5m"]),
    ("BATCH_SIZE", ["100", "500", "1000"]),
    ("BUFFER_BYTES", ["65536", "1048576"]),
]
HELPFUL_COMMENTS = {
    "outbound": "Outbound traffic is denied by default; open only what the service calls.",
    "ingress": "Reachable from the store LAN only.",
    "persistent": "Kept on the host across restarts until explicitly removed.",
    "config": "Rendered with ${...} substitution when the instance starts.",
    "anti": "Spread replicas over hosts so one host failure leaves a working instance.",
    "init": "Prepares the data directory before the main containers start.",
    "resources": "Sized from production metrics: p95 usage plus 30% headroom.",
    "probes": "{port} is the internal health and metrics port; it is not exposed.",
}
SECRET_KINDS: dict[str, list[str]] = {
    # kind: data keys; the first three are read through variables, the last two mounted as files
    "db": ["username", "password"],
    "api": ["api-key", "endpoint"],
    "token": ["token"],
    "tls": ["tls.crt", "tls.key", "ca.crt"],
    "files": ["credentials.json", "license.txt"],
}
VARIABLE_KINDS = ("db", "api", "token")
SIDECARS = ["sidecar", "helper", "shipper"]
HOST_LABEL_EXPRESSIONS = ["role = gateway", "gpu = nvidia", "zone = backroom"]
MISTAKES_APP = [
    "unknown-key-replica", "unquoted-version", "latest-tag", "registry-typo", "missing-vault",
    "reversed-port-range", "network-under-container", "duplicate-key", "syntax-error",
]
MISTAKES_OTHER = ["duplicate-key", "syntax-error"]
# base64 of obviously fake PEM text ("change-me-not-a-real-certificate" and so on)
FAKE_B64 = {
    "tls.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCmNoYW5nZS1tZS1ub3QtYS1yZWFsLWNlcnRpZmljYXRl"
               "Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "tls.key": "Y2hhbmdlLW1lLW5vdC1hLXJlYWwtcHJpdmF0ZS1rZXkK",
    "ca.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCmNoYW5nZS1tZS1ub3QtYS1yZWFsLWNh"
              "Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
}


# ---------------------------------------------------------------------------------------------
# The plan: every name and reference is decided before any file is written.


@dataclass
class Secret:
    vault: str
    name: str
    kind: str
    keys: list[str]
    allow: list[str] = field(default_factory=list)


@dataclass
class Registry:
    name: str
    address: str
    credentials: list[tuple[str, Secret]] = field(default_factory=list)


@dataclass
class Team:
    name: str
    vault: str
    registries: list[Registry] = field(default_factory=list)
    secrets: list[Secret] = field(default_factory=list)


@dataclass
class AppPlan:
    name: str
    noun: str
    team: Team
    version: str
    must_use: list[Secret] = field(default_factory=list)


@dataclass
class OutputFile:
    path: str
    text: str
    kind: str
    mistake: str | None = None


@dataclass(frozen=True)
class Counts:
    registries: int
    vaults: int
    deployments: int
    secrets: int
    applications: int


MIN_FILES = 8
REGISTRY_VAULT = "registry-credentials"


def allocate(files: int) -> Counts:
    """Split the file budget: ~70% applications, ~12% deployments, ~12% secrets,
    ~4% remote registries, ~2% vaults and one settings file."""
    registries = max(1, round(files * 0.04))
    vaults = max(2, round(files * 0.02))
    deployments = max(1, round(files * 0.12))
    secrets = max(registries + vaults - 1, round(files * 0.12))
    applications = files - 1 - registries - vaults - deployments - secrets
    if applications < max(deployments, vaults - 1):
        raise ValueError(f"--files must be at least {MIN_FILES}")
    return Counts(registries, vaults, deployments, secrets, applications)


def _unique(base: str, taken: set[str]) -> str:
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def _version(rng: random.Random) -> str:
    return f"{rng.randint(1, 5)}.{rng.randint(0, 14)}.{rng.randint(0, 9)}"


@dataclass
class World:
    registries: list[Registry]
    default_registry: Registry
    teams: list[Team]
    apps: list[AppPlan]
    deployed: list[AppPlan]
    registry_vault: str = REGISTRY_VAULT


def plan_world(rng: random.Random, counts: Counts) -> World:
    registries: list[Registry] = []
    for i in range(counts.registries):
        if i == 0:
            address = "registry.example.com:6000"
            name = "registry-example-com"
        elif i <= len(WELL_KNOWN_REGISTRIES):
            address = WELL_KNOWN_REGISTRIES[i - 1]
            name = address.replace(".", "-")
        else:
            site = rng.choice(["harbor", "registry", "images", "oci"])
            address = f"{site}-{i:02d}.example.net:{rng.choice([443, 5000, 6000, 8443])}"
            name = address.split(":")[0].replace(".", "-")
        registries.append(Registry(name, address))

    n_teams = counts.vaults - 1
    taken_teams: set[str] = set()
    teams = [
        Team(name, f"{name}-secrets")
        for name in (_unique(TEAMS[i % len(TEAMS)], taken_teams) for i in range(n_teams))
    ]
    for i, registry in enumerate(registries):
        teams[i % n_teams].registries.append(registry)
    for i, team in enumerate(teams):
        if not team.registries:
            team.registries.append(registries[i % len(registries)])

    # Registry credentials: a "*" entry on every registry, plus team-scoped robot accounts.
    n_extra = max(0, min(len(registries), (counts.secrets - len(registries) - n_teams) // 2))
    owners = {registry.address: team for team in teams for registry in team.registries}
    for i, registry in enumerate(registries):
        if i < n_extra:
            team = owners[registry.address]
            secret = Secret(REGISTRY_VAULT, f"{registry.name}-{team.name}-pull", "login",
                            ["username", "password"])
            registry.credentials.append((team.name, secret))
        kind = "token" if registry.address in WELL_KNOWN_REGISTRIES else "login"
        keys = ["token"] if kind == "token" else ["username", "password"]
        registry.credentials.append(("*", Secret(REGISTRY_VAULT, f"{registry.name}-readonly", kind, keys)))

    n_app_secrets = counts.secrets - len(registries) - n_extra
    taken_secrets: dict[str, set[str]] = {team.vault: set() for team in teams}
    kinds = list(SECRET_KINDS)
    for i in range(n_app_secrets):
        team = teams[i % n_teams]
        kind = kinds[(i // n_teams + rng.randrange(len(kinds))) % len(kinds)]
        purpose = {"db": "db", "api": rng.choice(["payment-api", "maps-api", "erp-api", "crm-api"]),
                   "token": rng.choice(["ingest-token", "sync-token", "webhook-token"]),
                   "tls": "tls", "files": rng.choice(["license", "service-account"])}[kind]
        name = _unique(purpose, taken_secrets[team.vault])
        allow = [f"{registry.address}/{team.name}/*" for registry in team.registries]
        team.secrets.append(Secret(team.vault, name, kind, list(SECRET_KINDS[kind]), allow))

    apps: list[AppPlan] = []
    taken_apps: set[str] = set()
    for i in range(counts.applications):
        team = teams[i % n_teams]
        noun = rng.choice([noun for noun in APP_NOUNS if noun != team.name])
        apps.append(AppPlan(_unique(f"{team.name}-{noun}", taken_apps), noun, team, _version(rng)))
    # Every application secret is used by at least one application of its team.
    for team in teams:
        team_apps = [app for app in apps if app.team is team]
        for j, secret in enumerate(team.secrets):
            team_apps[j % len(team_apps)].must_use.append(secret)

    deployed = sorted(rng.sample(apps, counts.deployments), key=apps.index)
    return World(registries, registries[0], teams, apps, deployed)


# ---------------------------------------------------------------------------------------------
# Files other than applications


def vault_file(vault: str, purpose: str) -> OutputFile:
    path = f"strongbox/vaults/{vault}.yaml"
    header = [f"supctl create strongbox vaults < {path}", "", purpose]
    return OutputFile(path, render(header, {"name": vault, "distribute": {"to": "all"}}), "vault")


def secret_file(rng: random.Random, secret: Secret) -> OutputFile:
    path = f"strongbox/vaults/{secret.vault}/secrets/{secret.name}.yaml"
    data: YamlMap = {}
    b64: YamlMap = {}
    for key in secret.keys:
        if key in FAKE_B64:
            b64[key] = FAKE_B64[key]
        elif key == "username":
            data[key] = f"svc-{secret.name}"
        elif key == "endpoint":
            data[key] = f"https://{secret.name}.example.com/v{rng.randint(1, 3)}"
        else:
            data[key] = f"change-me-not-a-real-{key.split('.')[0].replace('_', '-')}"
    doc: YamlMap = {"name": secret.name}
    if data:
        doc["data"] = data
    if b64:
        doc[Comment("PEM files are multi-line: base64-data, decoded when mounted.")] = None
        doc["base64-data"] = b64
    if secret.allow:
        doc["allow-image-access"] = [Quoted(pattern) for pattern in secret.allow]
    header = [
        f"supctl create strongbox vaults {secret.vault} secrets < {path}",
        "",
        "Placeholder values; the real ones are merged out of band.",
    ]
    return OutputFile(path, render(header, doc), "secret")


def registry_file(registry: Registry) -> OutputFile:
    path = f"image-registry/remote-registries/{registry.name}.yaml"
    credentials = [
        {"repository": Quoted(repo) if repo == "*" else repo, "vault": secret.vault, "secret": secret.name}
        for repo, secret in registry.credentials
    ]
    doc: YamlMap = {"address": registry.address}
    if len(credentials) > 1:
        doc[Comment("The longest matching repository prefix wins; \"*\" catches the rest.")] = None
    doc["credentials"] = credentials
    header = [f"supctl create image-registry remote-registries < {path}"]
    return OutputFile(path, render(header, doc), "remote-registry")


def settings_file(world: World) -> OutputFile:
    path = "image-registry/settings.yaml"
    header = [
        f"supctl topdc replace image-registry settings < {path}",
        "",
        "Host-less image names (mirror/...) resolve to our own registry, which mirrors Docker Hub.",
    ]
    return OutputFile(path, render(header, {"default-remote-registry": world.default_registry.address}), "settings")


def deployment_file(rng: random.Random, app: AppPlan) -> OutputFile:
    path = f"application-deployments/{app.name}.yaml"
    pinned = rng.random() < 0.5
    terms = ["system/type = edge"]
    if rng.random() < 0.6:
        formats = rng.sample(STORE_FORMATS, rng.randint(1, 2))
        terms.append("(" + " or ".join(f"store-format = {f}" for f in formats) + ")"
                     if len(formats) > 1 else f"store-format = {formats[0]}")
    if rng.random() < 0.4:
        terms.append(f"region = {rng.choice(REGIONS)}")
    doc: YamlMap = {"name": app.name, "application": app.name}
    if pinned:
        doc[Comment("Pinned: a new version rolls out only when this line changes.")] = None
    doc["application-version"] = Quoted(app.version if pinned else "*")
    doc["placement"] = {"match-site-labels": " and ".join(terms)}
    if rng.random() < 0.6:
        rollout: YamlMap = {}
        if rng.random() < 0.5:
            rollout[Comment("Pilot stores first, then the rest in batches.")] = None
            rollout["canary-sites"] = {"match-site-labels": "pilot-store = true"}
            rollout["canary-healthy-time"] = rng.choice(["1h", "4h", "24h"])
        rollout["sites-in-parallel"] = rng.choice([5, 10, 20, 50])
        rollout["healthy-time"] = rng.choice(["5m", "10m", "15m", "30m"])
        doc["deploy-to-sites"] = rollout
    header = [f"supctl replace application-deployments {app.name} < {path}"]
    return OutputFile(path, render(header, doc), "deployment")


# ---------------------------------------------------------------------------------------------
# Applications


APP_PURPOSES = [
    "Runs in every store that matches its deployment; owned by the {team} team.",
    "Keeps working while the store's uplink is down and catches up when it returns.",
    "Store-local part of the {noun} system; the central part runs in the cloud.",
    "Replaces the {noun} appliance that used to sit in the back office.",
    "Talks to devices on the store LAN, so it must run on site rather than centrally.",
]


def app_header(rng: random.Random, app: AppPlan) -> list[str]:
    path = f"applications/{app.name}.yaml"
    header = [f"supctl replace applications {app.name} < {path}"]
    if rng.random() < 0.7:
        purpose = rng.choice(APP_PURPOSES).format(team=app.team.name, noun=app.noun.replace("-", " "))
        header += ["", f"{app.noun.replace('-', ' ').capitalize()}: {purpose[0].lower()}{purpose[1:]}"]
    return header


def _env_name(secret: Secret, key: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", f"{secret.name}_{key}".upper()).strip("_")


class AppBuilder:
    """Builds one application mapping, growing services until the line budget is nearly used."""

    def __init__(self, rng: random.Random, app: AppPlan, world: World | None, budget: int,
                 max_services: int) -> None:
        self.rng = rng
        self.app = app
        self.world = world
        self.budget = budget
        self.max_services = max_services
        self.service_names: set[str] = set()
        self.containers: list[YamlMap] = []
        self.filled = 0  # lines added by fill()
        # Most images of an application come from its team's home registry.
        self.home = rng.choice(app.team.registries)
        self.header = app_header(rng, app)

    # -- images
    def team_image(self, component: str, tag: str) -> str:
        registry = self.home if self.rng.random() < 0.85 else self.rng.choice(self.app.team.registries)
        return f"{registry.address}/{self.app.team.name}/{self.app.noun}-{component}:{tag}"

    def image_for(self, role: str, component: str, uses_secrets: bool) -> str:
        if not uses_secrets and role in MIRROR_IMAGES and self.rng.random() < 0.7:
            return MIRROR_IMAGES[role]
        return self.team_image(component, self.app.version)

    # -- building blocks
    def probes(self, port: int) -> YamlMap:
        choice = self.rng.random()
        probes: YamlMap = {}
        if choice < 0.5:
            probes["readiness"] = {"http": {"path": "/healthz/ready", "port": port}, "period": "10s"}
            probes["liveness"] = {"http": {"path": "/healthz/live", "port": port},
                                  "initial-delay": self.rng.choice(["10s", "30s"]), "failure-threshold": 5}
        elif choice < 0.8:
            probes["liveness"] = {"tcp": {"port": port}, "period": self.rng.choice(["10s", "15s", "30s"])}
        else:
            probes["readiness"] = {"exec": {"cmd": Flow(["/usr/local/bin/healthcheck", "--quiet"])}}
        return probes

    def env_extras(self, env: YamlMap, count: int) -> None:
        for _ in range(count * 3):
            if count <= 0:
                return
            suffix, values = self.rng.choice(ENV_SUFFIXES)
            name = f"{self.rng.choice(ENV_PREFIXES)}_{suffix}"
            if name not in env:
                env[name] = Quoted(self.rng.choice(values)) if _needs_quotes(values[0]) else self.rng.choice(values)
                count -= 1
        # Vocabulary exhausted (very large containers): number the rest.
        n = len(env)
        while count > 0:
            env[f"FEATURE_{n:04d}_ENABLED"] = Quoted("true")
            n, count = n + 1, count - 1

    def container(self, service: str, role: str, index: int, uses_secrets: bool,
                  volumes: list[YamlMap], env_refs: list[str]) -> YamlMap:
        name = role if index == 0 else SIDECARS[index - 1]
        component = role if index == 0 else f"{role}-{name}"
        port = self.rng.choice([8080, 8081, 9000, 9090, 3000, 7070])
        if index == 0:
            image = self.image_for(role, component, uses_secrets)
        else:
            image = self.team_image(component, self.app.version)
        container: YamlMap = {"name": name, "image": image}
        if self.rng.random() < 0.25:
            container["cmd"] = Flow([f"--listen=:{port}", "--site=${SYS_SITE}"])
        env: YamlMap = {}
        for var in env_refs:
            env[var] = f"${{{var}}}"
        self.env_extras(env, self.rng.randint(1, 4))
        if self.rng.random() < 0.3:
            env["INSTANCE_NAME"] = "${SYS_SITE}-" + service + "-${SYS_SERVICE_INSTANCE_INDEX}"
        container["env"] = env
        mounts: list[YamlMap] = []
        for volume in volumes:
            if index > 0 and self.rng.random() < 0.6:
                continue
            path = f"/var/lib/{service}/{volume['name']}" if index == 0 else f"/mnt/{volume['name']}"
            if "config-map" in volume:
                item = volume["config-map"]["items"][0]["name"]
                mounts.append({"volume-name": volume["name"],
                               "files": [{"name": item, "mount-path": f"/etc/{service}/{item}"}]})
            elif "vault-secret" in volume:
                mounts.append({"volume-name": volume["name"], "mount-path": f"/run/secrets/{volume['name']}",
                               "mode": "read-only"})
            else:
                mounts.append({"volume-name": volume["name"], "mount-path": path})
        if mounts:
            container["mounts"] = mounts
        if self.rng.random() < 0.4:
            container[Comment(HELPFUL_COMMENTS["resources"])] = None
        container["cpus"] = Quoted(self.rng.choice(["0.25", "0.5", "1.0", "2.0"]))
        container["memory"] = self.rng.choice(["128MiB", "256MiB", "512MiB", "1GiB", "2GiB"])
        if self.rng.random() < 0.4:
            container[Comment(HELPFUL_COMMENTS["probes"].format(port=port))] = None
        container["probes"] = self.probes(port)
        self.containers.append(container)
        return container

    def service(self, secrets: list[Secret]) -> YamlMap:
        rng = self.rng
        role = rng.choice(SERVICE_ROLES)
        name = _unique(role, self.service_names)
        var_secrets = [s for s in secrets if s.kind in VARIABLE_KINDS]
        file_secrets = [s for s in secrets if s.kind not in VARIABLE_KINDS]
        service: YamlMap = {"name": name}
        replicated = rng.random() < 0.85
        service["mode"] = "replicated" if replicated else "one-per-matching-host"
        if replicated:
            service["replicas"] = rng.choice([1, 1, 2, 3])
            if service["replicas"] > 1 and rng.random() < 0.4:
                service["placement"] = {Comment(HELPFUL_COMMENTS["anti"]): None,
                                        "preferred-anti-affinity": {"services": [name]}}
        else:
            service["placement"] = {"match-host-labels": rng.choice(HOST_LABEL_EXPRESSIONS)}

        variables: list[YamlMap] = []
        env_refs: list[str] = []
        for secret in var_secrets:
            for key in secret.keys:
                var = _env_name(secret, key)
                variables.append({"name": var, "value-from-vault-secret":
                                  {"vault": secret.vault, "secret": secret.name, "key": key}})
                env_refs.append(var)
        literal = []
        for var, value in rng.sample([("LOG_LEVEL", "info"), ("TZ", "Europe/Stockholm"),
                                      ("STORE_CURRENCY", "SEK"), ("SYNC_INTERVAL", "30s")], rng.randint(0, 2)):
            variables.append({"name": var, "value": value})
            literal.append(var)

        volumes: list[YamlMap] = []
        if rng.random() < 0.4:
            volumes.append({"name": "scratch", "ephemeral-volume": {"size": rng.choice(["512MiB", "1GiB", "2GiB"])}})
        if role == "db" or rng.random() < 0.3:
            volumes.append({"name": "data", Comment(HELPFUL_COMMENTS["persistent"]): None,
                            "persistent-volume": {"size": rng.choice(["2GiB", "5GiB", "20GiB"]),
                                                  "file-mode": Quoted("750"), "file-ownership": Quoted("1000:1000")}})
        if literal and rng.random() < 0.6:
            lines = [f"{var.lower().replace('_', '-')} = \"${{{var}}}\"" for var in literal]
            volumes.append({"name": "config", Comment(HELPFUL_COMMENTS["config"]): None,
                            "config-map": {"items": [{"name": f"{name}.conf", "data": Block(
                                "\n".join(["[main]", 'site = "${SYS_SITE}"', *lines]) + "\n")}]}})
        else:
            env_refs.extend(literal)
        for secret in file_secrets:
            volumes.append({"name": secret.name, "vault-secret": {
                "vault": secret.vault, "secret": secret.name, "file-mode": Quoted("400")}})
        if variables:
            service["variables"] = variables
        if volumes:
            service["volumes"] = volumes

        network: YamlMap = {}
        if role in ("api", "broker", "gateway", "ui", "proxy", "ingest") and rng.random() < 0.5:
            ports = sorted(rng.sample([80, 443, 1883, 5683, 8080, 8443, 9001], rng.randint(1, 3)))
            ranges = ",".join(str(p) for p in ports)
            if rng.random() < 0.3:
                ranges += f",{ports[-1] + 1000}-{ports[-1] + 1009}"
            network["ingress-ip-per-instance"] = {
                "protocols": [{"name": "tcp", "port-ranges": Quoted(ranges)}],
                Comment(HELPFUL_COMMENTS["ingress"]): None,
                "inbound-access": {"default-action": "deny",
                                   "rules": {f"10.{rng.randint(10, 99)}.0.0/16": "allow"}},
            }
        if rng.random() < 0.3:
            network[Comment(HELPFUL_COMMENTS["outbound"])] = None
            network["outbound-access"] = {"default-action": "deny",
                                          "rules": {f"203.0.113.{rng.choice([0, 64, 128])}/26": "allow"}}
        if network:
            service["network"] = network

        uses_secrets = bool(secrets)
        if any("persistent-volume" in v for v in volumes) and rng.random() < 0.3:
            service["init-containers"] = [{
                Comment(HELPFUL_COMMENTS["init"]): None,
                "name": "prepare-data",
                "image": self.team_image("init", self.app.version) if uses_secrets else "mirror/busybox:1.36.1",
                "cmd": Flow(["sh", "-c", "mkdir -p /data/state && chown -R 1000:1000 /data"]),
                "mounts": [{"volume-name": "data", "mount-path": "/data"}],
                "execution-timeout": "2m",
            }]
        n_containers = rng.choices([1, 2, 3], weights=[60, 30, 10])[0]
        service["containers"] = [
            self.container(name, role, i, uses_secrets, volumes, env_refs if i == 0 else [])
            for i in range(n_containers)
        ]
        return service

    def build(self) -> YamlMap:
        app = self.app
        doc: YamlMap = {"name": app.name, "version": Quoted(app.version),
                        "labels": {"team": app.team.name, "owner": f"{app.team.name}-platform"}}
        services: list[YamlMap] = []
        doc["services"] = services
        pending = list(app.must_use)
        size = self.lines(doc)  # "services: []" counts as one line, like "services:"
        while len(services) < self.max_services:
            chosen = pending if not services else [s for s in app.team.secrets if self.rng.random() < 0.15]
            pending = []
            services.append(self.service(chosen if self.world else []))
            size += len(_emit_list(services[-1:], 2))
            if size >= self.budget - 14:
                break
        self.fill(doc)
        return doc

    def fill(self, doc: YamlMap) -> None:
        """Top up to the line budget with environment variables, spread over the containers."""
        deficit = self.budget - self.lines(doc)
        while deficit > 0:
            env = self.containers[self.filled % len(self.containers)]["env"]
            self.env_extras(env, 1)
            deficit, self.filled = deficit - 1, self.filled + 1

    def lines(self, doc: YamlMap) -> int:
        return len(emit(doc)) + len(self.header)


# ---------------------------------------------------------------------------------------------
# Mistakes


def _first_service(doc: YamlMap) -> YamlMap:
    service: YamlMap = doc["services"][0]
    return service


def _containers(doc: YamlMap) -> Iterator[YamlMap]:
    for service in doc["services"]:
        yield from service.get("init-containers", [])
        yield from service["containers"]


def apply_app_mistake(rng: random.Random, doc: YamlMap, mistake: str, world: World) -> None:
    """Structural mistakes, applied to the mapping before it is written."""
    if mistake == "unknown-key-replica":
        service = next((s for s in doc["services"] if "replicas" in s), _first_service(doc))
        service["mode"] = "replicated"
        _rename_key(service, "replicas", "replica", default=2)
    elif mistake == "unquoted-version":
        doc["version"] = Raw(f"{rng.randint(1, 4)}.{rng.choice([10, 20, 30])}")
    elif mistake == "latest-tag":
        container = next(_containers(doc))
        container["image"] = container["image"].rsplit(":", 1)[0] + ":latest"
    elif mistake == "registry-typo":
        hosted = [c for c in _containers(doc) if not c["image"].startswith("mirror/")]
        container = hosted[0] if hosted else next(_containers(doc))
        if not hosted:
            container["image"] = f"{world.default_registry.address}/{container['image']}"
        host, rest = container["image"].split("/", 1)
        container["image"] = f"{_typo(rng, host, {r.address for r in world.registries})}/{rest}"
    elif mistake == "missing-vault":
        service = _first_service(doc)
        variables = service.setdefault("variables", [])
        ref = next((v["value-from-vault-secret"] for v in variables if "value-from-vault-secret" in v), None)
        if ref is None:
            team = next(t for t in world.teams if t.name == doc["labels"]["team"])
            secret = rng.choice(team.secrets or [s for t in world.teams for s in t.secrets])
            ref = {"vault": secret.vault, "secret": secret.name, "key": secret.keys[0]}
            variables.append({"name": "API_CREDENTIAL", "value-from-vault-secret": ref})
            service["containers"][0]["env"]["API_CREDENTIAL"] = "${API_CREDENTIAL}"
        ref["vault"] = ref["vault"].removesuffix("-secrets") + "-secret"
    elif mistake == "reversed-port-range":
        service = _first_service(doc)
        low = rng.choice([70, 8000, 9000])
        protocols = [{"name": "tcp", "port-ranges": Quoted(f"{low + 10}-{low}")}]
        network = service.setdefault("network", {})
        network.setdefault("ingress-ip-per-instance", {})["protocols"] = protocols
    elif mistake == "network-under-container":
        container = _first_service(doc)["containers"][0]
        container["network"] = {"outbound-access": {"allow-all": True}}


def _rename_key(mapping: YamlMap, old: str, new: str, default: Scalar) -> None:
    items = list(mapping.items())
    mapping.clear()
    found = False
    for key, value in items:
        if key == old:
            key, found = new, True
        mapping[key] = value
    if not found:
        mapping[new] = default


def _typo(rng: random.Random, host: str, declared: set[str]) -> str:
    """Swap two adjacent letters of the host name, the classic finger slip."""
    name, sep, port = host.partition(":")
    for _ in range(50):
        i = rng.randrange(len(name) - 1)
        if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]:
            candidate = name[:i] + name[i + 1] + name[i] + name[i + 2:] + sep + port
            if candidate not in declared:
                return candidate
    return "regsitry." + host


_KEY_LINE = re.compile(r"^( *)(- )?([a-z][a-z0-9-]*): (?![|>\[])(\S.*)$")
_PREFERRED_DUPLICATES = {"image", "memory", "replicas", "password", "secret", "address", "application", "to", "mode"}


def apply_text_mistake(rng: random.Random, text: str, mistake: str) -> str:
    """Mistakes that only exist as text: duplicate keys and YAML syntax errors."""
    lines = text.split("\n")
    if mistake == "duplicate-key":
        candidates = [(i, m) for i, line in enumerate(lines) if (m := _KEY_LINE.match(line))]
        preferred = [(i, m) for i, m in candidates if m.group(3) in _PREFERRED_DUPLICATES]
        i, m = rng.choice(preferred or candidates)
        indent = len(m.group(1)) + (2 if m.group(2) else 0)
        # Typically a second value added further down without removing the first one.
        value = re.sub(r"[0-9](?=\D*$)", lambda d: str((int(d.group()) + 1) % 10), m.group(4), count=1)
        lines.insert(i + 1, f"{' ' * indent}{m.group(3)}: {value}")
    elif mistake == "syntax-error":
        for i, line in enumerate(lines):
            if line.startswith("application-version: "):
                # What `supctl show` prints: a bare `*` is an alias indicator, not a string.
                lines[i] = "application-version: *"
                return "\n".join(lines)
        flows = [i for i, line in enumerate(lines) if line.rstrip().endswith("]") and ": [" in line]
        if flows and rng.random() < 0.6:
            i = rng.choice(flows)
            lines[i] = lines[i].rstrip()[:-1]  # unclosed flow sequence
        else:
            keyed = [i for i, line in enumerate(lines) if (m := _KEY_LINE.match(line)) and not m.group(2)]
            i = rng.choice(keyed)
            lines[i] = "\t" + lines[i].lstrip()  # a tab where YAML allows only spaces
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Putting it together


def app_file(rng: random.Random, app: AppPlan, world: World | None, budget: int, max_services: int,
             mistake: str | None = None) -> tuple[OutputFile, int]:
    """The application file and the number of filler lines it needed to reach the budget."""
    builder = AppBuilder(rng, app, world, budget, max_services)
    doc = builder.build()
    if mistake and world and mistake not in MISTAKES_OTHER:
        apply_app_mistake(rng, doc, mistake, world)
    path = f"applications/{app.name}.yaml"
    return OutputFile(path, render(builder.header, doc), "application", mistake), builder.filled


def choose_mistakes(rng: random.Random, n_other: int, total: int, count: int) -> dict[int, str]:
    """Map file positions (other files first, then applications) to a mistake.

    The kinds take turns, so each is about equally common; duplicate keys and syntax errors
    may land in any file, the others only in applications.
    """
    kinds = list(MISTAKES_APP)
    rng.shuffle(kinds)
    free_any = list(range(total))
    rng.shuffle(free_any)
    free_apps = [i for i in free_any if i >= n_other]
    chosen: dict[int, str] = {}
    for k in range(min(count, total)):
        kind = kinds[k % len(kinds)]
        pool = free_any if kind in MISTAKES_OTHER else free_apps
        while pool and pool[-1] in chosen:
            pool.pop()
        if not pool:
            kind, pool = "duplicate-key", free_any
            while pool and pool[-1] in chosen:
                pool.pop()
        chosen[pool.pop()] = kind
    return chosen


def generate(files: int, seed: int, error_rate: float, lines_per_file: int) -> list[OutputFile]:
    rng = random.Random(seed)
    counts = allocate(files)
    world = plan_world(rng, counts)

    out: list[OutputFile] = [settings_file(world)]
    out += [registry_file(r) for r in world.registries]
    out.append(vault_file(world.registry_vault, "Pull credentials for the remote registries."))
    out += [vault_file(team.vault, f"Secrets of the {team.name} team's applications.") for team in world.teams]
    out += [secret_file(rng, secret) for r in world.registries for _, secret in r.credentials]
    out += [secret_file(rng, secret) for team in world.teams for secret in team.secrets]
    out += [deployment_file(rng, app) for app in world.deployed]

    n_other = len(out)
    total = n_other + len(world.apps)
    chosen = choose_mistakes(rng, n_other, total, round(error_rate * total))
    for i, kind in sorted(chosen.items()):
        if i < n_other:
            out[i].mistake = kind
            out[i].text = apply_text_mistake(rng, out[i].text, kind)

    # Applications take whatever line budget the other files left, spread with some variance.
    remaining = lines_per_file * total - sum(f.text.count("\n") for f in out)
    for k, app in enumerate(world.apps):
        apps_left = len(world.apps) - k
        budget = max(24, round(remaining / apps_left * rng.uniform(0.55, 1.45)))
        mistake = chosen.get(n_other + k)
        generated, _ = app_file(rng, app, world, budget, max_services=4, mistake=mistake)
        if mistake in MISTAKES_OTHER:
            generated.text = apply_text_mistake(rng, generated.text, mistake)
        remaining -= generated.text.count("\n")
        out.append(generated)
    return out


def generate_single(lines: int, seed: int) -> OutputFile:
    """One self-contained application of about `lines` lines (no Strongbox references)."""
    rng = random.Random(seed)
    team = Team("retail", "retail-secrets", [Registry("registry-example-com", "registry.example.com:6000")])
    app = AppPlan(f"latency-{lines}", "store-hub", team, "3.4.1")
    # An attempt whose services fit is topped up to exactly `lines` with environment variables.
    # Draw a few and keep the one that fits exactly with the least filler (the most structure).
    best: tuple[int, int, OutputFile] | None = None
    for _ in range(20):
        candidate, filled = app_file(rng, app, None, lines, max_services=10_000)
        score = (abs(candidate.text.count("\n") - lines), filled, candidate)
        if best is None or score[:2] < best[:2]:
            best = score
        if best[:2] <= (0, 4):
            break
    assert best is not None
    return best[2]


def write(out_dir: Path, files: Sequence[OutputFile]) -> None:
    for f in files:
        path = out_dir / f.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.text.encode("utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path)
    parser.add_argument("--files", type=int, help=f"number of files to write (at least {MIN_FILES})")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.02, help="share of files with one mistake")
    parser.add_argument("--lines-per-file", type=int, default=73, help="target average lines per file")
    parser.add_argument("--single-file-lines", type=int, metavar="N",
                        help="write one application file of about N lines instead of a project")
    parser.add_argument("--manifest", type=Path, help="write PATH<TAB>MISTAKE for every file with a mistake")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace the generated folders if OUT_DIR is not empty")
    args = parser.parse_args(argv)
    if (args.files is None) == (args.single_file_lines is None):
        parser.error("give exactly one of --files N and --single-file-lines N")
    if not 0.0 <= args.error_rate <= 1.0:
        parser.error("--error-rate must be between 0 and 1")

    out_dir: Path = args.out_dir
    if out_dir.exists() and any(out_dir.iterdir()) and not args.overwrite:
        parser.error(f"{out_dir} is not empty (use --overwrite to replace the generated folders)")
    try:
        if args.single_file_lines is not None:
            files = [generate_single(args.single_file_lines, args.seed)]
        else:
            files = generate(args.files, args.seed, args.error_rate, args.lines_per_file)
    except ValueError as exc:
        parser.error(str(exc))
    # Stale files from an earlier, larger run would change the corpus: clear our folders only.
    for folder in ("applications", "application-deployments", "image-registry", "strongbox"):
        shutil.rmtree(out_dir / folder, ignore_errors=True)
    write(out_dir, files)

    mistakes = [f for f in files if f.mistake]
    if args.manifest:
        args.manifest.write_text("".join(f"{f.path}\t{f.mistake}\n" for f in mistakes), encoding="utf-8")
    n_lines = sum(f.text.count("\n") for f in files)
    n_bytes = sum(len(f.text.encode("utf-8")) for f in files)
    by_kind: dict[str, int] = {}
    for f in files:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
    print(f"wrote {len(files)} files to {out_dir}: " + ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items())))
    print(f"average {n_lines / len(files):.1f} lines, {n_bytes / len(files) / 1000:.2f} kB per file "
          f"({n_lines} lines, {n_bytes} bytes in total)")
    print(f"{len(mistakes)} files with a mistake")
    return 0


if __name__ == "__main__":
    sys.exit(main())
