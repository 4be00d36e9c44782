"""What the generated contract and docs-example tests expect of Prism, read off the spec's shape:
operations without a success response, a documented `default`, tagged unions, paginated lists."""

from __future__ import annotations

from collections.abc import Callable

from generator import views_tests
from generator.model import Api
from generator.render import render

SPEC = """
openapi: 3.0.3
info: {title: Shapes, version: "1"}
servers: [{url: "https://shapes.example"}]
paths:
  /orders/{order_id}:
    delete:
      operationId: deleteOrder
      parameters:
        - {name: order_id, in: path, required: true, schema: {type: integer}}
      responses:
        "404": {description: not found}
        "400": {description: bad id}
  /users:
    post:
      operationId: createUser
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
              discriminator:
                propertyName: kind
                mapping: {the-cat: "#/components/schemas/Cat", the-dog: "#/components/schemas/Dog"}
      responses:
        default: {description: anything}
    get:
      operationId: listUsers
      x-speakeasy-pagination:
        type: offsetLimit
        inputs:
          - {in: parameters, name: offset, type: offset}
          - {in: parameters, name: limit, type: limit}
        outputs: {results: $.data}
      parameters:
        - {name: offset, in: query, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: a page
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: {type: array, items: {$ref: "#/components/schemas/Cat"}}
components:
  schemas:
    Cat:
      type: object
      required: [kind, name]
      properties: {kind: {type: string}, name: {type: string}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, barks: {type: boolean}}
"""


def _methods(api: Api) -> dict[str, views_tests.cases.MethodTests]:
    suites = views_tests.tests_context(api)["tests_by_resource"].values()
    return {t.name: t for suite in suites for t in suite.methods}


def test_no_success_response_expects_the_lowest_documented_one(
    api_from: Callable[..., Api],
) -> None:
    methods = _methods(api_from(SPEC))
    answer = methods["delete_order"].prism_answer
    assert answer is not None
    # the lowest code, as Prism picks (it reads `responses` as a JS object: integer keys sort)
    assert (answer.status, answer.prism_headers) == (400, ())
    assert methods["list_users"].prism_answer is None
    assert methods["create_user"].prism_answer is None  # `default` is Prism's success answer


def test_a_documented_default_answers_the_status_asked_for(api_from: Callable[..., Api]) -> None:
    t = _methods(api_from(SPEC))["create_user"]
    assert t.prism_default is not None
    assert t.prism_default.status == int(t.prism_default.label)


def test_a_tagged_union_gets_its_members_tag(api_from: Callable[..., Api]) -> None:
    t = _methods(api_from(SPEC))["create_user"]
    # a Cat value would fit Dog too (Dog admits other properties), which a server checking
    # `oneOf` rejects; a Dog value lacks Cat's `name`, so it fits Dog alone
    assert dict(t.minimal.args)["body"] == {"kind": "the-dog"}


def test_docs_harness_knows_the_operations_prism_cannot_answer(
    api_from: Callable[..., Api],
) -> None:
    api = api_from(SPEC)
    context = views_tests.tests_context(api)
    assert context["no_success_operations"] == (("DELETE", "/orders/[^/]+", 400),)
    assert context["paged_operations"] == (("GET", "/users", ["data"]),)
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/")}
    harness = files["tests/test_docs_examples.py"]
    compile(harness, "test_docs_examples.py", "exec")
    assert "MAX_PAGES = 3" in harness
    contract = next(text for path, text in files.items() if "test_contract_" in path)
    assert '"sl-violations" not in caught.value.raw_response.headers' in contract


BROKEN_DEFAULT = """
openapi: 3.0.3
info: {title: Portal, version: "1"}
servers: [{url: "https://portal.example"}]
security: [{token: []}]
paths:
  /browser:
    get:
      operationId: browse
      responses:
        default:
          description: Success
          content:
            application/json:
              schema: {type: object}
              example: "/assets/examples/browse.json#responseBody"
components:
  securitySchemes:
    token: {type: apiKey, in: header, name: X-Token}
"""


def test_a_default_whose_example_breaks_its_schema_is_asked_to_be_made_up(
    api_from: Callable[..., Api],
) -> None:
    """xtrf.eu: Prism answers errors from the `default` that describes the successes, with its
    example as written; a made-up one is asked for, except without credentials, where Prism
    sends the example whatever the request asks (500): that call is left out, warned."""
    api = api_from(BROKEN_DEFAULT)
    t = _methods(api)["browse"]
    assert t.prism_default is not None
    assert ("Prefer", f"code={t.prism_default.status}, dynamic=true") in (
        t.prism_default.prism_headers
    )
    assert t.auth is None
    _, left_out = views_tests.tests_context_and_warnings(api)
    assert any("without credentials" in message for _, message in left_out)


SWITCHING = """
openapi: 3.0.3
info: {title: Engine, version: "1"}
servers: [{url: "https://engine.example"}]
paths:
  /session:
    post:
      operationId: session
      responses:
        "400": {description: bad parameter}
        "101": {description: hijacking successful}
"""


def test_an_informational_status_prism_answers_first_leaves_the_calls_out(
    api_from: Callable[..., Api],
) -> None:
    """docker.com engine: Prism answers the lowest documented status, the 101, which no HTTP
    client reads as a final response."""
    api = api_from(SWITCHING)
    assert _methods(api)["session"].prism_answers is False
    _, left_out = views_tests.tests_context_and_warnings(api)
    assert any(pointer.endswith("/responses/101") for pointer, _ in left_out)
