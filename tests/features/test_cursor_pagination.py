"""Cursor pagination (`x-speakeasy-pagination` of `type: cursor`): the generated method returns
pages that follow the cursor each page names, for a model and for a union of page shapes, and
the package's own offline tests of it pass."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

CURSOR_SPEC = """
openapi: 3.1.0
info: {title: Pager, version: 1.0.0}
servers: [{url: "https://pager.example/v1"}]
paths:
  /things:
    get:
      operationId: listThings
      x-speakeasy-pagination:
        type: cursor
        inputs: [{name: cursor, in: parameters, type: cursor}]
        outputs: {nextCursor: "$.next", results: "$.data"}
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
        - {name: kind, in: query, schema: {type: string}}
      responses:
        "200":
          description: A page of things.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ThingPage"}
  /shapes:
    get:
      operationId: listShapes
      x-speakeasy-pagination:
        type: cursor
        inputs: [{name: after, in: parameters, type: cursor}]
        outputs: {nextCursor: "$.next", results: "$.data"}
      parameters:
        - {name: after, in: query, schema: {type: string}}
      responses:
        "200":
          description: A page of things in one of two shapes.
          content:
            application/json:
              schema:
                oneOf:
                  - {$ref: "#/components/schemas/ThingPage"}
                  - {$ref: "#/components/schemas/PlainPage"}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties: {id: {type: string}}
    ThingPage:
      type: object
      required: [data]
      properties:
        data: {type: array, items: {$ref: "#/components/schemas/Thing"}}
        next: {type: [string, "null"]}
    PlainPage:
      type: object
      required: [data, plain]
      properties:
        data: {type: array, items: {type: string}}
        plain: {type: boolean}
"""


@pytest.fixture(scope="module")
def pager(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    tmp = tmp_path_factory.mktemp("cursor")
    spec = tmp / "spec.yaml"
    spec.write_text(textwrap.dedent(CURSOR_SPEC), encoding="utf-8")
    return generate_package(spec, tmp / "sdk", "cursor_pager")


class Listing:
    """Five things, two a page; the cursor is "c" and the next index, none on the last page."""

    def __init__(self, param: str) -> None:
        self.param = param
        self.sent: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get(self.param)
        self.sent.append(cursor)
        start = int(cursor[1:]) if cursor else 0
        end = min(start + 2, 5)
        data = [{"id": f"t{i}"} for i in range(start, end)]
        return httpx.Response(200, json={"data": data, "next": f"c{end}" if end < 5 else None})


def _client(pkg: ModuleType, handler: Listing, aio: bool = False) -> Any:
    if aio:
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        return pkg.AsyncPager(api_key="k", http_client=http)
    return pkg.Pager(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_the_method_pages_by_cursor(pager: tuple[Build, ModuleType]) -> None:
    pkg = pager[1]
    source = Path(pkg.__file__).with_name("resources").joinpath("default.py").read_text()
    assert "CursorPagination(" in source and "OffsetPagination" not in source
    assert "-> SyncPage[models.Thing]:" in source
    listing = Listing("cursor")
    things = _client(pkg, listing).default.list_things(kind="big")
    assert [t.id for t in things] == [f"t{i}" for i in range(5)]
    assert listing.sent == [None, "c2", "c4"]


def test_pages_by_hand_and_no_total(pager: tuple[Build, ModuleType]) -> None:
    listing = Listing("cursor")
    page = _client(pager[1], listing).default.list_things()
    assert page.total_count is None
    assert [len(p.data) for p in page.iter_pages()] == [2, 2, 1]
    assert listing.sent == [None, "c2", "c4"]


def test_async_pages_by_cursor(pager: tuple[Build, ModuleType]) -> None:
    async def run() -> list[str]:
        client = _client(pager[1], Listing("cursor"), aio=True)
        first = await client.default.list_things()
        assert first.has_next_page()
        return [t.id async for t in client.default.list_things()]

    assert asyncio.run(run()) == [f"t{i}" for i in range(5)]


def test_a_union_of_page_shapes_pages_by_the_cursor_one_has(
    pager: tuple[Build, ModuleType],
) -> None:
    pkg = pager[1]
    source = Path(pkg.__file__).with_name("resources").joinpath("default.py").read_text()
    assert "-> SyncPage[models.Thing | str]:" in source
    listing = Listing("after")
    things = _client(pkg, listing).default.list_shapes()
    assert [t.id for t in things] == [f"t{i}" for i in range(5)]
    assert listing.sent == [None, "c2", "c4"]


def test_a_cursor_path_naming_no_field_is_a_plain_response(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        # the first operation's nextCursor only
        textwrap.dedent(CURSOR_SPEC).replace('nextCursor: "$.next"', 'nextCursor: "$.nope"', 1),
        encoding="utf-8",
    )
    build, pkg = generate_package(spec, tmp_path / "sdk", "cursor_plain")
    assert any("nextCursor" in str(p) for p in build.warnings)
    source = Path(pkg.__file__).with_name("resources").joinpath("default.py").read_text()
    assert "def list_things(" in source and "-> models.ThingPage:" in source


def test_the_generated_offline_tests_pass(pager: tuple[Build, ModuleType]) -> None:
    out = Path(pager[1].__file__).resolve().parents[1].parent
    tests = out / "tests" / "test_default.py"
    text = tests.read_text()
    assert 'r.url.params.get("cursor")' in text and '[None, "2"]' in text
    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


INT_CURSOR_SPEC = """
openapi: 3.1.0
info: {title: Pager, version: 1.0.0}
servers: [{url: "https://pager.example/v1"}]
paths:
  /things:
    get:
      operationId: listThings
      x-speakeasy-pagination:
        type: cursor
        inputs: [{name: after, in: parameters, type: cursor}]
        outputs: {nextCursor: "$.next", results: "$.data"}
      parameters: [{name: after, in: query, schema: {type: integer}}]
      responses:
        "200":
          description: A page of things; no next cursor is null.
          content:
            application/json: {schema: {$ref: "#/components/schemas/ThingPage"}}
  /events:
    get:
      operationId: listEvents
      x-speakeasy-pagination:
        type: cursor
        inputs: [{name: since, in: parameters, type: cursor}]
        outputs: {nextCursor: "$.next", results: "$.data"}
      parameters: [{name: since, in: query, schema: {type: integer, format: int64}}]
      responses:
        "200":
          description: A page of events; next is always there, the last page repeats its own.
          content:
            application/json: {schema: {$ref: "#/components/schemas/EventPage"}}
components:
  schemas:
    ThingPage:
      type: object
      required: [data]
      properties:
        data: {type: array, items: {type: object, properties: {id: {type: string}}}}
        next: {type: [integer, "null"]}
    EventPage:
      type: object
      required: [data, next]
      properties:
        data: {type: array, items: {type: string}}
        next: {type: integer, minimum: 0}
"""


@pytest.fixture(scope="module")
def int_pager(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path]:
    tmp = tmp_path_factory.mktemp("int_cursor")
    spec = tmp / "spec.yaml"
    spec.write_text(textwrap.dedent(INT_CURSOR_SPEC), encoding="utf-8")
    return (*generate_package(spec, tmp / "sdk", "int_pager"), tmp / "sdk")


def test_an_integer_cursor_goes_back_as_the_number_the_page_named(
    int_pager: tuple[Build, ModuleType, Path],
) -> None:
    """The page's `next` (an int) is sent as the next request's `since`; the last page
    repeating the cursor just sent ends the list."""
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("since")
        sent.append(cursor)
        start = int(cursor) if cursor is not None else 0
        end = min(start + 2, 5)
        following = end if end < 5 else start
        return httpx.Response(200, json={"data": ["e"] * (end - start), "next": following})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = int_pager[1].Pager(api_key="k", http_client=http, retries=None)
    page = client.default.list_events()
    assert type(page.response.json()["next"]) is int
    assert len(list(client.default.list_events(since=1))) == 4
    assert sent == [None, "1", "3"]


def test_the_generated_tests_serve_integer_cursors(
    int_pager: tuple[Build, ModuleType, Path],
) -> None:
    out = int_pager[2]
    examples = (out / "tests" / "examples_default.py").read_text()
    assert examples.count("int_cursors=True") == 2
    assert examples.count("repeat_last=True") == 1  # only the cursor that cannot be null
    assert mypy_report(out) == ""
    assert pyflakes_report(out) == ""
    tests = run_generated_suite(out, out.parent / "spec.yaml")
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert "passed" in tests.stdout and "failed" not in tests.stdout
