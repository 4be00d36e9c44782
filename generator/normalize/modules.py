"""Module names for models and enums: unique, one module per group of mutually recursive models."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ..model import ArrayOf, Enum, MapOf, Model, ModelRef, TypeRef, UnionOf
from ..naming import dedupe, safe_identifier, snake


def assign_modules(models: list[Model], enums: list[Enum]) -> tuple[list[Model], list[Enum]]:
    names = sorted([m.name for m in models] + [e.name for e in enums])
    # `from .class import Class` does not parse: a keyword module is `class_`
    wanted = [safe_identifier(snake(n)) for n in names]
    # nor a class's own name (kumpeapps.com's schema `405`: class and module `_405`, so
    # `models._405` named the module)
    modules = dict(zip(names, dedupe(wanted, {"__init__", *names}), strict=True))
    for group in _cycles(models):
        shared = modules[min(group)]
        for name in group:
            modules[name] = shared
    return (
        [dataclasses.replace(m, module=modules[m.name]) for m in models],
        [dataclasses.replace(e, module=modules[e.name]) for e in enums],
    )


def _refs(t: TypeRef) -> Iterator[str]:
    if isinstance(t, ModelRef):
        yield t.name
    elif isinstance(t, ArrayOf):
        yield from _refs(t.item)
    elif isinstance(t, MapOf):
        yield from _refs(t.value)
    elif isinstance(t, UnionOf):
        for variant in t.variants:
            yield from _refs(variant)


def _cycles(models: list[Model]) -> list[list[str]]:
    """Strongly connected components with more than one model (iterative Tarjan)."""
    graph = _reference_graph(models)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            child = next((c for c in edges if c in graph), None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = _pop_component(stack, on_stack, node)
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def _reference_graph(models: list[Model]) -> dict[str, list[str]]:
    """Model name → the names its fields and extra values refer to, sorted."""
    return {
        m.name: sorted(
            {r for f in m.fields for r in _refs(f.type)}
            | (set(_refs(m.extra_values)) if m.extra_values else set())
        )
        for m in models
    }


def _pop_component(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    """The strongly connected component rooted at `root`: the stack down to and including it."""
    component = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        component.append(member)
        if member == root:
            break
    return component
