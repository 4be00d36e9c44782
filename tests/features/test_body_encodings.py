"""The Encoding Object of form and multipart bodies, checked on the bytes the generated client
sends: every style/explode row for a string, an array and an object form field (the rows of the
parameter style table, urlencoded as a query string is), the defaults (text, one pair per item,
objects as JSON text), JSON and reserved form fields, the Content-Type of multipart parts; and
warnings, with their spec location, where OpenAPI leaves the result undefined."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator import views_tests
from generator.method_plans import MethodPlan
from generator.normalize import normalize
from generator.pipeline import Build
from generator.views_client_methods import method_view

from .conftest import Recorder, generate_package, run_generated_suite
from .test_param_styles import BLUE, COLORS, RGB, TABLE

FORM = "application/x-www-form-urlencoded"
_COLOR = {"$ref": "#/components/schemas/Color"}
_RGB = {"$ref": "#/components/schemas/Rgb"}
_INTS = {"type": "array", "items": {"type": "integer"}}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_BINARY = {"type": "string", "format": "binary"}
# (style, explode) rows of the query table, which form fields follow
ROWS = [(style, explode) for location, style, explode in TABLE if location == "query"]


def _post(
    op_id: str, media: str, properties: dict[str, Any], required: Any = (), **encoding: Any
) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    body: dict[str, Any] = {"schema": schema | ({"required": list(required)} if required else {})}
    if encoding:
        body["encoding"] = encoding
    return {
        "post": {
            "operationId": op_id,
            "tags": ["forms"],
            # Prism wants a body that is required (the contract tests send none without a field)
            "requestBody": {"required": "required" in body["schema"], "content": {media: body}},
            "responses": {"204": {"description": "ok"}},
        }
    }


def _spec() -> dict[str, Any]:
    paths = {
        f"/{style}/{str(explode).lower()}": _post(
            f"form_{style}_{explode}",
            FORM,
            {"color": _COLOR},
            color={"style": style, "explode": explode},
        )
        for style, explode in ROWS
    }
    paths["/plain"] = _post(
        "plain", FORM, {"name": {"type": "string"}, "ids": _INTS, "rgb": _RGB, "any": {}}
    )
    paths["/typed"] = _post(
        "typed",
        FORM,
        {
            "quoted": {"type": "string"},
            "q": {"type": "string"},
            "ids": _INTS,
            "rgb": _RGB,
            "csv": _INTS,
        },
        quoted={"contentType": "application/json"},
        csv={"explode": False},  # style form by default
        q={"allowReserved": True},
        ids={"style": "form", "explode": True},
        rgb={"style": "form"},
    )
    paths["/undefined"] = _post(
        "undefined",
        FORM,
        {"a": _STRINGS, "b": _STRINGS, "d": _STRINGS, "e": _RGB},
        a={"style": "deepObject", "explode": True},
        b={"style": "pipeDelimited", "explode": True},
        d={"contentType": "application/json"},
        e={"contentType": "text/plain"},
        nothing={"style": "form"},
    )
    # an empty object sends no pair at all: the objects here have a required property
    red = {"type": "object", "required": ["R"], "properties": {"R": {"type": "integer"}}}
    readable = {"ids": _INTS, "csv": _INTS, "piped": _INTS, "rgb": red, "flat": red}
    paths["/readable"] = _post(
        "readable",
        FORM,
        {**readable, "deep": red, "q": {"type": "string", "example": "a/b:c"}},
        [*readable, "deep", "q"],
        ids={"style": "form"},
        csv={"style": "form", "explode": False},
        piped={"style": "pipeDelimited"},
        rgb={"style": "form"},
        flat={"style": "form", "explode": False},
        deep={"style": "deepObject", "explode": True},
        q={"allowReserved": True},
    )
    paths["/parts"] = _post(
        "parts",
        "multipart/form-data",
        {
            "note": {"type": "string"},
            "meta": _RGB,
            "metas": {"type": "array", "items": _RGB},
            "count": {"type": "integer"},
            "csv": {"type": "string"},
            "image": _BINARY,
            "doc": _BINARY,
        },
        count={"contentType": "application/json"},
        csv={"contentType": "text/csv", "headers": {"X-Rows": {"schema": {"type": "integer"}}}},
        image={"contentType": "image/png"},
        doc={"contentType": "image/png, image/jpeg"},
        note={"style": "form"},
    )
    rgb = {"type": "object", "properties": {k: {"type": "integer"} for k in "RGB"}}
    color = {"oneOf": [{"type": "string"}, _STRINGS, _RGB]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Bodies", "version": "1.0.0"},
        "servers": [{"url": "https://bodies.example"}],
        "paths": paths,
        "components": {"schemas": {"Rgb": rgb, "Color": color}},
    }


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    root = tmp_path_factory.mktemp("bodies")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(_spec(), sort_keys=False), encoding="utf-8")
    return generate_package(spec, root / "sdk", "body_encodings")


@pytest.fixture
def client(bodies: tuple[Build, ModuleType], recorder: Recorder) -> Any:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return bodies[1].Bodies(api_key="k", http_client=http, retries=None)


def _warnings(bodies: tuple[Build, ModuleType]) -> dict[str, str]:
    # the mock server's limits aside (test_prism_takes_only_what_it_can_read)
    return {w.pointer: str(w) for w in bodies[0].warnings if "Prism" not in w.message}


def _method(style: str, explode: bool) -> str:
    snake = "".join("_" + c.lower() if c.isupper() else c for c in style)
    return f"form_{snake}_{str(explode).lower()}"


FORM_ROWS = [
    pytest.param(row, value, expected, id=f"{row[0]}-{row[1]}-{kind}")
    for row in ROWS
    for kind, value, expected in zip(
        ("string", "array", "object"), (BLUE, COLORS, RGB), TABLE[("query", *row)], strict=True
    )
    if expected is not None
]


@pytest.mark.parametrize(("row", "value", "expected"), FORM_ROWS)
def test_form_style_row(
    client: Any, recorder: Recorder, row: tuple[str, bool], value: Any, expected: str
) -> None:
    getattr(client.forms, _method(*row))(color=value)
    assert recorder.last.headers["Content-Type"] == FORM
    assert recorder.last.content.decode() == expected


def test_every_row_is_checked() -> None:
    assert len(FORM_ROWS) == 11


def test_defaults_send_text_one_pair_per_item_and_objects_as_json(
    client: Any, recorder: Recorder
) -> None:
    client.forms.plain(name="a b", ids=[1, 2], rgb={"R": 1}, any="x")
    assert recorder.last.content == b"name=a+b&ids=1&ids=2&rgb=%7B%22R%22%3A1%7D&any=x"


def test_json_reserved_and_exploded_fields(
    bodies: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    rgb = bodies[1].models.Rgb(r=1, g=2)
    client.forms.typed(quoted="a b", q="a/b?c=d&e+f#g %41", ids=[1, 2], rgb=rgb, csv=[1, 2])
    assert recorder.last.content == (
        b"quoted=%22a+b%22&q=a/b?c%3Dd%26e%2Bf%23g%20%41&ids=1&ids=2&R=1&G=2&csv=1%2C2"
    )


def test_only_fields_the_plain_encoding_gets_wrong_are_listed(
    bodies: tuple[Build, ModuleType],
) -> None:
    ops = {op.name: op for op in bodies[0].api.operations}
    typed = method_view(MethodPlan.of(ops["typed"]))
    # `q` (a primitive) and `ids` (form, exploded array) are sent plainly; `q` keeps `/`
    assert typed.styles == repr(
        {"form": {"quoted": ("json", False), "rgb": ("form", True), "csv": ("form", False)}}
    )
    assert typed.form_reserved == "frozenset({'q'})"
    plain = method_view(MethodPlan.of(ops["plain"]))
    assert (plain.styles, plain.parts, plain.form_reserved) == ("", "", "")


def _parts(request: httpx.Request) -> dict[str, list[bytes]]:
    """name → the headers and content of each part of that name."""
    boundary = re.fullmatch(r"multipart/form-data; boundary=(\S+)", request.headers["Content-Type"])
    assert boundary
    found: dict[str, list[bytes]] = {}
    for part in request.content.split(b"--" + boundary.group(1).encode())[1:-1]:
        name = re.search(rb'name="([^"]+)"', part)
        assert name
        found.setdefault(name.group(1).decode(), []).append(part.strip(b"\r\n"))
    return found


def test_multipart_parts_carry_their_content_type(
    bodies: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    client.forms.parts(
        note="hi",
        meta={"R": 1},
        metas=[{"G": 2}, {"B": 3}],
        count=3,
        csv="a,b",
        image=b"PNG",
        doc=("d.jpg", b"JPG"),
    )
    parts = _parts(recorder.last)
    head = b'Content-Disposition: form-data; name="%s"'
    json_part = b"\r\nContent-Type: application/json\r\n\r\n"
    assert parts["note"] == [head % b"note" + b"\r\n\r\nhi"]
    assert parts["meta"] == [head % b"meta" + json_part + b'{"R":1}']
    assert parts["metas"] == [head % b"metas" + json_part + v for v in (b'{"G":2}', b'{"B":3}')]
    assert parts["count"] == [head % b"count" + json_part + b"3"]
    assert parts["csv"] == [head % b"csv" + b"\r\nContent-Type: text/csv\r\n\r\na,b"]
    client.forms.parts(csv="a,b", csv_x_rows=2)  # X-Rows: a keyword argument (no constant)
    [csv] = _parts(recorder.last)["csv"]
    assert csv == head % b"csv" + b"\r\nX-Rows: 2\r\nContent-Type: text/csv\r\n\r\na,b"
    png = b'; filename="upload"\r\nContent-Type: image/png\r\n\r\nPNG'
    assert parts["image"] == [head % b"image" + png]
    # a list of media types leaves the choice to the file's own (httpx guesses it by name)
    assert parts["doc"] == [
        head % b"doc" + b'; filename="d.jpg"\r\nContent-Type: image/jpeg\r\n\r\nJPG'
    ]
    ops = {op.name: op for op in bodies[0].api.operations}
    assert method_view(MethodPlan.of(ops["parts"])).parts == repr(
        {
            "meta": "application/json",
            "metas": "application/json",
            "count": "application/json",
            "csv": "text/csv",
            "image": "image/png",
        }
    )


def test_a_file_keeps_the_type_its_caller_gives(client: Any, recorder: Recorder) -> None:
    client.forms.parts(image=("a.gif", b"GIF", "image/gif"))
    assert b"Content-Type: image/gif" in _parts(recorder.last)["image"][0]


UNDEFINED = "#/paths/~1undefined/post/requestBody/content/application~1x-www-form-urlencoded"
PARTS = "#/paths/~1parts/post/requestBody/content/multipart~1form-data"


def test_undefined_combinations_are_warned_where_they_are(
    bodies: tuple[Build, ModuleType],
) -> None:
    warnings = _warnings(bodies)
    expected = {
        f"{UNDEFINED}/encoding/a/style": "form field 'a': style deepObject is defined for objects"
        " only; this array is sent as style form with explode (name=value, once per item)",
        f"{UNDEFINED}/encoding/b/style": "form field 'b': style pipeDelimited is defined with"
        " explode false only; sent as style form with explode",
        f"{UNDEFINED}/encoding/d/contentType": "form field 'd': OpenAPI does not say how an array"
        " is sent as application/json in a form; sent as one name=value pair per item, each as"
        " text",
        f"{UNDEFINED}/encoding/e/contentType": "form field 'e': an object is sent as JSON text,"
        " not as text/plain",
        f"{UNDEFINED}/encoding/nothing": "the body has no property 'nothing'; this encoding is"
        " not used",
    }
    for pointer, message in expected.items():
        assert re.fullmatch(
            r".*spec\.yaml:\d+: " + re.escape(pointer) + ": warning: " + re.escape(message) + ".*",
            warnings.get(pointer, ""),
        ), (pointer, warnings.get(pointer))
    defined = [p for p in warnings if "/encoding/" in p and not p.startswith(UNDEFINED)]
    assert sorted(defined) == sorted(p for p in expected if p.startswith(PARTS))


def test_undefined_combinations_send_what_the_warning_says(client: Any, recorder: Recorder) -> None:
    client.forms.undefined(a=["x", "y"], b=["x", "y"], d=["x"], e={"R": 1})
    assert recorder.last.content == b"a=x&a=y&b=x&b=y&d=x&e=%7B%22R%22%3A1%7D"


# Prism, the contract tests' mock server: it reads a form field as the style table says only when
# the field's encoding gives a style (else an array or object arrives as one string), cannot split
# spaceDelimited, reads a JSON field's quotes as its value, and crashes on a delimited non-array.


def test_prism_takes_only_what_it_can_read(bodies: tuple[Build, ModuleType]) -> None:
    context = views_tests.tests_context(bodies[0].api)
    methods = {t.name: t for t in context["tests_by_resource"]["forms"].methods}
    # the delimited styles on a oneOf that may be a string crash Prism
    assert context["untestable_operations"] == (
        ("POST", "/spaceDelimited/false"),
        ("POST", "/pipeDelimited/false"),
    )
    full = {name for name, t in methods.items() if t.sendable and t.prism_full}
    # plain: ids and rgb without a style; typed: a JSON field; undefined: d and e without a
    # style; parts: JSON parts
    assert full == {"form_form_true", "form_form_false", "form_deep_object_true", "readable"}
    warned = dict(views_tests.warnings(bodies[0].api))
    form = "/post/requestBody/content/application~1x-www-form-urlencoded"
    assert warned[f"#/paths/~1typed{form}/encoding/quoted"].startswith(
        "Prism reads the JSON text of 'quoted' as its value"
    )
    plain_rgb = warned[f"#/paths/~1plain{form}/schema/properties/rgb"]
    assert "Prism reads the form field 'rgb' as one string unless its encoding" in plain_rgb
    assert "one string unless" in warned[f"#/paths/~1typed{form}/encoding/csv"]  # no style
    crash = warned[f"#/paths/~1spaceDelimited~1false{form}/encoding/color/style"]
    assert crash.startswith("style 'spaceDelimited' on 'color', which is no array: Prism crashes")


@pytest.mark.slow
def test_the_generated_contract_tests_pass_against_prism(bodies: tuple[Build, ModuleType]) -> None:
    """The form fields Prism can read, in each style it reads, sent to Prism by the package's
    own contract tests (which leave out what `test_prism_takes_only_what_it_can_read` lists)."""
    out = Path(bodies[1].__file__).resolve().parents[2]
    tests = run_generated_suite(out, out.parent / "spec.yaml", "tests/test_contract_forms.py")
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert "test_method_readable" in (out / "tests" / "test_contract_forms.py").read_text()


async def test_the_async_client_sends_the_same(
    bodies: tuple[Build, ModuleType], recorder: Recorder
) -> None:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = bodies[1].AsyncBodies(api_key="k", http_client=http, retries=None)
    await client.forms.form_deep_object_true(color=RGB)
    await client.forms.parts(meta={"R": 1})
    assert recorder.requests[0].content.decode() == TABLE["query", "deepObject", True][2]
    assert b"Content-Type: application/json\r\n\r\n{" in recorder.requests[1].content


def test_a_style_forms_do_not_define_is_sent_as_form() -> None:
    """Only in a spec the validator lets through (`--lenient`): normalize reads it as form."""
    spec = _spec()
    spec["paths"] = {"/x": _post("x", FORM, {"c": _STRINGS}, c={"style": "simple"})}
    api, problems = normalize(spec, file="s.yaml", line_of=lambda p: 7, digest="0" * 64, config={})
    [problem] = [p for p in problems if p.pointer.endswith("/encoding/c/style")]
    assert str(problem).endswith(
        "warning: style 'simple' is not defined for form fields; sent as style form"
    )
    [enc] = api.operations[0].body.encodings  # type: ignore[union-attr]
    assert (enc.style, enc.explode, enc.style_given) == ("form", True, True)
