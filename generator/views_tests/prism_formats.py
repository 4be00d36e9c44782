"""Response bodies Prism makes up but then rejects: a string `format` its validator checks and
its body generator does not know, so the placeholder it writes ("string", or random words with
`Prefer: dynamic=true`) breaks the format and Prism answers 500 instead (`sl-violations`: "must
match format"). Seen with Prism 5 for `url`, `duration` and `byte`; `uri`, `date-time`, `email`
and the other common formats it makes up validly. Likewise a keyword its generator ignores and
its validator checks (`not`, `propertyNames`, `if`...: `Constraints.unread`): seen with Prism
5.14 writing `null` under `not: {type: "null"}`, and keys breaking `propertyNames`; and, when
it fakes every value (`Prefer: dynamic=true`), an exclusive bound, which it writes now and then.

Only bodies Prism makes up are affected: a valid example in the spec is answered as written,
and so are the examples and defaults of the schemas inside a body it builds. Asked to make the
body up (`Prefer: dynamic=true`, where the spec's example breaks its schema) Prism fakes every
value and uses none of them (nexmo.com's account settings: `format: url` beside an example).
The contract tests leave out what expects such a body, with a warning naming where the response
is documented (`warnings`).

Nor can Prism answer a body documented as `*/*` (springdoc's default media type): it answers
406 to the SDK's `Accept: application/json`, and 500 "Cannot serialise complex objects as text"
to any other for an array or object, with or without an example (`unanswerable_body`); nor a
text body (`text/csv`) whose schema is no string: it cannot serialise an object or array as
text, and checks a text example against that schema; nor a response whose `content` keys name
no media type (osf.io's `data`, which normalize leaves out): it matches no Accept header to
them and answers 406.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from ..example_regex import matching
from ..media import is_json_sequence
from ..model import (
    Api,
    ArrayOf,
    ErrorResponse,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    Response,
    TypeRef,
    UnionOf,
    non_null,
)

UNMADE_FORMATS = frozenset({"url", "duration", "byte"})


class UnmadeFormats:
    """Which made-up response bodies of one API carry a format Prism cannot make up."""

    def __init__(self, models: Mapping[str, Model]) -> None:
        self.models = models
        # (model name, dynamic) → format, memoized
        self._found: dict[tuple[str, bool], str | None] = {}

    def in_made_up(self, item: Response | ErrorResponse, dynamic: bool = False) -> str | None:
        """The unmade format in the body Prism makes up for this response, if any; `dynamic`:
        the tests ask Prism to fake it (`Prefer: dynamic=true`)."""
        if item.has_example or item.type is None or item.content_type is None:
            return None
        if "json" not in item.content_type:
            return None
        return self.format_in(item.type, dynamic)

    def format_in(self, t: TypeRef, dynamic: bool = False) -> str | None:
        """What Prism cannot make up (`format: url`, or a keyword such as `not`) where its body
        generator writes a value of its own: every property without an example or default
        (optional ones too; every property when `dynamic`), an array's item, a union's first
        member (Prism's pick)."""
        t = non_null(t)
        if isinstance(t, Primitive | ArrayOf | MapOf) and t.constraints.unread:
            return t.constraints.unread
        if isinstance(t, Primitive) and dynamic:
            # its faker writes the bound itself now and then (svix.com: `minimum: 0,
            # exclusiveMinimum: true` faked as 0), so the contract tests would fail at random
            c = t.constraints
            if c.exclusive_minimum is not None or c.exclusive_maximum is not None:
                return "exclusiveMinimum" if c.exclusive_minimum is not None else "exclusiveMaximum"
        if isinstance(t, Primitive) and dynamic and _faker_crashes(t):
            return f"format: date-time beside a pattern ({t.constraints.pattern})"
        if isinstance(t, Primitive):
            fmt = t.constraints.format
            return f"format: {fmt}" if t.kind != "file" and fmt in UNMADE_FORMATS else None
        if isinstance(t, ArrayOf | MapOf):
            return self.format_in(t.item if isinstance(t, ArrayOf) else t.value, dynamic)
        if isinstance(t, UnionOf):  # an inheritance union: Prism reads the base schema alone
            return self.format_in(ModelRef(t.fallback) if t.fallback else t.variants[0], dynamic)
        if isinstance(t, ModelRef):
            return self._model_format(t.name, dynamic)
        return None

    def _model_format(self, name: str, dynamic: bool) -> str | None:
        key = (name, dynamic)
        if key in self._found:
            return self._found[key]
        self._found[key] = None  # a recursive model: what its other fields say
        model = self.models.get(name)
        # Prism's static body writes a schema's own example (or default) as it is, without
        # looking inside; its dynamic one fakes every value
        if model and (dynamic or not model.has_example) and model.constraints.unread:
            self._found[key] = model.constraints.unread
            return model.constraints.unread
        fields = model.fields if model and (dynamic or not model.has_example) else ()
        made = [f.type for f in fields if dynamic or not (f.has_example or f.has_default)]
        found = next((f for f in (self.format_in(t, dynamic) for t in made) if f), None)
        self._found[key] = found
        return found


def _faker_crashes(t: Primitive) -> bool:
    """Whether Prism's faker crashes on this scalar (500 "Cannot read properties of undefined
    (reading 'substr')"): a date-time whose `pattern` makes strings without a "T" (shipengine's
    `created_at`: `format: date-time` beside an allOf of its id pattern `^se(-[a-z0-9]+)+$`),
    which it writes from the pattern and then splits at the "T"."""
    pattern = t.constraints.pattern
    if t.kind != "datetime" or pattern is None:
        return False
    made = matching(pattern)
    return made is not None and "t" not in made.lower()


def unanswerable_body(item: Response | ErrorResponse) -> bool:
    """Whether the response has a body Prism cannot answer with: documented under keys that
    name no media type only (osf.io's `data`: 406 to any Accept), or as `*/*`, or as a
    stream of JSON values (`application/x-ndjson`...: "Cannot find serializer"), or as text or
    another media type it has no serializer for (application/x-yaml, text/csv; XML it writes)
    whose schema is no string: Prism cannot serialise an object or array as text, and a text
    example breaks the schema it checks its answer against (500 either way)."""
    media = item.content_type or ""
    if item.not_media and item.content_type is None:
        return True  # Prism matches no Accept to `data` (406)
    if isinstance(item, Response) and item.unparsed_structure and "xml" not in media.lower():
        return True
    return (media == "*/*" or is_json_sequence(media)) and item.type is not None


def warnings(
    api: Api, dynamic: Callable[[Response | ErrorResponse], bool]
) -> Iterator[tuple[str, str]]:
    """(JSON pointer, message) for each documented response whose made-up body Prism rejects;
    `dynamic` says which bodies the tests ask Prism to fake."""
    formats = UnmadeFormats({m.name: m for m in api.models})
    for op in api.operations:
        items: tuple[Response | ErrorResponse, ...] = (*op.responses, *op.errors)
        for item in items:
            what = "calls expecting it" if isinstance(item, Response) else "tests of this error"
            # the body a method reads, and the errors Prism is asked for (exact statuses)
            tested = item is op.response if isinstance(item, Response) else item.status.isdigit()
            if isinstance(item, Response) and item.streaming:
                continue  # streams are tested offline only, Prism answering none of them
            if item.not_media and item.content_type is None and tested:
                yield (
                    f"{op.pointer}/responses/{_escape(item.status)}/content",
                    f"Prism cannot answer this response: no key of its content is a media type"
                    f" ({', '.join(item.not_media)}), so it matches none to an Accept header"
                    f" (406); the generated contract tests leave out the {what}",
                )
                continue
            if unanswerable_body(item) and tested:
                media = item.content_type or ""
                yield (
                    f"{op.pointer}/responses/{_escape(item.status)}/content/{_escape(media)}",
                    f"Prism cannot answer with a body of media type {media!r} (406 to the SDK's"
                    " JSON Accept, or 500 for want of a serializer); the generated contract tests"
                    f" leave out the {what}",
                )
                continue
            fmt = formats.in_made_up(item, dynamic(item))
            if fmt is None:
                continue
            yield (
                f"{op.pointer}/responses/{_escape(item.status)}",
                f"Prism makes up this response's body (the spec has no valid example) but"
                f" cannot write a value keeping to `{fmt}` and rejects the one it writes instead"
                f" (answering 500); the generated contract tests leave out the {what}"
                " (add an example to test it)",
            )


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
