"""IMG and NET rules: options, resolution edge cases, and the address and ingress helpers."""
from __future__ import annotations

import pytest

from avassa_lint.settings.config import Config, External
from avassa_lint.views.ingress_ports import normalized, split_items
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.port_ranges import PortRange
from avassa_lint.model.registry_address import RegistryAddress, parse_registry_address, suggest_address
from conftest import Project

APP = """\
name: shop
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
{containers}
"""


def app(*images: str) -> str:
    lines = []
    for i, image in enumerate(images):
        lines.append(f"      - name: c{i}\n        image: {image}")
    return APP.format(containers="\n".join(lines))


def codes(lines: list[str], code: str) -> list[str]:
    return [line for line in lines if f" {code} " in line]


REGISTRY = "image-registry/remote-registries/company.yaml"
SETTINGS = "image-registry/settings.yaml"
APP_PATH = "applications/shop.yaml"


# --------------------------------------------------------------------------- IMG001 undeclared-registry


@pytest.mark.parametrize(
    ("allow", "silent"),
    [
        pytest.param(["quay.io"], True, id="exact"),
        pytest.param(["*.io"], True, id="pattern"),
        pytest.param(["QUAY.IO"], True, id="case-insensitive"),
        pytest.param("quay.io", True, id="a single string"),
        pytest.param(["quay.io:443"], False, id="port-must-match"),
        pytest.param([], False, id="default-empty"),
        pytest.param(42, False, id="wrong-type-ignored"),
    ],
)
def test_undeclared_registry_allow(project: Project, allow: object, silent: bool) -> None:
    project.write({APP_PATH: app("quay.io/shop/cache:7.2.5"), REGISTRY: "address: ghcr.io\n"})
    config = Config(rules={"undeclared-registry": {"allow": allow}})
    found = codes(project.lint(["IMG001"], config=config), "IMG001")
    assert (found == []) is silent, found


def test_undeclared_registry_options_by_code(project: Project) -> None:
    project.write({APP_PATH: app("quay.io/shop/cache:7.2.5"), REGISTRY: "address: ghcr.io\n"})
    config = Config(rules={"IMG001": {"allow": ["quay.io"]}})
    assert project.lint(["IMG001"], config=config) == []


def test_undeclared_registry_external_counts_as_declared(project: Project) -> None:
    project.write({APP_PATH: app("quay.io/shop/cache:7.2.5", "ghcr.io/x/y:1.0")})
    config = Config(external=External(registries=["quay.io"]))
    # no registry file, but one external registry: the project now declares registries
    assert codes(project.lint(["IMG001"], config=config), "IMG001") == [
        'applications/shop.yaml:11:16: warning IMG001 image "ghcr.io/x/y:1.0" of container "c1" in service "web" '
        'names registry "ghcr.io", which is not a declared remote registry [undeclared-registry]'
    ]


def test_undeclared_registry_severity_follows_what_is_known(project: Project) -> None:
    # declared in a file: the set is known, an unknown host is an error
    declared = project.sub("declared")
    declared.write({APP_PATH: app("quay.io/shop/cache:7.2.5"), REGISTRY: "address: ghcr.io\n"})
    assert declared.lint(["IMG001"]) == [
        'applications/shop.yaml:9:16: error IMG001 image "quay.io/shop/cache:7.2.5" of container "c0" in service "web" '
        'names registry "quay.io", which is not a declared remote registry [undeclared-registry]'
    ]
    # only external registries: a host close to one is still an error, another host a warning
    external = project.sub("external")
    external.write({APP_PATH: app("quay.io:8443/shop/cache:7.2.5", "ghcr.io/x/y:1.0")})
    config = Config(external=External(registries=["quay.io"]))
    assert [line.split(" IMG001 ")[0] for line in external.lint(["IMG001"], config=config)] == [
        "applications/shop.yaml:9:16: error", "applications/shop.yaml:11:16: warning"]


@pytest.mark.parametrize("key", ["undeclared-registry", "IMG001"])
def test_undeclared_registry_severity_override_applies_to_every_finding(project: Project, key: str) -> None:
    project.write({APP_PATH: app("quay.io:8443/shop/cache:7.2.5", "ghcr.io/x/y:1.0")})
    config = Config(external=External(registries=["quay.io"]), severity={key: "info"})
    assert [line.split(" IMG001 ")[0] for line in project.lint(["IMG001"], config=config)] == [
        "applications/shop.yaml:9:16: info", "applications/shop.yaml:11:16: info"]


def test_undeclared_registry_own_severity_survives_the_rules_cache(project: Project) -> None:
    from avassa_lint.engine import collect_inputs, run

    folder = project.write({APP_PATH: app("quay.io:8443/shop/cache:7.2.5", "ghcr.io/x/y:1.0")})
    seen = []
    for _ in range(2):  # the second run reads the cross-file rules' findings from the cache
        config = Config(external=External(registries=["quay.io"]), select=["IMG001"], root=str(folder))
        inputs, _problems = collect_inputs([str(folder)], config)
        seen.append([(d.span.line, d.severity.label) for d in run(inputs, config).diagnostics])
    assert seen[0] == seen[1] == [(9, "error"), (11, "warning")]


def test_undeclared_registry_typo_reported_when_a_registry_file_failed_to_load(project: Project) -> None:
    project.write({
        APP_PATH: app("ghcr.oi/shop/cache:7.2.5", "quay.io/shop/cache:7.2.5"),
        REGISTRY: "address: ghcr.io\n",
        "image-registry/remote-registries/quay.yaml": "address: [quay.io\n",
    })
    # the unreadable file may declare quay.io, but not the near miss of ghcr.io
    assert codes(project.lint(["IMG001", "YML"]), "IMG001") == [
        'applications/shop.yaml:9:16: error IMG001 image "ghcr.oi/shop/cache:7.2.5" of container "c0" in service "web" '
        'names registry "ghcr.oi", which is not a declared remote registry [undeclared-registry]'
    ]


def test_undeclared_registry_files_outside_the_path_convention(project: Project) -> None:
    # a new user's folder: kinds come from the content, the typo is an error with did-you-mean
    project.write({"web.yaml": app("registry.exmple.com/web/nginx:1.25.3"),
                   "registry.yaml": "address: registry.example.com\n"})
    assert project.lint(["IMG001"], paths=["web.yaml", "registry.yaml"]) == [
        'web.yaml:9:16: error IMG001 image "registry.exmple.com/web/nginx:1.25.3" of container "c0" in service '
        '"web" names registry "registry.exmple.com", which is not a declared remote registry [undeclared-registry]'
    ]
    text = "\n".join(project.lint(["IMG001"], fmt="text"))
    assert 'hint: did you mean "registry.example.com"?' in text
    # the application alone: the registries are unknown, so nothing but LNT005's note
    assert codes(project.lint(["IMG001", "LNT005"], paths=["web.yaml"]), "IMG001") == []


def test_undeclared_registry_hint_names_external_address(project: Project) -> None:
    project.write({APP_PATH: app("quay.io:8443/shop/cache:7.2.5")})
    config = Config(external=External(registries=["quay.io"]))
    text = "\n".join(project.lint(["IMG001"], config=config, fmt="text"))
    assert 'hint: did you mean "quay.io"?' in text


def test_undeclared_registry_control_tower_registry_option(project: Project) -> None:
    project.write({APP_PATH: app("registry.acme.avassa.net/shop/api:1.0"), REGISTRY: "address: ghcr.io\n"})
    assert codes(project.lint(["IMG001"]), "IMG001")
    config = Config(rules={"image-without-registry": {"control-tower-registry": "registry.acme.avassa.net"}})
    assert project.lint(["IMG001", "IMG003"], config=config) == []


def test_undeclared_registry_silent_when_a_registry_file_failed_to_load(project: Project) -> None:
    project.write({
        APP_PATH: app("quay.io/shop/cache:7.2.5"),
        REGISTRY: "address: ghcr.io\n",
        "image-registry/remote-registries/quay.yaml": "address: [quay.io\n",
    })
    assert codes(project.lint(["IMG001", "YML"]), "IMG001") == []
    assert codes(project.lint(["IMG001", "YML"]), "YML001")


def test_undeclared_registry_registry_without_address(project: Project) -> None:
    # The registry without an address declares nothing: its missing key and the image both show.
    project.write({
        APP_PATH: app("quay.io/shop/cache:7.2.5"),
        REGISTRY: "address: ghcr.io\n",
        "image-registry/remote-registries/quay.yaml": "override-address: quay.io\n",
    })
    lines = project.lint(["IMG001", "SCH"])
    assert codes(lines, "IMG001") and codes(lines, "SCH003")


def test_undeclared_registry_default_registry_not_declared_is_fine(project: Project) -> None:
    project.write({
        APP_PATH: app("registry-1.docker.io/library/nginx:1.25.3", "nginx:1.25.3"),
        REGISTRY: "address: ghcr.io\n",
        SETTINGS: "default-remote-registry: registry-1.docker.io\n",
    })
    assert project.lint(["IMG001"]) == []


def test_undeclared_registry_ignores_invalid_images_and_invalid_default(project: Project) -> None:
    project.write({
        APP_PATH: app('"quay.io/shop/cache:${TAG}"'),
        REGISTRY: "address: ghcr.io\n",
        SETTINGS: "default-remote-registry: https://ghcr.io\n",
    })
    assert project.lint(["IMG001"]) == []


# --------------------------------------------------------------------------- IMG002 invalid-image-reference


@pytest.mark.parametrize(
    ("image", "column", "hint"),
    [
        pytest.param('"registry.example.com/shop/api:${VERSION}"', 47, "variables and placeholders"),
        pytest.param("registry.example.com/shop/api:$VERSION", 46, "variables and placeholders"),
        pytest.param('"{{ .Image }}"', 17, "variables and placeholders"),
        pytest.param('" nginx:1.25.3"', 17, 'write "nginx:1.25.3"'),
        pytest.param("shop/Api:1.0", 21, 'write "shop/api:1.0"'),
        pytest.param("localhost:5000/Shop/api:V1", 31, 'write "localhost:5000/shop/api:V1"'),
        pytest.param("registry.example.com:6OOO/shop/api:1.0", 37, None),
    ],
)
def test_invalid_image_reference_column_and_hint(project: Project, image: str, column: int, hint: str | None) -> None:
    project.write({APP_PATH: app(image), REGISTRY: "address: registry.example.com\n"})
    lines = project.lint(["IMG002"])
    assert len(lines) == 1 and f":9:{column}: error IMG002 " in lines[0], lines
    text = "\n".join(project.lint(["IMG002"], fmt="text"))
    if hint is None:
        assert "hint:" not in text
    else:
        assert hint in text


def test_invalid_image_reference_leaves_empty_and_non_strings_to_the_schema(project: Project) -> None:
    project.write({APP_PATH: app('""', "42"), REGISTRY: "address: registry.example.com\n"})
    lines = project.lint(["IMG", "SCH"])
    assert codes(lines, "IMG002") == []
    assert codes(lines, "SCH006") and codes(lines, "SCH004")


# --------------------------------------------------------------------------- IMG003 image-without-registry

NO_DEFAULT = {SETTINGS: "{}\n", REGISTRY: "address: registry.example.com\n"}


@pytest.mark.parametrize(
    ("pushed", "silent"),
    [
        pytest.param(["shop/*"], True, id="glob-on-the-image"),
        pytest.param(["shop/api"], True, id="repository-without-tag"),
        pytest.param(["shop/api:1.0"], True, id="image-as-written"),
        pytest.param("shop/api", True, id="a single string"),
        pytest.param(["shop/api:2.0"], False, id="other-tag"),
        pytest.param(["Shop/*"], False, id="case-sensitive"),
        pytest.param([], False, id="default-empty"),
    ],
)
def test_image_without_registry_pushed_images(project: Project, pushed: object, silent: bool) -> None:
    project.write({APP_PATH: app("shop/api:1.0"), **NO_DEFAULT})
    config = Config(rules={"image-without-registry": {"pushed-images": pushed}})
    found = project.lint(["IMG003"], config=config)
    assert (found == []) is silent, found


def test_image_without_registry_is_a_warning_when_the_settings_set_no_default(project: Project) -> None:
    project.write({APP_PATH: app("shop/api:1.0"), SETTINGS: "{}\n"})
    assert project.lint(["IMG003"]) == [
        'applications/shop.yaml:9:16: warning IMG003 image "shop/api:1.0" of container "c0" in service "web" has no '
        "registry host and no default remote registry is configured, so it must already be in the Control Tower "
        "registry [image-without-registry]"
    ]
    config = Config(severity={"image-without-registry": "info"})
    assert [line.split(" IMG003 ")[0] for line in project.lint(["IMG003"], config=config)] == [
        "applications/shop.yaml:9:16: info"]


def test_image_without_registry_control_tower_host(project: Project) -> None:
    project.write({APP_PATH: app("registry.acme.avassa.net/shop/api:1.0", "shop/api:1.0"), **NO_DEFAULT})
    config = Config(rules={"image-without-registry": {"control-tower-registry": "registry.acme.avassa.net"}})
    lines = project.lint(["IMG001", "IMG003"], config=config)
    assert [line.split(": ")[0] for line in lines] == ["applications/shop.yaml:11:16"]


@pytest.mark.parametrize(
    "files",
    [
        pytest.param({REGISTRY: "address: registry.example.com\n"}, id="no-settings-file"),
        pytest.param({SETTINGS: "default-remote-registry: 42\n"}, id="default-of-wrong-type"),
        pytest.param({SETTINGS: "{}\n", REGISTRY: "address: default\n"}, id="registry-named-default"),
        pytest.param({SETTINGS: "{}\n", "image-registry/other.yaml": "a: [\n"}, id="unreadable-file"),
    ],
)
def test_image_without_registry_silent_when_the_default_is_unknown(project: Project, files: dict[str, str]) -> None:
    project.write({APP_PATH: app("shop/api:1.0"), **files})
    assert codes(project.lint(["IMG003"]), "IMG003") == []


# --------------------------------------------------------------------------- IMG004 unpinned-image


@pytest.mark.parametrize(
    ("image", "fires"),
    [
        pytest.param("nginx", True, id="no-tag"),
        pytest.param("nginx:latest", True, id="latest"),
        pytest.param("localhost:5000/nginx", True, id="port-is-not-a-tag"),
        pytest.param("nginx:Latest", False, id="tags-are-case-sensitive"),
        pytest.param("nginx:stable", False, id="other-moving-tag"),
        pytest.param("nginx@sha256:" + "a" * 64, False, id="digest"),
        pytest.param("nginx:latest@sha256:" + "a" * 64, False, id="latest-with-digest"),
    ],
)
def test_unpinned_image(project: Project, image: str, fires: bool) -> None:
    project.write({APP_PATH: app(image), REGISTRY: "address: localhost:5000\n"})
    assert bool(project.lint(["IMG004"])) is fires


# --------------------------------------------------------------------------- IMG005 missing-registry-credentials

CREDENTIALS = """\
address: {address}
credentials:
{entries}
"""


def registry(address: str, *repositories: str) -> str:
    entries = "\n".join(f'  - repository: "{r}"\n    vault: registry-credentials\n    secret: s{i}'
                        for i, r in enumerate(repositories))
    return CREDENTIALS.format(address=address, entries=entries)


@pytest.mark.parametrize(
    ("image", "repositories", "fires"),
    [
        pytest.param("r.example.com/team/app:1.0", ["team"], False, id="prefix"),
        pytest.param("r.example.com/team/app:1.0", ["team/"], False, id="prefix-with-slash"),
        pytest.param("r.example.com/team/app:1.0", ["team/app"], False, id="whole-repository"),
        pytest.param("r.example.com/team/app:1.0", ["other", "*"], False, id="star"),
        pytest.param("r.example.com/team-x/app:1.0", ["team"], True, id="not-a-component-prefix"),
        pytest.param("r.example.com/team/app:1.0", ["team/app/sub"], True, id="longer-than-repository"),
        pytest.param("r.example.com/team/app:1.0", ["Team"], True, id="case-sensitive"),
    ],
)
def test_missing_registry_credentials_prefixes(project: Project, image: str, repositories: list[str], fires: bool) -> None:
    project.write({APP_PATH: app(image), REGISTRY: registry("r.example.com", *repositories)})
    assert bool(project.lint(["IMG005"])) is fires


def test_missing_registry_credentials_docker_hub_library(project: Project) -> None:
    # A host-less one-part name on a Docker Hub default is library/<name>; an explicit host is not.
    project.write({
        APP_PATH: app("redis:7.2.5", "registry-1.docker.io/redis:7.2.5"),
        REGISTRY: registry("registry-1.docker.io", "library"),
        SETTINGS: "default-remote-registry: registry-1.docker.io\n",
    })
    lines = project.lint(["IMG005"])
    assert len(lines) == 1 and ":11:37: warning IMG005 " in lines[0] and 'repository "redis"' in lines[0], lines


def test_missing_registry_credentials_duplicate_registries_are_merged(project: Project) -> None:
    project.write({
        APP_PATH: app("r.example.com/team/app:1.0"),
        REGISTRY: registry("r.example.com", "other"),
        "image-registry/remote-registries/company-team.yaml": registry("r.example.com", "team"),
    })
    assert project.lint(["IMG005"]) == []
    assert codes(project.lint(["IMG006"]), "IMG006")


@pytest.mark.parametrize(
    "files",
    [
        pytest.param({REGISTRY: "address: r.example.com\n"}, id="registry-without-credentials"),
        pytest.param({REGISTRY: registry("other.example.com", "x")}, id="other-registry"),
        pytest.param({REGISTRY: "address: r.example.com\ncredentials:\n  - repository: 7\n    vault: v\n    secret: s\n"},
                     id="repository-not-a-string"),
    ],
)
def test_missing_registry_credentials_silent(project: Project, files: dict[str, str]) -> None:
    project.write({APP_PATH: app("r.example.com/team/app:1.0"), **files})
    assert project.lint(["IMG005"]) == []


def test_missing_registry_credentials_external_registry(project: Project) -> None:
    project.write({APP_PATH: app("r.example.com/team/app:1.0")})
    config = Config(external=External(registries=["r.example.com"]))
    assert project.lint(["IMG005"], config=config) == []


# --------------------------------------------------------------------------- NET001, NET002

INGRESS = """\
name: gateway
version: "1.0"
services:
  - name: proxy
    mode: replicated
    replicas: 1
    network:
      ingress-ip-per-instance:
        protocols:
{protocols}
    containers:
      - name: envoy
        image: registry.example.com/edge/envoy:1.31.2
"""


def ingress(*entries: tuple[str, str]) -> str:
    return INGRESS.format(protocols="\n".join(
        f'          - name: {name}\n            port-ranges: "{ranges}"' for name, ranges in entries))


@pytest.mark.parametrize(
    ("ranges", "columns"),
    [
        pytest.param("80,443", [], id="valid"),
        pytest.param("080,0443", [], id="leading-zeros"),
        pytest.param("0", [27], id="zero"),
        pytest.param("65536", [27], id="above"),
        pytest.param("99999999999999999999", [27], id="huge"),
        pytest.param("80-0", [30], id="range-end-zero"),
        pytest.param("1,2,0,70000", [31, 33], id="each-bad-item"),
        pytest.param("443,80,22", [31], id="order-reported-once"),
        pytest.param("80-90,85", [33], id="overlap"),
        pytest.param("80,80", [30], id="repeat"),
        pytest.param("90-80,85", [27], id="reversed-then-ordered-fine"),
    ],
)
def test_invalid_port_ranges_columns(project: Project, ranges: str, columns: list[int]) -> None:
    project.write({APP_PATH: ingress(("tcp", ranges))})
    lines = project.lint(["NET001"])
    assert [int(line.split(":")[2]) for line in lines] == columns, lines


def test_invalid_port_ranges_hint_sorts_and_merges(project: Project) -> None:
    project.write({APP_PATH: ingress(("tcp", "8443,443,400-500,90-80"))})
    text = "\n".join(project.lint(["NET001"], fmt="text"))
    assert 'sort the items and merge the overlapping ones: "80-90,400-500,8443"' in text


@pytest.mark.parametrize(
    ("entries", "lines"),
    [
        pytest.param([("tcp", "80"), ("tcp", "443")], 0, id="same-protocol-other-ports"),
        pytest.param([("tcp", "53"), ("udp", "53"), ("sctp", "53")], 0, id="other-protocols"),
        pytest.param([("tcp", "80,443"), ("tcp", "443")], 1, id="repeat"),
        pytest.param([("tcp", "1-1000"), ("tcp", "22"), ("tcp", "80")], 2, id="each-later-entry"),
        pytest.param([("tcp", "0,443"), ("tcp", "0")], 0, id="invalid-items-ignored"),
    ],
)
def test_duplicate_port(project: Project, entries: list[tuple[str, str]], lines: int) -> None:
    project.write({APP_PATH: ingress(*entries)})
    assert len(project.lint(["NET002"])) == lines


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("registry.example.com", RegistryAddress("registry.example.com", None)),
        ("registry.example.com:6000", RegistryAddress("registry.example.com", 6000)),
        ("localhost:65535", RegistryAddress("localhost", 65535)),
        ("10.0.0.12:5000", RegistryAddress("10.0.0.12", 5000)),
        ("[fd00::12]:443", RegistryAddress("[fd00::12]", 443)),
        ("[::1]", RegistryAddress("[::1]", None)),
        ("Registry.Example.com", RegistryAddress("Registry.Example.com", None)),
    ],
)
def test_parse_registry_address_valid(text: str, expected: RegistryAddress) -> None:
    assert parse_registry_address(text) == expected


@pytest.mark.parametrize(
    ("text", "offset", "length", "words"),
    [
        ("https://r.example.com", 0, 8, "scheme"),
        ("r.example.com/v2", 13, 3, "path"),
        ("r.example.com:0", 14, 1, "expected 1-65535"),
        ("r.example.com:65536", 14, 5, "expected 1-65535"),
        ("r.example.com:6OOO", 14, 4, "not a number"),
        ("r.example.com:", 13, 1, "empty port"),
        (":5000", 0, 1, "no host"),
        ("r..example.com", 2, 1, "empty part"),
        ("-r.example.com", 0, 2, 'starts or ends with "-"'),
        ("r_x.example.com", 1, 1, "contains"),
        ("r.example.com ", 13, 1, "a space"),
        ("[fd00::12", 0, 9, 'no closing "]"'),
        ("[zz]:5000", 0, 4, "not an IPv6"),
        ("[::1]x", 5, 1, 'after "]"'),
        ("", 0, 1, "empty"),
    ],
)
def test_parse_registry_address_problems(text: str, offset: int, length: int, words: str) -> None:
    problem = parse_registry_address(text, "address")
    assert isinstance(problem, ParseProblem)
    assert (problem.offset, problem.length) == (offset, length)
    assert words in problem.message and problem.message.startswith("address ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://registry.example.com:6000/v2/", "registry.example.com:6000"),
        ("registry.example.com:6OOO", "registry.example.com:6000"),
        ("registry.example.com:", "registry.example.com"),
        (" registry.example.com", "registry.example.com"),
        ("registry.example.com:0", None),
        ("registry.example.com", None),
    ],
)
def test_suggest_address(text: str, expected: str | None) -> None:
    assert suggest_address(text) == expected


def test_split_items_and_normalized() -> None:
    items = split_items("443,0,90-80,1-5")
    assert [i.ports for i in items] == [PortRange(443, 443, 0, 3), None, None, PortRange(1, 5, 12, 3)]
    assert items[1].problem is not None and items[1].problem.offset == 4
    assert items[2].problem is not None and items[2].problem.offset == 6
    assert normalized([PortRange(80, 90, 0, 0), PortRange(85, 100, 0, 0), PortRange(22, 22, 0, 0),
                       PortRange(101, 101, 0, 0)]) == "22,80-100,101"


# --------------------------------------------------------------------------- APP018 shared-network-service-collision


def shared_app(name: str, network: object, *services: str) -> str:
    body = "".join(f"  - name: {s}\n    mode: replicated\n    replicas: 1\n    containers:\n      - name: main\n"
                   f"        image: registry.example.com/{name}/{s}:1.0\n" for s in services)
    return f'name: {name}\nversion: "1.0"\nnetwork:\n  shared-application-network: {network}\nservices:\n{body}'


def test_shared_network_collision_across_documents_of_one_file(project: Project) -> None:
    project.write({"apps.yaml": shared_app("shop", "store-net", "web", "api") + "---\n"
                   + shared_app("pos", "store-net", "api")})
    lines = project.lint(["APP018"])
    assert lines == [
        'apps.yaml:24:11: warning APP018 service "api" of application "pos" has the same name as service "api" of '
        'application "shop", which joins the same shared application network "store-net" '
        "[shared-network-service-collision]"
    ]
    text = "\n".join(project.lint(["APP018"], fmt="text"))
    assert 'service "api" of application "shop": apps.yaml:12:11' in text


@pytest.mark.parametrize("network", ["[a, b]", "42", '""', "{}"])
def test_shared_network_collision_ignores_networks_that_are_not_names(project: Project, network: str) -> None:
    project.write({"applications/a.yaml": shared_app("a", network, "api"),
                   "applications/b.yaml": shared_app("b", network, "api")})
    assert codes(project.lint(["APP018", "SCH"]), "APP018") == []
