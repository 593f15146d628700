"""The language server end to end: the real server process over stdio, driven by pytest-lsp's client."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

APP = """name: web
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
          key: password
    containers:
      - name: web
        image: registry.example.com/web/nginx:1.25
        env:
          DB_PASSWORD: ${DB_PASSWORD}
"""
PROJECT = {
    "applications/web.yaml": APP,
    "image-registry/remote-registries/example.yaml": "address: registry.example.com\n",
    "strongbox/vaults/shop.yaml": "name: shop\ndistribute:\n  to: all\n",
    "strongbox/vaults/shop/secrets/db.yaml": "name: db\nallow-image-access: [\"*\"]\ndata:\n  password: change-me\n",
}


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


async def wait_for(client, uri: str, predicate, timeout: float = 20.0):
    """The diagnostics published for ``uri`` once ``predicate`` holds for them."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        found = client.diagnostics.get(uri)
        if found is not None and predicate(found):
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} matched; last: {client.diagnostics.get(uri)}")


def session(root: Path, scenario, options: dict | None = None, env: dict | None = None) -> None:
    async def run() -> None:
        client = pytest_lsp.make_test_lsp_client()
        await client.start_io(sys.executable, "-m", "avassa_lint", "server",
                              env={**os.environ, **env} if env else None)
        try:
            await client.initialize_session(lsp.InitializeParams(
                capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
                root_uri=from_fs_path(str(root)), initialization_options=options,
                workspace_folders=[lsp.WorkspaceFolder(uri=from_fs_path(str(root)), name="project")]))
            await asyncio.wait_for(scenario(client), 60)
        finally:
            try:
                await asyncio.wait_for(client.shutdown_session(), 10)
            finally:
                await asyncio.wait_for(client.stop(), 10)
    asyncio.run(run())


def open_doc(client, path: Path, text: str, version: int = 1) -> str:
    uri = from_fs_path(str(path))
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="yaml", version=version, text=text)))
    return uri


def change_doc(client, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))


def test_a_renamed_secret_shows_in_the_file_that_reads_it(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    secret = tmp_path / "strongbox/vaults/shop/secrets/db.yaml"
    app_uri = from_fs_path(str(tmp_path / "applications/web.yaml"))

    async def scenario(client) -> None:
        uri = open_doc(client, secret, PROJECT["strongbox/vaults/shop/secrets/db.yaml"])
        await wait_for(client, uri, lambda d: len(d) == 0)
        # the editor renames the secret (unsaved): the application's reference now misses it
        change_doc(client, uri, PROJECT["strongbox/vaults/shop/secrets/db.yaml"].replace("name: db", "name: dbx"), 2)
        found = await wait_for(client, app_uri, lambda d: any(x.code == "SEC004" for x in d))
        sec004 = next(x for x in found if x.code == "SEC004")
        assert sec004.range.start.line == 10 and sec004.severity == lsp.DiagnosticSeverity.Error
        assert "change-me" not in repr(found)  # a secret's value is never sent
        # and back: the finding goes away again
        change_doc(client, uri, PROJECT["strongbox/vaults/shop/secrets/db.yaml"], 3)
        await wait_for(client, app_uri, lambda d: not any(x.code == "SEC004" for x in d))

    session(tmp_path, scenario)


def test_a_quick_fix_gives_the_fixed_text(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    deployment = tmp_path / "application-deployments/web.yaml"
    text = "name: web\napplication: web\napplication-version: 1.0\nplacement:\n  match-site-labels: system/type = edge\n"

    async def scenario(client) -> None:
        uri = open_doc(client, deployment, text)
        found = await wait_for(client, uri, lambda d: any(x.code == "SCH004" for x in d))
        wrong = next(x for x in found if x.code == "SCH004")
        assert (wrong.range.start.line, wrong.range.start.character) == (2, 21)
        actions = await client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=wrong.range,
            context=lsp.CodeActionContext(diagnostics=[wrong])))
        quick = [a for a in actions if a.kind == lsp.CodeActionKind.QuickFix and "SCH004" in a.title
                 and not a.title.startswith("Suppress")]
        assert len(quick) == 1
        (edit,) = quick[0].edit.changes[uri]
        lines = text.splitlines(keepends=True)
        line = lines[edit.range.start.line]
        fixed_line = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character:]
        assert fixed_line == 'application-version: "1.0"\n'
        assert any(a.title == "Suppress SCH004 on this line" for a in actions)

    session(tmp_path, scenario)


def test_a_hostile_file_open_in_the_editor_does_not_stop_the_server(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    bomb = "a: &a [" + ",".join(["x"] * 50) + "]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 50) + "]\n" for i in range(8))

    async def scenario(client) -> None:
        uri = open_doc(client, tmp_path / "applications/bomb.yaml", bomb)
        found = await wait_for(client, uri, lambda d: len(d) > 0)
        assert any(x.code == "YML105" for x in found)
        binary = open_doc(client, tmp_path / "applications/blob.yaml", "\x00\x01\x02 not yaml")
        await wait_for(client, binary, lambda d: any(x.code == "YML004" for x in d))
        # still answering
        app_uri = open_doc(client, tmp_path / "applications/web.yaml", APP.replace("replicas: 1", "replica: 1"))
        await wait_for(client, app_uri, lambda d: any(x.code == "SCH002" for x in d))

    session(tmp_path, scenario)


def test_a_burst_of_edits_publishes_only_the_last_text(tmp_path: Path) -> None:
    """Ten quick edits: what is published in the end is the last text's findings, and no
    publication after the last edit carries an earlier version's findings."""
    write(tmp_path, PROJECT)
    app = tmp_path / "applications/web.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP)
        await wait_for(client, uri, lambda d: len(d) == 0)
        for version in range(2, 12):
            text = APP.replace("replicas: 1", "replica: 1" if version % 2 else "replicas: 1")
            change_doc(client, uri, text, version)
        last_is_typo = 11 % 2 == 1
        await wait_for(client, uri, lambda d: any(x.code == "SCH002" for x in d) == last_is_typo)
        await asyncio.sleep(0.3)  # nothing later may overwrite it with an older text's findings
        assert any(x.code == "SCH002" for x in client.diagnostics[uri]) == last_is_typo

    session(tmp_path, scenario)


@pytest.mark.slow
def test_a_50_mb_buffer_is_refused_by_size_and_the_server_goes_on(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    giant = "a: " + "x" * (50 << 20) + "\n"

    async def scenario(client) -> None:
        uri = open_doc(client, tmp_path / "applications/giant.yaml", giant)
        found = await wait_for(client, uri, lambda d: any(x.code == "YML101" for x in d), timeout=50)
        assert (found[0].range.start.line, found[0].range.start.character) == (0, 0)
        app_uri = open_doc(client, tmp_path / "applications/web.yaml", APP.replace("replicas: 1", "replica: 1"))
        await wait_for(client, app_uri, lambda d: any(x.code == "SCH002" for x in d))

    session(tmp_path, scenario)


def test_a_changed_configuration_file_reloads_the_rules(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    app = tmp_path / "applications/web.yaml"
    config = tmp_path / ".avassa-lint.yaml"

    async def scenario(client) -> None:
        uri = open_doc(client, app, APP.replace("replicas: 1", "replica: 1"))
        await wait_for(client, uri, lambda d: any(x.code == "SCH002" for x in d))
        config.write_text("ignore: [unknown-key]\n", encoding="utf-8")
        client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            changes=[lsp.FileEvent(uri=from_fs_path(str(config)), type=lsp.FileChangeType.Created)]))
        await wait_for(client, uri, lambda d: not any(x.code == "SCH002" for x in d))
        config.write_text("severity:\n  unknown-key: info\n", encoding="utf-8")
        client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            changes=[lsp.FileEvent(uri=from_fs_path(str(config)), type=lsp.FileChangeType.Changed)]))
        found = await wait_for(client, uri, lambda d: any(x.code == "SCH002" for x in d))
        assert next(x for x in found if x.code == "SCH002").severity == lsp.DiagnosticSeverity.Information

    session(tmp_path, scenario)


def test_the_server_asks_the_editor_to_watch_yaml_scripts_and_configuration(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)
    asked: list = []

    async def run() -> None:
        client = pytest_lsp.make_test_lsp_client()

        @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def _register(ls, params: lsp.RegistrationParams) -> None:
            asked.extend(params.registrations)

        await client.start_io(sys.executable, "-m", "avassa_lint", "server")
        try:
            await client.initialize_session(lsp.InitializeParams(
                capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
                root_uri=from_fs_path(str(tmp_path))))
            for _ in range(200):
                if asked:
                    break
                await asyncio.sleep(0.02)
        finally:
            await asyncio.wait_for(client.shutdown_session(), 10)
            await asyncio.wait_for(client.stop(), 10)

    asyncio.run(run())
    (registration,) = asked
    assert registration.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES
    patterns = {w["globPattern"] if isinstance(w, dict) else w.glob_pattern
                for w in (registration.register_options["watchers"] if isinstance(registration.register_options, dict)
                          else registration.register_options.watchers)}
    assert {"**/*.yaml", "**/*.yml", "**/pyproject.toml"} <= patterns


def test_a_diagnostic_links_to_its_rule_when_the_editor_says_where_the_docs_are(tmp_path: Path) -> None:
    write(tmp_path, PROJECT)

    async def scenario(client) -> None:
        uri = open_doc(client, tmp_path / "applications/web.yaml", APP.replace("replicas: 1", "replica: 1"))
        found = await wait_for(client, uri, lambda d: any(x.code == "SCH002" for x in d))
        link = next(x for x in found if x.code == "SCH002").code_description
        assert link is not None and link.href == "https://docs.example.test/rules.md#sch002-unknown-key"

    session(tmp_path, scenario, {"rulesUrl": "https://docs.example.test/rules.md"})


def test_a_workspace_loaded_by_worker_processes_is_the_same(tmp_path: Path) -> None:
    """A large workspace is checked by the worker pool on load (forced here for a small one)."""
    write(tmp_path, {**PROJECT, "applications/web.yaml": APP.replace("replicas: 1", "replica: 1")})
    app_uri = from_fs_path(str(tmp_path / "applications/web.yaml"))

    async def scenario(client) -> None:
        found = await wait_for(client, app_uri, lambda d: any(x.code == "SCH002" for x in d))
        assert [(x.code, x.range.start.line, x.range.start.character) for x in found] == [("SCH002", 5, 4)]

    session(tmp_path, scenario, env={"AVASSA_LINT_WORKERS": "2"})
