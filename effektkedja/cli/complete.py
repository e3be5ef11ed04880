"""Shell completion (bash, zsh, fish, PowerShell) through typer, built from the spec.

Loaded only when a shell asks: ``effektkedja --install-completion``,
``--show-completion``, or the completion script calling back with
``_EFFEKTKEDJA_COMPLETE`` set. The typer application here is generated from
:mod:`effektkedja.cli.spec`, so completion offers exactly the commands, options
and choices the parser accepts; it never runs a command.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any

from effektkedja.cli.spec import COMMANDS, TEXTS, Command, Opt


def _option(opt: Opt, help_text: str) -> tuple[Any, Any]:
    import typer

    names = list(opt.names)
    if opt.kind == "bool":
        longs = [name for name in names if name.startswith("--")]
        names = [f"{name}/--no-{name[2:]}" for name in longs]
        return bool | None, typer.Option(*names, help=help_text)
    if opt.kind == "flag":
        return bool, typer.Option(*names, help=help_text)
    if opt.kind == "list":
        return list[str] | None, typer.Option(*names, help=help_text)
    if opt.choices:
        return str | None, typer.Option(
            *names, help=help_text, autocompletion=lambda: list(opt.choices)
        )
    return str | None, typer.Option(*names, help=help_text)


def _function(command: Command, lang: str) -> Any:
    """A do-nothing function whose signature declares ``command`` for typer."""
    import typer

    t = TEXTS[lang]
    parameters = []
    annotations: dict[str, Any] = {}
    for arg in command.args:
        kind: Any = list[str] if arg.many else str
        info = (
            typer.Argument(help=t[arg.help])
            if arg.default is None
            else typer.Argument(help=t[arg.help])
        )
        annotations[arg.dest] = Annotated[kind, info]
        default = inspect.Parameter.empty if arg.default is None else arg.default
        parameters.append(
            inspect.Parameter(arg.dest, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default)
        )
    for opt in command.opts:
        kind, info = _option(opt, t[opt.help])
        annotations[opt.dest] = Annotated[kind, info]
        unset: Any = False if opt.kind == "flag" else None
        parameters.append(
            inspect.Parameter(opt.dest, inspect.Parameter.KEYWORD_ONLY, default=unset)
        )

    def declared(**_: Any) -> None:
        """Completion only: never called to do anything."""

    declared.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [p.replace(annotation=annotations[p.name]) for p in parameters]
    )
    declared.__annotations__ = annotations
    declared.__name__ = command.name
    return declared


def build_app(lang: str) -> Any:
    """The typer application of the spec (for completion)."""
    import typer

    app = typer.Typer(
        name="effektkedja", help=TEXTS[lang]["app"], add_completion=True, no_args_is_help=True
    )
    for command in COMMANDS:
        app.command(name=command.name, help=TEXTS[lang][command.help])(_function(command, lang))
    return app


def complete(args: list[str], lang: str) -> int:
    """Install or show the completion script, or answer a completion request from the shell."""
    app = build_app(lang)
    try:
        app(args=args, prog_name="effektkedja")
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0
