"""What every part of the docs builder shares: lookups, links, sentences and example values."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal

from .. import emit
from ..emit import ArgValue, Snippet
from ..example_values import ExampleMaker, file_example
from ..media import is_json_sequence, is_json_text_sequence
from ..method_plans import MethodPlan, method_plans
from ..model import (
    Api,
    JsonValue,
    Operation,
    Resource,
    Response,
    TypeRef,
)

YES, NO = "✔️", "—"
MODELS_FROM_RESOURCE = "../../models/"  # a resource page's way to the model pages
HOME_FROM_RESOURCE = "../../index.md"
_MAX_DEPTH = 4


def resource_page(resource: Resource) -> str:
    return f"sdks/{resource.module}/README.md"


def stream_unit(response: Response) -> str:
    """What one value of a stream arrives as."""
    media = response.content_type or ""
    if is_json_text_sequence(media):
        return "JSON text sequence record"
    return "JSON line" if is_json_sequence(media) else "server-sent event"


def model_page(name: str) -> str:
    return "models/" + emit.model_page(name)


def describe(notes: Sequence[str], deprecated: bool) -> str:
    """A description cell: the notes as sentences, flagged when deprecated."""
    text = " ".join(sentence(n) for n in notes if n)
    if deprecated:
        text = f"**Deprecated.** {text}"
    return emit.md_cell(text)


def sentence(text: str) -> str:
    """`text` ending with a full stop, so notes appended after it read as sentences."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:" else text + "."


def first_sentence(text: str) -> str:
    first = " ".join(text.split()).split(". ")[0]
    return first.rstrip(".")


class DocsBase:
    """Lookups built once for one API, shared by every page; the example values pages show."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.settings = api.settings
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        # the examples' calls: request values, without read-only properties
        self.maker = ExampleMaker(self.models, self.enums, _MAX_DEPTH, "request")
        # resource → method name → what the method is (an operation may have a `_stream` twin)
        self.plans = {r.name: {p.name: p for p in method_plans(r)} for r in api.resources}
        server = api.servers[0].url if api.servers else ""
        self.origin = emit.url_origin(server)

    def md(self, text: str) -> str:
        """Spec Markdown made safe to show here: site-relative links point at the API's site."""
        return emit.md_absolute_links(text, self.origin)

    def own_method(self, resource: Resource, op: Operation) -> MethodPlan:
        """The operation's own method (beside which it may have a `_stream` twin)."""
        return self.plans[resource.name][op.name]

    def snippet(self, resource: Resource, plan: MethodPlan) -> Snippet:
        """The examples' call of the method `plan` describes."""
        op = plan.op
        returns: Literal["value", "page", "none", "stream"] = "value"
        if plan.streamed is not None:
            returns = "stream"
        elif op.pagination is not None:
            returns = "page"
        elif op.response is None or op.response.type is None:
            returns = "none"
        fixed = plan.fixed_names
        return Snippet(
            package=self.settings.package_name,
            client=self.settings.client_name,
            async_client=self.settings.async_client_name,
            resource=resource.name,
            method=plan.name,
            func=plan.func,
            args=tuple((n, v) for n, v in self.example_args(op, fixed)),
            returns=returns,
        )

    def example_args(
        self, op: Operation, fixed: frozenset[str] = frozenset()
    ) -> Iterator[tuple[str, ArgValue]]:
        """Keyword arguments of the examples: every required parameter, then the body.

        Values are the spec's examples. A flattened body shows the fields of the body's example
        plus any other required field; optional parameters are left out so the
        examples stay short and every value they show is one the API documents.
        """
        for p in op.parameters:
            if p.required and p.client_option is None:
                value = self.example(p.type, p.example, p.has_example)
                if p.location == "path" and isinstance(value, dict | list):
                    value = self.maker.non_empty(p.type, value)
                yield p.name, value
        body = op.body
        if body is None:
            return
        if not body.fields:
            if body.required or body.has_example:
                yield "body", self.example(body.type, body.example, body.has_example)
            return
        shown = body.example if body.has_example and isinstance(body.example, dict) else {}
        as_text = body.encoding in ("json", "form")
        for f in body.fields:
            if f.wire_name in fixed:  # the method sets it itself (the `stream` switch)
                continue
            if f.wire_name in shown:
                yield f.name, self.example(f.type, shown[f.wire_name], True, as_text=as_text)
            elif f.required:  # the method requires it even when the body itself is optional
                yield f.name, self.example(f.type, f.example, f.has_example, as_text=as_text)

    def example(
        self,
        t: TypeRef,
        value: JsonValue,
        has_value: bool,
        depth: int = 0,
        as_text: bool = False,
    ) -> ArgValue:
        """The spec's example, else a value made up from the type (never a placeholder);
        `as_text`: a file goes where only text does (`file_example`)."""
        if (file_argument := file_example(t, as_text)) is not None:
            return file_argument
        if has_value:
            return self.maker.spec_value(t, value, depth)
        return self.synthetic(t, depth)

    def synthetic(self, t: TypeRef, depth: int) -> JsonValue:
        return self.maker.synthetic(t, depth)
