"""Schemas followed through `$ref`s and merged across `allOf`, for the questions the schema
builder asks before it builds a type."""

from __future__ import annotations

from typing import Any

from .refs import Document
from .schema_keywords import enum_values


class SchemaResolver:
    """Reads schemas through `$ref` and `allOf` without building types."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def merge_all_of(self, schema: dict[str, Any], pointer: str) -> dict[str, Any]:
        """One object schema holding the properties of every allOf part (refs followed)."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for index, part in enumerate(schema.get("allOf", [])):
            part_pointer = f"{pointer}/allOf/{index}"
            resolved = self.resolve_fully(part, part_pointer)
            if isinstance(resolved, dict) and "allOf" in resolved:
                resolved = self.merge_all_of(resolved, part_pointer)
            if isinstance(resolved, dict):
                merged["properties"].update(resolved.get("properties") or {})
                merged["required"].extend(resolved.get("required") or [])
                for key in ("description", "additionalProperties", "example"):
                    if key in resolved and key not in merged:
                        merged[key] = resolved[key]
        merged["properties"].update(schema.get("properties") or {})
        merged["required"].extend(schema.get("required") or [])
        if "description" in schema:
            merged["description"] = schema["description"]
        return merged

    def untyped_properties(self, schema: dict[str, Any], pointer: str) -> tuple[str, ...]:
        """The properties of the allOf parts that declare no `type` while neither the schema
        nor an earlier part has (`Model.untyped_all_of`)."""
        found: list[str] = []
        typed = "type" in schema
        for index, part in enumerate(schema.get("allOf", [])):
            resolved = self.resolve_fully(part, f"{pointer}/allOf/{index}")
            if not isinstance(resolved, dict) or typed or "allOf" in resolved:
                continue  # a nested allOf may well give a type: no guess
            typed = "type" in resolved
            if not typed:
                properties = resolved.get("properties")
                found += [str(k) for k in properties] if isinstance(properties, dict) else []
        return tuple(found)

    def merged(self, schema: Any, pointer: str) -> Any:
        """The schema with its `$ref`s followed and its `allOf` parts merged."""
        resolved = self.resolve_fully(schema, pointer)
        if isinstance(resolved, dict) and "allOf" in resolved:
            return self.merge_all_of(resolved, pointer)
        return resolved

    def resolve_fully(self, schema: Any, pointer: str) -> Any:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            target = self.doc.resolve_ref(schema["$ref"], pointer)
            if target is None:
                return {}
            pointer, schema = target
        return schema

    def const_tag(self, option: Any, pointer: str, tag: str, *, required: bool) -> Any:
        """The one fixed value of this union member's `tag` property (a literal field), or
        None; with `required`, only when the property is required too."""
        resolved = self.resolve_fully(option, pointer)
        if isinstance(resolved, dict) and "allOf" in resolved:
            resolved = self.merge_all_of(resolved, pointer)
        if not isinstance(resolved, dict):
            return None
        if required and tag not in (resolved.get("required") or []):
            return None
        raw = (resolved.get("properties") or {}).get(tag)
        prop = self.resolve_fully(raw, pointer)
        types = prop.get("type") if isinstance(prop, dict) else None
        if not isinstance(prop, dict) or prop.get("nullable") is True:
            return None
        if isinstance(types, list) and "null" in types:
            return None
        values = [prop["const"]] if "const" in prop else enum_values(prop)
        if len(values) != 1 or values[0] is None:
            return None
        if required and isinstance(raw, dict) and "$ref" in raw and "const" not in prop:
            return None  # a referenced enum is an Enum class, which pydantic cannot tag by
        return values[0]

    def required_of(self, part: Any, pointer: str) -> set[Any]:
        """The property names `part` requires, refs followed and allOf merged."""
        resolved = self.resolve_fully(part, pointer)
        if isinstance(resolved, dict) and "allOf" in resolved:
            resolved = self.merge_all_of(resolved, pointer)
        listed = resolved.get("required") if isinstance(resolved, dict) else None
        return set(listed) if isinstance(listed, list) else set()

    def parts(self, parts: list[Any], pointer: str) -> list[Any]:
        """The allOf parts at `pointer`, refs followed."""
        return [self.resolve_fully(p, f"{pointer}/allOf/{i}") for i, p in enumerate(parts)]
