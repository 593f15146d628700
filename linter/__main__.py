"""``python -m avassa_lint``."""
from avassa_lint.cli.app import main

main()
