# generated from spec/openrouter-byok.yaml; do not edit
"""The base class of generated models, and the open-enum type.

Conventions the generated models follow:

* Unknown response fields never fail validation; they stay readable as attributes
  (`model.new_field`) and in `model.model_extra`, so an API that grows does not break old SDKs.
* Fields have Python names; `Field(alias=...)` holds the wire name when the two differ. Both
  names are accepted when building a model.
* Write-only fields (secrets the API accepts but never returns, such as a raw provider key) are
  declared with `Field(repr=False)`, which keeps them out of `repr()` and `str()` and therefore
  out of logs and tracebacks. They are still serialized when the model is sent.
* Enums are open: a field typed `OpenEnum[Color]` holds a `Color` member for known values and
  the plain string for values added to the API later.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import pydantic
from pydantic import ConfigDict, Field

from ._types import FileTypes

__all__ = ["BaseModel", "FileField", "OpenEnum", "OpenIntEnum", "discriminated"]

EnumT = TypeVar("EnumT", bound=enum.Enum)

# Left-to-right: try the enum first. Pydantic's default "smart" union would pick `str` for every
# value, since a JSON string is an exact match for `str`.
OpenEnum = Annotated[EnumT | str, Field(union_mode="left_to_right")]
OpenIntEnum = Annotated[EnumT | int, Field(union_mode="left_to_right")]
"""`OpenEnum` for integer enums: unknown values are kept as plain ints."""


class BaseModel(pydantic.BaseModel):
    """Base of every generated model."""

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with wire names, leaving out fields never set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def discriminated(
    prop: str,
    tags: Mapping[str, str],
    fallback: str | None = None,
    members: Mapping[str, str] | None = None,
) -> pydantic.Discriminator:
    """A union discriminator reading the wire property `prop` and mapping its value to the tag
    (`Tag("ClassName")`) of the member to validate with.

    Used when the members' tag fields are plain strings, so pydantic cannot read the mapping
    from `Literal` annotations. An unknown value is a validation error, as with literal tags,
    unless `fallback` names the member to read it as: the base model of an inheritance union,
    which a subtype added to the API later is still valid against. `members`: class name →
    tag of the member a model instance of that class belongs to, when the member is itself a
    tagged union (a base and its subtypes).
    """
    classes = dict.fromkeys([*tags.values(), *([fallback] if fallback else [])])
    within = {**(members or {}), **{name: name for name in classes}}

    def pick(value: Any) -> str | None:
        if isinstance(value, Mapping):
            found = value.get(prop)
            return tags.get(found, fallback) if isinstance(found, str) else fallback
        return within.get(type(value).__name__)  # a model instance: its class is the member

    return pydantic.Discriminator(pick)


def _unchanged(value: Any) -> Any:
    return value


def _file_field() -> Any:
    # A file inside a model (multipart bodies): kept exactly as given. pydantic cannot build a
    # schema for `IO[bytes]`, and must not turn a file object into an iterator when dumping.
    return Annotated[
        FileTypes, pydantic.PlainValidator(_unchanged), pydantic.PlainSerializer(_unchanged)
    ]


if TYPE_CHECKING:
    FileField = Annotated[FileTypes, "validated and serialized unchanged"]
else:

    def __getattr__(name: str) -> Any:
        # Built on first import by a model with a file: `PlainSerializer` imports a pydantic
        # module (~3 ms) that no other model needs.
        if name == "FileField":
            value = globals()["FileField"] = _file_field()
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
