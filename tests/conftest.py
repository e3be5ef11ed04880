"""Shared helpers for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from effektkedja.engine import CheckOptions, PlanResult, check_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 23)

# A plan that checks without findings: a problem, and a whole chain addressing it,
# aktivitet to samhällseffekt.
CLEAN_PLAN = """\
version: 1
organisation: Åkerö kommun
period: {från: 2024, till: 2027}
problem:
  - id: ojämn-hemtjänst
    namn: Män beviljas fler hemtjänsttimmar än kvinnor med likartade behov
    delmål: [omsorg]
    målgrupp: Äldre med hemtjänst
    underlag:
      - namn: Timmar per brukare och månad
        källa: Verksamhetssystemet
        värden: [{år: 2023, kvinnor: 28.0, män: 34.0}]
insatser:
  - id: kartläggning
    namn: Kartläggning av hemtjänsttimmar per kön
    nivå: aktivitet
    ansvarig: Socialförvaltningen
    status: genomförd
    start: 2024-01-01
    slut: 2024-03-31
    problem: [ojämn-hemtjänst]
    leder_till: [frågebatteri]
  - id: frågebatteri
    namn: Frågebatteri för biståndsutredning
    nivå: produkt
    ansvarig: Socialförvaltningen
    status: genomförd
    leder_till: [tillämpning]
    beslut: {datum: 2024-06-01, av: Socialnämnden}
    produkt: {typ: verktyg}
  - id: tillämpning
    namn: Handläggarna utreder med frågebatteriet
    nivå: arbetssätt
    ansvarig: Socialförvaltningen
    status: pågående
    slut: 2027
    leder_till: [timmar]
    tillämpning: {av: Biståndshandläggare, sedan: 2024-09-01}
  - id: timmar
    namn: Hemtjänsttimmar fördelas jämnare mellan kvinnor och män
    nivå: utfall
    ansvarig: Socialförvaltningen
    status: pågående
    slut: 2027
    delmål: [4]
    målgrupp: Äldre med hemtjänst
    leder_till: [delmål-omsorg]
    indikatorer:
      - namn: Timmar per brukare och månad
        källa: Verksamhetssystemet
        utgångsläge: {år: 2023, kvinnor: 28.0, män: 34.0}
        mål: {år: 2027, kvinnor: 31.0, män: 31.0}
        mätningar:
          - {år: 2025, kvinnor: 30.0, män: 32.0}
  - id: delmål-omsorg
    namn: Jämn fördelning av obetalt omsorgsarbete
    nivå: samhällseffekt
    ansvarig: Kommunledningen
    status: pågående
    slut: 2027
    delmål: [omsorg]
    målgrupp: Invånare i Åkerö
    indikatorer:
      - namn: Obetald omsorg, timmar per vecka
        källa: Anhörigenkäten
        omfång: samhälle
        utgångsläge: {år: 2023, kvinnor: 5.8, män: 3.1}
        mål: {år: 2027, kvinnor: 4.8, män: 4.0}
        mätningar:
          - {år: 2025, kvinnor: 5.5, män: 3.4}
"""


def check_text(text: str, today: date = TODAY, **options: object) -> PlanResult:
    """Check a plan given as text, as if it were the file ``plan.yaml``."""
    return check_bytes(text.encode("utf-8"), "plan.yaml", CheckOptions(today=today, **options))


def codes(result: PlanResult) -> list[str]:
    """The rule codes of a result's findings, in file order."""
    return [finding.rule for finding in result.findings]


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
