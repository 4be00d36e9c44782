"""Template contexts for the generated tests (offline MockTransport tests and Prism contract tests).

Everything a generated test sends or expects is computed here from the model, as plain data:
the example arguments of each call, the request they must produce, the response the mock answers
with and the `Check`s the parsed value must pass. Values come from the spec's examples; where the
spec has none they are made up from the type. The templates only loop and spell the data with
the `emit` filters.

The expected request mirrors the documented wire contract (DESIGN.md): `None` and NOT_GIVEN
arguments are left out, except body fields that are nullable, which are sent as JSON `null`;
path values are percent-encoded into one segment; query arrays repeat their key; booleans read
`true`/`false`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from .. import views_client_auth
from ..model import Api
from .cases import (
    OFFLINE_SERVER_URL,
    PAGE_SIZE,
    PAGE_TOTAL,
    TEST_API_KEY,
    TEST_BASIC_CREDENTIAL,
    ResourceTests,
    prism_prefix,
)
from .methods import TestsBuilder
from .prism_formats import warnings as format_warnings
from .prism_limits import needed_by_prism
from .requests import credential_header, credential_value

__all__ = ["LeftOut", "tests_context", "tests_context_and_warnings", "warnings"]

LeftOut = tuple[str, str]  # (JSON pointer, message): a call the contract tests leave out


def tests_context(api: Api) -> dict[str, Any]:
    return tests_context_and_warnings(api)[0]


def warnings(api: Api) -> list[LeftOut]:
    return tests_context_and_warnings(api)[1]


def tests_context_and_warnings(api: Api) -> tuple[dict[str, Any], list[LeftOut]]:
    """The template context of the generated tests, and each place where the contract tests
    leave a call out for a Prism limit: found from the test values (`prism_limits`), or a
    format Prism cannot make up in a body it must (`prism_formats`)."""
    builder = TestsBuilder(api)
    suites = {r.name: builder.resource(r) for r in api.resources}
    context = {
        "tests_by_resource": suites,
        "examples_modules": [s.examples.name for s in suites.values() if s.examples],
        "test_api_key": credential_value(views_client_auth.client_scheme(api)),
        "offline_server_url": OFFLINE_SERVER_URL,
        "page_size": PAGE_SIZE,
        "page_total": PAGE_TOTAL,
        "spec_candidates": _spec_candidates(api.spec_path),
        "prism_candidates": ("node_modules/.bin/prism", "../node_modules/.bin/prism"),
        "credential_header": credential_header(views_client_auth.client_scheme(api)),
        # the credentials besides `api_key` the test clients hold: by argument, by env var
        "test_credentials": {arg: value for arg, _, value in _test_credentials(api)},
        "credential_env_vars": {env: value for _, env, value in _test_credentials(api)},
        "made_up_operations": _made_up_operations(builder),
        "no_success_operations": _no_success_operations(builder),
        "paged_operations": _paged_operations(builder),
        "prism_needed_headers": _prism_needed_headers(api),
        "prism_prefixes": _prism_prefixes(api),
        "stream_answers": _stream_answers(suites.values()),
        # Prism refuses to start from a spec without operations (only webhooks, say)
        "prism_starts": bool(api.operations),
        "untestable_operations": tuple(
            (t.op.http_method, _path_pattern(t.op.url_path))
            for suite in suites.values()
            for t in suite.methods
            # a `_stream` twin keeps none of the operation's examples out: its stream, which
            # Prism cannot serve, is answered by the tests (`stream_answers`)
            if t.name == t.op.name and not (t.sendable and t.parsable and t.prism_answers)
        ),
    }
    return context, [*builder.warnings, *format_warnings(api, builder.prism_makes_up)]


def _test_credentials(api: Api) -> tuple[tuple[str, str, str], ...]:
    """(argument, environment variable, value) of each credential besides `api_key` that the
    test clients hold; Prism rejects a "basic" one without a colon."""
    return tuple(
        (argument, env_var, TEST_BASIC_CREDENTIAL if kind == "basic" else TEST_API_KEY)
        for argument, env_var, kind in views_client_auth.credential_arguments(api)
    )


def _made_up_operations(builder: TestsBuilder) -> tuple[tuple[str, str], ...]:
    """(method, path pattern) of the operations Prism is asked to make a response up for
    (`ExampleValues.prism_makes_up`): their spec example breaks its schema, or the body Prism
    would build breaks a `pattern`, so it would answer with a validation error."""
    return tuple(
        (op.http_method, _path_pattern(op.url_path))
        for op in builder.api.operations
        if any(builder.prism_makes_up(r) for r in op.responses)
    )


def _no_success_operations(builder: TestsBuilder) -> tuple[tuple[str, str, int], ...]:
    """(method, path pattern, status) of the operations documenting no success response: the
    status Prism answers them with."""
    found = []
    for op in builder.api.operations:
        answer = builder.prism_answer(op)
        if answer is not None:
            found.append((op.http_method, _path_pattern(op.url_path), answer.status))
    return tuple(found)


def _prism_needed_headers(api: Api) -> tuple[tuple[str, str, list[str]], ...]:
    """(method, path pattern, header names) of the operations whose request Prism crashes on
    without these optional headers (`prism_limits.needed_by_prism`)."""
    found = []
    for op in api.operations:
        names = [p.wire_name for p in op.parameters if needed_by_prism(p)]
        if names:
            found.append((op.http_method, _path_pattern(op.url_path), names))
    return tuple(found)


def _prism_prefixes(api: Api) -> tuple[tuple[str, str, str], ...]:
    """(method, URL path pattern, prefix) of the operations whose relative server puts a path
    before theirs on Prism's URL (`cases.prism_prefix`)."""
    found = []
    for op in api.operations:
        prefix = prism_prefix(op.server)
        if prefix:
            found.append((op.http_method, re.escape(prefix) + _path_pattern(op.path), prefix))
    return tuple(found)


def _paged_operations(builder: TestsBuilder) -> tuple[tuple[str, str, list[str]], ...]:
    """(method, path pattern, wire path to the items) of the paginated operations."""
    found = []
    for op in builder.api.operations:
        if op.pagination is not None and op.response is not None and op.response.type:
            items = builder.wire_path(op.response.type, op.pagination.items_path)
            found.append((op.http_method, _path_pattern(op.url_path), list(items)))
    return tuple(found)


def _stream_answers(suites: Iterable[ResourceTests]) -> tuple[tuple[str, str, str, str], ...]:
    """(method, path pattern, media type, body) of the streams the methods read: Prism cannot
    serve them, so the docs examples get the one the offline tests answer with, once Prism has
    accepted the request."""
    return tuple(
        (t.op.http_method, _path_pattern(t.op.path), t.response.content_type, t.response.text)
        for suite in suites
        for t in suite.methods
        if t.kind == "stream"
    )


def _path_pattern(path: str) -> str:
    """A regular expression matching the URL paths of a path template (its query cut)."""
    path = path.split("?", 1)[0]
    return "".join(
        "[^/]+" if part.startswith("{") else re.escape(part)
        for part in re.split(r"(\{[^}]*\})", path)
    )


def _spec_candidates(spec_path: str) -> tuple[str, ...]:
    """Where the spec may sit, relative to the generated project's root."""
    path = PurePosixPath(spec_path)
    found = []
    if not path.is_absolute() and ".." not in path.parts:
        found.append(f"../{path}")  # generated beside the spec's directory, as in this repository
    found += [f"../spec/{path.name}", f"spec/{path.name}", path.name]
    return tuple(dict.fromkeys(found))
