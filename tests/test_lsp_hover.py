"""Hover and document symbols end to end: the real server process, driven by pytest-lsp's client."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

from test_lsp import APP, PROJECT, open_doc, session, wait_for, write  # noqa: E402

# APP with a volume, a mount and a second variable (0-based lines in the comments)
APP_VOLUMES = """name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    volumes:
      - name: cfg
        config-map:
          items:
            - name: app.conf
              data: "x"
    variables:
      - name: DB_PASSWORD
        value-from-vault-secret:
          vault: shop
          secret: db
          key: password
      - name: MODE
        value: fast
    init-containers:
      - name: setup
        image: alpine:3.20
    containers:
      - name: web
        image: registry.example.com/web/nginx:1.25
        mounts:
          - volume-name: cfg
            files:
              - name: app.conf
                mount-path: /etc/app.conf
        env:
          DB_PASSWORD: ${DB_PASSWORD}
"""
DEPLOYMENT = "name: web\napplication: web\napplication-version: 1.0\nplacement:\n  match-site-labels: system/type = edge\n"


def pos(line: int, character: int) -> lsp.Position:
    return lsp.Position(line=line, character=character)


def rng(a: int, b: int, c: int, d: int) -> lsp.Range:
    return lsp.Range(start=pos(a, b), end=pos(c, d))


async def hover(client, uri: str, line: int, character: int) -> lsp.Hover | None:
    return await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), position=pos(line, character)))


def test_hover_on_a_secret_reference_names_its_keys_and_where_it_is_declared(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    app = tmp_path / "applications/web.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP)
        await wait_for(client, uri, lambda d: True)
        # "          secret: db": the secret
        found = await hover(client, uri, 10, 19)
        assert found is not None and found.range == rng(10, 18, 10, 20)
        assert found.contents.kind == lsp.MarkupKind.Markdown
        text = found.contents.value
        assert "**secret** `db` of vault `shop`" in text
        assert "strongbox/vaults/shop/secrets/db.yaml:1" in text
        assert "keys: `password`" in text
        assert "change-me" not in text  # the value is never sent
        # the key: where it is written in the secret, not its value
        found = await hover(client, uri, 11, 16)
        assert found.range == rng(11, 15, 11, 23)
        assert "strongbox/vaults/shop/secrets/db.yaml:4 (under `data`)" in found.contents.value
        assert "change-me" not in found.contents.value
        # the vault: where, and how many secrets
        found = await hover(client, uri, 9, 17)
        assert found.range == rng(9, 17, 9, 21)
        assert "strongbox/vaults/shop.yaml:1" in found.contents.value
        assert "holds 1 secret: `db`" in found.contents.value
        # the registry host of the image, and only the host
        found = await hover(client, uri, 14, 20)
        assert found.range == rng(14, 15, 14, 35)
        assert "**registry** `registry.example.com`" in found.contents.value
        assert "image-registry/remote-registries/example.yaml:1" in found.contents.value
        assert await hover(client, uri, 14, 40) is None  # the repository and tag: not a reference
        # a ${VAR}: the variable and where its value comes from (never the value)
        found = await hover(client, uri, 16, 26)
        assert found.range == rng(16, 23, 16, 37)
        assert found.contents.value == ("**variable** `DB_PASSWORD`\n\ndeclared at applications/web.yaml:8: "
                                        "from vault secret `shop` / `db` / `password`")

    session(tmp_path, scenario)


def test_hover_on_a_key_shows_the_schema_and_on_references_of_deployments_and_mounts(tmp_path: Path) -> None:
    write(tmp_path, {**PROJECT, "applications/web.yaml": APP_VOLUMES})
    app = tmp_path / "applications/web.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP_VOLUMES)
        await wait_for(client, uri, lambda d: True)
        found = await hover(client, uri, 5, 6)  # "    replicas: 1"
        assert found.range == rng(5, 4, 5, 12)
        text = found.contents.value
        assert text.startswith("**replicas**")
        assert "Number of instances (mode replicated only): an integer, or an expression containing ${...}" in text
        # an enum with its values
        found = await hover(client, uri, 4, 5)  # "    mode: replicated"
        assert "allowed: `replicated`, `one-per-matching-host`" in found.contents.value
        # a key under a list, through $ref: the mount's volume-name key
        found = await hover(client, uri, 27, 14)
        assert found.range == rng(27, 12, 27, 23) and found.contents.value.startswith("**volume-name**")
        # the mount's value: the volume it names
        found = await hover(client, uri, 27, 26)
        assert found.range == rng(27, 25, 27, 28)
        assert "**volume** `cfg`" in found.contents.value and "applications/web.yaml:8: `config-map`" in \
            found.contents.value
        # a deployment's application and version
        deployment = tmp_path / "application-deployments/web.yaml"
        duri = open_doc(client, deployment, DEPLOYMENT.replace("1.0", '"1.0"'))
        await wait_for(client, duri, lambda d: True)
        found = await hover(client, duri, 1, 14)
        assert found.range == rng(1, 13, 1, 16)
        assert "applications/web.yaml:1, version `1.0`" in found.contents.value
        assert "services: `web`" in found.contents.value
        found = await hover(client, duri, 2, 22)
        assert "matches version `1.0` declared at applications/web.yaml:2" in found.contents.value

    session(tmp_path, scenario)


REGISTRY = "address: registry.example.com\ncredentials:\n  - repository: web\n    vault: shop\n    secret: db\n"


def test_hover_on_registry_credentials(tmp_path: Path) -> None:
    write(tmp_path, {**PROJECT, "image-registry/remote-registries/example.yaml": REGISTRY})
    registry = tmp_path / "image-registry/remote-registries/example.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, registry, REGISTRY)
        await wait_for(client, uri, lambda d: True)
        found = await hover(client, uri, 4, 13)  # "    secret: db"
        assert found.range == rng(4, 12, 4, 14)
        assert "declared at strongbox/vaults/shop/secrets/db.yaml:1\n\nkeys: `password`" in found.contents.value
        assert "change-me" not in found.contents.value
        found = await hover(client, uri, 3, 11)  # "    vault: shop"
        assert found.range == rng(3, 11, 3, 15) and "holds 1 secret" in found.contents.value
        # the registry host of an image names this file and its one credentials entry
        app_uri = open_doc(client, tmp_path / "applications/web.yaml", APP)
        await wait_for(client, app_uri, lambda d: True)
        found = await hover(client, app_uri, 14, 16)
        assert "image-registry/remote-registries/example.yaml:1; 1 credentials entry" in found.contents.value

    session(tmp_path, scenario)


def test_hover_on_a_finding_shows_the_rule_summary(tmp_path: Path) -> None:
    from avassa_lint.registry import load_rules

    write(tmp_path, PROJECT)
    deployment = tmp_path / "application-deployments/web.yaml"
    summary = load_rules().rules["SCH004"].summary

    async def scenario(client) -> None:
        uri = open_doc(client, deployment, DEPLOYMENT)
        found = await wait_for(client, uri, lambda d: any(x.code == "SCH004" for x in d))
        wrong = next(x for x in found if x.code == "SCH004")
        shown = await hover(client, uri, 2, 22)
        assert shown.range == wrong.range
        name = wrong.source.split("(", 1)[1].rstrip(")")
        assert shown.contents.value == f"**SCH004** `{name}`: {summary}"

    session(tmp_path, scenario)


def test_document_symbols_of_an_application(tmp_path: Path) -> None:
    write(tmp_path, {**PROJECT, "applications/web.yaml": APP_VOLUMES})
    app = tmp_path / "applications/web.yaml"
    secret = tmp_path / "strongbox/vaults/shop/secrets/db.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP_VOLUMES)
        await wait_for(client, uri, lambda d: True)
        symbols = await client.text_document_document_symbol_async(lsp.DocumentSymbolParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri)))
        (application,) = symbols
        assert application.name == "web" and application.kind == lsp.SymbolKind.Module
        assert application.selection_range == rng(0, 6, 0, 9)
        assert application.range == rng(0, 0, 32, 37)
        (service,) = application.children
        assert (service.name, service.kind) == ("web", lsp.SymbolKind.Class)
        assert service.selection_range == rng(3, 10, 3, 13) and service.range == rng(3, 4, 32, 37)
        assert [(c.name, c.kind, c.selection_range) for c in service.children] == [
            ("setup", lsp.SymbolKind.Object, rng(21, 14, 21, 19)),
            ("web", lsp.SymbolKind.Object, rng(24, 14, 24, 17)),
            ("cfg", lsp.SymbolKind.Field, rng(7, 14, 7, 17)),
            ("DB_PASSWORD", lsp.SymbolKind.Variable, rng(13, 14, 13, 25)),
            ("MODE", lsp.SymbolKind.Variable, rng(18, 14, 18, 18)),
        ]
        volume = service.children[2]
        assert volume.range == rng(7, 8, 11, 23)
        assert "fast" not in repr(symbols)  # a variable's value is not shown
        # any other kind: its top-level keys
        suri = open_doc(client, secret, PROJECT["strongbox/vaults/shop/secrets/db.yaml"])
        await wait_for(client, suri, lambda d: True)
        outline = await client.text_document_document_symbol_async(lsp.DocumentSymbolParams(
            text_document=lsp.TextDocumentIdentifier(uri=suri)))
        assert [(s.name, s.selection_range, s.range) for s in outline] == [
            ("name", rng(0, 0, 0, 4), rng(0, 0, 0, 8)),
            ("allow-image-access", rng(1, 0, 1, 18), rng(1, 0, 1, 25)),
            ("data", rng(2, 0, 2, 4), rng(2, 0, 3, 21)),
        ]
        assert "change-me" not in repr(outline)
        # a key of the secret's data: the schema's words, not the value
        found = await hover(client, suri, 3, 4)
        assert found.range == rng(3, 2, 3, 10) and found.contents.value.startswith("**password**")
        assert "change-me" not in found.contents.value

    session(tmp_path, scenario)


def test_hover_on_nothing_and_on_an_unknown_file(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    app = tmp_path / "applications/web.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP)
        await wait_for(client, uri, lambda d: True)
        assert await hover(client, uri, 0, 8) is None  # the application's name value: nothing to say
        missing = from_fs_path(str(tmp_path / "nowhere.yaml"))
        assert await hover(client, missing, 0, 0) is None

    session(tmp_path, scenario)
