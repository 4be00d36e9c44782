"""generator.quick_check: the native pre-checks (meta-schema, whole document) only ever spare the
Python checks what they would pass, so validation reports exactly what it reported without them."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, OAS31Validator

import generator.spec_validator as adapter
from generator import quick_check
from generator.diagnostics import GeneratorError, Problem
from generator.load import load_spec
from generator.validate import find_problems

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "node_modules" / "@readme" / "oas-examples"

VALID = {"type": "object", "properties": {"a": {"type": "string", "pattern": "^[a-z]+$"}}}


@pytest.mark.parametrize("owner", [OAS30Validator, OAS31Validator])
def test_a_valid_schema_is_surely_valid(owner: Any) -> None:
    surely_valid = quick_check.for_owner(owner, owner.FORMAT_CHECKER)
    assert surely_valid(VALID)
    assert surely_valid({"type": "integer", "minimum": 1.0, "description": "é"})


@pytest.mark.parametrize("owner", [OAS30Validator, OAS31Validator])
@pytest.mark.parametrize(
    "schema",
    [
        {"type": "strin"},
        {"properties": {"a": {"type": "integer", "minimum": "one"}}},
        {"required": "name"},
        # ECMA-262 accepts a named group spelt this way; Python's `re` (the Python check's
        # `format: regex`) does not
        {"type": "string", "pattern": "(?<year>[0-9]{4})"},
        {"patternProperties": {"((": {"type": "string"}}},
        {"type": "string", "example": datetime.date(2024, 1, 2)},  # YAML's unquoted date
    ],
)
def test_anything_doubtful_is_left_to_the_python_check(owner: Any, schema: Any) -> None:
    assert not quick_check.for_owner(owner, owner.FORMAT_CHECKER)(schema)


def test_no_pre_check_when_the_python_check_asserts_other_formats() -> None:
    class UriChecker:
        def __init__(self) -> None:
            self.checkers = {"regex": None, "uri-reference": None}

    assert quick_check.for_owner(OAS31Validator, UriChecker()) is quick_check._never


def _specs() -> Iterator[Path]:
    yield ROOT / "spec" / "openrouter-byok.yaml"
    yield from sorted((ROOT / "tests" / "bad_specs").iterdir())
    if SHARED.is_dir():
        yield from sorted((SHARED / "specs").glob("*.yaml"))
    elif os.environ.get("CI"):
        pytest.fail("../shared is missing")
    if CORPUS.is_dir():
        yield from sorted(CORPUS.glob("3.*/**/*.yaml"))


def _problems(path: Path) -> list[Problem] | None:
    try:
        return find_problems(load_spec(path))
    except GeneratorError:
        return None  # does not load: never validated


def test_validation_reports_the_same_with_and_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = list(_specs())
    quick = [_problems(path) for path in specs]
    monkeypatch.setattr(quick_check, "for_owner", lambda owner, checker: quick_check._never)
    monkeypatch.setattr(quick_check, "for_document", lambda schema: quick_check._never)
    for cls in (adapter._Located30, adapter._Located31):  # its first use kept the pre-check
        monkeypatch.setattr(
            cls, "schema_validator", adapter._LazyPrecrawled(cls.schema_validator._schema)
        )
    slow = [_problems(path) for path in specs]
    assert len(specs) > 30
    for path, fast, reference in zip(specs, quick, slow, strict=True):
        assert fast == reference, path
