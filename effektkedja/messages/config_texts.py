"""Texts for configuration-file errors (effektkedja.config), to be merged into sv.py and en.py.

Every error text names the file (``{path}``) and, where there is one, the key
(``{key}``, dotted as written in the file). ``{expected}`` and ``{got}`` are
themselves messages (``config.expected.*``, ``config.got.*``), and so is ``{kind}``
(``config.kind.*``). A ``suggestion``
argument adds the catalogue's "did you mean" ending.
"""

TEXTS_SV: dict[str, str] = {
    "config.unreadable": "{path}: konfigurationsfilen går inte att läsa: {detail}",
    "config.not_utf8": "{path}, rad {line}, kolumn {column}: konfigurationsfilen är inte sparad "
    "som UTF-8; spara den som UTF-8",
    "config.nul": "{path}, rad {line}, kolumn {column}: konfigurationsfilen innehåller ett "
    "NUL-tecken och är alltså ingen vanlig text (sparad som UTF-16?); spara den som UTF-8",
    "config.too_large": "{path}: konfigurationsfilen är större än {limit} MiB och läses inte; "
    "en konfigurationsfil är några rader text",
    "config.not_a_file": "{path}: konfigurationsfilen är ingen vanlig fil utan {kind}",
    "config.too_deep": "{path}, rad {line}, kolumn {column}: listor och tabeller ligger i "
    "varandra i fler än {limit} lager",
    "config.long_key": "{path}, rad {line}, kolumn {column}: en nyckel har fler än {limit} delar "
    "åtskilda av punkt",
    "config.syntax": "{path}, rad {line}, kolumn {column}: ogiltig TOML: {detail}",
    "config.no_table": "{path}: tabellen [tool.effektkedja] saknas",
    "config.unknown_key": "{path}: okänd inställning ”{key}”",
    "config.bad_type": "{path}: ”{key}” ska vara {expected}, inte {got}",
    "config.bad_item": "{path}: varje post i ”{key}” ska vara {expected}, inte {got}",
    "config.bad_value": "{path}: ”{value}” är inget giltigt värde för ”{key}”; tillåtna: {allowed}",
    "config.bad_code": "{path}: ”{value}” i ”{key}” är varken en regelkod eller början på en",
    "config.duplicate_code": "{path}: ”{key}” och ”{other}” gäller samma regelkod "
    "(stora och små bokstäver räknas lika)",
    "config.bad_date": "{path}: ”{key}” ska vara ett datum ÅÅÅÅ-MM-DD, inte ”{value}”",
    "config.bad_pattern": "{path}: ”{value}” i ”{key}” är inget mönster som stöds; skriv "
    "sökvägar under konfigurationsfilens mapp, utan ”..” och utan ”!” först",
    "config.bad_glob": "{path}: ”{value}” i ”{key}” går inte att tolka som mönster; se efter "
    "att varje [ har sitt ] med giltiga intervall (a-z, inte z-a) och att \\ inte står sist",
    "config.long_pattern": "{path}: ett mönster i ”{key}” är längre än {limit} tecken: ”{value}”",
    "config.many_patterns": "{path}: ”{key}” har för många eller för invecklade mönster; "
    "högst {limit} enkla mönster går",
    "config.unknown_level": "{path}: okänt steg ”{key}”; signalord kan läggas till för {allowed}",
    "config.duplicate_level": "{path}: ”{key}” och ”{other}” gäller samma steg",
    "config.empty_cue": "{path}: ”{key}” har ett tomt signalord",
    "config.duplicate_cue": "{path}: signalordet ”{value}” står både under ”{other}” och under "
    "”{key}”; ett ord kan bara peka ut ett steg",
    "config.kind.folder": "en mapp",
    "config.kind.fifo": "en namngiven pipe (FIFO)",
    "config.kind.device": "en enhetsfil",
    "config.kind.other": "något annat (till exempel en socket)",
    "config.expected.text": "en text",
    "config.expected.list": "en lista med texter",
    "config.expected.table": "en tabell",
    "config.expected.date": "ett datum (ÅÅÅÅ-MM-DD)",
    "config.got.text": "en text",
    "config.got.integer": "ett heltal",
    "config.got.float": "ett decimaltal",
    "config.got.bool": "true/false",
    "config.got.list": "en lista",
    "config.got.table": "en tabell",
    "config.got.date": "ett datum",
    "config.got.datetime": "en tidpunkt med klockslag",
    "config.got.time": "ett klockslag",
}

TEXTS_EN: dict[str, str] = {
    "config.unreadable": "{path}: the configuration file cannot be read: {detail}",
    "config.not_utf8": "{path}, line {line}, column {column}: the configuration file is not "
    "saved as UTF-8; save it as UTF-8",
    "config.nul": "{path}, line {line}, column {column}: the configuration file contains a NUL "
    "character, so it is not plain text (saved as UTF-16?); save it as UTF-8",
    "config.too_large": "{path}: the configuration file is larger than {limit} MiB and is not "
    "read; a configuration file is a few lines of text",
    "config.not_a_file": "{path}: the configuration file is not a regular file but {kind}",
    "config.too_deep": "{path}, line {line}, column {column}: lists and tables are nested more "
    "than {limit} layers deep",
    "config.long_key": "{path}, line {line}, column {column}: a key has more than {limit} parts "
    "separated by dots",
    "config.syntax": "{path}, line {line}, column {column}: invalid TOML: {detail}",
    "config.no_table": "{path}: there is no [tool.effektkedja] table",
    "config.unknown_key": "{path}: unknown setting “{key}”",
    "config.bad_type": "{path}: “{key}” must be {expected}, not {got}",
    "config.bad_item": "{path}: every entry of “{key}” must be {expected}, not {got}",
    "config.bad_value": "{path}: “{value}” is not a valid value for “{key}”; allowed: {allowed}",
    "config.bad_code": "{path}: “{value}” in “{key}” is neither a rule code nor the start of one",
    "config.duplicate_code": "{path}: “{key}” and “{other}” name the same rule code "
    "(upper and lower case count as the same)",
    "config.bad_date": "{path}: “{key}” must be a date YYYY-MM-DD, not “{value}”",
    "config.bad_pattern": "{path}: “{value}” in “{key}” is not a supported pattern; write "
    "paths below the configuration file's folder, without “..” and without a leading “!”",
    "config.bad_glob": "{path}: “{value}” in “{key}” cannot be read as a pattern; check that "
    "each [ has its ] with valid ranges (a-z, not z-a) and that \\ does not end it",
    "config.long_pattern": "{path}: a pattern in “{key}” is longer than {limit} characters: "
    "“{value}”",
    "config.many_patterns": "{path}: “{key}” has too many or too complex patterns; at most "
    "{limit} simple patterns work",
    "config.unknown_level": "{path}: unknown step “{key}”; cue words can be added for {allowed}",
    "config.duplicate_level": "{path}: “{key}” and “{other}” name the same step",
    "config.empty_cue": "{path}: “{key}” has an empty cue word",
    "config.duplicate_cue": "{path}: the cue word “{value}” is listed under both “{other}” and "
    "“{key}”; a word can point to one step only",
    "config.kind.folder": "a folder",
    "config.kind.fifo": "a named pipe (FIFO)",
    "config.kind.device": "a device",
    "config.kind.other": "something else (a socket, for example)",
    "config.expected.text": "a text",
    "config.expected.list": "a list of texts",
    "config.expected.table": "a table",
    "config.expected.date": "a date (YYYY-MM-DD)",
    "config.got.text": "a text",
    "config.got.integer": "an integer",
    "config.got.float": "a decimal number",
    "config.got.bool": "true/false",
    "config.got.list": "a list",
    "config.got.table": "a table",
    "config.got.date": "a date",
    "config.got.datetime": "a date with a time of day",
    "config.got.time": "a time of day",
}
