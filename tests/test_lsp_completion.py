"""Completion end to end: the real server process over stdio, driven by pytest-lsp's client."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp  # noqa: E402

from test_lsp import APP, PROJECT, open_doc, session, wait_for, write  # noqa: E402

# the system variables of a container that does not set approle (no SYS_APPROLE_SECRET_ID)
SYSTEM = ["SYS_API_CA_CERT", "SYS_APP_NET_IPV4_ADDRESS", "SYS_CONTAINER_CPUS",
          "SYS_CONTAINER_MEMORY", "SYS_DNS_ZONES", "SYS_GLOBAL_DOMAIN", "SYS_GW_NET_IPV4_ADDRESS", "SYS_HOST",
          "SYS_HOST_DEVICE_LABELS", "SYS_INGRESS_IPV4_ADDRESS", "SYS_SERVICE_INSTANCE_INDEX", "SYS_SITE",
          "SYS_SITE_LABELS", "SYS_TENANT"]
MORE = {
    **PROJECT,
    "strongbox/vaults/edge.yaml": "name: edge\ndistribute:\n  to: all\n",
    "strongbox/vaults/shop/secrets/db.yaml": (
        "name: db\nallow-image-access: [\"*\"]\ndata:\n  password: change-me\n  user: admin\n"
        "base64-data:\n  cert: aGVsbG8=\n"),
    "strongbox/vaults/shop/secrets/api.yaml": "name: api\nallow-image-access: [\"*\"]\ndata:\n  token: s3cr3t\n",
    "image-registry/remote-registries/ghcr.yaml": "address: ghcr.io\n",
    "applications/api.yaml": 'name: api\nversion: "2.1"\nservices:\n  - name: api\n    mode: replicated\n'
                             '    replicas: 1\n    containers:\n      - name: api\n        image: ghcr.io/x/api:1\n',
}


def completions(root: Path, rel: str, text: str, line: int, character: int) -> list[lsp.CompletionItem]:
    """The items the server offers at (line, character) of ``rel`` opened with ``text``."""
    found: list[lsp.CompletionItem] = []
    write(root, MORE)

    async def scenario(client) -> None:
        uri = open_doc(client, root / rel, text)
        await wait_for(client, uri, lambda d: True)
        result = await client.text_document_completion_async(lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(line=line, character=character)))
        items = result.items if isinstance(result, lsp.CompletionList) else (result or [])
        found.extend(items)

    session(root, scenario)
    return found


def labels(items: list[lsp.CompletionItem]) -> list[str]:
    return [i.label for i in items]


def test_keys_in_a_container_are_those_of_the_schema_minus_those_present(tmp_path: Path) -> None:
    # the container has name and env; the cursor is on a blank line between them
    text = APP.replace("        image: registry.example.com/web/nginx:1.25\n", "        \n")
    row = text.splitlines().index("        ")
    items = completions(tmp_path, "applications/web.yaml", text, row, 8)
    assert labels(items) == [
        "image", "cmd", "entrypoint", "mounts", "cpus", "cpu-shares", "memory", "container-layer-size",
        "container-log-size", "container-log-archive", "container-log-archive-days", "container-log-max-days",
        "shutdown-timeout", "user", "no-builtin-init", "user-namespace", "additional-capabilities", "security",
        "devices", "gpu", "approle", "probes", "on-mounted-file-change", "delayed-shutdown-cmd"]
    image = items[0]
    assert image.kind == lsp.CompletionItemKind.Property and image.detail == "string"
    assert image.text_edit.new_text == "image: " and items[3].text_edit.new_text == "mounts:"
    assert image.documentation and "image" in str(image.documentation).lower()


def test_keys_of_a_new_service_item(tmp_path: Path) -> None:
    text = APP + "  - name: db\n    \n"
    items = completions(tmp_path, "applications/web.yaml", text, len(text.splitlines()) - 1, 4)
    assert labels(items) == ["mode", "replicas", "share-pid-namespace", "placement", "network", "variables",
                             "volumes", "containers", "init-containers", "vm", "delayed-shutdown", "site-dns-records"]


def test_enum_values_after_mode(tmp_path: Path) -> None:
    text = APP.replace("    mode: replicated\n", "    mode: \n")
    items = completions(tmp_path, "applications/web.yaml", text, 4, 10)
    assert labels(items) == ["replicated", "one-per-matching-host"]
    assert {i.kind for i in items} == {lsp.CompletionItemKind.EnumMember}
    assert [i.text_edit.new_text for i in items] == ["replicated", "one-per-matching-host"]
    assert {(i.text_edit.range.start.character, i.text_edit.range.end.character) for i in items} == {(10, 10)}


def test_vault_names_after_vault(tmp_path: Path) -> None:
    text = APP.replace("          vault: shop\n", "          vault:\n")
    items = completions(tmp_path, "applications/web.yaml", text, 9, 16)
    assert labels(items) == ["edge", "shop"]
    assert {i.kind for i in items} == {lsp.CompletionItemKind.Reference}
    assert [i.text_edit.new_text for i in items] == [" edge", " shop"]  # the cursor is right after "vault:"


def test_secrets_of_that_vault_after_secret(tmp_path: Path) -> None:
    text = APP.replace("          secret: db\n", "          secret: \n")
    items = completions(tmp_path, "applications/web.yaml", text, 10, 18)
    assert labels(items) == ["api", "db"]
    assert items[0].detail == "secret in vault shop"


def test_key_names_of_that_secret_after_key_and_never_a_value(tmp_path: Path) -> None:
    text = APP.replace("          key: password\n", "          key: \n")
    items = completions(tmp_path, "applications/web.yaml", text, 11, 15)
    assert labels(items) == ["password", "user", "cert"]
    assert [i.detail for i in items] == ["key of secret db (data)", "key of secret db (data)",
                                         "key of secret db (base64-data)"]
    shown = repr(items)
    assert "change-me" not in shown and "admin" not in shown and "aGVsbG8=" not in shown


def test_variable_names_after_dollar_brace(tmp_path: Path) -> None:
    text = APP.replace("          DB_PASSWORD: ${DB_PASSWORD}\n", "          DB_PASSWORD: ${\n")
    row = 16
    items = completions(tmp_path, "applications/web.yaml", text, row, len("          DB_PASSWORD: ${"))
    assert labels(items) == ["DB_PASSWORD"] + SYSTEM
    assert {i.kind for i in items} == {lsp.CompletionItemKind.Variable}
    assert items[0].detail == "variable of service web"


def test_volume_names_of_the_service(tmp_path: Path) -> None:
    text = APP.replace("    containers:\n", "    volumes:\n      - name: data\n        ephemeral-volume:\n"
                       "          size: 1GB\n      - name: conf\n        config-map:\n          items: []\n"
                       "    containers:\n") + "        mounts:\n          - volume-name: \n"
    rows = text.splitlines()
    items = completions(tmp_path, "applications/web.yaml", text, len(rows) - 1, len(rows[-1]))
    assert labels(items) == ["data", "conf"]


def test_application_names_and_versions_in_a_deployment(tmp_path: Path) -> None:
    text = "name: web\napplication: \nplacement:\n  match-site-labels: system/type = edge\n"
    items = completions(tmp_path, "application-deployments/web.yaml", text, 1, 13)
    assert labels(items) == ["api", "web"]
    assert {i.kind for i in items} == {lsp.CompletionItemKind.Reference}


def test_application_versions_in_a_deployment(tmp_path: Path) -> None:
    text = "name: web\napplication: web\napplication-version: \n"
    items = completions(tmp_path, "application-deployments/web.yaml", text, 2, 21)
    assert labels(items) == ["1.0"]
    assert items[0].text_edit.new_text == '"1.0"'


def test_registry_hosts_at_the_start_of_an_image(tmp_path: Path) -> None:
    text = APP.replace("        image: registry.example.com/web/nginx:1.25\n", "        image: \n")
    items = completions(tmp_path, "applications/web.yaml", text, 14, 15)
    assert labels(items) == ["ghcr.io/", "registry.example.com/"]
    assert {i.kind for i in items} == {lsp.CompletionItemKind.Reference}


def test_variable_names_come_from_the_text_while_the_document_does_not_parse(tmp_path: Path) -> None:
    text = APP.replace("    containers:\n", "      - name: FROM_TEXT\n        value: x\n    containers:\n").replace(
        "          DB_PASSWORD: ${DB_PASSWORD}\n", '          DB_PASSWORD: ${\n        cmd: ["sh"\n')
    rows = text.splitlines()
    row = rows.index("          DB_PASSWORD: ${")
    items = completions(tmp_path, "applications/web.yaml", text, row, len(rows[row]))
    assert labels(items) == ["DB_PASSWORD", "FROM_TEXT"] + SYSTEM


def test_enum_values_of_a_list_item(tmp_path: Path) -> None:
    text = APP + "        additional-capabilities:\n          - net-admin\n          - \n"
    rows = text.splitlines()
    items = completions(tmp_path, "applications/web.yaml", text, len(rows) - 1, len(rows[-1]))
    # the schema's values minus the one already listed (net-admin)
    assert labels(items) == [
        "chown", "dac-override", "dac-read-search", "fowner", "fsetid", "kill", "setgid", "setuid", "setpcap",
        "linux-immutable", "net-bind-service", "net-broadcast", "net-raw", "ipc-lock", "ipc-owner", "sys-module",
        "sys-rawio", "sys-chroot", "sys-ptrace", "sys-pacct", "sys-admin", "sys-boot", "sys-nice", "sys-resource",
        "sys-time", "sys-tty-config", "mknod", "lease", "audit-write", "audit-control", "setfcap", "mac-override",
        "mac-admin", "syslog", "wake-alarm", "block-suspend", "audit-read"]
    assert {i.kind for i in items} == {lsp.CompletionItemKind.EnumMember}


def test_a_partly_typed_value_is_replaced(tmp_path: Path) -> None:
    # "registry.ex" is replaced by the whole host (the range starts where the value does)
    text = APP.replace("        image: registry.example.com/web/nginx:1.25\n", "        image: registry.ex\n")
    items = completions(tmp_path, "applications/web.yaml", text, 14, 26)
    assert labels(items) == ["ghcr.io/", "registry.example.com/"]
    edit = items[1].text_edit
    assert (edit.range.start.line, edit.range.start.character, edit.range.end.character) == (14, 15, 26)
    assert edit.new_text == "registry.example.com/"


def test_a_partly_typed_variable_is_replaced(tmp_path: Path) -> None:
    text = APP.replace("          DB_PASSWORD: ${DB_PASSWORD}\n", "          DB_PASSWORD: ${DB_\n")
    items = completions(tmp_path, "applications/web.yaml", text, 16, 28)
    assert labels(items) == ["DB_PASSWORD"] + SYSTEM
    edit = items[0].text_edit
    assert (edit.range.start.character, edit.range.end.character, edit.new_text) == (25, 28, "DB_PASSWORD")


def test_system_variables_are_those_the_field_may_use(tmp_path: Path) -> None:
    # replicas: no per-container or per-instance variables; a container with approle: its secret id
    text = APP.replace("    replicas: 1\n", "    replicas: ${\n").replace(
        "        image: registry.example.com/web/nginx:1.25\n",
        "        image: registry.example.com/web/nginx:1.25\n        approle: web\n        cmd: [\"${\"]\n")
    items = completions(tmp_path, "applications/web.yaml", text, 5, 16)
    assert labels(items) == ["DB_PASSWORD", "SYS_API_CA_CERT", "SYS_DNS_ZONES", "SYS_GLOBAL_DOMAIN", "SYS_HOST",
                             "SYS_HOST_DEVICE_LABELS", "SYS_SITE", "SYS_SITE_LABELS", "SYS_TENANT"]
    row = text.splitlines().index('        cmd: ["${"]')
    items = completions(tmp_path, "applications/web.yaml", text, row, len('        cmd: ["${'))
    assert labels(items) == ["DB_PASSWORD", "SYS_API_CA_CERT", "SYS_APPROLE_SECRET_ID"] + SYSTEM[1:]


def test_registry_credentials_name_vaults_and_their_secrets(tmp_path: Path) -> None:
    text = "address: registry.example.com\ncredentials:\n  - repository: web\n    vault: shop\n    secret: \n"
    items = completions(tmp_path, "image-registry/remote-registries/example.yaml", text, 4, 12)
    assert labels(items) == ["api", "db"]
    text = "address: registry.example.com\ncredentials:\n  - \n"
    items = completions(tmp_path, "image-registry/remote-registries/example.yaml", text, 2, 4)
    assert labels(items) == ["repository", "vault", "secret"]


def test_a_vault_secret_volume_names_the_secrets_of_its_vault(tmp_path: Path) -> None:
    text = APP.replace("    containers:\n", "    volumes:\n      - name: creds\n        vault-secret:\n"
                       "          secret: \n          vault: shop\n    containers:\n")
    row = text.splitlines().index("          secret: ")
    items = completions(tmp_path, "applications/web.yaml", text, row, 18)
    assert labels(items) == ["api", "db"] and items[0].kind == lsp.CompletionItemKind.Reference
