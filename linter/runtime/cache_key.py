"""What a cache entry is keyed and signed with: fingerprints of the code and the configuration,
and the per-user HMAC key kept outside the project."""
from __future__ import annotations

import hashlib
import os
import sys
from typing import Any

from avassa_lint import __version__


def code_fingerprint() -> str:
    """Version, Python and a stat-based fingerprint of the installed code, rules and schemas, so
    an edited checkout (same version number) never reads entries an older build wrote."""
    import avassa_lint
    import avassa_lint.rules
    import avassa_lint.schemas

    h = hashlib.sha256()
    h.update(f"{__version__}\0{sys.version}\0{sys.implementation.cache_tag}\0".encode())
    for package in (avassa_lint, avassa_lint.rules, avassa_lint.schemas):  # rules: their cached findings
        for folder in getattr(package, "__path__", ()):
            for top, dirs, names in os.walk(folder):  # every subpackage, in a fixed order
                dirs.sort()
                dirs[:] = [d for d in dirs if d != "__pycache__"]
                for name in sorted(names):
                    if name.endswith((".py", ".json")):
                        try:
                            st = os.stat(os.path.join(top, name))
                        except OSError:
                            continue
                        rel = os.path.relpath(os.path.join(top, name), folder)
                        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def config_fingerprint(config: Any) -> str:
    import json

    from avassa_lint.settings.config import effective

    settings = effective(config)
    settings.pop("source", None)  # where the settings came from does not change a result
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=repr).encode()).hexdigest()


def user_key() -> bytes | None:
    """The per-user HMAC key, created on first use; None when it cannot be kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "avassa-lint")
    path = os.path.join(folder, "key")
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            pass
        except OSError:
            return None
        else:
            try:
                st = os.fstat(fd)
                if not (st.st_mode & 0o170000 == 0o100000) or st.st_size != 32 or st.st_mode & 0o077:
                    return None
                if hasattr(os, "getuid") and st.st_uid != os.getuid():
                    return None
                key = os.read(fd, 33)
                return key if len(key) == 32 else None
            finally:
                os.close(fd)
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, os.urandom(32))
            finally:
                os.close(fd)
            try:
                os.link(tmp, path)  # atomic create-if-absent: a concurrent run's key wins
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError:
            return None
    return None
