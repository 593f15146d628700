"""Unsafe renames of references to the one close declared name (SEC001, SEC004, APP002, APP004,
APP010, IMG001): offered only when exactly one declared name is close and the written name sits
exactly where the loader's span says; never a second guess (a vault and secret swapped), never
a name written through a substitution, never inside a Strongbox secret."""
from __future__ import annotations

from conftest import Project, run_folder

REGISTRY = {"image-registry/remote-registries/example.yaml": "address: registry.example.com\n"}


def _app(volumes: str, mounts: str, variables: str = "", env: str = "") -> str:
    return f"""\
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
{variables}    volumes:
{volumes}    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25
{env}        mounts:
{mounts}"""


def _volume(name: str) -> str:
    return f"      - name: {name}\n        ephemeral-volume:\n          size: 1GiB\n"


def _mount(written: str, path: str = "/data") -> str:
    return f"          - volume-name: {written}\n            mount-path: {path}\n"


def findings(project: Project, code: str) -> list:
    from avassa_lint.settings.config import Config

    config = Config()
    config.cache = False  # type: ignore[attr-defined]
    return [d for d in run_folder(project.root, config).diagnostics if d.code == code]


def only(project: Project, code: str):  # type: ignore[no-untyped-def]
    found = findings(project, code)
    assert len(found) == 1, found
    return found[0]


def fixed_text(project: Project, path: str) -> str:
    result = project.check("check", "--fix", "--unsafe-fixes", "--isolated", "--no-cache", ".", inside=True)
    assert result.exit_code in (0, 1), result.output
    return (project.root / path).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- offered


def test_a_rename_is_unsafe_and_edits_only_the_written_name(project: Project) -> None:
    project.write({"applications/web.yaml": _app(_volume("cache"), _mount("cahce  # comment")), **REGISTRY})
    finding = only(project, "APP002")
    assert finding.fix is not None and finding.fix.safe is False
    assert finding.fix.title == 'rename to "cache"'
    (edit,) = finding.fix.edits
    assert edit.text == "cache" and edit.span == finding.span
    # without --unsafe-fixes nothing changes, and the summary says what --unsafe-fixes would add
    shown = project.check("check", "--diff", "--isolated", "--no-cache", ".", inside=True)
    assert shown.exit_code == 0 and "+++" not in shown.output
    assert "1 more with --unsafe-fixes" in shown.output
    assert "volume-name: cache  # comment\n" in fixed_text(project, "applications/web.yaml")


def test_a_quoted_name_keeps_its_quotes(project: Project) -> None:
    project.write({"applications/web.yaml": _app(_volume("cache"), _mount("'cahce'")), **REGISTRY})
    assert "volume-name: 'cache'\n" in fixed_text(project, "applications/web.yaml")


def test_a_name_that_would_read_as_a_boolean_plain_is_renamed_only_inside_quotes(project: Project) -> None:
    project.write({"applications/web.yaml": _app(_volume('"yes"'), _mount("yse") + _mount('"yse"', "/b")),
                   **REGISTRY})
    plain, quoted = sorted(findings(project, "APP002"), key=lambda d: d.span.line)
    assert plain.fix is None  # `yes` written plain is a boolean to YAML 1.1 readers
    assert quoted.fix is not None and quoted.fix.edits[0].text == "yes"


def test_a_variable_inside_a_string_is_renamed_in_place(project: Project) -> None:
    variables = "    variables:\n      - name: DB_HOST\n        value: db.example.com\n"
    env = '        env:\n          URL: "postgres://${ DB_HSOT | quote }:5432/web"\n'
    project.write({"applications/web.yaml": _app(_volume("cache"), _mount("cache"), variables, env), **REGISTRY})
    finding = only(project, "APP004")
    assert finding.fix is not None
    assert 'URL: "postgres://${ DB_HOST | quote }:5432/web"\n' in fixed_text(project, "applications/web.yaml")


def test_a_heredoc_reference_is_renamed_in_the_host_script(project: Project) -> None:
    script = (
        "#!/bin/sh\n"
        "supctl create strongbox vaults web secrets <<'EOF'\n"
        "name: tls\n"
        "data:\n"
        "  cahce: not-a-real-secret-value\n"
        "EOF\n"
        "supctl create applications <<'EOF'\n"
        + _app(_volume("cache"), _mount("cahce"))
        + "EOF\n"
    )
    project.write({"scripts/setup.sh": script, **REGISTRY})
    result = project.check("check", "--fix", "--unsafe-fixes", "--include-scripts", "--isolated", "--no-cache",
                           ".", inside=True)
    assert result.exit_code in (0, 1), result.output
    after = (project.root / "scripts/setup.sh").read_text(encoding="utf-8")
    assert after == script.replace("volume-name: cahce", "volume-name: cache")  # the secret's key stays


# --------------------------------------------------------------------------- not offered


def test_two_close_volumes_no_fix(project: Project) -> None:
    project.write({"applications/web.yaml": _app(_volume("cache1") + _volume("cache2"), _mount("cache")),
                   **REGISTRY})
    assert only(project, "APP002").fix is None


def test_a_name_quoted_with_escapes_or_over_lines_no_fix(project: Project) -> None:
    mounts = _mount('"cahc\\x65"') + "          - volume-name: >-\n              cahce\n            mount-path: /b\n"
    project.write({"applications/web.yaml": _app(_volume("cache"), mounts), **REGISTRY})
    found = findings(project, "APP002")
    assert len(found) == 2 and all(d.fix is None for d in found)
    shown = project.check("check", "--diff", "--unsafe-fixes", "--isolated", "--no-cache", ".", inside=True)
    assert shown.exit_code == 0 and "+++" not in shown.output


def test_two_close_variables_no_fix(project: Project) -> None:
    variables = ("    variables:\n      - name: DB_HOST1\n        value: a\n"
                 "      - name: DB_HOST2\n        value: b\n")
    env = "        env:\n          A: ${DB_HOST1}\n          B: ${DB_HOST2}\n          C: ${DB_HOST}\n"
    project.write({"applications/web.yaml": _app(_volume("cache"), _mount("cache"), variables, env), **REGISTRY})
    assert only(project, "APP004").fix is None


def test_two_close_applications_no_fix(project: Project) -> None:
    def app(name: str) -> str:
        return (f"name: {name}\nversion: \"1.0\"\nservices:\n  - name: {name}\n    mode: replicated\n"
                f"    replicas: 1\n    containers:\n      - name: c\n        image: registry.example.com/{name}:1\n")
    project.write({"applications/web1.yaml": app("web1"), "applications/web2.yaml": app("web2"),
                   "application-deployments/web.yaml": "name: web\napplication: web\nplacement:\n"
                                                       "  match-site-labels: system/type = edge\n",
                   **REGISTRY})
    assert only(project, "APP010").fix is None


def test_two_addresses_of_the_same_host_no_fix(project: Project) -> None:
    project.write({
        "applications/web.yaml": _app(_volume("cache"), _mount("cache")).replace(
            "registry.example.com/web/nginx", "registry.example.net/web/nginx"),
        "image-registry/remote-registries/a.yaml": "address: registry.example.net:5000\n",
        "image-registry/remote-registries/b.yaml": "address: registry.example.net:6000\n",
    })
    assert only(project, "IMG001").fix is None


SECRETS = {
    "strongbox/vaults/credentials.yaml": "name: credentials\ndistribute:\n  to: all\n",
    "strongbox/vaults/credentials/secrets/operations.yaml":
        "name: operations\ndata:\n  username: pull\n  password: not-a-real-password\n"
        "allow-image-access:\n  - \"*\"\n",
}


def test_a_swapped_vault_and_secret_no_fix(project: Project) -> None:
    project.write({
        "image-registry/remote-registries/example.yaml":
            "address: registry.example.com\ncredentials:\n  - repository: \"*\"\n"
            "    vault: operations\n    secret: credentials\n",
        **SECRETS,
    })
    finding = only(project, "SEC001")
    assert "look swapped" in (finding.hint or "") and finding.fix is None


def test_a_vault_name_written_with_a_variable_no_fix(project: Project) -> None:
    variables = "    variables:\n      - name: VAULT\n        value: credentails\n"
    volumes = "      - name: tls\n        vault-secret:\n          vault: ${VAULT}\n          secret: operations\n"
    project.write({"applications/web.yaml": _app(volumes, _mount("tls"), variables), **REGISTRY, **SECRETS})
    finding = only(project, "SEC004")
    assert 'did you mean "credentials"' in (finding.hint or "") and finding.fix is None


def test_a_key_reference_is_renamed_never_the_secret(project: Project) -> None:
    variables = ("    variables:\n      - name: PASSWORD\n        value-from-vault-secret:\n"
                 "          vault: credentials\n          secret: operations\n          key: pasword\n")
    project.write({"applications/web.yaml": _app(_volume("cache"), _mount("cache"), variables), **REGISTRY,
                   **SECRETS})
    finding = only(project, "SEC004")
    assert finding.fix is not None and all(e.span.path.endswith("applications/web.yaml") for e in finding.fix.edits)
    assert "key: password\n" in fixed_text(project, "applications/web.yaml")
    assert (project.root / "strongbox/vaults/credentials/secrets/operations.yaml").read_text(
        encoding="utf-8") == SECRETS["strongbox/vaults/credentials/secrets/operations.yaml"]


# --------------------------------------------------------------------------- the helpers


def test_only_close_in_a_large_pool() -> None:
    from avassa_lint.views.secret_hints import only_close

    pool = {f"app-{i:04d}" for i in range(2000)} | {"web-shop"}
    assert only_close("web-sohp", pool, "web-shop")
    assert not only_close("web-shp", pool | {"web-ship"}, "web-shop")  # one edit from both
    assert not only_close("Web-shop", pool | {"Web-shops"}, "web-shop")  # a case difference, and one edit
    assert not only_close("Web-shop", pool | {"WEB-SHOP"}, "web-shop")  # two case variants
    assert only_close("cahce", ["cache", "config"], "cache")
    assert not only_close("cache", ["cache1", "cache2"], "cache1")


def test_rename_fix_maps_only_exact_text() -> None:
    from avassa_lint.core.diagnostic import Span
    from avassa_lint.model.project import Located
    from avassa_lint.views.secret_hints import rename_fix

    plain = Located("cahce", Span("a.yaml", 3, 10, 3, 15))
    fix = rename_fix(plain, "cache")
    assert fix is not None and fix.edits[0].span == Span("a.yaml", 3, 10, 3, 15) and not fix.safe
    quoted = Located("cahce", Span("a.yaml", 3, 10, 3, 17))
    assert rename_fix(quoted, "cache").edits[0].span == Span("a.yaml", 3, 11, 3, 16)  # type: ignore[union-attr]
    assert rename_fix(Located("cahce", Span("a.yaml", 3, 10, 3, 20)), "cache") is None  # escapes
    assert rename_fix(Located("cahce", Span("a.yaml", 3, 10, 4, 15)), "cache") is None  # over lines
    image = Located("reg.exmaple.com/web:1", Span("a.yaml", 1, 8, 1, 29))
    fix = rename_fix(image, "reg.example.com", 0, len("reg.exmaple.com"))
    assert fix is not None and fix.edits[0].span == Span("a.yaml", 1, 8, 1, 23)
    assert rename_fix(plain, "1.10") is None  # a number when written plain
    assert rename_fix(quoted, "1.10") is not None
    assert rename_fix(quoted, 'it"s') is None and rename_fix(quoted, "a b") is None
    assert rename_fix(Located(42, Span("a.yaml", 1, 1, 1, 3)), "cache") is None
