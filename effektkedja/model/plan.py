"""The plan and its parts: the period, initiatives, problems and what an initiative holds.

Below them are the tables derived from all the models: the ASCII-folded spellings
of keys (:data:`KEY_ALIASES`), the keys of a part, and the part at a data path.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from effektkedja.loader import fold
from effektkedja.model.points import Evidence, Indicator, Point
from effektkedja.model.values import (
    DateField,
    DelmalField,
    FormatModel,
    Id,
    LevelValue,
    OrganisationTypeValue,
    ProductTypeValue,
    RuleCode,
    StatusValue,
    Text,
    _check_rule_code,
    _check_version,
    _one_or_many,
)


class Period(FormatModel):
    """`period`: the years the plan covers."""

    start: DateField | None = Field(
        None, alias="från", description="Första året eller dagen planen gäller. Exempel: 2024"
    )
    end: DateField | None = Field(
        None,
        alias="till",
        description=(
            "Sista året eller dagen planen gäller; ett årtal betyder årets sista dag. Exempel: 2027"
        ),
    )


class Decision(FormatModel):
    """`beslut`: the political or administrative decision behind a produkt."""

    date: DateField = Field(
        alias="datum", description="Dagen (eller året) beslutet fattades. Exempel: 2024-09-01"
    )
    by: Text = Field(alias="av", description="Vem som fattade beslutet. Exempel: Socialnämnden")
    reference: Text | None = Field(
        None, alias="diarienummer", description="Beslutets diarienummer. Exempel: SN 2024/117"
    )


class Product(FormatModel):
    """`produkt`: what kind of product the initiative delivers."""

    type: ProductTypeValue = Field(
        alias="typ",
        description=(
            "Vad slags produkt insatsen ger: policy, riktlinje, rutin, verktyg, mål, "
            "anvisning, mall, checklista eller annan. Exempel: rutin"
        ),
    )


class Application(FormatModel):
    """`tillämpning`: who applies the product in their regular work, and since when."""

    by: Text = Field(
        alias="av",
        description=(
            "Vem som tillämpar produkten i sitt ordinarie arbete. Exempel: Biståndshandläggare"
        ),
    )
    since: DateField | None = Field(
        None, alias="sedan", description="Sedan när produkten tillämpas. Exempel: 2025-01-01"
    )


class Exemption(FormatModel):
    """`undantag`: a finding the organisation has accepted, with its reason."""

    rule: Annotated[RuleCode, BeforeValidator(_check_rule_code)] = Field(
        alias="regel", description="Koden för regeln vars fynd godtas. Exempel: EK304"
    )
    reason: Text = Field(
        alias="motivering",
        description="Varför fyndet godtas. Exempel: Beslutet finns i ärendet SN 2024/117.",
    )


class Initiative(FormatModel):
    """`insatser[]`: one initiative in the plan."""

    id: Id = Field(
        description=(
            "Insatsens id, unikt i planen: bokstäver (även å, ä, ö), siffror, - _ . "
            "Exempel: utbildning-handlaggare"
        )
    )
    name: Text = Field(
        alias="namn",
        description="Insatsens namn. Exempel: Utbildning i jämställd biståndsbedömning",
    )
    description: Text | None = Field(
        None,
        alias="beskrivning",
        description="Vad insatsen går ut på. Exempel: Alla handläggare går en halvdags utbildning.",
    )
    level: LevelValue | None = Field(
        None,
        alias="nivå",
        description=(
            "Det steg i effektkedjan som planen anger: aktivitet, produkt, arbetssätt, "
            "utfall eller samhällseffekt. Exempel: aktivitet"
        ),
    )
    owner: Text | None = Field(
        None,
        alias="ansvarig",
        description="Vem som ansvarar för insatsen. Exempel: Socialförvaltningen",
    )
    status: StatusValue | None = Field(
        None,
        alias="status",
        description=(
            "Var insatsen står: planerad, pågående, genomförd eller avbruten. Exempel: pågående"
        ),
    )
    start: DateField | None = Field(
        None,
        alias="start",
        description="När insatsen börjar, ÅÅÅÅ-MM-DD eller ett årtal. Exempel: 2024-02-01",
    )
    end: DateField | None = Field(
        None,
        alias="slut",
        description="När insatsen slutar; ett årtal betyder årets sista dag. Exempel: 2024-05-31",
    )
    delmal: Annotated[list[DelmalField], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="delmål",
        description=(
            "Jämställdhetspolitiska delmål som insatsen bidrar till: 1-6 eller makt, "
            "ekonomi, utbildning, omsorg, hälsa, våld. Exempel: [omsorg, hälsa]"
        ),
    )
    target_group: Text | None = Field(
        None,
        alias="målgrupp",
        description="Vems villkor insatsen ska förändra. Exempel: Brukare inom hemtjänsten",
    )
    leads_to: Annotated[list[Id], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="leder_till",
        description=(
            "Id för nästa steg i effektkedjan, ett eller en lista. Exempel: [rutin-bistand]"
        ),
    )
    decision: Decision | None = Field(
        None,
        alias="beslut",
        description="Beslutet bakom en produkt. Exempel: {datum: 2024-09-01, av: Socialnämnden}",
    )
    product: Product | None = Field(
        None, alias="produkt", description="Produkten insatsen ger. Exempel: {typ: rutin}"
    )
    application: Application | None = Field(
        None,
        alias="tillämpning",
        description=(
            "Vem som tillämpar produkten i ordinarie arbete, och sedan när (arbetssätt). "
            "Exempel: {av: Biståndshandläggare, sedan: 2025-01-01}"
        ),
    )
    indicators: list[Indicator] = Field(
        default_factory=list,
        alias="indikatorer",
        description=(
            "Hur förändringen mäts, helst för kvinnor och män var för sig. Exempel: "
            "[{namn: Beviljade timmar per brukare, enhet: timmar}]"
        ),
    )
    problems: Annotated[list[Id], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="problem",
        description=(
            "Id för de problem i planen som insatsen angriper, ett eller en lista. "
            "Exempel: [ojamn-hemtjanst]"
        ),
    )
    exceptions: list[Exemption] = Field(
        default_factory=list,
        alias="undantag",
        description=(
            "Godtagna undantag: fynd som godtas för insatsen, vart och ett med motivering. "
            "Exempel: [{regel: EK304, motivering: Beslutet finns i ärendet.}]"
        ),
    )


class Problem(FormatModel):
    """`problem[]`: an inequality the plan sets out to change (SPEC.md section 3)."""

    id: Id = Field(
        description=(
            "Problemets id, unikt bland problemen: bokstäver (även å, ä, ö), siffror, - _ . "
            "Exempel: ojamn-hemtjanst"
        )
    )
    name: Text = Field(
        alias="namn",
        description=(
            "Problemet i en mening. Exempel: Män beviljas mer hemtjänst än kvinnor med "
            "likartade behov"
        ),
    )
    delmal: Annotated[list[DelmalField], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        alias="delmål",
        description=(
            "Jämställdhetspolitiska delmål som problemet gäller: 1-6 eller kortnamn. "
            "Exempel: [omsorg]"
        ),
    )
    target_group: Text | None = Field(
        None,
        alias="målgrupp",
        description="Vilka kvinnor och män problemet gäller. Exempel: Brukare inom hemtjänsten",
    )
    analysis: Text | None = Field(
        None,
        alias="analys",
        description=(
            "Kartläggning och analys av orsakerna. Exempel: Kartläggningen 2023 visar att"
            " män med likartade behov beviljas fler timmar."
        ),
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        alias="underlag",
        description=(
            "Könsuppdelade fakta som visar problemet. Exempel: [{namn: Beviljade timmar, "
            "värden: [{år: 2023, kvinnor: 28, män: 34.5}]}]"
        ),
    )


class Plan(FormatModel):
    """A gender-mainstreaming plan: an organisation and its initiatives."""

    version: Annotated[int, Field(strict=True), AfterValidator(_check_version)] = Field(
        1, description="Formatets version; bara 1 finns. Exempel: 1"
    )
    organisation: Text = Field(description="Organisationens namn. Exempel: Exempelkommunen")
    short_name: Text | None = Field(
        None, alias="kortnamn", description="Organisationens kortnamn. Exempel: EXK"
    )
    type: OrganisationTypeValue | None = Field(
        None,
        alias="typ",
        description=(
            "Slags organisation: myndighet, kommun, region, lärosäte eller annan. Exempel: kommun"
        ),
    )
    period: Period | None = Field(
        None, description="Åren planen gäller. Exempel: {från: 2024, till: 2027}"
    )
    assignment: Text | None = Field(
        None,
        alias="uppdrag",
        description="Uppdraget planen svarar mot. Exempel: Handlingsplan enligt CEMR-deklarationen",
    )
    owner: Text | None = Field(
        None,
        alias="ansvarig",
        description="Ansvarig för varje insats som inte anger någon egen. Exempel: Kommunstyrelsen",
    )
    problems: list[Problem] = Field(
        default_factory=list,
        alias="problem",
        description=(
            "Den ojämställdhet planen ska förändra, en lista av problem. Exempel: [{id: "
            "ojamn-hemtjanst, namn: Män beviljas mer hemtjänst än kvinnor}]"
        ),
    )
    initiatives: list[Initiative] = Field(
        alias="insatser",
        description=(
            "Planens insatser, var och en ett steg i effektkedjan. Exempel: [{id: "
            "kartlaggning, namn: Kartläggning av hemtjänsten}]"
        ),
    )


# --- derived tables ------------------------------------------------------------------


def _models() -> list[type[FormatModel]]:
    return [
        Plan,
        Period,
        Problem,
        Evidence,
        Initiative,
        Indicator,
        Point,
        Decision,
        Product,
        Application,
        Exemption,
    ]


def _keys(model: type[FormatModel]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()]


#: ASCII-folded spellings of keys mapped to the canonical key (``malgrupp`` → ``målgrupp``).
KEY_ALIASES: dict[str, str] = {
    fold(key): key for model in _models() for key in _keys(model) if fold(key) != key
}


def keys_of(model: type[FormatModel]) -> list[str]:
    """The canonical keys a part of the format accepts."""
    return _keys(model)


def model_at(loc: tuple[str | int, ...]) -> type[FormatModel] | None:
    """The model whose mapping sits at ``loc`` in a plan (None if ``loc`` is not a mapping)."""
    model: type[FormatModel] = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        field = next(
            (f for name, f in model.model_fields.items() if (f.alias or name) == part), None
        )
        if field is None:
            return None
        inner = _inner_model(field.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _inner_model(annotation: Any) -> type[FormatModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, FormatModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
