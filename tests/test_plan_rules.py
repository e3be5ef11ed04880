"""EK209, EK307 and the plan-level owner: how they read real plans and meet other rules."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from effektkedja.commands.init import starter_plan
from effektkedja.engine import Summary
from effektkedja.findings import describe
from effektkedja.render.markdown import render_report
from tests.conftest import TODAY, check_text


def findings(text: str, rule: str) -> list[tuple[str | None, str]]:
    result = check_text(text)
    return [(f.initiative, describe(f, "sv")) for f in result.findings if f.rule == rule]


# --- EK209 ----------------------------------------------------------------------------------

STAFF_SURVEY = """\
organisation: Region Exempel
insatser:
  - id: bemotande
    namn: Ett jämställt bemötande i primärvården
    nivå: utfall
    delmål: [hälsa]
    målgrupp: Patienter i primärvården
    indikatorer:
      - namn: Andel medarbetare som anser att de bemöter alla lika
        omfång: organisation
        källa: Medarbetarenkäten
        utgångsläge: {år: 2024, kvinnor: 81, män: 77}
        mål: {år: 2027, kvinnor: 90, män: 90}
"""


def test_ek209_names_the_indicator_and_says_what_it_measures() -> None:
    assert findings(STAFF_SURVEY, "EK209") == [
        (
            "bemotande",
            (
                "utfall som bara mäts inom organisationen (indikatorn ”Andel medarbetare som "
                "anser att de bemöter alla lika” har omfång: organisation): det mäter "
                "organisationen, inte målgruppen"
            ),
        )
    ]
    # Nothing else points anywhere, so EK106 keeps quiet.
    result = check_text(STAFF_SURVEY)
    assert sorted({f.rule for f in result.findings}) == [
        "EK104",
        "EK209",
        "EK301",
        "EK307",
        "EK406",
    ]


def test_ek209_and_ek106_both_speak_when_the_evidence_points_lower() -> None:
    text = STAFF_SURVEY.replace(
        "    nivå: utfall\n",
        "    nivå: utfall\n    tillämpning: {av: Sjuksköterskor}\n",
    )
    rules = {f.rule for f in check_text(text).findings}
    assert {"EK106", "EK209"} <= rules


def test_an_outcome_without_indicators_gets_ek202_not_ek209() -> None:
    text = STAFF_SURVEY.split("    indikatorer:\n")[0]
    rules = {f.rule for f in check_text(text).findings}
    assert "EK202" in rules and "EK209" not in rules


def test_one_target_group_indicator_is_enough() -> None:
    text = STAFF_SURVEY + "      - namn: Andel patienter som blir lyssnade på\n"
    assert findings(text, "EK209") == []


# --- EK307 ----------------------------------------------------------------------------------

PLANNED = """\
organisation: Exempelkommunen
ansvarig: Kommunstyrelsen
insatser:
  - id: checklista
    namn: Checklista för bygglovsärenden
    status: planerad
    beslut: {datum: 2026-01-01, av: Byggnadsnämnden}
    leder_till: [metod]
  - id: metod
    namn: Handläggarna följer checklistan
    tillämpning: {av: Bygglovshandläggare}
    status: genomförd
"""


def test_ek307_without_a_plan_period_cannot_judge_the_follow_up() -> None:
    assert findings(PLANNED, "EK307") == [
        (
            "checklista",
            "inget slutdatum (slut): när insatsen ska följas upp går inte att bedöma",
        )
    ]


def test_ek307_with_a_plan_period_says_follow_up_waits_for_its_end() -> None:
    text = PLANNED.replace("insatser:\n", "period: {från: 2024, till: 2027}\ninsatser:\n", 1)
    assert findings(text, "EK307") == [
        (
            "checklista",
            "inget slutdatum (slut): insatsen följs upp först när planperioden slutar (2027)",
        )
    ]
    result = check_text(text)
    [finding] = [f for f in result.findings if f.rule == "EK307"]
    assert describe(finding, "en") == (
        "no end date (slut): the initiative is only followed up when the plan period ends (2027)"
    )


def test_ek307_is_quiet_once_there_is_an_end_date() -> None:
    text = PLANNED.replace("    status: planerad\n", "    status: planerad\n    slut: 2027\n")
    assert findings(text, "EK307") == []


# --- the plan's owner -------------------------------------------------------------------------

OWNERLESS = """\
organisation: Exempelkommunen
insatser:
  - id: checklista
    namn: Checklista för bygglovsärenden
    status: genomförd
    beslut: {datum: 2026-01-01, av: Byggnadsnämnden}
    leder_till: [metod]
  - id: metod
    namn: Handläggarna följer checklistan
    ansvarig: Bygglovsenheten
    tillämpning: {av: Bygglovshandläggare}
    status: genomförd
"""


def test_ek301_only_where_neither_initiative_nor_plan_names_an_owner() -> None:
    assert findings(OWNERLESS, "EK301") == [("checklista", "ingen ansvarig angiven")]
    owned = OWNERLESS.replace("insatser:\n", "ansvarig: Samhällsbyggnadsnämnden\ninsatser:\n", 1)
    assert findings(owned, "EK301") == []


@pytest.mark.parametrize(
    ("lang", "label"),
    [("sv", "Ansvarig för planen"), ("en", "Responsible for the plan")],
)
def test_the_report_shows_the_plan_owner_and_uses_it_for_initiatives(lang: str, label: str) -> None:
    owned = OWNERLESS.replace("insatser:\n", "ansvarig: Samhällsbyggnadsnämnden\ninsatser:\n", 1)
    result = check_text(owned)
    summary = Summary()
    summary.add(result)
    report = render_report([result], summary, lang, TODAY)
    assert f"{label}" in report and "Samhällsbyggnadsnämnden" in report
    [row] = [line for line in report.splitlines() if line.startswith("| `checklista` |")]
    assert "| Samhällsbyggnadsnämnden |" in row
    [row] = [line for line in report.splitlines() if line.startswith("| `metod` |")]
    assert "| Bygglovsenheten |" in row


def test_the_starter_plan_shows_the_plan_level_owner() -> None:
    text = starter_plan("plan.yaml", date(2026, 5, 1))
    data = yaml.safe_load(text)
    assert data["ansvarig"]
    without = [item["id"] for item in data["insatser"] if "ansvarig" not in item]
    assert without  # at least one initiative relies on the plan's owner ...
    result = check_text(text, today=date(2026, 5, 1))
    assert "EK301" not in {f.rule for f in result.findings}  # ... and gets no EK301
    owners = {item.id: item.owner for item in result.facts.initiatives}  # type: ignore[union-attr]
    assert all(owners[name] == data["ansvarig"] for name in without)
