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
