"""avassa-lint: offline linter for Avassa edge platform configuration."""
__version__ = "0.1.0"
