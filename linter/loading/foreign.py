"""YAML of other tools: what a document that is no Avassa object looks like.

``looks_like(data, path)`` names the tool (``"a Docker Compose file"``) from the file's name
where the tool fixes it (``.gitlab-ci.yml``, ``Chart.yaml``, ``.pre-commit-config.yaml``, ...)
or from the document's shape, or returns None. The shapes are specific enough that no Avassa
object has them: Avassa's ``services`` is a list, never a mapping of services; no Avassa object
has ``apiVersion``, ``jobs``, ``stages`` or ``hosts``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

COMPOSE = "a Docker Compose file"
KUBERNETES = "a Kubernetes manifest"
KUSTOMIZE = "a Kustomize kustomization"
HELM_CHART = "a Helm chart (Chart.yaml)"
HELM_VALUES = "Helm chart values"
WORKFLOW = "a GitHub Actions workflow"
ACTION = "a GitHub Actions action"
GITLAB = "a GitLab CI pipeline"
ANSIBLE_PLAY = "an Ansible playbook"
ANSIBLE_TASKS = "an Ansible task list"
OPENAPI = "an OpenAPI description"
MKDOCS = "an MkDocs configuration"
PRE_COMMIT = "a pre-commit configuration"
PRE_COMMIT_HOOKS = "pre-commit hook definitions"
YAMLLINT = "a yamllint configuration"
DEPENDABOT = "a Dependabot configuration"
CLOUDFORMATION = "an AWS CloudFormation template"
CONDA = "a conda environment"
CIRCLECI = "a CircleCI configuration"
AZURE = "an Azure Pipelines definition"
AVASSA_LINT = "the avassa-lint configuration"

# file names that the tool fixes (lower-case)
_BY_NAME: dict[str, str] = {
    ".avassa-lint.yaml": AVASSA_LINT,
    ".avassa-lint.yml": AVASSA_LINT,
    ".gitlab-ci.yml": GITLAB,
    ".gitlab-ci.yaml": GITLAB,
    "chart.yaml": HELM_CHART,
    "values.yaml": HELM_VALUES,
    "values.yml": HELM_VALUES,
    "kustomization.yaml": KUSTOMIZE,
    "kustomization.yml": KUSTOMIZE,
    ".pre-commit-config.yaml": PRE_COMMIT,
    ".pre-commit-config.yml": PRE_COMMIT,
    ".pre-commit-hooks.yaml": PRE_COMMIT_HOOKS,
    ".yamllint": YAMLLINT,
    ".yamllint.yaml": YAMLLINT,
    ".yamllint.yml": YAMLLINT,
    "mkdocs.yml": MKDOCS,
    "mkdocs.yaml": MKDOCS,
    "dependabot.yml": DEPENDABOT,
    "dependabot.yaml": DEPENDABOT,
    "azure-pipelines.yml": AZURE,
    "azure-pipelines.yaml": AZURE,
}
_COMPOSE_NAME = re.compile(r"^(docker-)?compose([.-][\w.-]+)?\.ya?ml$")
_VALUES_NAME = re.compile(r"^values[.-][\w.-]+\.ya?ml$")

_COMPOSE_TOP = {"version", "volumes", "networks", "configs", "secrets", "name", "include"}
_COMPOSE_SERVICE = {"image", "build", "ports", "environment", "depends_on", "restart", "command",
                    "volumes", "networks", "healthcheck", "env_file", "container_name", "expose",
                    "entrypoint", "deploy", "labels", "profiles", "extends", "working_dir"}
_GITLAB_TOP = {"stages", "include", "variables", "default", "workflow", "image", "services",
               "before_script", "after_script", "cache"}
_GITLAB_JOB = {"script", "stage", "extends", "trigger", "rules", "only", "except", "needs"}
_ANSIBLE_TASK_WORDS = {"when", "loop", "with_items", "become", "register", "notify", "tags",
                       "block", "include_tasks", "import_tasks", "apt", "yum", "copy", "template",
                       "service", "shell", "command", "file", "lineinfile", "debug", "set_fact",
                       "systemd", "user", "git", "pip", "package", "unarchive", "get_url"}
_YAMLLINT_KEYS = {"extends", "rules", "ignore", "ignore-from-file", "yaml-files", "locale"}
_LINT_CONFIG_KEYS = {"select", "ignore", "per-file-ignores", "fail-on", "kinds", "limits",
                     "include-scripts", "inline-suppressions", "severity", "exclude", "include",
                     "external", "rules", "cache"}


def looks_like(data: Any, path: str | None = None) -> str | None:
    """What another tool's file this document looks like, or None."""
    if path:
        name = re.split(r"[\\/]+", path)[-1].lower()
        if name in _BY_NAME:
            return _BY_NAME[name]
        if _COMPOSE_NAME.match(name):
            return COMPOSE
        if _VALUES_NAME.match(name):
            return HELM_VALUES
        if "/.github/workflows/" in "/" + path.replace("\\", "/") and isinstance(data, dict) and "jobs" in data:
            return WORKFLOW
        if name in ("action.yml", "action.yaml") and isinstance(data, dict) and "runs" in data:
            return ACTION
    if isinstance(data, dict):
        for test in _MAPPING_TESTS:
            what = test(data)
            if what is not None:
                return what
    elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data[:50]):
        return _list_shape(data[:50])
    return None


def _compose(d: dict) -> str | None:
    services = d.get("services")
    if not isinstance(services, dict) or not services:
        return None
    bodies = [v for v in list(services.values())[:50] if v is not None]
    if not all(isinstance(v, dict) for v in bodies):
        return None
    inner = any(isinstance(k, str) and k in _COMPOSE_SERVICE for v in bodies for k in v)
    top = any(isinstance(k, str) and (k in _COMPOSE_TOP or k.startswith("x-")) for k in d if k != "services")
    return COMPOSE if inner or top or not bodies else None


def _kubernetes(d: dict) -> str | None:
    api = d.get("apiVersion")
    if not isinstance(api, str):
        return None
    if "kind" in d:
        if api.startswith("kustomize.config.k8s.io"):
            return KUSTOMIZE
        return KUBERNETES
    if "name" in d and "version" in d:
        return HELM_CHART
    return None


def _kustomize(d: dict) -> str | None:
    resources = d.get("resources")
    if isinstance(resources, list) and resources and all(isinstance(r, str) for r in resources[:50]):
        if any(k in d for k in ("namespace", "commonLabels", "labels", "patches", "images", "bases",
                                "configMapGenerator", "secretGenerator", "namePrefix", "components")) \
                or set(d) <= {"resources"}:
            return KUSTOMIZE
    return None


def _github(d: dict) -> str | None:
    jobs = d.get("jobs")
    if isinstance(jobs, dict) and ("on" in d or True in d):
        return WORKFLOW
    if isinstance(d.get("runs"), dict) and ("name" in d or "description" in d):
        return ACTION
    return None


def _circleci(d: dict) -> str | None:
    if "version" in d and isinstance(d.get("jobs"), dict) and ("workflows" in d or "orbs" in d):
        return CIRCLECI
    return None


def _gitlab(d: dict) -> str | None:
    if isinstance(d.get("stages"), list):
        return GITLAB
    jobs = [v for k, v in list(d.items())[:100] if isinstance(v, dict) and isinstance(k, str)
            and k not in ("variables", "default", "workflow", "cache")]
    if any(isinstance(v.get("script"), (list, str)) for v in jobs):
        return GITLAB
    if isinstance(d.get("services"), list) and "image" in d:
        return GITLAB
    if "include" in d and set(k for k in d if isinstance(k, str)) <= _GITLAB_TOP:
        return GITLAB
    return None


def _azure(d: dict) -> str | None:
    if ("trigger" in d or "pool" in d) and ("steps" in d or "jobs" in d or "stages" in d):
        return AZURE
    return None


def _openapi(d: dict) -> str | None:
    if ("openapi" in d or "swagger" in d) and ("info" in d or "paths" in d):
        return OPENAPI
    return None


def _mkdocs(d: dict) -> str | None:
    return MKDOCS if "site_name" in d else None


def _pre_commit(d: dict) -> str | None:
    repos = d.get("repos")
    if isinstance(repos, list) and all(isinstance(r, dict) and "repo" in r for r in repos[:50]):
        return PRE_COMMIT
    return None


def _yamllint(d: dict) -> str | None:
    keys = set(d)
    if keys and keys <= _YAMLLINT_KEYS and ("extends" in keys or isinstance(d.get("rules"), dict)):
        return YAMLLINT
    return None


def _dependabot(d: dict) -> str | None:
    if "version" in d and isinstance(d.get("updates"), list):
        return DEPENDABOT
    return None


def _cloudformation(d: dict) -> str | None:
    if "AWSTemplateFormatVersion" in d:
        return CLOUDFORMATION
    resources = d.get("Resources")
    if isinstance(resources, dict) and any(isinstance(v, dict) and str(v.get("Type", "")).startswith("AWS::")
                                           for v in list(resources.values())[:50]):
        return CLOUDFORMATION
    return None


def _conda(d: dict) -> str | None:
    if isinstance(d.get("dependencies"), list) and ("channels" in d or "name" in d or "prefix" in d):
        return CONDA
    return None


def _lint_config(d: dict) -> str | None:
    keys = set(d)
    if keys and keys <= _LINT_CONFIG_KEYS and keys & {"select", "per-file-ignores", "fail-on", "kinds",
                                                        "include-scripts", "inline-suppressions"}:
        return AVASSA_LINT
    return None


_MAPPING_TESTS: tuple[Callable[[dict], str | None], ...] = (
    _compose, _kubernetes, _kustomize, _github, _circleci, _gitlab, _azure, _openapi, _mkdocs,
    _pre_commit, _yamllint, _dependabot, _cloudformation, _conda, _lint_config,
)


def _list_shape(items: list[dict]) -> str | None:
    if all("hosts" in i for i in items) and any(k in i for i in items for k in ("tasks", "roles", "import_playbook",
                                                                                 "pre_tasks", "handlers")):
        return ANSIBLE_PLAY
    if all("id" in i and "entry" in i for i in items):
        return PRE_COMMIT_HOOKS
    named = [i for i in items if "name" in i or "block" in i]
    if len(named) == len(items) and any(
            isinstance(k, str) and (k in _ANSIBLE_TASK_WORDS or k.startswith(("ansible.", "community.")))
            for i in items for k in i):
        return ANSIBLE_TASKS
    return None
