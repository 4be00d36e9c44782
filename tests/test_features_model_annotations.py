"""Model modules evaluate their annotations eagerly unless that would break (views only).

Without `from __future__ import annotations` pydantic builds a model faster (no string to
compile and evaluate per field); recursive models and fields shadowing an annotation's names
keep it.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from generator import views
from generator.model import Api
from generator.normalize import normalize


def _api(**schemas: Any) -> Api:
    data = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    api, problems = normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    assert not [p for p in problems if p.severity == "error"], problems
    return api


def _deferred(api: Api, name: str) -> bool:
    model = next(m for m in api.models if m.name == name)
    return bool(views.item_context(api, "model", model)["deferred_annotations"])


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def test_plain_models_evaluate_annotations_eagerly() -> None:
    api = _api(
        Pet=_obj(name={"type": "string"}, owner={"$ref": "#/components/schemas/Owner"}),
        Owner=_obj(id={"type": "integer"}),
    )
    assert not _deferred(api, "Pet") and not _deferred(api, "Owner")


def test_recursive_model_defers_annotations() -> None:
    api = _api(
        Node=_obj(children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}})
    )
    assert _deferred(api, "Node")


def test_a_field_named_like_a_builtin_is_renamed_so_annotations_stay_eager() -> None:
    # `list: list[str] | None = None` would rebind `list` for the annotations after it (and
    # mypy reads such an annotation as the field): the field is `list_`, aliased
    strings = {"type": "array", "items": {"type": "string"}}
    api = _api(Bag=_obj(list=strings, tags=strings))
    bag = next(m for m in api.models if m.name == "Bag")
    assert [(f.name, f.wire_name) for f in bag.fields] == [("list_", "list"), ("tags", "tags")]
    assert not _deferred(api, "Bag")


def test_a_field_shadowing_a_name_of_an_annotation_defers_annotations() -> None:
    field = SimpleNamespace(name="Thing", annotation="list[Thing] | None")
    assert views.needs_deferred_annotations([], [{"fields": [field]}])


def test_names_inside_literal_strings_do_not_count() -> None:
    api = _api(Added=_obj(type={"const": "text.annotation.added"}, annotation={"type": "string"}))
    assert not _deferred(api, "Added")
