"""The codes the engine emits itself (loading, schema, limits, the linter's own problems).

A rule module's code is declared once, in its ``@rule(code=...)``; a code the engine emits is
declared here and nowhere else, so a mistyped code is a NameError, not a finding that vanishes.
Each constant is named after its rule (``YAML_SYNTAX`` is YML001 yaml-syntax); the rule's docs
live in the module of that name under rules/. ``ENGINE`` is every one of them.
"""
from __future__ import annotations

INVALID_CONFIG = "LNT001"  # invalid-config
INTERNAL_ERROR = "LNT002"  # internal-error
UNREADABLE_PATH = "LNT003"  # unreadable-path
UNUSED_SUPPRESSION = "LNT004"  # unused-suppression
TOO_MANY_FINDINGS = "LNT006"  # too-many-findings
UNKNOWN_KIND = "SCH001"  # unknown-kind
UNKNOWN_KEY = "SCH002"  # unknown-key
MISSING_KEY = "SCH003"  # missing-key
WRONG_TYPE = "SCH004"  # wrong-type
UNEXPECTED_VALUE = "SCH005"  # unexpected-value
INVALID_VALUE = "SCH006"  # invalid-value
CONFLICTING_KEYS = "SCH007"  # conflicting-keys
KIND_MISMATCH = "SCH008"  # kind-mismatch
AMBIGUOUS_KIND = "SCH009"  # ambiguous-kind
UNVERIFIED_FIELD = "SCH010"  # unverified-field
YAML_SYNTAX = "YML001"  # yaml-syntax
DUPLICATE_KEY = "YML002"  # duplicate-key
UNEXPECTED_TAG = "YML003"  # unexpected-tag
INVALID_ENCODING = "YML004"  # invalid-encoding
EMPTY_FILE = "YML005"  # empty-file
COMPLEX_KEY = "YML006"  # complex-key
BYTE_ORDER_MARK = "YML008"  # byte-order-mark
UNQUOTED_HEREDOC = "YML009"  # unquoted-heredoc
AMBIGUOUS_SCALAR = "YML010"  # ambiguous-scalar
FILE_TOO_LARGE = "YML101"  # file-too-large
NESTING_TOO_DEEP = "YML102"  # nesting-too-deep
TOO_MANY_DOCUMENTS = "YML103"  # too-many-documents
TOO_MANY_NODES = "YML104"  # too-many-nodes
ALIAS_EXPANSION = "YML105"  # alias-expansion
VALUE_TOO_LONG = "YML106"  # value-too-long
KEY_TOO_LONG = "YML107"  # key-too-long
PARSER_LIMITATION = "YML108"  # parser-limitation

ENGINE: frozenset[str] = frozenset((
    INVALID_CONFIG,
    INTERNAL_ERROR,
    UNREADABLE_PATH,
    UNUSED_SUPPRESSION,
    TOO_MANY_FINDINGS,
    UNKNOWN_KIND,
    UNKNOWN_KEY,
    MISSING_KEY,
    WRONG_TYPE,
    UNEXPECTED_VALUE,
    INVALID_VALUE,
    CONFLICTING_KEYS,
    KIND_MISMATCH,
    AMBIGUOUS_KIND,
    UNVERIFIED_FIELD,
    YAML_SYNTAX,
    DUPLICATE_KEY,
    UNEXPECTED_TAG,
    INVALID_ENCODING,
    EMPTY_FILE,
    COMPLEX_KEY,
    BYTE_ORDER_MARK,
    UNQUOTED_HEREDOC,
    AMBIGUOUS_SCALAR,
    FILE_TOO_LARGE,
    NESTING_TOO_DEEP,
    TOO_MANY_DOCUMENTS,
    TOO_MANY_NODES,
    ALIAS_EXPANSION,
    VALUE_TOO_LONG,
    KEY_TOO_LONG,
    PARSER_LIMITATION,
))

# Problems of the run itself: --select never deselects them (--ignore still can).
ALWAYS_ON: frozenset[str] = frozenset((INVALID_CONFIG, INTERNAL_ERROR, UNREADABLE_PATH, TOO_MANY_FINDINGS))
# The problems that set exit 2 or 3: not even --ignore hides them, or the exit code would have no
# finding to explain it.
NEVER_HIDDEN: frozenset[str] = frozenset((INTERNAL_ERROR, UNREADABLE_PATH))

