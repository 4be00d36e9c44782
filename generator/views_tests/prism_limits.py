"""Where Prism, the contract tests' mock server, cannot follow JSON Schema the way the spec
needs, found from the test values: the contract tests leave out the calls that would fail
although the SDK is right, and the generator warns about each place (`warnings`).

- `oneOf` wants a value to fit exactly one member. Prism validates requests so and ignores a
  `discriminator` (which, in OpenAPI, picks the member): a value several members accept is
  rejected. The example maker looks for a value only one member accepts; where there is none
  (members without required or conflicting properties), the call is left out.
- Some parameters crash Prism itself (`parameter_crashes`, `needed_headers`): a path array or
  object, a delimited style on no array, a missing optional array or object header; so does a
  delimited `encoding` style on a body property that is no array (`body_crashes`).
- Prism reads a form field by the style table only when its `encoding` names a style (else an
  array or object arrives as one string), cannot split spaceDelimited, reads a JSON field's
  text as its value, and reads each multipart part as one string (`prism_reads`).
- A body Prism makes up (no valid example) takes the first member of each `oneOf`, which other
  members may accept too, and ends a recursion with `{}`, which lacks the required properties
  of the model it stands for: Prism then answers its own body with a validation error.
- A response without content documenting a `Content-Type` header (which OpenAPI says to
  ignore): Prism makes the header's value up ("string") and finds no serializer for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeGuard

from ..body_encoding import form_style
from ..diagnostics import pointer_from, split_pointer
from ..emit import ArgValue, PySource
from ..model import (
    Api,
    ArrayOf,
    FieldEncoding,
    JsonValue,
    MapOf,
    ModelRef,
    Operation,
    Parameter,
    Response,
    TypeRef,
    UnionOf,
    non_null,
)
from ..param_styles import JSON, nests, structured, value_kind
from .cases import Argument
from .values import ExampleValues, rejected


class PrismLimits(ExampleValues):
    """The checks, and the warnings they gave: (JSON pointer, message), once each."""

    def __init__(self, api: Api) -> None:
        super().__init__(api)
        self.warnings: dict[tuple[str, str], None] = {}

    def prism_rejects(self, op: Operation, argument: Argument) -> bool:
        """Whether Prism rejects `argument`'s value (warned): a parameter holding arrays or
        objects, a body value somewhere in which several members of a `oneOf` accept."""
        if not _plain_json(argument.value):
            return False
        if argument.location in ("path", "query", "header", "cookie"):
            return self._nested_parameter(op, argument, argument.value)
        place = self.ambiguous(argument.type, argument.value, argument.wire_name or "body")
        if place is None:
            return False
        self.warnings[
            (
                f"{op.pointer}/requestBody",
                f"the value the generated tests send for {place[0]} ({_short(place[1])}) fits"
                f" {place[2]} members of a oneOf; Prism validates oneOf as JSON Schema (exactly"
                " one member) and ignores a discriminator, so it rejects the request: the"
                " contract tests leave out the calls sending it",
            )
        ] = None
        return True

    def parameter_crashes(self, op: Operation) -> bool:
        """Whether Prism crashes on every request to `op` for one of its parameters (warned):
        the contract tests leave the operation out."""
        crashing = [p for p in op.parameters if crashes_prism(p)]
        for p in crashing:
            self.warnings[
                (
                    p.pointer,
                    f"Prism crashes on every request with the {p.location} parameter"
                    f" {p.wire_name!r} (a path array or object, or a delimited style on no"
                    " array); the generated contract tests leave this operation out",
                )
            ] = None
        return bool(crashing)

    def body_crashes(self, op: Operation) -> bool:
        """Whether Prism crashes on every request to `op` for its body `encoding` (warned): a
        delimited style on a form or multipart property that is no array."""
        crashing = [e for e in op.body.encodings if _crashes_prism(e)] if op.body else []
        for e in crashing:
            self.warnings[
                (
                    f"{e.pointer}/style",
                    f"style {e.style!r} on {e.wire_name!r}, which is no array: Prism crashes on"
                    " every request to this operation; the generated contract tests leave it out",
                )
            ] = None
        return bool(crashing)

    def prism_reads(self, op: Operation, arguments: Sequence[Argument]) -> bool:
        """False when Prism rejects a body field the call sends, whatever its value (warned for
        every such field of the body, sent or not)."""
        body = op.body
        if body is None:
            return True
        unread: set[str] = set()
        for e in body.encodings:
            why = self._unreadable(e, body.encoding == "form")
            if why:
                unread.add(e.wire_name)
                self.warnings[(self._field_pointer(op, e), why)] = None
        return not any(a.location == "json" and a.wire_name in unread for a in arguments)

    def _unreadable(self, e: FieldEncoding, form: bool) -> str:
        """Why Prism rejects every value of a form field or multipart part ("" if it does not)."""
        leave_out = "; the generated contract tests leave out the calls sending it"
        if value_kind(e.type) == "primitive" and form_style(e) == (JSON, False):
            return f"Prism reads the JSON text of {e.wire_name!r} as its value" + leave_out
        if not form:
            if structured(e.type):
                return (
                    "Prism reads a multipart part as one string, so it rejects this array or"
                    " object" + leave_out
                )
            return ""
        if not e.style_given and structured(e.type):
            return (
                f"Prism reads the form field {e.wire_name!r} as one string unless its encoding"
                " gives a style, so it rejects this array or object" + leave_out
            )
        if e.style == "spaceDelimited" or (
            e.style not in (None, "deepObject") and nests(e.type, self.models)
        ):
            return (
                f"Prism cannot read the form field {e.wire_name!r} in style {e.style}"
                + (" (its values hold arrays or objects)" if e.style != "spaceDelimited" else "")
                + leave_out
            )
        return ""

    def _field_pointer(self, op: Operation, e: FieldEncoding) -> str:
        """The field's `encoding` entry, else its property in the body's schema."""
        body_type = op.body.type if op.body else None
        if e.pointer or not isinstance(body_type, ModelRef) or body_type.name not in self.models:
            return e.pointer or f"{op.pointer}/requestBody"
        schema = split_pointer(self.models[body_type.name].pointer)
        return pointer_from([*schema, "properties", e.wire_name])

    def needed_headers(self, op: Operation) -> set[str]:
        """The arguments of the optional headers Prism crashes without (warned): every call of
        the contract tests sends them."""
        needed = [p for p in op.parameters if needed_by_prism(p)]
        for p in needed:
            self.warnings[
                (
                    p.pointer,
                    f"Prism crashes on a request without the optional header {p.wire_name!r}"
                    " (an array or object); the generated tests always send it, and skip a docs"
                    " example leaving it out",
                )
            ] = None
        return {p.name for p in needed}

    def _nested_parameter(self, op: Operation, argument: Argument, value: JsonValue) -> bool:
        """A parameter value whose items or properties are arrays or objects (which no style
        defines; the runtime sends JSON text): Prism reads each as a string and rejects it."""
        if argument.style is not None and argument.style[0] in ("deepObject", JSON):
            return False
        items = (
            value
            if isinstance(value, list)
            else list(value.values())
            if isinstance(value, dict)
            else []
        )
        if not any(isinstance(item, dict | list) for item in items):
            return False
        self.warnings[
            (
                f"{op.pointer}/parameters",
                f"the value the generated tests send for the {argument.location} parameter"
                f" {argument.wire_name!r} ({_short(value)}) holds arrays or objects, which Prism"
                " reads as strings and rejects: the contract tests leave out the calls sending it",
            )
        ] = None
        return True

    def ambiguous(
        self, t: TypeRef, value: JsonValue, at: str, seen: int = 0
    ) -> tuple[str, JsonValue, int] | None:
        """(place, value, number of members it fits) of the first value inside `value` that a
        `oneOf` of `t` does not accept exactly once; None if there is none."""
        if value is None or seen > 2 * self.maker.max_depth:
            return None
        t = non_null(t)
        if isinstance(t, UnionOf):
            if t.one_of:
                fits = sum(self.maker.checker.mismatch(m, value) is None for m in t.one_of)
                if fits > 1:
                    return at, value, fits
            fitting = (v for v in t.variants if self.maker.checker.mismatch(v, value) is None)
            variant = next(fitting, None)
            return None if variant is None else self.ambiguous(variant, value, at, seen + 1)
        for inner, item, place in self._parts(t, value, at):
            found = self.ambiguous(inner, item, place, seen + 1)
            if found is not None:
                return found
        return None

    def _parts(
        self, t: TypeRef, value: JsonValue, at: str
    ) -> Iterator[tuple[TypeRef, JsonValue, str]]:
        """The items or properties of `value` with their types."""
        if isinstance(t, ArrayOf) and isinstance(value, list):
            yield from ((t.item, item, f"{at}[{i}]") for i, item in enumerate(value))
        elif isinstance(t, MapOf) and isinstance(value, dict):
            yield from ((t.value, item, f"{at}.{key}") for key, item in value.items())
        elif isinstance(t, ModelRef) and isinstance(value, dict) and t.name in self.models:
            for f in self.models[t.name].fields:
                if f.wire_name in value:
                    yield f.type, value[f.wire_name], f"{at}.{f.wire_name}"

    def prism_breaks(self, op: Operation, response: Response | None) -> bool:
        """Whether the body Prism makes up for `response` breaks its schema (warned)."""
        if response is None or response.type is None or response.has_example:
            return False
        static = not self.prism_makes_up(response)
        why = self._recursion_cut(response.type, (), set(), static)
        if why is None and static:
            why = self._first_member_shared(response.type, set())
        if why is None:
            return False
        self.warnings[
            (
                f"{op.pointer}/responses/{response.status}",
                f"the body Prism makes up for this response (it has no example) breaks its"
                f" schema: {why}; the contract tests leave out the calls reading it (give the"
                " response an example)",
            )
        ] = None
        return True

    def serializer_missing(self, op: Operation, response: Response | None) -> bool:
        """Whether Prism answers 500 for want of a serializer (warned): the response has no
        content but documents a `Content-Type` header, whose made-up value Prism serializes
        the empty body as (canada-holidays.ca)."""
        if response is None or response.content_type is not None:
            return False
        if "content-type" not in response.headers:
            return False
        self.warnings[
            (
                f"{op.pointer}/responses/{response.status}/headers",
                "this response has no content but documents a Content-Type header (OpenAPI"
                " says to ignore it); Prism makes a value up for it, finds no serializer and"
                " answers 500: the contract tests leave out the calls expecting it",
            )
        ] = None
        return True

    def _recursion_cut(
        self, t: TypeRef, stack: tuple[str, ...], done: set[str], static: bool
    ) -> str | None:
        """Prism ends a recursion with `{}` where a model comes round again (a depth-first walk
        as Prism's, each model explored once): wrong when that model requires properties.
        Its `static` body also leaves out the allOf parts declaring no type before one that
        does (`Model.untyped_all_of`; ote-godaddy.com), wrong when they require properties."""
        for name in self._models_in(t):
            model = self.models[name]
            if name in stack:
                required = [f.wire_name for f in model.fields if f.required and not f.write_only]
                if required:
                    return (
                        f"it ends the recursion of {name} with {{}}, without the required"
                        f" {', '.join(required)}"
                    )
                continue
            if name in done or model.has_example:  # Prism answers the example there
                continue
            done.add(name)
            dropped = [
                f.wire_name
                for f in model.fields
                if f.required and not f.write_only and f.wire_name in model.untyped_all_of
            ]
            if static and dropped:
                return (
                    f"it leaves out the allOf parts of {name} that declare no type before one"
                    f" that does, without the required {', '.join(dropped)}"
                )
            bad = [f.wire_name for f in model.fields if rejected(f)]
            if static and (rejected(model) or bad):
                where = f"{name}.{bad[0]}" if bad and not rejected(model) else name
                return f"it writes the example of {where}, which breaks its schema"
            for f in model.fields:
                found = self._recursion_cut(f.type, (*stack, name), done, static)
                if found is not None:
                    return found
        return None

    def _first_member_shared(self, t: TypeRef, seen: set[str]) -> str | None:
        """Prism's value for a `oneOf` is its first member's, which another member may accept
        too (members alike but for their titles)."""
        t = non_null(t)
        if isinstance(t, UnionOf) and t.one_of:
            value = self.synthetic(t.one_of[0], self.maker.max_depth - 1)
            fits = sum(self.maker.checker.mismatch(m, value) is None for m in t.one_of)
            if fits > 1:
                return f"a value of the first oneOf member fits {fits} of its members"
        if isinstance(t, UnionOf):
            inner = list(t.variants)
        elif isinstance(t, ArrayOf | MapOf):
            inner = [t.item if isinstance(t, ArrayOf) else t.value]
        elif isinstance(t, ModelRef) and t.name in self.models and t.name not in seen:
            seen.add(t.name)
            inner = [f.type for f in self.models[t.name].fields]
        else:
            inner = []
        return next((w for w in (self._first_member_shared(i, seen) for i in inner) if w), None)

    def _models_in(self, t: TypeRef) -> Iterator[str]:
        """The models `t` holds directly (through unions, arrays and maps)."""
        t = non_null(t)
        if isinstance(t, UnionOf):  # an inheritance union: Prism makes up the base alone
            for v in (ModelRef(t.fallback),) if t.fallback else t.variants:
                yield from self._models_in(v)
        elif isinstance(t, ArrayOf | MapOf):
            yield from self._models_in(t.item if isinstance(t, ArrayOf) else t.value)
        elif isinstance(t, ModelRef) and t.name in self.models:
            yield t.name


def needed_by_prism(p: Parameter) -> bool:
    """Whether Prism crashes on a request without `p`: an optional `simple` header holding an
    array or object (its header parser splits the missing value), which ends every later test
    of the session."""
    return (
        p.location == "header"
        and not p.required
        and p.style == "simple"
        and value_kind(p.type) != "primitive"
    )


def crashes_prism(p: Parameter) -> bool:
    """Whether Prism crashes on every request to `p`'s operation: a path parameter holding an
    array or object (its path parser splits the parsed value), a delimited style on a value
    that is no array."""
    if p.style in ("spaceDelimited", "pipeDelimited") and value_kind(p.type) != "array":
        return True
    return p.location == "path" and structured(p.type)


def _crashes_prism(e: FieldEncoding) -> bool:
    return e.style in ("spaceDelimited", "pipeDelimited") and value_kind(e.type) != "array"


def _plain_json(value: ArgValue) -> TypeGuard[JsonValue]:
    """A value sent as it is (not Python source: files, dates)."""
    if isinstance(value, PySource):
        return False
    if isinstance(value, list):
        return all(_plain_json(v) for v in value)
    if isinstance(value, dict):
        return all(_plain_json(v) for v in value.values())
    return True


def _short(value: JsonValue) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
