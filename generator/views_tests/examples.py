"""The examples module of a resource, and every test's lines spelled against it.

Both test modules of a resource (offline and contract) `import examples_<resource> as examples`:
the JSON bodies the mock answers with, as constants, and a check function per value that tests
check more than once (`constants.py`, `functions.py`), an error's class and status included.
Here every body and list of checks of a suite is registered, the module is built, and the
tests' lines become constant names and calls.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..emit import Check, PySource, py_check, py_data
from ..model import Model
from ..naming import snake
from .cases import (
    CheckFunctionView,
    ErrorCase,
    ExamplesModule,
    MethodTests,
    RequestView,
    ResourceTests,
    TestModuleImports,
)
from .constants import Constants
from .contract_imports import contract_imports
from .error_tables import ErrorTables
from .functions import CheckFunctions

ALIAS = "examples"  # how the test modules import their examples module
ERROR_VAR = "caught.value"  # the error a test caught, as its lines name it
# Names every examples module may define or import; constants and functions avoid them.
_RESERVED = {
    *("Any", "as_json", "body_of", "copy", "datetime", "errors", "json", "models", "parse_qsl"),
    *("path_of", "pydantic", "request"),
}


class _Usage:
    """What one module's lines use, collected while they are spelled."""

    def __init__(self, helpers: str = f"{ALIAS}.") -> None:
        self.helpers = helpers  # "" in the examples module itself
        self.examples = False
        self.datetime = False
        self.models = False
        self.as_json = False
        self.path_of = False

    def lines(self, checks: Sequence[Check], var: str) -> tuple[str, ...]:
        lines = tuple(py_check(c, var, self.helpers) for c in checks)
        self.examples = self.examples or any(c.kind in ("call", "json") for c in checks)
        self.as_json = self.as_json or any(c.kind == "json" for c in checks)
        self.datetime = self.datetime or any("datetime." in line for line in lines)
        self.models = self.models or any("models." in line for line in lines)
        return lines

    def imports(self) -> TestModuleImports:
        return TestModuleImports(self.examples, self.datetime, self.models, self.path_of)


class _Spelling:
    """A suite's examples module, built from everything its tests check and answer with."""

    def __init__(self, models: Mapping[str, Model]) -> None:
        taken = set(_RESERVED)
        self.constants = Constants(models, taken)
        self.functions = CheckFunctions(taken)
        self.offline, self.contract = _Usage(), _Usage()
        self.requests: list[CheckFunctionView] = []
        self.tables = ErrorTables(self.functions.reserve)

    def register(self, t: MethodTests) -> MethodTests:
        """A method's bodies and lists of checks; the bodies get their constant."""
        minimal = self._request(t.name, "", t.minimal)
        full = self._request(t.name, "_with_all_params", t.full) if t.full else None
        t = dataclasses.replace(t, minimal=minimal, full=full)
        response = t.response
        if response.kind == "json":
            name = self.constants.named(f"{t.const}_RESPONSE", response.type, response.json)
            response = dataclasses.replace(response, source=name)
        if t.page is not None:
            self.constants.inline(t.page.item_type_ref, t.page.item)
        hint = f"{t.name}_{ {'page': 'page', 'stream': 'events'}.get(t.kind, 'result') }"
        self.functions.add(t.checks, hint, t.var)
        self.functions.add(t.prism_checks, hint, t.var)
        errors = tuple(self._register_error(c, True, c.prism) for c in t.errors)
        auth = self._register_error(t.auth, False, True) if t.auth else None
        for case in (t.prism_default, t.prism_answer):
            if case is not None:
                self._register_error(case, False, True)
        return dataclasses.replace(t, response=response, errors=errors, auth=auth)

    def _request(self, method: str, variant: str, req: RequestView) -> RequestView:
        """The checks of a request the mock received: a function both twins call."""
        name = self.functions.reserve(f"check_{method}_request{variant}")
        self.requests.append(CheckFunctionView(name, "request", request_lines(req)))
        return dataclasses.replace(req, check=name)

    def _register_error(self, case: ErrorCase, offline: bool, contract: bool) -> ErrorCase:
        """An error case the offline and/or the contract module tests."""
        body = case.body
        if offline and body.kind == "json":
            body = dataclasses.replace(body, source=self.constants.shared(body.type, body.json))
        hint, second = snake(case.exception), f"{snake(case.exception)}_{case.status}"
        for tested, checks, mock in (
            (offline, case.checks, True),
            (contract, case.prism_checks, False),
        ):
            if tested:
                self.functions.add(_error_checks(case, checks, offline=mock), hint, "error", second)
        return dataclasses.replace(case, body=body)

    def spell(self, t: MethodTests) -> MethodTests:
        """A method's lines, once every method is registered and the module finished."""
        calls = self.functions.calls
        self.offline.examples = True  # the request checks
        self.offline.path_of = self.offline.path_of or any(c.probe_args for c in t.path_params)
        page = t.page
        if page is not None:
            item = self.constants.spell(page.item_type_ref, page.item)
            serve = self.functions.reserve(f"serve_{t.name}_pages")
            page = dataclasses.replace(page, item_source=item.source, serve=serve)
            if page.item_type is not None:  # the pagination tests check every item's class
                self.offline.models = self.contract.models = True
        enum = t.unknown_enum
        if enum is not None:
            name = self.functions.reserve(f"{t.const}_WITH_UNKNOWN_ENUM")
            lines = self.offline.lines(enum.checks, t.var)
            enum = dataclasses.replace(enum, lines=lines, source=name)
        return dataclasses.replace(
            t,
            result_lines=self.offline.lines(calls(t.checks), t.var),
            prism_lines=self.contract.lines(calls(t.prism_checks), t.var),
            raw_lines=_raw_lines(self.offline, calls(t.checks), t),
            prism_raw_lines=_raw_lines(self.contract, calls(t.prism_checks), t),
            errors=tuple(self._spell_error(c, True, c.prism) for c in t.errors),
            auth=self._spell_error(t.auth, False, True) if t.auth else None,
            prism_default=(
                self._spell_error(t.prism_default, False, True) if t.prism_default else None
            ),
            prism_answer=(
                self._spell_error(t.prism_answer, False, True) if t.prism_answer else None
            ),
            page=page,
            unknown_enum=enum,
        )

    def tabulate(self, t: MethodTests) -> MethodTests:
        """A method's lists of error cases, once its errors are spelled."""
        contract = t.kind != "stream" and t.sendable  # as the contract tests' template
        return dataclasses.replace(
            t,
            error_table=self.tables.offline(t),
            prism_error_table=self.tables.contract(t) if contract else "",
        )

    def _spell_error(self, case: ErrorCase, offline: bool, contract: bool) -> ErrorCase:
        """The lines of an error case; only the modules that test it (`offline`, `contract`)
        note what they use."""
        if offline and case.body.source:
            self.offline.examples = True
        mock = self.functions.calls(_error_checks(case, case.checks, offline=True))
        prism = self.functions.calls(_error_checks(case, case.prism_checks, offline=False))
        return dataclasses.replace(
            case,
            lines=(self.offline if offline else _Usage()).lines(mock, ERROR_VAR),
            prism_lines=(self.contract if contract else _Usage()).lines(prism, ERROR_VAR),
            check=_function_of(mock) if offline else "",
            prism_check=_function_of(prism) if contract else "",
        )


def spell_suite(suite: ResourceTests, models: Mapping[str, Model]) -> ResourceTests:
    spelling = _Spelling(models)
    methods = [spelling.register(t) for t in suite.methods]
    definitions = spelling.constants.finish()
    found = spelling.functions.finish()
    methods = [spelling.tabulate(spelling.spell(t)) for t in methods]
    module = _Usage(helpers="")
    views = tuple(spelling.requests) + tuple(
        CheckFunctionView(f.name, f.param, module.lines(f.checks, f.param)) for f in found
    )
    sources = [source for _, source in definitions]
    examples = ExamplesModule(
        name=f"examples_{suite.resource.module}",
        alias=ALIAS,
        constants=tuple(definitions),
        functions=views,
        uses_datetime=module.datetime,
        uses_as_json=module.as_json or spelling.offline.as_json or spelling.contract.as_json,
        uses_models=module.models or any("models." in s for s in sources),
        uses_errors=any("errors." in line for f in views for line in f.lines),
        uses_json=any("body_of(" in line for f in views for line in f.lines),
        uses_form=any("parse_qsl(" in line for f in views for line in f.lines),
        error_tables=tuple(spelling.tables.tables),
    )
    return dataclasses.replace(
        suite,
        methods=tuple(methods),
        examples=examples,
        offline=spelling.offline.imports(),
        contract=contract_imports(spelling.contract.imports(), methods, ALIAS),
    )


def request_lines(req: RequestView) -> tuple[str, ...]:
    """The assertions on the request a call sent: method, URL, query, headers and body."""
    lines = [
        f"assert request.method == {py_data(req.method)}",
        f"assert path_of(request) == {py_data(req.path)}",
        f"assert sorted(request.url.params.multi_items()) == {py_data(list(req.query))}",
    ]
    lines += [f"assert request.headers[{py_data(k)}] == {py_data(v)}" for k, v in req.headers]
    lines += [f"assert {py_data(k)} not in request.headers" for k in req.absent]
    if req.body_kind == "json":
        lines.append(f"assert body_of(request) == {py_data(req.json)}")
    elif req.body_kind == "form":
        pairs = py_data(list(req.form))
        lines.append(f"assert sorted(parse_qsl(request.content.decode())) == {pairs}")
    elif req.body_kind == "multipart":
        lines += [f"assert b'name=\"{name}\"' in request.content" for name in req.multipart_names]
    elif req.body_kind == "none":
        lines.append('assert request.content == b""')
    return tuple(lines)


def _raw_lines(usage: _Usage, checks: Sequence[Check], t: MethodTests) -> tuple[str, ...]:
    """The raw-response test's lines after the status: the parsed value and its checks."""
    if t.kind == "stream":  # the template iterates the stream, sync or async
        return usage.lines(checks, t.var)
    if len(checks) == 1 and checks[0].kind == "call" and not checks[0].path:
        return usage.lines(checks, "response.parse()")
    if not checks:
        return ("response.parse()",)
    return (f"{t.var} = response.parse()", *usage.lines(checks, t.var))


def _function_of(checks: Sequence[Check]) -> str:
    """The check function `checks` became (an error's checks always do: class and status)."""
    first = checks[0] if len(checks) == 1 else None
    if first is None or first.kind != "call" or not isinstance(first.expected, PySource):
        return ""
    return first.expected.text


def _error_checks(case: ErrorCase, data: Sequence[Check], *, offline: bool) -> tuple[Check, ...]:
    """An error's checks: its exact class and status, the text body the mock sent, `.data`."""
    found = [
        Check((), "type", PySource(f"errors.{case.exception}")),
        Check((("attr", "status_code"),), "eq", case.status),
    ]
    if offline and case.body.kind == "text":
        found.append(Check((("attr", "body"),), "eq", case.body.text))
    narrowed = bool(data) and data[0].path == () and data[0].kind in _NARROWING
    if data and not narrowed:  # `.data` is typed `T | None`: len() and indexing need it narrowed
        found.append(Check((("attr", "data"),), "is not", None))
    found += [Check((("attr", "data"), *c.path), c.kind, c.expected) for c in data]
    return tuple(found)


_NARROWING = frozenset({"isinstance", "type", "is", "call"})  # checks that narrow `T | None`
