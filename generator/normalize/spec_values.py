"""Small readers of raw spec values that the operation readers share."""

from __future__ import annotations

from typing import Any

from ..diagnostics import canonical_ref, ref_parts, split_pointer
from ..media import is_media_type
from .refs import Document


def esc(key: str) -> str:
    """`key` as one JSON-pointer segment (RFC 6901 escapes)."""
    return key.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def media_content(doc: Document, owner: dict[str, Any], at: str) -> dict[str, Any]:
    """The `content` map of a request body or response (`owner`, found at `at`) without the
    keys that name no media type (`data`, `JSON`: osf.io writes a response's properties
    there), each warned about where it is written: the SDK could send it as neither Accept
    nor Content-Type, and a mock server matches no Accept header to it."""
    content = owner.get("content")
    if not isinstance(content, dict):
        return {}
    kept = {}
    for key, value in content.items():
        if is_media_type(str(key)):
            kept[key] = value
            continue
        doc.warn_once(
            f"{at}/content/{esc(str(key))}",
            f"{str(key)!r} is not a media type (type/subtype, as in application/json);"
            " this entry is ignored",
        )
    return kept


def pick_media(content: dict[str, Any], preferences: tuple[str, ...]) -> str | None:
    """The first media type of `content` containing the most preferred fragment; for JSON,
    plain `application/json` before its relatives (`application/merge-patch+json`...)."""
    for wanted in preferences:
        found = [str(media) for media in content if wanted in str(media)]
        if wanted == "json" and "application/json" in found:
            return "application/json"
        if found:
            return found[0]
    return None


def shown_example(doc: Document, owner: dict[str, Any], schema: Any) -> Any:
    """The example of a media type or parameter object, as a mock server such as Prism answers
    with it: its `example`, else its schema's `example`, else the `value` of the first entry of
    its `examples` map; None when there is none (or the first entry is an `externalValue`).
    Prism 5 answers with the schema's example before the first of `examples` (the full
    OpenRouter spec's 403 of POST /messages)."""
    if "example" in owner:
        return owner["example"]
    resolved = doc.deref(schema) if isinstance(schema, dict) else {}
    if "example" in resolved:
        return resolved["example"]
    examples = owner.get("examples")
    if isinstance(examples, dict) and examples:
        return doc.deref(next(iter(examples.values()))).get("value")
    return None


def example_pointer(doc: Document, at: str, *steps: str) -> str:
    """Where the example of the object at `at` + `steps` (a media type, parameter or property)
    is written: its own `example`, else its schema's, else the first of its `examples`,
    following `$ref`s on the way; the deepest place found when there is none."""
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
        elif _examples_first(doc, node):
            return _first_example_value(doc, at, node["examples"])
        elif "schema" in node:
            at, node = f"{at}/schema", node["schema"]
        else:
            break
    return "/".join([at, *map(esc, pending)])


def _examples_first(doc: Document, node: dict[str, Any]) -> bool:
    """Whether the first of `node`'s `examples` is its example: its schema has none."""
    examples = node.get("examples")
    return (
        isinstance(examples, dict)
        and bool(examples)
        and "example" not in doc.deref(node.get("schema"))
    )


def _first_example_value(doc: Document, at: str, examples: dict[str, Any]) -> str:
    """Where the `value` of the first entry of an `examples` map is written (an Example
    Object may be a `$ref`)."""
    name = next(iter(examples))
    at, entry = f"{at}/examples/{esc(str(name))}", examples[name]
    seen: set[str] = set()
    while isinstance(entry, dict) and isinstance(entry.get("$ref"), str):
        ref = entry["$ref"]
        if not ref.startswith("#") or ref in seen:
            break
        seen.add(ref)
        at, entry = canonical_ref(ref), doc.get(ref_parts(ref))
    return f"{at}/value"
