"""Property-based tests: whatever a plan file holds, checking it never raises.

Four properties, each over inputs hypothesis generates (docs/robustness.md):

- arbitrary text and arbitrary bytes: :func:`check_bytes` returns, and every
  finding has a line and column of at least 1;
- arbitrary YAML-shaped data (nested mappings, lists and scalars, dumped with
  ``yaml.safe_dump``): the same;
- valid plans built from the format in SPEC.md section 3 (random ids, levels,
  links among existing ids, indicators with points, exemptions with known rule
  codes, ASCII-folded keys now and then): never EK001, EK002 or EK003, and every
  initiative keeps the id the plan gave it;
- the Markdown report on those plans parses as CommonMark with tables, holds no
  HTML, and every table row has as many cells as its header.

The runs are derandomized so that CI sees the same examples every time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from effektkedja.domain import DELMAL_NAMES
from effektkedja.engine import CheckOptions, PlanResult, Summary, check_bytes
from effektkedja.loader import fold
from effektkedja.render.markdown import render_report
from effektkedja.rules import CODES

TODAY = dt.date(2026, 11, 23)
OPTIONS = CheckOptions(today=TODAY)

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,  # nothing remembered between runs: CI sees the same examples
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check(raw: bytes) -> PlanResult:
    """Check ``raw`` as the file plan.yaml and assert what holds for any input."""
    result = check_bytes(raw, "plan.yaml", OPTIONS)
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1, finding
        assert finding.path == "plan.yaml"
        assert finding.rule in CODES
    return result


# --- arbitrary input ---------------------------------------------------------------------------


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    check(text.encode("utf-8"))


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    check(raw)


# Text made of the characters YAML's syntax is built from, so that the parser's
# error paths (and the rare inputs that parse) are reached far more often than
# with arbitrary text.
YAML_ALPHABET = list("ab1.-: \n\t[]{},#&*!|>'\"?%@`~\\") + ["\r\n", "  ", "- ", ": ", "---"]


@FUZZ
@given(st.lists(st.sampled_from(YAML_ALPHABET), max_size=200).map("".join))
def test_yaml_punctuation_never_raises(text: str) -> None:
    check(text.encode("utf-8"))


PLAN_KEYS = [
    "version",
    "organisation",
    "insatser",
    "id",
    "namn",
    "nivå",
    "niva",
    "leder_till",
    "indikatorer",
    "utgångsläge",
    "mätningar",
    "kvinnor",
    "män",
    "år",
    "datum",
    "start",
    "slut",
    "delmål",
    "undantag",
    "regel",
    "motivering",
    "beslut",
    "tillämpning",
    "period",
    "från",
    "till",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and infinities too
    st.text(max_size=30),
    st.sampled_from(["aktivitet", "utfall", "EK102", "2024-02-30", "2024", "1e400", ".nan"]),
    st.dates(),  # dumped as a plain YAML timestamp
)
keys = st.one_of(st.sampled_from(PLAN_KEYS), st.text(max_size=12))
yaml_data = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(keys, children, max_size=6),
    ),
    max_leaves=40,
)


@FUZZ
@given(yaml_data, st.booleans())
def test_arbitrary_yaml_data_never_raises(data: Any, as_plan: bool) -> None:
    if as_plan:  # most interesting shape: a plan around the generated data
        data = {"organisation": "X", "insatser": data}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    check(text.encode("utf-8"))


@FUZZ
@given(yaml_data)
def test_arbitrary_yaml_data_in_flow_style_never_raises(data: Any) -> None:
    text = yaml.safe_dump(
        {"organisation": "X", "insatser": [data]}, default_flow_style=True, allow_unicode=True
    )
    check(text.encode("utf-8"))


# --- valid plans -------------------------------------------------------------------------------

LEVELS = ["aktivitet", "produkt", "arbetssätt", "utfall", "samhällseffekt"]
STATUSES = ["planerad", "pågående", "genomförd", "avbruten"]
ORG_TYPES = ["myndighet", "kommun", "region", "lärosäte", "annan"]
PRODUCT_TYPES = [
    "policy",
    "riktlinje",
    "rutin",
    "verktyg",
    "mål",
    "anvisning",
    "mall",
    "checklista",
    "annan",
]
SCOPES = ["organisation", "målgrupp", "samhälle"]
DIRECTIONS = ["utjämna", "öka", "minska"]
DELMAL = [1, 2, 3, 4, 5, 6] + [short for short, _ in DELMAL_NAMES.values()]
ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöABCDEFÅÄÖ0123456789-_."

ids = st.text(alphabet=ID_ALPHABET, min_size=1, max_size=12)
# Any non-empty text: names with pipes, HTML, backticks, newlines and control
# characters are exactly what the report's escaping has to survive.
texts = st.text(min_size=1, max_size=40)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
years = st.integers(min_value=1990, max_value=2060)
numbers = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
)


@st.composite
def spelled(draw: st.DrawFn, word: str) -> str:
    """``word`` as written, or ASCII-folded (``målgrupp`` → ``malgrupp``)."""
    return fold(word) if draw(st.booleans()) else word


@st.composite
def date_values(draw: st.DrawFn) -> Any:
    """A date as a plan may give it: a date, its ISO text, or a bare year."""
    kind = draw(st.sampled_from(["date", "text", "year"]))
    if kind == "year":
        return draw(years)
    day = draw(dates)
    return day if kind == "date" else day.isoformat()


@st.composite
def points(draw: st.DrawFn, fold_keys: bool) -> dict[str, Any]:
    """A measurement point: år or datum (or both, agreeing) and some values."""
    key = (lambda word: fold(word)) if fold_keys else (lambda word: word)
    point: dict[str, Any] = {}
    when = draw(st.sampled_from(["år", "datum", "both"]))
    day = draw(dates)
    if when in ("år", "both"):
        point[key("år")] = day.year
    if when in ("datum", "both"):
        point["datum"] = day.isoformat() if draw(st.booleans()) else day
    pair = draw(st.sampled_from([("kvinnor", "män"), ("flickor", "pojkar")]))
    for name in (*pair, "totalt"):
        if draw(st.booleans()):
            point[key(name)] = draw(numbers)
    return point


@st.composite
def indicators(draw: st.DrawFn, fold_keys: bool) -> dict[str, Any]:
    key = (lambda word: fold(word)) if fold_keys else (lambda word: word)
    value = (lambda word: fold(word)) if draw(st.booleans()) else (lambda word: word)
    indicator: dict[str, Any] = {"namn": draw(texts)}
    if draw(st.booleans()):
        indicator[key("källa")] = draw(texts)
    if draw(st.booleans()):
        indicator["enhet"] = draw(st.sampled_from(["antal", "procent", "timmar"]) | texts)
    if draw(st.booleans()):
        indicator[key("omfång")] = value(draw(st.sampled_from(SCOPES)))
    if draw(st.booleans()):
        indicator["riktning"] = value(draw(st.sampled_from(DIRECTIONS)))
    if draw(st.booleans()):
        indicator[key("utgångsläge")] = draw(points(fold_keys))
    if draw(st.booleans()):
        indicator[key("mål")] = draw(points(fold_keys))
    if draw(st.booleans()):
        indicator[key("mätningar")] = draw(st.lists(points(fold_keys), max_size=3))
    return indicator


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    """A plan that follows SPEC.md section 3 in every detail."""
    fold_keys = draw(st.booleans())
    key = (lambda word: fold(word)) if fold_keys else (lambda word: word)
    value = (lambda word: fold(word)) if draw(st.booleans()) else (lambda word: word)
    plan: dict[str, Any] = {}
    if draw(st.booleans()):
        plan["version"] = 1
    plan["organisation"] = draw(texts)
    if draw(st.booleans()):
        plan["kortnamn"] = draw(texts)
    if draw(st.booleans()):
        plan["typ"] = value(draw(st.sampled_from(ORG_TYPES)))
    if draw(st.booleans()):
        plan["period"] = {key("från"): draw(date_values()), "till": draw(date_values())}
    if draw(st.booleans()):
        plan["uppdrag"] = draw(texts)
    plan_ids = draw(st.lists(ids, max_size=8, unique=True))
    initiatives = []
    for ident in plan_ids:
        initiative: dict[str, Any] = {"id": ident, "namn": draw(texts)}
        optional = {
            "beskrivning": lambda: draw(texts),
            key("nivå"): lambda: value(draw(st.sampled_from(LEVELS))),
            "ansvarig": lambda: draw(texts),
            "status": lambda: value(draw(st.sampled_from(STATUSES))),
            "start": lambda: draw(date_values()),
            "slut": lambda: draw(date_values()),
            key("delmål"): lambda: draw(st.lists(st.sampled_from(DELMAL), max_size=3)),
            key("målgrupp"): lambda: draw(texts),
            "leder_till": lambda: draw(
                st.lists(st.sampled_from(plan_ids), max_size=3)
                | st.sampled_from(plan_ids)  # a single id is accepted too
            ),
            "beslut": lambda: {
                "datum": draw(date_values()),
                "av": draw(texts),
                **({"diarienummer": draw(texts)} if draw(st.booleans()) else {}),
            },
            "produkt": lambda: {"typ": value(draw(st.sampled_from(PRODUCT_TYPES)))},
            key("tillämpning"): lambda: {
                "av": draw(texts),
                **({"sedan": draw(date_values())} if draw(st.booleans()) else {}),
            },
            "indikatorer": lambda: draw(st.lists(indicators(fold_keys), max_size=2)),
            "undantag": lambda: [
                {"regel": draw(st.sampled_from(sorted(CODES))), "motivering": draw(texts)}
                for _ in range(draw(st.integers(0, 2)))
            ],
        }
        for name, make in optional.items():
            if draw(st.booleans()):
                initiative[name] = make()
        initiatives.append(initiative)
    plan[key("insatser")] = initiatives
    return plan


def dump(plan: dict[str, Any], flow: bool) -> bytes:
    return yaml.safe_dump(
        plan, allow_unicode=True, sort_keys=False, default_flow_style=flow, width=60
    ).encode("utf-8")


# Ids of letters and digits that YAML 1.2 reads as numbers. The format allows them
# (SPEC.md section 3); random search finds them only now and then, so they are
# always tried.
NUMBER_LIKE_IDS = {
    "organisation": "X",
    "insatser": [
        {"id": "1e100", "namn": "A", "leder_till": ["2e3"]},
        {"id": "2e3", "namn": "B"},
    ],
}


@FUZZ
@example(NUMBER_LIKE_IDS, False)
@example(NUMBER_LIKE_IDS, True)
@given(plans(), st.booleans())
def test_valid_plans_check_without_ek001_ek002_ek003(plan: dict[str, Any], flow: bool) -> None:
    result = check(dump(plan, flow))
    unexpected = [f for f in result.findings if f.rule in ("EK001", "EK002", "EK003")]
    assert not unexpected, [(f.rule, f.line, f.column, f.message, f.args) for f in unexpected]
    assert result.readable
    assert len(result.initiatives) == len(plan["insatser"])


@FUZZ
@example(NUMBER_LIKE_IDS)
@given(plans())
def test_valid_plans_keep_their_ids(plan: dict[str, Any]) -> None:
    """An id is reported as written: no EK004 for unique ids, no id turned into a number."""
    result = check(dump(plan, False))
    written = [initiative["id"] for initiative in plan["insatser"]]
    assert [initiative.id for initiative in result.initiatives] == written
    assert "EK004" not in [f.rule for f in result.findings]


# --- the report on valid plans -----------------------------------------------------------------

MARKDOWN = MarkdownIt("commonmark").enable("table")
UNESCAPED_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")


def walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def assert_valid_markdown(markdown: str) -> None:
    """No HTML anywhere; every table row has exactly its header's number of cells."""
    tokens = MARKDOWN.parse(markdown)
    html = [t for t in walk(tokens) if t.type in ("html_block", "html_inline")]
    assert not html, [t.content for t in html]
    lines = markdown.splitlines()
    header: int | None = None
    cells = 0
    for token in tokens:
        if token.type == "table_open":
            header = None
            assert token.map is not None
            start, end = token.map
            # markdown-it pads short rows and drops extra cells, so count in the source too.
            pipes = {len(UNESCAPED_PIPE.findall(row)) for row in lines[start:end]}
            assert len(pipes) == 1, lines[start:end]
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            if header is None:
                header = cells
            assert cells == header, (cells, header)


@settings(FUZZ, max_examples=75)
@given(st.lists(plans(), min_size=1, max_size=3), st.sampled_from(["sv", "en"]))
def test_report_on_valid_plans_is_valid_markdown(batch: list[dict[str, Any]], lang: str) -> None:
    results = [
        check_bytes(dump(plan, False), f"plan-{index}.yaml", OPTIONS)
        for index, plan in enumerate(batch)
    ]
    summary = Summary()
    for result in results:
        summary.add(result)
    markdown = render_report(results, summary, lang, TODAY)
    assert markdown.endswith("\n")
    assert_valid_markdown(markdown)
