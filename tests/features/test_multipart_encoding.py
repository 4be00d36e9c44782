"""The Encoding Object of multipart bodies beyond `contentType`, checked on the parts the
generated client sends: `style`/`explode` (each name=value pair of the style is one text part:
an exploded array repeats its name, an exploded object sends one part per key, deepObject
`name[key]` parts, the delimited styles one part), `allowReserved` (no byte changes: form-data
percent-encodes nothing), and the part `headers` (constants sent automatically, a file's own
headers in its tuple, `Content-Type` ignored); with warnings, at their spec location, for what
is not sent."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator import views_tests
from generator.method_plans import MethodPlan
from generator.pipeline import Build
from generator.views_client_methods import method_view

from .conftest import Recorder, generate_package, mypy_report, pyflakes_report, run_generated_suite

MULTIPART = "multipart/form-data"
_STRINGS = {"type": "array", "items": {"type": "string"}}
_RGB = {"$ref": "#/components/schemas/Rgb"}
_BINARY = {"type": "string", "format": "binary"}
AT = "#/paths/~1{path}/post/requestBody/content/multipart~1form-data/encoding/{name}"


def _post(op_id: str, properties: dict[str, Any], **encoding: Any) -> dict[str, Any]:
    body = {"schema": {"type": "object", "properties": properties}, "encoding": encoding}
    return {
        "post": {
            "operationId": op_id,
            "tags": ["parts"],
            # not required: Prism rejects an empty body it requires (the contract tests send one)
            "requestBody": {"content": {MULTIPART: body}},
            "responses": {"204": {"description": "ok"}},
        }
    }


def _header(schema: dict[str, Any]) -> dict[str, Any]:
    return {"schema": schema}


def _spec() -> dict[str, Any]:
    styled = _post(
        "styled",
        {
            "tags": _STRINGS,
            "csv": _STRINGS,
            "rgb": _RGB,
            "flat": _RGB,
            "deep": _RGB,
            "id": {"type": "string"},
            "path": {"type": "string"},
        },
        tags={"style": "form"},  # explode defaults to true for style form
        csv={"style": "form", "explode": False},
        rgb={"explode": True},
        flat={"style": "form", "explode": False},
        deep={"style": "deepObject", "explode": True},
        id={"style": "form", "contentType": "application/json"},  # the style wins
        path={"allowReserved": True},
    )
    headed = _post(
        "headed",
        {"image": _BINARY, "note": {"type": "string"}, "meta": _RGB, "tags": _STRINGS},
        image={
            "contentType": "image/png",
            "headers": {
                "X-Rate-Limit": _header({"type": "integer", "const": 10}),
                "X-Kind": _header({"type": "string", "enum": ["thumb"]}),
                "X-Caption": _header({"type": "string"}),  # the caller's, in the file tuple
                "Content-Type": _header({"type": "string", "const": "text/plain"}),
            },
        },
        note={
            "headers": {
                "X-Lang": _header({"const": "en"}),
                "X-Free": _header({}),
                "X-Split": _header({"const": "a\r\nX-Injected: b"}),  # would end the headers
            }
        },
        meta={"headers": {"X-Version": {"$ref": "#/components/headers/Version"}}},
        tags={"style": "form", "headers": {"X-Tag": _header({"enum": [True]})}},
    )
    # on its own: Prism rejects every request to an operation with a pipeDelimited part
    piped = _post("piped", {"piped": _STRINGS}, piped={"style": "pipeDelimited"})
    rgb = {"type": "object", "properties": {k: {"type": "integer"} for k in "RGB"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Parts", "version": "1.0.0"},
        "servers": [{"url": "https://parts.example"}],
        "paths": {"/styled": styled, "/headed": headed, "/piped": piped},
        "components": {
            "schemas": {"Rgb": rgb},
            "headers": {"Version": {"schema": {"type": "integer", "enum": [2]}}},
        },
    }


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    root = tmp_path_factory.mktemp("multipart")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(_spec(), sort_keys=False), encoding="utf-8")
    return generate_package(spec, root / "sdk", "multipart_parts")


@pytest.fixture
def client(parts: tuple[Build, ModuleType], recorder: Recorder) -> Any:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return parts[1].Parts(api_key="k", http_client=http, retries=None)


def _parts(request: httpx.Request) -> list[tuple[str, dict[str, str], bytes]]:
    """Each part in order: its name, its headers but Content-Disposition, its content."""
    boundary = re.fullmatch(r"multipart/form-data; boundary=(\S+)", request.headers["Content-Type"])
    assert boundary
    found = []
    for part in request.content.split(b"--" + boundary.group(1).encode())[1:-1]:
        head, _, content = part.removeprefix(b"\r\n").removesuffix(b"\r\n").partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        name = re.search(r'name="([^"]+)"', lines[0])
        assert name and lines[0].startswith("Content-Disposition: form-data;")
        headers = dict(line.split(": ", 1) for line in lines[1:])
        found.append((name.group(1), headers, content))
    return found


def test_each_pair_of_a_style_is_one_text_part(client: Any, recorder: Recorder) -> None:
    client.parts.piped(piped=["a", "b"])
    assert _parts(recorder.last) == [("piped", {}, b"a|b")]
    client.parts.styled(
        tags=["a", "b c"],
        csv=["a", "b"],
        rgb={"R": 1, "G": 2},
        flat={"R": 1, "G": 2},
        deep={"R": 1, "B": 3},
        id="x",
        path="a/b?c=d&e",
    )
    assert _parts(recorder.last) == [
        ("tags", {}, b"a"),  # explode (style form's default): one part per item, same name
        ("tags", {}, b"b c"),  # form-data percent-encodes nothing
        ("csv", {}, b"a,b"),
        ("R", {}, b"1"),  # an exploded object: one part per property
        ("G", {}, b"2"),
        ("flat", {}, b"R,1,G,2"),
        ("deep[R]", {}, b"1"),
        ("deep[B]", {}, b"3"),
        ("id", {}, b"x"),  # the style makes contentType (application/json) ignored: text
        ("path", {}, b"a/b?c=d&e"),  # allowReserved: nothing to keep, nothing was encoded
    ]


def test_only_arrays_and_objects_with_a_style_are_listed(parts: tuple[Build, ModuleType]) -> None:
    ops = {op.name: op for op in parts[0].api.operations}
    view = method_view(MethodPlan.of(ops["styled"]))
    assert view.styles == repr(
        {
            "form": {
                "tags": ("form", True),
                "csv": ("form", False),
                "rgb": ("form", True),
                "flat": ("form", False),
                "deep": ("deepObject", True),
            }
        }
    )
    assert view.parts == ""  # a styled part has no Content-Type of its own


def test_constant_part_headers_are_sent_with_each_part(client: Any, recorder: Recorder) -> None:
    client.parts.headed(image=b"PNG", note="hi", meta={"R": 1}, tags=["a", "b"])
    assert _parts(recorder.last) == [
        (
            "image",
            {"Content-Type": "image/png", "X-Rate-Limit": "10", "X-Kind": "thumb"},
            b"PNG",
        ),
        ("note", {"X-Lang": "en"}, b"hi"),
        ("meta", {"Content-Type": "application/json", "X-Version": "2"}, b'{"R":1}'),
        ("tags", {"X-Tag": "true"}, b"a"),  # written as a header parameter is: true, not True
        ("tags", {"X-Tag": "true"}, b"b"),
    ]


def test_a_file_tuple_adds_and_overrides_part_headers(client: Any, recorder: Recorder) -> None:
    client.parts.headed(image=("a.gif", b"GIF", "image/gif", {"X-Caption": "hi", "X-Kind": "big"}))
    [(name, headers, content)] = _parts(recorder.last)
    assert (name, content) == ("image", b"GIF")
    assert headers == {
        "Content-Type": "image/gif",
        "X-Rate-Limit": "10",
        "X-Kind": "big",
        "X-Caption": "hi",
    }
    client.parts.headed(image=[b"1", ("b.png", b"2")])  # each file of a list: the same headers
    assert [h["X-Rate-Limit"] for _, h, _ in _parts(recorder.last)] == ["10", "10"]


async def test_the_async_client_sends_the_same(
    parts: tuple[Build, ModuleType], recorder: Recorder
) -> None:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = parts[1].AsyncParts(api_key="k", http_client=http, retries=None)
    await client.parts.headed(note="hi")
    assert _parts(recorder.last) == [("note", {"X-Lang": "en"}, b"hi")]
    await client.parts.styled(deep={"G": 2})
    assert _parts(recorder.last) == [("deep[G]", {}, b"2")]


def test_what_is_not_sent_is_warned_where_it_is(parts: tuple[Build, ModuleType]) -> None:
    warnings = {w.pointer: w.message for w in parts[0].warnings if "Prism" not in w.message}
    headers = AT.format(path="headed", name="{name}") + "/headers/{header}"
    assert warnings == {
        headers.format(name="image", header="Content-Type"): "multipart part 'image':"
        " Content-Type is set by the encoding's contentType; this header is ignored",
        headers.format(name="note", header="X-Free"): "multipart part 'note': header 'X-Free'"
        " is not sent; only a header whose schema allows one value (const, a one-value enum)"
        " is sent automatically with a part that is not a file",
        headers.format(name="note", header="X-Split"): "multipart part 'note': header 'X-Split'"
        " is not sent; its value holds a line break, which would end the part's headers",
    }


def test_a_style_on_a_file_is_warned_and_the_file_sent(tmp_path: Path) -> None:
    spec = {
        **_spec(),
        "paths": {"/files": _post("files", {"doc": _BINARY}, doc={"style": "form"})},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    build, module = generate_package(path, tmp_path / "sdk", "multipart_files")
    assert [
        w.message for w in build.warnings if w.pointer == AT.format(path="files", name="doc")
    ] == [
        "multipart part 'doc': style, explode and allowReserved do not apply to a file; it is"
        " sent as a file part by its contentType"
    ]
    sent: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(204))
    )
    module.Parts(api_key="k", http_client=http, retries=None).parts.files(doc=b"D")
    assert _parts(sent[0]) == [("doc", {"Content-Type": "application/octet-stream"}, b"D")]


def test_the_package_type_checks_and_its_own_suite_passes(
    parts: tuple[Build, ModuleType],
) -> None:
    out = Path(parts[1].__file__).parents[2]
    assert mypy_report(out, "src") == ""
    assert pyflakes_report(out) == ""
    # the generated tests: offline (part names by style) and against Prism
    suite = run_generated_suite(out, out.parent / "spec.yaml")
    assert suite.returncode == 0, suite.stdout[-4000:] + suite.stderr[-2000:]


def test_prism_checks_the_styles_it_splits(parts: tuple[Build, ModuleType]) -> None:
    """Prism splits an exploded array or object and deepObject as a form's fields (so the
    contract tests send them), but wants the delimiters of the others percent-encoded."""
    assert views_tests.tests_context(parts[0].api)["untestable_operations"] == (("POST", "/piped"),)
    warned = dict(views_tests.warnings(parts[0].api))
    styled = AT.format(path="styled", name="{}")
    assert "reserved characters" in warned[styled.format("csv")]
    assert "reserved characters" in warned[styled.format("flat")]
    assert not {styled.format(n) for n in ("tags", "rgb", "deep")} & set(warned)
    assert "rejects every request" in warned[AT.format(path="piped", name="piped") + "/style"]


def test_the_arguments_say_which_part_headers_are_sent_and_which_are_given(
    parts: tuple[Build, ModuleType],
) -> None:
    ops = {op.name: op for op in parts[0].api.operations}
    docs = {a.name: a.description for a in method_view(MethodPlan.of(ops["headed"])).args}
    assert docs["image"] == (
        "The request body's `image` field. Its part is sent with the header(s)"
        " `X-Rate-Limit: 10`, `X-Kind: thumb`. The part's header(s) `X-Caption` go in a"
        " `(filename, content, content_type, headers)` tuple."
    )
    assert docs["tags"] == (
        "The request body's `tags` field. Its part is sent with the header(s) `X-Tag: true`."
    )
    source = method_view(MethodPlan.of(ops["headed"])).part_headers
    assert ast.literal_eval(source) == {  # Python source, as the template writes it
        "image": {"X-Rate-Limit": 10, "X-Kind": "thumb"},
        "note": {"X-Lang": "en"},
        "meta": {"X-Version": 2},
        "tags": {"X-Tag": True},
    }
