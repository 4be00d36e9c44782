"""Where Prism's answers break the response's schema, so the contract tests leave out the
calls reading them (warned):

- A body Prism makes up (no valid example) takes the first member of each `oneOf`, which other
  members may accept too, and ends a recursion with `{}`, which lacks the required properties
  of the model it stands for: Prism then answers its own body with a validation error.
- The spec's example, answered as written, holding a value several members of a `oneOf` accept
  (`PrismLimits.example_ambiguous`).
- Unasked, Prism answers the lowest documented 2xx; a test checking another asks for it
  (`prism_prefer`).
- A response without content documenting a `Content-Type` header (which OpenAPI says to
  ignore): Prism makes the header's value up ("string") and finds no serializer for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import (
    Api,
    ArrayOf,
    Field,
    LiteralOf,
    MapOf,
    ModelRef,
    Operation,
    Response,
    TypeRef,
    UnionOf,
    non_null,
)
from .values import ExampleValues, rejected


class PrismAnswers(ExampleValues):
    """The response checks, and the warnings all checks gave: (JSON pointer, message), once
    each."""

    def __init__(self, api: Api) -> None:
        super().__init__(api)
        self.warnings: dict[tuple[str, str], None] = {}

    def prism_breaks(self, op: Operation, response: Response | None) -> bool:
        """Whether the body Prism makes up for `response` breaks its schema (warned)."""
        if response is None or response.type is None or response.has_example:
            return False
        static = not self.prism_makes_up(response)
        why = self._recursion_cut(response.type, (), set(), static)
        if why is None:
            why = self._member_shared(response.type, set(), first_only=static)
        if why is None:
            why = self._made_up_tag(response.type, set(), static)
        if why is None:
            return False
        self.warnings[
            (
                f"{op.pointer}/responses/{response.status}",
                f"the body Prism makes up for this response (it has no example) breaks its"
                f" schema: {why}; the contract tests leave out the calls reading it (give the"
                " response an example)",
            )
        ] = None
        return True

    def prism_prefer(self, op: Operation, response: Response | None) -> tuple[tuple[str, str], ...]:
        """The contract tests' `Prefer` header for the success they check: `dynamic=true` when
        Prism must make the body up, and `code=NNN` when it is not the lowest documented 2xx,
        which Prism answers unasked (whatsapp.local: a 201 without content before the 202 the
        method parses)."""
        if response is None:
            return ()
        wanted = []
        lowest = min((r.status for r in op.responses if r.status[0] == "2"), default=None)
        if response.status.isdigit() and lowest is not None and response.status != lowest:
            wanted.append(f"code={response.status}")
        if self.prism_makes_up(response):
            wanted.append("dynamic=true")
        return (("Prefer", ", ".join(wanted)),) if wanted else ()

    def serializer_missing(self, op: Operation, response: Response | None) -> bool:
        """Whether Prism answers 500 for want of a serializer (warned): the response has no
        content but documents a `Content-Type` header, whose made-up value Prism serializes
        the empty body as (canada-holidays.ca)."""
        if response is None or response.content_type is not None:
            return False
        if "content-type" not in response.headers:
            return False
        self.warnings[
            (
                f"{op.pointer}/responses/{response.status}/headers",
                "this response has no content but documents a Content-Type header (OpenAPI"
                " says to ignore it); Prism makes a value up for it, finds no serializer and"
                " answers 500: the contract tests leave out the calls expecting it",
            )
        ] = None
        return True

    def _recursion_cut(
        self, t: TypeRef, stack: tuple[str, ...], done: set[str], static: bool
    ) -> str | None:
        """Prism ends a recursion with `{}` where a model comes round again (a depth-first walk
        as Prism's, each model explored once): wrong when that model requires properties.
        Its `static` body also leaves out the allOf parts declaring no type before one that
        does (`Model.untyped_all_of`; ote-godaddy.com), wrong when they require properties."""
        for name in self._models_in(t):
            model = self.models[name]
            if name in stack:
                required = [f.wire_name for f in model.fields if f.required and not f.write_only]
                if required:
                    return (
                        f"it ends the recursion of {name} with {{}}, without the required"
                        f" {', '.join(required)}"
                    )
                continue
            if name in done or model.has_example:  # Prism answers the example there
                continue
            done.add(name)
            dropped = [
                f.wire_name
                for f in model.fields
                if f.required and not f.write_only and f.wire_name in model.untyped_all_of
            ]
            if static and dropped:
                return (
                    f"it leaves out the allOf parts of {name} that declare no type before one"
                    f" that does, without the required {', '.join(dropped)}"
                )
            bad = [f.wire_name for f in model.fields if rejected(f)]
            if static and (rejected(model) or bad):
                where = f"{name}.{bad[0]}" if bad and not rejected(model) else name
                return f"it writes the example of {where}, which breaks its schema"
            for f in model.fields:
                found = self._recursion_cut(f.type, (*stack, name), done, static)
                if found is not None:
                    return found
        return None

    def _member_shared(self, t: TypeRef, seen: set[str], first_only: bool) -> str | None:
        """A `oneOf` whose member Prism writes a value of is accepted by another member too
        (members alike but for their titles, or with nothing required): its static body takes
        the first member's value (`first_only`), its faker any member's."""
        t = non_null(t)
        if isinstance(t, UnionOf) and t.one_of:
            for index, member in enumerate(t.one_of[:1] if first_only else t.one_of):
                value = self.answers.synthetic(member, self.answers.max_depth - 1)
                fits = sum(self.answers.checker.mismatch(m, value) is None for m in t.one_of)
                if fits > 1:
                    which = "the first oneOf member" if index == 0 else f"oneOf member {index}"
                    return f"a value of {which} fits {fits} of its members"
        if isinstance(t, UnionOf):
            inner = list(t.variants)
        elif isinstance(t, ArrayOf | MapOf):
            inner = [t.item if isinstance(t, ArrayOf) else t.value]
        elif isinstance(t, ModelRef) and t.name in self.models and t.name not in seen:
            seen.add(t.name)
            inner = [f.type for f in self.models[t.name].fields]
        else:
            inner = []
        found = (self._member_shared(i, seen, first_only) for i in inner)
        return next((why for why in found if why), None)

    def _made_up_tag(self, t: TypeRef, seen: set[str], static: bool) -> str | None:
        """A union read by its tag map (`UnionOf.tags`, no fallback) whose first member's tag
        Prism makes up: "string" (static), any text (dynamic), naming no member; unless the
        tag is fixed (a literal, an example or a default Prism writes instead)."""
        t = non_null(t)
        if isinstance(t, UnionOf) and t.tags and not t.fallback and t.discriminator:
            first = non_null(t.variants[0])
            name = first.fallback if isinstance(first, UnionOf) else getattr(first, "name", "")
            model = self.models.get(name or "")
            fields = model.fields if model is not None else ()
            tag = next((f for f in fields if f.wire_name == t.discriminator), None)
            if tag is None:  # nothing writes it: pydantic finds no tag
                return f"{name} does not declare the tag {t.discriminator!r}"
            if not _fixed(tag, static) and "string" not in dict(t.tags):
                return f"the tag {t.discriminator!r} it makes up for {name} names no member"
        if isinstance(t, UnionOf):
            inner = list(t.variants)
        elif isinstance(t, ArrayOf | MapOf):
            inner = [t.item if isinstance(t, ArrayOf) else t.value]
        elif isinstance(t, ModelRef) and t.name in self.models and t.name not in seen:
            seen.add(t.name)
            inner = [f.type for f in self.models[t.name].fields if f.required]
        else:
            inner = []
        found = (self._made_up_tag(i, seen, static) for i in inner)
        return next((why for why in found if why), None)

    def _models_in(self, t: TypeRef) -> Iterator[str]:
        """The models `t` holds directly (through unions, arrays and maps)."""
        t = non_null(t)
        if isinstance(t, UnionOf):  # an inheritance union: Prism makes up the base alone
            for v in (ModelRef(t.fallback),) if t.fallback else t.variants:
                yield from self._models_in(v)
        elif isinstance(t, ArrayOf | MapOf):
            yield from self._models_in(t.item if isinstance(t, ArrayOf) else t.value)
        elif isinstance(t, ModelRef) and t.name in self.models:
            yield t.name


def _fixed(f: Field, static: bool) -> bool:
    """Whether Prism writes a value of the spec for this property: its one literal value, or
    (static) its example or default."""
    if isinstance(non_null(f.type), LiteralOf):
        return True
    return static and (f.has_example or f.has_default)
