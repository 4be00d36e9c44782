"""The lists of error cases the parametrized error tests run, as the examples module spells them.

One test per method and module walks a list of `ErrorCase(status, check, ...)` rows (the test
modules' `mock_server.ErrorCase`): the offline test answers each with the mock, the contract
test asks Prism for it with the row's headers. Most methods of an API document the same errors,
so a list equal to an earlier one is that one under a second name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..emit import ArgValue, PySource, py_args
from .cases import ErrorCase, MethodTests


class ErrorTables:
    """The error-case lists of one examples module, in the order the methods ask for them."""

    def __init__(self, reserve: Callable[[str], str]) -> None:
        self._reserve = reserve  # a free name in the examples module
        self._names: dict[str, str] = {}  # list source -> the name it was first given
        self.tables: list[tuple[str, str, str]] = []  # (name, source, "") or (name, "", alias)

    def offline(self, t: MethodTests) -> str:
        return self._table(f"{t.const}_ERRORS", [offline_row(case) for case in t.errors])

    def contract(self, t: MethodTests) -> str:
        rows = [contract_row(case, case.label) for case in t.errors if case.prism]
        if t.prism_default is not None:
            rows.append(contract_row(t.prism_default, "default"))
        return self._table(f"{t.const}_PRISM_ERRORS", rows)

    def _table(self, hint: str, rows: Sequence[str]) -> str:
        if not rows:
            return ""
        source = "[\n" + "".join(f"    {row},\n" for row in rows) + "]"
        name = self._reserve(hint)
        first = self._names.setdefault(source, name)
        self.tables.append((name, source, "") if first == name else (name, "", first))
        return name


def offline_row(case: ErrorCase) -> str:
    """The mock answers `status` with the case's body; `check` takes the exception raised."""
    extra: list[tuple[str, ArgValue]] = []
    if case.body.kind == "json":
        extra.append(("json", PySource(case.body.source)))
    elif case.body.kind == "text":
        extra.append(("text", case.body.text))
        if case.body.content_type != "text/plain":
            extra.append(("content_type", case.body.content_type))
    return _row(case, case.check, case.label, extra)


def contract_row(case: ErrorCase, label: str) -> str:
    """Prism is asked for the error with the row's headers. An undocumented status Prism
    answers with its own 404, whose body names the status asked for (`in_body`)."""
    extra: list[tuple[str, ArgValue]] = [("headers", dict(case.prism_headers))]
    if label == "default" and case.status == 404:
        extra.append(("in_body", case.label))
    return _row(case, case.prism_check, label, extra)


def _row(case: ErrorCase, check: str, label: str, extra: list[tuple[str, ArgValue]]) -> str:
    if not check:
        raise AssertionError(f"error case {case.label} has no check function")
    if label != str(case.status):
        extra.append(("label", label))
    return f"ErrorCase({py_args([('', case.status), ('', PySource(check)), *extra])})"
