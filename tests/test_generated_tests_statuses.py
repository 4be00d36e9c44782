"""Operations documenting only a 1xx or 3xx response: the runtime raises the default error for
such a status, so the contract tests expect it (3xx), or leave the call out when Prism would
send an informational status as the final response, which no HTTP client reads (1xx)."""

from __future__ import annotations

from typing import Any

import pytest

from generator import views_tests
from generator.diagnostics import Problem
from generator.model import Api
from generator.normalize import normalize
from generator.render import render


def _get(op_id: str, status: str) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "tags": ["statuses"],
            "responses": {status: {"description": "the only one"}},
        }
    }


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/see-other": _get("seeOther", "303"),
        "/continue": _get("keepGoing", "100"),
        "/redirects": _get("anyRedirect", "3XX"),
    },
}


def _normalize() -> tuple[Api, list[Problem]]:
    return normalize(SPEC, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def test_a_lone_informational_response_is_warned_about() -> None:
    api, problems = _normalize()
    assert [(p.severity, p.pointer) for p in problems] == [
        ("warning", "#/paths/~1continue/get/responses/100")
    ]
    assert "Prism sends as a final response" in problems[0].message
    ops = {op.name: op.other_statuses for op in api.operations}
    assert ops == {"see_other": ("303",), "keep_going": ("100",), "any_redirect": ("3XX",)}


def test_a_lone_redirect_is_expected_as_the_default_error_from_prism() -> None:
    api, _ = _normalize()
    context = views_tests.tests_context(api)
    methods = {t.name: t for t in context["tests_by_resource"]["statuses"].methods}
    see_other, redirects = methods["see_other"].prism_answer, methods["any_redirect"].prism_answer
    assert see_other is not None and redirects is not None
    assert (see_other.status, see_other.exception) == (303, api.settings.default_error)
    assert redirects.status == 300
    assert methods["keep_going"].prism_answer is None
    assert not methods["keep_going"].prism_answers
    assert context["no_success_operations"] == (
        ("GET", "/see\\-other", 303),
        ("GET", "/redirects", 300),
    )
    assert context["untestable_operations"] == (("GET", "/continue"),)
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/test_")}
    contract = files["tests/test_contract_statuses.py"]
    assert "def test_method_see_other(" in contract
    assert "def test_method_keep_going(" not in contract
    assert "def test_raw_response_keep_going(" not in contract
    assert "def test_error_keep_going(" in contract
    assert "def test_method_keep_going(" in files["tests/test_statuses.py"]  # offline: 200


@pytest.mark.parametrize(
    "media, error",
    [
        ("application/problem+json", {"schema": {"type": "object"}}),
        ("application/xml", {"examples": {"response": {"value": "<note>bad</note>"}}}),
    ],
)
def test_an_error_in_another_media_type_is_asked_for_with_it(
    media: str, error: dict[str, Any]
) -> None:
    """Prism answers `Prefer: code=400` only with a media type the request accepts, else with
    the success response; the SDK asks for application/json, so the error's own media type
    (a JSON variant, or no JSON at all) is asked for by name."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "getThings",
                    "tags": ["statuses"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        "400": {
                            "description": "bad",
                            "content": {media: error},
                        },
                    },
                }
            }
        },
    }
    api, _ = normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    [t] = views_tests.tests_context(api)["tests_by_resource"]["statuses"].methods
    bad = next(e for e in t.errors if e.label == "400")
    assert ("Accept", media) in bad.prism_headers
    default = next(e for e in t.errors if e.label == "default")
    assert not any(name == "Accept" for name, _ in default.prism_headers)


def test_an_operation_without_responses_expects_prisms_500() -> None:
    """OpenAPI 3.1 lets an operation leave `responses` out; Prism answers a valid request to
    it with 500 (NO_RESPONSE_RESPONSE_DEFINED), which the runtime raises as the default error."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/bare": {"get": {"operationId": "getBare", "tags": ["statuses"]}}},
    }
    api, _ = normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    context = views_tests.tests_context(api)
    [t] = context["tests_by_resource"]["statuses"].methods
    assert t.prism_answer is not None
    assert (t.prism_answer.status, t.prism_answer.exception) == (500, api.settings.default_error)
    assert context["no_success_operations"] == (("GET", "/bare", 500),)
