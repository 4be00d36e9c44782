"""generator.load: reading YAML/JSON, errors with file:line, lazy pointer → line mapping."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.diagnostics import GeneratorError
from generator.load import display_path, load_spec, read_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
FULL_SPEC = SHARED / "specs" / "openrouter-full.openapi.yaml"

MINIMAL = """\
openapi: 3.1.0
info:
  title: Pets
  version: 2024-01-01
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        200:
          description: ok
components:
  schemas:
    Base: &base
      type: object
      properties:
        on: {type: boolean}
    Pet:
      <<: *base
      description: merged
    Twin: *base
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(GeneratorError) as info:
        load_spec(path)
    return [str(p) for p in info.value.problems]


def test_yaml_scalars_stay_as_written(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, "pets.yaml", MINIMAL))
    assert spec.data["info"]["version"] == "2024-01-01"  # not a datetime.date
    responses = spec.data["paths"]["/pets"]["get"]["responses"]
    assert list(responses) == ["200"]  # unquoted status code → string key
    schemas = spec.data["components"]["schemas"]
    assert list(schemas["Base"]["properties"]) == ["on"]  # not the boolean True
    assert schemas["Pet"]["type"] == "object" and schemas["Pet"]["description"] == "merged"
    assert schemas["Twin"] == schemas["Base"]


def test_digest_and_display_path(tmp_path: Path) -> None:
    path = write(tmp_path, "pets.yaml", MINIMAL)
    spec = load_spec(path)
    assert spec.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert spec.raw == path.read_bytes()
    assert not spec.display_path.startswith("/")
    assert Path(spec.display_path).resolve() == path.resolve()
    assert display_path("spec/x.yaml") == "spec/x.yaml"


def test_line_of_is_exact_and_indexed_from_the_loading_parse(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, "pets.yaml", MINIMAL))
    assert spec.lines is not None and spec.lines._root is not None  # no second parse needed
    assert spec.line_of("#") == 1
    assert spec.line_of("#/paths/~1pets/get/responses/200") == 10
    assert spec.line_of("#/components/schemas/Base/properties/on") == 17
    assert spec.line_of("#/paths/~1pets/get/responses/404/description") == 9  # nearest: responses
    assert spec.line_of("#/nowhere") == 1


def test_valid_json_spec_loads(tmp_path: Path) -> None:
    data = {
        "openapi": "3.0.3",
        "info": {"title": "Emoji 😀", "version": "1"},  # json.dumps writes \ud83d\ude00
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    path = write(tmp_path, "spec.json", json.dumps(data, indent=2))
    spec = load_spec(path)
    assert spec.data == data
    assert spec.line_of("#/paths/~1a/get/responses/200/description") == 12


def test_json_text_in_a_yaml_file(tmp_path: Path) -> None:
    text = '{"openapi": "3.1.0", "info": {"title": "\\ud83d\\ude00", "version": "1"}, "paths": {}}'
    spec = load_spec(write(tmp_path, "spec.yaml", text))  # PyYAML rejects surrogate escapes
    assert spec.data["info"]["title"] == "😀"
    flow = "{openapi: 3.1.0, info: {title: x, version: '1'}, paths: {}}"  # YAML, not JSON
    assert load_spec(write(tmp_path, "flow.yaml", flow)).data["info"]["title"] == "x"


def test_missing_file_directory_and_not_utf8(tmp_path: Path) -> None:
    assert errors_of(tmp_path / "nope.yaml")[0].endswith(
        "nope.yaml:1: #: file not found; pass the path of an OpenAPI 3.0 or 3.1 document"
    )
    assert "is a directory" in errors_of(tmp_path)[0]
    latin = write(tmp_path, "latin.yaml", b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n")
    assert ":3: #: file is not UTF-8 (byte 0xe9)" in errors_of(latin)[0]
    for message in [*errors_of(tmp_path / "nope.yaml"), *errors_of(latin)]:
        assert not message.startswith("/")  # never an absolute path


def test_every_duplicate_key_is_reported(tmp_path: Path) -> None:
    text = "openapi: 3.1.0\ninfo: {title: a, title: b, version: '1'}\npaths:\n  /a: {}\n  /a: {}\n"
    messages = errors_of(write(tmp_path, "dups.yaml", text))
    assert [m.split(": ")[0:2] for m in messages] == [
        [f"{display_path(tmp_path / 'dups.yaml')}:2", "#/info/title"],
        [f"{display_path(tmp_path / 'dups.yaml')}:5", "#/paths/~1a"],
    ]


def test_read_document_accepts_any_mapping(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "overlay.yaml", "overlay: 1.0.0\nactions: []\n"))
    assert doc.data == {"overlay": "1.0.0", "actions": []}
    assert doc.line_of("#/actions") == 2


def test_full_spec_loads_fast() -> None:
    if not FULL_SPEC.is_file():
        pytest.skip(f"{FULL_SPEC} is not available")
    start = time.perf_counter()
    spec = load_spec(FULL_SPEC)
    elapsed = time.perf_counter() - start
    print(f"\nload {FULL_SPEC.name} ({len(spec.raw) / 1e6:.1f} MB): {elapsed:.2f} s")
    assert spec.version.startswith("3.1")
    assert elapsed < 10  # about 1 s; generous for loaded CI machines
    pointer = "#/components/schemas/VideoGenerationRequest/properties/upscale_factor"
    line = spec.line_of(pointer)
    assert spec.raw.decode().splitlines()[line - 1].strip() == "upscale_factor:"


def test_the_loading_parse_indexes_every_line_as_a_second_parse_would() -> None:
    from generator.yaml_source import _build_index

    path = Path(__file__).resolve().parent.parent / "spec" / "openrouter-byok.yaml"
    spec = load_spec(path)
    assert spec.lines is not None
    assert spec.lines._root == _build_index(path.read_bytes())


ROOT = Path(__file__).resolve().parents[1]
READMES = ROOT / "node_modules" / "@readme" / "oas-examples"


def yaml_files() -> list[Path]:
    found = [ROOT / "spec" / "openrouter-byok.yaml", *sorted((ROOT / "tests").rglob("*.yaml"))]
    found += sorted(READMES.glob("3.*/yaml/*.yaml"))
    found += [p for p in (FULL_SPEC, *SHARED.glob("specs/*.yaml")) if p.is_file()]
    return found


def typed(value: object) -> object:
    """`value` with every scalar's type made explicit: True == 1 == 1.0 in Python."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def plain(index: tuple[int, object]) -> object:
    line, children = index
    assert isinstance(children, Mapping)
    return (line, {k: plain(v) for k, v in children.items()})


def compose(text: str) -> tuple[object, object]:
    from generator.yaml_source import Loader, index_nodes

    loader = Loader(text)
    try:
        root = loader.get_single_node()
        data = None if root is None else loader.to_data(root)
        return data, None if root is None else index_nodes(root)
    finally:
        loader.dispose()


def test_reading_events_gives_what_composing_gives() -> None:
    """The one-pass event reader against PyYAML's composer, on every YAML document here: the
    same data, scalar types included, and the same line for every pointer."""
    from generator import yaml_events
    from generator.yaml_source import Loader

    checked = 0
    for path in yaml_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            expected_data, expected_index = compose(text)
        except Exception:  # a bad spec of the corpus: reading must fail too
            with pytest.raises(Exception):  # noqa: B017
                yaml_events.parse(text, Loader)
            continue
        try:
            data, index, duplicates = yaml_events.parse(text, Loader)
        except yaml_events.Unusual:
            continue  # composed instead, by the loader
        if duplicates:
            continue  # an error, reported with both lines (test_every_duplicate_key_is_reported)
        assert typed(data) == typed(expected_data), path
        if expected_index is not None:
            assert plain(index) == plain(expected_index), path
        checked += 1
    assert checked >= 40


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("a: !!int '1'\n", "tagged scalar"),
        ("a: !custom {b: 1}\n", "tagged collection"),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", "merge key"),
        ("? [a, b]\n: 1\n", "non-scalar key"),
        ("a: 1\n---\nb: 2\n", "several documents"),
    ],
)
def test_unusual_yaml_is_left_to_the_composer(text: str, why: str) -> None:
    from generator import yaml_events
    from generator.yaml_source import Loader

    with pytest.raises(yaml_events.Unusual, match=why):
        yaml_events.parse(text, Loader)


def test_event_reader_scalars_anchors_and_duplicates() -> None:
    from generator import yaml_events
    from generator.yaml_source import Loader

    text = (
        "a: 1\nb: 1.5\nc: true\nd: ~\ne: '1'\nf: 2024-01-01\n200: x\n"
        "g: &g [1, {h: 2}]\ni: *g\na: 2\nj: |\n  block\n"
    )
    data, index, duplicates = yaml_events.parse(text, Loader)
    assert data == {
        "a": 2, "b": 1.5, "c": True, "d": None, "e": "1", "f": "2024-01-01", "200": "x",
        "g": [1, {"h": 2}], "i": [1, {"h": 2}], "j": "block\n",
    }  # fmt: skip
    assert data["i"] is data["g"]  # an alias is the anchored object, as with PyYAML
    assert [(key, line, first) for _, key, line, first in duplicates] == [("a", 10, 1)]
    assert index[1]["a"][0] == 10  # the value kept is the last one
    assert index[1]["g"][1]["1"][1]["h"][0] == 8
