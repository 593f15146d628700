"""The command line: options into a configuration, the run, the rendered result."""
