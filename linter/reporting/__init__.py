"""The report of a run in every output format, and baselines."""
