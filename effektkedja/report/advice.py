"""Advice per rule for the report's "Gaps and advice" section: the next step and who takes it.

The roles follow DOMAIN.md: politicians ask for results and decide on
reprioritisation; top management asks for results, spreads learning and gives
time and resources; the strategist links gender-equality knowledge to the
organisation and follows up improvements. Where the right next step depends on
the level of the initiative (EK102, EK202), a level-specific text is added per
finding. Texts are plain (no Markdown); a rule without an entry here gets no
advice of its own, only the pointer to ``effektkedja explain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from effektkedja.domain import Level


class Role(str, Enum):
    """Who usually takes the next step (DOMAIN.md, "roles around the chain")."""

    POLITICIANS = "politicians"
    MANAGEMENT = "management"
    STRATEGIST = "strategist"


P, M, S = Role.POLITICIANS, Role.MANAGEMENT, Role.STRATEGIST


@dataclass(frozen=True, slots=True)
class Advice:
    """The next step for a rule's findings, in Swedish and English, and who takes it."""

    roles: tuple[Role, ...]
    sv: str
    en: str
    # Extra advice for a finding on an initiative at a given level: (sv, en).
    by_level: dict[Level, tuple[str, str]] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return self.sv if lang == "sv" else self.en

    def for_level(self, level: Level | None, lang: str) -> str | None:
        """The level-specific advice for a finding at ``level``, if there is one."""
        if level is None or level not in self.by_level:
            return None
        sv, en = self.by_level[level]
        return sv if lang == "sv" else en


ADVICE: dict[str, Advice] = {
    "EK001": Advice(
        (S,),
        "Öppna filen i en redigerare med stöd för YAML, rätta felet på den angivna raden och "
        "granska planen igen innan den används i en redovisning.",
        "Open the file in an editor with YAML support, fix the error on the line given and "
        "check the plan again before it is used in a report.",
    ),
    "EK002": Advice(
        (S,),
        "Rätta nyckeln eller värdet enligt meddelandet. En redigerare som läser planens "
        "JSON-schema (effektkedja schema) visar sådana fel medan du skriver.",
        "Fix the key or value as the message says. An editor that reads the plan's JSON "
        "Schema (effektkedja schema) shows such errors while you type.",
    ),
    "EK003": Advice(
        (S,),
        "Slå ihop eller ta bort den upprepade nyckeln. Bara den första gäller, så uppgifterna "
        "under den andra syns inte i granskningen.",
        "Merge or remove the repeated key. Only the first one counts, so what is written under "
        "the second is not part of the review.",
    ),
    "EK004": Advice(
        (S,),
        "Ge insatsen ett eget id och gå igenom vilka länkar i leder_till som ska peka på vilken "
        "av de två insatserna.",
        "Give the initiative an id of its own and go through which links in leder_till should "
        "point to which of the two initiatives.",
    ),
    "EK005": Advice(
        (S,),
        "Rätta id:t i leder_till, eller lägg till den insats som länken avser om den saknas i "
        "planen.",
        "Correct the id in leder_till, or add the initiative the link means if it is missing "
        "from the plan.",
    ),
    "EK006": Advice(
        (S,),
        "Bryt cirkeln: bestäm vilken insats som kommer först och låt länkarna bara gå framåt i "
        "kedjan.",
        "Break the cycle: decide which initiative comes first and let the links only go "
        "forward in the chain.",
    ),
    "EK101": Advice(
        (S,),
        "Låt länken gå uppåt i kedjan. Leder ett arbetssätt till en ny produkt, beskriv den "
        "som början på en egen kedja och visa vart den i sin tur leder.",
        "Let the link go up the chain. If a way of working leads to a new product, describe "
        "that product as the start of a chain of its own and show where it leads in turn.",
    ),
    "EK102": Advice(
        (S, M),
        "Svara på frågan ”och sedan då?” för varje insats där kedjan stannar: lägg till nästa "
        "steg i leder_till, och finns steget inte i planen, lägg till det som en planerad "
        "insats.",
        "Answer “and then what?” for each initiative where the chain stops: add the next step "
        "in leder_till, and if that step is not in the plan, add it as a planned initiative.",
        {
            Level.AKTIVITET: (
                "Bestäm vad aktiviteten ska leda till, till exempel en rutin, en checklista "
                "eller ett beslut, så att kunskapen blir kvar i verksamheten.",
                "Decide what the activity is to lead to, for example a routine, a checklist or "
                "a decision, so that the knowledge stays in the organisation.",
            ),
            Level.PRODUKT: (
                "Bestäm vem som ska tillämpa produkten i sitt ordinarie arbete och ge dem tid "
                "att göra det; beskriv det som ett arbetssätt.",
                "Decide who is to apply the product in their regular work and give them time "
                "to do so; describe that as a way of working.",
            ),
            Level.ARBETSSATT: (
                "Beskriv vilket utfall för kvinnor och män i målgruppen arbetssättet ska ge, "
                "och hur det ska mätas.",
                "Describe which outcome for women and men in the target group the way of "
                "working is to bring about, and how it will be measured.",
            ),
        },
    ),
    "EK103": Advice(
        (S,),
        "Beskriv de steg som saknas som egna insatser, till exempel vilket beslut och vilket "
        "arbetssätt som behövs, så att det går att följa hur insatsen ska ge resultatet.",
        "Describe the missing steps as initiatives of their own, for example which decision "
        "and which way of working are needed, so that it is clear how the initiative is to "
        "bring about the result.",
    ),
    "EK104": Advice(
        (M,),
        "Bestäm vilka insatser som ska ge resultatet och länka dem hit med leder_till. Saknas "
        "sådana insatser, planera dem och avsätt tid och resurser.",
        "Decide which initiatives are to bring about the result and link them here with "
        "leder_till. If there are none, plan them and set aside time and resources.",
    ),
    "EK105": Advice(
        (P, M),
        "Efterfråga resultat för målgrupperna: besluta om minst ett utfall med en indikator, "
        "till exempel hur en tjänst eller ett stöd fördelas mellan kvinnor och män, och knyt "
        "insatserna till det.",
        "Ask for results for the target groups: decide on at least one outcome with an "
        "indicator, for example how a service or a grant is distributed between women and "
        "men, and link the initiatives to it.",
    ),
    "EK106": Advice(
        (S,),
        "Sänk den angivna nivån till det underlaget visar, eller lägg till det som visar att "
        "insatsen nått längre: ett beslut, en tillämpning eller en indikator.",
        "Lower the declared level to what the evidence shows, or add what shows that the "
        "initiative has come further: a decision, an application or an indicator.",
    ),
    "EK107": Advice(
        (S,),
        "Höj den angivna nivån till det underlaget visar, så att planen inte underskattar vad "
        "som redan är uppnått.",
        "Raise the declared level to what the evidence shows, so that the plan does not "
        "understate what has already been achieved.",
    ),
    "EK108": Advice(
        (S,),
        "Ange nivå i planen, eller hellre: lägg till det som visar steget, alltså ett beslut, "
        "en tillämpning eller en indikator.",
        "Declare the level in the plan or, better, add what shows the step: a decision, an "
        "application or an indicator.",
    ),
    "EK201": Advice(
        (M,),
        "Se till att uppgifterna tas fram uppdelade på kön och lägg in värden för kvinnor och "
        "män. Individbaserad statistik ska som huvudregel redovisas efter kön.",
        "Make sure the data are produced broken down by sex and enter values for women and "
        "men. Individual-based statistics are as a rule to be reported by sex.",
    ),
    "EK202": Advice(
        (S,),
        "Välj en indikator med källa, utgångsläge och mål som visar förändringen för kvinnor "
        "och män.",
        "Choose an indicator with a source, a baseline and a target that shows the change for "
        "women and men.",
        {
            Level.UTFALL: (
                "Mät det som ska bli annorlunda för målgruppen, till exempel hur en tjänst "
                "fördelas, och ta fram värdena per kön.",
                "Measure what is to be different for the target group, for example how a "
                "service is distributed, with values by sex.",
            ),
            Level.SAMHALLSEFFEKT: (
                "Välj ett mått på samhällsnivå (omfång: samhälle). Det visar vad insatserna "
                "bidrar till, inte vad de ensamma orsakar.",
                "Choose a measure at the level of society (omfång: samhälle). It shows what "
                "the initiatives contribute to, not what they cause alone.",
            ),
        },
    ),
    "EK203": Advice(
        (S,),
        "Ta fram utgångsläget för kvinnor och män, helst från tiden före insatsen. Utan det "
        "går det inte att se om skillnaden minskar.",
        "Establish the baseline for women and men, preferably from before the initiative. "
        "Without it nobody can tell whether the gap is closing.",
    ),
    "EK204": Advice(
        (P, M),
        "Besluta om ett mål för kvinnor och män som säger vilken förändring som ska nås och "
        "till när.",
        "Decide on a target for women and men that says which change is to be reached, and "
        "by when.",
    ),
    "EK205": Advice(
        (S,),
        "Lägg in den senaste mätningen, eller bestäm när uppföljningen ska göras och av vem.",
        "Enter the latest measurement, or decide when the follow-up will be done and by whom.",
    ),
    "EK206": Advice(
        (P, M),
        "Ta upp utvecklingen i nämnden eller ledningen: analysera varför skillnaden ökar och "
        "besluta om insatserna behöver prioriteras om.",
        "Raise the development with the board or management: analyse why the gap is widening "
        "and decide whether the initiatives need to be reprioritised.",
    ),
    "EK207": Advice(
        (S,),
        "Ange varifrån uppgifterna kommer (verksamhetssystem, enkät, register) så att mätningen "
        "går att upprepa.",
        "Say where the data come from (case system, survey, register) so that the measurement "
        "can be repeated.",
    ),
    "EK301": Advice(
        (M,),
        "Utse en ansvarig chef eller funktion för insatsen.",
        "Appoint a manager or function responsible for the initiative.",
    ),
    "EK302": Advice(
        (S,),
        "Ange vilket eller vilka av de sex jämställdhetspolitiska delmålen förändringen bidrar "
        "till.",
        "Name the gender-equality sub-goal or sub-goals (delmål) the change contributes to.",
    ),
    "EK303": Advice(
        (S,),
        "Ange vems villkor som ska förändras, så att indikatorerna mäter rätt grupp kvinnor och "
        "män.",
        "Say whose conditions are to change, so that the indicators measure the right group of "
        "women and men.",
    ),
    "EK304": Advice(
        (P, M),
        "Låt nämnden, styrelsen eller ledningen besluta om produkten och skriv in beslutet "
        "(datum, av vem, diarienummer) i planen.",
        "Have the board, committee or management decide on the product, and enter the decision "
        "(date, by whom, reference number) in the plan.",
    ),
    "EK305": Advice(
        (M,),
        "Ange vem som tillämpar arbetssättet i sitt ordinarie arbete och sedan när, och ge "
        "chefer och medarbetare tid att införa det.",
        "State who applies the way of working in their regular work and since when, and give "
        "managers and staff time to introduce it.",
    ),
    "EK306": Advice(
        (S,),
        "Uppdatera status till genomförd eller avbruten, eller flytta slutdatumet om insatsen "
        "fortsätter.",
        "Update the status to completed or cancelled, or move the end date if the initiative "
        "goes on.",
    ),
}


def advice_for(code: str) -> Advice | None:
    """The advice for a rule, None for a rule without advice of its own."""
    return ADVICE.get(code)
