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
            "ogiltig YAML här; kontrollera indrag, kolon och citattecken på raden",
            "invalid YAML here; check the indentation, colons and quotes on the line",
        ),
        "yaml.mapping_values": (
            "ett kolon följt av mellanslag (”: ”) där ett värde väntades; sätt citattecken "
            "runt värdet eller rätta indraget",
            "a colon followed by a space (“: ”) where a value was expected; put the value in "
            "quotes or fix the indentation",
        ),
        "yaml.flow_sequence": (
            "en lista inom hakparenteser [ ] är inte avslutad: ett kommatecken eller ] saknas",
            "a list in square brackets [ ] is not closed: a comma or ] is missing",
        ),
        "yaml.flow_mapping": (
            "en mappning inom klammerparenteser {{ }} är inte avslutad: ett kommatecken eller }} "
            "saknas",
            "a mapping in braces {{ }} is not closed: a comma or }} is missing",
        ),
        "yaml.unclosed_quote": (
            "ett citattecken är inte avslutat; texten fortsätter till filens slut",
            "a quotation mark is not closed; the text runs on to the end of the file",
        ),
        "yaml.block_sequence": (
            "raden passar inte in i listan ovanför: varje post i en lista börjar med ”- ” på "
            "samma indrag",
            "the line does not fit the list above: every item of a list starts with “- ” at "
            "the same indentation",
        ),
        "yaml.bad_start": (
            "ett värde kan inte börja med tecknet ”{char}”; sätt citattecken runt värdet",
            "a value cannot start with the character “{char}”; put the value in quotes",
        ),
        "yaml.undefined_alias": (
            "aliaset (*namn) pekar inte på något ankare (&namn) ovanför",
            "the alias (*name) refers to no anchor (&name) above it",
        ),
        "yaml.bad_escape": (
            "okänd teckenkod efter \\ inom dubbla citattecken; använd enkla citattecken eller "
            "skriv \\\\",
            "unknown escape after \\ in double quotes; use single quotes or write \\\\",
        ),
        "yaml.extra_content": (
            "text efter planens slut; kontrollera hakparenteser och indrag ovanför",
            "text after the end of the plan; check the brackets and indentation above",
        ),
        "yaml.expected_key": (
            "raden har fel indrag eller fortsätter efter ett avslutat värde; kontrollera indraget",
            "the line is wrongly indented or goes on after a finished value; check the indentation",
        ),
        "yaml.duplicate_anchor": (
            "ankaret (&namn) används två gånger",
            "the anchor (&name) is used twice",
        ),
        "yaml.missing_colon": (
            "ett kolon (:) saknas efter nyckeln",
            "a colon (:) is missing after the key",
        ),
        "yaml.directive": (
            "okänt direktiv (%); en plan börjar direkt med sina nycklar",
            "unknown directive (%); a plan starts directly with its keys",
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
            "strukturen är nästlad i fler än {limit} led",
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
