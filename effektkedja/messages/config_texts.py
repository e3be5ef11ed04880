"""Texts for configuration-file errors (effektkedja.config), to be merged into sv.py and en.py.

Every error text names the file (``{path}``) and, where there is one, the key
(``{key}``, dotted as written in the file). ``{expected}`` and ``{got}`` are
themselves messages (``config.expected.*``, ``config.got.*``). A ``suggestion``
argument adds the catalogue's "did you mean" ending.
"""

TEXTS_SV: dict[str, str] = {
    "config.unreadable": "{path}: konfigurationsfilen går inte att läsa: {detail}",
    "config.not_utf8": "{path}: konfigurationsfilen är inte sparad som UTF-8",
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
    "config.not_utf8": "{path}: the configuration file is not saved as UTF-8",
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
