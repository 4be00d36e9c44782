"""openapi-spec-validator's errors as the generator reports them: one message per problem at
the place in the spec a user edits, saying what is wrong and how to fix it."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported only when validation really runs (a cache miss)
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from generator import spec_checks
from generator.load import Severity

Parts = tuple[str, ...]


def described(
    data: dict[str, Any], errors: Iterator[ValidationError], covered: set[Parts]
) -> list[tuple[Parts, str, Severity]]:
    """Validator errors as (path, message); crashes summed up, one warning per kind."""
    found: list[tuple[Parts, str, Severity]] = []
    crashes: dict[str, tuple[Parts, int]] = {}
    wrong_type: set[Parts] = set()  # nodes of the wrong type: errors inside them are noise
    from generator import spec_validator

    for error in errors:
        at, failure = spec_validator.where(error), spec_validator.crash(error)
        if failure is not None:
            first, count = crashes.get(type(failure).__name__, (_physical(data, at), 0))
            crashes[type(failure).__name__] = (first, count + 1)
            continue
        best = _best(error)
        described = _describe(best, _physical(data, (*at, *map(str, best.absolute_path))), data)
        if described and not _is_covered(described[0], covered):
            found.append((*described, "error"))
            if best.validator == "type":
                wrong_type.add(described[0])
    found = [f for f in found if not _is_covered(f[0][:-1], wrong_type)]
    return found + [(at, _crash_message(kind, n), "warning") for kind, (at, n) in crashes.items()]


def _is_covered(parts: Parts, covered: set[Parts]) -> bool:
    return any(parts[:n] in covered for n in range(len(parts) + 1))


def _crash_message(kind: str, count: int) -> str:
    places = "1 place" if count == 1 else f"{count} places, the first"
    why = " ($refs nested too deeply)" if kind == "RecursionError" else ""
    return f"openapi-spec-validator failed ({kind}{why}) at {places} here; not validated"


def _physical(data: Any, parts: Parts) -> Parts:
    """The path where the node really is: the validator reaches schemas through $refs."""
    node, real = data, list[str]()
    for part in parts:
        for _ in range(20):  # follow a chain of $refs, but never forever
            if not (isinstance(node, dict) and part not in node and "$ref" in node):
                break
            target = spec_checks.resolve(data, node["$ref"])
            if target is None:
                break
            real, node = list(target[0]), target[1]
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return (*real, part)
        real.append(part)
    return tuple(real)


def _best(error: ValidationError) -> ValidationError:
    """The most specific cause of a oneOf/anyOf failure, ignoring "is it a $ref?" branches."""
    from jsonschema.exceptions import best_match

    while error.context:
        has_ref = isinstance(error.instance, dict) and "$ref" in error.instance
        kept = [e for e in error.context if has_ref or "'$ref'" not in e.message]
        if not kept or len({tuple(e.absolute_path) for e in kept}) > 1:
            return error if not kept else best_match([error])
        error = best_match(kept)
    return error


def _describe(error: ValidationError, parts: Parts, data: Any) -> tuple[Parts, str] | None:
    keyword, instance, last = error.validator, error.instance, parts[-1] if parts else ""
    if keyword == "type" and last in ("exclusiveMinimum", "exclusiveMaximum"):
        return parts, _exclusive_bound(last, instance, spec_checks.node_at(data, parts[:-1]))
    if keyword == "dependencies" and isinstance(instance, dict):
        numeric = [k for k in ("exclusiveMinimum", "exclusiveMaximum") if k in instance]
        if any(not isinstance(instance[k], bool) for k in numeric):
            return None  # 3.0 wants `maximum` beside `exclusiveMaximum`: the hint above says so
    if keyword == "required" and isinstance(instance, dict):
        missing = [k for k in error.validator_value if k not in instance]
        if missing == ["responses"]:
            return None  # spec_checks reports operations without responses
        return parts, f"missing required field {', '.join(map(repr, missing))}"
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        return _unexpected(error, parts)
    if keyword == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return parts, _shorten(f"{_short(instance)} is not one of: {allowed}", 190)
    if keyword in ("anyOf", "oneOf"):
        return parts, f"{_short(instance)} does not match any of the forms allowed here"
    message = error.message.replace(repr(instance), _short(instance))
    return parts, _shorten(" ".join(message.split()), 190)


def _exclusive_bound(key: str, value: Any, schema: Any) -> str:
    bound = key.replace("exclusiveM", "m")
    limit = schema.get(bound, "<n>") if isinstance(schema, dict) else "<n>"
    if isinstance(value, bool):
        return (
            f"{key} must be a number in OpenAPI 3.1 (boolean form is 3.0); use "
            f"`{key}: {limit}` instead of `{bound}: {limit}` + `{key}: true`"
        )
    return (
        f"{key} must be a boolean in OpenAPI 3.0 (numeric form is 3.1); use "
        f"`{bound}: {value}` + `{key}: true` instead of `{key}: {value}`"
    )


def _unexpected(error: ValidationError, parts: Parts) -> tuple[Parts, str]:
    """Point at the first unknown key itself, with a did-you-mean from the allowed fields."""
    schema, instance = error.schema, error.instance
    known = schema.get("properties", {}) if isinstance(schema, dict) else {}
    patterns = schema.get("patternProperties", {}) if isinstance(schema, dict) else {}
    extras = [k for k in instance if k not in known and not any(re.search(p, k) for p in patterns)]
    if not extras:  # unevaluatedProperties: the names are only in the message
        extras = re.findall(r"'([^']*)'", error.message[error.message.rfind("(") :]) or ["?"]
    name = extras[0]
    if parts == ("paths",):
        return (*parts, name), f"path {name!r} must start with '/'"
    close = difflib.get_close_matches(name, list(known), 1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    others = f" (and {len(extras) - 1} more)" if len(extras) > 1 else ""
    message = f"unknown field {name!r}{others}{hint}; only OpenAPI fields and x-* extensions"
    return (*parts, name), _shorten(message + " are allowed here", 190)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        keys = ", ".join(f"{k}: ..." for k in list(value)[:3])
        return "{" + keys + (", ...}" if len(value) > 3 else "}")
    if isinstance(value, list):
        return f"a list of {len(value)} items" if len(repr(value)) > 60 else repr(value)
    return _shorten(repr(value), 60)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
