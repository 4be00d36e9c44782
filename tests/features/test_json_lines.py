"""Streams of JSON values (`application/x-ndjson`, `application/jsonl`, `application/json-seq`):
a method returning `Stream[Item]` / `AsyncStream[Item]` that validates each line as it arrives,
like the server-sent event streams of `test_features.py`."""

from __future__ import annotations

import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

LINES_SPEC = """
openapi: 3.0.3
info: {title: Lines, version: 1.0.0}
servers: [{url: "https://lines.example"}]
paths:
  /export:
    get:
      operationId: export
      tags: [data]
      responses:
        "200":
          description: one row per line
          content:
            application/x-ndjson:
              schema: {$ref: '#/components/schemas/Row'}
  /seq:
    get:
      operationId: seq
      tags: [data]
      responses:
        "200":
          description: RFC 7464 records
          content:
            application/json-seq:
              schema: {type: integer}
  /search:
    post:
      operationId: search
      tags: [data]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {q: {type: string}, stream: {type: boolean}}
      responses:
        "200":
          description: all rows, or one per line
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Row'}}
            application/jsonl:
              schema: {$ref: '#/components/schemas/Row'}
components:
  schemas:
    Row:
      type: object
      required: [n]
      properties: {n: {type: integer}, name: {type: string}}
"""


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in the given chunks (records split across them), recording whether it was
    closed and how many chunks were read: a stream must not read ahead of its consumer."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.read = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture(scope="module")
def lines_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build, ModuleType]:
    root = tmp_path_factory.mktemp("lines")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(LINES_SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "lines_feature")
    return root, build, pkg


@pytest.fixture(scope="module")
def lines(lines_build: tuple[Path, Build, ModuleType]) -> ModuleType:
    return lines_build[2]


def _client(pkg: ModuleType, body: _Body, media: str, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": media}, stream=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Lines(api_key="sk-secret", http_client=http, retries=None)


def _async_client(pkg: ModuleType, body: _Body, media: str) -> Any:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Type": media}, stream=body)
    )
    return pkg.AsyncLines(api_key="sk-secret", http_client=httpx.AsyncClient(transport=transport))


def test_ndjson_lines_are_typed_items_split_across_chunks(lines: ModuleType) -> None:
    body = _Body(b'{"n": 1, "name": "a"}\n\n{"n"', b": 2}\r\n", b"\n", b'{"n": 3}')
    seen: list[httpx.Request] = []
    with _client(lines, body, "application/x-ndjson", seen).data.export() as stream:
        rows = list(stream)
    assert [(type(r).__name__, r.n) for r in rows] == [("Row", 1), ("Row", 2), ("Row", 3)]
    assert rows[0].name == "a"
    assert seen[-1].headers["Accept"] == "application/x-ndjson, application/json"
    assert body.closed


def test_json_text_sequence_records_start_with_rs(lines: ModuleType) -> None:
    body = _Body(b"\x1e1\n\x1e", b"22\n", b"\x1e\n\x1e3\n")
    assert list(_client(lines, body, "application/json-seq", []).data.seq()) == [1, 22, 3]
    assert body.closed


def test_values_are_read_as_they_are_iterated(lines: ModuleType) -> None:
    """Streaming, not reading the whole body first: closing early reads no further."""
    body = _Body(b'{"n": 1}\n', b'{"n": 2}\n', b'{"n": 3}\n')
    stream = _client(lines, body, "application/x-ndjson", []).data.export()
    assert next(iter(stream)).n == 1
    assert body.read == 1
    stream.close()
    assert body.closed and body.read == 1


def test_a_malformed_line_is_a_validation_error_without_its_content(lines: ModuleType) -> None:
    body = _Body(b'{"n": 1}\n{"token": "sk-leaked", \n{"n": 3}\n')
    stream = _client(lines, body, "application/x-ndjson", []).data.export()
    iterator = iter(stream)
    assert next(iterator).n == 1  # values before the bad line still arrive
    with pytest.raises(lines.errors.ResponseValidationError) as caught:
        next(iterator)
    message = str(caught.value)
    assert "GET /export sent record 2" in message
    assert "sk-leaked" not in message and "sk-secret" not in message
    assert body.closed
    wrong_type = _Body(b'{"n": "many"}\n')
    with pytest.raises(lines.errors.ResponseValidationError, match=r"record 1 .*Row: n"):
        list(_client(lines, wrong_type, "application/x-ndjson", []).data.export())


def test_the_json_twin_and_the_stream_method_set_the_stream_switch(lines: ModuleType) -> None:
    """As for server-sent events: with JSON and JSON lines offered, the method keeps the JSON
    and `<name>_stream` returns the lines, each setting the boolean `stream` field."""
    seen: list[httpx.Request] = []
    body = _Body(b'{"n": 7}\n')
    client = _client(lines, body, "application/jsonl", seen)
    assert [r.n for r in client.data.search_stream(q="x")] == [7]
    assert seen[-1].read() == b'{"q":"x","stream":true}'
    assert seen[-1].headers["Accept"] == "application/jsonl, application/json"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[{"n": 1}]))
    plain = lines.Lines(api_key="k", http_client=httpx.Client(transport=transport))
    assert [r.n for r in plain.data.search(q="x")] == [1]


async def test_async_streams(lines: ModuleType) -> None:
    body = _Body(b'{"n": 1}\n\n', b'{"n": 2}\n')
    stream = await _async_client(lines, body, "application/x-ndjson").data.export()
    async with stream:
        assert [row.n async for row in stream] == [1, 2]
    assert body.closed
    seq = _Body(b"\x1e5\n\x1e6\n")
    assert [v async for v in await _async_client(lines, seq, "application/json-seq").data.seq()]
    assert seq.closed


async def test_async_early_close_and_malformed_line(lines: ModuleType) -> None:
    body = _Body(b'{"n": 1}\n', b'{"n": 2}\n')
    stream = await _async_client(lines, body, "application/x-ndjson").data.export()
    assert (await stream.__anext__()).n == 1
    await stream.close()
    assert body.closed and body.read == 1
    bad = _Body(b"not json\n")
    stream = await _async_client(lines, bad, "application/x-ndjson").data.export()
    with pytest.raises(lines.errors.ResponseValidationError, match="record 1"):
        await stream.__anext__()
    assert bad.closed


def test_nothing_is_warned_and_the_docs_name_the_stream(
    lines_build: tuple[Path, Build, ModuleType],
) -> None:
    root, build, _ = lines_build
    assert [w.message for w in build.warnings] == []
    page = (root / "sdk/docs/sdks/data/README.md").read_text(encoding="utf-8")
    assert "`Stream[Row]`: one row per line. Iterating over it" in page
    assert "one int per JSON text sequence record" in page
    api = (root / "sdk/docs/api.md").read_text(encoding="utf-8")
    assert "client.data.export() -> Stream[Row]" in api


@pytest.mark.slow
def test_the_package_type_checks_and_its_own_tests_stream_offline(
    lines_build: tuple[Path, Build, ModuleType],
) -> None:
    """mypy --strict on the package and its tests; its offline tests answer each stream with
    MockTransport (Prism serves no JSON lines, so the contract tests leave them out)."""
    root, _, _ = lines_build
    out = root / "sdk"
    assert pyflakes_report(out) == ""
    assert mypy_report(out) == ""
    offline = (out / "tests/test_data.py").read_text(encoding="utf-8")
    assert 'content_type="application/json-seq"' in offline
    result = run_generated_suite(out, root / "spec.yaml")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
