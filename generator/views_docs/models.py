"""Model and enum pages: fields, values, examples and what refers to each."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .. import emit
from ..model import (
    ArrayOf,
    Field,
    MapOf,
    TypeRef,
    UnionOf,
)
from .base import NO, YES, DocsBase, describe, resource_page
from .context import EnumValueRow, FieldRow, Link, PageDoc


class ModelPages(DocsBase):
    """The model and enum pages' part of `DocsBuilder`."""

    def page_doc(self, name: str) -> PageDoc:
        used_by = tuple(self.used_by.get(name, ()))
        model = self.models.get(name)
        if model is not None:
            return PageDoc(
                name=name,
                description=self.md(model.description),
                deprecated=model.deprecated,
                fields=tuple(self.field_row(f) for f in model.fields),
                extra_values=emit.md_type(model.extra_values) if model.extra_values else "",
                values=(),
                open_enum=False,
                example=emit.json_block(model.example) if model.has_example else "",
                used_by=used_by,
                subtypes=self._subtypes(name),
                extends=self._extends(name),
            )
        enum = self.enums[name]
        return PageDoc(
            name=name,
            description=self.md(enum.description),
            deprecated=False,
            fields=(),
            extra_values="",
            values=tuple(
                EnumValueRow(emit.md_code(f"{name}.{v.name}"), emit.md_code(emit.py_value(v.value)))
                for v in enum.values
            ),
            open_enum=enum.open,
            example="",
            used_by=used_by,
        )

    def field_row(self, f: Field) -> FieldRow:
        notes = [self.md(f.description)]
        if f.read_only:
            notes.append("Read-only: set by the API.")
        if f.write_only:
            notes.append("Write-only: sent, never returned.")
        if f.has_default:
            notes.append(f"Default: {emit.md_code(emit.py_value(f.default))}.")
        notes.append(emit.md_constraints(f.type))
        name = emit.md_code(f.name)
        if f.wire_name != f.name:
            name += f" (JSON {emit.md_code(f.wire_name)})"
        return FieldRow(
            emit.md_cell(name),
            emit.md_type(f.type),
            YES if f.required else NO,
            YES if f.nullable else NO,
            describe(notes, f.deprecated),
        )

    def _subtypes(self, name: str) -> str:
        found = self.inheritance.get(name)
        if found is None:
            return ""
        prop, tags = found
        links = ", ".join(
            f"{emit.md_link(sub, emit.model_page(sub))} ({emit.md_code(tag)})" for tag, sub in tags
        )
        return (
            f"Where the API returns or takes a `{name}`, the value is read by its "
            f"{emit.md_code(prop)} as one of: {links}; any other value as `{name}` itself."
        )

    def _extends(self, name: str) -> str:
        bases = [
            (base, prop, tag)
            for base, (prop, tags) in sorted(self.inheritance.items())
            for tag, sub in tags
            if sub == name
        ]
        return " ".join(
            f"A {emit.md_link(base, emit.model_page(base))} whose {emit.md_code(prop)} is "
            f"{emit.md_code(tag)}."
            for base, prop, tag in bases
        )

    @functools.cached_property
    def inheritance(self) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
        """Base model → (discriminator, (tag, subtype)...) of the unions reading a value typed
        as the base by its tag (`UnionOf.fallback`)."""
        stack: list[TypeRef] = [f.type for m in self.api.models for f in m.fields]
        for op in self.api.operations:
            stack += [p.type for p in op.parameters] + [r.type for r in op.responses if r.type]
            stack += [op.body.type] if op.body is not None else []
        found: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}
        while stack:
            t = stack.pop()
            if isinstance(t, UnionOf):
                if t.fallback and t.discriminator and t.fallback not in found:
                    found[t.fallback] = (t.discriminator, t.tags)
                stack.extend(t.variants)
            elif isinstance(t, ArrayOf | MapOf):
                stack.append(t.item if isinstance(t, ArrayOf) else t.value)
        return found

    @functools.cached_property
    def used_by(self) -> dict[str, list[Link]]:
        """Model/enum name → the operations and models that refer to it directly."""
        found: dict[str, dict[Link, None]] = {}  # an ordered set: a model many use stays linear

        def add(types: Sequence[TypeRef], link: Link) -> None:
            for name in sorted(emit.referenced_names(types)[0]):
                found.setdefault(name, {})[link] = None

        for resource in self.api.resources:
            for op in resource.operations:
                target = f"../{resource_page(resource)}#{emit.md_anchor(op.name)}"
                method = f"client.{resource.name}.{op.name}"
                add([p.type for p in op.parameters], Link(f"`{method}` (parameter)", target))
                if op.body is not None:
                    add([op.body.type], Link(f"`{method}` (request body)", target))
                responses = [r.type for r in op.responses if r.type is not None]
                add(responses, Link(f"`{method}` (response)", target))
                errors = [e.type for e in op.errors if e.type is not None]
                add(errors, Link(f"`{method}` (error)", target))
        for model in self.api.models:
            types = [f.type for f in model.fields]
            types += [model.extra_values] if model.extra_values else []
            add(types, Link(model.name, emit.model_page(model.name)))
        return {name: list(links) for name, links in found.items()}
