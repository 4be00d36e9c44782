"""Polymorphism by inheritance: a `$ref` to a base schema stands for a value of its subtypes.

A base schema is a component object schema with a `discriminator` and no `oneOf`/`anyOf` (those
are unions of their own, `unions.py`). OpenAPI (3.0.3 §4.7.25, 3.1 §4.8.25) reads a value
where the base is referenced as one of its subtypes, picked by the tag property: the schemas the
`mapping` names, and for the rest, implicitly, each component schema whose `allOf` references
the base (directly or through another subtype), tagged by its component name. A subtype that
is a base itself (Pet ← Dog ← Puppy) with a discriminator on the same property adds its own
`mapping` to the top base's (the top's, then the nearest subtype's, win a conflict: warned). The
subtypes themselves merge the base's properties (`SchemaResolver.merge_all_of`) and stay plain
models.

Inside another `oneOf`/`anyOf` the union stays one member (`unions._flattened`), so the tag
still picks the subtype and the base is still the fallback. When that union has a
discriminator of its own, its tag picks the member first (`unions.UnionBuilder._tagging`).

The union ends with the base model, the fallback for a tag no member has: such a value is still
valid against the base schema, and an API adding a subtype must not break older SDKs.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import canonical_ref
from ..model import ModelRef, TypeRef, UnionOf, is_nullable, non_null, nullable
from .refs import Document
from .schema_keywords import component_key, escape, is_object

_PREFIX = "#/components/schemas/"


class Inheritance:
    """The base schemas of a document and their subtypes, read from `components/schemas`."""

    def __init__(self, doc: Document, class_names: dict[str, str]) -> None:
        self.doc = doc
        self.class_names = class_names  # component key → class name (`component_class_names`)
        schemas = doc.get(("components", "schemas"))
        self.schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        # pointer of a schema → keys of the components whose allOf references it directly
        self.children: dict[str, list[str]] = {}
        for key in sorted(self.schemas):
            for ref in _all_of_refs(self.schemas[key]):
                self.children.setdefault(canonical_ref(ref), []).append(key)
        # pointer of a referenced schema → the union of its subtypes (None: no base)
        self._unions: dict[str, UnionOf | None] = {}
        self._mappings: dict[str, dict[str, str]] = {}  # pointer → `_explicit` pairs

    def value_type(self, ref: Any, own: TypeRef) -> TypeRef:
        """The type of a value referencing `ref`, whose own type is `own`: the union of its
        subtypes when `ref` is a base schema, else `own`."""
        if not isinstance(ref, str) or not ref.startswith(_PREFIX):
            return own
        pointer = canonical_ref(ref)
        if pointer not in self._unions:  # only the union is kept: `own` varies by context
            self._unions[pointer] = self._union(pointer, own)
        union = self._unions[pointer]
        if union is None:
            return own
        return nullable(union) if is_nullable(own) else union

    def _union(self, pointer: str, own: TypeRef) -> UnionOf | None:
        base = non_null(own)
        tag = self._tag_property(pointer)
        if tag is None or not isinstance(base, ModelRef):
            return None
        pairs = self._pairs(pointer, base.name)
        names = [n for n in dict.fromkeys(pairs.values()) if n != base.name]
        if not names:  # no subtype: the base alone
            return None
        return UnionOf(
            (*(ModelRef(n) for n in names), base),
            discriminator=tag,
            tags=tuple(sorted(pairs.items())),
            fallback=base.name,
        )

    def _tag_property(self, pointer: str) -> str | None:
        schema = self.schemas.get(component_key(pointer) or "")
        if not isinstance(schema, dict) or not is_object(schema):
            return None
        if not isinstance(schema.get("discriminator"), dict):
            return None
        name = schema["discriminator"].get("propertyName")
        return name if isinstance(name, str) and name else None

    def _pairs(self, pointer: str, base: str) -> dict[str, str]:
        """Tag value → class name: the `mapping` entries first (the base's own, then those of
        subtypes with a discriminator on the same property, nearest first), then each subtype
        they leave out, by its component name (a subtype with a discriminator of its own is a
        plain member here: its subtypes are members too, as descendants)."""
        descendants = self._descendants(pointer)
        pairs = dict(self._explicit(pointer, base))
        origin = dict.fromkeys(pairs, base)  # tag value → the schema whose mapping set it
        tag = self._tag_property(pointer)
        for key in descendants:
            if self._tag_property(_PREFIX + escape(key)) == tag:
                self._merge(pairs, origin, key)
        mapped = set(pairs.values())
        for key in descendants:
            if is_object(self.schemas[key]) and self.class_names[key] not in mapped:
                pairs.setdefault(key, self.class_names[key])
        return pairs

    def _merge(self, pairs: dict[str, str], origin: dict[str, str], key: str) -> None:
        """Adds the `mapping` of the subtype `key` (a middle of a deeper hierarchy) to `pairs`;
        a tag value an earlier mapping reads otherwise keeps that reading, with a warning."""
        pointer = _PREFIX + escape(key)
        for value, name in self._explicit(pointer, self.class_names[key]).items():
            if value not in pairs:
                pairs[value], origin[value] = name, self.class_names[key]
            elif pairs[value] != name:
                self.doc.warn(
                    f"{pointer}/discriminator/mapping/{escape(value)}",
                    f"discriminator mapping {value!r} names {name!r}, but the mapping of "
                    f"{origin[value]!r} reads {value!r} as {pairs[value]!r}; where a value may "
                    f"be any subtype of {origin[value]!r}, {value!r} is read as "
                    f"{pairs[value]!r}",
                )

    def _explicit(self, pointer: str, base: str) -> dict[str, str]:
        """Tag value → class name of the base schema's own `mapping` (warned about once)."""
        if pointer in self._mappings:
            return self._mappings[pointer]
        descendants = self._descendants(pointer)
        mapping = self.schemas[component_key(pointer) or ""]["discriminator"].get("mapping")
        pairs: dict[str, str] = {}
        for value, target in mapping.items() if isinstance(mapping, dict) else ():
            at = f"{pointer}/discriminator/mapping/{escape(str(value))}"
            key = self._mapped(str(target), at, str(value), base)
            if key is None:
                continue
            if key not in descendants and _PREFIX + escape(key) != pointer:
                self.doc.warn(
                    at,
                    f"discriminator mapping {str(value)!r} names schema {key!r}, whose allOf does"
                    f" not reference {base!r}; values tagged {str(value)!r} are read as "
                    f"{self.class_names[key]!r} all the same",
                )
            pairs[str(value)] = self.class_names[key]
        self._mappings[pointer] = pairs
        return pairs

    def _mapped(self, target: str, at: str, value: str, base: str) -> str | None:
        """The component key a mapping value names (a `$ref` or a bare schema name), or None
        with a problem: an error when it names nothing, a warning when no model."""
        ref = target if target.startswith("#") else _PREFIX + escape(target)
        found = self.doc.resolve_ref(ref, at)  # a dangling one is an error, as any $ref's
        if found is None:
            return None
        key = component_key(found[0])
        if key is None or not is_object(found[1]):
            self.doc.warn(
                at,
                f"discriminator mapping {value!r} names {target!r}, which is no object schema "
                f"under components/schemas; values tagged {value!r} are read as {base!r}",
            )
            return None
        return key

    def _descendants(self, pointer: str) -> list[str]:
        """Keys of the components extending the schema at `pointer`, nearest first."""
        found: dict[str, None] = {}
        queue = [pointer]
        while queue:
            for key in self.children.get(queue.pop(0), ()):
                if key not in found and _PREFIX + escape(key) != pointer:
                    found[key] = None
                    queue.append(_PREFIX + escape(key))
        return list(found)


def _all_of_refs(schema: Any) -> list[str]:
    """The local `$ref`s among a schema's allOf parts."""
    parts = schema.get("allOf") if isinstance(schema, dict) else None
    refs = [p.get("$ref") for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []
    return [r for r in refs if isinstance(r, str) and r.startswith("#")]
