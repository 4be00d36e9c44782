"""An error response documented only as JSON records (`application/x-ndjson`,
`application/json-seq`): the schema describes one record, as a success stream's does, and the
exception's `data` is the list of every record (`list[Problem]`), or None when one does not
fit; never the first record alone, which would drop the others silently."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.model import ArrayOf, ModelRef
from generator.normalize import normalize
from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

SPEC = """
openapi: 3.1.0
info: {title: Batch, version: 1.0.0}
servers: [{url: "https://batch.example"}]
paths:
  /jobs:
    post:
      operationId: runJobs
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {type: object, properties: {ok: {type: boolean}}}}
        "400":
          description: one problem per rejected job, as JSON lines
          content:
            application/x-ndjson:
              schema: {$ref: "#/components/schemas/Problem"}
              example: "{\\"job\\": 1, \\"message\\": \\"bad\\"}\\n{\\"job\\": 2}\\n"
        "409":
          description: a JSON text sequence
          content:
            application/json-seq:
              schema: {$ref: "#/components/schemas/Problem"}
        "422":
          description: one JSON document beside the records, which the SDK reads
          content:
            application/x-ndjson:
              schema: {$ref: "#/components/schemas/Problem"}
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
components:
  schemas:
    Problem:
      type: object
      required: [job]
      properties: {job: {type: integer}, message: {type: string}}
"""

NDJSON = {"Content-Type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def batch_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build, ModuleType]:
    root = tmp_path_factory.mktemp("error_records")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "batch_errors")
    return root, build, pkg


def _raised(pkg: ModuleType, status: int, content: bytes, headers: dict[str, str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=content)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = pkg.Batch(api_key="k", http_client=http, retries=None)
    with pytest.raises(pkg.errors.APIStatusError) as caught:
        client.default.run_jobs()
    return caught.value


def test_the_error_type_is_the_list_of_records() -> None:
    import yaml

    data = yaml.safe_load(textwrap.dedent(SPEC))
    api, _ = normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    by_status = {e.status: e for e in api.operations[0].errors}
    assert by_status["400"].type == ArrayOf(ModelRef("Problem"))
    assert by_status["400"].example == [{"job": 1, "message": "bad"}, {"job": 2}]
    assert by_status["422"].type == ModelRef("Problem")  # the JSON document wins
    classes = {e.class_name: e for e in api.error_classes}
    assert classes["ProblemError"].sequence_media == "application/x-ndjson"
    assert classes["ProblemError2"].sequence_media == "application/json-seq"
    assert classes["ProblemError3"].sequence_media == ""  # one type per class, and one reading


def test_json_lines_error_data_lists_every_record(
    batch_build: tuple[Path, Build, ModuleType],
) -> None:
    pkg = batch_build[2]
    body = b'{"job": 1, "message": "bad"}\r\n\n{"job": 2}\n'
    error = _raised(pkg, 400, body, NDJSON)
    assert type(error) is pkg.errors.ProblemError
    assert [type(p) for p in error.data] == [pkg.models.Problem] * 2
    assert [p.job for p in error.data] == [1, 2]
    assert error.body == body.decode()


def test_a_json_text_sequence_error_splits_at_rs(
    batch_build: tuple[Path, Build, ModuleType],
) -> None:
    pkg = batch_build[2]
    seq = {"Content-Type": "application/json-seq"}
    error = _raised(pkg, 409, b'\x1e{"job": 7}\n\x1e{"job": 8, "message": "x"}\n', seq)
    assert type(error) is pkg.errors.ProblemError2
    assert [p.job for p in error.data] == [7, 8]


def test_a_record_that_does_not_fit_leaves_data_none(
    batch_build: tuple[Path, Build, ModuleType],
) -> None:
    """All or nothing: a partial list would look complete."""
    pkg = batch_build[2]
    for body in (b'{"job": 1}\n{"job": "secret-text"}\n', b'{"job": 1}\n<html>\n'):
        error = _raised(pkg, 400, body, NDJSON)
        assert type(error) is pkg.errors.ProblemError and error.data is None
    assert _raised(pkg, 400, b"\n\n", NDJSON).data == []  # no record at all


def test_the_docs_show_the_list_and_say_how_it_is_read(
    batch_build: tuple[Path, Build, ModuleType],
) -> None:
    root = batch_build[0]
    index = (root / "sdk/docs/index.md").read_text(encoding="utf-8")
    assert (
        "| `errors.ProblemError` | 400 | list[[Problem](problem.md)] | Documented as"
        " `application/x-ndjson`: `data` lists every record."
    ) in index
    errors = (root / "sdk/src/batch_errors/errors.py").read_text(encoding="utf-8")
    assert "data: list[models.Problem] | None" in errors


@pytest.mark.slow
def test_the_package_type_checks_and_its_own_tests_pass(
    batch_build: tuple[Path, Build, ModuleType],
) -> None:
    """Its offline tests answer each error with its records (Prism serves none: left out)."""
    root = batch_build[0]
    out = root / "sdk"
    assert pyflakes_report(out) == ""
    assert mypy_report(out) == ""
    offline = (out / "tests/examples_default.py").read_text(encoding="utf-8")
    assert 'content_type="application/json-seq"' in offline
    result = run_generated_suite(out, root / "spec.yaml")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
