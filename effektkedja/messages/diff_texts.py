"""Texts of ``effektkedja diff`` and the CSV export, in Swedish (default) and English.

Kept apart from the main catalogue (:mod:`effektkedja.messages`) so that the
catalogue can take them in as a whole later; every key starts with ``diff.`` or
``export.`` and none is used elsewhere. Level words stay the Swedish enum words
in both languages, as in every other output. Rule messages come from the main
catalogue. All texts are plain (no Markdown): the Markdown renderer escapes them.
"""

from __future__ import annotations

from typing import Any

TEXTS_SV: dict[str, str] = {
    # --- headings and the summary line ----------------------------------------------
    "diff.title": "Ändringar i planen: {organisation}",
    "diff.title_unnamed": "Ändringar i planen",
    "diff.versions": "{old} → {new}",
    "diff.organisation_changed": "Organisationen heter nu ”{new}” (tidigare ”{old}”).",
    "diff.not_comparable": "{path} kunde inte läsas som en giltig plan, så insatserna "
    "jämförs inte, bara fynden.",
    "diff.summary": "Insatser: nya {added}, borttagna {removed}, ändrade {changed} · "
    "Steg: upp {up}, ner {down} · Fynd: stängda {closed}, nya {opened} · "
    "Indikatorer med ändrade värden: {indicators}",
    "diff.nothing": "Inga skillnader i insatser, steg, fynd eller indikatorer.",
    "diff.section.levels": "Steg i effektkedjan",
    "diff.section.added": "Nya insatser",
    "diff.section.removed": "Borttagna insatser",
    "diff.section.changed": "Ändrade insatser",
    "diff.section.indicators": "Indikatorer",
    "diff.section.closed": "Stängda fynd",
    "diff.section.opened": "Nya fynd",
    # --- lines -------------------------------------------------------------------------
    "diff.level_moved": "{id} flyttade från {old} till {new}",
    "diff.up": "upp i kedjan",
    "diff.down": "ner i kedjan",
    "diff.field_value": "{field}: {old} → {new}",
    "diff.field_added": "{field} lades till",
    "diff.field_removed": "{field} togs bort",
    "diff.field_changed": "{field} ändrades",
    "diff.indicator_added": "ny indikator",
    "diff.indicator_removed": "indikatorn togs bort",
    "diff.new_measurements": "nya mätningar: {points}",
    "diff.new_measurements.one": "ny mätning: {points}",
    "diff.point": "{when} ({values})",
    "diff.gap_moved": "skillnaden mellan {female} och {male} har {change} sedan förra versionen "
    "av planen, från {before} ({from}) till {after} ({to})",
    "diff.gap_moved.baseline": "skillnaden mellan {female} och {male} har {change} sedan "
    "utgångsläget, från {before} ({from}) till {after} ({to})",
    "diff.gap_now": "skillnaden mellan {female} och {male} är {after} ({to})",
    "diff.gap_was": "den senaste skillnaden mellan {female} och {male} var {before} ({from})",
    "diff.since_baseline": "sedan utgångsläget",
    "diff.change.narrowed": "minskat",
    "diff.change.widened": "ökat",
    "diff.change.unchanged": "legat still",
    "diff.trend.narrowed": "↘ minskar",
    "diff.trend.widened": "↗ ökar",
    "diff.trend.unchanged": "→ oförändrad",
    "diff.accepted": "godtagen genom undantag",
    "diff.plan_level": "hela planen",
    "diff.sex.female": "kvinnor",
    "diff.sex.male": "män",
    "diff.sex.total": "totalt",
    "diff.sex.girls": "flickor",
    "diff.sex.boys": "pojkar",
    "diff.severity.error": "fel",
    "diff.severity.warning": "varning",
    "diff.severity.info": "upplysning",
    # --- Markdown table headers ------------------------------------------------------------
    "diff.col.initiative": "Insats",
    "diff.col.name": "Namn",
    "diff.col.level": "Steg",
    "diff.col.from": "Från",
    "diff.col.to": "Till",
    "diff.col.direction": "Riktning",
    "diff.col.changes": "Ändringar",
    "diff.col.indicator": "Indikator",
    "diff.col.measurements": "Nya mätningar",
    "diff.col.gap": "Skillnad",
    "diff.col.trend": "Förändring",
    "diff.col.rule": "Regel",
    "diff.col.severity": "Grad",
    "diff.col.message": "Meddelande",
    # --- usage errors (exit 2) ---------------------------------------------------------
    "diff.err.missing": "filen finns inte: {path}",
    "diff.err.folder": "{path} är en mapp; diff jämför två versioner av en planfil",
    "diff.err.unreadable": "filen går inte att läsa: {path}: {detail}",
    "diff.err.no_git": "git behövs för att läsa REV:SÖKVÄG men finns inte installerat",
    "diff.err.git_failed": "git gick inte att köra: {detail}",
    "diff.err.no_path": "ange en fil efter kolon: {spec} (t.ex. HEAD~1:plan.yaml)",
    "diff.err.not_repo": "{spec} finns inte som fil, och {folder} ligger inte i ett "
    "git-förråd där REV:SÖKVÄG kan läsas ({detail})",
    "diff.err.outside_repo": "{path} i {spec} ligger utanför git-förrådet",
    "diff.err.bad_revision": "okänd git-revision: ”{revision}”",
    "diff.err.too_large": "{path} är större än gränsen på {limit} MiB och läses inte",
    "diff.err.not_in_revision": "{path} finns inte i revisionen {revision} ({detail})",
    "diff.err.bad_format": "okänt format: ”{value}” (text, markdown eller json)",
    "diff.err.bad_language": "okänt språk: ”{value}” (sv eller en)",
    # --- CSV export --------------------------------------------------------------------
    "export.err.bad_dialect": "okänd CSV-dialekt: ”{value}” (excel-sv eller standard)",
    "export.skipped": "{path}: ingen giltig plan, inga värden exporterade (kör effektkedja "
    "check {path})",
}

TEXTS_EN: dict[str, str] = {
    "diff.title": "Changes in the plan: {organisation}",
    "diff.title_unnamed": "Changes in the plan",
    "diff.versions": "{old} → {new}",
    "diff.organisation_changed": "The organisation is now called “{new}” (was “{old}”).",
    "diff.not_comparable": "{path} could not be read as a valid plan, so initiatives are "
    "not compared, only findings.",
    "diff.summary": "Initiatives: added {added}, removed {removed}, changed {changed} · "
    "Levels: up {up}, down {down} · Findings: closed {closed}, opened {opened} · "
    "Indicators with changed values: {indicators}",
    "diff.nothing": "No differences in initiatives, levels, findings or indicators.",
    "diff.section.levels": "Steps in the results chain",
    "diff.section.added": "Added initiatives",
    "diff.section.removed": "Removed initiatives",
    "diff.section.changed": "Changed initiatives",
    "diff.section.indicators": "Indicators",
    "diff.section.closed": "Closed findings",
    "diff.section.opened": "New findings",
    "diff.level_moved": "{id} moved from {old} to {new}",
    "diff.up": "up the chain",
    "diff.down": "down the chain",
    "diff.field_value": "{field}: {old} → {new}",
    "diff.field_added": "{field} added",
    "diff.field_removed": "{field} removed",
    "diff.field_changed": "{field} changed",
    "diff.indicator_added": "new indicator",
    "diff.indicator_removed": "indicator removed",
    "diff.new_measurements": "new measurements: {points}",
    "diff.new_measurements.one": "new measurement: {points}",
    "diff.point": "{when} ({values})",
    "diff.gap_moved": "the gap between {female} and {male} has {change} since the previous "
    "version of the plan, from {before} ({from}) to {after} ({to})",
    "diff.gap_moved.baseline": "the gap between {female} and {male} has {change} since the "
    "baseline, from {before} ({from}) to {after} ({to})",
    "diff.gap_now": "the gap between {female} and {male} is {after} ({to})",
    "diff.gap_was": "the latest gap between {female} and {male} was {before} ({from})",
    "diff.since_baseline": "since the baseline",
    "diff.change.narrowed": "narrowed",
    "diff.change.widened": "widened",
    "diff.change.unchanged": "stayed the same",
    "diff.trend.narrowed": "↘ narrows",
    "diff.trend.widened": "↗ widens",
    "diff.trend.unchanged": "→ unchanged",
    "diff.accepted": "accepted as an exception",
    "diff.plan_level": "whole plan",
    "diff.sex.female": "women",
    "diff.sex.male": "men",
    "diff.sex.total": "total",
    "diff.sex.girls": "girls",
    "diff.sex.boys": "boys",
    "diff.severity.error": "error",
    "diff.severity.warning": "warning",
    "diff.severity.info": "note",
    "diff.col.initiative": "Initiative",
    "diff.col.name": "Name",
    "diff.col.level": "Level",
    "diff.col.from": "From",
    "diff.col.to": "To",
    "diff.col.direction": "Direction",
    "diff.col.changes": "Changes",
    "diff.col.indicator": "Indicator",
    "diff.col.measurements": "New measurements",
    "diff.col.gap": "Gap",
    "diff.col.trend": "Change",
    "diff.col.rule": "Rule",
    "diff.col.severity": "Severity",
    "diff.col.message": "Message",
    "diff.err.missing": "file not found: {path}",
    "diff.err.folder": "{path} is a folder; diff compares two versions of a plan file",
    "diff.err.unreadable": "cannot read the file: {path}: {detail}",
    "diff.err.no_git": "reading REV:PATH needs git, which is not installed",
    "diff.err.git_failed": "git could not be run: {detail}",
    "diff.err.no_path": "name a file after the colon: {spec} (e.g. HEAD~1:plan.yaml)",
    "diff.err.not_repo": "{spec} is not a file, and {folder} is not in a git repository "
    "where REV:PATH could be read ({detail})",
    "diff.err.outside_repo": "{path} in {spec} is outside the git repository",
    "diff.err.bad_revision": "unknown git revision: “{revision}”",
    "diff.err.too_large": "{path} is larger than the limit of {limit} MiB and is not read",
    "diff.err.not_in_revision": "{path} does not exist in revision {revision} ({detail})",
    "diff.err.bad_format": "unknown format: “{value}” (text, markdown or json)",
    "diff.err.bad_language": "unknown language: “{value}” (sv or en)",
    "export.err.bad_dialect": "unknown CSV dialect: “{value}” (excel-sv or standard)",
    "export.skipped": "{path}: not a valid plan, no values exported (run effektkedja check {path})",
}

TEXTS: dict[str, dict[str, str]] = {"sv": TEXTS_SV, "en": TEXTS_EN}


def text(key: str, lang: str = "sv", **args: Any) -> str:
    """The text ``key`` in ``lang`` (unknown languages fall back to Swedish), filled in.

    ``KEY.one`` is used instead of ``KEY`` when ``count`` is 1, as in the main catalogue.
    """
    from effektkedja.messages import Message, _argument

    table = TEXTS.get(lang, TEXTS_SV)
    template = table.get(f"{key}.one") if args.get("count") == 1 else None
    # A message argument (the system's reason) is told in the same language.
    shown = {n: _argument(v, lang) if isinstance(v, Message) else v for n, v in args.items()}
    return (template or table[key]).format(**shown)
