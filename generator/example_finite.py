"""Which types have a finite valid value: a model whose required properties lead back to itself
with no way out (no null, no empty array, no other union member) has none, so no example of it
can be valid, and a test sending one must fail.

The rank of a type is how deep its smallest valid value nests: a model's is one more than its
deepest required property's. Ranks are found by rounds over the models until none changes (a
least fixed point), so a model gets one only once its required properties have one; the
example maker follows lower ranks to end a recursion soonest.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import (
    ArrayOf,
    EnumRef,
    Field,
    LiteralOf,
    MapOf,
    Model,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    is_unsatisfiable,
)

UNBOUNDED = 1 << 30  # the rank of a type without a finite value


class Finite:
    """The ranks of one API's types (computed on first use)."""

    def __init__(self, models: Mapping[str, Model]) -> None:
        self.models = models
        self._ranks: dict[str, int] | None = None

    def has_value(self, t: TypeRef) -> bool:
        return self.rank(t) < UNBOUNDED

    def rank(self, t: TypeRef) -> int:
        if self._ranks is None:
            self._ranks = {}
            self._solve()
        return self._rank(t)

    def _solve(self) -> None:
        changed = True
        while changed:
            changed = False
            for model in self.models.values():
                rank = 1 + max((self._field_rank(f) for f in needed(model)), default=0)
                if rank < UNBOUNDED and self._model_rank(model.name) > rank:
                    assert self._ranks is not None
                    self._ranks[model.name] = rank
                    changed = True

    def _field_rank(self, f: Field) -> int:
        return UNBOUNDED if f.no_value else self._rank(f.type)

    def _rank(self, t: TypeRef) -> int:
        if is_unsatisfiable(t):  # no value at all, not even null
            return UNBOUNDED
        if is_nullable(t) or isinstance(t, Primitive | EnumRef | LiteralOf):
            return 0
        if isinstance(t, ArrayOf):
            return self._rank(t.item) if t.constraints.min_items else 0
        if isinstance(t, MapOf):
            return self._rank(t.value) if t.constraints.min_properties else 0
        if isinstance(t, UnionOf):
            if t.unsatisfiable:
                return UNBOUNDED
            return min(self._rank(v) for v in t.variants)
        return self._model_rank(t.name)

    def _model_rank(self, name: str) -> int:
        if name not in self.models:
            return 0  # an unknown model is sent as {}
        return (self._ranks or {}).get(name, UNBOUNDED)


def needed(model: Model, response: bool = False) -> list[Field]:
    """The properties a valid value must have: a request's without the read-only ones (a
    server ignores them), a `response`'s without the write-only ones."""
    if response:
        return [f for f in model.fields if f.required and not f.write_only]
    return [f for f in model.fields if f.required and not f.read_only]
