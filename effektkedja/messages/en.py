"""English texts (``--lang en``)."""

TEXTS: dict[str, str] = {
    "did_you_mean": " (did you mean “{suggestion}”?)",
    # --- EK001: the file cannot be read as YAML ------------------------------------------
    "EK001.yaml": "invalid YAML: {detail}",
    "EK001.tab": "tab characters cannot be used for indentation in YAML; use spaces",
    "EK001.several_documents": "the file holds several YAML documents (---); a plan is one "
    "document",
    "EK001.utf16": "the file is saved as UTF-16; save it as UTF-8",
    "EK001.binary": "the file contains binary data (NUL characters) and is not a text file",
    "EK001.not_utf8": "the file is not UTF-8 (invalid byte {byte}); save it as UTF-8",
    "EK001.not_utf8.latin1": "the file is not UTF-8 (invalid byte {byte}, it looks like "
    "Latin-1/Windows-1252); save it as UTF-8",
    "EK001.conflict_marker": "the file contains a git conflict marker (<<<<<<<, ======= or "
    ">>>>>>>); resolve the conflict first",
    "EK001.unknown_tag": "the tag {tag} is not supported; a plan holds plain values only",
    "EK001.complex_key": "a key must be plain text, not a list or mapping",
    "EK001.too_deep": "the structure is nested deeper than {limit} levels",
    "EK001.alias_bomb": "the file expands to more than {limit} values through aliases (*); "
    "it looks like an alias bomb and is not read",
    "EK001.bad_tagged_value": "the value “{value}” does not fit the tag {tag}",
    "EK001.too_large": "the file is too large ({size} MiB; the limit is {limit} MiB) and is "
    "not read; split the plan",
    "EK001.control_char": "the file contains a character YAML does not allow ({code}); remove it",
    "EK001.unreadable": "the file cannot be read: {detail}",
    "EK001.unreadable.permission": "the file cannot be read: permission denied",
    "EK001.unreadable.missing": "the file cannot be read: it does not exist (a broken link?)",
    "EK001.unreadable.folder": "the path is a folder, not a file",
    # --- EK002: YAML but not a valid plan ------------------------------------------------
    "EK002.empty": "the file is empty; a plan needs at least “organisation” and “insatser”",
    "EK002.root": "a plan must be a mapping with the keys “organisation” and “insatser”, not {got}",
    "EK002.missing": "the key “{key}” is missing in {where}",
    "EK002.unknown_key": "unknown key “{key}” in {where}",
    "EK002.not_text": "“{key}” must be text, not {got}",
    "EK002.empty_text": "“{key}” must not be empty",
    "EK002.id_pattern": "the id “{value}” may only contain letters, digits, -, _ and .",
    "EK002.not_number": "“{key}” must be a number, not {got}",
    "EK002.not_number.comma": "“{key}” must be a number with a decimal point (“{fixed}”), "
    "not “{value}”",
    "EK002.not_finite": "“{key}” must be a finite number, not {value}",
    "EK002.not_integer": "“{key}” must be a whole number, not {got}",
    "EK002.year_range": "“{key}” must be a year (YYYY), not {value}",
    "EK002.not_list": "“{key}” must be a list, not {got}",
    "EK002.not_mapping": "“{key}” must be a mapping (key: value), not {got}",
    "EK002.not_mapping.item": "each entry of “{key}” must be a mapping (key: value), not {got}",
    "EK002.enum": "“{value}” is not a valid value for “{key}”; allowed: {allowed}",
    "EK002.date": "“{key}” must be a date YYYY-MM-DD or a year YYYY, not “{value}”",
    "EK002.date_nonexistent": "{value} is not in the calendar (“{key}”)",
    "EK002.delmal": "“{value}” is not a delmål; give 1-6 or makt, ekonomi, utbildning, "
    "omsorg, hälsa, våld",
    "EK002.rule_code": "“{value}” is not a known rule code",
    "EK002.point_time": "the measurement point has neither “år” nor “datum”",
    "EK002.point_mixed": "the measurement point mixes kvinnor/män with flickor/pojkar; "
    "use one pair",
    "EK002.point_year_mismatch": "“år: {year}” and “datum: {date}” do not agree",
    "EK002.version": "format version {value} is not supported; effektkedja reads version 1",
    "EK002.other": "invalid value for “{key}”: {detail}",
    "where.plan": "the plan",
    "where.initiative": "the initiative “{id}”",
    "where.initiative.noid": "the initiative",
    "where.indicator": "the indicator “{name}”",
    "where.indicator.noname": "the indicator",
    "where.point": "the measurement point",
    "where.period": "“period”",
    "where.decision": "“beslut”",
    "where.product": "“produkt”",
    "where.application": "“tillämpning”",
    "where.exemption": "the exception",
    "got.str": "text",
    "got.number": "a number",
    "got.bool": "true/false",
    "got.none": "nothing",
    "got.list": "a list",
    "got.mapping": "a mapping",
    "EK003.duplicate_key": "the key “{key}” appears twice; the first one counts",
    # --- rules on a valid plan -----------------------------------------------------------
    "EK004": "the id “{id}” is already used by the initiative on line {line}",
    "EK005": "“{target}” in leder_till is not an initiative of this plan",
    "EK006": "leder_till forms a cycle: {cycle}",
    "EK101": "the link goes backwards in the chain, from {from} to {to} (“{target}”)",
    "EK102": "the chain stops at {level}; the initiative leads to no next step",
    "EK103": "the link skips {missing} (from {from} to {to}, “{target}”)",
    "EK104": "no initiative leads to this {level}; show which initiatives are to bring it about",
    "EK105": "the plan has no initiative at utfall or samhällseffekt ({count} initiatives); "
    "no change for the target groups is followed up",
    "EK105.one": "the plan has no initiative at utfall or samhällseffekt (1 initiative); "
    "no change for the target groups is followed up",
    "EK106": "nivå: {declared} is declared, but the evidence points to {inferred} ({why})",
    "EK107": "the evidence supports {inferred} ({why}), but nivå: {declared} is declared",
    "EK108": "the level {level} rests on the word “{word}” alone; declare nivå or give "
    "beslut, tillämpning or indicators",
    "EK201": "the indicator “{indicator}” has no values for women and men",
    "EK202": "{level} without an indicator: say how the change is to be measured",
    "EK203": "the indicator “{indicator}” has no baseline (utgångsläge)",
    "EK204": "the indicator “{indicator}” has no target (mål)",
    "EK205": "follow-up missing: the end ({end}) has passed but the indicator “{indicator}” "
    "has no measurement after its baseline",
    "EK206": "the gap between women and men in “{indicator}” widened from {before} ({from}) "
    "to {after} ({to})",
    "EK207": "the indicator “{indicator}” has no source (källa)",
    "EK301": "no owner (ansvarig) given",
    "EK302": "{level} without delmål: name the gender-equality sub-goal it contributes to",
    "EK303": "utfall without målgrupp: say whose conditions are to change",
    "EK304": "produkt without beslut: say who decided it and when",
    "EK305": "arbetssätt without tillämpning: say who applies it in their regular work",
    "EK306": "the end date {end} has passed but the status is {status}",
    # --- reasons for the classification --------------------------------------------------
    "reason.declared": "nivå: {level} declared in the plan",
    "reason.evidence_society": "the indicator “{indicator}” has omfång samhälle",
    "reason.evidence_target_group": "the indicator “{indicator}” measures the target group "
    "(omfång målgrupp)",
    "reason.evidence_application": "tillämpning: applied by {by}",
    "reason.evidence_decision": "beslut by {by} ({date})",
    "reason.evidence_product": "produkt of type {type}",
    "reason.text_cue": "the word “{word}” in {field} suggests {level}",
    "reason.default": "nothing in the initiative points to a level; aktivitet assumed",
    "basis.declared": "declared",
    "basis.evidence": "evidence",
    "basis.text": "wording",
    "basis.default": "default",
    # --- terminal output -----------------------------------------------------------------
    "out.plan_header": "{organisation} · {count} initiatives",
    "out.plan_header.one": "{organisation} · 1 initiative",
    "out.plan_invalid": "{organisation} · invalid plan",
    "out.plan_unreadable": "could not be read",
    "out.no_findings": "no findings",
    "out.accepted": "accepted: {reason}",
    "out.summary_title": "Summary",
    "out.summary_counts": "{plans} plans, {initiatives} initiatives",
    "out.summary_counts_one": "1 plan, {initiatives} initiatives",
    "out.summary_counts.one": "{plans} plans, 1 initiative",
    "out.summary_counts_one.one": "1 plan, 1 initiative",
    "out.staircase_title": "Initiatives per step of the results chain",
    "out.reach": "{reached} of {total} initiatives reach utfall or samhällseffekt in their chain",
    "out.findings": "{errors} errors, {warnings} warnings, {infos} info",
    "out.accepted_count": "{count} accepted exceptions",
    "out.initiatives_title": "Initiatives and levels",
    "out.chains_title": "The chains",
    "out.seen_above": "(see above)",
    "err.missing_path": "path does not exist: {path}",
    "err.no_plans": "no plan files (*.yaml, *.yml) in: {path}",
    "err.bad_date": "invalid date for --today: “{value}” (use YYYY-MM-DD)",
    "err.bad_code": "unknown rule code or prefix: “{value}”",
    "err.output_is_input": "refusing to overwrite a plan that is read: {path}",
    "err.output_is_folder": "the output file is a folder: {path}",
    "err.output_folder_missing": "the folder of the output file does not exist: {path}",
    "err.output_failed": "could not write {path}: {detail}",
    "err.init_exists": "the file already exists and is not overwritten: {path}",
    "err.unknown_rule": "unknown rule code: “{value}”",
    "out.init_written": "wrote {path}; check it with: effektkedja check {path}",
    "err.missing_config": "the configuration file does not exist: {path}",
    "err.missing_template": "the template does not exist: {path}",
    "err.template": "the template {where} cannot be used: {detail}",
    "err.interrupted": "interrupted",
}

# Texts of the configuration file reader live beside it, merged in here.
from effektkedja.messages.config_texts import TEXTS_EN  # noqa: E402

TEXTS.update(TEXTS_EN)

# Texts about output files, streams and signals (effektkedja.output, cli).
from effektkedja.messages.system_texts import TEXTS_EN as SYSTEM_EN  # noqa: E402

TEXTS.update(SYSTEM_EN)
