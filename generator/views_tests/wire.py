"""Parameter example values as the generated tests expect them on the wire.

Written from the OpenAPI style table independently of the runtime's `_params`, so that the
generated tests check the runtime against the table rather than against itself. Values are JSON
examples: objects are dicts keyed by wire name. A `style` is (OpenAPI style, explode), or the
pseudo-style `json` of a parameter described by `content: application/json`.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, quote

from ..emit import ArgValue
from ..param_styles import JSON

Style = tuple[str, bool]

_PREFIX = {"label": ".", "matrix": ";"}
_DELIMITER = {"spaceDelimited": " ", "pipeDelimited": "|"}


def text(value: ArgValue) -> str:
    """A scalar as it appears in a path, query or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(text(item) for item in value)
    if isinstance(value, dict):  # inside an array or object: JSON text (no style defines it)
        return _json(value)
    return str(value)


def path_segment(name: str, value: ArgValue, style: Style) -> str:
    """A path placeholder's expansion, percent-encoded; dot-segments escaped."""
    expansion = _path_expansion(name, value, style)
    return expansion if expansion.strip(".") else expansion.replace(".", "%2E")


def _path_expansion(name: str, value: ArgValue, style: Style) -> str:
    how, explode = style
    if how == JSON:
        return _q(_json(value))
    prefix = _PREFIX.get(how, "")
    named = how == "matrix"
    if isinstance(value, dict):
        props = [(_q(k), _q(text(v))) for k, v in value.items() if v is not None]
        if not props:
            return ""
        if explode:  # every property `k=v`, separated like the prefix (simple: commas)
            return prefix + (prefix or ",").join(f"{k}={v}" for k, v in props)
        flat = ",".join(f"{k},{v}" for k, v in props)
        return prefix + (f"{_q(name)}={flat}" if named else flat)
    if isinstance(value, list):
        items = [_q(text(v)) for v in value if v is not None]
        if not items:
            return ""
        if explode and named:
            return "".join(f";{_q(name)}={item}" for item in items)
        joined = (prefix if explode and prefix else ",").join(items)
        return prefix + (f"{_q(name)}={joined}" if named else joined)
    scalar = _q(text(value))
    if named:
        return f";{_q(name)}={scalar}" if scalar else f";{_q(name)}"
    return prefix + scalar


def query_pairs(name: str, value: ArgValue, style: Style) -> list[tuple[str, str]]:
    """The (name, value) pairs of a query parameter or cookie, before percent-encoding."""
    how, explode = style
    if how == JSON:
        return [(name, _json(value))]
    if isinstance(value, dict) and how == "deepObject":
        return _deep(name, value)
    delimiter = _DELIMITER.get(how, ",")
    if isinstance(value, dict):
        props = [(k, text(v)) for k, v in value.items() if v is not None]
        if explode:
            return props
        return [(name, delimiter.join(f"{k}{delimiter}{v}" for k, v in props))]
    if isinstance(value, list):
        items = [text(v) for v in value if v is not None]
        if explode or how == "deepObject":
            return [(name, item) for item in items]
        return [(name, delimiter.join(items))]
    return [(name, text(value))]


def _deep(name: str, value: Mapping[str, ArgValue]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        if isinstance(item, dict):
            pairs += _deep(f"{name}[{key}]", item)
        elif isinstance(item, list):
            pairs += [(f"{name}[{key}]", text(i)) for i in item if i is not None]
        elif item is not None:
            pairs.append((f"{name}[{key}]", text(item)))
    return pairs


def template_pairs(fixed: str) -> list[tuple[str, str]]:
    """The pairs of a query written in a path template, as the server reads them; a pair still
    naming a placeholder (`q={q}`) is a query parameter sent by name, so none."""
    pairs = [p for p in fixed.split("&") if p and not re.fullmatch(r"[^=]*=\{[^}]*\}", p)]
    return parse_qsl("&".join(pairs), keep_blank_values=True)


def header_value(value: ArgValue, style: Style) -> str:
    """A header in style simple: arrays and objects comma-separated, `k=v` when exploded."""
    how, explode = style
    if how == JSON:
        return _json(value)
    if isinstance(value, dict):
        props = [(k, text(v)) for k, v in value.items() if v is not None]
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in props)
    return text(value)


def _q(value: str) -> str:
    return quote(value, safe="")


def _json(value: ArgValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
