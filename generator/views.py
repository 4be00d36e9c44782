"""Template contexts: everything a template shows is computed here, as plain data."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import emit
from .model import Api, Enum, Field, Model, Primitive, Resource, TypeRef, non_null
from .views_docs import docs_context

_HELPER_MODULES = {
    "Annotated": "typing",
    "Field": "pydantic",
    "Tag": "pydantic",
    "discriminated": ".._models",
    "Literal": "typing",
    "Any": "typing",
    "datetime": "datetime",
    "date": "datetime",
    "OpenEnum": ".._models",
    "OpenIntEnum": ".._models",
    "FileTypes": ".._types",
    "FileField": ".._models",
}


@dataclass(frozen=True)
class FieldView:
    name: str
    annotation: str
    default: str  # "" for required fields, else " = ..." source
    description: str


@dataclass(frozen=True)
class Import:
    module: str
    names: tuple[str, ...]


def base_context(api: Api) -> dict[str, Any]:
    return {
        "api": api,
        "settings": api.settings,
        "package": api.settings.package_name,
        "lazy_models": _lazy_models(api),
        **docs_context(api),
    }


def items(api: Api, collection: str) -> Sequence[Model | Enum | Resource]:
    if collection == "models":
        return _unique_modules(api.models)
    if collection == "enums":
        return api.enums
    if collection == "pages":
        return sorted([*api.models, *api.enums], key=lambda item: item.name)
    return api.resources


def file_stem(collection: str, item: Model | Enum | Resource) -> str:
    if collection == "pages":
        return emit.model_page(item.name).removesuffix(".md")
    return item.module


@dataclass(frozen=True)
class ModelIndex:
    """Lookups built once per render: per-item scans of every model made 1,000 operations
    quadratic."""

    groups: dict[str, list[Model]]  # module -> the models it holds
    modules: dict[str, str]  # model or enum class name -> module
    returned: frozenset[str]  # models a response can contain

    @classmethod
    def of(cls, api: Api) -> ModelIndex:
        groups: dict[str, list[Model]] = {}
        for m in api.models:
            groups.setdefault(m.module, []).append(m)
        modules = {m.name: m.module for m in api.models} | {e.name: e.module for e in api.enums}
        return cls(groups, modules, returned_models(api))


def item_contexts(
    api: Api, item_name: str, collection: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file stem, template context) for each item of a collection."""
    index = ModelIndex.of(api)
    for item in items(api, collection):
        yield file_stem(collection, item), item_context(api, item_name, item, index)


def item_context(
    api: Api, item_name: str, item: Model | Enum | Resource, index: ModelIndex | None = None
) -> dict[str, Any]:
    if item_name == "page":
        return {"page": item, "is_enum": isinstance(item, Enum)}
    if isinstance(item, Model):
        index = index or ModelIndex.of(api)
        group = index.groups[item.module]
        views = [model_view(m, m.name in index.returned) for m in group]
        return {
            "model": item,
            "group": views,
            "imports": model_imports(index, group),
            "deferred_annotations": needs_deferred_annotations(group, views),
        }
    if isinstance(item, Enum):
        return {"enum": item, "open_note": _open_note(item)}
    return {item_name: item}


def _open_note(enum: Enum) -> str:
    plain = "ints" if enum.value_kind == "int" else "strings"
    return (
        "Open enum: responses may carry values added after this SDK was generated; those are"
        f" kept as plain {plain}, so fields are typed `{enum.name} | {enum.value_kind}`."
    )


def needs_deferred_annotations(group: Sequence[Model], views: Sequence[dict[str, Any]]) -> bool:
    """Whether a model module needs `from __future__ import annotations`.

    Without it, annotations are evaluated as the class body runs, and pydantic need not
    compile and evaluate each one from a string (10-20% of the time spent building a model).
    They cannot be evaluated then when they name a class of the module itself (recursion) or a
    field of the class: `list: list[str] | None = None` rebinds `list` for later annotations.
    """
    own = {m.name for m in group}
    names: set[str] = set()
    for view in views:
        for f in view["fields"]:
            names.update(_IDENTIFIER.findall(_STRING.sub("", f.annotation)))
    fields = {f.name for view in views for f in view["fields"]}
    return bool(names & (own | fields))


_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")  # literals name nothing


def _unique_modules(models: Sequence[Model]) -> list[Model]:
    """One representative per module (mutually recursive models share a module)."""
    seen: dict[str, Model] = {}
    for model in models:
        seen.setdefault(model.module, model)
    return list(seen.values())


def model_view(model: Model, returned: bool) -> dict[str, Any]:
    return {"model": model, "fields": [field_view(f, returned) for f in model.fields]}


def returned_models(api: Api) -> frozenset[str]:
    """Names of the models a response (success, event or error) can contain."""
    by_name = {m.name: m for m in api.models}
    stack: list[TypeRef] = [r.type for op in api.operations for r in op.responses if r.type]
    stack += [e.type for op in api.operations for e in op.errors if e.type]
    found: set[str] = set()
    while stack:
        classes, _ = emit.referenced_names([stack.pop()])
        for name in classes - found:
            found.add(name)
            model = by_name.get(name)
            if model is not None:
                stack += [f.type for f in model.fields]
                stack += [model.extra_values] if model.extra_values is not None else []
    return frozenset(found)


def _is_password(t: TypeRef) -> bool:
    t = non_null(t)
    return isinstance(t, Primitive) and t.constraints.format == "password"


def field_view(f: Field, returned: bool = False) -> FieldView:
    if f.write_only and f.required and returned:  # responses leave write-only properties out
        f = dataclasses.replace(f, required=False)
    annotation = emit.py_type(f.type, in_model=True)
    options = []
    if f.name != f.wire_name:
        options.append(f"alias={f.wire_name!r}")
    if f.write_only or _is_password(f.type):
        options.append("repr=False")
    if not f.required and not f.nullable:
        annotation += " | None"
    default = "" if f.required else "None"
    if options:
        default_arg = [] if f.required else ["default=None"]
        return FieldView(
            f.name, annotation, f" = Field({', '.join(default_arg + options)})", f.description
        )
    return FieldView(f.name, annotation, f" = {default}" if default else "", f.description)


def model_imports(index: ModelIndex, group: Sequence[Model]) -> list[Import]:
    modules = index.modules
    # additionalProperties values are kept as they come (untyped extras): nothing to import
    types: list[TypeRef] = [f.type for m in group for f in m.fields]
    classes, helpers = emit.referenced_names(types)
    own = {m.name for m in group}
    by_module: dict[str, set[str]] = {".._models": {"BaseModel"}}
    if any(field_view(f).default.startswith(" = Field(") for m in group for f in m.fields):
        by_module["pydantic"] = {"Field"}
    for helper in helpers:
        name = "FileField" if helper == "FileTypes" else helper  # models hold files as FileField
        by_module.setdefault(_HELPER_MODULES[name], set()).add(name)
    for cls in classes - own:
        by_module.setdefault("." + modules[cls], set()).add(cls)
    # stdlib and third-party modules first, then relative ones, the way isort orders them
    order = sorted(by_module, key=lambda mod: (mod.startswith("."), not mod.startswith(".."), mod))
    return [Import(mod, tuple(sorted(by_module[mod]))) for mod in order]


def _lazy_models(api: Api) -> list[tuple[str, str]]:
    """(class name, module) for every model and enum, for the lazy `models` package."""
    pairs = [(m.name, m.module) for m in api.models] + [(e.name, e.module) for e in api.enums]
    return sorted(pairs)
