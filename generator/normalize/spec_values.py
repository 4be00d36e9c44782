"""Small readers of raw spec values that the operation readers share."""

from __future__ import annotations

from typing import Any

from ..diagnostics import canonical_ref, ref_parts, split_pointer
from .refs import Document


def esc(key: str) -> str:
    """`key` as one JSON-pointer segment (RFC 6901 escapes)."""
    return key.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def pick_media(content: dict[str, Any], preferences: tuple[str, ...]) -> str | None:
    """The first media type of `content` containing the most preferred fragment."""
    for wanted in preferences:
        for media in content:
            if wanted in media:
                return str(media)
    return None


def example_pointer(doc: Document, at: str, *steps: str) -> str:
    """Where the example of the object at `at` + `steps` (a media type, parameter or property)
    is written: its own `example`, else its schema's, following `$ref`s on the way; the deepest
    place found when there is none."""
    node = doc.get(split_pointer(at))
    pending = list(steps)
    seen: set[str] = set()
    while isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#") and ref not in seen:
            seen.add(ref)
            at, node = canonical_ref(ref), doc.get(ref_parts(ref))
        elif pending:
            step = pending.pop(0)
            at, node = f"{at}/{esc(step)}", node.get(step)
        elif "example" in node:
            return f"{at}/example"
        elif "schema" in node:
            at, node = f"{at}/schema", node["schema"]
        else:
            break
    return "/".join([at, *map(esc, pending)])
