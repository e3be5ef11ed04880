"""EK001 invalid-yaml."""

from __future__ import annotations

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Rule, S

RULE = Rule(
    code="EK001",
    name="invalid-yaml",
    severity=Severity.ERROR,
    messages={
        "yaml": (
            "ogiltig YAML: {detail}",
            "invalid YAML: {detail}",
        ),
        "tab": (
            "tabbtecken kan inte användas för indrag i YAML; använd mellanslag",
            "tab characters cannot be used for indentation in YAML; use spaces",
        ),
        "several_documents": (
            "filen innehåller flera YAML-dokument (---); en plan är ett enda dokument",
            "the file holds several YAML documents (---); a plan is one document",
        ),
        "utf16": (
            "filen är sparad som UTF-16; spara den som UTF-8",
            "the file is saved as UTF-16; save it as UTF-8",
        ),
        "binary": (
            "filen innehåller binära data (NUL-tecken) och är ingen textfil",
            "the file contains binary data (NUL characters) and is not a text file",
        ),
        "not_utf8": (
            "filen är inte UTF-8 (ogiltig byte {byte}); spara den som UTF-8",
            "the file is not UTF-8 (invalid byte {byte}); save it as UTF-8",
        ),
        "not_utf8.latin1": (
            "filen är inte UTF-8 (ogiltig byte {byte}, den ser ut att vara "
            "Latin-1/Windows-1252); spara den som UTF-8",
            "the file is not UTF-8 (invalid byte {byte}, it looks like "
            "Latin-1/Windows-1252); save it as UTF-8",
        ),
        "conflict_marker": (
            "filen innehåller en konfliktmarkering från git (<<<<<<<, ======= eller "
            ">>>>>>>); lös konflikten först",
            "the file contains a git conflict marker (<<<<<<<, ======= or >>>>>>>); resolve "
            "the conflict first",
        ),
        "unknown_tag": (
            "taggen {tag} stöds inte; en plan innehåller bara vanliga värden",
            "the tag {tag} is not supported; a plan holds plain values only",
        ),
        "complex_key": (
            "en nyckel måste vara en enkel text, inte en lista eller mappning",
            "a key must be plain text, not a list or mapping",
        ),
        "too_deep": (
            "strukturen är nästlad djupare än {limit} nivåer",
            "the structure is nested deeper than {limit} levels",
        ),
        "alias_bomb": (
            "filen expanderar till fler än {limit} värden via alias (*); det ser ut som en "
            "aliasbomb och läses inte",
            "the file expands to more than {limit} values through aliases (*); it looks like "
            "an alias bomb and is not read",
        ),
        "bad_tagged_value": (
            "värdet ”{value}” passar inte taggen {tag}",
            "the value “{value}” does not fit the tag {tag}",
        ),
        "too_large": (
            "filen är för stor ({size} MiB; gränsen är {limit} MiB) och läses inte; dela upp "
            "planen",
            "the file is too large ({size} MiB; the limit is {limit} MiB) and is not read; "
            "split the plan",
        ),
        "control_char": (
            "filen innehåller ett tecken som inte får finnas i YAML ({code}); ta bort det",
            "the file contains a character YAML does not allow ({code}); remove it",
        ),
        "unreadable": (
            "filen går inte att läsa: {detail}",
            "the file cannot be read: {detail}",
        ),
        "unreadable.permission": (
            "filen går inte att läsa: behörighet saknas",
            "the file cannot be read: permission denied",
        ),
        "unreadable.missing": (
            "filen går inte att läsa: den finns inte (en trasig länk?)",
            "the file cannot be read: it does not exist (a broken link?)",
        ),
        "unreadable.folder": (
            "sökvägen är en mapp, inte en fil",
            "the path is a folder, not a file",
        ),
    },
    advice=Advice(
        (S,),
        "Öppna filen i en redigerare med stöd för YAML, rätta felet på den angivna raden och "
        "granska planen igen innan den används i en redovisning.",
        "Open the file in an editor with YAML support, fix the error on the line given and "
        "check the plan again before it is used in a report.",
    ),
)
