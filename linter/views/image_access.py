"""Which images may read a secret: allow-image-access patterns matched against an image's spellings."""
from __future__ import annotations

import fnmatch
from collections.abc import Iterable

from avassa_lint.model.image_ref import looks_like_host


def image_forms(image: str, default_registry: str | None) -> list[str]:
    """The spellings an allow-image-access pattern may be meant to match.

    The pattern language is not documented beyond "*", so an image counts as allowed when any
    of these matches: the image as written, with the default registry in front (a host-less
    image is pulled from it), without its registry host (sites pull from the Control Tower's
    registry, which lists images without the original host), and with the implicit ":latest"."""
    forms = [image]
    first, _, rest = image.partition("/")
    if rest and looks_like_host(first):
        forms.append(rest)
    elif default_registry:
        forms.append(f"{default_registry}/{image}")
    last = image.rsplit("/", 1)[-1]
    if ":" not in last and "@" not in last:
        forms.extend(f"{form}:latest" for form in list(forms))
    return forms


def image_allowed(image: str, patterns: Iterable[str], default_registry: str | None) -> bool:
    forms = image_forms(image, default_registry)
    return any(fnmatch.fnmatchcase(form, pattern) for pattern in patterns for form in forms)


def suggested_pattern(image: str) -> str:
    """An allow-image-access entry for an image that survives tag changes."""
    slash = image.rfind("/")
    at = image.find("@", slash + 1)
    if at >= 0:
        return image[:at] + "@*"
    colon = image.find(":", slash + 1)
    if colon >= 0:
        return image[:colon] + ":*"
    return image
