"""Built-in rules."""
BUILTIN_RULES: tuple = ()
