"""Text responses whose schema describes no string (ebay.com sell-marketing: a report answered
as `text/tab-separated-values`, typed `{type: object}`). The runtime parsed any type but `str`
as JSON, so every call failed on the report's text; the body is now returned as `str`, with a
warning at the schema. Prism cannot serialise an object or array as text and checks a text
example against the schema (500 either way), so the contract tests leave such calls out (warned);
a JSON twin keeps its tests."""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path
from typing import Any

import httpx

from .conftest import generate_package, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Reports, version: 1.0.0}
servers: [{url: "https://reports.example"}]
paths:
  /report:
    get:
      operationId: getReport
      responses:
        "200":
          description: the report
          content:
            text/tab-separated-values:
              schema: {type: object}
  /rows:
    get:
      operationId: getRows
      responses:
        "200":
          description: the rows, with an example Prism finds breaking the schema
          content:
            text/csv:
              schema: {type: array, items: {type: string}}
              example: "a,b\n1,2\n"
  /count:
    get:
      operationId: getCount
      responses:
        "200":
          description: a count, as text
          content:
            text/plain:
              schema: {type: integer}
              example: "42"
  /both:
    get:
      operationId: getBoth
      responses:
        "200":
          description: JSON first, the CSV twin needs no warning
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}, example: {n: 1}}
            text/csv:
              schema: {type: object}
"""


def test_a_text_body_is_returned_as_text_whatever_its_schema(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    out = tmp_path / "sdk"
    build, pkg = generate_package(spec, out, "text_responses")
    unparsed = sorted(w.pointer for w in build.warnings if "are text, not JSON" in w.message)
    assert unparsed == [
        "#/paths/~1count/get/responses/200/content/text~1plain/schema",
        "#/paths/~1report/get/responses/200/content/text~1tab-separated-values/schema",
        "#/paths/~1rows/get/responses/200/content/text~1csv/schema",
    ]
    unanswered = sorted(w.pointer for w in build.warnings if "Prism cannot answer" in w.message)
    assert unanswered == [pointer.removesuffix("/schema") for pointer in unparsed]

    def handler(request: httpx.Request) -> httpx.Response:
        text = {"/report": "id\tclicks\n7\t3\n", "/rows": "a,b\n", "/count": "42"}
        return httpx.Response(200, text=text[request.url.path], headers={"Content-Type": "text/x"})

    client: Any = pkg.Reports(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.default.get_report() == "id\tclicks\n7\t3\n"
    assert client.default.get_rows() == "a,b\n"
    assert client.default.get_count() == "42"
    for method in (client.default.get_report, client.default.get_count):
        assert inspect.signature(method).return_annotation == "str"
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "def test_method_get_report" not in contract and "def test_method_get_both" in contract
    assert pyflakes_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
