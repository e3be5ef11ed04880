"""``python -m effektkedja``: the same as the ``effektkedja`` command."""

import sys

from effektkedja.cli import main

sys.exit(main())
