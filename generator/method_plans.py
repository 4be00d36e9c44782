"""Which methods an operation becomes: its own, plus `<name>_stream` when it answers with either
JSON or a stream (server-sent events, JSON lines). The client, its docs and its tests all read
the methods from here, so they agree on names, on the stream each returns and on the body
fields a method sets itself."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Body, Operation, Primitive, Resource, Response, TypeRef, non_null
from .naming import dedupe


@dataclass(frozen=True)
class MethodPlan:
    op: Operation
    name: str  # python method name: `op.name`, or `<op.name>_stream` for the streaming twin
    func: str  # standalone function name
    streamed: Response | None = None  # the stream the method returns, if it streams
    # body fields the method sets itself (wire name → value): the API's `stream` switch
    fixed: tuple[tuple[str, bool], ...] = ()
    twin: str = ""  # the other method of the same operation, if it has two

    @classmethod
    def of(cls, op: Operation) -> MethodPlan:
        """The operation's own method, returning what it answers as is."""
        return cls(op, op.name, op.func_name)

    @property
    def fixed_names(self) -> frozenset[str]:
        return frozenset(wire for wire, _ in self.fixed)


def method_plans(resource: Resource) -> list[MethodPlan]:
    taken = {op.name for op in resource.operations}
    plans: list[MethodPlan] = []
    for op in resource.operations:
        plain = next((r for r in op.responses if not r.streaming), None)
        streamed = next((r for r in op.responses if r.streaming), None)
        if streamed is not None and plain is not None and not _worth_streaming(op, streamed):
            streamed = None
        if streamed is None or plain is None:
            fixed = _fixed(op.body, True) if streamed is not None else ()
            plans.append(MethodPlan(op, op.name, op.func_name, streamed, fixed))
            continue
        name = dedupe([f"{op.name}_stream"], taken)[0]
        taken.add(name)
        func = op.func_name + name.removeprefix(op.name)
        plans.append(MethodPlan(op, op.name, op.func_name, None, _fixed(op.body, False), name))
        plans.append(MethodPlan(op, name, func, streamed, _fixed(op.body, True), op.name))
    return plans


def _worth_streaming(op: Operation, streamed: Response) -> bool:
    """Whether a JSON operation's event stream deserves a `_stream` method: the request can
    ask for it (a boolean `stream` field) or its events have a shape. Specs list placeholder
    streams (a bare string "not used") for operations that never stream."""
    return bool(_fixed(op.body, True)) or not isinstance(streamed.type, Primitive | None)


def _fixed(body: Body | None, value: bool) -> tuple[tuple[str, bool], ...]:
    """The `stream` switch, a boolean body field, set to `value`; () when there is none."""
    fields = body.fields if body is not None else ()
    return tuple(
        (f.wire_name, value) for f in fields if f.wire_name == "stream" and _is_bool(f.type)
    )[:1]


def _is_bool(t: TypeRef) -> bool:
    return non_null(t) == Primitive("bool")
