"""The small vocabularies bench/generate.py draws its plans from.

Areas of work with their target groups, owners and indicators; names of
organisations, deciders and initiatives at each level of the results chain.
All invented, in the style of real Swedish gender-mainstreaming plans.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """An indicator template: what is measured, in which unit, from where."""

    namn: str
    enhet: str
    kalla: str
    low: float
    high: float
    riktning: str = "utjämna"


@dataclass(frozen=True)
class Area:
    """An area of work with the vocabulary its chain is written in."""

    key: str
    verksamhet: str  # definite form: "hemtjänsten"
    topic: str  # what is mapped and distributed: "beviljade hemtjänsttimmar"
    personal: str  # who applies the new way of working
    malgrupp: str
    delmal: int
    measures: tuple[Measure, ...]
    effect: Measure  # the omfång: samhälle indicator
    children: bool = False  # girls and boys instead of women and men
    owners: tuple[str, ...] = ()


AREAS: tuple[Area, ...] = (
    Area(
        "hemtjänst",
        "hemtjänsten",
        "beviljade hemtjänsttimmar",
        "Biståndshandläggare inom äldreomsorgen",
        "Personer 65 år och äldre med hemtjänst",
        4,
        (
            Measure(
                "Beviljade hemtjänsttimmar per brukare och månad",
                "timmar",
                "Verksamhetssystemet, könsuppdelad månadsrapport",
                20,
                40,
            ),
            Measure(
                "Andel brukare som kan påverka när hjälpen ges",
                "procent",
                "Socialstyrelsens brukarundersökning",
                55,
                90,
            ),
        ),
        Measure(
            "Tid för obetald hjälp till äldre närstående",
            "timmar per vecka",
            "SCB:s tidsanvändningsundersökning",
            2,
            8,
        ),
        owners=(
            "Socialförvaltningen",
            "Socialförvaltningen, biståndsenheten",
            "Vård- och omsorgsförvaltningen",
        ),
    ),
    Area(
        "foreningsstod",
        "föreningsstödet",
        "utbetalt aktivitetsstöd",
        "Föreningshandläggare",
        "Flickor och pojkar 7–20 år i bidragsberättigade föreningar",
        5,
        (
            Measure(
                "Utbetalt aktivitetsstöd per deltagare och år",
                "kronor",
                "Föreningsregistret",
                350,
                650,
            ),
            Measure(
                "Deltagartillfällen 7–20 år", "antal", "Föreningsregistret", 30000, 60000, "öka"
            ),
        ),
        Measure(
            "Andel unga 16–25 år som tränar minst en gång i veckan",
            "procent",
            "Lupp-enkäten (MUCF)",
            45,
            70,
            "öka",
        ),
        children=True,
        owners=("Kultur- och fritidsförvaltningen", "Föreningsenheten"),
    ),
    Area(
        "skola",
        "grundskolan",
        "betygen i årskurs 9",
        "Lärare i årskurs 7–9",
        "Elever i årskurs 9",
        3,
        (
            Measure(
                "Andel elever behöriga till gymnasiets yrkesprogram",
                "procent",
                "Skolverkets statistik",
                75,
                95,
            ),
            Measure(
                "Genomsnittligt meritvärde i årskurs 9", "poäng", "Skolverkets statistik", 200, 260
            ),
        ),
        Measure("Andel 20–24-åringar med gymnasieexamen", "procent", "SCB", 70, 90, "öka"),
        children=True,
        owners=("Utbildningsförvaltningen", "Grundskoleavdelningen"),
    ),
    Area(
        "arbetsmarknad",
        "arbetsmarknadsinsatserna",
        "anvisningar till arbetsmarknadsinsatser",
        "Arbetsmarknadshandläggare",
        "Arbetssökande med försörjningsstöd",
        2,
        (
            Measure(
                "Andel deltagare som går vidare till arbete eller studier",
                "procent",
                "Arbetsmarknadsenhetens uppföljning",
                20,
                50,
            ),
            Measure(
                "Deltagare i subventionerad anställning", "antal", "Verksamhetssystemet", 20, 150
            ),
        ),
        Measure(
            "Sysselsättningsgrad 20–64 år",
            "procent",
            "SCB:s arbetskraftsundersökningar",
            70,
            85,
            "öka",
        ),
        owners=("Arbetsmarknadsförvaltningen", "Arbetsmarknadsenheten"),
    ),
    Area(
        "våld",
        "arbetet mot våld i nära relationer",
        "frågor om våld vid nybesök",
        "Socialsekreterare och barnmorskor",
        "Kvinnor som utsatts för våld i nära relation",
        6,
        (
            Measure(
                "Andel nybesök där frågan om våld har ställts",
                "procent",
                "Journalgranskning",
                30,
                80,
                "öka",
            ),
        ),
        Measure(
            "Andel som uppger att de utsatts för våld i nära relation",
            "procent",
            "Nationella trygghetsundersökningen",
            3,
            12,
            "minska",
        ),
        owners=("Socialförvaltningen, individ- och familjeomsorgen", "Kvinnohälsovården"),
    ),
    Area(
        "chefer",
        "rekryteringen av chefer",
        "chefsrekryteringarna",
        "HR-konsulter och rekryterande chefer",
        "Medarbetare som söker chefstjänster",
        1,
        (
            Measure("Andel chefer per kön", "procent", "Personalsystemet", 30, 70),
            Measure("Sökande till chefstjänster", "antal", "Rekryteringssystemet", 40, 200),
        ),
        Measure(
            "Andel kvinnor bland ledamöterna i kommunala bolagsstyrelser",
            "procent",
            "Bolagsverket",
            30,
            50,
            "öka",
        ),
        owners=("HR-avdelningen", "Personalavdelningen"),
    ),
    Area(
        "hjärtvård",
        "hjärtsjukvården",
        "remisser till hjärtrehabilitering",
        "Läkare och sjuksköterskor på medicinkliniken",
        "Patienter som vårdats för hjärtinfarkt",
        5,
        (
            Measure(
                "Andel patienter som deltar i hjärtrehabilitering", "procent", "Swedeheart", 40, 80
            ),
            Measure(
                "Väntetid till hjärtrehabilitering", "dagar", "Vårdens väntetidsdatabas", 20, 60
            ),
        ),
        Measure(
            "Återinsjuknande i hjärtinfarkt inom ett år",
            "per 1 000 invånare",
            "Socialstyrelsens patientregister",
            2,
            6,
            "minska",
        ),
        owners=("Hälso- och sjukvårdsförvaltningen", "Medicinkliniken"),
    ),
    Area(
        "kollektivtrafik",
        "kollektivtrafiken",
        "planeringen av busslinjer",
        "Trafikplanerare",
        "Resenärer i kollektivtrafiken",
        2,
        (
            Measure(
                "Andel resenärer som känner sig trygga på hållplatsen kvällstid",
                "procent",
                "Kollektivtrafikbarometern",
                50,
                85,
            ),
            Measure("Resor per invånare och år", "antal", "Biljettsystemet", 40, 120),
        ),
        Measure(
            "Andel invånare som når ett arbete inom 45 minuter med kollektivtrafik",
            "procent",
            "Trafikanalys",
            50,
            80,
            "öka",
        ),
        owners=("Kollektivtrafikförvaltningen", "Samhällsbyggnadsförvaltningen"),
    ),
    Area(
        "projektmedel",
        "de regionala projektmedlen",
        "beviljade projektmedel",
        "Handläggare av projektmedel",
        "Företagare och projektägare som söker regionala medel",
        2,
        (
            Measure(
                "Beviljade medel per projektledarens kön",
                "miljoner kronor",
                "Ärendesystemet",
                5,
                40,
            ),
        ),
        Measure("Företagare i länet per kön", "procent", "SCB:s företagsregister", 25, 75),
        owners=("Regional utveckling", "Regional utveckling, enheten för tillväxt"),
    ),
)

PLACES = (
    "Ekbacka",
    "Norrvik",
    "Lövsta",
    "Bergsjö",
    "Åsby",
    "Granholm",
    "Solvik",
    "Älvdal",
    "Hagaby",
    "Sjötorp",
    "Forsmark",
    "Ljungby",
    "Västerbro",
    "Östra Mo",
    "Kvarnby",
)
AGENCY_TOPICS = (
    "digital samhällsservice",
    "arbetsmiljöfrågor",
    "kulturanalys",
    "stöd till trossamfund",
    "vård- och omsorgsanalys",
    "ungdoms- och civilsamhällesfrågor",
)
DECIDERS = (
    "Kommunfullmäktige",
    "Socialnämnden",
    "Kultur- och fritidsnämnden",
    "Regionstyrelsen",
    "Generaldirektören",
    "Förvaltningschefen",
    "Utbildningsnämnden",
)
PRODUCT_KINDS = (
    ("riktlinje", "Riktlinje för jämställdhet i {verksamhet}"),
    ("checklista", "Checklista för jämställd bedömning av {topic}"),
    ("rutin", "Rutin för könsuppdelad uppföljning av {topic}"),
    ("verktyg", "Jämställdhetsintegrerat verktyg för {verksamhet}"),
    ("policy", "Policy för jämställd service i {verksamhet}"),
    ("mål", "Mål för jämställda {topic} i verksamhetsplanen"),
    ("mall", "Mall för könsuppdelad rapport om {topic}"),
)
ACTIVITY_NAMES = (
    "Kartläggning av {topic} per kön",
    "Utbildning om jämställdhet i {verksamhet} för {personal}",
    "Workshop om {topic} med {personal}",
    "Granskning av {topic} ur ett jämställdhetsperspektiv",
    "Seminarium om jämställd service i {verksamhet}",
)
NO_CUE_NAMES = (  # no cue word: the level defaults to aktivitet
    "Nätverksträffar för {personal}",
    "Könsuppdelad statistik om {topic} tas fram",
    "Samtal med {malgrupp} om {verksamhet}",
)
PRACTICE_NAMES = (
    "{personal} tillämpar den nya rutinen i det dagliga arbetet",
    "{personal} arbetar enligt riktlinjen",
    "{personal} använder checklistan vid varje bedömning",
    "Jämställdhetsanalys ingår i {personal_lower}s ordinarie arbete",
)
OUTCOME_NAMES = (
    "{topic_cap} fördelas jämnare mellan {women} och {men}",
    "{women_cap} och {men} i målgruppen får likvärdigt stöd i {verksamhet}",
    "Skillnaden mellan {women} och {men} i {verksamhet} minskar",
)
EFFECT_NAMES = (
    "Bidrag till delmål {delmal}: {delmal_text}",
    "Ökad jämställdhet i {place} inom delmål {delmal}",
)
DELMAL_TEXT = {
    1: "en jämn fördelning av makt och inflytande",
    2: "ekonomisk jämställdhet",
    3: "jämställd utbildning",
    4: "jämn fördelning av det obetalda hem- och omsorgsarbetet",
    5: "jämställd hälsa",
    6: "mäns våld mot kvinnor ska upphöra",
}
DELMAL_SHORT = {1: "makt", 2: "ekonomi", 3: "utbildning", 4: "omsorg", 5: "hälsa", 6: "våld"}
DESCRIPTIONS = (
    "Insatsen bygger på kartläggningen och följs upp varje halvår i ledningsgruppen.",
    "Resultaten redovisas uppdelade på kön i verksamhetsberättelsen.",
    "Underlaget togs fram tillsammans med verksamhetens medarbetare och brukarråd.",
    "Arbetet samordnas av jämställdhetsstrategen och följs upp i årsredovisningen.",
)
