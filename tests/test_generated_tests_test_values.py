"""Values the generated tests and docs examples send that a validating server must accept: a
"basic" `api_key` in the "user:password" form, and a non-empty object for a path parameter."""

from __future__ import annotations

import base64
from typing import Any

from generator import views_tests
from generator.model import Api
from generator.normalize import normalize
from generator.render import render
from generator.views_docs.base import DocsBase

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things/{filter}": {
            "put": {
                "operationId": "putThing",
                "tags": ["things"],
                "security": [{"basicAuth": []}],
                "parameters": [
                    {
                        "name": "filter",
                        "in": "path",
                        "required": True,
                        "schema": {
                            "type": "object",
                            "properties": {"name": {"type": "string"}},
                        },
                    }
                ],
                "responses": {"204": {"description": "stored"}},
            }
        }
    },
    "components": {"securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}}},
}


def _api() -> Api:
    api, _ = normalize(SPEC, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    return api


def test_a_basic_api_key_is_tested_with_a_user_and_password() -> None:
    api = _api()
    context = views_tests.tests_context(api)
    assert context["test_api_key"] == views_tests.cases.TEST_BASIC_CREDENTIAL
    [t] = context["tests_by_resource"]["things"].methods
    token = base64.b64encode(views_tests.cases.TEST_BASIC_CREDENTIAL.encode()).decode()
    assert ("Authorization", f"Basic {token}") in t.minimal.headers
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/")}
    assert 'TEST_API_KEY = "sdk-test-user:sdk-test-key"' in files["tests/conftest.py"]


def test_docs_examples_send_a_non_empty_object_in_a_path_segment() -> None:
    api = _api()
    [op] = api.operations
    assert dict(DocsBase(api).example_args(op)) == {"filter": {"name": "example"}}
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert dict(t.minimal.args)["filter"] == {"name": "example"}
