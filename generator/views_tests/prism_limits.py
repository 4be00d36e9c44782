"""Where Prism, the contract tests' mock server, cannot follow JSON Schema the way the spec
needs, found from the test values: the contract tests leave out the calls that would fail
although the SDK is right, and the generator warns about each place (`warnings`).

- `oneOf` wants a value to fit exactly one member. Prism validates requests so and ignores a
  `discriminator` (which, in OpenAPI, picks the member): a value several members accept is
  rejected. The example maker looks for a value only one member accepts; where there is none
  (members without required or conflicting properties), the call is left out.
- Prism routes no request to a path template with a fragment or a query (`unroutable`).
- Some parameters crash Prism itself (`parameter_crashes`, `needed_headers`): a path array or
  object, a delimited style on no array, a missing optional array or object header.
- Form and multipart bodies Prism cannot read or crashes on: `prism_bodies.py`.
- Path parameters Prism splits otherwise than sent: `prism_paths.py`.
- Where Prism's answers break the response's schema: `prism_answers.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeGuard

from ..emit import ArgValue, PySource
from ..model import (
    ArrayOf,
    JsonValue,
    MapOf,
    ModelRef,
    Operation,
    Parameter,
    Response,
    TypeRef,
    UnionOf,
    is_nullable,
    non_null,
)
from ..param_styles import JSON, structured, value_kind
from .cases import Argument
from .prism_bodies import PrismBodies
from .requests import credentials_sent

_ROUTABLE = re.compile(r"[A-Za-z0-9_-]+\Z")


class PrismLimits(PrismBodies):
    """The checks, and the warnings they gave: (JSON pointer, message), once each."""

    def prism_rejects(self, op: Operation, argument: Argument) -> bool:
        """Whether Prism rejects `argument`'s value (warned): a parameter holding arrays or
        objects, a body value somewhere in which several members of a `oneOf` accept."""
        if not _plain_json(argument.value):
            return False
        if argument.location in ("path", "query", "header", "cookie"):
            lone = self._lone_nullable_item(op, argument, argument.value)
            return lone or self._nested_parameter(op, argument, argument.value)
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

    def example_ambiguous(self, op: Operation, response: Response | None) -> bool:
        """Whether the spec's example, which Prism answers as written, holds a value several
        members of a `oneOf` accept (warned): Prism checks its answer as JSON Schema and sends
        500 instead (whatsapp.local's media providers: a `config` fitting two members)."""
        if response is None or response.type is None or not response.has_example:
            return False
        if self.prism_makes_up(response) or not _plain_json(response.example):
            return False
        place = self.ambiguous(response.type, response.example, "body")
        if place is None:
            return False
        self.warnings[
            (
                f"{op.pointer}/responses/{response.status}",
                f"the example of this response holds {place[0]} ({_short(place[1])}), which fits"
                f" {place[2]} members of a oneOf; Prism checks the example it answers with as"
                " JSON Schema (exactly one member) and answers 500: the contract tests leave out"
                " the calls reading it",
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

    def unroutable(self, op: Operation) -> bool:
        """Whether Prism cannot route `op` (warned): it reads path parameter names made of
        ASCII letters, digits, `_` and `-` only (`{item.id}` answers 404, `{x@y}` 422), and
        matches the URL path against the whole template (`_odd_template`)."""
        odd = [
            p for p in op.parameters if p.location == "path" and not _ROUTABLE.match(p.wire_name)
        ]
        for p in odd:
            self.warnings[
                (
                    p.pointer,
                    f"Prism cannot route a path parameter named {p.wire_name!r} (it reads"
                    " ASCII letters, digits, '_' and '-'); the generated contract tests leave"
                    " this operation out",
                )
            ] = None
        return self._odd_template(op) | bool(odd)

    def ignored_header_asked(self, op: Operation) -> bool:
        """Whether Prism asks for a required header the requests lack (warned): OpenAPI says
        to ignore an Accept, Content-Type or Authorization parameter, and the SDK sends these
        headers only as the request needs them, but Prism checks them as any header (vtex.local
        MasterData: `Content-Type` required on GETs, 422 for every call)."""
        sent = {"accept"}  # every request asks for its media types
        if op.body is not None and op.body.required:
            sent.add("content-type")
        if any(n.lower() == "authorization" for w, n, _ in credentials_sent(self.api, op)):
            sent.add("authorization")
        missing = [(name, at) for name, at in op.ignored_headers if name not in sent]
        for name, at in missing:
            self.warnings[
                (
                    at,
                    f"a required {name} header parameter is ignored (OpenAPI: the request itself"
                    " sets it) and this operation's requests go without it, but Prism asks for"
                    " it; the generated contract tests leave this operation out",
                )
            ] = None
        return bool(missing)

    def _odd_template(self, op: Operation) -> bool:
        """Whether Prism cannot route requests to `op` (warned): it matches the URL path
        against the whole path template, fragment or query included (APIs.guru's AWS specs:
        `/devices/{deviceId}/events#fromTimeStamp&toTimeStamp`; flickr's `/rest?method=...`),
        which no request's path holds."""
        if "#" in op.path:
            what = "a fragment, which the SDK leaves out of the URL as every HTTP client does"
        elif "?" in op.path:
            what = "a query, which the SDK sends before the call's query parameters"
        else:
            return False
        self.warnings[
            (
                op.pointer.rsplit("/", 1)[0],
                f"the path has {what}; Prism matches requests against the whole path and"
                " answers 404 (or 405), so the generated contract tests leave this operation"
                " out",
            )
        ] = None
        return True

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

    def _lone_nullable_item(self, op: Operation, argument: Argument, value: JsonValue) -> bool:
        """A nullable array parameter sent with one item: Prism makes an array of a lone value
        only where the schema's type is `array` alone, so it reads `["a"]` as the string "a"
        and rejects it (svix.com's `event_types`, `type: [array, null]`)."""
        t = argument.type
        if not (is_nullable(t) and isinstance(non_null(t), ArrayOf)):
            return False
        if not (isinstance(value, list) and len(value) == 1):
            return False
        self.warnings[
            (
                f"{op.pointer}/parameters",
                f"the value the generated tests send for the nullable array {argument.location}"
                f" parameter {argument.wire_name!r} has one item, which Prism reads as a string"
                " and rejects: the contract tests leave out the calls sending it",
            )
        ] = None
        return True

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
