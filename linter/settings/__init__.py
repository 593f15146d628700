"""The configuration: its file, its defaults, its checks."""
