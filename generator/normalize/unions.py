"""`oneOf`/`anyOf` → `UnionOf`, with the discriminator read into tags pydantic can use."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ..model import ANY, NULL, ModelRef, TypeRef, UnionOf, is_unsatisfiable, nullable, unsatisfiable
from ..naming import field_name
from .schema_keywords import component_key, public_name
from .schema_resolver import SchemaResolver


class UnionBuilder(ABC):
    """The union part of `SchemaBuilder`, which provides the methods declared abstract here."""

    resolver: SchemaResolver

    @abstractmethod
    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeRef: ...

    @abstractmethod
    def _ref(self, ref: Any, pointer: str, hint: str) -> TypeRef: ...

    @abstractmethod
    def _warn(self, pointer: str, message: str) -> None: ...

    @abstractmethod
    def _single_type(
        self, schema: dict[str, Any], kind: Any, pointer: str, hint: str
    ) -> TypeRef: ...

    def _union(self, schema: dict[str, Any], keyword: str, pointer: str, hint: str) -> TypeRef:
        options = schema[keyword]
        variants: list[TypeRef] = []
        members: list[TypeRef] = []
        for index, option in enumerate(options):
            variant = self.type_of(option, f"{pointer}/{keyword}/{index}", f"{hint}{index + 1}")
            members.append(variant)
            for flat in variant.variants if isinstance(variant, UnionOf) else (variant,):
                if flat not in variants:
                    variants.append(flat)
        discriminator = schema.get("discriminator")
        tag = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        non_null = [v for v in variants if v != NULL]
        if not non_null:
            return NULL
        tagged: str | None = None
        tags: tuple[tuple[str, str], ...] = ()
        if isinstance(tag, str) and len(non_null) > 1:
            tagged, tags = self._tagging(schema, keyword, pointer, tag, non_null)
        # a member typed Any may hold keywords the model does not keep (`required` alone):
        # what tells the members apart is then unknown
        one_of = tuple(members) if keyword == "oneOf" and ANY not in members else ()
        base: TypeRef
        if len(non_null) > 1:
            base = UnionOf(tuple(non_null), tagged, tags, one_of)
        elif keyword == "oneOf" and self._alike(options, pointer):
            base = self._same_members(schema, non_null[0], pointer)
        else:
            base = non_null[0]
        return nullable(base) if len(non_null) < len(variants) else base

    def _alike(self, options: list[Any], pointer: str) -> bool:
        """Whether several non-null members are one schema but for their annotations."""
        found = []
        for index, option in enumerate(options):
            resolved = self.resolver.resolve_fully(option, f"{pointer}/oneOf/{index}")
            if resolved != {"type": "null"}:
                found.append(_without_annotations(resolved))
        return len(found) > 1 and all(f == found[0] for f in found)

    def _same_members(self, schema: dict[str, Any], member: TypeRef, pointer: str) -> TypeRef:
        """A `oneOf` whose members all accept the same values: a value fitting one fits every
        other, so none fits exactly one. Typed as the member (or the schema's own `type`, when
        the members only annotate), marked unsatisfiable so that no test sends a value."""
        if member == ANY and isinstance(schema.get("type"), str):
            member = self._single_type(schema, schema["type"], pointer, "")
        marked = unsatisfiable(member)
        self._warn(
            pointer + "/oneOf",
            "the oneOf members accept the same values, so no value matches exactly one of them"
            " (use anyOf, or tell them apart); typed as they read, and the generated contract"
            + (" tests send no value of it" if is_unsatisfiable(marked) else " tests may fail"),
        )
        return marked

    def _tagging(
        self, schema: dict[str, Any], keyword: str, pointer: str, tag: str, variants: list[TypeRef]
    ) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """(tag property, (value, model) pairs) for a union with a discriminator.

        Literal tags in every variant: pydantic reads them itself (no pairs). Otherwise the
        pairs come from `mapping` and, for variants it leaves out, the schema names.
        """
        options = [o for o in schema[keyword] if o != {"type": "null"}]
        if not all(isinstance(v, ModelRef) for v in variants):
            self._warn(
                pointer + "/discriminator",
                f"discriminator {tag!r} is ignored: some variants are not object schemas; "
                "values are matched against the variants in turn",
            )
            return None, ()
        literal = all(
            self.resolver.const_tag(o, pointer, tag, required=True) is not None for o in options
        )
        if literal and public_name(field_name(tag)) == tag:  # pydantic tags by attribute name
            return tag, ()
        names = {v.name for v in variants if isinstance(v, ModelRef)}
        pairs = self._tag_pairs(schema, pointer, tag, options, variants)
        if not names <= set(pairs.values()):
            self._warn(
                pointer + "/discriminator",
                f"discriminator {tag!r} is ignored: variants without a mapping entry or a "
                "schema name cannot be told apart by it; values are matched against the "
                "variants in turn",
            )
            return None, ()
        return tag, tuple(sorted(pairs.items()))

    def _tag_pairs(
        self,
        schema: dict[str, Any],
        pointer: str,
        tag: str,
        options: list[Any],
        variants: list[TypeRef],
    ) -> dict[str, str]:
        """Tag value → model name: the `mapping` entries first, then each remaining member's
        literal tag or, failing that, its schema name."""
        names = {v.name for v in variants if isinstance(v, ModelRef)}
        pairs: dict[str, str] = {}
        mapping = schema["discriminator"].get("mapping")
        for value, target in (mapping if isinstance(mapping, dict) else {}).items():
            ref = str(target) if str(target).startswith("#") else f"#/components/schemas/{target}"
            typ = self._ref(ref, pointer + "/discriminator/mapping", str(value))
            if isinstance(typ, ModelRef) and typ.name in names:
                pairs[str(value)] = typ.name
        for index, option in enumerate(options):
            raw_ref = option.get("$ref") if isinstance(option, dict) else None
            ref = raw_ref if isinstance(raw_ref, str) else ""
            key = component_key(ref) if ref else None
            aligned = len(variants) == len(options)  # inline members: matched by position
            variant = (
                self._ref(ref, pointer, "")
                if key is not None
                else variants[index]
                if aligned
                else None
            )
            if isinstance(variant, ModelRef) and variant.name not in pairs.values():
                const = self.resolver.const_tag(option, pointer, tag, required=False)
                pairs[str(const) if const is not None else key or ""] = variant.name
        return pairs


_ANNOTATIONS = ("title", "description", "example", "examples", "deprecated", "externalDocs")


def _without_annotations(schema: Any) -> Any:
    """A schema without the keywords that do not constrain values (its own, not nested)."""
    if not isinstance(schema, dict):
        return schema
    return {
        k: v for k, v in schema.items() if k not in _ANNOTATIONS and not str(k).startswith("x-")
    }
