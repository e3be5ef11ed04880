"""English hover texts of the plan schema (``effektkedja schema --lang en``).

The Swedish texts are the fields' own ``Field(description=...)`` in
:mod:`effektkedja.model`, where a field is declared; this table gives each field's
English title and description, keyed by model and field name. ``tests/test_schema.py``
checks that every field has one.
"""

from __future__ import annotations

#: The whole plan: title and description, by language.
PLAN_TEXTS: dict[str, tuple[str, str]] = {
    "sv": (
        "Plan för jämställdhetsintegrering",
        "En plan för jämställdhetsintegrering i effektkedjans format (version 1): en "
        "organisation och dess insatser, var och en ett steg i effektkedjan aktivitet → "
        "produkt → arbetssätt → utfall → samhällseffekt. Granska den med: effektkedja check",
    ),
    "en": (
        "Gender-mainstreaming plan",
        "A gender-mainstreaming plan in effektkedja's format (version 1): an organisation "
        "and its initiatives, each a step in the results chain aktivitet → produkt → "
        "arbetssätt → utfall → samhällseffekt. Check it with: effektkedja check",
    ),
}

#: Put before the description of a key spelt without å, ä, ö.
FOLDED_NOTE = {
    "sv": "Samma som ”{key}”, skrivet utan å, ä, ö.",
    "en": "Same as “{key}”, spelt without å, ä, ö.",
}

#: Title (Swedish, English) of each part of the format with required keys: an editor
#: offers to add one, with those keys filled in, under this name.
MODEL_TITLES: dict[str, tuple[str, str]] = {
    "Problem": ("Problem", "Problem"),
    "Evidence": ("Underlag", "Evidence"),
    "Initiative": ("Insats", "Initiative"),
    "Indicator": ("Indikator", "Indicator"),
    "Decision": ("Beslut", "Decision"),
    "Product": ("Produkt", "Product"),
    "Application": ("Tillämpning", "Application"),
    "Exemption": ("Undantag", "Accepted exception"),
}

#: (model, field) → English title and description.
ENGLISH: dict[tuple[str, str], tuple[str, str]] = {
    ("Plan", "version"): ("Version", "Version of the format; only 1 exists. Example: 1"),
    ("Plan", "organisation"): (
        "Organisation",
        "Name of the organisation. Example: Exempelkommunen",
    ),
    ("Plan", "short_name"): ("Short name", "Short name of the organisation. Example: EXK"),
    ("Plan", "type"): (
        "Type of organisation",
        "myndighet, kommun, region, lärosäte or annan. Example: kommun",
    ),
    ("Plan", "period"): ("Period", "The years the plan covers. Example: {från: 2024, till: 2027}"),
    ("Plan", "assignment"): (
        "Assignment",
        "The assignment the plan answers to. Example: Handlingsplan enligt CEMR-deklarationen",
    ),
    ("Plan", "owner"): (
        "Owner",
        "Owner of every initiative that names none of its own. Example: Kommunstyrelsen",
    ),
    ("Plan", "problems"): (
        "Problems",
        "The inequality the plan sets out to change, a list of problems. "
        "Example: [{id: ojamn-hemtjanst, namn: Män beviljas mer hemtjänst än kvinnor}]",
    ),
    ("Plan", "initiatives"): (
        "Initiatives",
        "The plan's initiatives, each a step in the results chain. "
        "Example: [{id: kartlaggning, namn: Kartläggning av hemtjänsten}]",
    ),
    ("Period", "start"): ("From", "The first year or day the plan covers. Example: 2024"),
    ("Period", "end"): (
        "To",
        "The last year or day the plan covers; a year means its last day. Example: 2027",
    ),
    ("Problem", "id"): (
        "Id",
        "The problem's id, unique among the problems: letters (å, ä, ö too), digits, - _ . "
        "Example: ojamn-hemtjanst",
    ),
    ("Problem", "name"): (
        "Name",
        "The problem in one sentence. "
        "Example: Män beviljas mer hemtjänst än kvinnor med likartade behov",
    ),
    ("Problem", "delmal"): (
        "Sub-goals",
        "Sub-goals of the gender-equality policy the problem concerns: 1-6 or short names. "
        "Example: [omsorg]",
    ),
    ("Problem", "target_group"): (
        "Target group",
        "Which women and men the problem concerns. Example: Brukare inom hemtjänsten",
    ),
    ("Problem", "analysis"): (
        "Analysis",
        "Mapping and analysis of the causes. Example: Kartläggningen 2023 visar att män med "
        "likartade behov beviljas fler timmar.",
    ),
    ("Problem", "evidence"): (
        "Evidence",
        "Sex-disaggregated facts that show the problem. "
        "Example: [{namn: Beviljade timmar, värden: [{år: 2023, kvinnor: 28, män: 34.5}]}]",
    ),
    ("Evidence", "name"): ("Name", "What was measured. Example: Beviljade timmar per brukare"),
    ("Evidence", "source"): (
        "Source",
        "Where the evidence comes from. Example: Verksamhetssystemet",
    ),
    ("Evidence", "unit"): ("Unit", "Unit of the evidence. Example: timmar"),
    ("Evidence", "values"): (
        "Values",
        "The values for women and men, at least one point. "
        "Example: [{år: 2023, kvinnor: 28.0, män: 34.5}]",
    ),
    ("Initiative", "id"): (
        "Id",
        "The initiative's id, unique in the plan: letters (å, ä, ö too), digits, - _ . "
        "Example: utbildning-handlaggare",
    ),
    ("Initiative", "name"): (
        "Name",
        "Name of the initiative. Example: Utbildning i jämställd biståndsbedömning",
    ),
    ("Initiative", "description"): (
        "Description",
        "What the initiative is about. Example: Alla handläggare går en halvdags utbildning.",
    ),
    ("Initiative", "level"): (
        "Level",
        "The step in the results chain that the plan declares: aktivitet, produkt, "
        "arbetssätt, utfall or samhällseffekt. Example: aktivitet",
    ),
    ("Initiative", "owner"): (
        "Owner",
        "Who is responsible for the initiative. Example: Socialförvaltningen",
    ),
    ("Initiative", "status"): (
        "Status",
        "Where the initiative stands: planerad, pågående, genomförd or avbruten. Example: pågående",
    ),
    ("Initiative", "start"): (
        "Start",
        "When the initiative starts, YYYY-MM-DD or a year. Example: 2024-02-01",
    ),
    ("Initiative", "end"): (
        "End",
        "When the initiative ends; a year means its last day. Example: 2024-05-31",
    ),
    ("Initiative", "delmal"): (
        "Sub-goals",
        "Sub-goals of the gender-equality policy the initiative contributes to: 1-6 or makt, "
        "ekonomi, utbildning, omsorg, hälsa, våld. Example: [omsorg, hälsa]",
    ),
    ("Initiative", "target_group"): (
        "Target group",
        "Whose conditions the initiative is to change. Example: Brukare inom hemtjänsten",
    ),
    ("Initiative", "leads_to"): (
        "Leads to",
        "Ids of the next steps in the results chain, one or a list. Example: [rutin-bistand]",
    ),
    ("Initiative", "decision"): (
        "Decision",
        "The decision behind a produkt. Example: {datum: 2024-09-01, av: Socialnämnden}",
    ),
    ("Initiative", "product"): (
        "Product",
        "The product the initiative delivers. Example: {typ: rutin}",
    ),
    ("Initiative", "application"): (
        "Application",
        "Who applies the product in regular work, and since when (arbetssätt). "
        "Example: {av: Biståndshandläggare, sedan: 2025-01-01}",
    ),
    ("Initiative", "indicators"): (
        "Indicators",
        "How the change is measured, preferably for women and men separately. "
        "Example: [{namn: Beviljade timmar per brukare, enhet: timmar}]",
    ),
    ("Initiative", "problems"): (
        "Problems",
        "Ids of the plan's problems that the initiative addresses, one or a list. "
        "Example: [ojamn-hemtjanst]",
    ),
    ("Initiative", "exceptions"): (
        "Exceptions",
        "Accepted exceptions: findings accepted for the initiative, each with its reason. "
        "Example: [{regel: EK304, motivering: Beslutet finns i ärendet.}]",
    ),
    ("Indicator", "name"): (
        "Name",
        "What the indicator measures. Example: Beviljade hemtjänsttimmar per brukare och månad",
    ),
    ("Indicator", "source"): (
        "Source",
        "Where the indicator's figures come from. Example: Verksamhetssystemet",
    ),
    ("Indicator", "unit"): (
        "Unit",
        "Unit of measurement; antal and procent give an analysis of the sex distribution. "
        "Example: procent",
    ),
    ("Indicator", "scope"): (
        "Scope",
        "Whose conditions the indicator measures: organisation, målgrupp (when not given) or "
        "samhälle. Example: målgrupp",
    ),
    ("Indicator", "direction"): (
        "Direction",
        "What a good development is: utjämna (when not given: the gap between women and men "
        "closes), öka or minska. Example: utjämna",
    ),
    ("Indicator", "baseline"): (
        "Baseline",
        "Where things stood before the initiative took effect, a point. "
        "Example: {år: 2023, kvinnor: 28.0, män: 34.5}",
    ),
    ("Indicator", "target"): (
        "Target",
        "Where the initiative is to bring things, a point. "
        "Example: {år: 2027, kvinnor: 31.0, män: 31.0}",
    ),
    ("Indicator", "measurements"): (
        "Measurements",
        "Points measured after the baseline. Example: [{år: 2025, kvinnor: 30.2, män: 32.9}]",
    ),
    ("Point", "year"): ("Year", "The year of the point (år or datum is required). Example: 2023"),
    ("Point", "date"): (
        "Date",
        "The day of the point, YYYY-MM-DD (år or datum is required). Example: 2024-06-30",
    ),
    ("Point", "women"): ("Women", "The value for women. Example: 28.5"),
    ("Point", "men"): ("Men", "The value for men. Example: 34.5"),
    ("Point", "total"): ("Total", "The value for everyone, women and men together. Example: 63"),
    ("Point", "girls"): ("Girls", "The value for girls, in place of women. Example: 38"),
    ("Point", "boys"): ("Boys", "The value for boys, in place of men. Example: 62"),
    ("Decision", "date"): ("Date", "The day (or year) of the decision. Example: 2024-09-01"),
    ("Decision", "by"): ("Decided by", "Who made the decision. Example: Socialnämnden"),
    ("Decision", "reference"): (
        "Reference number",
        "The decision's reference number. Example: SN 2024/117",
    ),
    ("Product", "type"): (
        "Type of product",
        "What kind of product the initiative delivers: policy, riktlinje, rutin, verktyg, mål, "
        "anvisning, mall, checklista or annan. Example: rutin",
    ),
    ("Application", "by"): (
        "Applied by",
        "Who applies the product in their regular work. Example: Biståndshandläggare",
    ),
    ("Application", "since"): ("Since", "Since when the product is applied. Example: 2025-01-01"),
    ("Exemption", "rule"): (
        "Rule",
        "Code of the rule whose finding is accepted. Example: EK304",
    ),
    ("Exemption", "reason"): (
        "Reason",
        "Why the finding is accepted. Example: Beslutet finns i ärendet SN 2024/117.",
    ),
}
