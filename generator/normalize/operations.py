"""Paths and operations → `Operation`s with parameters, bodies, responses and errors."""

from __future__ import annotations

import dataclasses
from http import HTTPStatus
from typing import Any

from ..model import (
    ArrayOf,
    Body,
    BodyEncoding,
    ErrorResponse,
    Field,
    MapOf,
    ModelRef,
    Operation,
    Pagination,
    Parameter,
    Primitive,
    Response,
    TypeRef,
    non_null,
)
from ..naming import argument_name, dedupe, pascal, safe_identifier, snake
from .refs import Document
from .schemas import SchemaBuilder

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Per-call options every method takes as **options; arguments must not shadow them.
RESERVED_ARGUMENTS = frozenset(
    {"self", "timeout", "retries", "extra_headers", "server_url", "options"}
)
_IGNORED_HEADERS = frozenset({"authorization", "content-type", "accept"})
_RUNTIME_ERRORS = frozenset(
    {
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseValidationError",
        "SDKError",
        "DefaultError",
    }
)


_RAW_TYPES = (Primitive("str"), Primitive("bytes"), Primitive("file"))


def esc(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class OperationBuilder:
    def __init__(self, doc: Document, schemas: SchemaBuilder, reserved_errors: set[str]) -> None:
        self.doc = doc
        self.schemas = schemas
        self.error_types: dict[str, TypeRef | None] = {}  # exception class → its data type
        self.error_descriptions: dict[str, str] = {}
        self._reserved_errors = reserved_errors | _RUNTIME_ERRORS

    def operations(self) -> list[tuple[str, Operation]]:
        """(tag, operation) for every operation, in document order."""
        found = []
        if self.doc.get(("webhooks",)):
            self.doc.warn("#/webhooks", "webhooks are not generated; they are ignored")
        paths = self.doc.get(("paths",))
        for path, item in (paths or {}).items():
            if not isinstance(item, dict):
                continue
            item_pointer = f"#/paths/{esc(path)}"
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    pointer = f"{item_pointer}/{method}"
                    tags = op.get("tags") or ["default"]
                    found.append((str(tags[0]), self._operation(path, method, item, op, pointer)))
        return found

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], pointer: str
    ) -> Operation:
        if op.get("callbacks"):
            self.doc.warn(pointer + "/callbacks", "callbacks are not generated; they are ignored")
        op_id = str(op.get("operationId") or snake(f"{method} {path}"))
        params = self._parameters(item, op, pointer, op_id)
        body = self._body(op, pointer, op_id, {p.name for p in params})
        responses, errors = self._responses(op, pointer, op_id)
        override = op.get("x-speakeasy-name-override")
        name = safe_identifier(snake(str(override) if override else op_id))
        if name.startswith("_"):  # `2fetch` → `_2fetch` would read as private: `call_2fetch`
            name = "call" + name
        return Operation(
            name=name,
            operation_id=op_id,
            http_method=method.upper(),
            path=path,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")) or _text(op.get("summary")),
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            errors=tuple(errors),
            pointer=pointer,
            deprecated=op.get("deprecated") is True,
            pagination=self._pagination(op, pointer, responses),
            security=self._security(op),
            idempotent=method not in ("post", "patch"),
        )

    def _parameters(
        self, item: dict[str, Any], op: dict[str, Any], pointer: str, op_id: str
    ) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((item, item_pointer), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                at = f"{owner_pointer}/parameters/{index}"
                param = self.doc.deref(raw)
                if not param.get("name") or param.get("in") not in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    self.doc.error(
                        at, "parameter needs a `name` and `in` (path, query, header or cookie)"
                    )
                    continue
                if param["in"] == "header" and str(param["name"]).lower() in _IGNORED_HEADERS:
                    continue
                merged[(str(param["name"]), param["in"])] = (at, param)
        # path parameters first, then required ones; sorted() is stable, so document order stays
        ordered = sorted(
            merged.values(), key=lambda p: (p[1]["in"] != "path", p[1].get("required") is not True)
        )
        # `body` is the argument of a body that is not flattened into keyword arguments
        names = dedupe([_param_name(p) for _, p in ordered], RESERVED_ARGUMENTS | {"body"})
        return [
            self.parameter(param, at, name, op_id)
            for (at, param), name in zip(ordered, names, strict=True)
        ]

    def parameter(self, param: dict[str, Any], at: str, name: str, op_id: str) -> Parameter:
        schema = param.get("schema")
        schema_at = f"{at}/schema"
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            media, content = next(iter(param["content"].items()))
            schema, schema_at = content.get("schema", {}), f"{at}/content/{esc(media)}/schema"
        hint = pascal(op_id) + pascal(str(param["name"]))
        location = param["in"]
        style = param.get("style")
        supported = {"query": ("form",), "path": ("simple",), "header": ("simple",)}
        if style is not None and style not in supported.get(location, ("form",)):
            self.doc.warn(
                f"{at}/style",
                f"parameter style {style!r} is not supported for {location} parameters; "
                "values are sent as "
                + ("repeated keys (style form)" if location == "query" else "plain text"),
            )
        resolved = self.doc.deref(schema) if isinstance(schema, dict) else {}
        example = param.get("example", resolved.get("example"))
        param_type = self.schemas.type_of(schema if schema is not None else {}, schema_at, hint)
        if isinstance(non_null(param_type), ModelRef | MapOf):
            self.doc.warn(
                schema_at,
                f"object-valued {location} parameter {param['name']!r} is not supported "
                "(deepObject and exploded objects are not encoded); pass it pre-encoded",
            )
            param_type = Primitive("str")
        return Parameter(
            name=name,
            wire_name=str(param["name"]),
            location=location,
            type=param_type,
            required=location == "path" or param.get("required") is True,
            description=_text(param.get("description") or resolved.get("description")),
            default=resolved.get("default"),
            has_default="default" in resolved,
            example=example,
            has_example=example is not None,
            style=str(
                param.get("style") or ("simple" if location in ("path", "header") else "form")
            ),
            explode=param.get("explode", param.get("style", "form") == "form") is True,
            deprecated=param.get("deprecated") is True,
        )

    def _body(self, op: dict[str, Any], pointer: str, op_id: str, taken: set[str]) -> Body | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        request_body = self.doc.deref(raw)
        content = request_body.get("content") or {}
        media = _pick_media(
            content, ("json", "x-www-form-urlencoded", "multipart", "octet-stream", "text")
        )
        if media is None:
            if content:
                self.doc.warn(
                    f"{pointer}/requestBody",
                    f"request body media types {sorted(content)} are not supported; the "
                    "method takes a `body` of raw bytes sent as application/octet-stream",
                )
                return Body("application/octet-stream", "binary", Primitive("bytes"), True)
            return None
        at = f"{pointer}/requestBody/content/{esc(media)}"
        media_obj = content[media] if isinstance(content[media], dict) else {}
        schema = media_obj.get("schema", {})
        body_type = self.schemas.type_of(schema, f"{at}/schema", pascal(op_id) + "Request")
        example = media_obj.get("example", self.doc.deref(schema).get("example"))
        return Body(
            content_type=media,
            encoding=_encoding(media),
            type=body_type,
            required=request_body.get("required") is True,
            fields=self._flattened(body_type, taken),
            description=_text(request_body.get("description")),
            example=example,
            has_example=example is not None,
        )

    def _flattened(self, body_type: TypeRef, taken: set[str]) -> tuple[Field, ...]:
        if not isinstance(body_type, ModelRef):
            return ()
        model = self.schemas.models.get(body_type.name)
        if model is None or model.extra_values is not None or not model.fields:
            return ()
        # read-only properties are set by the server: never offered as arguments
        fields = [f for f in model.fields if not f.read_only]
        names = dedupe([f.name for f in fields], taken | RESERVED_ARGUMENTS)
        return tuple(dataclasses.replace(f, name=n) for f, n in zip(fields, names, strict=True))

    def _responses(
        self, op: dict[str, Any], pointer: str, op_id: str
    ) -> tuple[list[Response], list[ErrorResponse]]:
        responses: list[Response] = []
        errors: list[ErrorResponse] = []
        for status_key, raw in (op.get("responses") or {}).items():
            status = str(status_key).upper()
            at = f"{pointer}/responses/{esc(str(status_key))}"
            if status.startswith("2"):
                responses.extend(self._success(raw, at, op_id, status))
            elif status[0] in "45" or status == "DEFAULT":
                error = self._error(raw, at, status.lower() if status == "DEFAULT" else status)
                if error is not None:
                    errors.append(error)
        return responses, errors

    def _success(self, raw: Any, at: str, op_id: str, status: str) -> list[Response]:
        response = self.doc.deref(raw)
        content = response.get("content") or {}
        description = _text(response.get("description"))
        found = []
        for media in _ordered_media(content):
            media_obj = content[media] if isinstance(content[media], dict) else {}
            schema = media_obj.get("schema")
            hint = pascal(op_id) + ("Event" if "event-stream" in media else "Response")
            typ = (
                self.schemas.type_of(schema, f"{at}/content/{esc(media)}/schema", hint)
                if schema
                else None
            )
            readable = "json" in media or "event-stream" in media or media.startswith("text/")
            if typ is not None and not readable and typ not in _RAW_TYPES:
                self.doc.warn(
                    f"{at}/content/{esc(media)}",
                    f"responses of media type {media!r} are not parsed; the method returns "
                    "the body as bytes",
                )
                typ = Primitive("bytes")
            example = media_obj.get(
                "example", self.doc.deref(schema).get("example") if schema else None
            )
            sentinel = media_obj.get("x-speakeasy-sse-sentinel")
            event_model = self.schemas.models.get(typ.name) if isinstance(typ, ModelRef) else None
            envelope = (
                event_model is not None
                and any(f.wire_name == "data" for f in event_model.fields)
                and {f.wire_name for f in event_model.fields} <= {"event", "data", "id", "retry"}
            )
            found.append(
                Response(
                    status,
                    description,
                    media,
                    typ,
                    example,
                    example is not None,
                    streaming="event-stream" in media,
                    sentinel=str(sentinel) if sentinel is not None else None,
                    envelope=envelope,
                )
            )
        return found or [Response(status, description, None, None)]

    def _error(self, raw: Any, at: str, status: str) -> ErrorResponse | None:
        response = self.doc.deref(raw)
        content = response.get("content") or {}
        media = _pick_media(content, ("json",)) or next(iter(content), None)
        schema = (
            content[media].get("schema") if media and isinstance(content[media], dict) else None
        )
        description = _text(response.get("description"))
        if schema is None:
            return ErrorResponse(status, "", description, media, None)
        typ = self.schemas.type_of(
            schema, f"{at}/content/{esc(str(media))}/schema", "Error" + status
        )
        name = self._error_class_name(schema, raw, status, typ)
        example = content[media].get("example", self.doc.deref(schema).get("example"))
        return ErrorResponse(status, name, description, media, typ, example, example is not None)

    def _error_class_name(self, schema: Any, raw: Any, status: str, typ: TypeRef) -> str:
        if isinstance(typ, ModelRef):
            base = typ.name
        elif isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            base = pascal(raw["$ref"].rsplit("/", 1)[-1])
        elif status.isdigit():
            base = pascal(HTTPStatus(int(status)).phrase)
        else:
            base = f"Status{status}"
        name = base if base.endswith("Error") else f"{base}Error"
        while name in self._reserved_errors or self.error_types.get(name, typ) != typ:
            name = f"{name}_"
        self.error_types[name] = typ
        if isinstance(typ, ModelRef):
            model = self.schemas.models.get(typ.name)
            self.error_descriptions.setdefault(name, model.description if model else "")
        return name

    def _pagination(
        self, op: dict[str, Any], pointer: str, responses: list[Response]
    ) -> Pagination | None:
        spec = op.get("x-speakeasy-pagination")
        if (
            not isinstance(spec, dict)
            or not responses
            or not isinstance(responses[0].type, ModelRef)
        ):
            return None
        model = self.schemas.models.get(responses[0].type.name)
        if model is None:
            return None
        inputs = {
            i.get("type"): str(i.get("name"))
            for i in spec.get("inputs") or []
            if isinstance(i, dict)
        }
        outputs = spec.get("outputs") or {}
        wire_to_attr = {f.wire_name: f for f in model.fields}
        items_field = wire_to_attr.get(str(outputs.get("results", "$.data")).removeprefix("$."))
        if items_field is None or not isinstance(items_field.type, ArrayOf):
            self.doc.warn(
                pointer + "/x-speakeasy-pagination",
                "pagination results path is not an array field; "
                "the operation returns a plain response",
            )
            return None
        total_wire = str(outputs.get("numResults") or outputs.get("totalCount") or "$.total_count")
        total = wire_to_attr.get(total_wire.removeprefix("$."))
        item_type = items_field.type.item
        if spec.get("type") == "cursor" and "cursor" in inputs:
            next_field = wire_to_attr.get(str(outputs.get("nextCursor", "")).removeprefix("$."))
            return Pagination(
                "cursor",
                (items_field.name,),
                item_type,
                cursor_param=inputs["cursor"],
                next_cursor_path=(next_field.name,) if next_field else (),
            )
        if "offset" not in inputs or "limit" not in inputs:
            return None
        return Pagination(
            "offset_limit",
            (items_field.name,),
            item_type,
            offset_param=inputs["offset"],
            limit_param=inputs["limit"],
            total_path=(total.name,) if total else None,
        )

    def _security(self, op: dict[str, Any]) -> tuple[str, ...]:
        requirements = op.get("security", self.doc.get(("security",)))
        names: list[str] = []
        for requirement in requirements or []:
            if isinstance(requirement, dict):
                names.extend(str(n) for n in requirement if str(n) not in names)
        return tuple(names)


def _param_name(param: dict[str, Any]) -> str:
    override = param.get("x-speakeasy-name-override")
    return argument_name(str(override) if override else str(param["name"]))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _encoding(media: str) -> BodyEncoding:
    if "json" in media:
        return "json"
    if "x-www-form-urlencoded" in media:
        return "form"
    if "multipart" in media:
        return "multipart"
    return "text" if media.startswith("text/") else "binary"


def _pick_media(content: dict[str, Any], preferences: tuple[str, ...]) -> str | None:
    for wanted in preferences:
        for media in content:
            if wanted in media:
                return str(media)
    return None


def _ordered_media(content: dict[str, Any]) -> list[str]:
    """JSON first, then event streams, then everything else, each in document order."""
    return sorted(content, key=lambda m: 0 if "json" in m else 1 if "event-stream" in m else 2)
