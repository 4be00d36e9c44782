"""Synthetic OpenAPI 3.1 specs of N operations, for the generator's scaling curve.

N/5 resources, each a CRUD set of 5 operations (list, create, get, update, delete) with its own
model, create-request and update-request schemas, so the spec's size grows linearly with N.
The output is deterministic (same N, same bytes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OPS_PER_RESOURCE = 5


def spec(operations: int) -> dict[str, Any]:
    if operations % OPS_PER_RESOURCE:
        raise ValueError(f"operations must be a multiple of {OPS_PER_RESOURCE}")
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "Error": {
            "type": "object",
            "required": ["message"],
            "properties": {"message": {"type": "string"}, "code": {"type": "integer"}},
        }
    }
    error = {
        "description": "Error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    for i in range(operations // OPS_PER_RESOURCE):
        name, tag = f"Widget{i}", f"widgets{i}"
        ref = {"$ref": f"#/components/schemas/{name}"}
        one = {
            "description": "OK",
            "content": {"application/json": {"schema": ref}},
        }
        many = {
            "description": "OK",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["data"],
                        "properties": {"data": {"type": "array", "items": ref}},
                    }
                }
            },
        }
        id_param = {
            "name": "id",
            "in": "path",
            "required": True,
            "description": "The widget's ID.",
            "schema": {"type": "string"},
        }

        def body(schema: str) -> dict[str, Any]:
            return {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            }

        paths[f"/{tag}"] = {
            "get": {
                "operationId": f"list{name}s",
                "summary": f"List {name} items",
                "tags": [tag],
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "Page size.",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    }
                ],
                "responses": {"200": many, "400": error},
            },
            "post": {
                "operationId": f"create{name}",
                "summary": f"Create a {name}",
                "tags": [tag],
                "requestBody": body(f"Create{name}Request"),
                "responses": {"201": one, "400": error},
            },
        }
        paths[f"/{tag}/{{id}}"] = {
            "get": {
                "operationId": f"get{name}",
                "summary": f"Get a {name}",
                "tags": [tag],
                "parameters": [id_param],
                "responses": {"200": one, "404": error},
            },
            "patch": {
                "operationId": f"update{name}",
                "summary": f"Update a {name}",
                "tags": [tag],
                "parameters": [id_param],
                "requestBody": body(f"Update{name}Request"),
                "responses": {"200": one, "404": error},
            },
            "delete": {
                "operationId": f"delete{name}",
                "summary": f"Delete a {name}",
                "tags": [tag],
                "parameters": [id_param],
                "responses": {"204": {"description": "Deleted"}, "404": error},
            },
        }
        fields = {
            "name": {"type": "string", "description": "Display name."},
            "size": {"type": "integer", "description": "Size in units."},
            "enabled": {"type": "boolean", "description": "Whether it is on."},
        }
        schemas[name] = {
            "type": "object",
            "description": f"A widget of kind {i}.",
            "required": ["id", "name", "created_at"],
            "properties": {
                "id": {"type": "string", "description": "Unique ID."},
                **fields,
                "created_at": {"type": "string", "format": "date-time"},
            },
        }
        schemas[f"Create{name}Request"] = {
            "type": "object",
            "required": ["name"],
            "properties": dict(fields),
        }
        schemas[f"Update{name}Request"] = {"type": "object", "properties": dict(fields)}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"Synthetic API ({operations} operations)",
            "version": "1.0.0",
            "description": "Generated for benchmarks.",
        },
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def write(operations: int, directory: Path) -> Path:
    """The spec as JSON-compatible YAML (both generators read it) at DIR/synthetic_N.yaml."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"synthetic_{operations}.yaml"
    text = json.dumps(spec(operations), indent=1) + "\n"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    return path
