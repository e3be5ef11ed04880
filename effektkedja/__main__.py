"""``python -m effektkedja``: the same as the ``effektkedja`` command."""

from effektkedja.cli import run

run()
