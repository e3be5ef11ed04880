"""Pydantic models of the plan format (SPEC.md section 3): the single source of the format.

Field names are English, aliases are the Swedish keys a plan uses. Keys spelled
ASCII-folded (``malgrupp``) are mapped to the canonical key by the loader using
:data:`KEY_ALIASES`, which is derived from these models. Enumerated values are
accepted ASCII-folded here. Every custom error carries a ``type`` starting with
``ek_`` that the message catalogue turns into Swedish or English.

The value types and their parsers are in :mod:`~effektkedja.model.values`, the
parts that hold values for women and men in :mod:`~effektkedja.model.points`, the
plan and its other parts in :mod:`~effektkedja.model.plan`.
"""

from __future__ import annotations

from effektkedja.model.plan import (
    KEY_ALIASES,
    Application,
    Decision,
    Exemption,
    Initiative,
    Period,
    Plan,
    Problem,
    Product,
    keys_of,
    model_at,
)
from effektkedja.model.points import Evidence, Indicator, Point
from effektkedja.model.values import (
    DateField,
    DateValue,
    DelmalField,
    DirectionValue,
    FormatModel,
    Id,
    LevelValue,
    Number,
    OrganisationTypeValue,
    ProductTypeValue,
    RuleCode,
    ScopeValue,
    StatusValue,
    Text,
    Year,
    as_written,
    parse_date,
    parse_delmal,
    suggest,
)

# The validators schema.py describes to JSON Schema.
from effektkedja.model.values import _check_rule_code as _check_rule_code
from effektkedja.model.values import _check_version as _check_version
from effektkedja.model.values import _one_or_many as _one_or_many

__all__ = [
    "KEY_ALIASES",
    "Application",
    "DateField",
    "DateValue",
    "Decision",
    "DelmalField",
    "DirectionValue",
    "Evidence",
    "Exemption",
    "FormatModel",
    "Id",
    "Indicator",
    "Initiative",
    "LevelValue",
    "Number",
    "OrganisationTypeValue",
    "Period",
    "Plan",
    "Point",
    "Problem",
    "Product",
    "ProductTypeValue",
    "RuleCode",
    "ScopeValue",
    "StatusValue",
    "Text",
    "Year",
    "as_written",
    "keys_of",
    "model_at",
    "parse_date",
    "parse_delmal",
    "suggest",
]
