"""English texts (``--lang en``)."""

TEXTS: dict[str, str] = {
    "did_you_mean": " (did you mean “{suggestion}”?)",
    # --- parts of the plan in messages on invalid plans ---
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
    "where.problem": "the problem “{id}”",
    "where.problem.noid": "the problem",
    "where.evidence": "the evidence “{name}”",
    "where.evidence.noname": "the evidence",
    "got.str": "text",
    "got.number": "a number",
    "got.bool": "true/false",
    "got.none": "nothing",
    "got.list": "a list",
    "got.mapping": "a mapping",
    # --- counts: singular and plural ---
    "n.initiative.one": "{n} initiative",
    "n.initiative.other": "{n} initiatives",
    "n.chain.one": "{n} chain",
    "n.chain.other": "{n} chains",
    "n.error.one": "{n} error",
    "n.error.other": "{n} errors",
    "n.warning.one": "{n} warning",
    "n.warning.other": "{n} warnings",
    "n.info.one": "{n} note",
    "n.info.other": "{n} notes",
    "n.accepted.one": "{n} accepted exception",
    "n.accepted.other": "{n} accepted exceptions",
    "n.plan.one": "{n} plan",
    "n.plan.other": "{n} plans",
    "n.rule.one": "{n} rule",
    "n.rule.other": "{n} rules",
    "n.finding.one": "{n} finding",
    "n.finding.other": "{n} findings",
    "n.result_measured.one": "{n} measured without a clear direction",
    "n.result_measured.other": "{n} measured without a clear direction",
    "n.result_worsened.one": "{n} worsened",
    "n.result_worsened.other": "{n} worsened",
    "n.result_planned.one": "{n} still only planned",
    "n.result_planned.other": "{n} still only planned",
    "n.link.one": "{n} link",
    "n.link.other": "{n} links",
    "n.organisation.one": "{n} organisation",
    "n.organisation.other": "{n} organisations",
    "n.problem.one": "{n} problem",
    "n.problem.other": "{n} problems",
    # --- gaps between women and men ----------------------------------------------------
    "sex.women": "women",
    "sex.men": "men",
    "sex.girls": "girls",
    "sex.boys": "boys",
    "gap.none": "no difference between {female} and {male}",
    "gap.unit": "{n} {unit} more for {more} than for {less}",
    "gap.unit.short": "{n} {unit} more for {more}",
    "gap.antal": "{n} more {more} than {less}",
    "gap.antal.short": "{n} more {more}",
    "gap.procent": "{n} percentage points higher for {more} than for {less}",
    "gap.procent.short": "{n} percentage points higher for {more}",
    "gap.plain": "{n} higher for {more} than for {less}",
    "gap.plain.short": "{n} higher for {more}",
    # --- reasons for the classification --------------------------------------------------
    "reason.declared": "nivå: {level} declared in the plan",
    "reason.evidence_society": "the indicator “{indicator}” has omfång samhälle",
    "reason.evidence_target_group": "the indicator “{indicator}” measures the target group "
    "(omfång målgrupp)",
    "reason.evidence_application": "tillämpning: applied by {by}",
    "reason.evidence_decision": "beslut by {by} ({date})",
    "reason.evidence_product": "produkt of type {type}",
    "reason.text_cue": "the word “{word}” in {field} suggests {level}",
    "reason.text_cue_first": "the word “{word}” ({level}) comes first in {field}, "
    "before “{other}” ({other_level})",
    "reason.text_cue_practice": "the word “{word}” ({level}) takes precedence over "
    "“{other}” ({other_level}) in {field}",
    "reason.field.namn": "the name",
    "reason.field.beskrivning": "the description",
    "reason.default": "nothing in the initiative points to a level; aktivitet assumed",
    "reason.declared_unsupported": "no evidence or wording in the initiative supports the "
    "declared level",
    "reason.declared_nothing_else": "no evidence or wording in the initiative points to "
    "another level",
    "basis.declared": "declared",
    "basis.evidence": "evidence",
    "basis.text": "wording",
    "basis.default": "default",
    # --- terminal output -----------------------------------------------------------------
    "out.plan_header": "{organisation} · {count}",
    "out.plan_invalid": "{organisation} · invalid plan",
    "out.plan_unreadable": "could not be read",
    "out.no_findings": "no findings",
    "out.accepted": "accepted: {reason}",
    "out.summary_title": "Summary",
    "out.summary_counts": "{plans}, {initiatives}",
    "out.staircase_title": "Initiatives per step of the results chain",
    "out.reach": "in a chain that reaches utfall or samhällseffekt: {reached} of {total}",
    "out.findings": "{errors}, {warnings}, {infos}",
    "out.accepted_count": "{count}",
    "out.folded": "{title}: {count} ({ids})",
    "out.folded_more": "and {count} more",
    "out.folded_count": "{count} of them gathered under {rules}",
    "out.folded_count.one": "1 of them gathered under {rules}",
    "out.initiatives_title": "Initiatives and their steps",
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
    "err.template_markdown_only": "--template applies to the Markdown report only "
    "(--format markdown)",
    "err.binary_to_terminal": "the {format} format is binary and is not written to a "
    "terminal; give a file with -o",
    "err.template": "the template {where} cannot be used: {detail}",
    "err.interrupted": "interrupted",
}

# Texts of the configuration file reader live beside it, merged in here.
from effektkedja.messages.config_texts import TEXTS_EN  # noqa: E402

TEXTS.update(TEXTS_EN)

# Texts of plans in Excel (effektkedja.workbook, convert), merged in here.
from effektkedja.messages.workbook_texts import TEXTS_EN as _WORKBOOK_TEXTS  # noqa: E402

TEXTS.update(_WORKBOOK_TEXTS)

# Texts about output files, streams and signals (effektkedja.output, cli).
from effektkedja.messages.system_texts import TEXTS_EN as SYSTEM_EN  # noqa: E402

TEXTS.update(SYSTEM_EN)
