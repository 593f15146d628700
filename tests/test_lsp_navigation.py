"""Go to definition and find references, end to end through the real server process."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402
from test_lsp import change_doc, open_doc, session, wait_for, write  # noqa: E402

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
    volumes:
      - name: creds
        vault-secret:
          vault: shop
          secret: db
    containers:
      - name: web
        image: registry.example.com/web/nginx:1.25
        env:
          DB_PASSWORD: ${DB_PASSWORD}
          AGAIN: "x-${ DB_PASSWORD }"
        mounts:
          - volume-name: creds
            mount-path: /creds
        cmd:
          - sh
          - |
            echo start
            echo ${DB_PASSWORD} and ${ DB_PASSWORD | quote }
"""
REGISTRY = """address: registry.example.com
credentials:
  - repository: web
    vault: shop
    secret: db
"""
VAULT = "name: shop\ndistribute:\n  to: all\n"
SECRET = "name: db\nallow-image-access: [\"*\"]\ndata:\n  password: change-me\n"
DEPLOYMENT = 'name: web-everywhere\napplication: web\napplication-version: "1.0"\nplacement:\n  match-site-labels: system/type = edge\n'
FILES = {
    "applications/web.yaml": APP,
    "image-registry/remote-registries/example.yaml": REGISTRY,
    "strongbox/vaults/shop.yaml": VAULT,
    "strongbox/vaults/shop/secrets/db.yaml": SECRET,
    "application-deployments/web.yaml": DEPLOYMENT,
}


def uri_of(root: Path, rel: str) -> str:
    return from_fs_path(str(root / rel))


def rng(line: int, start: int, end: int) -> lsp.Range:
    return lsp.Range(start=lsp.Position(line=line, character=start), end=lsp.Position(line=line, character=end))


def at(uri: str, line: int, character: int) -> dict:
    return {"text_document": lsp.TextDocumentIdentifier(uri=uri), "position": lsp.Position(line=line, character=character)}


def spots(locations) -> list[tuple[str, int, int, int]]:
    return sorted((x.uri, x.range.start.line, x.range.start.character, x.range.end.character) for x in locations or [])


async def opened(client, root: Path, rel: str) -> str:
    uri = open_doc(client, root / rel, FILES[rel])
    await wait_for(client, uri, lambda d: True)
    return uri


def test_definition_from_a_variables_vault_and_secret(tmp_path: Path) -> None:
    write(tmp_path, FILES)

    async def scenario(client) -> None:
        app = await opened(client, tmp_path, "applications/web.yaml")
        # `vault: shop` of the variable: line 9, "shop" at 17..21; the cursor inside the name
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 9, 19)))
        assert found == [lsp.Location(uri=uri_of(tmp_path, "strongbox/vaults/shop.yaml"), range=rng(0, 6, 10))]
        # `secret: db`: line 10, the cursor just after the name still finds it
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 10, 20)))
        assert found == [lsp.Location(uri=uri_of(tmp_path, "strongbox/vaults/shop/secrets/db.yaml"),
                                      range=rng(0, 6, 8))]
        # `key: password` -> the key of the secret's data (never its value)
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 11, 16)))
        assert found == [lsp.Location(uri=uri_of(tmp_path, "strongbox/vaults/shop/secrets/db.yaml"),
                                      range=rng(3, 2, 10))]
        assert "change-me" not in repr(found)

    session(tmp_path, scenario)


def test_definition_of_a_volume_a_variable_an_application_and_a_registry(tmp_path: Path) -> None:
    write(tmp_path, FILES)

    async def scenario(client) -> None:
        app = await opened(client, tmp_path, "applications/web.yaml")
        # `- volume-name: creds` (line 24, "creds" at 25..30) -> `- name: creds` of the volume (line 13)
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 24, 27)))
        assert found == [lsp.Location(uri=app, range=rng(13, 14, 19))]
        # `${DB_PASSWORD}` and `"x-${ DB_PASSWORD }"` -> the variable's name (line 7)
        for line, character in ((21, 30), (22, 28)):
            found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, line, character)))
            assert found == [lsp.Location(uri=app, range=rng(7, 14, 25))], (line, character)
        # in a block scalar: each ${...} on its own line and column (line 30)
        for character in (20, 45):
            found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 30, character)))
            assert found == [lsp.Location(uri=app, range=rng(7, 14, 25))], character
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(app, 7, 15), context=lsp.ReferenceContext(include_declaration=False)))
        assert spots(found) == [(app, 21, 25, 36), (app, 22, 23, 34), (app, 30, 19, 30), (app, 30, 39, 50)]
        assert not await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 30, 34)))
        # the image's registry host -> the remote registry's address
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, 19, 20)))
        assert found == [lsp.Location(uri=uri_of(tmp_path, "image-registry/remote-registries/example.yaml"),
                                      range=rng(0, 9, 29))]
        # a deployment's application -> the application's name; its version -> the version
        deployment = await opened(client, tmp_path, "application-deployments/web.yaml")
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(deployment, 1, 14)))
        assert found == [lsp.Location(uri=app, range=rng(0, 6, 9))]
        found = await client.text_document_definition_async(lsp.DefinitionParams(**at(deployment, 2, 23)))
        assert found == [lsp.Location(uri=app, range=rng(1, 9, 14))]

    session(tmp_path, scenario)


def test_references_of_a_secret_list_every_reader_across_files(tmp_path: Path) -> None:
    write(tmp_path, FILES)
    app = uri_of(tmp_path, "applications/web.yaml")
    registry = uri_of(tmp_path, "image-registry/remote-registries/example.yaml")
    secret_file = uri_of(tmp_path, "strongbox/vaults/shop/secrets/db.yaml")

    async def scenario(client) -> None:
        secret = await opened(client, tmp_path, "strongbox/vaults/shop/secrets/db.yaml")
        readers = [(app, 10, 18, 20), (app, 16, 18, 20), (registry, 4, 12, 14)]
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(secret, 0, 7), context=lsp.ReferenceContext(include_declaration=False)))
        assert spots(found) == sorted(readers)
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(secret, 0, 7), context=lsp.ReferenceContext(include_declaration=True)))
        assert spots(found) == sorted(readers + [(secret_file, 0, 6, 8)])
        # from a reference: the same answer
        app_uri = await opened(client, tmp_path, "applications/web.yaml")
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(app_uri, 16, 19), context=lsp.ReferenceContext(include_declaration=True)))
        assert spots(found) == sorted(readers + [(secret_file, 0, 6, 8)])
        # the vault: every vault: field of the three readers
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(app_uri, 9, 17), context=lsp.ReferenceContext(include_declaration=False)))
        assert spots(found) == sorted([(app, 9, 17, 21), (app, 15, 17, 21), (registry, 3, 11, 15)])

    session(tmp_path, scenario)


def test_a_position_on_nothing_gives_no_location(tmp_path: Path) -> None:
    write(tmp_path, FILES)

    async def scenario(client) -> None:
        app = await opened(client, tmp_path, "applications/web.yaml")
        # `mode: replicated`, a key, and a line past the end of the file
        for line, character in ((4, 12), (9, 12), (400, 3)):
            found = await client.text_document_definition_async(lsp.DefinitionParams(**at(app, line, character)))
            assert not found, (line, character)
            found = await client.text_document_references_async(lsp.ReferenceParams(
                **at(app, line, character), context=lsp.ReferenceContext(include_declaration=True)))
            assert not found, (line, character)

    session(tmp_path, scenario)


AUTH_FILES = {
    "applications/api.yaml": """name: api
version: "2.0"
services:
  - name: front
    mode: replicated
    replicas: 2
    placement:
      preferred-anti-affinity:
        services:
          - back
    containers:
      - name: front
        image: nginx:1.25
        approle: front-role
  - name: back
    mode: replicated
    replicas: 1
    containers:
      - name: back
        image: nginx:1.25
""",
    "strongbox/authentication/approles/front-role.yaml": "name: front-role\ntoken-policies:\n  - reader\n",
    "policy/policies/reader.yaml": "name: reader\nrest-api:\n  rules:\n    - path: /v1/state/*\n      operations:\n"
                                   "        read: allow\n",
    "strongbox/acme-services/letsencrypt-prod.yaml": "name: letsencrypt-prod\ncontact-email: admin@example.com\n"
                                                     "directory-url: https://acme-v02.api.letsencrypt.org/directory\n",
    "strongbox/acme-services/letsencrypt-prod/static-requests/web-cert.yaml":
        "name: web-cert\nnames:\n  - www.example.com\nvault: certs\nsecret: web-cert\n",
    "strongbox/vaults/certs.yaml": "name: certs\ndistribute:\n  to: all\n",
    "strongbox/vaults/certs/secrets/web-tls.yaml":
        "name: web-tls\nauto-acme-cert:\n  acme-service: letsencrypt-prod\n  names:\n    - www.example.com\n"
        "allow-image-access:\n  - \"*\"\n",
    "image-registry/settings.yaml": "default-remote-registry: registry.example.com\n",
    "image-registry/remote-registries/example.yaml": "address: registry.example.com\n",
}


def test_approles_policies_acme_services_affinities_and_the_default_registry(tmp_path: Path) -> None:
    write(tmp_path, AUTH_FILES)
    app = uri_of(tmp_path, "applications/api.yaml")
    approle = uri_of(tmp_path, "strongbox/authentication/approles/front-role.yaml")
    acme = uri_of(tmp_path, "strongbox/acme-services/letsencrypt-prod.yaml")
    request = uri_of(tmp_path, "strongbox/acme-services/letsencrypt-prod/static-requests/web-cert.yaml")

    async def scenario(client) -> None:
        async def definition(uri: str, line: int, character: int):
            return await client.text_document_definition_async(lsp.DefinitionParams(**at(uri, line, character)))

        uri = open_doc(client, tmp_path / "applications/api.yaml", AUTH_FILES["applications/api.yaml"])
        await wait_for(client, uri, lambda d: True)
        # a container's approle -> the approle; its token policy -> the policy
        assert await definition(app, 13, 20) == [lsp.Location(uri=approle, range=rng(0, 6, 16))]
        assert await definition(approle, 2, 5) == [
            lsp.Location(uri=uri_of(tmp_path, "policy/policies/reader.yaml"), range=rng(0, 6, 12))]
        # an affinity's service -> the service of the same application
        assert await definition(app, 9, 13) == [lsp.Location(uri=app, range=rng(14, 10, 14))]
        # a secret's acme-service, and a static request (created under its folder's service)
        secret = uri_of(tmp_path, "strongbox/vaults/certs/secrets/web-tls.yaml")
        assert await definition(secret, 2, 20) == [lsp.Location(uri=acme, range=rng(0, 6, 22))]
        assert await definition(request, 0, 8) == [lsp.Location(uri=acme, range=rng(0, 6, 22))]
        # a static request's vault -> the vault
        assert await definition(request, 3, 8) == [
            lsp.Location(uri=uri_of(tmp_path, "strongbox/vaults/certs.yaml"), range=rng(0, 6, 11))]
        # the default remote registry -> the remote registry
        assert await definition(uri_of(tmp_path, "image-registry/settings.yaml"), 0, 30) == [
            lsp.Location(uri=uri_of(tmp_path, "image-registry/remote-registries/example.yaml"), range=rng(0, 9, 29))]
        # every user of the ACME service, from its declaration
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(acme, 0, 10), context=lsp.ReferenceContext(include_declaration=False)))
        assert spots(found) == sorted([(secret, 2, 16, 32), (request, 0, 6, 14)])

    session(tmp_path, scenario)


OTHER = """name: other
version: "1.0"
services:
  - name: other
    volumes:
      - name: creds
        ephemeral-volume:
          size: 1GB
    containers:
      - name: other
        mounts: [{volume-name: creds, mount-path: /creds}]
        image: registry.example.com/other:1.0
"""


def test_sites_jwt_methods_and_an_unsaved_edit(tmp_path: Path) -> None:
    files = dict(FILES)
    files["application-deployments/web.yaml"] = DEPLOYMENT.replace(
        "system/type = edge", 'system/name = store-1 or system/name = store-2')
    files["system/sites/store-1.yaml"] = "name: store-1\ntype: edge\n"
    files["system/sites/store-2.yaml"] = "name: store-2\ntype: edge\n"
    files["strongbox/authentication/jwt/gitlab.yaml"] = "name: gitlab\ndiscovery-url: https://gitlab.example.com\n"
    files["strongbox/authentication/jwt/gitlab/roles/deploy.yaml"] = (
        "name: deploy\nbound-audiences:\n  - https://api.example.com\nuser-claim: user_email\n")
    files["applications/other.yaml"] = OTHER
    write(tmp_path, files)
    deployment = uri_of(tmp_path, "application-deployments/web.yaml")
    other = uri_of(tmp_path, "applications/other.yaml")
    secret_file = uri_of(tmp_path, "strongbox/vaults/shop/secrets/db.yaml")

    async def scenario(client) -> None:
        async def definition(uri: str, line: int, character: int):
            return await client.text_document_definition_async(lsp.DefinitionParams(**at(uri, line, character)))

        app = await opened(client, tmp_path, "applications/web.yaml")
        # `  match-site-labels: system/name = store-1 or system/name = store-2`: both site names
        assert await definition(deployment, 4, 37) == [
            lsp.Location(uri=uri_of(tmp_path, "system/sites/store-1.yaml"), range=rng(0, 6, 13))]
        assert await definition(deployment, 4, 63) == [
            lsp.Location(uri=uri_of(tmp_path, "system/sites/store-2.yaml"), range=rng(0, 6, 13))]
        # a JWT role -> the method it is created under
        assert await definition(uri_of(tmp_path, "strongbox/authentication/jwt/gitlab/roles/deploy.yaml"), 0, 8) == [
            lsp.Location(uri=uri_of(tmp_path, "strongbox/authentication/jwt/gitlab.yaml"), range=rng(0, 6, 12))]
        # a volume of the same name in another application's service is another volume
        assert await definition(other, 10, 33) == [lsp.Location(uri=other, range=rng(5, 14, 19))]
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(app, 13, 15), context=lsp.ReferenceContext(include_declaration=True)))
        assert spots(found) == [(app, 13, 14, 19), (app, 24, 25, 30)]
        # the editor points the variable at another secret (unsaved): navigation follows the buffer
        change_doc(client, app, APP.replace("          secret: db\n          key", "          secret: dbx\n          key"), 2)
        await wait_for(client, app, lambda d: any(x.code == "SEC004" for x in d))
        assert not await definition(app, 10, 19)
        found = await client.text_document_references_async(lsp.ReferenceParams(
            **at(secret_file, 0, 7), context=lsp.ReferenceContext(include_declaration=False)))
        assert (app, 10, 18, 20) not in spots(found) and (app, 16, 18, 20) in spots(found)

    session(tmp_path, scenario)
