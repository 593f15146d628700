"""Application-structure rules (APP001-APP009, APP014, APP015) on documents that failed their
schema: wrong types and missing fields must never crash a rule or produce a second report of the
schema's finding."""
from __future__ import annotations

import pytest

from conftest import Project

STRUCTURE = ["APP001", "APP002", "APP003", "APP005", "APP006", "APP007", "APP008", "APP009", "APP014", "APP015"]

MISTYPED = """\
name: shop
version: "1.0"
services:
  - name: [web]
    mode: one-per-matching-host
    replicas: "3"
    placement:
      preferred-affinity: [cache]
      preferred-anti-affinity:
        services: cache
    network:
      ingress-ip-per-instance: "allow-all"
    variables: {LOG_LEVEL: info}
    volumes:
      - name: config
        config-map:
          items: "nginx.conf"
      - name: tls
        vault-secret: "shop/web-tls"
      - 42
    containers:
      - name: nginx
        image: registry.example.com/shop/nginx:1.25
        cpu-shares: "lots"
        container-log-archive: "yes"
        container-log-archive-days: "30"
        container-log-max-days: 7
        mounts:
          - volume-name: config
            files: {name: nginx.conf}
          - volume-name: tls
            files:
              - name: 7
              - mount-path: /etc/x
          - "config:/etc"
          - volume-name: 12
            mount-path: 12
      - "sidecar"
  - name: api
    mode: replicated
    vm: [legacy]
  - name: edge
    mode: replicated
    network: "host"
  - "cache"
"""


@pytest.mark.parametrize("code", STRUCTURE)
def test_mistyped_application_does_not_crash(project: Project, code: str) -> None:
    project.write({"applications/shop.yaml": MISTYPED})
    lines = project.lint([code, "SCH", "YML"])
    assert not [line for line in lines if " LNT002 " in line], lines


def test_mistyped_values_are_left_to_the_schema(project: Project) -> None:
    """Values of the wrong type are the schema's to report. Rules about a key being present at all
    (replicas, affinity, cpu-shares) still report that, whatever its value: a second problem."""
    project.write({"applications/shop.yaml": MISTYPED})
    found = [(line.split(":")[1], line.split(" ")[2]) for line in project.lint(STRUCTURE)]
    assert found == [("6", "APP005"), ("8", "APP006"), ("9", "APP006"), ("24", "APP007")]


def test_secret_files_are_left_to_undefined_secret(project: Project) -> None:
    """A file of a vault-secret volume that is not a key of the secret is one mistake, reported
    once: by undefined-secret (SEC004), never by unknown-config-file."""
    project.write({
        "applications/shop.yaml": """\
name: shop
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    volumes:
      - name: tls
        vault-secret:
          vault: shop
          secret: web-tls
    containers:
      - name: nginx
        image: registry.example.com/shop/nginx:1.25
        mounts:
          - volume-name: tls
            files:
              - name: tls.pem
""",
        "strongbox/vaults/shop.yaml": "name: shop\n",
        "strongbox/vaults/shop/secrets/web-tls.yaml": "name: web-tls\ndata:\n  tls.crt: placeholder\n",
    })
    lines = [line for line in project.lint(["APP", "SEC"]) if line.startswith("applications/shop.yaml:20:")]
    assert len(lines) <= 1 and not [line for line in lines if " APP003 " in line], lines
