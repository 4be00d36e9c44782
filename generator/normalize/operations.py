"""Paths and operations → `Operation`s with parameters, bodies, responses and errors."""

from __future__ import annotations

from typing import Any

from ..model import (
    Operation,
    Parameter,
    Server,
)
from ..naming import safe_identifier, snake
from .bodies import BodyReader
from .pagination import read_pagination
from .parameters import ParameterReader
from .refs import Document
from .responses import ResponseReader
from .schemas import SchemaBuilder
from .security import required_names, requirements
from .servers import operation_server
from .spec_values import esc, text

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class OperationBuilder:
    """Reads every operation; parameters, bodies and responses each have their own reader."""

    def __init__(
        self,
        doc: Document,
        schemas: SchemaBuilder,
        reserved_errors: set[str],
        server: Server,  # the API's first: operations' relative servers are resolved against it
    ) -> None:
        self.doc = doc
        self.server = server
        self.schemas = schemas
        self.parameters = ParameterReader(doc, schemas)
        self.bodies = BodyReader(doc, schemas)
        self.responses = ResponseReader(doc, schemas, reserved_errors)
        self.error_types = self.responses.error_types  # exception class → its data type
        self.error_descriptions = self.responses.error_descriptions
        self.error_sequences = self.responses.error_sequences

    def parameter(self, param: dict[str, Any], at: str, name: str, op_id: str) -> Parameter:
        """One parameter object; `normalize` reads the client-level headers with it too."""
        return self.parameters.parameter(param, at, name, op_id)

    def operations(self) -> list[tuple[str, Operation]]:
        """(tag, operation) for every operation, in document order."""
        found = []
        if self.doc.get(("webhooks",)):
            self.doc.warn("#/webhooks", "webhooks are not generated; they are ignored")
        paths = self.doc.get(("paths",))
        for path, item in (paths or {}).items():
            item_pointer, item = self._path_item(f"#/paths/{esc(path)}", item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    pointer = f"{item_pointer}/{method}"
                    tags = op.get("tags") or ["default"]
                    found.append((str(tags[0]), self._operation(path, method, item, op, pointer)))
        return found

    def _path_item(self, pointer: str, item: Any) -> tuple[str, Any]:
        """(pointer, path item): the item, or the one its `$ref` points at (OpenAPI 3.1's
        `components/pathItems`); an external or dangling `$ref` is an error, never skipped."""
        if isinstance(item, dict) and "$ref" in item:
            ignored = sorted(str(k) for k in item if k not in ("$ref", "summary", "description"))
            if ignored:
                self.doc.warn(
                    pointer,
                    f"{', '.join(ignored)} beside a path item's $ref: ignored (OpenAPI leaves "
                    "their meaning undefined); move them into the referenced path item",
                )
            found = self.doc.resolve_ref(item["$ref"], pointer + "/$ref")
            return found if found is not None else (pointer, None)
        return pointer, item

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], pointer: str
    ) -> Operation:
        if op.get("callbacks"):
            self.doc.warn(pointer + "/callbacks", "callbacks are not generated; they are ignored")
        op_id = str(op.get("operationId") or snake(f"{method} {path}"))
        params = self.parameters.parameters(item, op, pointer, op_id)
        body = self.bodies.body(op, pointer, op_id, {p.name for p in params})
        if body is not None and method in ("get", "head"):
            self.doc.warn(
                pointer + "/requestBody",
                f"a {method.upper()} request body has no defined meaning in HTTP (RFC 9110): "
                "the method sends it, but some servers and proxies ignore or reject it",
            )
        responses, errors, others = self.responses.responses(op, pointer, op_id)
        override = op.get("x-speakeasy-name-override")
        name = safe_identifier(snake(str(override) if override else op_id))
        required = requirements(self.doc, op)
        if name.startswith("_"):  # `2fetch` → `_2fetch` would read as private: `call_2fetch`
            name = "call" + name
        return Operation(
            name=name,
            operation_id=op_id,
            http_method=method.upper(),
            path=path,
            summary=text(op.get("summary")),
            description=text(op.get("description")) or text(op.get("summary")),
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            errors=tuple(errors),
            other_statuses=tuple(others),
            pointer=pointer,
            deprecated=op.get("deprecated") is True,
            pagination=read_pagination(self.doc, self.schemas.models, op, pointer, responses),
            security=required_names(required),
            security_requirements=required,
            idempotent=method not in ("post", "patch"),
            server=operation_server(item, op, self.server),
            ignored_headers=self.parameters.ignored_headers(item, op, pointer),
        )
