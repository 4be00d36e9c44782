"""Diff rules shared by every kind of symbol: named members (arguments, client options, model
fields) and types. `side` says which way values flow: "request" (the user passes them in),
"response" (the user reads them), "both", or "none" (unused, treated as both).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .snapshot import Snapshot, split_members

Label = Literal["BREAKING", "FEATURE", "FIX"]
ACCEPTS = ("request", "both", "none")  # the user passes these values in
RETURNS = ("response", "both", "none")  # the user reads these values out
Entries = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class Change:
    label: Label
    symbol: str  # the Python symbol affected, e.g. `OpenRouter.byok.list(provider=)`
    message: str
    hint: str  # one-line migration hint

    def line(self) -> str:
        return f"{self.label:<8} {self.symbol}: {self.message}; migration: {self.hint}"


class Context:
    def __init__(self, old: Snapshot, new: Snapshot) -> None:
        self.old, self.new = old, new
        self.package = str(new.get("package", ""))
        self.client = str(new["client"]["name"])
        self.enums: dict[str, Any] = {**old["enums"], **new["enums"]}

    def model(self, name: str) -> str:
        return f"{self.package}.models.{name}"


def entries(
    ctx: Context, owner: str, noun: str, old: Entries, new: Entries, side: str
) -> Iterator[Change]:
    """Arguments, client options or model fields: removed, renamed, added, changed."""

    def symbol(name: str) -> str:
        return f"{owner}.{name}" if noun == "field" else f"{owner}({name}=)"

    gone, added = old.keys() - new.keys(), new.keys() - old.keys()
    renamed = renames(gone, added, old, new, "wire")
    reading = side not in ACCEPTS
    for name in sorted(gone):
        if name in renamed:
            to = renamed[name]
            hint = f"read `.{to}`" if reading else f"pass `{to}=` instead of `{name}=`"
            yield Change("BREAKING", symbol(name), f"{noun} renamed to `{to}`", hint)
            yield from _entry(ctx, symbol(to), noun, old[name], new[to], side)
        else:
            hint = f"stop reading `.{name}`" if reading else f"stop passing `{name}=`"
            yield Change("BREAKING", symbol(name), f"{noun} removed", hint)
    for name in sorted(added - set(renamed.values())):
        if new[name]["required"] and not reading:
            yield Change("BREAKING", symbol(name), f"new required {noun}", f"pass `{name}=`")
        else:
            yield Change("FEATURE", symbol(name), f"new optional {noun}", "none needed")
    for name in sorted(old.keys() & new.keys()):
        yield from _entry(ctx, symbol(name), noun, old[name], new[name], side)


def _entry(ctx: Context, symbol: str, noun: str, old: Any, new: Any, side: str) -> Iterator[Change]:
    if not old["required"] and new["required"]:
        if side in ACCEPTS:
            yield Change("BREAKING", symbol, f"optional {noun} made required", "always pass it")
        else:
            yield Change("FIX", symbol, f"{noun} is now always present", "none needed")
    elif old["required"] and not new["required"]:
        if side in RETURNS:
            message = f"{noun} made optional: it may be None"
            yield Change("BREAKING", symbol, message, "handle None where you read it")
        else:
            yield Change("FEATURE", symbol, f"{noun} made optional", "none needed")
    change = type_change(ctx, symbol, f"{noun} type", old["type"], new["type"], side)
    yield from [change] if change else []


def type_change(
    ctx: Context, symbol: str, what: str, old: str, new: str, side: str
) -> Change | None:
    """Narrowed where values flow in, or widened where they flow out, is breaking."""
    if old == new:  # the common case, and every member then covers itself
        return None
    old_members, new_members = split_members(old), split_members(new)
    lost = [m for m in old_members if not _covered(ctx, m, new_members)]
    gained = [m for m in new_members if not _covered(ctx, m, old_members)]
    if not lost and not gained:
        return None
    message = f"{what} changed from `{old}` to `{new}`"
    if lost and side in ACCEPTS:
        return Change("BREAKING", symbol, message, f"pass `{new}`; `{' | '.join(lost)}` is gone")
    if gained and side in RETURNS:
        return Change("BREAKING", symbol, message, f"also handle `{' | '.join(gained)}`")
    return Change("FEATURE" if gained else "FIX", symbol, message, "none needed")


def _covered(ctx: Context, member: str, others: list[str]) -> bool:
    """Is every value of type `member` also a value of one of the types `others`?"""
    return "Any" in others or any(_subtype(ctx, member, other) for other in others)


def _subtype(ctx: Context, member: str, other: str) -> bool:
    if member == other or (member == "int" and other == "float"):
        return True
    for prefix in ("list[", "dict[str, "):
        if member.startswith(prefix) and other.startswith(prefix):
            inner = split_members(other[len(prefix) : -1])
            return all(_covered(ctx, m, inner) for m in split_members(member[len(prefix) : -1]))
    if member.startswith("Literal["):
        value = ast.literal_eval(member[len("Literal[") : -1])
        enum = ctx.enums.get(other)
        return (enum is not None and value in enum["values"].values()) or _kind(value) == other
    enum = ctx.enums.get(member)  # a str enum is a str
    return enum is not None and {_kind(v) for v in enum["values"].values()} == {other}


def _kind(value: object) -> str:
    return type(value).__name__  # bool, int, float or str


def renames(
    gone: set[str], added: set[str], old: Entries, new: Entries, identity: str
) -> dict[str, str]:
    """Removed name → added name: first by an identity that survives renames (wire name,
    operationId), then by an identical signature; always one to one."""
    renamed = _pairs(gone, added, old, new, ("in", identity))
    others = added - set(renamed.values())
    keys = ("in", "type", "required") if identity == "wire" else ("http",)
    renamed.update(_pairs(gone - renamed.keys(), others, old, new, keys))
    return renamed


def _pairs(
    gone: Iterable[str], added: Iterable[str], old: Entries, new: Entries, keys: tuple[str, ...]
) -> dict[str, str]:
    def group(names: Iterable[str], found_in: Entries) -> dict[tuple[str, ...], list[str]]:
        found: dict[tuple[str, ...], list[str]] = {}
        for name in names:
            signature = tuple(str(found_in[name].get(k, "-")) for k in keys)
            if "" not in signature:  # e.g. a whole-body argument has no wire name
                found.setdefault(signature, []).append(name)
        return found

    before, after = group(gone, old), group(added, new)
    return {
        names[0]: after[sig][0]
        for sig, names in before.items()
        if len(names) == 1 and len(after.get(sig, [])) == 1
    }


def merge_side(old: str, new: str) -> str:
    return old if old == new else "both"
