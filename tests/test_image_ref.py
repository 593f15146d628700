"""Tests for linter/model/image_ref.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from avassa_lint.model.image_ref import (
    ImageRef,
    Resolution,
    close_addresses,
    parse_image,
    resolve_image,
)
from avassa_lint.model.parse_problem import ParseProblem

SHA = "sha256:" + "0123456789abcdef" * 4


def parse(text: str) -> ImageRef:
    result = parse_image(text)
    assert isinstance(result, ImageRef), result
    return result


@pytest.mark.parametrize(
    ("text", "registry", "repository", "tag", "digest"),
    [
        pytest.param("nginx", None, "nginx", None, None, id="bare-name"),
        pytest.param("nginx:1.25", None, "nginx", "1.25", None, id="tag"),
        pytest.param("library/nginx:latest", None, "library/nginx", "latest", None,
                     id="two-components"),
        pytest.param("registry.example.com:6000/web/nginx:1.25", "registry.example.com:6000",
                     "web/nginx", "1.25", None, id="host-port-tag"),
        pytest.param("ghcr.io/northwind-labs/app", "ghcr.io", "northwind-labs/app", None, None,
                     id="host-without-port"),
        pytest.param("localhost/app", "localhost", "app", None, None, id="localhost"),
        pytest.param("localhost:5000/app:v2", "localhost:5000", "app", "v2", None,
                     id="localhost-port"),
        pytest.param("localhost:5000", None, "localhost", "5000", None,
                     id="no-slash-means-no-host"),
        pytest.param("10.0.0.5:5000/app", "10.0.0.5:5000", "app", None, None, id="ipv4"),
        pytest.param("[::1]:5000/app:v1", "[::1]:5000", "app", "v1", None, id="ipv6"),
        pytest.param("[fe80::1]/app", "[fe80::1]", "app", None, None, id="ipv6-no-port"),
        pytest.param("Registry.Example.com/app", "Registry.Example.com", "app", None, None,
                     id="host-case-is-free"),
        pytest.param("nginx@" + SHA, None, "nginx", None, SHA, id="digest"),
        pytest.param("nginx:1.25@" + SHA, None, "nginx", "1.25", SHA, id="tag-and-digest"),
        pytest.param("nginx@" + SHA.upper().replace("SHA256", "sha256"), None, "nginx", None,
                     SHA.upper().replace("SHA256", "sha256"), id="upper-hex"),
        pytest.param("app@sha512:" + "a" * 128, None, "app", None, "sha512:" + "a" * 128,
                     id="sha512"),
        pytest.param("app@multihash+base58:" + "a" * 32, None, "app", None,
                     "multihash+base58:" + "a" * 32, id="compound-algorithm"),
        pytest.param("a/b/c/d", None, "a/b/c/d", None, None, id="deep-path"),
        pytest.param("a/my_app.v2__x-y--z", None, "a/my_app.v2__x-y--z", None, None,
                     id="separators"),
        pytest.param("my.app/x", "my.app", "x", None, None, id="dot-in-first-component-is-a-host"),
        pytest.param("app:_x", None, "app", "_x", None, id="tag-starting-with-underscore"),
        pytest.param("app:V1.0-RC_2", None, "app", "V1.0-RC_2", None, id="tag-upper-case"),
        pytest.param("app:" + "t" * 128, None, "app", "t" * 128, None, id="longest-tag"),
        pytest.param("avassa-public/movie-theaters-demo/projector-operations:v2.0", None,
                     "avassa-public/movie-theaters-demo/projector-operations", "v2.0", None,
                     id="status-style-name"),
    ],
)
def test_valid(
    text: str, registry: str | None, repository: str, tag: str | None, digest: str | None
) -> None:
    ref = parse(text)
    assert (ref.raw, ref.registry, ref.repository, ref.tag, ref.digest) == (
        text, registry, repository, tag, digest
    )
    assert str(ref) == text


@pytest.mark.parametrize(
    ("text", "message", "offset", "length"),
    [
        pytest.param("", "image is empty", 0, 1, id="empty"),
        pytest.param(" nginx", 'image " nginx" starts with whitespace', 0, 1, id="leading-space"),
        pytest.param("\tnginx", "starts with whitespace", 0, 1, id="leading-tab"),
        pytest.param("nginx:1.25\n", 'image "nginx:1.25\\n" ends with whitespace', 10, 1,
                     id="trailing-newline"),
        pytest.param("nginx  ", "ends with whitespace", 5, 2, id="trailing-spaces"),
        pytest.param("nginx:v1 .0", 'tag "v1 .0" contains a space', 8, 1, id="space-in-tag"),
        pytest.param("my app:1", 'path component "my app" of image "my app:1" contains a space',
                     2, 1, id="space-in-path"),
        pytest.param("nginx :1", 'path component "nginx " of image "nginx :1" contains a space',
                     5, 1, id="space-before-colon"),
        pytest.param("reg istry.io/app", 'registry host "reg istry.io" contains a space', 3, 1,
                     id="space-in-host"),
        pytest.param("MyOrg/app",
                     'path component "MyOrg" of image "MyOrg/app" has upper-case letters, '
                     'expected lower case ("myorg")', 0, 5, id="upper-case-first-component"),
        pytest.param("ghcr.io/northwind/WebApp:1", 'path component "WebApp"', 18, 6,
                     id="upper-case-after-host"),
        pytest.param("nginx:${VERSION}",
                     'variables are not expanded in image, found "${VERSION}" in "nginx:${VERSION}"',
                     6, 10, id="braced-variable"),
        pytest.param("nginx:$VERSION", 'variables are not expanded in image, found "$VERSION"', 6, 8,
                     id="bare-variable"),
        pytest.param("${REGISTRY}/app", 'found "${REGISTRY}"', 0, 11, id="variable-host"),
        pytest.param("nginx:${VERSION", 'found "${VERSION"', 6, 9, id="unclosed-variable"),
        pytest.param("app:$(git rev-parse HEAD)", "shell substitutions are not expanded in image",
                     4, 21, id="command-substitution"),
        pytest.param("repo/<image>:<tag>", 'contains the placeholder "<image>"', 5, 7,
                     id="angle-placeholder"),
        pytest.param("app:<tag>", 'contains the placeholder "<tag>"', 4, 5, id="tag-placeholder"),
        pytest.param("app:{{ .Version }}", 'contains the placeholder "{{ .Version }}"', 4, 14,
                     id="go-template"),
        pytest.param("app:{{.Tag}}", 'the placeholder "{{.Tag}}"', 4, 8, id="go-template-tight"),
        pytest.param("https://ghcr.io/org/app", 'starts with the scheme "https://"', 0, 8,
                     id="https-scheme"),
        pytest.param("docker://nginx", 'starts with the scheme "docker://"', 0, 9,
                     id="docker-scheme"),
        pytest.param("a//b", 'image "a//b" has an empty path component', 2, 1,
                     id="double-slash"),
        pytest.param("ghcr.io/org//app", "has an empty path component", 12, 1,
                     id="double-slash-after-host"),
        pytest.param("nginx/", "has an empty path component", 5, 1, id="trailing-slash"),
        pytest.param("/nginx", "has an empty path component", 0, 1, id="leading-slash"),
        pytest.param("ghcr.io/", 'image "ghcr.io/" has no repository after the registry host', 7, 1,
                     id="host-only"),
        pytest.param(":latest", 'image ":latest" has no repository name', 0, 1, id="tag-only"),
        pytest.param("@" + SHA, "has no repository name", 0, 1, id="digest-only"),
        pytest.param("foo+bar", 'contains "+", expected lower-case letters, digits', 3, 1,
                     id="bad-path-character"),
        pytest.param("nginx:1.25:x", 'path component "nginx:1.25"', 5, 1, id="two-tags"),
        pytest.param("foo-/bar", 'path component "foo-" of image "foo-/bar" must start and end',
                     3, 1, id="trailing-dash"),
        pytest.param("_foo", "must start and end with a letter or digit", 0, 1,
                     id="leading-underscore"),
        pytest.param("foo..bar", 'has the separator "..", expected ".", "_", "__" or dashes', 3, 2,
                     id="double-dot"),
        pytest.param("foo___bar", 'has the separator "___"', 3, 3, id="triple-underscore"),
        pytest.param("a_-b", 'has the separator "_-"', 1, 2, id="mixed-separator"),
        pytest.param("nginx:", 'image "nginx:" has an empty tag after ":"', 5, 1, id="empty-tag"),
        pytest.param("nginx:-x", 'tag "-x" must start with a letter, digit or "_"', 6, 1,
                     id="tag-leading-dash"),
        pytest.param("nginx:.x", "must start with a letter", 6, 1, id="tag-leading-dot"),
        pytest.param("nginx:v1+2", 'tag "v1+2" contains "+"', 8, 1, id="tag-plus"),
        pytest.param("app:" + "t" * 129, "tag is 129 characters long, expected at most 128", 4, 129,
                     id="tag-too-long"),
        pytest.param("nginx@", 'image "nginx@" has an empty digest after "@"', 5, 1,
                     id="empty-digest"),
        pytest.param("nginx@sha256", 'digest "sha256" has no ":"', 6, 6, id="digest-without-colon"),
        pytest.param("nginx@sha256:", 'digest "sha256:" has no hex digits', 12, 1,
                     id="digest-without-hex"),
        pytest.param("nginx@sha256:abc", "sha256 digest has 3 hex digits, expected 64", 13, 3,
                     id="short-sha256"),
        pytest.param("nginx@sha256:" + "a" * 65, "sha256 digest has 65 hex digits", 13, 65,
                     id="long-sha256"),
        pytest.param("nginx@md5:" + "a" * 31, "digest has 31 hex digits, expected at least 32",
                     10, 31, id="short-other-digest"),
        pytest.param("nginx@sha256:" + "g" * 64, 'contains "g", expected hex digits', 13, 1,
                     id="digest-not-hex"),
        pytest.param("nginx@1sha:" + "a" * 32, 'digest algorithm "1sha" is not valid', 6, 4,
                     id="digest-bad-algorithm"),
        pytest.param("nginx@:" + "a" * 32, 'digest algorithm "" is not valid', 6, 1,
                     id="digest-empty-algorithm"),
        pytest.param("nginx@" + SHA + "@x", 'contains "@"', 6 + len(SHA), 1, id="two-digests"),
        pytest.param("host:abc/app", 'registry port "abc" in "host:abc" is not a number', 5, 3,
                     id="port-not-number"),
        pytest.param("host:0/app", "registry port 0 is outside 1-65535", 5, 1, id="port-zero"),
        pytest.param("registry.example.com:65536/app", "registry port 65536 is outside 1-65535",
                     21, 5, id="port-too-high"),
        pytest.param("host:/app", 'registry host "host:" has an empty port after ":"', 4, 1,
                     id="empty-port"),
        pytest.param("host:1:2/app", 'registry port "1:2" in "host:1:2" is not a number', 5, 3,
                     id="two-ports"),
        pytest.param(":5000/app", "has an empty registry host", 0, 1, id="port-without-host"),
        pytest.param("a..b/c", 'registry host "a..b" has an empty part between dots', 2, 1,
                     id="empty-host-label"),
        pytest.param("example.com./app", "has an empty part between dots", 11, 1,
                     id="trailing-host-dot"),
        pytest.param("-a.com/x", 'the part "-a", which starts or ends with "-"', 0, 2,
                     id="host-label-dash"),
        pytest.param("reg_istry.io/x", 'registry host "reg_istry.io" contains "_"', 3, 1,
                     id="host-underscore"),
        pytest.param("[::1/app", 'registry host "[::1" has no closing "]"', 0, 4,
                     id="ipv6-unclosed"),
        pytest.param("[zz]:5000/app", 'registry host "[zz]" is not an IPv6 address', 0, 4,
                     id="ipv6-not-hex"),
        pytest.param("[::1]x/app", 'unexpected "x" after "]"', 5, 1, id="ipv6-junk"),
        pytest.param("[::1]:99999/app", "registry port 99999 is outside 1-65535", 6, 5,
                     id="ipv6-port-too-high"),
        pytest.param("a" * 256, "image name is 256 characters long, expected at most 255", 0, 256,
                     id="name-too-long"),
    ],
)
def test_invalid(text: str, message: str, offset: int, length: int) -> None:
    problem = parse_image(text)
    assert isinstance(problem, ParseProblem)
    assert message in problem.message
    assert (problem.offset, problem.length) == (offset, length)


@pytest.mark.parametrize(
    ("text", "effective_tag"),
    [
        pytest.param("nginx", "latest", id="no-tag"),
        pytest.param("nginx:1.25", "1.25", id="tag"),
        pytest.param("nginx@" + SHA, None, id="digest-only"),
        pytest.param("nginx:1.25@" + SHA, "1.25", id="tag-and-digest"),
    ],
)
def test_effective_tag(text: str, effective_tag: str | None) -> None:
    assert parse(text).effective_tag == effective_tag


REGISTRIES: dict[str, list[str]] = {
    "registry.example.com:6000": ["retail", "retail/pos", "*"],
    "ghcr.io": ["avassa-public", "northwind-labs/"],
    "registry-1.docker.io": ["library", "myorg/private", "myorg"],
    "docker.io": ["*"],
    "quay.io": [],
}


@pytest.mark.parametrize(
    ("image", "default", "expected"),
    [
        pytest.param("registry.example.com:6000/web/nginx:1.25", None,
                     ("remote-registry", "registry.example.com:6000", "web/nginx", 2, "*"),
                     id="declared-host-star"),
        pytest.param("registry.example.com:6000/retail/till", None,
                     ("remote-registry", "registry.example.com:6000", "retail/till", 0, "retail"),
                     id="prefix"),
        pytest.param("registry.example.com:6000/retail/pos/api:2", None,
                     ("remote-registry", "registry.example.com:6000", "retail/pos/api", 1,
                      "retail/pos"), id="longest-prefix-wins"),
        pytest.param("registry.example.com:6000/retail", None,
                     ("remote-registry", "registry.example.com:6000", "retail", 0, "retail"),
                     id="prefix-covers-itself"),
        pytest.param("registry.example.com:6000/retailer/x", None,
                     ("remote-registry", "registry.example.com:6000", "retailer/x", 2, "*"),
                     id="prefix-stops-at-component-boundary"),
        pytest.param("ghcr.io/avassa-public/x", None,
                     ("remote-registry", "ghcr.io", "avassa-public/x", 0, "avassa-public"),
                     id="component-prefix"),
        pytest.param("ghcr.io/avassa-publicity/x", None,
                     ("remote-registry", "ghcr.io", "avassa-publicity/x", None, None),
                     id="no-credentials-cover-it"),
        pytest.param("ghcr.io/northwind-labs/app", None,
                     ("remote-registry", "ghcr.io", "northwind-labs/app", 1, "northwind-labs/"),
                     id="prefix-with-trailing-slash"),
        pytest.param("quay.io/org/app", None, ("remote-registry", "quay.io", "org/app", None, None),
                     id="registry-without-credentials"),
        pytest.param("registry.example.com/web/nginx", None,
                     ("undeclared-host", "registry.example.com", "web/nginx", None, None),
                     id="declared-host-other-port"),
        pytest.param("registry.example.com:6001/web", "registry.example.com:6000",
                     ("undeclared-host", "registry.example.com:6001", "web", None, None),
                     id="port-differs-from-default"),
        pytest.param("example.org/app", "docker.io",
                     ("undeclared-host", "example.org", "app", None, None), id="undeclared-host"),
        pytest.param("nginx", None, ("control-tower", None, "nginx", None, None),
                     id="no-host-no-default"),
        pytest.param("team/app:1", None, ("control-tower", None, "team/app", None, None),
                     id="no-host-no-default-path"),
        pytest.param("nginx", "registry-1.docker.io",
                     ("default-registry", "registry-1.docker.io", "library/nginx", 0, "library"),
                     id="docker-hub-library"),
        pytest.param("nginx", "docker.io", ("default-registry", "docker.io", "library/nginx", 0, "*"),
                     id="docker-io-library"),
        pytest.param("myorg/private/db", "registry-1.docker.io",
                     ("default-registry", "registry-1.docker.io", "myorg/private/db", 1,
                      "myorg/private"), id="default-longest-prefix"),
        pytest.param("myorg/privately", "registry-1.docker.io",
                     ("default-registry", "registry-1.docker.io", "myorg/privately", 2, "myorg"),
                     id="default-component-boundary"),
        pytest.param("retail/pos/api", "registry.example.com:6000",
                     ("default-registry", "registry.example.com:6000", "retail/pos/api", 1,
                      "retail/pos"), id="declared-default-not-docker-hub"),
        pytest.param("nginx", "registry.example.com:6000",
                     ("default-registry", "registry.example.com:6000", "nginx", 2, "*"),
                     id="no-library-outside-docker-hub"),
        pytest.param("nginx", "mirror.example.com",
                     ("default-registry", "mirror.example.com", "nginx", None, None),
                     id="undeclared-default"),
        pytest.param("mirror.example.com/nginx", "mirror.example.com",
                     ("default-registry", "mirror.example.com", "nginx", None, None),
                     id="host-equal-to-undeclared-default"),
        pytest.param("registry-1.docker.io/nginx", "registry-1.docker.io",
                     ("remote-registry", "registry-1.docker.io", "nginx", None, None),
                     id="explicit-docker-hub-gets-no-library"),
        pytest.param("registry-1.docker.io/library/nginx", None,
                     ("remote-registry", "registry-1.docker.io", "library/nginx", 0, "library"),
                     id="explicit-library"),
    ],
)
def test_resolve(
    image: str,
    default: str | None,
    expected: tuple[str, str | None, str, int | None, str | None],
) -> None:
    assert resolve_image(parse(image), REGISTRIES, default) == Resolution(*expected)


@pytest.mark.parametrize(
    ("prefixes", "repository", "index"),
    [
        pytest.param(["*", "a"], "a/b", 1, id="star-loses-to-prefix-declared-later"),
        pytest.param(["a", "a"], "a/b", 0, id="first-of-equal-prefixes"),
        pytest.param(["*", "*"], "x", 0, id="first-star"),
        pytest.param(["a/b/c", "a/b", "a"], "a/b/c/d", 0, id="deepest"),
        pytest.param(["a/b/c"], "a/b", None, id="longer-than-repository"),
        pytest.param(["", "/"], "a", None, id="empty-prefixes-cover-nothing"),
    ],
)
def test_credentials_choice(prefixes: list[str], repository: str, index: int | None) -> None:
    resolution = resolve_image(parse(f"reg.io/{repository}"), {"reg.io": prefixes}, None)
    assert resolution.credentials_index == index
    assert resolution.credentials_prefix == (None if index is None else prefixes[index])


@pytest.mark.parametrize(
    ("host", "addresses", "expected"),
    [
        pytest.param("registry.example.com", ["ghcr.io", "registry.example.com:6000"],
                     "registry.example.com:6000", id="missing-port"),
        pytest.param("registry.example.com:6001", ["registry.example.com:6000"],
                     "registry.example.com:6000", id="other-port"),
        pytest.param("regsitry.example.com:6000", ["registry.example.com:6000"],
                     "registry.example.com:6000", id="swapped-letters"),
        pytest.param("registry.exmple.com:6000", ["registry.example.com:6000"],
                     "registry.example.com:6000", id="missing-letter"),
        pytest.param("GHCR.io", ["ghcr.io"], "ghcr.io", id="letter-case"),
        pytest.param("gcr.io", ["ghcr.io", "quay.io"], "ghcr.io", id="one-edit"),
        pytest.param("ghrc.oi", ["ghcr.io"], "ghcr.io", id="two-swaps"),
        pytest.param("quay.io", ["ghcr.io"], None, id="too-far"),
        pytest.param("ghcr.io", ["ghcr.io", "gcr.io"], None, id="declared"),
        pytest.param("ab.io", ["cd.io"], None, id="short-host-allows-one-edit"),
        pytest.param("abcdef.io", ["abcxyf.io", "abcdef.ioo"], "abcdef.ioo", id="closest-wins"),
        pytest.param("abcdef.io", ["abcdef.ix", "abcdef.iy"], "abcdef.ix", id="first-of-equals"),
        pytest.param("[::1]:5001", ["[::1]:5000"], "[::1]:5000", id="ipv6-other-port"),
        pytest.param("x", [], None, id="nothing-declared"),
        pytest.param("a" * 10_000, ["b" * 10_000], None, id="long-host-far"),
        pytest.param("a" * 250 + "x", ["a" * 250 + "y"], "a" * 250 + "y", id="long-host-close"),
        pytest.param("a" * 10_000 + "x", ["a" * 10_000 + "y"], None, id="longer-than-any-host"),
        pytest.param("a" * 10_000, ["a" * 10_000 + ":5000"], "a" * 10_000 + ":5000",
                     id="longer-than-any-host-other-port"),
    ],
)
def test_close_addresses(host: str, addresses: list[str], expected: str | None) -> None:
    assert close_addresses(host, addresses) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<" * 60_000, id="unclosed-angles"),
        pytest.param("a{" * 30_000, id="unclosed-braces"),
        pytest.param("a/" * 30_000 + "a", id="many-components"),
    ],
)
def test_hostile_input_is_parsed_in_linear_time(text: str) -> None:
    assert isinstance(parse_image(text), ParseProblem)


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_result(text, parse_image(text))


SOUP = [*"aZ0.:/@-_ ${}<>[]\t", "sha256", "localhost", "ghcr.io", "0123456789abcdef" * 2]


@given(st.lists(st.sampled_from(SOUP)).map("".join))
def test_never_raises_on_image_soup(text: str) -> None:
    check_result(text, parse_image(text))


def check_result(text: str, result: ImageRef | ParseProblem) -> None:
    if isinstance(result, ParseProblem):
        assert 0 <= result.offset < max(len(text), 1)
        assert 1 <= result.length and result.end <= max(len(text), 1)
        assert "\n" not in result.message
        return
    rebuilt = result.repository
    if result.registry is not None:
        rebuilt = f"{result.registry}/{rebuilt}"
    if result.tag is not None:
        rebuilt += f":{result.tag}"
    if result.digest is not None:
        rebuilt += f"@{result.digest}"
    assert rebuilt == text
    resolution = resolve_image(result, {"ghcr.io": ["*"], "localhost": ["a"]}, "docker.io")
    assert resolution.repository.endswith(result.repository)


COMPONENT = st.from_regex(r"[a-z0-9]{1,5}(?:(?:[._]|__|-{1,3})[a-z0-9]{1,5}){0,2}", fullmatch=True)
HOST = st.sampled_from([None, "ghcr.io", "localhost:5000", "10.1.2.3", "[::1]:443", "a-b.example"])
TAG = st.none() | st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}", fullmatch=True)
DIGEST = st.none() | st.just(SHA)


@given(HOST, st.lists(COMPONENT, min_size=1, max_size=4), TAG, DIGEST)
def test_built_references_parse_back(
    host: str | None, components: list[str], tag: str | None, digest: str | None
) -> None:
    repository = "/".join(components)
    text = repository if host is None else f"{host}/{repository}"
    if host is None and "/" in repository and "." in components[0]:
        return  # the first component would read as a host
    text += f":{tag}" if tag is not None else ""
    text += f"@{digest}" if digest is not None else ""
    assert parse(text) == ImageRef(text, host, repository, tag, digest)
