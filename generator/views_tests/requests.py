"""The requests of the generated tests: example arguments and the HTTP request they produce."""

from __future__ import annotations

import base64
import datetime
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from ..emit import ArgValue
from ..model import (
    JsonValue,
    Operation,
    Parameter,
    SecurityScheme,
    non_null,
)
from .cases import OFFLINE_SERVER_URL, TEST_API_KEY, Argument, RequestView
from .values import ExampleValues, jsonable


class RequestBuilder(ExampleValues):
    """Every argument of a method with an example value, and the request a call sends."""

    def arguments(self, op: Operation) -> list[Argument]:
        """Every argument of the method, in signature order, with an example value."""
        params = sorted(
            op.parameters, key=lambda p: (p.location != "path", p.client_option is not None)
        )
        args = [self.param_argument(p) for p in params if p.client_option is None]
        body = op.body
        if body is not None:
            shown = body.example if body.has_example and isinstance(body.example, dict) else {}
            if body.fields:
                for f in body.fields:
                    value = (
                        self.example(f.type, shown[f.wire_name], True)
                        if f.wire_name in shown
                        else self.example(f.type, f.example, f.has_example)
                    )
                    args.append(
                        Argument(f.name, f.wire_name, "json", f.type, f.required, f.nullable, value)
                    )
            else:
                value = self.example(body.type, body.example, body.has_example)
                args.append(Argument("body", "", "body", body.type, body.required, False, value))
        args.sort(key=lambda a: not a.required)
        args += [self.param_argument(p) for p in params if p.client_option is not None]
        return args

    def param_argument(self, p: Parameter) -> Argument:
        value = self.example(non_null(p.type), p.example, p.has_example and p.example is not None)
        return Argument(p.name, p.wire_name, p.location, p.type, p.required, False, value)

    def request(self, op: Operation, args: Sequence[Argument]) -> RequestView:
        by_location: dict[str, list[Argument]] = {}
        for a in args:
            by_location.setdefault(a.location, []).append(a)
        path = op.path
        for a in by_location.get("path", []):
            path = path.replace("{" + a.wire_name + "}", _path_segment(a.value))
        query = [
            (a.wire_name, _text(item))
            for a in by_location.get("query", [])
            if a.value is not None
            for item in _query_values(a)
        ]
        headers = [
            (a.wire_name, _text(a.value))
            for a in by_location.get("header", [])
            if a.value is not None
        ]
        credential = _credential(self.scheme)
        if credential[0] == "query":
            query.append(credential[1:])
        elif credential[0] == "header":
            headers.append(credential[1:])
        kind, document, form, names = self.request_body(op, args)
        if kind == "json":
            headers.append(("Content-Type", "application/json"))
        return RequestView(
            args=tuple((a.name, a.value) for a in args if a.passed),
            method=op.http_method,
            url=OFFLINE_SERVER_URL + path,
            query=tuple(sorted(query)),
            headers=tuple(headers),
            body_kind=kind,
            json=document,
            form=form,
            multipart_names=names,
        )

    def request_body(
        self, op: Operation, args: Sequence[Argument]
    ) -> tuple[Any, JsonValue, tuple[tuple[str, str], ...], tuple[str, ...]]:
        body = op.body
        if body is None:
            return "none", None, (), ()
        if body.fields:
            # The method always passes its field group, so even no field at all sends `{}`.
            document: JsonValue = {
                a.wire_name: jsonable(a.value)
                for a in args
                if a.location == "json" and (a.value is not None or a.nullable)
            }
        else:
            whole = next((a for a in args if a.location == "body"), None)
            if whole is None or whole.value is None:
                return "none", None, (), ()
            document = jsonable(whole.value)
        if body.encoding == "json":
            return "json", document, (), ()
        fields = document if isinstance(document, dict) else {}
        if body.encoding == "form":
            pairs = sorted(
                (key, _text(item))
                for key, value in fields.items()
                if value is not None
                for item in (value if isinstance(value, list) else [value])
            )
            return "form", None, tuple(pairs), ()
        if body.encoding == "multipart":
            return "multipart", None, (), tuple(k for k, v in fields.items() if v is not None)
        return "raw", None, (), ()


def _path_segment(value: ArgValue) -> str:
    """A path value as the runtime encodes it: one segment, dot-segments escaped."""
    text = _text(value)
    return quote(text, safe="") if text.strip(".") else text.replace(".", "%2E")


def _text(value: ArgValue) -> str:
    """A scalar as it appears in a path, query or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _query_values(a: Argument) -> list[ArgValue]:
    """The values of a query argument as sent: arrays repeat the key, unless joined by commas."""
    if not isinstance(a.value, list):
        return [a.value]
    if a.joined:
        return [",".join(_text(item) for item in a.value)]
    return list(a.value)


def credential_header(scheme: SecurityScheme | None) -> str:
    """The header that carries the key ("" if it is not a header): absent without a key."""
    where, name, _ = _credential(scheme)
    return name if where == "header" else ""


def _credential(scheme: SecurityScheme | None) -> tuple[str, str, str]:
    """Where the client sends TEST_API_KEY: ("header" | "query" | "", name, value)."""
    if scheme is None or scheme.kind == "bearer":
        return "header", "Authorization", f"Bearer {TEST_API_KEY}"
    if scheme.kind == "basic":
        return (
            "header",
            "Authorization",
            "Basic " + base64.b64encode(TEST_API_KEY.encode()).decode(),
        )
    if scheme.location == "header":
        return "header", scheme.param_name, TEST_API_KEY
    if scheme.location == "cookie":
        return "header", "Cookie", f"{scheme.param_name}={TEST_API_KEY}"
    return "query", scheme.param_name, TEST_API_KEY
