"""Example values of the generated tests: the spec's examples, else values made up from the type."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import cast

from ..emit import ArgValue, PySource
from ..example_values import ExampleMaker, file_example
from ..model import (
    Api,
    ArrayOf,
    ErrorResponse,
    Field,
    JsonValue,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    Response,
    TypeRef,
    UnionOf,
    is_unsatisfiable,
    non_null,
)
from .prism_formats import UnmadeFormats, unanswerable_body

MAX_DEPTH = 6  # made-up values and checks stop here: a recursive model would never end


class ExampleValues:
    """Lookups built once for one API, and the example values every test uses."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.error_types = {e.class_name: e.data_type for e in api.error_classes}
        # request values leave read-only properties out, response values write-only ones
        self.maker = _TestExamples(self.models, self.enums, MAX_DEPTH, "request")
        self.answers = _TestExamples(self.models, self.enums, MAX_DEPTH, "response")
        self.unmade = UnmadeFormats(self.models)
        self._answer_breaks: dict[str, bool] = {}  # model name → `_example_breaks`

    def example(
        self, t: TypeRef, value: JsonValue, has_value: bool, as_text: bool = False
    ) -> ArgValue:
        """The spec's example, else a value made up from the type (a request's); `as_text`: a
        file goes where only text does (`file_example`)."""
        if (file_argument := file_example(t, as_text)) is not None:
            return file_argument
        if has_value:
            return self.maker.spec_value(t, value)
        return self.synthetic(t, 0)

    def synthetic(self, t: TypeRef, depth: int) -> JsonValue:
        """A made-up value of a request."""
        return self.maker.synthetic(t, depth)

    def answer(self, t: TypeRef, example: JsonValue, has_example: bool) -> JsonValue:
        """A response's body: the spec's example, else a value made up from the type."""
        if has_example:
            return self.answers.spec_value(t, example)
        return self.answers.synthetic(t, 0)

    def prism_makes_up(self, item: Response | ErrorResponse) -> bool:
        """Whether the contract tests ask Prism to make this response's body up (`Prefer:
        dynamic=true`): the spec's example breaks its schema (`rejected`), or there is none and
        the body Prism otherwise builds would break the schema (`_static_breaks`)."""
        if rejected(item):
            return True
        if isinstance(item, Response) and item.ignored is not None:  # a 204's body
            return self._static_breaks(item.ignored)
        return not item.has_example and item.type is not None and self._static_breaks(item.type)

    def prism_gives(self, item: Response | ErrorResponse) -> bool:
        """Whether Prism can answer with this response at all: some value of its schema is
        valid (`has_value`), it can serialize it, and the body it makes up keeps to the
        formats (`prism_formats`)."""
        if (item.type is not None and not self.has_value(item.type)) or unanswerable_body(item):
            return False
        return self.unmade.in_made_up(item, self.prism_makes_up(item)) is None

    def prism_builds_invalid(self, item: Response) -> bool:
        """Whether Prism answers every plain call with a validation error: without a spec
        example that fits, it builds a body holding every property, and one of them has no
        valid value (`Field.no_value`); asked to make a body up, it leaves optional properties
        out only at random."""
        return not item.has_example and item.type is not None and self._holds_no_value(item.type)

    def _holds_no_value(self, t: TypeRef) -> bool:
        """Whether a body Prism builds for `t` holds a property no value is valid for, or an
        array of items none is valid for, which it fills (a model with an example of its own
        is built from that, which fits)."""
        return self._reaches(
            t, field=lambda f: f.no_value or _no_items(f.type), enter=lambda m: not m.has_example
        )

    def _static_breaks(self, t: TypeRef) -> bool:
        """Whether the body Prism builds without faking breaks its schema: a scalar's
        placeholder ("string", 0) keeps no `pattern`, nor any keyword of a scalar an allOf of
        several parts types, which it does not merge (aws iot1click-devices: `allOf: [{$ref:
        __stringMin12Max40}, {description: ...}]` answered with "string"; the faker merges);
        or it writes an example or default that breaks a response as it is."""
        return self._reaches(t, leaf=_placeholder_breaks) or self._reaches(
            t, field=self._field_example_breaks, whole=self._example_breaks
        )

    def _example_breaks(self, model: Model) -> bool:
        """Whether the model's example, which Prism writes as it is, does not fit a response:
        it leaves out a required read-only property (osf.io: `id`). Such an example fits a
        request, so normalize kept it."""
        if model.name not in self._answer_breaks:
            self._answer_breaks[model.name] = model.has_example and (
                self.answers.checker.mismatch(ModelRef(model.name), model.example) is not None
            )
        return self._answer_breaks[model.name]

    def _field_example_breaks(self, f: Field) -> bool:
        """As `_example_breaks`, for a property's own example, else its default, which Prism
        writes as it is too (nordigen.com: a `format: uri` holding `{$INSTITUTION_ID}`; normalize
        warned)."""
        if f.has_example:
            return self.answers.checker.mismatch(f.type, f.example) is not None
        return f.has_default and self.answers.checker.mismatch(f.type, f.default) is not None

    def _reaches(
        self,
        t: TypeRef,
        *,
        leaf: Callable[[Primitive], bool] = lambda p: False,
        field: Callable[[Field], bool] = lambda f: False,
        enter: Callable[[Model], bool] = lambda m: True,
        whole: Callable[[Model], bool] = lambda m: False,
        seen: set[str] | None = None,
    ) -> bool:
        """Whether `leaf` holds for a primitive `t` holds, or `whole` for a model it holds, or
        `field` for a field of one, through arrays, maps, unions and the fields of the models
        `enter` admits (each model once: recursive models end)."""
        seen = set() if seen is None else seen

        def inner(x: TypeRef) -> bool:
            return self._reaches(x, leaf=leaf, field=field, enter=enter, whole=whole, seen=seen)

        if isinstance(t, Primitive):
            return leaf(t)
        if isinstance(t, ArrayOf | MapOf):
            return inner(t.item if isinstance(t, ArrayOf) else t.value)
        if isinstance(t, UnionOf):
            return any(inner(v) for v in t.variants)
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None or model.name in seen:
            return False
        seen.add(model.name)
        if whole(model):
            return True
        return enter(model) and any(field(f) or inner(f.type) for f in model.fields)

    def has_value(self, t: TypeRef) -> bool:
        """Whether any finite value of `t` is valid (`example_finite`)."""
        return self.maker.finite.has_value(t)

    def wire_path(self, t: TypeRef, attributes: Sequence[str]) -> tuple[str, ...]:
        """Attribute names (as `Pagination` holds them) turned into JSON property names."""
        wire: list[str] = []
        current: TypeRef | None = t
        for name in attributes:
            current = non_null(current) if current is not None else None
            model = self.models.get(current.name) if isinstance(current, ModelRef) else None
            field = next((f for f in model.fields if f.name == name), None) if model else None
            wire.append(field.wire_name if field else name)
            current = field.type if field else None
        return tuple(wire)


def _placeholder_breaks(p: Primitive) -> bool:
    """Whether the value Prism's static body writes for a scalar breaks it: its placeholder
    keeps no `pattern` nor the keywords of an allOf of several parts, and its "string" is cut
    to a `maxLength` other than 0, which its JavaScript reads as none (shipengine.com's
    `empty_response_body`, the content of its 204s)."""
    c = p.constraints
    return c.pattern is not None or c.through_all_of or (p.kind == "str" and c.max_length == 0)


def rejected(item: Response | ErrorResponse | Model | Field) -> bool:
    """The spec's example for this response (model, property) breaks its schema (normalize
    dropped it with a warning but kept the value: Prism still answers with it, or writes it
    into the body it makes up)."""
    return not item.has_example and item.example is not None


def _no_items(t: TypeRef) -> bool:
    """Whether `t` is an array no item of which is valid (soundcloud.com: items typed `array`
    beside an anyOf of objects): only the empty array is."""
    t = non_null(t)
    return isinstance(t, ArrayOf) and is_unsatisfiable(t.item)


def jsonable(value: object) -> JsonValue:
    """An example as JSON data (YAML reads unquoted timestamps as dates)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, PySource) and value.sent is not None:
        return value.sent  # a file sent as text
    return cast(JsonValue, value)  # a scalar, or a file argument's PySource (multipart only)


def follow(value: JsonValue, path: Sequence[str | int] | None) -> JsonValue:
    for key in path or ():
        if isinstance(value, dict) and isinstance(key, str):
            value = value.get(key)
        elif isinstance(value, list) and isinstance(key, int) and key < len(value):
            value = value[key]
        else:
            return None
    return value


class _TestExamples(ExampleMaker):
    def convert(self, value: JsonValue) -> JsonValue:
        return jsonable(value)
