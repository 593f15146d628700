"""SEC rules and LNT005: secret values never printed, options, external objects, unreadable files,
wrong types, and the reference helpers of linter/views/secret_lookup.py and its neighbours."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from avassa_lint.settings.config import Config, External
from avassa_lint.views.image_access import image_allowed, suggested_pattern
from avassa_lint.views.secret_lookup import name_pattern, substitute
from conftest import Project

CANARY = "zq7CANARYv4lue9x"
CANARY_B64 = base64.b64encode(f"-----BEGIN PRIVATE KEY-----\n{CANARY}\n".encode()).decode()
FAMILY = ["SEC", "LNT005"]


VAULT = "name: {name}\ndistribute:\n  to: all\n"

APP = """\
name: shop
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: DB_PASSWORD
        value-from-vault-secret:
          vault: shop
          secret: db
          key: pasword
      - name: API_KEY
        value-from-vault-secret:
          vault: shop
          secret: api
          key: api-key
      - name: SITE_TOKEN
        value-from-vault-secret:
          vault: elsewhere
          secret: token
          key: token
    containers:
      - name: app
        image: registry.example.com/shop/app:1.0
        env:
          DB_PASSWORD: ${DB_PASSWORD}
          API_KEY: ${API_KEY}
          SITE_TOKEN: ${SITE_TOKEN}
"""


def canary_project(project: Project) -> Path:
    """A project that fires every SEC rule and LNT005, with the canary in every secret value."""
    return project.write({
        "applications/edge.yaml": (
            "name: edge\nservices:\n  - name: agent\n    mode: replicated\n    replicas: 1\n"
            "    volumes:\n      - name: site\n        vault-secret: {vault: shop, secret: \"site-${SYS_SITE}\"}\n"
            "    containers:\n      - name: agent\n        image: registry.example.com/shop/agent:1.0\n"
            "        mounts: [{volume-name: site, mount-path: /site}]\n"),
        "applications/shop.yaml": APP,
        "image-registry/remote-registries/registry.yaml": (
            "address: registry.example.com\n"
            "credentials:\n"
            "  - repository: shop\n    vault: shop-pull\n    secret: half\n"
            "  - repository: tools\n    vault: shop-pull\n    secret: both\n"
            "  - repository: \"*\"\n    vault: shop-pull\n    secret: missing\n"
        ),
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop-pull.yaml": VAULT.format(name="shop-pull"),
        "strongbox/vaults/unused.yaml": VAULT.format(name="unused"),
        "strongbox/vaults/shop-pull/secrets/half.yaml": f"name: half\ndata:\n  username: {CANARY}\n",
        "strongbox/vaults/shop-pull/secrets/both.yaml": (
            f"name: both\ndata:\n  username: u-{CANARY}\n  password: p-{CANARY}\n  token: t-{CANARY}\n"),
        "strongbox/vaults/shop/secrets/db.yaml": (
            f"name: db\ndata:\n  password: {CANARY}\n  tls.key: {CANARY}\n"
            f"base64-data:\n  tls.key: {CANARY_B64}\n  broken: {CANARY_B64[:-2]}\n"
            f"allow-image-access:\n  - \"registry.example.com/other/*\"\n"),
        "strongbox/vaults/shop/secrets/api.yaml": f"name: api\ndata:\n  api-key: {CANARY}\n",
        "strongbox/vaults/shop/secrets/leftover.yaml": (
            f"name: leftover\ndata:\n  password: {CANARY}\nallow-image-access:\n  - \"*\"\n"),
    })


@pytest.mark.parametrize("fmt", ["concise", "text"])
def test_secret_values_never_appear(project: Project, fmt: str) -> None:
    canary_project(project)
    lines = project.lint(FAMILY, fmt=fmt)
    output = "\n".join(lines)
    fired = {code for code in (f"SEC{n:03d}" for n in range(1, 11)) if f" {code} " in output}
    assert fired == {f"SEC{n:03d}" for n in range(1, 11)}, output
    assert " LNT005 " in output, output
    assert CANARY not in output
    assert CANARY_B64[:24] not in output


def test_secret_values_never_appear_in_other_formats(project: Project) -> None:
    from avassa_lint.reporting.output import FORMATTERS

    canary_project(project)
    for fmt in sorted(FORMATTERS):
        output = "\n".join(project.lint(FAMILY, fmt=fmt))
        assert CANARY not in output, fmt
        assert CANARY_B64[:24] not in output, fmt


# --------------------------------------------------------------------------- plaintext-secret options

SECRETS = {
    "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
    "strongbox/vaults/shop/secrets/db.yaml": (
        "name: db\ndata:\n  username: shop\n  password: Tr0ub4dor-and-3\n  dsn-user: shop\n"
        "  test-password: hunter2-hunter2\n  api-key: VAULT-MANAGED\n"),
}


def test_plaintext_secret_defaults(project: Project) -> None:
    project.write(SECRETS)
    lines = project.lint(["SEC010"])
    assert [line.split(" info ")[1].split(" of ")[0] for line in lines] == [
        'SEC010 key "password"', 'SEC010 key "test-password"', 'SEC010 key "api-key"']


def test_plaintext_secret_ignore_keys_and_placeholders(project: Project) -> None:
    config = Config(rules={"plaintext-secret": {"ignore-keys": ["username", "*-user", "test-*"],
                                                "placeholders": ["^vault-managed$", "change-me", "([unclosed"]}})
    project.write(SECRETS)
    lines = project.lint(["SEC010"], config=config)
    assert len(lines) == 1 and 'key "password"' in lines[0]


def test_plaintext_secret_option_of_wrong_type_falls_back_to_defaults(project: Project) -> None:
    config = Config(rules={"plaintext-secret": {"ignore-keys": 5}})
    project.write(SECRETS)
    lines = project.lint(["SEC010"], config=config)
    assert len(lines) == 3 and not any("LNT002" in line for line in lines)


# --------------------------------------------------------------------------- objects defined elsewhere


def test_external_vaults_and_secrets_count_as_declared(project: Project) -> None:
    project.write({
        "applications/shop.yaml": APP.replace("key: pasword", "key: password"),
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop/secrets/db.yaml": "name: db\ndata:\n  password: change-me\n"
                                                 "allow-image-access:\n  - \"*\"\n",
        "image-registry/remote-registries/registry.yaml": "address: registry.example.com\n",
    })
    bare = project.lint(["SEC004", "LNT005"])
    assert any('vault "elsewhere", which is not declared' in line for line in bare), bare
    assert any('secret "api" of vault "shop", which the vault does not hold' in line for line in bare), bare

    config = Config(external=External(vaults=["elsewhere"], secrets=["shop/api"]))
    lines = project.lint(["SEC004", "LNT005"], config=config)
    assert lines == [
        "applications/shop.yaml:17:16: info LNT005 2 references could not be checked: 1 reference to a secret key "
        "(the secret's file has no data or base64-data), 1 reference to a secret of an external vault "
        "(none of the vault's secrets are declared) [unchecked-references]"]


def test_external_applications_keep_secrets_from_being_called_unused(project: Project) -> None:
    project.write({
        "applications/shop.yaml": APP,
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop/secrets/leftover.yaml": "name: leftover\ndata:\n  password: change-me\n"
                                                       "allow-image-access:\n  - \"*\"\n",
    })
    assert any(" SEC006 " in line for line in project.lint(["SEC006"]))
    config = Config(external=External(applications=["billing"]))
    assert project.lint(["SEC006"], config=config) == []


def test_file_that_failed_to_load_is_not_reported_as_missing(project: Project) -> None:
    project.write({
        "applications/shop.yaml": APP.replace("vault: elsewhere", "vault: shop"),
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop/secrets/db.yaml": "name: db\ndata:\n  password: change-me\n",
        "strongbox/vaults/shop/secrets/api.yaml": "name: api\ndata: {api-key: [unclosed\n",
        "strongbox/vaults/shop/secrets/token.yaml": "name: token\ndata:\n  token: change-me\n",
    })
    lines = project.lint(["SEC004", "SEC006", "LNT005"])
    assert not any('secret "api"' in line and " SEC004 " in line for line in lines), lines
    assert any(" SEC004 " in line and '"pasword"' in line for line in lines), lines
    assert any(" LNT005 " in line and "failed to load" in line for line in lines), lines
    assert not any(" SEC006 " in line for line in lines), lines


def test_secret_without_a_known_vault_is_not_guessed(project: Project) -> None:
    project.write({
        "applications/shop.yaml": APP.replace("vault: elsewhere", "vault: shop"),
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop/secrets/db.yaml": "name: db\ndata:\n  password: change-me\n",
        "strongbox/vaults/shop/secrets/api.yaml": "name: api\ndata:\n  api-key: change-me\n",
        "secrets/token.yaml": "name: token\ndata:\n  token: change-me\n",
    })
    lines = project.lint(["SEC004", "LNT005"])
    assert not any('secret "token"' in line and " SEC004 " in line for line in lines), lines
    assert any("whose vault is not known" in line for line in lines), lines
    header = "# avassa-lint: kind=secret vault=other\nname: token\ndata:\n  token: change-me\n"
    project.write({"secrets/token.yaml": header})
    lines = project.lint(["SEC004"])
    assert any('secret "token" of vault "shop", which the vault does not hold' in line for line in lines), lines
    text = "\n".join(project.lint(["SEC004"], fmt="text"))
    assert 'hint: secret "token" is declared in vault "other"' in text, text


# --------------------------------------------------------------------------- robustness


def test_wrong_types_do_not_crash(project: Project) -> None:
    project.write({
        "applications/shop.yaml": (
            "name: shop\nservices:\n  - name: web\n    mode: replicated\n    variables:\n"
            "      - name: A\n        value-from-vault-secret: {vault: 5, secret: [x], key: {}}\n"
            "      - name: B\n        value-from-vault-secret: {vault: shop, secret: db, key: 7}\n"
            "    volumes:\n      - name: v\n        vault-secret: {vault: shop, secret: null}\n"
            "    containers:\n      - name: c\n        image: [not, a, string]\n        env: {A: ${A}}\n"
            "        mounts: [{volume-name: v, files: [{name: 3}]}]\n"),
        "image-registry/remote-registries/r.yaml": "address: r.example.com\ncredentials: [5, {vault: 1}]\n",
        "strongbox/vaults/shop.yaml": "name: shop\n",
        "strongbox/vaults/shop/secrets/db.yaml": (
            "name: db\ndata: [1, 2]\nbase64-data: {a: 5, b: null}\nallow-image-access: \"*\"\n"),
        "strongbox/vaults/shop/secrets/e.yaml": "name: [e]\ndata: {1: x}\n",
    })
    lines = project.lint(FAMILY)
    assert not any("LNT002" in line for line in lines), lines


# --------------------------------------------------------------------------- helpers


def test_substitute_and_name_pattern() -> None:
    assert substitute("tls-${SITE}", {"SITE": "north"}) == "tls-north"
    assert substitute("tls-${SITE}", {}) is None
    assert substitute("tls-${SITE | quote}", {"SITE": "north"}) is None
    assert substitute("plain", {}) == "plain"
    pattern = name_pattern("site-${SYS_SITE}-tls")
    assert pattern is not None and pattern.fullmatch("site-store-1-tls") and not pattern.fullmatch("site-1")


@pytest.mark.parametrize(("image", "patterns", "default", "allowed"), [
    ("registry.example.com/web/app:1.0", ["*"], None, True),
    ("registry.example.com/web/app:1.0", ["registry.example.com/web/*"], None, True),
    ("registry.example.com/web/app:1.0", ["registry.example.com/api/*"], None, False),
    ("registry.example.com/web/app:1.0", ["web/app:*"], None, True),  # without the host
    ("web/app:1.0", ["registry.example.com/web/*"], "registry.example.com", True),  # default registry
    ("web/app:1.0", ["registry.example.com/web/*"], None, False),
    ("registry.example.com/web/app", ["registry.example.com/web/app:latest"], None, True),
    ("registry.example.com:6000/web/app:1.0", ["registry.example.com:6000/web/app:?.?"], None, True),
])
def test_image_allowed(image: str, patterns: list[str], default: str | None, allowed: bool) -> None:
    assert image_allowed(image, patterns, default) is allowed


def test_suggested_pattern() -> None:
    assert suggested_pattern("registry.example.com:6000/web/app:1.0") == "registry.example.com:6000/web/app:*"
    assert suggested_pattern("web/app@sha256:abc") == "web/app@*"
    assert suggested_pattern("localhost:5000/app") == "localhost:5000/app"


# --------------------------------------------------------------------------- registry credential key typos


@pytest.mark.parametrize(
    ("key", "meant"),
    [
        ("pasword", "password"), ("passwd", "password"), ("Password", "password"), ("passwrod", "password"),
        ("user", "username"), ("usename", "username"), ("UserName", "username"),
        ("tokne", "token"), ("tokens", "token"), ("Token", "token"),
        ("username", None), ("password", None), ("token", None), ("api-url", None), ("host", None),
    ],
)
def test_meant_credential_key(key: str, meant: str | None) -> None:
    from avassa_lint.views.registry_credentials import meant_credential_key

    assert meant_credential_key(key) == meant


def test_registry_credential_key_typo_on_a_file_outside_the_path_convention(project: Project) -> None:
    project.write({"pull.yaml": f"name: pull\ndata:\n  usename: bob\n  pasword: {CANARY}\n"})
    assert project.lint(["SEC011"]) == [
        'pull.yaml:3:3: warning SEC011 key "usename" of secret "pull", which looks like registry credentials, '
        'is not "username", "password" or "token" [registry-credential-key-typo]',
        'pull.yaml:4:3: warning SEC011 key "pasword" of secret "pull", which looks like registry credentials, '
        'is not "username", "password" or "token" [registry-credential-key-typo]',
    ]
    for fmt in ("text", "json", "sarif"):
        out = "\n".join(project.lint(["SEC011"], fmt=fmt))
        assert CANARY not in out and "did you mean" in out and "usename" in out


def test_registry_credential_key_typo_becomes_sec002_when_a_registry_reads_the_secret(project: Project) -> None:
    project.write({
        "strongbox/vaults/pull.yaml": VAULT.format(name="pull"),
        "strongbox/vaults/pull/secrets/ghcr.yaml": f"name: ghcr\ndata:\n  username: bob\n  pasword: {CANARY}\n",
        "image-registry/remote-registries/ghcr.yaml":
            'address: ghcr.io\ncredentials:\n  - repository: "*"\n    vault: pull\n    secret: ghcr\n',
    })
    lines = project.lint(["SEC002", "SEC011"])
    assert lines == [
        'strongbox/vaults/pull/secrets/ghcr.yaml:1:7: error SEC002 secret "ghcr" of vault "pull", used as registry '
        'credentials, has a "username" but no "password" [incomplete-registry-credentials]'
    ]
    text = "\n".join(project.lint(["SEC002"], fmt="text"))
    assert 'hint: did you mean "password" instead of "pasword"? rename the key' in text and CANARY not in text


def test_registry_credential_key_typo_leaves_secrets_read_by_applications_alone(project: Project) -> None:
    project.write({
        "applications/shop.yaml": APP,
        "strongbox/vaults/shop.yaml": VAULT.format(name="shop"),
        "strongbox/vaults/shop/secrets/db.yaml": f"name: db\ndata:\n  username: shop\n  pasword: {CANARY}\n",
    })
    assert codes_of(project.lint(["SEC011"])) == []


def codes_of(lines: list[str]) -> list[str]:
    return [line.split()[2] for line in lines]
