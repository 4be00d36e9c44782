"""Examples that do not fit their schema: a warning each, and the example is dropped.

The docs and the generated tests build their values from the spec's examples. One that breaks
its own schema (a required property missing, a string where a number belongs, an unknown enum
value, a union's tag left out) would make a docs example or a generated test fail, so it is
treated as absent: a value synthesized from the type (`example_values.ExampleMaker`) replaces
it, and the warning names where it is written. A response, a model and a property keep the
rejected value with `has_example` False: a mock server run from the spec still answers with it
(or writes it into the body it makes up), which the contract tests must know
(`views_tests.values.rejected`).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from ..diagnostics import split_pointer
from ..example_finite import Finite
from ..example_values import ExampleChecker
from ..model import (
    Api,
    ArrayOf,
    Body,
    ErrorResponse,
    Field,
    MapOf,
    Model,
    ModelRef,
    Operation,
    Parameter,
    Response,
    TypeRef,
    UnionOf,
    is_unsatisfiable,
    non_null,
)
from .refs import Document
from .spec_values import esc, example_pointer

_HasExample = TypeVar("_HasExample", bound=Any)


class _Checks:
    def __init__(self, api: Api, doc: Document) -> None:
        self.models = {m.name: m for m in api.models}
        enums = {e.name: e for e in api.enums}
        # models and properties may go either way; the others one way, which decides which of
        # their required read-only or write-only properties an example must hold
        self.checker = ExampleChecker(self.models, enums)
        self.request = ExampleChecker(self.models, enums, "request")
        self.response = ExampleChecker(self.models, enums, "response")
        self.finite = Finite(self.models)
        self.doc = doc
        self.warned: set[str] = set()  # an example shared by several operations: one warning

    def kept(
        self,
        item: _HasExample,
        t: TypeRef | None,
        pointer: str | None,
        keep: bool = False,
        checker: ExampleChecker | None = None,
    ) -> _HasExample:
        """`item` (anything with `example` and `has_example`), its example dropped if it does
        not fit `t` (as `checker` reads it: a request's or a response's; by default either
        way); the warning points at `pointer` (None: warned about elsewhere). `keep`:
        `has_example` turns False but the example stays, so the tests know the mock server
        still answers with it (responses)."""
        if not item.has_example or t is None:
            return item
        reason = (checker or self.checker).mismatch(t, item.example)
        problem = f"example does not match its schema ({reason})"
        if reason is None and _holds_ref(item.example):
            # In an example `$ref` is data, but Prism resolves it as a reference, so it answers
            # with another value (soundcloud.com: `origin: {allOf: [{$ref: ...Track/value}]}`)
            reason = problem = (
                "example holds a `$ref`, which is data in an example, but a mock server such as"
                " Prism resolves it and answers with another value"
            )
        if reason is None:
            return item
        if pointer is not None and pointer not in self.warned:
            self.warned.add(pointer)
            self.doc.warn(pointer, f"{problem}; the generated tests use a synthesized value")
        return dataclasses.replace(item, example=item.example if keep else None, has_example=False)

    def model(self, m: Model, ways: frozenset[str]) -> Model:
        """`ways`: "request" if a request may hold the model, "response" if a response may."""
        fields = tuple(self.field(f, m.pointer) for f in m.fields)
        m = dataclasses.replace(m, fields=fields)
        if m.example is None:  # `example: null` on a nullable schema: nothing to build from
            return m
        at = example_pointer(self.doc, m.pointer)
        m = self.kept(m, ModelRef(m.name), at, True)
        for way, checker in (("request", self.request), ("response", self.response)):
            reason = checker.mismatch(ModelRef(m.name), m.example) if m.has_example else None
            if way in ways and reason is not None and at not in self.warned:
                # kept: fine the other way; the tests complete it this way (`ExampleMaker`)
                self.warned.add(at)
                self.doc.warn(
                    at,
                    f"example does not fit a {way} ({reason}); the generated tests complete"
                    f" it with made-up values where a {way} holds it",
                )
        return m

    def field(self, f: Field, model_pointer: str) -> Field:
        at = example_pointer(self.doc, model_pointer, "properties", f.wire_name)
        reason = self.checker.mismatch(f.type, f.default) if f.has_default else None
        if reason is not None:
            reason = reason.replace("the example", "the default", 1)
            self.doc.warn_once(
                f"{model_pointer}/properties/{esc(f.wire_name)}/default",
                f"default does not match its schema ({reason}); Prism writes it into the response"
                " bodies it builds, so the contract tests ask it to make those up",
            )
        return self.kept(f, f.type, at, True)

    def operation(self, op: Operation) -> Operation:
        params = tuple(
            self.kept(p, p.type, self._param_pointer(op, p), checker=self.request)
            for p in op.parameters
        )
        responses = tuple(
            self.kept(r, r.type, self._answer_pointer(op, r), True, self.response)
            for r in op.responses
        )
        errors = tuple(
            self.kept(e, e.type, self._answer_pointer(op, e), True, self.response)
            for e in op.errors
        )
        body = self.body(op, op.body) if op.body else None
        self._warn_unsendable(op)
        return dataclasses.replace(
            op, parameters=params, responses=responses, errors=errors, body=body
        )

    def _warn_unsendable(self, op: Operation) -> None:
        """A warning for each request argument and success response no valid value exists
        for, saying what the generated tests leave out."""
        leave_out = {
            "required": "the generated contract tests leave this operation out",
            "optional": "the generated tests leave this argument out",
            "response": "the generated tests leave out the calls that parse this response",
        }
        for t, role, pointer in self._request_and_response_types(op):
            if self.finite.has_value(t) or pointer in self.warned:
                continue
            self.warned.add(pointer)
            reason = (
                "its allOf parts or oneOf members conflict"
                if is_unsatisfiable(non_null(t))
                else "a required property leads back to it"
            )
            self.doc.warn(
                pointer, f"no finite value satisfies this schema ({reason}); {leave_out[role]}"
            )

    def _request_and_response_types(self, op: Operation) -> list[tuple[TypeRef, str, str]]:
        """(type, "required" | "optional" | "response", pointer of its schema) of each
        argument and success response of `op`."""
        found = [
            (p.type, "required" if p.required else "optional", self._param_pointer(op, p, "schema"))
            for p in op.parameters
            if not self.finite.has_value(p.type)  # (its pointer takes a search)
        ]
        body = op.body
        model = (
            self.models.get(body.type.name) if body and isinstance(body.type, ModelRef) else None
        )
        if body is not None and body.fields and model is not None:
            at = f"{model.pointer}/properties/"
            found += [
                (f.type, "required" if f.required else "optional", at + esc(f.wire_name))
                for f in body.fields
            ]
        elif body is not None:
            at = f"{op.pointer}/requestBody/content/{esc(body.content_type)}/schema"
            found.append((body.type, "required" if body.required else "optional", at))
        for r in op.responses:
            if r.type is not None and r.content_type is not None:
                at = f"{op.pointer}/responses/{r.status}/content/{esc(r.content_type)}/schema"
                found.append((r.type, "response", at))
        return found

    def body(self, op: Operation, body: Body) -> Body:
        model = self.models.get(body.type.name) if isinstance(body.type, ModelRef) else None
        fields = tuple(self.field(f, model.pointer) for f in body.fields) if model else body.fields
        body = dataclasses.replace(body, fields=fields)
        at = self._media(op, body.content_type, "requestBody")
        return self.kept(body, body.type, at, checker=self.request)

    def _answer_pointer(self, op: Operation, r: Response | ErrorResponse) -> str:
        return self._media(op, r.content_type, "responses", r.status)

    def _media(self, op: Operation, media: str | None, *steps: str) -> str:
        """Where the example of a request or response body is written."""
        content = ("content", media) if media else ()
        return example_pointer(self.doc, op.pointer, *steps, *content)

    def _param_pointer(self, op: Operation, p: Parameter, *steps: str) -> str:
        """Where the parameter's example (or `steps`) is written: its entry in the operation's
        list, else in its path item's."""
        for owner in (op.pointer, op.pointer.rsplit("/", 1)[0]):
            raw = self.doc.get([*split_pointer(owner), "parameters"])
            for index, entry in enumerate(raw if isinstance(raw, list) else []):
                entry = self.doc.deref(entry)
                if entry.get("name") == p.wire_name and entry.get("in") == p.location:
                    at = f"{owner}/parameters/{index}"
                    return "/".join([at, *steps]) if steps else example_pointer(self.doc, at)
        return op.pointer


def checked_examples(api: Api, doc: Document) -> Api:
    """`api` with every example that does not fit its type dropped, and a warning for each."""
    checks = _Checks(api, doc)
    ways = _ways(api)
    resources = tuple(
        dataclasses.replace(r, operations=tuple(checks.operation(op) for op in r.operations))
        for r in api.resources
    )
    return dataclasses.replace(
        api,
        models=tuple(checks.model(m, ways.get(m.name, frozenset())) for m in api.models),
        resources=resources,
        # copies of operation parameters, warned about there
        client_headers=tuple(
            checks.kept(p, p.type, None, checker=checks.request) for p in api.client_headers
        ),
    )


def _ways(api: Api) -> dict[str, frozenset[str]]:
    """Model name → the ways its values go: "request" (a parameter or body may hold it),
    "response" (a success or error body may)."""
    models = {m.name: m for m in api.models}
    found: dict[str, set[str]] = {}
    roots: list[tuple[str, TypeRef]] = []
    for op in api.operations:
        roots += [("request", p.type) for p in op.parameters]
        roots += [("request", op.body.type)] if op.body else []
        roots += [("response", r.type) for r in op.responses if r.type]
        roots += [("response", e.type) for e in op.errors if e.type]
    stack = roots
    while stack:
        way, t = stack.pop()
        t = non_null(t)
        if isinstance(t, ArrayOf | MapOf):
            stack.append((way, t.item if isinstance(t, ArrayOf) else t.value))
        elif isinstance(t, UnionOf):
            stack += [(way, v) for v in t.variants]
            stack += [(way, ModelRef(t.fallback))] if t.fallback else []
        elif isinstance(t, ModelRef) and t.name in models and way not in found.get(t.name, ()):
            found.setdefault(t.name, set()).add(way)
            model = models[t.name]
            stack += [(way, f.type) for f in model.fields]
            stack += [(way, model.extra_values)] if model.extra_values is not None else []
    return {name: frozenset(ways) for name, ways in found.items()}


def _holds_ref(value: Any) -> bool:
    """Whether a `$ref` key is anywhere in `value`."""
    if isinstance(value, dict):
        return "$ref" in value or any(_holds_ref(v) for v in value.values())
    return isinstance(value, list) and any(_holds_ref(v) for v in value)
