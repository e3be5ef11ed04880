"""``effektkedja init [FILE]``: write a commented starter plan, never over an existing file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from effektkedja.commands import EXIT_OK, fail
from effektkedja.messages import render

SCHEMA_FILE = "effektkedja.schema.json"

# The starter plan shows every part of the format along one complete chain.
# It starts from a problem (the inequality the chain addresses) and names one owner
# for the whole plan. It checks clean except for what its comments say it
# demonstrates: one indicator without a target (EK204, info) and an accepted
# exception (EK304).
STARTER = """\
# yaml-language-server: $schema={schema}
#
# Plan för jämställdhetsintegrering – en startmall från effektkedja.
#
# Varje insats placeras i effektkedjan:
#   aktivitet → produkt → arbetssätt → utfall → samhällseffekt
# Granska planen med:  effektkedja check {name}
# Schemat på första raden ger hjälp i editorn; skapa det med
#   effektkedja schema -o {schema}
#
# Mallen börjar med problemet: den ojämställdhet som planen ska förändra.
#
# Mallen visar två saker med flit:
#   - EK204 (info): indikatorn i "fler-kvinnor-deltar" saknar mål ännu.
#   - EK304 godtas med ett undantag (se "rutin-bidrag"), och räknas då inte.

version: 1
organisation: Exempelkommunen      # organisationens namn (obligatoriskt)
kortnamn: EXK
typ: kommun                        # myndighet | kommun | region | lärosäte | annan
period: {{från: {year}, till: {end_year}}}
uppdrag: Handlingsplan för jämställdhet enligt CEMR-deklarationen
ansvarig: Kultur- och fritidsnämnden   # gäller varje insats som inte anger någon egen

# Problem: den ojämställdhet planen ska förändra, med underlag per kön.
# Insatserna anger vilket problem de angriper (problem: [id]).
problem:
  - id: ojamna-bidrag
    namn: Pojkars aktiviteter får större del av föreningsbidragen än flickors
    delmål: [ekonomi, hälsa]
    målgrupp: Barn och unga i föreningslivet
    analys: Bidragen följer antalet deltagartillfällen, och de största föreningarna har
      mest verksamhet för pojkar.
    underlag:
      - namn: Andel av bidragen till aktiviteter för flickor respektive pojkar
        källa: Bidragssystemet
        enhet: procent
        värden:
          - {{år: {last_year}, flickor: 38, pojkar: 62}}

insatser:
  # 1. Aktivitet: en avgränsad insats – här en fördjupad kartläggning.
  - id: kartlaggning-bidrag
    namn: Kartläggning av föreningsbidrag per kön
    beskrivning: Statistik över vilka som tar del av bidragen, uppdelad på flickor och pojkar.
    nivå: aktivitet                # planens egen bedömning (valfri)
    ansvarig: Kultur- och fritidsförvaltningen
    status: pågående               # planerad | pågående | genomförd | avbruten
    start: {year}-09-01
    slut: {next_year}-03-31
    problem: [ojamna-bidrag]       # problemet som kedjan angriper
    leder_till: [rutin-bidrag]     # nästa steg i kedjan

  # 2. Produkt: ett beslutat styrdokument, verktyg eller en rutin.
  - id: rutin-bidrag
    namn: Jämställdhetskriterier i bidragsreglerna
    status: planerad               # ansvarig: planens (Kultur- och fritidsnämnden)
    # typ: policy | riktlinje | rutin | verktyg | mål | anvisning | mall | checklista | annan
    slut: {next_year}-06-30
    produkt: {{typ: riktlinje}}
    # Beslutet finns ännu inte; tills dess godtas fyndet som undantag, med en motivering:
    undantag:
      - regel: EK304
        motivering: Nämnden fattar beslut om reglerna i september; beslutet läggs in då.
    leder_till: [handlaggning-bidrag]

  # 3. Arbetssätt: någon tillämpar produkten i sitt ordinarie arbete.
  - id: handlaggning-bidrag
    namn: Handläggarna bedömer ansökningar mot kriterierna
    ansvarig: Enheten för föreningsstöd
    status: planerad
    slut: {next_year}-12-31        # när insatsen ska vara genomförd och kan följas upp
    tillämpning:
      av: Bidragshandläggare
      sedan: {next_year}-01-01
    leder_till: [fler-flickor-far-bidrag]

  # 4. Utfall: en mätbar förändring för målgruppen, med könsuppdelad indikator.
  - id: fler-flickor-far-bidrag
    namn: Bidragen når flickor och pojkar mer jämställt
    målgrupp: Barn och unga i föreningslivet
    delmål: [ekonomi, hälsa]       # 1-6 eller makt, ekonomi, utbildning, omsorg, hälsa, våld
    slut: {end_year}-12-31
    indikatorer:
      - namn: Andel av bidragen till aktiviteter för flickor respektive pojkar
        källa: Bidragssystemet
        enhet: procent             # antal och procent ger analys av könsfördelningen
        omfång: målgrupp           # organisation | målgrupp | samhälle
        riktning: utjämna          # utjämna | öka | minska
        utgångsläge: {{år: {last_year}, flickor: 38, pojkar: 62}}
        mål: {{år: {end_year}, flickor: 50, pojkar: 50}}
        mätningar: []              # fyll på efter hand: - {{år: ..., flickor: ..., pojkar: ...}}
    leder_till: [fler-kvinnor-deltar]

  # 5. Samhällseffekt: planen bidrar till de jämställdhetspolitiska målen.
  - id: fler-kvinnor-deltar
    namn: Flickor och pojkar har samma möjligheter till en aktiv fritid
    # ingen egen ansvarig: planens ansvarig (Kommunstyrelsen) gäller
    slut: {end_year}               # ett år räcker: 31 december det året
    delmål: [hälsa]
    indikatorer:
      - namn: Andel unga som är fysiskt aktiva minst en timme om dagen
        källa: Folkhälsoenkäten
        enhet: procent
        omfång: samhälle
        utgångsläge: {{år: {last_year}, kvinnor: 41, män: 48}}
"""


def starter_plan(name: str, today: date) -> str:
    """The starter plan text, dated from ``today``'s year."""
    return STARTER.format(
        schema=SCHEMA_FILE,
        name=name,
        year=today.year,
        last_year=today.year - 1,
        next_year=today.year + 1,
        end_year=today.year + 3,
    )


def starter_workbook(text: str, lang: str) -> bytes:
    """The starter plan as a workbook people can fill in (SPEC.md section 9)."""
    from effektkedja.loader import load
    from effektkedja.model import KEY_ALIASES
    from effektkedja.workbook.writer import write_workbook

    return write_workbook(load(text.encode("utf-8"), KEY_ALIASES).data, lang)


def run_init(file: str, lang: str, today: date | None = None) -> int:
    """Write the starter plan to ``file``; refuse (exit 2) if anything is there already.

    A file ending in ``.xlsx`` gets the starter plan as a workbook. The file is
    created atomically (:func:`effektkedja.output.write_new`): a full
    disk or an interruption leaves nothing behind, so ``init`` can simply be run again.
    """
    from effektkedja.output import OutputError, write_new

    target = Path(file)
    try:
        text = starter_plan(target.name, today or date.today())
        content = starter_workbook(text, lang) if target.suffix.lower() == ".xlsx" else text
        write_new(target, content)
    except OutputError as exc:
        raise fail(exc.key, lang, path=file, detail=exc.detail) from None
    sys.stdout.write(render("out.init_written", {"path": file}, lang) + "\n")
    return EXIT_OK
