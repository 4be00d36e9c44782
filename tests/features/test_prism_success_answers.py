"""What Prism answers a success with (whatsapp.local). Unasked, it answers the lowest documented
2xx: where that is a 201 without content before the 202 the method parses, the contract tests
ask for the 202 (`Prefer: code=202`). It answers the spec's example as written and checks it as
JSON Schema: an example holding a value two members of a `oneOf` accept makes it answer 500, so
the contract tests leave those calls out (warned at the response). It writes a body for a 204
too, from the content documented there, which the SDK ignores: where its static body would
break that schema, it is asked to make one up."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .conftest import generate_package, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Accounts, version: 1.0.0}
servers: [{url: "https://accounts.example"}]
paths:
  /account:
    post:
      operationId: requestCode
      responses:
        "201": {description: the account exists already}
        "202":
          description: a code is on its way
          content:
            application/json:
              schema:
                type: object
                required: [vname]
                properties: {vname: {type: string}}
                example: {vname: abc}
  /providers:
    get:
      operationId: getProviders
      responses:
        "200":
          description: the providers
          content:
            application/json:
              schema:
                type: object
                properties:
                  config:
                    oneOf:
                      - {type: object, properties: {bearer: {type: string}}}
                      - {type: object, properties: {basic: {type: string}}}
              example: {config: {bearer: token}}
  /images/{id}:
    put:
      operationId: updateImage
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "204":
          description: >-
            shipengine.com documents its 204s' "content" as a string of maxLength 0, which
            Prism's static body writes as "string" (its JavaScript reads 0 as no bound)
          content:
            application/json:
              schema: {$ref: "#/components/schemas/empty"}
components:
  schemas:
    empty: {type: string, minLength: 0, maxLength: 0}
"""


def test_prism_is_asked_for_the_success_checked_and_spared_ambiguous_examples(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    out = tmp_path / "sdk"
    build, _ = generate_package(spec, out, "prism_success")
    ambiguous = [w.pointer for w in build.warnings if "fits 2 members" in w.message]
    assert ambiguous == ["#/paths/~1providers/get/responses/200"]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "'Prefer': 'code=202'" in contract or '"Prefer": "code=202"' in contract
    assert "def test_method_get_providers" not in contract
    # the body of a 204, which the method ignores: Prism is asked to make it up validly
    update = contract.split("def test_method_update_image(")[1].split("def ")[0]
    assert "dynamic=true" in update
    assert pyflakes_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
