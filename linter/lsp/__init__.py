"""The language server (``avassa-lint server``): the project model of ``check``, live in an editor."""
