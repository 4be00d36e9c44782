"""Parameter values as they are sent: scalars as text, and the OpenAPI serialization styles.

`_request` sends most parameters plainly: a path value as one percent-encoded segment, a query
or cookie array as one pair per item, a header array comma-separated. An `Operation` lists its
other parameters in `styles` (location → name → `(style, explode)`), and those are written here
as the OpenAPI 3.1 style table says (the RFC 6570 expansions), for `color` = "blue",
["blue", "black", "brown"] and {"R": 100, "G": 200, "B": 150} (style, explode: the string;
the array; the object):

- simple, false: `blue`; `blue,black,brown`; `R,100,G,200,B,150`
- simple, true: `blue`; `blue,black,brown`; `R=100,G=200,B=150`
- label, false: `.blue`; `.blue,black,brown`; `.R,100,G,200,B,150`
- label, true: `.blue`; `.blue.black.brown`; `.R=100.G=200.B=150`
- matrix, false: `;color=blue`; `;color=blue,black,brown`; `;color=R,100,G,200,B,150`
- matrix, true: `;color=blue`; `;color=blue;color=black;color=brown`; `;R=100;G=200;B=150`
- form, false: `color=blue`; `color=blue,black,brown`; `color=R,100,G,200,B,150`
- form, true: `color=blue`; `color=blue&color=black&color=brown`; `R=100&G=200&B=150`
- spaceDelimited, false: array `color=blue black brown`; object `color=R 100 G 200 B 150`
- pipeDelimited, false: array `color=blue|black|brown`; object `color=R|100|G|200|B|150`
- deepObject: object `color[R]=100&color[G]=200&color[B]=150`

Cookies use style form; httpx percent-encodes query pairs, cookies are sent as they are.
Combinations the table leaves out are sent as style form with explode: a primitive or an array
in style deepObject, a primitive in a delimited style, a delimited style with explode. Inside a
deepObject, objects become `color[a][b]=v` and arrays one `color[a]=v` pair per item; in the
other styles, an object inside an array or object is sent as JSON text. The
pseudo-style "json" sends the value as JSON text (a parameter described by `content:
application/json`). Models are objects with their wire (alias) field names; None items and
properties are left out.
"""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeAlias
from urllib.parse import quote

import pydantic_core

__all__ = ["Style", "header_text", "path_text", "query_pairs", "to_jsonable", "to_text"]

Style: TypeAlias = "tuple[str, bool]"
"""How a parameter is serialized: (OpenAPI style, explode), e.g. ("deepObject", True)."""

# RFC 6570 operators: (prefix, separator between exploded items, whether items are named)
_EXPANSIONS = {"simple": ("", ",", False), "label": (".", ".", False), "matrix": (";", ";", True)}
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}
_ARRAYS = (list, tuple, set, frozenset)


def path_text(name: str, value: object, style: Style) -> str:
    """A path placeholder's expansion in style simple, label or matrix, each name and value
    percent-encoded so the expansion stays inside its segment."""
    return _expand(name, value, style, _quote)


def header_text(value: object, style: Style) -> str:
    """A header value in style simple (the only one headers have), or "json"."""
    return _expand("", value, style, str)


def query_pairs(name: str, value: object, style: Style) -> list[tuple[str, str]]:
    """The (name, text) pairs of a query parameter or a cookie (style form)."""
    how, explode = style
    if how == "json":
        return [(name, _json(value))]
    value = to_jsonable(value)
    if isinstance(value, Mapping):
        if how == "deepObject":
            return list(_deep_pairs(name, value))
        items = [(str(k), to_text(v)) for k, v in value.items() if v is not None]
        if explode:
            return items
        return [(name, _DELIMITERS.get(how, ",").join(x for item in items for x in item))]
    if isinstance(value, _ARRAYS):
        texts = [to_text(item) for item in value if item is not None]
        if explode or how == "deepObject":
            return [(name, text) for text in texts]
        return [(name, _DELIMITERS.get(how, ",").join(texts))]
    return [(name, to_text(value))]


def _expand(name: str, value: object, style: Style, encode: Callable[[str], str]) -> str:
    """RFC 6570 expansion of one variable; an empty array or object expands to nothing."""
    how, explode = style
    if how == "json":
        return encode(_json(value))
    prefix, separator, named = _EXPANSIONS.get(how, _EXPANSIONS["simple"])
    head = encode(name) + "=" if named else ""
    value = to_jsonable(value)
    if isinstance(value, Mapping):
        pairs = [(encode(str(k)), encode(to_text(v))) for k, v in value.items() if v is not None]
        if not pairs:
            return ""
        if explode:
            return prefix + separator.join(f"{k}={v}" for k, v in pairs)
        return prefix + head + ",".join(f"{k},{v}" for k, v in pairs)
    if isinstance(value, _ARRAYS):
        texts = [encode(to_text(item)) for item in value if item is not None]
        if not texts:
            return ""
        if explode:
            return prefix + separator.join(head + text for text in texts)
        return prefix + head + ",".join(texts)
    text = encode(to_text(value))
    return prefix + (head + text if text else head[:-1])


def _deep_pairs(prefix: str, value: Mapping[Any, Any]) -> Iterator[tuple[str, str]]:
    for key, item in value.items():
        name = f"{prefix}[{key}]"
        if isinstance(item, Mapping):
            yield from _deep_pairs(name, item)
        elif isinstance(item, _ARRAYS):
            yield from ((name, to_text(i)) for i in item if i is not None)
        elif item is not None:
            yield name, to_text(item)


def _quote(text: str) -> str:
    return quote(text, safe="")


def _json(value: object) -> str:
    return pydantic_core.to_json(to_jsonable(value)).decode()


def to_text(value: object) -> str:
    """A scalar as it appears in a path, query or header: enums by value, booleans lower-case."""
    if type(value) is str:  # the common case first: ids, names
        return value
    if isinstance(value, (list, tuple)):  # style=simple: comma-separated
        return ",".join(to_text(item) for item in value)
    if isinstance(value, Mapping):  # an object inside an array or object: no style defines it
        return _json(value)
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, bytes):  # a file where only text goes (a form body): UTF-8 text
        return value.decode()
    return str(value)


def to_jsonable(value: Any) -> Any:
    """`value` with every pydantic model replaced by its wire-format dict.

    Only models need converting by hand: enums, datetimes and UUIDs are handled by the JSON
    encoder, but models must drop their unset fields (`exclude_unset`), which it cannot do.
    """
    return _jsonable(value, _pydantic_model_class())


def _jsonable(value: Any, model_class: type[Any]) -> Any:
    if isinstance(value, model_class):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {key: _jsonable(item, model_class) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item, model_class) for item in value]
    return value


def _pydantic_model_class() -> type[Any]:
    # isinstance(value, pydantic.BaseModel) would import pydantic's model machinery (~100 ms)
    # for every user of the package; a BaseModel instance has already imported it.
    main = sys.modules.get("pydantic.main")
    return main.BaseModel if main is not None else _NoModel


class _NoModel:
    """Stands in for pydantic.BaseModel while no model exists, so isinstance() is False."""
