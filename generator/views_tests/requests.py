"""The requests of the generated tests: example arguments and the HTTP request they produce."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from .. import views_client_auth
from ..body_encoding import form_style, is_file
from ..model import (
    Api,
    ArrayOf,
    Field,
    FieldEncoding,
    JsonValue,
    Operation,
    Parameter,
    SecurityScheme,
    non_null,
)
from ..param_styles import nests
from ..views_client_operation import body_content_type
from . import wire
from .cases import (
    TEST_API_KEY,
    TEST_BASIC_CREDENTIAL,
    Argument,
    RequestView,
    offline_url,
)
from .values import ExampleValues, jsonable

_PLAIN = ("form", True)  # body fields have no style; parameters always carry theirs


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
            as_text = body.encoding in ("json", "form")
            if body.fields:
                for f in body.fields:
                    value = (
                        self.example(f.type, shown[f.wire_name], True, as_text)
                        if f.wire_name in shown
                        else self.example(f.type, f.example, f.has_example, as_text)
                    )
                    args.append(
                        Argument(
                            f.name,
                            f.wire_name,
                            "json",
                            f.type,
                            f.required,
                            f.nullable,
                            value,
                            no_value=f.no_value,
                            made_up=f.wire_name not in shown and not f.has_example,
                        )
                    )
                    args += self.part_header_arguments(body.encodings, f)
            else:
                value = self.example(body.type, body.example, body.has_example)
                made_up = not body.has_example
                args.append(
                    Argument(
                        "body", "", "body", body.type, body.required, False, value, made_up=made_up
                    )
                )
        args.sort(key=lambda a: not a.required)
        args += [self.param_argument(p) for p in params if p.client_option is not None]
        return args

    def part_header_arguments(self, encodings: Sequence[FieldEncoding], f: Field) -> list[Argument]:
        """The headers the caller gives the parts of multipart property `f`."""
        headers = next((e.header_arguments for e in encodings if e.wire_name == f.wire_name), ())
        return [
            Argument(
                h.name,
                h.wire_name,
                "part_header",
                h.type,
                h.required and f.required,
                False,
                self.example(non_null(h.type), None, False),
            )
            for h in headers
        ]

    def param_argument(self, p: Parameter) -> Argument:
        given = p.has_example and p.example is not None
        value = self.example(non_null(p.type), p.example, given)
        if p.location == "path" and isinstance(value, dict | list):
            value = self.maker.non_empty(p.type, value)
        elif _empty_allowed(p) and not p.has_example and nests(p.type, self.models):
            value = []  # items that are arrays or objects: no style defines them, Prism rejects
        return Argument(
            p.name,
            p.wire_name,
            p.location,
            p.type,
            p.required,
            False,
            value,
            style=(p.style, p.explode),
            made_up=not given,
        )

    def request(self, op: Operation, args: Sequence[Argument]) -> RequestView:
        by_location: dict[str, list[Argument]] = {}
        for a in args:
            by_location.setdefault(a.location, []).append(a)
        path = op.url_path
        for a in by_location.get("path", []):
            segment = wire.path_segment(a.wire_name, a.value, a.style or _PLAIN)
            path = path.replace("{" + a.wire_name + "}", segment)
        path, _, fixed = path.partition("?")  # a query in the template is sent first
        own = [
            pair
            for a in by_location.get("query", [])
            if a.value is not None
            for pair in wire.query_pairs(a.wire_name, a.value, a.style or _PLAIN)
        ]
        headers = [
            (a.wire_name, wire.header_value(a.value, a.style or _PLAIN))
            for a in by_location.get("header", [])
            if a.value is not None
        ]
        has_cookies = any(a.value is not None for a in by_location.get("cookie", []))
        query = [*wire.template_pairs(fixed), *own]
        absent = self.add_credentials(op, query, headers, has_cookies, {n for n, _ in own})
        kind, document, form, names = self.request_body(op, args)
        if kind == "json":
            headers.append(("Content-Type", body_content_type(op.body) or "application/json"))
        return RequestView(
            args=tuple((a.name, a.value) for a in args if a.passed),
            method=op.http_method,
            url=offline_url(op) + path,
            query=tuple(sorted(query)),
            headers=tuple(headers),
            absent=absent,
            body_kind=kind,
            json=document,
            form=form,
            multipart_names=names,
        )

    def add_credentials(
        self,
        op: Operation,
        query: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        has_cookies: bool,
        own_query: set[str],
    ) -> tuple[str, ...]:
        """Add the credentials `op` sends to the call's query (after its own parameters, but
        for a name `own_query` holds: the call's value wins) and headers (cookies in one
        `Cookie` header); return the credential headers it must not send. The call's own
        cookies share that header: it is then left unchecked."""
        sent = credentials_sent(self.api, op)
        query += [
            (name, value)
            for where, name, value in sent
            if where == "query" and name not in own_query
        ]
        # one value per header, as the runtime sets them: a later scheme's replaces an earlier's
        by_name = {name.lower(): (name, value) for where, name, value in sent if where == "header"}
        headers += by_name.values()
        cookies = "; ".join(f"{name}={value}" for where, name, value in sent if where == "cookie")
        if cookies and not has_cookies:
            headers.append(("Cookie", cookies))
        own = {name.lower() for name, _ in headers} | ({"cookie"} if has_cookies else set())
        return tuple(h for h in _credential_headers(self.api) if h.lower() not in own)

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
            styles = {e.wire_name: form_style(e) for e in body.encodings}
            pairs = sorted(
                pair
                for key, value in fields.items()
                if value is not None
                for pair in _form_pairs(key, value, styles.get(key))
            )
            return "form", None, tuple(pairs), ()
        if body.encoding == "multipart":  # a styled array or object: the names of its pairs
            styled = {
                e.wire_name: (e.style, e.explode)
                for e in body.encodings
                if e.style and not is_file(e.type)
            }
            names = (
                name
                for key, value in fields.items()
                if value is not None
                for name in _part_names(key, value, styled.get(key))
            )
            return "multipart", None, (), tuple(dict.fromkeys(names))
        return "raw", None, (), ()


def credential_header(scheme: SecurityScheme | None) -> str:
    """The header that carries the key ("" if it is not a header): absent without a key."""
    where, name, _ = _credential(scheme)
    return {"header": name, "cookie": "Cookie"}.get(where, "")


def credentials_sent(api: Api, op: Operation) -> list[tuple[str, str, str]]:
    """What a client holding every test credential sends for `op`, in the runtime's order:
    ("header" | "cookie" | "query", name, value) per credential (none for a public operation)."""
    schemes: Sequence[SecurityScheme | None] = views_client_auth.sent_schemes(api, op)
    if op.credentials is None and views_client_auth.client_scheme(api) is None:
        schemes = (None,)  # no scheme anywhere: the key as a bearer token
    return [_credential(s) for s in schemes]


def _credential_headers(api: Api) -> tuple[str, ...]:
    """Every header an operation of the API may carry a credential in."""
    where = [_credential(s) for s in api.security] if api.security else [_credential(None)]
    names = ("Cookie" if w == "cookie" else n for w, n, _ in where if w != "query")
    return tuple(dict.fromkeys(names))


def _credential(scheme: SecurityScheme | None) -> tuple[str, str, str]:
    """Where and how the client sends a scheme's test credential: ("header" | "cookie" |
    "query", name, value); `None` is the runtime's default, `api_key` as a bearer token."""
    if scheme is None or scheme.kind == "bearer":
        return "header", "Authorization", f"Bearer {TEST_API_KEY}"
    if scheme.kind == "basic":
        secret = credential_value(scheme)
        return "header", "Authorization", "Basic " + base64.b64encode(secret.encode()).decode()
    return scheme.location, scheme.param_name, TEST_API_KEY


def credential_value(scheme: SecurityScheme | None) -> str:
    """The value the test clients hold for a scheme's credential: a "basic" one, `api_key`
    included, needs the "user:password" form (Prism rejects others)."""
    if scheme is not None and scheme.kind == "basic":
        return TEST_BASIC_CREDENTIAL
    return TEST_API_KEY


def _form_pairs(name: str, value: JsonValue, style: tuple[str, bool] | None) -> list[Any]:
    """A form field's pairs: in its style as a query parameter's, else plainly (text, one pair
    per array item, objects as JSON text)."""
    if style is not None:
        return wire.query_pairs(name, value, style)
    return [(name, wire.text(item)) for item in (value if isinstance(value, list) else [value])]


def _part_names(name: str, value: JsonValue, style: tuple[str, bool] | None) -> list[str]:
    """The names of a multipart property's parts: its own, or those its style writes."""
    if style is None or not isinstance(value, (list, dict)):
        return [name]
    return [key for key, _ in wire.query_pairs(name, value, style)]


def _empty_allowed(p: Parameter) -> bool:
    """Whether `p` is an array that may be empty."""
    t = non_null(p.type)
    return isinstance(t, ArrayOf) and not t.constraints.min_items
