"""generator.overlay: OpenAPI Overlay 1.0 (RFC 9535 JSONPath targets, update / remove)."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import GeneratorError
from generator.load import display_path, load_spec
from generator.overlay import apply_overlays

SHARED = Path(__file__).resolve().parents[2] / "shared"
FULL_SPEC = SHARED / "specs" / "openrouter-full.openapi.yaml"
UPSTREAM = SHARED / "specs" / "upstream-overlays"

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1"},
    "paths": {
        "/pets": {
            "parameters": [{"name": "a", "in": "query"}],
            "get": {"tags": ["pets"], "responses": {"200": {"description": "ok"}}},
        }
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["cat", "dog"]},
            "One": {"type": "string", "enum": ["only"]},
            "Mixed": {"allOf": [{"$ref": "#/components/schemas/Kind"}, {"enum": ["cat"]}]},
        }
    },
}


def overlay(tmp_path: Path, body: str, name: str = "o.overlay.yaml") -> Path:
    path = tmp_path / name
    path.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\n" + body, encoding="utf-8")
    return path


def test_update_deep_merges_objects_appends_arrays_replaces_scalars(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        """actions:
  - target: $.paths['/pets']
    update:
      parameters: [{name: b, in: query}]
      get: {tags: [more], summary: List, responses: {'404': {description: gone}}}
  - target: $.info
    update: {title: Renamed}
""",
    )
    result, warnings = apply_overlays(SPEC, [path])
    item = result["paths"]["/pets"]
    assert [p["name"] for p in item["parameters"]] == ["a", "b"]
    assert item["get"]["tags"] == ["pets", "more"]
    assert item["get"]["summary"] == "List"
    assert set(item["get"]["responses"]) == {"200", "404"}
    assert result["info"] == {"title": "Renamed", "version": "1"}
    assert warnings == []


def test_input_is_not_mutated(tmp_path: Path) -> None:
    before = copy.deepcopy(SPEC)
    path = overlay(tmp_path, "actions:\n  - {target: '$..[?length(@.enum) > 1]', update: {x: 1}}\n")
    apply_overlays(SPEC, [path])
    assert before == SPEC


def test_filters_and_remove(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        """actions:
  - target: $..[?length(@.enum) > 1]
    update: {x-speakeasy-unknown-values: allow}
  - target: "$..allOf[?@.enum && !@['$ref']]"
    remove: true
  - target: $.paths['/pets'].get.tags[0]
    remove: true
""",
    )
    result, _ = apply_overlays(SPEC, [path])
    schemas = result["components"]["schemas"]
    assert schemas["Kind"]["x-speakeasy-unknown-values"] == "allow"
    assert "x-speakeasy-unknown-values" not in schemas["One"]
    assert schemas["Mixed"]["allOf"] == [{"$ref": "#/components/schemas/Kind"}]
    assert result["paths"]["/pets"]["get"]["tags"] == []


def test_removes_several_items_of_one_list(tmp_path: Path) -> None:
    spec = {"openapi": "3.1.0", "list": [1, 2, 3, 4, 5]}
    path = overlay(tmp_path, "actions:\n  - {target: '$.list[?@ > 1 && @ < 5]', remove: true}\n")
    assert apply_overlays(spec, [path])[0]["list"] == [1, 5]


def test_overlays_apply_in_order(tmp_path: Path) -> None:
    first = overlay(tmp_path, "actions:\n  - {target: $.info, update: {x-a: 1}}\n", "1.yaml")
    second = overlay(
        tmp_path, "actions:\n  - {target: '$.info[?@ == 1]', remove: true}\n", "2.yaml"
    )
    result, warnings = apply_overlays(SPEC, [first, second])
    assert "x-a" not in result["info"] and warnings == []


def test_target_matching_nothing_is_a_warning(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        "actions:\n  - {target: $.info, update: {x: 1}}\n  - target: $.nothing.here\n"
        "    update: {x: 1}\n",
    )
    _, warnings = apply_overlays(SPEC, [path])
    assert len(warnings) == 1
    (warning,) = warnings
    assert warning.severity == "warning"
    assert (warning.line, warning.pointer) == (5, "#/actions/1/target")
    assert warning.file.endswith("o.overlay.yaml") and not warning.file.startswith("/")
    assert "action 1" in warning.message and "$.nothing.here" in warning.message


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("info: {title: t}\nactions: [{target: $, update: {}}]\n", 1, "add `overlay: 1.0.0`"),
        ("overlay: 2.0.0\nactions: [{target: $, update: {}}]\n", 1, "'2.0.0' is not supported"),
        ("overlay: 1.0.0\ninfo: {title: t}\n", 1, "non-empty `actions`"),
        ("overlay: 1.0.0\nactions: []\n", 2, "non-empty `actions`"),
        ("overlay: 1.0.0\nactions:\n  - {target: '$.a[', update: {}}\n", 3, "invalid JSONPath"),
        ("overlay: 1.0.0\nactions:\n  - {target: $.a}\n", 3, "neither `update` nor `remove`"),
        ("overlay: 1.0.0\nactions:\n  - {target: $, remove: true}\n", 3, "cannot remove"),
        ("overlay: 1.0.0\nactions:\n  - {update: {}}\n", 3, "needs a `target`"),
        ("overlay: 1.0.0\nactions:\n  - [1]\n", 3, "must be a mapping"),
        ("- not a mapping\n", 1, "must be a mapping"),
    ],
)
def test_bad_overlay_files(tmp_path: Path, text: str, line: int, expected: str) -> None:
    path = tmp_path / "bad.overlay.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GeneratorError) as info:
        apply_overlays(SPEC, [path])
    problem = info.value.problems[0]
    assert problem.file.endswith("bad.overlay.yaml") and problem.line == line
    assert expected in problem.message


def test_load_spec_with_overlays(tmp_path: Path) -> None:
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8"
    )
    path = overlay(tmp_path, "actions:\n  - {target: $.nope, update: {x: 1}}\n")
    plain, with_overlay = load_spec(spec_path), load_spec(spec_path, [path])
    assert plain.digest == hashlib.sha256(spec_path.read_bytes()).hexdigest()
    assert with_overlay.digest != plain.digest
    assert with_overlay.overlays == (display_path(path),)
    assert [w.pointer for w in with_overlay.warnings] == ["#/actions/0/target"]


def walk(node: Any) -> Any:
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for child in children:
        yield from walk(child)


def test_upstream_overlays_on_the_full_spec() -> None:
    if not FULL_SPEC.is_file() or not UPSTREAM.is_dir():
        pytest.skip(f"{SHARED} is not available")
    overlays = sorted(UPSTREAM.glob("*.yaml"))
    spec = load_spec(FULL_SPEC)
    before = copy.deepcopy(spec.data)
    result, warnings = apply_overlays(spec.data, overlays)
    assert spec.data == before
    # open-enums: every node whose `enum` has more than one entry (RFC 9535 length(): lists and
    # strings alike) is opened, and nothing else is
    opened = [n for n in walk(result) if isinstance(n, dict) and "x-speakeasy-unknown-values" in n]
    multi = [n for n in walk(result) if isinstance(n, dict) and len(n.get("enum") or "") > 1]
    assert len(opened) == len(multi) > 100
    assert all(n["x-speakeasy-unknown-values"] == "allow" for n in multi)
    # add-headers: components + x-speakeasy-globals + every path item references the three
    names = ["AppIdentifier", "AppDisplayName", "AppCategories"]
    assert [p for p in result["components"]["parameters"] if p in names] == names
    refs = [{"$ref": f"#/components/parameters/{n}"} for n in names]
    assert result["x-speakeasy-globals"]["parameters"] == refs
    assert all(item["parameters"][-3:] == refs for item in result["paths"].values())
    # nullable-model-fields
    props = result["components"]["schemas"]["DefaultParameters"]["properties"]
    assert props["temperature"]["nullable"] is True
    # boolean-query-params: the x-openrouter-type boolean query parameter became a boolean
    typed = [n for n in walk(result) if isinstance(n, dict) and "x-openrouter-type" in n]
    assert typed and all(n["type"] == "boolean" for n in typed)
    # allof-simplify finds nothing to remove in this spec version: reported, not an error
    assert [w.file.rsplit("/", 1)[-1] for w in warnings] == ["allof-simplify.overlay.yaml"]
