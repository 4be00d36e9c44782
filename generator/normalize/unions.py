"""`oneOf`/`anyOf` → `UnionOf`, with the discriminator read into tags pydantic can use."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ..model import (
    ANY,
    NULL,
    ModelRef,
    TypeRef,
    UnionOf,
    is_nullable,
    is_unsatisfiable,
    non_null,
    nullable,
    unsatisfiable,
)
from ..naming import field_name
from .schema_keywords import component_key, public_name, shape
from .schema_resolver import SchemaResolver


class UnionBuilder(ABC):
    """The union part of `SchemaBuilder`, which provides the methods declared abstract here."""

    resolver: SchemaResolver
    _warned_twins: set[int]  # id() of the oneOf schemas warned about (shared via $ref)
    _shared_names: dict[str, str]  # see `SchemaBuilder`

    @abstractmethod
    def fresh_name(self, hint: str) -> str: ...

    @abstractmethod
    def _class_name(self, raw: str) -> str: ...

    @abstractmethod
    def _build_model(
        self, schema: dict[str, Any], pointer: str, name: str, shared: str | None = None
    ) -> None: ...

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
            for flat in _flattened(variant):
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
        # with a discriminator, readers pick the member by its tag instead, unless the members
        # are one type (one `$ref` twice, two aliases of one model): nothing tells them apart
        void = (
            keyword == "oneOf"
            and (not tag or len(non_null) == 1)
            and len(options) > 1
            and self._all_twins(schema, options, pointer)
        )
        # a member typed Any may hold keywords the model does not keep (`required` alone):
        # what tells the members apart is then unknown
        one_of = tuple(members) if keyword == "oneOf" and ANY not in members else ()
        void = void or self._type_conflicts(schema, keyword, options, pointer)
        base: TypeRef
        if len(non_null) > 1:
            base = UnionOf(tuple(non_null), tagged, tags, unsatisfiable=void, one_of=one_of)
        elif void:  # typed as the members read, marked: no value fits exactly one of them
            member = self._own_type(schema, non_null[0], pointer)
            marked = unsatisfiable(member)  # an enum or a literal carries no mark of its own
            base = marked if is_unsatisfiable(marked) else UnionOf((member,), unsatisfiable=True)
        else:
            base = non_null[0]
        return nullable(base) if len(non_null) < len(variants) else base

    def _own_type(self, schema: dict[str, Any], member: TypeRef, pointer: str) -> TypeRef:
        """`member`; members that only annotate (`oneOf: [{description: a}, ...]` beside
        `type: string`) read as the schema's own type."""
        if member == ANY and isinstance(schema.get("type"), str):
            return self._single_type(schema, schema["type"], pointer, "")
        return member

    def _type_conflicts(
        self, schema: dict[str, Any], keyword: str, options: list[Any], pointer: str
    ) -> bool:
        """Whether the schema's own `type` is none of its members' (soundcloud.com: `type:
        array` beside `anyOf: [{type: object}]`): JSON Schema checks both, so no value is
        valid. Warned; the SDK reads values as the members describe them."""
        own = _types(schema)
        if not own or "null" in own:
            return False
        for index, option in enumerate(options):
            theirs = _types(self.resolver.merged(option, f"{pointer}/{keyword}/{index}"))
            if not theirs or own & theirs or {"integer", "number"} <= own | theirs:
                return False
        self._warn(
            f"{pointer}/type",
            f"`type: {schema['type']}` is no type of the {keyword} members beside it; JSON Schema "
            "checks both, so no value is valid: the SDK reads values as the members describe "
            "them, and the generated tests expect none",
        )
        return True

    def _all_twins(self, schema: dict[str, Any], options: list[Any], pointer: str) -> bool:
        """Whether every `oneOf` member has a twin accepting the same values (they differ only
        in annotations such as `default`): a value matching one matches its twin too, never
        exactly one member, so no value is valid. Warns once per schema about any twins."""
        shapes = [
            shape(self.resolver.merged(o, f"{pointer}/oneOf/{i}")) for i, o in enumerate(options)
        ]
        twins = [i for i, s in enumerate(shapes) if shapes.count(s) > 1]
        if twins and id(schema) not in self._warned_twins:
            self._warned_twins.add(id(schema))
            listed = ", ".join(str(i) for i in twins)
            every = len(twins) == len(options)
            none = "; no value is valid, so the generated contract tests expect none"
            self._warn(
                f"{pointer}/oneOf",
                f"oneOf members {listed} accept the same values (they differ only in "
                "annotations such as `default`), so a value matching one matches another, which "
                "oneOf forbids; the SDK accepts a value matching any member (as anyOf)"
                + (none if every else ""),
            )
        return len(twins) == len(options)

    def _alternatives(
        self, schema: dict[str, Any], keyword: str, pointer: str, hint: str
    ) -> TypeRef:
        """An object whose `oneOf`/`anyOf` members only list what else it requires (`{required:
        [title, category]}` or `{required: [title, categorySlug]}`): a union of one model per
        member, each the object with that member's properties required. Under `oneOf` a member's
        model leaves out the properties only the other members require, as a value holding
        them would match those members too."""
        base = {k: v for k, v in schema.items() if k != keyword}
        if "allOf" in base:
            base = self.resolver.merge_all_of(base, pointer)
        members = schema[keyword]
        self._shared_names[pointer] = self._class_name(hint)
        common = [r for r in base.get("required") or [] if isinstance(r, str)]
        wanted = [[r for r in m.get("required") or [] if isinstance(r, str)] for m in members]
        variants: list[TypeRef] = []
        for index, own in enumerate(wanted):
            others = {r for j, rs in enumerate(wanted) if j != index for r in rs}
            excluded = others - set(own) - set(common) if keyword == "oneOf" else set()
            properties = base.get("properties") or {}
            variant = {
                **base,
                "properties": {k: v for k, v in properties.items() if k not in excluded},
                "required": list(dict.fromkeys([*common, *own])),
            }
            name = self.fresh_name(f"{hint}{index + 1}")
            self._build_model(variant, f"{pointer}/{keyword}/{index}", name, shared=pointer)
            if ModelRef(name) not in variants:
                variants.append(ModelRef(name))
        return variants[0] if len(variants) == 1 else UnionOf(tuple(variants))

    def _tagging(
        self, schema: dict[str, Any], keyword: str, pointer: str, tag: str, variants: list[TypeRef]
    ) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """(tag property, (value, model) pairs) for a union with a discriminator.

        Literal tags in every variant: pydantic reads them itself (no pairs). Otherwise the
        pairs come from `mapping` and, for variants it leaves out, the schema names.
        """
        options = [o for o in schema[keyword] if o != {"type": "null"}]
        if not all(isinstance(v, ModelRef) or _base_of(v) for v in variants):
            self._warn(
                pointer + "/discriminator",
                f"discriminator {tag!r} is ignored: some variants are not object schemas; "
                "values are matched against the variants in turn",
            )
            return None, ()
        nested = any(_base_of(v) for v in variants)  # read by the tag map: pydantic nests them
        literal = not nested and all(
            self.resolver.const_tag(o, pointer, tag, required=True) is not None for o in options
        )
        if literal and public_name(field_name(tag)) == tag:  # pydantic tags by attribute name
            return tag, ()
        names = {_member_name(v) for v in variants}
        pairs = self._tag_pairs(schema, pointer, tag, options, variants)
        for v in variants:  # a base read by the same property: its subtypes' tags pick it
            if isinstance(v, UnionOf) and v.discriminator == tag:
                for value in dict(v.tags):
                    pairs.setdefault(value, _member_name(v))
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
        # model name → the member reading it: itself, or the base member it is a subtype of
        members = {_member_name(v): _member_name(v) for v in variants}
        for v in variants:
            if isinstance(v, UnionOf):
                subtypes = [n.name for n in v.variants if isinstance(n, ModelRef)]
                members |= {n: _member_name(v) for n in subtypes if n not in members}
        pairs: dict[str, str] = {}
        mapping = schema["discriminator"].get("mapping")
        for value, target in (mapping if isinstance(mapping, dict) else {}).items():
            ref = str(target) if str(target).startswith("#") else f"#/components/schemas/{target}"
            typ = self._ref(ref, pointer + "/discriminator/mapping", str(value))
            member = members.get(_member_name(typ)) if _named(typ) else None
            if member is not None:
                pairs[str(value)] = member
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
            if _named(variant) and _member_name(variant) not in pairs.values():
                const = self.resolver.const_tag(option, pointer, tag, required=False)
                pairs[str(const) if const is not None else key or ""] = _member_name(variant)
        return pairs


def _base_of(t: TypeRef | None) -> str | None:
    """The base model of an inheritance union (`UnionOf.fallback`), else None."""
    return t.fallback if isinstance(t, UnionOf) else None


def _named(t: TypeRef | None) -> bool:
    """A model, or an inheritance union: a member a tag can name."""
    return isinstance(t, ModelRef) or _base_of(t) is not None


def _member_name(t: TypeRef | None) -> str:
    """The model a tag names for member `t`: its own, or the base of an inheritance union."""
    return t.name if isinstance(t, ModelRef) else _base_of(t) or ""


def _flattened(t: TypeRef) -> tuple[TypeRef, ...]:
    """The members `t` adds to a union. An inheritance union (`UnionOf.fallback`) stays one
    member, its null apart: flattened, its subtypes would lose the tag that picks them and the
    base its place as the fallback (a dog read as a cat, an unknown pet as a cat)."""
    if not isinstance(t, UnionOf):
        return (t,)
    if t.fallback is None:
        return t.variants
    return (non_null(t), NULL) if is_nullable(t) else (t,)


def _types(schema: Any) -> set[str]:
    """The JSON types a schema's `type` names (none: any)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, str):
        return {kind}
    return {str(k) for k in kind} if isinstance(kind, list) else set()
