"""``python -m effektkedja`` works like the ``effektkedja`` command."""

from effektkedja.cli import main

main()
