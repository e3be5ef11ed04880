"""Unit tests for effektkedja.model and effektkedja.validate: the plan format and EK002."""

from __future__ import annotations

from datetime import date

import pytest

from effektkedja.domain import (
    Delmal,
    Direction,
    Level,
    OrganisationType,
    ProductType,
    Scope,
    Status,
)
from effektkedja.engine import PlanResult
from effektkedja.findings import Finding, describe
from tests.conftest import check_text

HEAD = "organisation: Exempelkommunen\ninsatser:\n  - id: a\n    namn: Möte med chefer\n"


def ek002(result: PlanResult) -> list[Finding]:
    return [f for f in result.findings if f.rule == "EK002"]


def one_ek002(text: str) -> Finding:
    """The single EK002 finding of a plan (and no other finding, since the plan is invalid)."""
    result = check_text(text)
    findings = ek002(result)
    assert len(findings) == 1, [(f.message, f.args) for f in result.findings]
    assert not result.readable
    assert result.initiatives == ()
    return findings[0]


def sv(finding: Finding) -> str:
    return describe(finding, "sv")


def en(finding: Finding) -> str:
    return describe(finding, "en")


def where(finding: Finding) -> tuple[str, int, int]:
    return finding.message, finding.line, finding.column


def plan_of(text: str) -> PlanResult:
    result = check_text(text)
    assert ek002(result) == [], [(f.message, f.args) for f in ek002(result)]
    assert result.plan is not None
    return result


# --- a valid plan -----------------------------------------------------------------------------


def test_the_example_from_the_spec_is_a_valid_plan() -> None:
    result = plan_of(
        """\
version: 1
organisation: Exempelkommunen
kortnamn: EK
typ: kommun
period: {från: 2024, till: 2027}
uppdrag: CEMR-handlingsplan
insatser:
  - id: utbildning-handlaggare
    namn: Utbildning i jämställd biståndsbedömning
    nivå: aktivitet
    ansvarig: Socialförvaltningen
    status: genomförd
    start: 2024-02-01
    slut: 2024-05-31
    delmål: [4, 5]
    målgrupp: Brukare inom hemtjänsten
    leder_till: [rutin-bistand]
  - id: rutin-bistand
    namn: Rutin
    beslut: {datum: 2024-09-01, av: Socialnämnden, diarienummer: SN 2024/117}
    produkt: {typ: rutin}
    tillämpning: {av: Biståndshandläggare, sedan: 2025-01-01}
    indikatorer:
      - namn: Beviljade hemtjänsttimmar per brukare och månad
        källa: Verksamhetssystemet
        enhet: timmar
        omfång: målgrupp
        riktning: utjämna
        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.5}
        mål: {år: 2027, kvinnor: 31.0, män: 31.0}
        mätningar:
          - {år: 2025, kvinnor: 30.2, män: 32.9}
    undantag:
      - regel: EK304
        motivering: Beslutet finns i ärendet.
"""
    )
    plan = result.plan
    assert plan is not None
    assert plan.type is OrganisationType.KOMMUN
    first, second = plan.initiatives
    assert first.level is Level.AKTIVITET
    assert first.status is Status.GENOMFORD
    assert first.delmal == [Delmal.OMSORG, Delmal.HALSA]
    assert first.leads_to == ["rutin-bistand"]
    assert first.start is not None and first.start.first == date(2024, 2, 1)
    assert second.product is not None and second.product.type is ProductType.RUTIN
    indicator = second.indicators[0]
    assert indicator.scope is Scope.MALGRUPP and indicator.direction is Direction.UTJAMNA
    assert indicator.baseline is not None and indicator.baseline.gap == pytest.approx(-6.5)
    assert indicator.measurements[0].male == pytest.approx(32.9)


def test_a_bare_year_is_the_first_day_as_a_start_and_the_last_as_an_end() -> None:
    plan = plan_of(HEAD + "    start: 2024\n    slut: 2025\n").plan
    assert plan is not None
    initiative = plan.initiatives[0]
    assert initiative.start is not None and initiative.start.first == date(2024, 1, 1)
    assert initiative.end is not None and initiative.end.last == date(2025, 12, 31)


def test_leder_till_and_delmal_accept_a_single_value() -> None:
    plan = plan_of(HEAD + "    leder_till: b\n    delmål: 6\n  - id: b\n    namn: Rutin\n").plan
    assert plan is not None
    assert plan.initiatives[0].leads_to == ["b"]
    assert plan.initiatives[0].delmal == [Delmal.VALD]


def test_a_plain_number_as_id_is_read_as_text() -> None:
    result = plan_of("organisation: X\ninsatser:\n  - id: 12\n    namn: Möte\n")
    assert result.initiatives[0].id == "12"


# --- ASCII-folded keys and values --------------------------------------------------------------


def test_ascii_folded_keys_and_values_are_accepted() -> None:
    result = plan_of(
        """\
organisation: X
typ: larosate
period: {fran: 2024, till: 2026}
insatser:
  - id: a
    namn: Ny rutin
    niva: arbetssatt
    status: pagaende
    delmal: [halsa, vald]
    malgrupp: Studenter
    produkt: {typ: mal}
    tillampning: {av: Lärare}
    indikatorer:
      - namn: Andel
        kalla: Ladok
        omfang: samhalle
        riktning: oka
        utgangslage: {ar: 2023, kvinnor: 1, man: 2}
        matningar: [{ar: 2024, kvinnor: 1, man: 2}]
"""
    )
    plan = result.plan
    assert plan is not None
    assert plan.type is OrganisationType.LAROSATE
    initiative = plan.initiatives[0]
    assert initiative.level is Level.ARBETSSATT
    assert initiative.status is Status.PAGAENDE
    assert initiative.delmal == [Delmal.HALSA, Delmal.VALD]
    assert initiative.target_group == "Studenter"
    assert initiative.product is not None and initiative.product.type is ProductType.MAL
    indicator = initiative.indicators[0]
    assert indicator.scope is Scope.SAMHALLE
    assert indicator.direction is Direction.OKA
    assert indicator.baseline is not None and indicator.baseline.men == 2


@pytest.mark.parametrize(
    ("value", "goal"),
    [
        ("4", Delmal.OMSORG),
        ("1", Delmal.MAKT),
        ("makt", Delmal.MAKT),
        ("Ekonomi", Delmal.EKONOMI),
        ("hälsa", Delmal.HALSA),
        ("halsa", Delmal.HALSA),
        ("vald", Delmal.VALD),
        ("VÅLD", Delmal.VALD),
        ("Jämställd utbildning", Delmal.UTBILDNING),
        ("JÄMSTÄLLD HÄLSA", Delmal.HALSA),
        ("jamstalld halsa", Delmal.HALSA),
        ("Mäns våld mot kvinnor ska upphöra", Delmal.VALD),
        ("Jämn fördelning av det obetalda hem- och omsorgsarbetet", Delmal.OMSORG),
    ],
)
def test_delmal_by_number_short_name_or_full_name(value: str, goal: Delmal) -> None:
    plan = plan_of(HEAD + f"    delmål: [{value}]\n").plan
    assert plan is not None
    assert plan.initiatives[0].delmal == [goal]


# --- EK002: keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "suggestion"),
    [
        ("malgrup: Brukare", "målgrupp"),
        ("namm: Rutin", "namn"),
        ("ledertill: [b]", "leder_till"),
        ("indikator: []", "indikatorer"),
    ],
)
def test_unknown_key_at_the_key_with_did_you_mean(line: str, suggestion: str) -> None:
    finding = one_ek002(HEAD + f"    {line}\n")
    assert where(finding) == ("EK002.unknown_key", 5, 5)
    assert finding.args["suggestion"] == suggestion
    assert finding.initiative == "a"
    key = line.split(":")[0]
    assert sv(finding) == f"okänd nyckel ”{key}” i insatsen ”a” (menade du ”{suggestion}”?)"
    assert en(finding) == (
        f"unknown key “{key}” in the initiative “a” (did you mean “{suggestion}”?)"
    )


def test_unknown_key_without_a_close_match_has_no_suggestion() -> None:
    finding = one_ek002(HEAD + "    budget: 100000\n")
    assert finding.args.get("suggestion") is None
    assert "menade du" not in sv(finding)
    assert "did you mean" not in en(finding)


def test_unknown_key_names_where_it_is() -> None:
    finding = one_ek002(HEAD + "    indikatorer:\n      - namn: Andel\n        kallor: SCB\n")
    assert where(finding) == ("EK002.unknown_key", 7, 9)
    assert "indikatorn ”Andel”" in sv(finding)
    assert "the indicator “Andel”" in en(finding)
    finding = one_ek002("organisation: X\nperiod: {från: 2024, slutar: 2026}\ninsatser: []\n")
    assert where(finding) == ("EK002.unknown_key", 2, 22)
    assert "”period”" in sv(finding)


def test_missing_key_is_reported_at_the_mapping_that_lacks_it() -> None:
    finding = one_ek002("organisation: X\ninsatser:\n  - id: a\n    ansvarig: Nämnden\n")
    assert where(finding) == ("EK002.missing", 3, 5)
    assert finding.initiative == "a"
    assert sv(finding) == "nyckeln ”namn” saknas i insatsen ”a”"
    assert en(finding) == "the key “namn” is missing in the initiative “a”"


def test_missing_id_speaks_of_the_initiative_without_an_id() -> None:
    finding = one_ek002("organisation: X\ninsatser:\n  - namn: Möte\n")
    assert where(finding) == ("EK002.missing", 3, 5)
    assert finding.initiative is None
    assert sv(finding) == "nyckeln ”id” saknas i insatsen"


def test_missing_top_level_key() -> None:
    finding = one_ek002("organisation: X\n")
    assert where(finding) == ("EK002.missing", 1, 1)
    assert sv(finding) == "nyckeln ”insatser” saknas i planen"
    assert en(finding) == "the key “insatser” is missing in the plan"


def test_missing_keys_of_nested_parts() -> None:
    finding = one_ek002(HEAD + "    beslut: {av: Nämnden}\n")
    assert where(finding) == ("EK002.missing", 5, 13)
    assert finding.args["key"] == "datum"
    assert "”beslut”" in sv(finding)
    finding = one_ek002(HEAD + "    indikatorer:\n      - källa: SCB\n")
    assert where(finding) == ("EK002.missing", 6, 9)
    assert finding.args["key"] == "namn"
    assert sv(finding) == "nyckeln ”namn” saknas i indikatorn"


# --- EK002: values ------------------------------------------------------------------------------


def test_wrong_enum_value_at_the_value_with_suggestion() -> None:
    finding = one_ek002(HEAD + "    nivå: utfal\n")
    assert where(finding) == ("EK002.enum", 5, 11)
    assert finding.args["suggestion"] == "utfall"
    text = sv(finding)
    assert text.startswith("”utfal” är inget giltigt värde för ”nivå”; tillåtna: aktivitet, ")
    assert text.endswith("(menade du ”utfall”?)")
    assert en(finding).endswith("(did you mean “utfall”?)")


@pytest.mark.parametrize(
    ("line", "key", "suggestion"),
    [
        ("nivå: Utfall", "nivå", "utfall"),
        ("status: genomford_", "status", "genomförd"),
        ("status: klar", "status", None),
        ("produkt: {typ: riktlinjer}", "typ", "riktlinje"),
        ("indikatorer: [{namn: x, omfång: samhallet}]", "omfång", "samhälle"),
        ("indikatorer: [{namn: x, riktning: utjamning}]", "riktning", "utjämna"),
    ],
)
def test_enumerations_reject_other_values(line: str, key: str, suggestion: str | None) -> None:
    finding = one_ek002(HEAD + f"    {line}\n")
    assert finding.message == "EK002.enum"
    assert finding.args["key"] == key
    assert finding.args.get("suggestion") == suggestion


def test_organisation_type_enum() -> None:
    finding = one_ek002("organisation: X\ntyp: kommunen\ninsatser: []\n")
    assert where(finding) == ("EK002.enum", 2, 6)
    assert finding.args["suggestion"] == "kommun"
    assert finding.initiative is None


def test_delmal_7_is_not_a_goal() -> None:
    finding = one_ek002(HEAD + "    delmål: [4, 7]\n")
    assert where(finding) == ("EK002.delmal", 5, 17)
    assert sv(finding).startswith("”7” är inget delmål; ange 1-6")
    assert en(finding).startswith("“7” is not a delmål")


def test_a_misspelt_delmal_gets_a_suggestion() -> None:
    finding = one_ek002(HEAD + "    delmål: halsan\n")
    assert finding.message == "EK002.delmal"
    assert finding.args["suggestion"] == "hälsa"


def test_a_date_as_a_bare_year_is_accepted_where_a_date_is_asked() -> None:
    plan = plan_of(HEAD + "    beslut: {datum: 2024, av: Nämnden}\n").plan
    assert plan is not None
    decision = plan.initiatives[0].decision
    assert decision is not None and decision.date.first == date(2024, 1, 1)


def test_a_date_that_is_not_in_the_calendar() -> None:
    finding = one_ek002(HEAD + "    start: 2025-02-30\n")
    assert where(finding) == ("EK002.date_nonexistent", 5, 12)
    assert sv(finding) == "2025-02-30 finns inte i kalendern (”start”)"
    assert "2025-02-30" in en(finding)


@pytest.mark.parametrize("value", ["'2024/01/01'", "2024/01/01", "1 maj 2024", "2024-5-1", "24"])
def test_a_date_in_another_format(value: str) -> None:
    finding = one_ek002(HEAD + f"    slut: {value}\n")
    assert where(finding) == ("EK002.date", 5, 11)
    assert "ÅÅÅÅ-MM-DD" in sv(finding)
    assert "YYYY-MM-DD" in en(finding)


def test_a_date_in_the_period() -> None:
    finding = one_ek002("organisation: X\nperiod: {från: 2024, till: 2023-02-29}\ninsatser: []\n")
    assert where(finding) == ("EK002.date_nonexistent", 2, 28)


def test_a_measurement_point_needs_a_year_or_a_date() -> None:
    finding = one_ek002(
        HEAD + "    indikatorer:\n      - namn: i\n        utgångsläge: {kvinnor: 1, män: 2}\n"
    )
    assert where(finding) == ("EK002.point_time", 7, 22)
    assert sv(finding) == "mätpunkten saknar ”år” eller ”datum”"


def test_a_measurement_point_does_not_mix_women_with_boys() -> None:
    finding = one_ek002(
        HEAD + "    indikatorer:\n      - namn: i\n        mätningar:\n"
        "          - {år: 2024, kvinnor: 10, pojkar: 12}\n"
    )
    assert where(finding) == ("EK002.point_mixed", 8, 13)
    assert "flickor/pojkar" in sv(finding)


def test_girls_and_boys_are_accepted_in_place_of_women_and_men() -> None:
    plan = plan_of(
        HEAD + "    indikatorer:\n      - namn: i\n"
        "        utgångsläge: {år: 2024, flickor: 10, pojkar: 12}\n"
    ).plan
    assert plan is not None
    baseline = plan.initiatives[0].indicators[0].baseline
    assert baseline is not None and baseline.has_sexes and baseline.gap == -2


def test_year_and_date_of_a_point_must_agree() -> None:
    finding = one_ek002(
        HEAD + "    indikatorer:\n      - namn: i\n        mål: {år: 2027, datum: 2026-12-31}\n"
    )
    assert finding.message == "EK002.point_year_mismatch"
    assert sv(finding) == "”år: 2027” och ”datum: 2026-12-31” stämmer inte överens"


def test_a_decimal_comma_is_refused_with_the_decimal_point_spelling() -> None:
    finding = one_ek002(
        HEAD + "    indikatorer:\n      - namn: i\n        mätningar:\n"
        "          - år: 2025\n            kvinnor: 30,2\n            män: 31\n"
    )
    assert where(finding) == ("EK002.not_number.comma", 9, 22)
    assert "”30.2”" in sv(finding) and "”30,2”" in sv(finding)
    assert "“30.2”" in en(finding)


@pytest.mark.parametrize(
    ("value", "got_sv"), [("'30'", "en text"), ("true", "true/false"), ("[1, 2]", "en lista")]
)
def test_measurement_values_must_be_numbers(value: str, got_sv: str) -> None:
    finding = one_ek002(
        HEAD + "    indikatorer:\n      - namn: i\n"
        f"        utgångsläge: {{år: 2024, kvinnor: {value}}}\n"
    )
    assert finding.message == "EK002.not_number"
    assert finding.args["key"] == "kvinnor"
    assert sv(finding) == f"”kvinnor” ska vara ett tal, inte {got_sv}"


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_nan_and_infinity_are_refused(value: str) -> None:
    finding = one_ek002(
        HEAD + f"    indikatorer:\n      - namn: i\n        mål: {{år: 2027, män: {value}}}\n"
    )
    assert where(finding) == ("EK002.not_finite", 7, 30)
    assert "ändligt" in sv(finding)
    assert "finite" in en(finding)


def test_a_year_must_be_a_whole_number_of_four_digits() -> None:
    finding = one_ek002(HEAD + "    indikatorer:\n      - namn: i\n        mål: {år: 2027.5}\n")
    assert finding.message == "EK002.not_integer"
    finding = one_ek002(HEAD + "    indikatorer:\n      - namn: i\n        mål: {år: '2027'}\n")
    assert finding.message == "EK002.not_integer"
    finding = one_ek002(HEAD + "    indikatorer:\n      - namn: i\n        mål: {år: 27}\n")
    assert finding.message == "EK002.year_range"
    assert "27" in sv(finding)


def test_version_2_is_not_supported() -> None:
    finding = one_ek002("version: 2\norganisation: X\ninsatser: []\n")
    assert where(finding) == ("EK002.version", 1, 10)
    assert sv(finding) == "formatversion 2 stöds inte; effektkedja läser version 1"
    assert en(finding) == "format version 2 is not supported; effektkedja reads version 1"


def test_version_as_text_is_not_a_version() -> None:
    finding = one_ek002("version: '1'\norganisation: X\ninsatser: []\n")
    assert finding.message == "EK002.not_integer"


def test_text_fields_refuse_other_types_and_empty_text() -> None:
    finding = one_ek002("organisation: X\ninsatser:\n  - id: a\n    namn: true\n")
    assert where(finding) == ("EK002.not_text", 4, 11)
    assert sv(finding) == "”namn” ska vara en text, inte true/false"
    finding = one_ek002("organisation: X\ninsatser:\n  - id: a\n    namn: ''\n")
    assert where(finding) == ("EK002.empty_text", 4, 11)
    assert sv(finding) == "”namn” får inte vara tom"


def test_an_id_with_spaces_is_refused() -> None:
    finding = one_ek002("organisation: X\ninsatser:\n  - id: min insats\n    namn: Möte\n")
    assert where(finding) == ("EK002.id_pattern", 3, 9)
    assert "min insats" in sv(finding)


def test_an_id_with_swedish_letters_is_fine() -> None:
    result = plan_of("organisation: X\ninsatser:\n  - id: översyn-är_2.0\n    namn: Möte\n")
    assert result.initiatives[0].id == "översyn-är_2.0"


def test_lists_and_mappings_have_the_right_shape() -> None:
    finding = one_ek002("organisation: X\ninsatser: en insats\n")
    assert where(finding) == ("EK002.not_list", 2, 11)
    assert sv(finding) == "”insatser” ska vara en lista, inte en text"
    finding = one_ek002("organisation: X\ninsatser:\n  - Utbildning\n")
    assert where(finding) == ("EK002.not_mapping.item", 3, 5)
    assert "varje post i ”insatser”" in sv(finding)
    finding = one_ek002(HEAD + "    beslut: Socialnämnden 2024\n")
    assert where(finding) == ("EK002.not_mapping", 5, 13)
    assert sv(finding) == "”beslut” ska vara en mappning (nyckel: värde), inte en text"


def test_undantag_without_motivering() -> None:
    finding = one_ek002(HEAD + "    undantag:\n      - regel: EK304\n")
    assert where(finding) == ("EK002.missing", 6, 9)
    assert finding.args["key"] == "motivering"
    assert sv(finding) == "nyckeln ”motivering” saknas i undantaget"
    assert finding.initiative == "a"


def test_undantag_with_an_unknown_rule_code_suggests_the_closest() -> None:
    finding = one_ek002(HEAD + "    undantag:\n      - regel: EK34\n        motivering: Känt.\n")
    assert where(finding) == ("EK002.rule_code", 6, 16)
    assert finding.args["suggestion"] == "EK304"
    assert sv(finding) == "”EK34” är ingen känd regelkod (menade du ”EK304”?)"
    assert en(finding) == "“EK34” is not a known rule code (did you mean “EK304”?)"


def test_undantag_rule_code_in_lower_case_is_accepted() -> None:
    plan = plan_of(
        HEAD + "    undantag:\n      - regel: ek301\n        motivering: Delat ansvar.\n"
    ).plan
    assert plan is not None
    assert plan.initiatives[0].exceptions[0].rule == "EK301"


def test_a_top_level_list_is_ek002_at_1_1() -> None:
    finding = one_ek002("- organisation: X\n- insatser: []\n")
    assert where(finding) == ("EK002.root", 1, 1)
    assert finding.initiative is None


@pytest.mark.parametrize(
    ("text", "got_sv", "got_en"),
    [
        ("- a\n- b\n", "en lista", "a list"),
        ("Exempelkommunen\n", "en text", "text"),
    ],
)
def test_a_plan_that_is_not_a_mapping_says_what_it_is_in_the_output_language(
    text: str, got_sv: str, got_en: str
) -> None:
    finding = one_ek002(text)
    assert sv(finding).endswith(f", inte {got_sv}")
    assert en(finding).endswith(f", not {got_en}")


# --- one finding per problem, initiative ids ---------------------------------------------------


def test_one_finding_per_problem() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n"
        "  - id: a\n    namn: Möte\n    nivå: utfal\n    status: klar\n"
        "  - id: b\n    namm: Rutin\n"
    )
    findings = ek002(result)
    assert [(f.message, f.line, f.column, f.initiative) for f in findings] == [
        ("EK002.enum", 5, 11, "a"),
        ("EK002.enum", 6, 13, "a"),
        # The misspelt "namm" is one problem: the unknown key suggests "namn", so
        # there is no separate finding that "namn" is missing.
        ("EK002.unknown_key", 8, 5, "b"),
    ]
    assert all(f.severity.value == "error" for f in findings)


def test_a_missing_key_without_a_near_miss_is_reported() -> None:
    findings = ek002(check_text("organisation: X\ninsatser:\n  - id: b\n    bogus: Rutin\n"))
    assert [(f.message, f.line, f.column) for f in findings] == [
        ("EK002.missing", 3, 5),
        ("EK002.unknown_key", 4, 5),
    ]


def test_an_invalid_plan_is_not_analysed_further() -> None:
    result = check_text(HEAD + "    nivå: utfal\n    leder_till: [saknas]\n")
    assert {f.rule for f in result.findings} == {"EK002"}
    assert result.initiatives == ()
    assert result.organisation == "Exempelkommunen"


def test_errors_inside_an_initiative_name_its_id() -> None:
    result = check_text(
        "organisation: X\ninsatser:\n"
        "  - id: forsta\n    namn: Möte\n"
        "  - id: andra\n    namn: Möte\n    indikatorer:\n      - namn: i\n"
        "        mål: {år: 2027, kvinnor: '5'}\n"
    )
    (finding,) = ek002(result)
    assert finding.initiative == "andra"
    assert (finding.line, finding.column) == (9, 34)


def test_plan_level_errors_name_no_initiative() -> None:
    finding = one_ek002("organisation: X\nperiod: {från: 2024, till: 20277}\ninsatser: []\n")
    assert finding.initiative is None
