"""The README's sections: authentication, errors, a sample call in each style, pagination."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .. import emit
from ..emit import ArgValue
from ..model import (
    EnumRef,
    ErrorClass,
    ModelRef,
    Operation,
    Resource,
    non_null,
)
from .base import DocsBase, model_page, resource_page, stream_unit
from .context import Calls, ErrorClassRow, Link, PaginationDoc, ReadmeDoc, StreamingDoc


class ReadmeDocs(DocsBase):
    """The README's part of `DocsBuilder`."""

    def security_line(self, name: str) -> str:
        scheme = next(s for s in self.api.security if s.name == name)
        how = {
            "bearer": f"sent as `Authorization: Bearer <{scheme.credential}>`",
            "basic": "sent as HTTP basic credentials in the `Authorization` header",
            "api_key": f"sent in the `{scheme.param_name}` {scheme.location}",
        }[scheme.kind]
        if scheme.credential != "api_key":  # a credential of its own: argument and variable
            how += (
                f", from the `{scheme.credential}` argument or the `{scheme.env_var}` "
                "environment variable"
            )
        text = f"`{scheme.name}`: {how}."
        return text + (
            f" {emit.md_cell(self.md(scheme.description))}" if scheme.description else ""
        )

    def exception_tree(self) -> emit.TreeNode:
        documented: list[emit.TreeNode] = [
            (f"{e.class_name} ({', '.join(e.statuses)})", ())
            for e in self.error_classes_by_status()
        ]
        documented.append((f"{self.settings.default_error} (any other 4XX/5XX)", ()))
        return (
            self.settings.error_base,
            (
                ("APIStatusError", tuple(documented)),
                ("APIConnectionError", (("APITimeoutError", ()),)),
                ("ResponseValidationError", ()),
            ),
        )

    def error_classes_by_status(self) -> list[ErrorClass]:
        return sorted(self.api.error_classes, key=lambda e: (e.statuses[:1], e.class_name))

    def error_class_rows(self) -> Iterator[ErrorClassRow]:
        for e in self.error_classes_by_status():
            data = e.data_type
            target = non_null(data) if data is not None else None
            yield ErrorClassRow(
                name=emit.md_code(f"errors.{e.class_name}"),
                statuses=", ".join(e.statuses),
                description=emit.md_cell(
                    " ".join(filter(None, [_records(e), self.md(e.description)]))
                ),
                data_name=target.name
                if isinstance(target, ModelRef | EnumRef)
                else emit.md_type(data)
                if data is not None
                else "`None`",
                data_page=model_page(target.name) if isinstance(target, ModelRef | EnumRef) else "",
            )

    def readme(self) -> ReadmeDoc | None:
        ops = [(r, op) for r in self.api.resources for op in r.operations]
        if not ops:
            return None
        live = [(r, op) for r, op in ops if not op.deprecated] or ops
        quick = next(((r, op) for r, op in live if op.http_method == "GET"), live[0])
        plain = [
            (r, op)
            for r, op in live
            if op.pagination is None and op.response is not None and op.response.type is not None
        ]
        sample = next(((r, op) for r, op in plain if op.http_method == "GET"), (plain or live)[0])
        s = self.snippet(sample[0], self.own_method(*sample))
        error_class = _example_error(sample[1])
        quick_snippet = self.snippet(quick[0], self.own_method(*quick))
        return ReadmeDoc(
            quickstart_sync=emit.snippet_sync(quick_snippet),
            quickstart_async=emit.snippet_async(quick_snippet),
            standalone=emit.snippet_standalone(s),
            calls=Calls(
                plain=emit.snippet_call(s),
                in_try=emit.snippet_call(s, indent=4),
                no_retries=emit.snippet_call(s, extra=[("retries", None)]),
                timeout=emit.snippet_call(s, extra=[("timeout", 5.0)]),
                raw=emit.snippet_call(s, target="response", via="with_raw_response"),
            ),
            error_class=error_class,
            pagination=self.pagination_doc(ops),
            streaming=self.streaming_doc(),
        )

    def streaming_doc(self) -> StreamingDoc | None:
        """The README's Streaming section: the methods returning a stream, and one called."""
        streams = [
            (r, plan)
            for r in self.api.resources
            for plan in self.plans[r.name].values()
            if plan.streamed is not None
        ]
        if not streams:
            return None
        resource, plan = next(((r, p) for r, p in streams if not p.op.deprecated), streams[0])
        assert plan.streamed is not None
        s = self.snippet(resource, plan)
        return StreamingDoc(
            operations=tuple(
                Link(f"client.{r.name}.{p.name}", f"{resource_page(r)}#{emit.md_anchor(p.name)}")
                for r, p in streams
            ),
            call=emit.snippet_call(s, target="", width=88 - 18),
            call_async=emit.snippet_call(s, target="", indent=8, awaiting=True, width=88 - 18),
            unit=" or ".join(sorted({stream_unit(p.streamed) for _, p in streams if p.streamed})),
        )

    def pagination_doc(self, ops: Sequence[tuple[Resource, Operation]]) -> PaginationDoc | None:
        paged = [(r, op) for r, op in ops if op.pagination is not None]
        if not paged:
            return None
        resource, op = next(((r, o) for r, o in paged if not o.deprecated), paged[0])
        assert op.pagination is not None
        s = self.snippet(resource, self.own_method(resource, op))
        extra: list[tuple[str, ArgValue]] = []
        limit = next(
            (
                p
                for p in op.parameters
                if p.wire_name == op.pagination.limit_param
                and p.has_example
                and p.name not in dict(s.args)
            ),
            None,
        )
        if limit is not None:
            extra.append((limit.name, limit.example))
        # `for item in <call>:` headers; the width leaves room for the loop words and the colon
        loop_call = emit.snippet_call(s, extra=extra, target="", width=88 - 13)
        async_call = emit.snippet_call(s, extra=extra, target="", indent=8, width=88 - 19)
        return PaginationDoc(
            operations=tuple(
                Link(f"client.{r.name}.{o.name}", f"{resource_page(r)}#{emit.md_anchor(o.name)}")
                for r, o in paged
            ),
            each=f"for item in {loop_call}",
            each_async=f"async for item in {async_call}",
            first_page=emit.snippet_call(s, extra=extra, target="page"),
            first_page_async=emit.snippet_call(
                s, extra=extra, target="page", indent=8, awaiting=True
            ),
            page_fields=_page_fields(paged),
        )


def _example_error(op: Operation) -> str:
    """The documented exception to show being caught: 404 reads best, then another 4XX."""
    classed = [e for e in op.errors if e.class_name]
    ranked = sorted(classed, key=lambda e: (e.status != "404", e.status in ("401", "403"),
                                            not e.status.startswith("4")))  # fmt: skip
    return ranked[0].class_name if ranked else ""


def _page_fields(paged: Sequence[tuple[Resource, Operation]]) -> str:
    """The README's words for what a page holds: cursor pages never know a total count."""
    fields = "`data` (and `total_count`, when the API reports it"
    if any(op.pagination is not None and op.pagination.kind == "cursor" for _, op in paged):
        fields += (
            "; cursor pages, which ask for the next page with the cursor a page names, never do"
        )
    return fields + ")"


def _records(e: ErrorClass) -> str:
    """The note on an error whose body is documented as JSON records, "" for others."""
    if not e.sequence_media:
        return ""
    return f"Documented as {emit.md_code(e.sequence_media)}: `data` lists every record."
