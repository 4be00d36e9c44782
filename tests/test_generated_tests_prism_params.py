"""A nullable array query parameter sent with one item (svix.com's `event_types`, `type: array,
nullable: true`): Prism makes an array of a lone value only where the type is `array` alone, so
it reads the item as a string and answers 422; the contract tests leave out the calls sending
it (warned), and keep the others."""

from __future__ import annotations

from typing import Any

from generator import views_tests
from generator.normalize import normalize


def _spec(nullable: bool) -> dict[str, Any]:
    items = {"type": "string", "example": "user.signup"}
    schema = {"type": "array", "items": items, "nullable": nullable}
    param = {"name": "event_types", "in": "query", "schema": schema}
    op = {
        "operationId": "listAttempts",
        "parameters": [param],
        "responses": {"204": {"description": "ok"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/attempts": {"get": op}},
    }


def test_a_lone_item_of_a_nullable_array_parameter_is_kept_from_prism() -> None:
    for nullable, left_out in ((True, True), (False, False)):
        api, _ = normalize(
            _spec(nullable), file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={}
        )
        warned = [m for _, m in views_tests.warnings(api) if "has one item" in m]
        assert bool(warned) is left_out
        [method] = views_tests.tests_context(api)["tests_by_resource"]["default"].methods
        assert method.prism_full is not left_out
