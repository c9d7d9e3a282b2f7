"""Run the ``event-model`` command as ``python -m event_model``."""

import sys

from .cli.main import main

if __name__ == "__main__":
    sys.exit(main())
