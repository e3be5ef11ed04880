"""The domain's vocabulary: the five levels of the results chain, the six delmål, enumerations."""

from __future__ import annotations

from enum import Enum


class Level(str, Enum):
    """A step of the results chain, lowest first (SPEC.md section 2)."""

    AKTIVITET = "aktivitet"
    PRODUKT = "produkt"
    ARBETSSATT = "arbetssätt"
    UTFALL = "utfall"
    SAMHALLSEFFEKT = "samhällseffekt"

    @property
    def rank(self) -> int:
        """1 for aktivitet up to 5 for samhällseffekt."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANK[self] < _RANK[other]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANK[self] <= _RANK[other]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANK[self] > _RANK[other]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return _RANK[self] >= _RANK[other]

    @property
    def is_outcome(self) -> bool:
        """utfall and samhällseffekt: the levels where results reach people."""
        return _RANK[self] >= 4


LEVELS: tuple[Level, ...] = tuple(Level)
_RANK = {level: index + 1 for index, level in enumerate(Level)}


class OrganisationType(str, Enum):
    MYNDIGHET = "myndighet"
    KOMMUN = "kommun"
    REGION = "region"
    LAROSATE = "lärosäte"
    ANNAN = "annan"


class Status(str, Enum):
    PLANERAD = "planerad"
    PAGAENDE = "pågående"
    GENOMFORD = "genomförd"
    AVBRUTEN = "avbruten"


class ProductType(str, Enum):
    POLICY = "policy"
    RIKTLINJE = "riktlinje"
    RUTIN = "rutin"
    VERKTYG = "verktyg"
    MAL = "mål"
    ANVISNING = "anvisning"
    MALL = "mall"
    CHECKLISTA = "checklista"
    ANNAN = "annan"


class Scope(str, Enum):
    """`omfång` of an indicator: whose conditions it measures."""

    ORGANISATION = "organisation"
    MALGRUPP = "målgrupp"
    SAMHALLE = "samhälle"


class Direction(str, Enum):
    """`riktning` of an indicator: what a good development looks like."""

    UTJAMNA = "utjämna"
    OKA = "öka"
    MINSKA = "minska"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def weight(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Basis(str, Enum):
    """How an initiative's effective level was decided."""

    DECLARED = "declared"
    EVIDENCE = "evidence"
    TEXT = "text"
    DEFAULT = "default"


class Delmal(int, Enum):
    """The six sub-goals (delmål) of Swedish gender-equality policy (DOMAIN.md)."""

    MAKT = 1
    EKONOMI = 2
    UTBILDNING = 3
    OMSORG = 4
    HALSA = 5
    VALD = 6

    @property
    def short_name(self) -> str:
        return DELMAL_NAMES[self][0]

    @property
    def full_name(self) -> str:
        return DELMAL_NAMES[self][1]


DELMAL_NAMES: dict[Delmal, tuple[str, str]] = {
    Delmal.MAKT: ("makt", "En jämn fördelning av makt och inflytande"),
    Delmal.EKONOMI: ("ekonomi", "Ekonomisk jämställdhet"),
    Delmal.UTBILDNING: ("utbildning", "Jämställd utbildning"),
    Delmal.OMSORG: ("omsorg", "Jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    Delmal.HALSA: ("hälsa", "Jämställd hälsa"),
    Delmal.VALD: ("våld", "Mäns våld mot kvinnor ska upphöra"),
}


class PointKind(str, Enum):
    """What a measurement point of an indicator is (SPEC.md section 8)."""

    BASELINE = "baseline"
    MEASUREMENT = "measurement"
    TARGET = "target"


class GapChange(str, Enum):
    """How the gap between women and men moved from the baseline to the latest measurement."""

    WIDENED = "widened"
    NARROWED = "narrowed"
    UNCHANGED = "unchanged"


class Result(str, Enum):
    """The demonstrated result of an utfall or samhällseffekt (SPEC.md section 8)."""

    PLANNED = "planned"
    MEASURED = "measured"
    IMPROVED = "improved"
    WORSENED = "worsened"


class Balance(str, Enum):
    """Statistics Sweden's 40/60 convention for a distribution between women and men."""

    EVEN = "even"
    WOMEN = "women"  # more than 60 % women (or girls)
    MEN = "men"  # more than 60 % men (or boys)


class LinkKind(str, Enum):
    """How a resolved link moves along the chain."""

    NEXT = "normal"  # up one level, or on the same level
    SKIP = "skip"  # up two or more levels (EK103)
    BACKWARD = "backward"  # down the chain (EK101)
