"""``python -m avassa_lint``."""
from avassa_lint.cli import main

main()
