"""The model's types (a small closed union, `TypeRef`) and the schemas they name: models,
their fields, and enums."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Literal, Union

JsonValue = Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]  # noqa: UP007 (recursive alias needs runtime strings)

PrimitiveKind = Literal[
    "str", "int", "float", "bool", "datetime", "date", "uuid", "uri", "bytes", "file", "any", "null"
]


@dataclass(frozen=True)
class Constraints:
    """Which values of a type the schema accepts: its validation keywords, as data.

    A type node's identity is its Python type, so `constraints` takes no part in equality or
    hashing (`Primitive("str")` equals every constrained string): the annotations, the union
    members and the code comparing types see one `str`. Number bounds are normalized: the 3.0
    boolean `exclusiveMinimum: true` becomes `exclusive_minimum` set to the `minimum`.
    """

    format: str | None = None  # the raw `format` ("email", "int32", ...)
    pattern: str | None = None  # an ECMAScript regular expression, unanchored
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    min_properties: int | None = None
    max_properties: int | None = None
    # `additionalProperties: false`: no property beyond the declared ones; on a tuple
    # (`prefixItems`), `items: false`: no item beyond its positions
    closed: bool = False
    # A map's `patternProperties` keys when no other key is allowed (`additionalProperties` or
    # `unevaluatedProperties` false): each key matches one of these unanchored ECMAScript regexes
    key_patterns: tuple[str, ...] = ()
    # The first keyword here that types cannot express and the generator leaves unchecked
    # (`not`, `if`, `propertyNames`...): its values are typed by the rest of the schema
    unread: str | None = None
    # No value at all: `allOf` parts of disjoint types, `oneOf` members that all accept the same
    # values (normalize warned); the type is what the values are meant to be
    unsatisfiable: bool = False
    # The keywords above reach this scalar through an `allOf` of several parts (a `$ref` and
    # its own description, AWS's usual shape), which some tools do not merge
    through_all_of: bool = False


NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True)
class Primitive:
    kind: PrimitiveKind
    constraints: Constraints = field(default=NO_CONSTRAINTS, compare=False, repr=False)


@dataclass(frozen=True)
class ArrayOf:
    item: TypeRef
    constraints: Constraints = field(default=NO_CONSTRAINTS, compare=False, repr=False)


@dataclass(frozen=True)
class MapOf:
    value: TypeRef
    constraints: Constraints = field(default=NO_CONSTRAINTS, compare=False, repr=False)


@dataclass(frozen=True)
class ModelRef:
    name: str  # the Model.name it points at
    # only `unsatisfiable` (a oneOf of one model twice): the model's own keywords are on it
    constraints: Constraints = field(default=NO_CONSTRAINTS, compare=False, repr=False)


@dataclass(frozen=True)
class EnumRef:
    name: str  # the Enum.name it points at
    value_kind: Literal["str", "int"] = "str"  # unknown values stay plain values of this type


@dataclass(frozen=True)
class UnionOf:
    variants: tuple[TypeRef, ...]
    discriminator: str | None = None  # wire name of the tag property, for tagged unions
    # (tag value, model name) when the variants' tag properties are not single-valued, so the
    # tag is read from the data; empty when each variant's tag property is a literal
    tags: tuple[tuple[str, str], ...] = ()
    # Polymorphism by inheritance (a `$ref` to a base schema with a discriminator, no oneOf):
    # the base model's name. A value whose tag names no member (added to the API later, or
    # missing) is read as this model, which it is valid against; None: such a value is invalid
    fallback: str | None = None
    # A `oneOf` whose every member has a twin accepting the same values: no value matches
    # exactly one, so none is valid (normalize warned); read as anyOf all the same
    unsatisfiable: bool = field(default=False, compare=False)
    # A `oneOf`: its members as written (duplicates kept, unions unflattened), of which a valid
    # value fits exactly one; empty for `anyOf` and type lists, where any number may fit.
    one_of: tuple[TypeRef, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class LiteralOf:
    values: tuple[str | int | bool | None, ...]


TypeRef = Union[Primitive, ArrayOf, MapOf, ModelRef, EnumRef, UnionOf, LiteralOf]  # noqa: UP007 (forward references)

NULL = Primitive("null")
ANY = Primitive("any")


def nullable(t: TypeRef) -> TypeRef:
    """`t` widened to accept null (idempotent)."""
    if is_nullable(t):
        return t
    if isinstance(t, UnionOf):
        # null is a valid value: an unsatisfiable union no longer is
        return dataclasses.replace(t, variants=(*t.variants, NULL), unsatisfiable=False)
    return UnionOf((t, NULL))


def unsatisfiable(t: TypeRef) -> TypeRef:
    """`t` marked as having no valid value (`Constraints.unsatisfiable`); a type without
    constraints (an enum, a union, a literal) stays as it is."""
    if isinstance(t, Primitive | ArrayOf | MapOf | ModelRef):
        return dataclasses.replace(
            t, constraints=dataclasses.replace(t.constraints, unsatisfiable=True)
        )
    return t


def is_unsatisfiable(t: TypeRef) -> bool:
    """No value of `t` is valid: `Constraints.unsatisfiable`, or a `oneOf` of twins."""
    if isinstance(t, UnionOf):
        return t.unsatisfiable
    return isinstance(t, Primitive | ArrayOf | MapOf | ModelRef) and t.constraints.unsatisfiable


def is_nullable(t: TypeRef) -> bool:
    if t in (NULL, ANY):
        return True
    if isinstance(t, UnionOf):
        return any(is_nullable(v) for v in t.variants)
    if isinstance(t, LiteralOf):
        return None in t.values
    return False


def non_null(t: TypeRef) -> TypeRef:
    """`t` without its null variant."""
    if isinstance(t, UnionOf):
        rest = tuple(v for v in t.variants if v != NULL)
        if len(rest) == 1:
            return rest[0]
        return dataclasses.replace(t, variants=rest)
    return t


@dataclass(frozen=True)
class Field:
    name: str  # python identifier
    wire_name: str  # JSON property name
    type: TypeRef
    required: bool
    description: str = ""
    default: JsonValue = None
    has_default: bool = False
    example: JsonValue = None
    has_example: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    # no value is valid for the property (a oneOf of twins, `UnionOf.unsatisfiable`; warned):
    # a valid object leaves it out, whatever `type` the SDK accepts for it
    no_value: bool = False

    @property
    def nullable(self) -> bool:
        return is_nullable(self.type)


@dataclass(frozen=True)
class Model:
    name: str  # python class name
    module: str  # module name inside models/ (snake case)
    description: str
    fields: tuple[Field, ...]
    pointer: str  # JSON pointer of the schema in the spec
    extra_values: TypeRef | None = None  # type of additionalProperties values, if declared
    example: JsonValue = None
    has_example: bool = False
    deprecated: bool = False
    constraints: Constraints = NO_CONSTRAINTS  # minProperties, additionalProperties: false
    # wire names of the properties from allOf parts that declare no `type` before the schema
    # or an earlier part does (Prism's made-up bodies leave those parts out)
    untyped_all_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnumValue:
    name: str  # python identifier (UPPER_SNAKE)
    value: str | int


@dataclass(frozen=True)
class Enum:
    name: str
    module: str
    description: str
    values: tuple[EnumValue, ...]
    pointer: str
    open: bool = True  # unknown values are accepted and kept as plain str/int
    value_kind: Literal["str", "int"] = "str"
