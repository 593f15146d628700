"""The vocabulary every stage shares: problems and spans, the engine's codes, the rule API, the bundled schema files."""
