"""effektkedja: check gender-mainstreaming plans against the results chain (effektkedjan)."""

__version__ = "0.1.0"
