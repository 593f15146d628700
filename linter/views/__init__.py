"""Views of the project that several rules share: Strongbox lookups, secret consumers, image access, credentials, workloads, ports."""
