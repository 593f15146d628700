"""The cache's code fingerprint covers the rules and subpackages too: an edited rule in a checkout
(same version number) must not reuse the cross-file findings an older build cached."""
from __future__ import annotations

import os

import avassa_lint.rules.undefined_volume as rule_module

from avassa_lint.runtime.cache_key import code_fingerprint


def test_touching_a_rule_module_changes_the_fingerprint() -> None:
    path = rule_module.__file__
    st = os.stat(path)
    before = code_fingerprint()
    try:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert code_fingerprint() != before
    finally:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert code_fingerprint() == before
