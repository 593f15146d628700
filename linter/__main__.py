"""``python -m avassa_lint``."""
from avassa_lint.cli.main import main

main()
