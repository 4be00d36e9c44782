"""`format: binary` strings where no raw bytes can go: JSON and form bodies, parameters.

Only multipart bodies (files) and raw bodies carry bytes. Elsewhere a binary string is text
on the wire, so the schemas read for such a place type it `str` and say so (`SchemaBuilder.
text_only`). Components are built before any operation, for every place at once: those keep
their file type, and `warn_binary` names each binary property such a place reaches.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import ArrayOf, MapOf, Model, ModelRef, Primitive, TypeRef, UnionOf
from .refs import Document
from .spec_values import esc


def warn_binary(
    doc: Document, t: TypeRef, models: dict[str, Model], where: str, at: str, warned: set[str]
) -> None:
    """Warn once per binary property (or `at`, for `t` itself) that a value of `t`, sent in
    `where`, holds; `warned` remembers the pointers already warned about."""
    for pointer in _binary_pointers(t, models, at, set()):
        if pointer not in warned:
            warned.add(pointer)
            doc.warn(
                pointer,
                f"format: binary, sent in {where}, which cannot carry raw bytes: the value is "
                "typed as a file but must be text (bytes only if UTF-8; a file object fails); "
                "describe it as `format: byte` (base64 text) or send it in a multipart body",
            )


def _binary_pointers(
    t: TypeRef, models: dict[str, Model], at: str, seen: set[str]
) -> Iterator[str]:
    if isinstance(t, Primitive) and t.kind == "file":
        yield at
    elif isinstance(t, ModelRef) and t.name in models and t.name not in seen:
        seen.add(t.name)  # a model is looked at once: recursive models end
        model = models[t.name]
        for f in model.fields:
            if not f.read_only:  # never sent
                at = f"{model.pointer}/properties/{esc(f.wire_name)}"
                yield from _binary_pointers(f.type, models, at, seen)
        if model.extra_values is not None:
            at = f"{model.pointer}/additionalProperties"
            yield from _binary_pointers(model.extra_values, models, at, seen)
    elif isinstance(t, ArrayOf):
        yield from _binary_pointers(t.item, models, at, seen)
    elif isinstance(t, MapOf):
        yield from _binary_pointers(t.value, models, at, seen)
    elif isinstance(t, UnionOf):
        for variant in t.variants:
            yield from _binary_pointers(variant, models, at, seen)
