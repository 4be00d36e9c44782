"""Prism's faker (`Prefer: dynamic=true`) writes an exclusive bound itself now and then
(svix.com: `minimum: 0, exclusiveMinimum: true` faked as 0, then 500 for its own answer), so a
body it fakes with such a number is treated as one it cannot make up: the contract tests leave
the calls out (warned) instead of failing at random. Its static builder, which writes the spec's
examples, is not concerned."""

from __future__ import annotations

import dataclasses

from generator.model import Constraints, Field, Model, ModelRef, Primitive
from generator.views_tests.prism_formats import UnmadeFormats


def _model(number: Primitive) -> Model:
    field = Field("rate", "rate", number, False, "", example=1000, has_example=True)
    return Model("App", "app", "", (field,), "#/components/schemas/App")


def test_an_exclusive_bound_is_unmade_only_when_prism_fakes_every_value() -> None:
    bounded = Primitive("int", Constraints(minimum=0, exclusive_minimum=0))
    formats = UnmadeFormats({"App": _model(bounded)})
    assert formats.format_in(ModelRef("App"), dynamic=True) == "exclusiveMinimum"
    assert formats.format_in(ModelRef("App"), dynamic=False) is None
    inclusive = dataclasses.replace(bounded, constraints=Constraints(minimum=0))
    assert UnmadeFormats({"App": _model(inclusive)}).format_in(ModelRef("App"), True) is None


def test_a_date_time_whose_pattern_makes_no_t_is_unmade_when_prism_fakes_it() -> None:
    """shipengine.com: `format: date-time` beside an allOf of an id pattern; Prism's faker
    writes a string from the pattern, splits it at the "T" and crashes (500)."""
    crashing = Primitive("datetime", Constraints(format="date-time", pattern="^se(-[a-z0-9]+)+$"))
    formats = UnmadeFormats({"App": _model(crashing)})
    assert formats.format_in(ModelRef("App"), dynamic=True) == (
        "format: date-time beside a pattern (^se(-[a-z0-9]+)+$)"
    )
    assert formats.format_in(ModelRef("App"), dynamic=False) is None
    iso = dataclasses.replace(crashing, constraints=Constraints(pattern=r"^\d{4}-\d\dT.*$"))
    assert UnmadeFormats({"App": _model(iso)}).format_in(ModelRef("App"), True) is None
