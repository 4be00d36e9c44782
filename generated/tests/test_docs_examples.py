# generated from spec/openrouter-byok.yaml; do not edit
"""Every ```python block of the README and of docs/ runs, as written, against Prism.

Each block is executed in a fresh namespace, as a script would be, with `OPENROUTER_API_KEY`
set to a test key and `OPENROUTER_BASE_URL` to the Prism mock server; a block that raises fails.
Test ids read `<file>#<n>`: the n-th Python block of that file, counting from 1.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEST_API_KEY = "sdk-test-key"

pytestmark = pytest.mark.contract
# Operations Prism cannot answer as the examples expect, as (HTTP method, path pattern, ...):
# the spec's example for the response breaks its schema (the generator warned), so Prism is
# asked to make a body up (`Prefer: dynamic=true`);
MADE_UP: list[tuple[str, re.Pattern[str]]] = []
# the spec documents no success response, so Prism answers this status; valid requests (no
# `sl-violations`) get an empty success instead, as the method expects;
NO_SUCCESS: list[tuple[str, re.Pattern[str], int]] = []
# paginated lists: Prism serves the same page at every offset, so a loop over all the items
# would never end; after MAX_PAGES pages of one list, its page (items at this path) is emptied,
# as a real list runs out.
PAGED: list[tuple[str, re.Pattern[str], list[str]]] = [
    ("GET", re.compile("/byok"), ["data"]),
]
MAX_PAGES = 3
# operations whose request Prism crashes on without these optional array or object headers,
# which would end the session's mock server (the generator warned): an example leaving one
# out is skipped.
NEEDED_HEADERS: list[tuple[str, re.Pattern[str], list[str]]] = []
# operations no valid request or success response exists for (a schema whose required property
# leads back to itself), or that Prism cannot answer validly (a lone 1xx response, which no
# client reads; 500 for a body it makes up and rejects: a format it cannot write, a property
# no value is valid for); the generator warned: an example calling one is skipped.
UNTESTABLE: list[tuple[str, re.Pattern[str]]] = []

_FENCE = re.compile(
    r"^(?P<indent> *)```python[ \t]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)


@dataclass(frozen=True)
class Example:
    id: str  # "docs/sdks/things/README.md#2"
    code: str


def _documents() -> list[Path]:
    """The README and the other Markdown files at the top, then everything under docs/."""
    return sorted(PROJECT_ROOT.glob("*.md")) + sorted((PROJECT_ROOT / "docs").rglob("*.md"))


def _examples() -> Iterator[Example]:
    for path in _documents():
        name = path.relative_to(PROJECT_ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for number, match in enumerate(_FENCE.finditer(text), start=1):
            indent = len(match["indent"])
            code = "".join(line[indent:] for line in match["code"].splitlines(keepends=True))
            yield Example(f"{name}#{number}", code)


EXAMPLES = list(_examples())


def test_docs_have_examples() -> None:
    assert EXAMPLES, f"no ```python blocks in the Markdown files of {PROJECT_ROOT}"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Examples may configure logging; put it back for the tests that follow."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            logger.setLevel(levels.get(name, logging.NOTSET))


class _StandIns:
    """What one example's requests to Prism get changed into (see `MADE_UP`, `NO_SUCCESS`,
    `PAGED`; `UNTESTABLE` and `NEEDED_HEADERS` skip the example); counts the pages of each
    list."""

    def __init__(self) -> None:
        self.pages: dict[tuple[str, str], int] = {}

    def before(self, request: httpx.Request) -> None:
        if _match(UNTESTABLE, request) is not None:
            pytest.skip(f"the generator left {request.method} {request.url.path} out of the tests")
        needed = _match(NEEDED_HEADERS, request)
        missing = [name for name in needed[0] if name not in request.headers] if needed else []
        if missing:
            pytest.skip(f"Prism crashes on {request.method} {request.url.path} without {missing}")
        if _match(MADE_UP, request) is not None:
            request.headers["Prefer"] = "dynamic=true"

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        status = _match(NO_SUCCESS, request)
        if status is not None and response.status_code == status[0]:
            if "sl-violations" not in response.headers:
                return httpx.Response(204, request=request)
        paged = _match(PAGED, request)
        if paged is not None and response.status_code < 300:
            key = (request.method, request.url.path)
            self.pages[key] = self.pages.get(key, 0) + 1
            if self.pages[key] > MAX_PAGES:
                body = response.json()
                _empty(body, paged[0])
                return httpx.Response(response.status_code, json=body, request=request)
        return response


def _match(table: list[Any], request: httpx.Request) -> tuple[Any, ...] | None:
    """The rest of the first row of `table` naming this request's operation, else None."""
    for method, pattern, *rest in table:
        if request.method == method and pattern.fullmatch(request.url.path):
            return tuple(rest)
    return None


def _empty(body: Any, path: list[str]) -> None:
    for key in path[:-1]:
        body = body[key]
    body[path[-1]] = []


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every request an example sends goes through a fresh `_StandIns`."""
    changes = _StandIns()

    def send(self: Any, request: httpx.Request, *args: Any, **kw: Any) -> Any:
        changes.before(request)
        response = real_send(self, request, *args, **kw)
        return response if kw.get("stream") else changes.after(request, response)

    async def async_send(self: Any, request: httpx.Request, *args: Any, **kw: Any) -> Any:
        changes.before(request)
        response = await real_async_send(self, request, *args, **kw)
        return response if kw.get("stream") else changes.after(request, response)

    real_send, real_async_send = httpx.Client.send, httpx.AsyncClient.send
    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", async_send)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_docs_example_runs(
    example: Example,
    prism_url: str,
    monkeypatch: pytest.MonkeyPatch,
    restore_logging: None,
    stand_ins: None,
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("OPENROUTER_BASE_URL", prism_url)
    code = compile(example.code, example.id, "exec")
    exec(code, {"__name__": "__main__"})
