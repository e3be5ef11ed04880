"""Svenska texter (standardspråket)."""

TEXTS: dict[str, str] = {
    "did_you_mean": " (menade du ”{suggestion}”?)",
    # --- delar av planen i meddelanden om ogiltiga planer ---
    "where.plan": "planen",
    "where.initiative": "insatsen ”{id}”",
    "where.initiative.noid": "insatsen",
    "where.indicator": "indikatorn ”{name}”",
    "where.indicator.noname": "indikatorn",
    "where.point": "mätpunkten",
    "where.period": "”period”",
    "where.decision": "”beslut”",
    "where.product": "”produkt”",
    "where.application": "”tillämpning”",
    "where.exemption": "undantaget",
    "where.problem": "problemet ”{id}”",
    "where.problem.noid": "problemet",
    "where.evidence": "underlaget ”{name}”",
    "where.evidence.noname": "underlaget",
    "got.str": "en text",
    "got.number": "ett tal",
    "got.bool": "true/false",
    "got.none": "inget värde",
    "got.list": "en lista",
    "got.mapping": "en mappning",
    # --- antal: ental och flertal ---
    "n.initiative.one": "{n} insats",
    "n.initiative.other": "{n} insatser",
    "n.chain.one": "{n} kedja",
    "n.chain.other": "{n} kedjor",
    "n.error.one": "{n} fel",
    "n.error.other": "{n} fel",
    "n.warning.one": "{n} varning",
    "n.warning.other": "{n} varningar",
    "n.info.one": "{n} upplysning",
    "n.info.other": "{n} upplysningar",
    "n.accepted.one": "{n} godtaget undantag",
    "n.accepted.other": "{n} godtagna undantag",
    "n.plan.one": "{n} plan",
    "n.plan.other": "{n} planer",
    "n.rule.one": "{n} regel",
    "n.rule.other": "{n} regler",
    "n.finding.one": "{n} fynd",
    "n.finding.other": "{n} fynd",
    "n.result_measured.one": "{n} mätt utan tydlig riktning",
    "n.result_measured.other": "{n} mätta utan tydlig riktning",
    "n.result_worsened.one": "{n} försämrat",
    "n.result_worsened.other": "{n} försämrade",
    "n.result_planned.one": "{n} ännu bara planerat",
    "n.result_planned.other": "{n} ännu bara planerade",
    "n.link.one": "{n} länk",
    "n.link.other": "{n} länkar",
    "n.organisation.one": "{n} organisation",
    "n.organisation.other": "{n} organisationer",
    "n.problem.one": "{n} problem",
    "n.problem.other": "{n} problem",
    # --- skillnader mellan kvinnor och män ----------------------------------------------
    "sex.women": "kvinnor",
    "sex.men": "män",
    "sex.girls": "flickor",
    "sex.boys": "pojkar",
    "gap.none": "ingen skillnad mellan {female} och {male}",
    "gap.unit": "{n} {unit} mer för {more} än för {less}",
    "gap.unit.short": "{n} {unit} mer för {more}",
    "gap.antal": "{n} fler {more} än {less}",
    "gap.antal.short": "{n} fler {more}",
    "gap.procent": "{n} procentenheter högre för {more} än för {less}",
    "gap.procent.short": "{n} procentenheter högre för {more}",
    "gap.plain": "{n} högre för {more} än för {less}",
    "gap.plain.short": "{n} högre för {more}",
    # --- skäl för klassificeringen -------------------------------------------------------
    "reason.declared": "nivå: {level} anges i planen",
    "reason.evidence_society": "indikatorn ”{indicator}” har omfång samhälle",
    "reason.evidence_target_group": "indikatorn ”{indicator}” mäter målgruppen (omfång målgrupp)",
    "reason.evidence_application": "tillämpning: används av {by}",
    "reason.evidence_decision": "beslut av {by} ({date})",
    "reason.evidence_product": "produkt av typen {type}",
    "reason.text_cue": "ordet ”{word}” i {field} tyder på {level}",
    "reason.text_cue_first": "ordet ”{word}” ({level}) står först i {field}, "
    "före ”{other}” ({other_level})",
    "reason.text_cue_practice": "ordet ”{word}” ({level}) går före ”{other}” ({other_level}) "
    "i {field}",
    "reason.field.namn": "namnet",
    "reason.field.beskrivning": "beskrivningen",
    "reason.default": "inget i insatsen pekar ut ett steg; aktivitet antas",
    "reason.declared_unsupported": "inget underlag eller ordval i insatsen stöder det angivna "
    "steget",
    "reason.declared_nothing_else": "inget underlag eller ordval i insatsen pekar ut ett "
    "annat steg",
    "basis.declared": "angiven",
    "basis.evidence": "underlag",
    "basis.text": "ordval",
    "basis.default": "standard",
    # --- terminalutskrift -----------------------------------------------------------------
    "out.plan_header": "{organisation} · {count}",
    "out.plan_invalid": "{organisation} · ogiltig plan",
    "out.plan_unreadable": "kunde inte läsas",
    "out.no_findings": "inga fynd",
    "out.accepted": "godtagen: {reason}",
    "out.summary_title": "Sammanfattning",
    "out.summary_counts": "{plans}, {initiatives}",
    "out.staircase_title": "Insatser per steg i effektkedjan",
    "out.reach": "{reached} av {total} når utfall eller samhällseffekt i sin kedja",
    "out.findings": "{errors}, {warnings}, {infos}",
    "out.accepted_count": "{count}",
    "out.folded": "{title}: {count} ({ids})",
    "out.folded_more": "och {count} till",
    "out.folded_count": "{count} av dem samlade under {rules}",
    "out.folded_count.one": "1 av dem samlad under {rules}",
    "out.initiatives_title": "Insatser och steg",
    "out.chains_title": "Kedjorna",
    "out.seen_above": "(se ovan)",
    "err.missing_path": "sökvägen finns inte: {path}",
    "err.no_plans": "inga planfiler (*.yaml, *.yml) i: {path}",
    "err.bad_date": "ogiltigt datum för --today: ”{value}” (ange ÅÅÅÅ-MM-DD)",
    "err.bad_code": "okänd regelkod eller prefix: ”{value}”",
    "err.output_is_input": "vägrar skriva över en plan som läses: {path}",
    "err.output_is_folder": "utfilen är en mapp: {path}",
    "err.output_folder_missing": "mappen för utfilen finns inte: {path}",
    "err.output_failed": "kunde inte skriva {path}: {detail}",
    "err.init_exists": "filen finns redan och skrivs inte över: {path}",
    "err.unknown_rule": "okänd regelkod: ”{value}”",
    "out.init_written": "skrev {path}; granska den med: effektkedja check {path}",
    "err.missing_config": "konfigurationsfilen finns inte: {path}",
    "err.missing_template": "mallen finns inte: {path}",
    "err.template_markdown_only": "--template gäller bara Markdown-rapporten (--format markdown)",
    "err.binary_to_terminal": "formatet {format} är binärt och skrivs inte till terminalen; "
    "ange en fil med -o",
    "err.template": "mallen {where} kan inte användas: {detail}",
    "err.interrupted": "avbrutet",
}

# Texts of the configuration file reader live beside it, merged in here.
from effektkedja.messages.config_texts import TEXTS_SV  # noqa: E402

TEXTS.update(TEXTS_SV)

# Texts of plans in Excel (effektkedja.workbook, convert), merged in here.
from effektkedja.messages.workbook_texts import TEXTS_SV as _WORKBOOK_TEXTS  # noqa: E402

TEXTS.update(_WORKBOOK_TEXTS)

# Texts about output files, streams and signals (effektkedja.output, cli).
from effektkedja.messages.system_texts import TEXTS_SV as SYSTEM_SV  # noqa: E402

TEXTS.update(SYSTEM_SV)
