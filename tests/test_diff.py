"""diff: pairs of specs → labelled changes of the Python API, and the next version."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, build_api

from generator.cli import main
from generator.diff import Change, bump, compare, level
from generator.model import LiteralOf, Primitive, UnionOf
from generator.snapshot import Snapshot, dumps, snapshot, type_str

BASE = """
openapi: 3.1.0
info: {title: Shop API, version: 1.0.0}
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - {name: limit, in: query, schema: {type: [integer, string]}}
        - {name: status, in: query, schema: {type: string}}
        - {name: color, in: query, schema: {$ref: '#/components/schemas/Color'}}
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Item'}}}
    post:
      operationId: createItem
      tags: [items]
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/ItemCreate'}}
      responses:
        '201':
          description: created
          content:
            application/json: {schema: {$ref: '#/components/schemas/Item'}}
  /items/{id}:
    get:
      operationId: getItem
      tags: [items]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {$ref: '#/components/schemas/Item'}}
        '404':
          description: missing
          content:
            application/json: {schema: {$ref: '#/components/schemas/Problem'}}
    delete:
      operationId: deleteItem
      tags: [items]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: gone}
components:
  schemas:
    Color: {type: string, enum: [red, green, blue]}
    Grade: {type: string, enum: [new, used]}
    Item:
      type: object
      required: [id, name, price]
      properties:
        id: {type: string}
        name: {type: string}
        price: {type: integer}
        grade: {$ref: '#/components/schemas/Grade'}
        note: {type: string}
    ItemCreate:
      type: object
      required: [name]
      properties:
        name: {type: string}
        color: {$ref: '#/components/schemas/Color'}
        tags: {type: array, items: {type: string}}
    Problem:
      type: object
      properties:
        detail: {type: string}
"""


def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(BASE)
    return data


def snap(data: dict[str, Any]) -> Snapshot:
    return snapshot(build_api(data))


def changes_after(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    new = spec()
    edit(new)
    return compare(snap(spec()), snap(new))


def lines(changes: list[Change]) -> list[str]:
    return [f"{c.label} {c.symbol}: {c.message}" for c in changes]


def params(data: dict[str, Any], path: str = "/items", method: str = "get") -> list[Any]:
    found: list[Any] = data["paths"][path][method]["parameters"]
    return found


def schema(data: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = data["components"]["schemas"][name]
    return found


def test_same_spec_no_changes_same_version() -> None:
    changes = compare(snap(spec()), snap(spec()))
    assert changes == []
    assert bump("0.3.1", changes) == "0.3.1"


def test_removed_operation_is_breaking() -> None:
    changes = changes_after(lambda d: d["paths"]["/items/{id}"].pop("delete"))
    assert lines(changes) == ["BREAKING Shop.items.delete_item(): method removed"]


def test_renamed_argument_is_breaking_with_a_hint() -> None:
    def rename(d: dict[str, Any]) -> None:
        params(d)[1]["name"] = "state"

    (change,) = changes_after(rename)
    assert change.label == "BREAKING"
    assert change.symbol == "Shop.items.list_items(status=)"
    assert change.message == "argument renamed to `state`"
    assert change.hint == "pass `state=` instead of `status=`"


def test_argument_renamed_by_name_override_keeps_wire_name() -> None:
    changes = changes_after(lambda d: params(d)[1].update({"x-speakeasy-name-override": "state"}))
    assert lines(changes) == [
        "BREAKING Shop.items.list_items(status=): argument renamed to `state`"
    ]


def test_optional_argument_made_required_is_breaking() -> None:
    changes = changes_after(lambda d: params(d)[1].update(required=True))
    assert lines(changes) == [
        "BREAKING Shop.items.list_items(status=): optional argument made required"
    ]


def test_narrowed_argument_type_is_breaking_widened_is_a_feature() -> None:
    narrowed = changes_after(lambda d: params(d)[0].update(schema={"type": "integer"}))
    assert lines(narrowed) == [
        "BREAKING Shop.items.list_items(limit=): argument type changed from `int | str` to `int`"
    ]
    assert "`str` is gone" in narrowed[0].hint
    widened = changes_after(lambda d: params(d)[1].update(schema={"type": ["string", "integer"]}))
    assert [c.label for c in widened] == ["FEATURE"]


def test_enum_value_removed_from_a_request_type_is_breaking() -> None:
    changes = changes_after(lambda d: schema(d, "Color")["enum"].remove("blue"))
    assert lines(changes) == [
        "BREAKING shop.models.Color.BLUE: value 'blue' removed from an enum used in requests"
    ]


def test_enum_value_removed_from_a_response_only_enum_is_a_fix() -> None:
    changes = changes_after(lambda d: schema(d, "Grade")["enum"].remove("used"))
    assert [(c.label, c.symbol) for c in changes] == [("FIX", "shop.models.Grade.USED")]


def test_value_added_to_an_open_enum_is_not_breaking() -> None:
    changes = changes_after(lambda d: schema(d, "Color")["enum"].append("black"))
    assert lines(changes) == ["FEATURE shop.models.Color.BLACK: new value 'black'"]


def test_value_added_to_a_closed_response_enum_is_breaking() -> None:
    old = snap(spec())
    old["enums"]["Grade"]["open"] = False
    new = copy.deepcopy(old)
    new["enums"]["Grade"]["values"]["REFURBISHED"] = "refurbished"
    assert [c.label for c in compare(old, new)] == ["BREAKING"]
    opened = copy.deepcopy(old)
    opened["enums"]["Grade"]["open"] = True
    assert [c.label for c in compare(old, opened)] == ["FEATURE"]
    assert [c.label for c in compare(opened, old)] == ["BREAKING"]


def test_field_removed_from_a_response_is_breaking() -> None:
    changes = changes_after(lambda d: schema(d, "Item")["properties"].pop("note"))
    assert lines(changes) == ["BREAKING shop.models.Item.note: field removed"]
    assert changes[0].hint == "stop reading `.note`"


def test_response_field_that_may_now_be_none_is_breaking() -> None:
    def loosen(d: dict[str, Any]) -> None:
        schema(d, "Item")["required"].remove("price")

    (change,) = changes_after(loosen)
    assert (change.label, change.symbol) == ("BREAKING", "shop.models.Item.price")
    assert "may be None" in change.message


def test_added_fields_and_arguments() -> None:
    def add(d: dict[str, Any]) -> None:
        schema(d, "Item")["properties"]["size"] = {"type": "integer"}
        params(d).append({"name": "q", "in": "query", "schema": {"type": "string"}})
        params(d, "/items/{id}").append(
            {"name": "v", "in": "query", "required": True, "schema": {"type": "string"}}
        )

    assert lines(changes_after(add)) == [
        "BREAKING Shop.items.get_item(v=): new required argument",
        "FEATURE Shop.items.list_items(q=): new optional argument",
        "FEATURE shop.models.Item.size: new optional field",
    ]


def test_error_status_added_is_breaking_removed_is_a_fix() -> None:
    def add_error(d: dict[str, Any]) -> None:
        d["paths"]["/items/{id}"]["delete"]["responses"]["404"] = d["paths"]["/items/{id}"]["get"][
            "responses"
        ]["404"]

    (added,) = changes_after(add_error)
    assert added.label == "BREAKING" and added.symbol == "Shop.items.delete_item()"
    assert "HTTP 404" in added.message and "errors." in added.hint
    removed = changes_after(lambda d: d["paths"]["/items/{id}"]["get"]["responses"].pop("404"))
    assert "FIX" in [c.label for c in removed] and level(removed) != "FEATURE"


def test_new_operation_is_a_feature() -> None:
    def add(d: dict[str, Any]) -> None:
        d["paths"]["/items/{id}"]["put"] = {**d["paths"]["/items/{id}"]["delete"]}
        d["paths"]["/items/{id}"]["put"]["operationId"] = "replaceItem"

    assert lines(changes_after(add)) == ["FEATURE Shop.items.replace_item(): new method"]


def test_changed_spec_without_api_changes_is_a_fix() -> None:
    old, new = snap(spec()), snap(spec())
    new["spec_digest"] = "1" * 64
    (change,) = compare(old, new)
    assert change.label == "FIX" and "without changes to the Python API" in change.message


@pytest.mark.parametrize(
    ("version", "label", "expected"),
    [
        ("0.1.0", "BREAKING", "0.2.0"),  # before 1.0.0 the minor version signals breaking
        ("0.1.3", "FEATURE", "0.1.4"),
        ("0.1.3", "FIX", "0.1.4"),
        ("1.2.3", "BREAKING", "2.0.0"),
        ("1.2.3", "FEATURE", "1.3.0"),
        ("1.2.3", "FIX", "1.2.4"),
    ],
)
def test_bump(version: str, label: Any, expected: str) -> None:
    changes = [Change("FIX", "x", "m", "h"), Change(label, "y", "m", "h")]
    assert bump(version, changes) == expected


def test_snapshot_is_deterministic_and_order_insensitive() -> None:
    text = dumps(snap(spec()))
    assert text == dumps(snap(spec()))
    data = json.loads(text)
    assert set(data) >= {"_generated", "spec_digest", "version", "methods", "models", "enums"}
    assert type_str(UnionOf((Primitive("str"), Primitive("null"), Primitive("int")))) == (
        "int | str | None"
    )
    assert type_str(LiteralOf(("b", "a"))) == "Literal['a'] | Literal['b']"
    reordered = spec()
    params(reordered)[0]["schema"] = {"type": ["string", "integer"]}
    assert compare(snap(spec()), snap(reordered)) == []


def real_spec_pair(tmp_path: Path) -> tuple[Path, Path]:
    """The real spec, and a copy without the `xai` provider and with `workspace_id` renamed."""
    source = ROOT / "spec" / "openrouter-byok.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["components"]["schemas"]["ProviderSlug"]["enum"].remove("xai")
    for param in params(data, "/byok"):
        if param.get("name") == "workspace_id":
            param["name"] = "workspace"
    new = tmp_path / "openrouter-byok.yaml"
    new.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    (tmp_path / "openrouter-byok.sdk.toml").write_bytes(
        (ROOT / "spec" / "openrouter-byok.sdk.toml").read_bytes()
    )
    return source, new


def test_diff_command_on_the_real_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_spec_pair(tmp_path)
    assert main(["diff", str(old), str(new), "-o", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:-1] == [
        "BREAKING OpenRouter.byok.list(workspace_id=): argument renamed to `workspace`; "
        "migration: pass `workspace=` instead of `workspace_id=`",
        "BREAKING openrouter_byok.models.ProviderSlug.XAI: value 'xai' removed from an enum used "
        "in requests; migration: use another value; this member is gone",
    ]
    assert out[-1] == "next version: 0.2.0 (from 0.1.0, 2 change(s))"
    assert main(["diff", str(new), str(new), "--current-version", "1.4.2"]) == 0
    assert capsys.readouterr().out.splitlines() == ["next version: 1.4.2 (from 1.4.2, 0 change(s))"]
