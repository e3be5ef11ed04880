"""Svenska texter (standardspråket)."""

TEXTS: dict[str, str] = {
    "did_you_mean": " (menade du ”{suggestion}”?)",
    # --- EK001: filen går inte att läsa som YAML ---------------------------------------
    "EK001.yaml": "ogiltig YAML: {detail}",
    "EK001.tab": "tabbtecken kan inte användas för indrag i YAML; använd mellanslag",
    "EK001.several_documents": "filen innehåller flera YAML-dokument (---); en plan är ett "
    "enda dokument",
    "EK001.utf16": "filen är sparad som UTF-16; spara den som UTF-8",
    "EK001.binary": "filen innehåller binära data (NUL-tecken) och är ingen textfil",
    "EK001.not_utf8": "filen är inte UTF-8 (ogiltig byte {byte}); spara den som UTF-8",
    "EK001.not_utf8.latin1": "filen är inte UTF-8 (ogiltig byte {byte}, den ser ut att vara "
    "Latin-1/Windows-1252); spara den som UTF-8",
    "EK001.conflict_marker": "filen innehåller en konfliktmarkering från git (<<<<<<<, ======= "
    "eller >>>>>>>); lös konflikten först",
    "EK001.unknown_tag": "taggen {tag} stöds inte; en plan innehåller bara vanliga värden",
    "EK001.complex_key": "en nyckel måste vara en enkel text, inte en lista eller mappning",
    "EK001.too_deep": "strukturen är nästlad djupare än {limit} nivåer",
    "EK001.alias_bomb": "filen expanderar till fler än {limit} värden via alias (*); "
    "det ser ut som en aliasbomb och läses inte",
    "EK001.bad_tagged_value": "värdet ”{value}” passar inte taggen {tag}",
    "EK001.too_large": "filen är för stor ({size} MiB; gränsen är {limit} MiB) och läses inte; "
    "dela upp planen",
    "EK001.control_char": "filen innehåller ett tecken som inte får finnas i YAML ({code}); "
    "ta bort det",
    "EK001.unreadable": "filen går inte att läsa: {detail}",
    "EK001.unreadable.permission": "filen går inte att läsa: behörighet saknas",
    "EK001.unreadable.missing": "filen går inte att läsa: den finns inte (en trasig länk?)",
    "EK001.unreadable.folder": "sökvägen är en mapp, inte en fil",
    # --- EK002: YAML men ingen giltig plan -----------------------------------------------
    "EK002.empty": "filen är tom; en plan behöver minst ”organisation” och ”insatser”",
    "EK002.root": "en plan ska vara en mappning med nycklarna ”organisation” och ”insatser”, "
    "inte {got}",
    "EK002.missing": "nyckeln ”{key}” saknas i {where}",
    "EK002.unknown_key": "okänd nyckel ”{key}” i {where}",
    "EK002.not_text": "”{key}” ska vara en text, inte {got}",
    "EK002.empty_text": "”{key}” får inte vara tom",
    "EK002.id_pattern": "id ”{value}” får bara innehålla bokstäver, siffror, -, _ och .",
    "EK002.not_number": "”{key}” ska vara ett tal, inte {got}",
    "EK002.not_number.comma": "”{key}” ska vara ett tal med decimalpunkt (”{fixed}”), inte "
    "”{value}”",
    "EK002.not_finite": "”{key}” ska vara ett ändligt tal, inte {value}",
    "EK002.not_integer": "”{key}” ska vara ett heltal, inte {got}",
    "EK002.year_range": "”{key}” ska vara ett årtal (ÅÅÅÅ), inte {value}",
    "EK002.not_list": "”{key}” ska vara en lista, inte {got}",
    "EK002.not_mapping": "”{key}” ska vara en mappning (nyckel: värde), inte {got}",
    "EK002.not_mapping.item": "varje post i ”{key}” ska vara en mappning (nyckel: värde), "
    "inte {got}",
    "EK002.enum": "”{value}” är inget giltigt värde för ”{key}”; tillåtna: {allowed}",
    "EK002.date": "”{key}” ska vara ett datum ÅÅÅÅ-MM-DD eller ett årtal ÅÅÅÅ, inte ”{value}”",
    "EK002.date_nonexistent": "{value} finns inte i kalendern (”{key}”)",
    "EK002.delmal": "”{value}” är inget delmål; ange 1-6 eller makt, ekonomi, utbildning, "
    "omsorg, hälsa, våld",
    "EK002.rule_code": "”{value}” är ingen känd regelkod",
    "EK002.point_time": "mätpunkten saknar ”år” eller ”datum”",
    "EK002.point_mixed": "mätpunkten blandar kvinnor/män med flickor/pojkar; välj det ena",
    "EK002.point_year_mismatch": "”år: {year}” och ”datum: {date}” stämmer inte överens",
    "EK002.version": "formatversion {value} stöds inte; effektkedja läser version 1",
    "EK002.other": "ogiltigt värde för ”{key}”: {detail}",
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
    "got.str": "en text",
    "got.number": "ett tal",
    "got.bool": "true/false",
    "got.none": "inget värde",
    "got.list": "en lista",
    "got.mapping": "en mappning",
    "EK003.duplicate_key": "nyckeln ”{key}” förekommer två gånger; den första gäller",
    # --- regler på en giltig plan --------------------------------------------------------
    "EK004": "id ”{id}” används redan av insatsen på rad {line}",
    "EK005": "”{target}” i leder_till finns inte bland planens insatser",
    "EK006": "leder_till bildar en cirkel: {cycle}",
    "EK101": "länken går bakåt i kedjan, från {from} till {to} (”{target}”)",
    "EK102": "kedjan stannar vid {level}; insatsen leder inte vidare till något nästa steg",
    "EK103": "länken hoppar över {missing} (från {from} till {to}, ”{target}”)",
    "EK104": "ingen insats leder till detta {level}; visa vilka insatser som ska ge resultatet",
    "EK105": "planen har ingen insats på utfall eller samhällseffekt ({count} insatser); "
    "inga förändringar för målgrupperna följs upp",
    "EK105.one": "planen har ingen insats på utfall eller samhällseffekt (1 insats); "
    "inga förändringar för målgrupperna följs upp",
    "EK106": "nivå: {declared} anges, men underlaget pekar på {inferred} ({why})",
    "EK107": "underlaget stöder {inferred} ({why}), men nivå: {declared} anges",
    "EK108": "nivån {level} bygger bara på ordet ”{word}”; ange nivå eller beslut, "
    "tillämpning eller indikatorer",
    "EK201": "indikatorn ”{indicator}” har inga värden för kvinnor och män",
    "EK202": "{level} utan indikator: ange hur förändringen ska mätas",
    "EK203": "indikatorn ”{indicator}” saknar utgångsläge",
    "EK204": "indikatorn ”{indicator}” saknar mål",
    "EK205": "uppföljning saknas: slutet ({end}) har passerat men indikatorn ”{indicator}” "
    "har ingen mätning efter utgångsläget",
    "EK206": "skillnaden mellan kvinnor och män i ”{indicator}” har ökat från {before} "
    "({from}) till {after} ({to})",
    "EK207": "indikatorn ”{indicator}” saknar källa",
    "EK301": "ingen ansvarig angiven",
    "EK302": "{level} utan delmål: ange vilket jämställdhetspolitiskt delmål det bidrar till",
    "EK303": "utfall utan målgrupp: ange vems villkor som ska förändras",
    "EK304": "produkt utan beslut: ange vem som beslutade och när",
    "EK305": "arbetssätt utan tillämpning: ange vem som tillämpar det i ordinarie arbete",
    "EK306": "slutdatum {end} har passerat men status är {status}",
    # --- skäl för klassificeringen -------------------------------------------------------
    "reason.declared": "nivå: {level} anges i planen",
    "reason.evidence_society": "indikatorn ”{indicator}” har omfång samhälle",
    "reason.evidence_target_group": "indikatorn ”{indicator}” mäter målgruppen (omfång målgrupp)",
    "reason.evidence_application": "tillämpning: används av {by}",
    "reason.evidence_decision": "beslut av {by} ({date})",
    "reason.evidence_product": "produkt av typen {type}",
    "reason.text_cue": "ordet ”{word}” i {field} tyder på {level}",
    "reason.default": "inget i insatsen pekar ut en nivå; aktivitet antas",
    "basis.declared": "angiven",
    "basis.evidence": "underlag",
    "basis.text": "ordval",
    "basis.default": "standard",
    # --- terminalutskrift -----------------------------------------------------------------
    "out.plan_header": "{organisation} · {count} insatser",
    "out.plan_header.one": "{organisation} · 1 insats",
    "out.plan_invalid": "{organisation} · ogiltig plan",
    "out.plan_unreadable": "kunde inte läsas",
    "out.no_findings": "inga anmärkningar",
    "out.accepted": "godtagen: {reason}",
    "out.summary_title": "Sammanfattning",
    "out.summary_counts": "{plans} planer, {initiatives} insatser",
    "out.summary_counts_one": "1 plan, {initiatives} insatser",
    "out.summary_counts.one": "{plans} planer, 1 insats",
    "out.summary_counts_one.one": "1 plan, 1 insats",
    "out.staircase_title": "Insatser per steg i effektkedjan",
    "out.reach": "{reached} av {total} insatser når utfall eller samhällseffekt i sin kedja",
    "out.findings": "{errors} fel, {warnings} varningar, {infos} info",
    "out.accepted_count": "{count} godtagna undantag",
    "out.initiatives_title": "Insatser och nivåer",
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
    "err.template": "mallen {where} kan inte användas: {detail}",
    "err.interrupted": "avbrutet",
}

# Texts of the configuration file reader live beside it, merged in here.
from effektkedja.messages.config_texts import TEXTS_SV  # noqa: E402

TEXTS.update(TEXTS_SV)

# Texts about output files, streams and signals (effektkedja.output, cli).
from effektkedja.messages.system_texts import TEXTS_SV as SYSTEM_SV  # noqa: E402

TEXTS.update(SYSTEM_SV)
