"""Parameter serialization styles: every row of the OpenAPI 3.1 style-examples table, exactly as
sent, for color = "blue", ["blue", "black", "brown"] and {"R": 100, "G": 200, "B": 150}; typed
parameters (models, maps, arrays, JSON content) in each location; and warnings only for what the
table leaves undefined.

The label rows follow RFC 6570 and OpenAPI 3.1.1 (`.blue,black,brown` without explode): the
3.1.0 table had a typo there. Query pairs are percent-encoded by httpx (`,` as `%2C`, a space as
`+`); path values by the runtime, each item on its own so the delimiters stay literal.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.method_plans import MethodPlan
from generator.normalize import normalize
from generator.pipeline import Build
from generator.views_client_methods import method_view

from .conftest import Recorder, generate_package, mypy_report

BLUE = "blue"
COLORS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}

# (location, style, explode) → what "blue", the array and the object are sent as; None: the
# table has no such row
TABLE: dict[tuple[str, str, bool], tuple[str | None, str | None, str]] = {
    ("path", "simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("path", "simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("path", "label", False): (".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("path", "label", True): (".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("path", "matrix", False): (
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    ("path", "matrix", True): (
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("query", "form", False): (
        "color=blue",
        "color=blue%2Cblack%2Cbrown",
        "color=R%2C100%2CG%2C200%2CB%2C150",
    ),
    ("query", "form", True): (
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    ("query", "spaceDelimited", False): (
        None,
        "color=blue+black+brown",
        "color=R+100+G+200+B+150",
    ),
    ("query", "pipeDelimited", False): (
        None,
        "color=blue%7Cblack%7Cbrown",
        "color=R%7C100%7CG%7C200%7CB%7C150",
    ),
    ("query", "deepObject", True): (
        None,
        None,
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
    ),
    ("header", "simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("header", "simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("cookie", "form", False): ("color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("cookie", "form", True): (
        "color=blue",
        "color=blue; color=black; color=brown",
        "R=100; G=200; B=150",
    ),
}

ROWS = [
    pytest.param(key, value, expected, id=f"{'-'.join(map(str, key))}-{kind}")
    for key, sent in TABLE.items()
    for kind, value, expected in zip(
        ("string", "array", "object"), (BLUE, COLORS, RGB), sent, strict=True
    )
    if expected is not None
]

TYPED = {
    "operationId": "typed",
    "tags": ["colors"],
    "parameters": [
        {"name": "ids", "in": "path", "required": True, "style": "label", "explode": True,
         "schema": {"type": "array", "items": {"type": "integer"}}},
        {"name": "rgb", "in": "path", "required": True, "style": "matrix",
         "schema": {"$ref": "#/components/schemas/Rgb"}},
        {"name": "filter", "in": "query", "style": "deepObject", "explode": True,
         "schema": {"$ref": "#/components/schemas/Rgb"}},
        {"name": "tags", "in": "query", "style": "pipeDelimited",
         "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "where", "in": "query",
         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rgb"}}}},
        {"name": "X-Rgb", "in": "header", "explode": True,
         "schema": {"$ref": "#/components/schemas/Rgb"}},
        {"name": "prefs", "in": "cookie", "explode": False,
         "schema": {"type": "object", "additionalProperties": {"type": "string"}}},
        {"name": "seen", "in": "cookie", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "on", "in": "query", "schema": {"type": "boolean"}},
    ],
    "responses": {"204": {"description": "ok"}},
}  # fmt: skip


def _spec() -> dict[str, Any]:
    paths: dict[str, Any] = {"/typed/{ids}/{rgb}": {"get": TYPED}}
    for location, style, explode in TABLE:
        name = "X-Color" if location == "header" else "color"
        param = {"name": name, "in": location, "required": True, "style": style}
        param |= {"explode": explode, "schema": {"$ref": "#/components/schemas/Color"}}
        url = f"/{location}/{style}/{str(explode).lower()}"
        paths[url + ("/{color}" if location == "path" else "")] = {
            "get": {
                "operationId": f"{location}_{style}_{explode}",
                "tags": ["colors"],
                "parameters": [param],
                "responses": {"204": {"description": "ok"}},
            }
        }
    rgb = {"type": "object", "properties": {k: {"type": "integer"} for k in "RGB"}}
    color = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, rgb]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Styles", "version": "1.0.0"},
        "servers": [{"url": "https://styles.example"}],
        "paths": paths,
        "components": {"schemas": {"Rgb": rgb, "Color": color}},
    }


def _method(location: str, style: str, explode: bool) -> str:
    snake = "".join("_" + c.lower() if c.isupper() else c for c in style)
    return f"{location}_{snake}_{str(explode).lower()}"


@pytest.fixture(scope="module")
def styles_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    root = tmp_path_factory.mktemp("styles")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(_spec(), sort_keys=False), encoding="utf-8")
    return generate_package(spec, root / "sdk", "styles_feature")


@pytest.fixture
def client(styles_build: tuple[Build, ModuleType], recorder: Recorder) -> Any:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return styles_build[1].Styles(api_key="k", http_client=http, retries=None)


def _sent(request: httpx.Request, location: str) -> str | None:
    if location == "path":
        return request.url.raw_path.decode().rsplit("/", 1)[1]
    if location == "query":
        return request.url.query.decode()
    return request.headers.get("X-Color" if location == "header" else "Cookie")


@pytest.mark.parametrize(("key", "value", "expected"), ROWS)
def test_style_table_row(
    client: Any, recorder: Recorder, key: tuple[str, str, bool], value: Any, expected: str
) -> None:
    location = key[0]
    argument = "x_color" if location == "header" else "color"
    getattr(client.colors, _method(*key))(**{argument: value})
    assert _sent(recorder.last, location) == expected


def test_the_table_is_complete() -> None:
    assert len(ROWS) == 41


def test_empty_values(client: Any, recorder: Recorder) -> None:
    client.colors.query_form_false(color="")
    assert recorder.last.url.query == b"color="
    client.colors.cookie_form_true(color="")
    assert recorder.last.headers["Cookie"] == "color="
    for style in ("simple", "label", "matrix"):  # an empty path value is refused before sending
        with pytest.raises(ValueError, match="non-empty"):
            getattr(client.colors, _method("path", style, False))(color="")
        with pytest.raises(ValueError, match="non-empty"):
            getattr(client.colors, _method("path", style, True))(color=[])


def test_path_values_stay_in_their_segment(client: Any, recorder: Recorder) -> None:
    client.colors.path_label_false(color=["a/b", "c,d", "?"])
    assert recorder.last.url.raw_path == b"/path/label/false/.a%2Fb,c%2Cd,%3F"
    client.colors.path_matrix_true(color={"k/1": "v;2"})
    assert recorder.last.url.raw_path == b"/path/matrix/true/;k%2F1=v%3B2"
    client.colors.path_simple_false(color="..")
    assert recorder.last.url.raw_path == b"/path/simple/false/%2E%2E"


def test_models_are_objects_with_wire_names(
    styles_build: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    rgb = styles_build[1].models.Rgb(r=1, b=3)  # unset fields are left out
    client.colors.query_deep_object_true(color=rgb)
    assert recorder.last.url.params.multi_items() == [("color[R]", "1"), ("color[B]", "3")]
    client.colors.header_simple_true(x_color=rgb)
    assert recorder.last.headers["X-Color"] == "R=1,B=3"


def test_typed_parameters(
    styles_build: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    models = styles_build[1].models
    client.colors.typed(
        ids=[1, 2],
        rgb=models.Rgb(r=1, g=2, b=3),
        filter=models.Rgb(g=5),
        tags=["a", "b"],
        where=models.Rgb(r=0),
        x_rgb=models.Rgb(r=7),
        prefs={"theme": "dark", "lang": "en"},
        seen=["x", "y"],
        on=False,
    )
    request = recorder.last
    assert request.url.raw_path.partition(b"?")[0] == b"/typed/.1.2/;rgb=R,1,G,2,B,3"
    assert request.url.params.multi_items() == [
        ("filter[G]", "5"),
        ("tags", "a|b"),
        ("where", '{"R":0}'),
        ("on", "false"),
    ]
    assert request.headers["X-Rgb"] == "R=7"
    assert request.headers["Cookie"] == "prefs=theme,dark,lang,en; seen=x; seen=y"


def test_call_cookies_join_the_clients_and_replace_the_same_name(
    styles_build: tuple[Build, ModuleType], recorder: Recorder
) -> None:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(
        transport=httpx.MockTransport(recorder), cookies={"sid": "1", "seen": "old"}
    )
    client = styles_build[1].Styles(api_key="k", http_client=http, retries=None)
    client.colors.typed(ids=[1], rgb={"R": 1}, seen=["new"])
    assert recorder.last.headers["Cookie"] == "sid=1; seen=new"


async def test_async_client_sends_the_same(
    styles_build: tuple[Build, ModuleType], recorder: Recorder
) -> None:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = styles_build[1].AsyncStyles(api_key="k", http_client=http, retries=None)
    await client.colors.path_matrix_true(color=RGB)
    await client.colors.query_deep_object_true(color=RGB)
    assert recorder.requests[0].url.raw_path == b"/path/matrix/true/;R=100;G=200;B=150"
    assert recorder.requests[1].url.query == TABLE["query", "deepObject", True][2].encode()


def test_defined_combinations_warn_nothing(styles_build: tuple[Build, ModuleType]) -> None:
    # the mock server's limits aside (test_generated_tests_prism_limits.py)
    warnings = [w for w in styles_build[0].warnings if not w.message.startswith("Prism")]
    assert [w.message for w in warnings if "/parameters/" in w.pointer] == []
    assert not [w for w in warnings if "not supported" in w.message or "style" in w.message]


def test_default_styles_take_the_plain_path(styles_build: tuple[Build, ModuleType]) -> None:
    """Only parameters the plain encoding would get wrong are listed in `Operation.styles`."""
    ops = {op.name: op for op in styles_build[0].api.operations}
    assert method_view(MethodPlan.of(ops["typed"])).styles == repr(
        {
            "path": {"ids": ("label", True), "rgb": ("matrix", False)},
            "query": {
                "filter": ("deepObject", True),
                "tags": ("pipeDelimited", False),
                "where": ("json", False),
            },
            "header": {"X-Rgb": ("simple", True)},
            "cookie": {"prefs": ("form", False)},
        }
    )  # `seen` (form, exploded array) and `on` (a primitive) are sent plainly
    module = importlib.import_module("styles_feature.resources.colors")
    assert module._TYPED.styles["cookie"] == {"prefs": ("form", False)}


UNDEFINED = """
openapi: 3.1.0
info: {title: Undefined, version: 1.0.0}
paths:
  /x:
    get:
      operationId: x
      parameters:
        - {name: a, in: query, style: deepObject, explode: true,
           schema: {type: array, items: {type: string}}}
        - {name: b, in: query, style: spaceDelimited, schema: {type: string}}
        - {name: c, in: query, style: pipeDelimited, explode: true,
           schema: {type: array, items: {type: string}}}
        - {name: d, in: query, style: matrix, schema: {type: string}}
        - {name: e, in: query, style: deepObject,
           schema: {type: object, properties: {inner: {type: object}}}}
        - {name: f, in: header, style: form, schema: {type: string}}
      responses: {"204": {description: ok}}
"""


def test_undefined_combinations_warn_with_what_is_sent() -> None:
    api, problems = normalize(
        yaml.safe_load(UNDEFINED), file="u.yaml", line_of=lambda p: 1, digest="0" * 64, config={}
    )
    warnings = {
        p.pointer.rsplit("/", 2)[1]: p.message
        for p in problems
        if p.severity == "warning"
        and "/parameters/" in p.pointer
        and not p.message.startswith("Prism")  # test_generated_tests_prism_limits.py
    }
    assert warnings == {
        "0": "query parameter 'a': style deepObject is defined for objects only; this array is "
        "sent as style form with explode (name=value, once per item)",
        "1": "query parameter 'b': style spaceDelimited is defined for arrays and objects only; "
        "sent as name=value",
        "2": "query parameter 'c': style pipeDelimited is defined with explode false only; sent "
        "as style form with explode (one name=value pair per item or property)",
        "3": "style 'matrix' is not defined for query parameters; sent as style form",
        "4": "query parameter 'e': style deepObject defines one level of properties; nested "
        "objects are sent as name[a][b]=value and arrays as one name[a]=value pair per item",
        "5": "style 'form' is not defined for header parameters; sent as style simple",
    }
    styles = [p for p in problems if "/parameters/" in p.pointer and "Prism" not in p.message]
    assert all(p.pointer.endswith("/style") for p in styles)
    assert [(p.style, p.explode) for p in api.operations[0].parameters] == [
        ("deepObject", True),
        ("spaceDelimited", False),
        ("pipeDelimited", True),
        ("form", True),
        ("deepObject", False),
        ("simple", False),
    ]


def test_undefined_combinations_send_what_the_warning_says(
    styles_build: tuple[Build, ModuleType],
) -> None:
    params = styles_build[1]._params
    assert params.query_pairs("a", ["x", "y"], ("deepObject", True)) == [("a", "x"), ("a", "y")]
    assert params.query_pairs("b", "x y", ("spaceDelimited", False)) == [("b", "x y")]
    assert params.query_pairs("c", ["x", "y"], ("pipeDelimited", True)) == [("c", "x"), ("c", "y")]
    nested = {"inner": {"k": 1, "l": [True, None]}, "n": None}
    pairs = [("e[inner][k]", "1"), ("e[inner][l]", "true")]
    assert params.query_pairs("e", nested, ("deepObject", False)) == pairs


@pytest.mark.slow
def test_generated_package_and_its_tests(styles_build: tuple[Build, ModuleType]) -> None:
    """mypy --strict on the package (the model- and map-typed arguments); and its own offline
    tests, whose expected requests the generator computes apart from the runtime."""
    out = Path(styles_build[1].__file__).resolve().parents[2]
    assert mypy_report(out, "src") == ""
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_colors.py"],
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert tests.returncode == 0, tests.stdout[-4000:]
