"""Generated clients for small specs that cannot share `feature_spec.yaml`: other auth schemes,
and inputs that must be refused."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.diagnostics import GeneratorError
from generator.pipeline import Options, build

from .conftest import generate_package, pyflakes_report

HEADER_KEY_SPEC = """
openapi: 3.0.3
info: {title: Header Key, version: 1.0.0}
servers: [{url: "https://hk.example"}]
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [pong, note]
                properties:
                  pong: {type: boolean}
                  note: {type: string, nullable: true}
"""


def _write(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(text), encoding="utf-8")
    return spec


def test_api_key_in_header(tmp_path: Path) -> None:
    _, pkg = generate_package(_write(tmp_path, HEADER_KEY_SPEC), tmp_path / "sdk", "hk_feature")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"pong": True, "note": None})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client: Any = pkg.HeaderKey(api_key=lambda: "rotated", http_client=http)
    result = client.default.ping()
    assert result.pong is True and result.note is None  # OpenAPI 3.0 `nullable`
    assert seen[-1].headers["X-Api-Key"] == "rotated"
    assert "Authorization" not in seen[-1].headers
    fixed: Any = pkg.HeaderKey(api_key="k1", http_client=http)
    fixed.default.ping()
    assert seen[-1].headers["X-Api-Key"] == "k1"


def test_http_basic(tmp_path: Path) -> None:
    spec = HEADER_KEY_SPEC.replace(
        "key: {type: apiKey, in: header, name: X-Api-Key}", "key: {type: http, scheme: basic}"
    )
    _, pkg = generate_package(_write(tmp_path, spec), tmp_path / "sdk", "basic_feature")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"pong": True, "note": "n"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client: Any = pkg.HeaderKey(api_key="user:pa55", http_client=http)
    client.default.ping()
    assert seen[-1].headers["Authorization"] == "Basic dXNlcjpwYTU1"


COLLIDING_SPEC = """
openapi: 3.1.0
info: {title: Clash, version: 1.0.0}
paths: {}
components:
  schemas:
    foo_bar: {type: object, properties: {a: {type: string}}}
    FooBar: {type: object, properties: {b: {type: string}}}
"""


def test_schema_names_colliding_after_casing_are_an_error(tmp_path: Path) -> None:
    spec = _write(tmp_path, COLLIDING_SPEC)
    with pytest.raises(GeneratorError) as caught:
        build(spec, Options(cache_dir=tmp_path / "cache"))
    [problem] = caught.value.problems
    assert problem.severity == "error"
    assert problem.pointer == "#/components/schemas/foo_bar"
    assert problem.line == 7
    assert "'FooBar'" in problem.message and "rename" in problem.message


PATH_ITEM_REF_SPEC = """
openapi: 3.1.0
info: {title: Shared Items, version: 1.0.0}
servers: [{url: "https://si.example"}]
paths:
  /things/{id}:
    $ref: "#/components/pathItems/Thing"
    summary: a summary beside the $ref is fine
components:
  pathItems:
    Thing:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      get:
        operationId: getThing
        tags: [things]
        responses:
          "200":
            description: ok
            content:
              application/json:
                schema: {type: object, properties: {id: {type: string}}}
"""


def test_a_path_item_ref_is_generated_not_dropped(tmp_path: Path) -> None:
    """OpenAPI 3.1's `components/pathItems`: the operation is generated, its parameters come
    from the referenced item, and its problems point into it."""
    build_, pkg = generate_package(_write(tmp_path, PATH_ITEM_REF_SPEC), tmp_path / "sdk", "si")
    (op,) = build_.api.operations
    assert op.pointer == "#/components/pathItems/Thing/get"
    assert [p.name for p in op.parameters] == ["id"]
    assert build_.warnings == []
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "a b"})

    client: Any = pkg.SharedItems(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.things.get_thing(id="a b").id == "a b"
    assert seen[-1].url.raw_path == b"/things/a%20b"


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("other.yaml#/Thing", "only local references"),
        ("#/components/pathItems/Nope", "points at nothing"),
    ],
)
def test_a_path_item_ref_that_cannot_be_followed_is_an_error(
    tmp_path: Path, ref: str, message: str
) -> None:
    spec = _write(tmp_path, PATH_ITEM_REF_SPEC.replace("#/components/pathItems/Thing", ref))
    with pytest.raises(GeneratorError) as caught:
        build(spec, Options(cache_dir=tmp_path / "cache", lenient=True))
    problems = [p for p in caught.value.problems if p.severity == "error"]
    assert [p.pointer for p in problems] == ["#/paths/~1things~1{id}/$ref"]
    assert message in problems[0].message and problems[0].line == 7


NO_CONTENT_SPEC = """
openapi: 3.0.3
info: {title: Maybe Empty, version: 1.0.0}
servers: [{url: "https://me.example"}]
paths:
  /things:
    delete:
      operationId: purge
      tags: [things]
      responses:
        "204": {description: nothing was left}
        "200":
          description: what was purged
          content:
            application/json:
              schema: {type: object, properties: {purged: {type: integer}}}
        "202":
          description: too much to purge at once; a job does it
          content:
            application/json:
              schema: {type: object, required: [job], properties: {job: {type: string}}}
"""


def test_each_success_status_is_parsed_as_its_own_body(tmp_path: Path) -> None:
    """`200` with one body, `202` with another and `204` without (a DELETE that may purge
    now, later or not at all): each status is parsed as its own type, whatever order the spec
    lists them in. A 204 was a ResponseValidationError and a 202 was validated as the 200."""
    build_, pkg = generate_package(_write(tmp_path, NO_CONTENT_SPEC), tmp_path / "sdk", "me")
    (op,) = build_.api.operations
    assert op.response is not None and op.response.status == "200"
    assert [(status, t is None) for status, t in op.status_bodies] == [(202, False), (204, True)]
    answers = iter(
        [
            httpx.Response(204),
            httpx.Response(200, json={"purged": 3}),
            httpx.Response(202, json={"job": "j1"}),
        ]
    )
    transport = httpx.MockTransport(lambda request: next(answers))
    client: Any = pkg.MaybeEmpty(api_key="k", http_client=httpx.Client(transport=transport))
    assert client.things.purge() is None
    assert client.things.purge().purged == 3
    job = client.things.purge()
    assert type(job).__name__ == "Purge202Response" and job.job == "j1"
    source = (tmp_path / "sdk" / "src" / "me" / "resources" / "things.py").read_text()
    assert "-> models.PurgeResponse | models.Purge202Response | None:" in source


DEFAULT_ONLY_SPEC = """
openapi: 3.0.3
info: {title: Default Only, version: 1.0.0}
servers: [{url: "https://do.example"}]
paths:
  /thing:
    get:
      operationId: getThing
      tags: [things]
      responses:
        default:
          description: the thing, or what went wrong
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
"""


def test_a_default_response_without_any_2xx_describes_the_successes(tmp_path: Path) -> None:
    """OpenAPI's `default` covers every status not listed, successes included (654 operations
    of APIs.guru's directory list no 2xx): the method returned None and dropped the body."""
    _, pkg = generate_package(_write(tmp_path, DEFAULT_ONLY_SPEC), tmp_path / "sdk", "do")
    answers = iter([httpx.Response(200, json={"name": "n"}), httpx.Response(404, json={})])
    transport = httpx.MockTransport(lambda request: next(answers))
    client: Any = pkg.DefaultOnly(api_key="k", http_client=httpx.Client(transport=transport))
    assert client.things.get_thing().name == "n"
    with pytest.raises(pkg.errors.APIStatusError) as caught:
        client.things.get_thing()
    assert caught.value.status_code == 404


JSON_RELATIVES_SPEC = """
openapi: 3.0.3
info: {title: Json Relatives, version: 1.0.0}
servers: [{url: "https://jr.example"}]
paths:
  /things/{id}:
    patch:
      operationId: patchThing
      tags: [things]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          application/merge-patch+json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        "200":
          description: ok
          content:
            application/vnd.api+json:
              schema: {type: object, properties: {name: {type: string}}}
  /both:
    post:
      operationId: postBoth
      tags: [things]
      requestBody:
        content:
          application/json-patch+json: {schema: {type: array, items: {type: object}}}
          application/json: {schema: {type: array, items: {type: object}}}
      responses:
        "204": {description: ok}
"""


def test_json_media_types_other_than_application_json_are_sent_and_asked_for(
    tmp_path: Path,
) -> None:
    """A JSON:API server answers 415 to a body sent as `application/json` and 406 to an Accept
    without `application/vnd.api+json`; Kubernetes wants `application/merge-patch+json`. Plain
    `application/json` is picked when the spec offers it beside a relative."""
    _, pkg = generate_package(_write(tmp_path, JSON_RELATIVES_SPEC), tmp_path / "sdk", "jr")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(204)
        return httpx.Response(
            200, json={"name": "n"}, headers={"Content-Type": "application/vnd.api+json"}
        )

    client: Any = pkg.JsonRelatives(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.things.patch_thing(id="1", name="n").name == "n"
    assert seen[-1].headers["Content-Type"] == "application/merge-patch+json"
    assert seen[-1].headers["Accept"] == "application/vnd.api+json, application/json"
    client.things.post_both(body=[{}])
    assert seen[-1].headers["Content-Type"] == "application/json"


PLAIN_ERRORS_SPEC = """
openapi: 3.0.3
info: {title: Plain Errors, version: 1.0.0}
servers: [{url: "https://pe.example"}]
paths:
  /ping:
    get:
      operationId: ping
      tags: [health]
      responses:
        "204": {description: pong}
        "503":
          description: down
          content:
            text/plain:
              schema: {type: string}
"""


def test_modules_import_only_what_they_use(tmp_path: Path) -> None:
    """errors.py imported `models` though no error body is a model, and a contract test
    module imported `errors` though it expects no exception (APIs.guru sweep, pyflakes)."""
    generate_package(_write(tmp_path, PLAIN_ERRORS_SPEC), tmp_path / "sdk", "pe")
    assert pyflakes_report(tmp_path / "sdk") == ""
    assert "from . import models" not in (tmp_path / "sdk/src/pe/errors.py").read_text()


NDJSON_SPEC = """
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
          description: one record per line
          content:
            application/x-ndjson:
              schema: {type: object, properties: {id: {type: string}}}
"""


def test_a_stream_of_json_values_is_not_parsed_as_one_document(tmp_path: Path) -> None:
    """`application/x-ndjson` holds one JSON value per line: parsed as one document it failed
    on every response of more than one line. Each line is an item of a `Stream` (more in
    `test_json_lines.py`); Prism has no serializer for it, but the offline tests cover it."""
    build_, pkg = generate_package(_write(tmp_path, NDJSON_SPEC), tmp_path / "sdk", "lines")
    assert [w.message for w in build_.warnings] == []
    body = b'{"id": "a"}\n{"id": "b"}\n'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client: Any = pkg.Lines(api_key="k", http_client=httpx.Client(transport=transport))
    assert [item.id for item in client.data.export()] == ["a", "b"]
