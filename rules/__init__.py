"""Built-in rules: one module per rule, listed here explicitly (grouped by area; `rules` sorts by code).

Modules whose rule has no ``check`` document a code that the engine emits itself (loading,
schema validation, limits, the linter's own problems).
"""

BUILTIN_RULES: tuple[str, ...] = (
    # YML: loading
    "yaml_syntax",  # YML001
    "duplicate_key",  # YML002
    "unexpected_tag",  # YML003
    "invalid_encoding",  # YML004
    "empty_file",  # YML005
    "complex_key",  # YML006
    "byte_order_mark",  # YML008
    "unquoted_heredoc",  # YML009
    "ambiguous_scalar",  # YML010
    "file_too_large",  # YML101
    "nesting_too_deep",  # YML102
    "too_many_documents",  # YML103
    "too_many_nodes",  # YML104
    "alias_expansion",  # YML105
    "value_too_long",  # YML106
    "key_too_long",  # YML107
    "parser_limitation",  # YML108
    # SCH: schema
    "unknown_kind",  # SCH001
    "unknown_key",  # SCH002
    "missing_key",  # SCH003
    "wrong_type",  # SCH004
    "unexpected_value",  # SCH005
    "invalid_value",  # SCH006
    "conflicting_keys",  # SCH007
    "kind_mismatch",  # SCH008
    "ambiguous_kind",  # SCH009
    "unverified_field",  # SCH010
    # IMG: images and registries
    "undeclared_registry",  # IMG001
    "invalid_image_reference",  # IMG002
    "image_without_registry",  # IMG003
    "unpinned_image",  # IMG004
    "missing_registry_credentials",  # IMG005
    "duplicate_registry",  # IMG006
    "invalid_default_registry",  # IMG007
    # NET: ports and networking
    "invalid_port_ranges",  # NET001
    "duplicate_port",  # NET002
    "invalid_registry_address",  # NET003
    # SEC: Strongbox vaults, secrets and credentials
    "undefined_credentials_secret",  # SEC001
    "incomplete_registry_credentials",  # SEC002
    "ambiguous_registry_credentials",  # SEC003
    "undefined_secret",  # SEC004
    "image_without_secret_access",  # SEC005
    "unreferenced_secret",  # SEC006
    "unreferenced_vault",  # SEC007
    "invalid_base64",  # SEC008
    "duplicate_secret_key",  # SEC009
    "plaintext_secret",  # SEC010
    "registry_credential_key_typo",  # SEC011
    "undefined_approle",  # SEC012
    "undefined_policy",  # SEC013
    "undefined_certificate_vault",  # SEC014
    "undefined_acme_service",  # SEC015
    "invalid_certificate_names",  # SEC016
    "invalid_policy_path",  # SEC017
    "undistributed_vault",  # SEC018
    "undistributed_approle",  # SEC019
    "missing_push_policy",  # SEC020
    "undefined_jwt_method",  # SEC021
    # APP: application structure
    "duplicate_name",  # APP001
    "undefined_volume",  # APP002
    "unknown_config_file",  # APP003
    "replicas_with_one_per_host",  # APP005
    "affinity_without_replication",  # APP006
    "cpu_shares_without_cpus",  # APP007
    "invalid_log_retention",  # APP008
    "deprecated_ingress_access",  # APP009
    "unknown_affinity_service",  # APP014
    "duplicate_mount_path",  # APP015
    # APP: deployments, variables and labels
    "undefined_variable",  # APP004
    "undefined_application",  # APP010
    "unknown_application_version",  # APP011
    "duplicate_deployment",  # APP012
    "invalid_label_expression",  # APP013
    "invalid_substitution",  # APP016
    "unused_variable",  # APP017
    "shared_network_service_collision",  # APP018
    # LNT: the linter itself
    "invalid_config",  # LNT001
    "internal_error",  # LNT002
    "unreadable_path",  # LNT003
    "unused_suppression",  # LNT004
    "unchecked_references",  # LNT005
    "too_many_findings",  # LNT006
)
