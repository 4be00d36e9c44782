"""A native pre-check of schemas against their OpenAPI dialect's meta-schema.

jsonschema (pure Python) spends most of a big spec's validation on the meta-schema check: the
OpenAPI 3.1 dialect resolves a `$dynamicRef` at every subschema (1.4 s for the 769 schemas of
the OpenRouter spec). jsonschema-rs checks the same schemas against the same meta-schemas in
milliseconds. It only ever answers "surely valid": a schema it passes goes without the Python
check, any other (or any doubt: no jsonschema-rs, an unusual dialect, a value it cannot read)
goes through the Python validator, whose errors the messages are built from. So the problems
reported are the same, found faster.

"Surely" needs the two to agree. They implement the same drafts; where they may differ is
`format`. The Python check asserts only the formats its checker knows, and of those the
meta-schemas use only `regex` (a `pattern`, a `patternProperties` key), with Python's `re`:
jsonschema-rs leaves formats alone here, and those regexes are compiled with `re` instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

_CHECKED_HERE = {"regex"}  # formats the Python meta-check asserts that are re-checked here


@cache
def for_owner(owner: Any, format_checker: Any) -> Callable[[Any], bool]:
    """`surely_valid(schema)` for the meta-schema of `owner` (an openapi-schema-validator
    class) as checked with `format_checker`; one that always says no when it cannot be sure."""
    meta_schema = getattr(owner, "META_SCHEMA", None)
    if not isinstance(meta_schema, dict) or not _formats_covered(format_checker):
        return _never
    return _surely_valid(_native_validator(meta_schema))


def for_document(schema: Any) -> Callable[[Any], bool]:
    """`surely_valid(document)` for the schema of a whole OpenAPI document, which
    openapi-spec-validator checks without format assertions."""
    return _surely_valid(_native_validator(dict(schema)))


def _surely_valid(native: Any) -> Callable[[Any], bool]:
    if native is None:
        return _never

    def surely_valid(instance: Any) -> bool:
        try:
            return _plain(instance) and bool(native.is_valid(instance))
        except Exception:  # jsonschema-rs gave up on it: the Python check decides
            return False

    return surely_valid


def _never(schema: Any) -> bool:
    return False


def _formats_covered(format_checker: Any) -> bool:
    """The formats the Python meta-check asserts: only those re-checked here (the meta-schemas
    also name uri, uri-reference and iri, which its checker does not know without extras)."""
    checkers = getattr(format_checker, "checkers", None)
    if not isinstance(checkers, dict):
        return False
    named = {"regex", "uri", "uri-reference", "iri", "iri-reference"}
    return not (named & checkers.keys()) - _CHECKED_HERE


def _native_validator(meta_schema: dict[str, Any]) -> Any:
    try:
        import jsonschema_rs
        from openapi_schema_validator._specifications import REGISTRY
    except ImportError:
        return None
    try:
        resources = [(uri, REGISTRY[uri].contents) for uri in REGISTRY]
        registry = jsonschema_rs.Registry(resources)
        return jsonschema_rs.validator_for(meta_schema, registry=registry, validate_formats=False)
    except Exception:  # a meta-schema or registry jsonschema-rs does not take: no pre-check
        return None


_SCALARS = (str, int, float, bool, type(None))


def _plain(node: Any) -> bool:
    """JSON data only (no YAML dates, which the two libraries may read differently), whose
    `pattern` strings and `patternProperties` keys, wherever they sit, compile with `re` (a
    superset of the schema positions: a false alarm only costs the Python check)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            pattern = item.get("pattern")
            if isinstance(pattern, str) and not _compiles(pattern):
                return False
            keys = item.get("patternProperties")
            if isinstance(keys, dict) and not all(map(_compiles, keys)):
                return False
            if not all(isinstance(key, str) for key in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif not isinstance(item, _SCALARS):
            return False
    return True


def _compiles(pattern: object) -> bool:
    try:
        re.compile(str(pattern))
    except (re.error, RecursionError, OverflowError):
        return False
    return True
