"""What the contract test module of a resource imports: only what the tests it renders use.
The template leaves out a method's tests when Prism cannot take its requests (`sendable`) or
it streams, and its success tests when Prism cannot answer them; the lines spelled for those
are never written, so they must not ask for an import (pyflakes: an unused `examples`, `Any`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .cases import MethodTests, TestModuleImports


def contract_imports(
    spelled: TestModuleImports, methods: Sequence[MethodTests], alias: str
) -> TestModuleImports:
    """`spelled` (what every spelled line uses) narrowed to the tests the module renders."""
    rendered = [t for t in methods if t.kind != "stream" and t.sendable]
    lines = [line for t in rendered for line in _lines(t)]
    return dataclasses.replace(
        spelled,
        examples=spelled.examples
        and (any(t.prism_error_table for t in rendered) or any(alias + "." in x for x in lines)),
        errors=any(t.prism_answer or t.prism_error_table or t.auth for t in rendered),
        models=any("models." in x for x in lines) or any(_pages_models(t) for t in rendered),
        any_type=any(
            t.prism_answer or _answered(t) or t.prism_error_table or t.auth for t in rendered
        ),
    )


def _answered(t: MethodTests) -> bool:
    """Whether the method's success tests are rendered: Prism can answer them."""
    return t.parsable and t.prism_answers


def _pages_models(t: MethodTests) -> bool:
    """The pagination test checks every item's class."""
    return _answered(t) and t.page is not None and t.page.item_type is not None


def _lines(t: MethodTests) -> list[str]:
    """The spelled lines of a rendered method's contract tests."""
    lines = list(t.prism_answer.prism_lines) if t.prism_answer else []
    lines += list(t.auth.prism_lines) if t.auth else []
    if _answered(t):
        lines += [*t.prism_lines, *t.prism_raw_lines]
    return lines
