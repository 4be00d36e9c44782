"""Request values the tests make up where the schema has a keyword the generator does not read
(`not`, `if`, `propertyNames`...: `Constraints.unread`). Such a value is typed by the rest of
the schema and may well break the keyword (`if: {properties: {a: {const: 1}}}, then: {required:
[b]}` turns `{}` away), and the API, or Prism, would reject the request. The contract tests
leave such an argument out when it is optional and the call out when it is required, with a
warning; a value the spec gives as an example is sent as it is.
"""

from __future__ import annotations

from ..model import (
    ArrayOf,
    MapOf,
    Model,
    ModelRef,
    Operation,
    Primitive,
    TypeRef,
    UnionOf,
    non_null,
)
from .cases import Argument


class GuessedValues:
    """Which made-up request values of one API may break a keyword the generator ignores."""

    models: dict[str, Model]
    warnings: dict[tuple[str, str], None]

    def guessed(self, op: Operation, argument: Argument) -> bool:
        """Whether `argument`'s made-up value may break its schema (warned)."""
        keyword = argument.made_up and self._unread_in(argument.type, set())
        if not keyword:
            return False
        where = f"{op.pointer}/requestBody" if argument.location in ("json", "body") else op.pointer
        what = "required" if argument.required else "optional"
        self.warnings[
            (
                where,
                f"the generator does not read `{keyword}`, so the value the generated tests make"
                f" up for the {what} argument {argument.name!r} may break it: the contract tests"
                f" leave {'the calls' if argument.required else 'it'} out (give it an example"
                " to test it)",
            )
        ] = None
        return True

    def _unread_in(self, t: TypeRef, seen: set[str]) -> str | None:
        """The unread keyword where a made-up value of `t` is written: the type, an array's
        item, a map's value, a union's members, a model's required fields without example."""
        t = non_null(t)
        if isinstance(t, Primitive | ArrayOf | MapOf) and t.constraints.unread:
            return t.constraints.unread
        if isinstance(t, ArrayOf | MapOf):
            return self._unread_in(t.item if isinstance(t, ArrayOf) else t.value, seen)
        if isinstance(t, UnionOf):
            return next(filter(None, (self._unread_in(v, seen) for v in t.variants)), None)
        if not isinstance(t, ModelRef) or t.name in seen:
            return None
        seen.add(t.name)
        model = self.models.get(t.name)
        if model is None or model.has_example:
            return None
        if model.constraints.unread:
            return model.constraints.unread
        made = (f.type for f in model.fields if f.required and not f.has_example)
        return next(filter(None, (self._unread_in(f, seen) for f in made)), None)
