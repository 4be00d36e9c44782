"""Segments holding two path parameters (tomtom.com search: `/{heading}.{ext}`,
`/reverseGeocode/{position}.{ext}`). The SDK sends each value as the style table says; Prism
reads the first parameter up to the first occurrence of the text after it (`-15.6.xml`: heading
`-15`, ext `6.xml`) and rejects the request, so the contract tests (and the docs examples run
against Prism) leave out the operations whose test values hold that text, warned at the
parameter; the others keep their contract tests."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import httpx

from generator.views_tests.prism_paths import prism_reads_path

from .conftest import generate_package, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Spots, version: 1.0.0}
servers: [{url: "https://spots.example"}]
paths:
  /near/{heading}.{ext}:
    get:
      operationId: getNear
      parameters:
        - {name: heading, in: path, required: true, example: -15.6, schema: {type: number}}
        - {name: ext, in: path, required: true, schema: {type: string, enum: [json, xml]}}
      responses:
        "200":
          description: the spots
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}, example: {count: 2}}
  /at/{position}.json:
    get:
      operationId: getAt
      description: the text after the parameter ends the path, so Prism reads it whole
      parameters:
        - {name: position, in: path, required: true, example: "1.5,2.5", schema: {type: string}}
      responses:
        "200":
          description: the spot
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}, example: {count: 1}}
  /by/{id}.{ext}:
    get:
      operationId: getBy
      parameters:
        - {name: id, in: path, required: true, example: "s7", schema: {type: string}}
        - {name: ext, in: path, required: true, schema: {type: string, enum: [json, xml]}}
      responses:
        "200":
          description: the spot
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}, example: {count: 1}}
"""


def test_prism_reads_the_first_parameter_up_to_the_text_after_it() -> None:
    sent = {"h": "-15.6", "e": "xml"}
    assert prism_reads_path("/a/{h}.{e}", sent) == {"h": "-15", "e": "6.xml"}
    assert prism_reads_path("/a/{h}.json", {"h": "1.5"}) == {"h": "1.5"}
    assert prism_reads_path("/a/{h}/{e}", sent) == sent
    assert prism_reads_path("/a/{h}-{e}", {"h": "x%2Dy", "e": "z"}) == {"h": "x%2Dy", "e": "z"}


def test_only_the_calls_prism_misreads_are_left_out(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    out = tmp_path / "sdk"
    build, pkg = generate_package(spec, out, "prism_paths")
    misread = [w for w in build.warnings if "Prism ends the parameter" in w.message]
    assert [w.pointer for w in misread] == ["#/paths/~1near~1{heading}.{ext}/get/parameters/0"]
    assert "'-15.6'" in misread[0].message and "'-15'" in misread[0].message
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "get_at" in contract and "get_by" in contract and "get_near" not in contract
    assert pyflakes_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 3})

    client: Any = pkg.Spots(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.default.get_near(heading=-15.6, ext="xml").count == 3
    assert seen[0].url.raw_path == b"/near/-15.6.xml"  # the server splits it as it knows how
