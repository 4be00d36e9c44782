"""What a resource's contract test module imports: only what the tests it renders use.

Its lines are spelled for every method, but the template renders a method's tests only when
Prism can be asked at all (no event stream, a request it takes), and of those only the parts
Prism can answer. An import decided by the spelled lines would then name a module no rendered
test uses (APIs.guru's AWS specs: every path has a fragment Prism cannot route, so no test is
left, and `import examples_default as examples` stayed: pyflakes F401).
"""

from __future__ import annotations

from collections.abc import Sequence

from .cases import MethodTests, TestModuleImports


def contract_imports(methods: Sequence[MethodTests], alias: str) -> TestModuleImports:
    """The contract module's imports; `alias` is the name it imports the examples module as."""
    rendered = [t for t in methods if t.kind != "stream" and t.sendable]
    lines = [line for t in rendered for line in _rendered_lines(t)]
    return TestModuleImports(
        examples=any(t.prism_error_table for t in rendered)
        or any(f"{alias}." in line for line in lines),
        datetime=any("datetime." in line for line in lines),
        models=any("models." in line for line in lines)
        or any(_checks_page_items(t) for t in rendered),
        path_of=False,  # only the offline tests look at the URL a request went to
        errors=any(t.prism_answer or t.prism_error_table or t.auth for t in rendered),
        any_type=any(
            t.prism_answer or (t.parsable and t.prism_answers) or t.prism_error_table or t.auth
            for t in rendered
        ),
    )


def _rendered_lines(t: MethodTests) -> list[str]:
    """The spelled lines the template writes for a method it renders (its conditions)."""
    lines = list(t.auth.prism_lines) if t.auth else []
    if t.prism_answer:
        lines += t.prism_answer.prism_lines
    elif t.parsable and t.prism_answers:
        lines += [*t.prism_lines, *t.prism_raw_lines]
    return lines


def _checks_page_items(t: MethodTests) -> bool:
    """The pagination test checks every item's class, a model's (`models.X`)."""
    return bool(t.page and t.parsable and t.prism_answers and t.page.item_type is not None)
