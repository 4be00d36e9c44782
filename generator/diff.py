"""Diff: compare two API snapshots the way a user of the package sees them; suggest a version.

Each change is labelled:

- BREAKING: code that worked may stop working: a method, argument, field, model, enum, enum
  member name or exception class renamed or removed; an optional argument made required; a
  type narrowed where the user passes values (arguments, request models) or widened where the
  user reads values (return types, response models: e.g. a field that may now be `None`); a
  value removed from an enum used in requests; a value added to a *closed* enum read from
  responses; a new HTTP error status a method may raise.
- FEATURE: new methods, optional arguments, fields, models, enums, values of open enums; a type
  widened where the user passes values.
- FIX: nothing to do for the user: an error status dropped, a response type narrowed, a value
  dropped from an enum only read from responses (open enums keep any string the API sends),
  the HTTP route changed, or a spec change that leaves the Python API as it was (docs).

Next version (`bump`): the leftmost non-zero component of the version is the one that signals
breaking changes, the rule of Cargo and of npm's caret ranges. From 1.0.0 on that is plain
semver: BREAKING → major, FEATURE → minor, FIX → patch. Before 1.0.0, BREAKING → minor and
FEATURE/FIX → patch, so `pip install "pkg~=0.3.0"` never picks up a breaking change and the
package is not pushed into 1.0.0, a promise of stability, by the first breaking spec change.
Releasing 1.0.0 is a decision: pin `version = "1.0.0"` in the SDK config once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .diff_rules import (
    ACCEPTS,
    RETURNS,
    Change,
    Context,
    Label,
    entries,
    merge_side,
    renames,
    type_change,
)
from .snapshot import Snapshot

_RANK: dict[str, int] = {"BREAKING": 0, "FEATURE": 1, "FIX": 2}


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every user-visible change from `old` to `new`, breaking ones first."""
    ctx = Context(old, new)
    changes = [*_client(ctx), *_methods(ctx), *_models(ctx), *_enums(ctx), *_error_classes(ctx)]
    if not changes and old.get("spec_digest") != new.get("spec_digest"):
        changes.append(
            Change(
                "FIX",
                ctx.package,
                "spec changed without changes to the Python API (descriptions, examples)",
                "none needed",
            )
        )
    return sorted(changes, key=lambda c: (_RANK[c.label], c.symbol, c.message))


def level(changes: Iterable[Change]) -> Label | None:
    labels = sorted((c.label for c in changes), key=_RANK.__getitem__)
    return labels[0] if labels else None


def bump(version: str, changes: Iterable[Change]) -> str:
    """The next version after `version` for these changes (rule in the module docstring)."""
    major, minor, patch = parse_version(version)
    kind = level(changes)
    if kind is None:
        return version
    if major == 0:
        return f"0.{minor + 1}.0" if kind == "BREAKING" else f"0.{minor}.{patch + 1}"
    if kind == "BREAKING":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if kind == "FEATURE" else f"{major}.{minor}.{patch + 1}"


def parse_version(version: str) -> tuple[int, int, int]:
    """(major, minor, patch) of `X.Y.Z`, ignoring any pre-release or local suffix."""
    found = re.match(r"(\d+)\.(\d+)\.(\d+)", version.strip())
    if not found:
        raise ValueError(f"not a semantic version (X.Y.Z): {version!r}")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def _client(ctx: Context) -> Iterator[Change]:
    old, new = ctx.old["client"], ctx.new["client"]
    for key in ("name", "async_name"):
        if old[key] != new[key]:
            message = f"client class renamed to `{new[key]}`"
            yield Change("BREAKING", old[key], message, f"use `{new[key]}`")
    if old["base_url"] != new["base_url"]:
        yield Change("FIX", ctx.client, f"default base URL is now {new['base_url']}", "none needed")
    yield from entries(ctx, ctx.client, "option", old["options"], new["options"], "request")


def _methods(ctx: Context) -> Iterator[Change]:
    old, new = ctx.old["methods"], ctx.new["methods"]
    renamed = renames(old.keys() - new.keys(), new.keys() - old.keys(), old, new, "operation_id")
    for key in sorted(old.keys() - new.keys()):
        symbol = f"{ctx.client}.{key}()"
        if key in renamed:
            target = f"{ctx.client}.{renamed[key]}()"
            yield Change("BREAKING", symbol, f"renamed to `{target}`", f"call `{target}`")
            yield from _method(ctx, target, old[key], new[renamed[key]])
        else:
            hint = f"stop calling it ({old[key]['http']} is gone)"
            yield Change("BREAKING", symbol, "method removed", hint)
    for key in sorted(new.keys() - old.keys() - set(renamed.values())):
        yield Change("FEATURE", f"{ctx.client}.{key}()", "new method", "none needed")
    for key in sorted(old.keys() & new.keys()):
        yield from _method(ctx, f"{ctx.client}.{key}()", old[key], new[key])


def _method(ctx: Context, symbol: str, old: Any, new: Any) -> Iterator[Change]:
    owner = symbol.removesuffix("()")
    yield from entries(ctx, owner, "argument", old["args"], new["args"], "request")
    returns = type_change(ctx, symbol, "return type", old["returns"], new["returns"], "response")
    yield from [returns] if returns else []
    for key in ("streaming", "pagination"):  # adding or removing pages changes `returns`
        if old[key] != new[key] and (key == "streaming" or None not in (old[key], new[key])):
            message = f"{key} changed from {old[key]} to {new[key]}"
            yield Change("BREAKING", symbol, message, "update the code that reads its result")
    if old["http"] != new["http"]:
        message = f"now sends `{new['http']}` (was `{old['http']}`)"
        yield Change("FIX", symbol, message, "none needed")
    yield from _statuses(ctx, symbol, old["errors"], new["errors"])


def _statuses(ctx: Context, symbol: str, old: Any, new: Any) -> Iterator[Change]:
    """A new error status is breaking: the call may raise an exception it never raised."""
    for status in sorted(old.keys() | new.keys()):
        was, now = old.get(status), new.get(status)
        error = f"{ctx.package}.errors.{now}"
        if was is None:
            message = f"may now raise `{now}` (HTTP {status})"
            yield Change("BREAKING", symbol, message, f"handle `{error}`")
        elif now is None:
            message = f"HTTP {status} (`{was}`) is no longer documented"
            yield Change("FIX", symbol, message, "none needed")
        elif was != now:
            message = f"HTTP {status} now raises `{now}` instead of `{was}`"
            yield Change("BREAKING", symbol, message, f"catch `{error}`")


def _models(ctx: Context) -> Iterator[Change]:
    old, new = ctx.old["models"], ctx.new["models"]
    for name in sorted(old.keys() - new.keys()):
        yield Change("BREAKING", ctx.model(name), "model removed", "stop importing it")
    for name in sorted(new.keys() - old.keys()):
        yield Change("FEATURE", ctx.model(name), "new model", "none needed")
    for name in sorted(old.keys() & new.keys()):
        side = merge_side(old[name]["side"], new[name]["side"])
        symbol = ctx.model(name)
        yield from entries(ctx, symbol, "field", old[name]["fields"], new[name]["fields"], side)
        was, now = old[name]["extra"] or "None", new[name]["extra"] or "None"
        change = type_change(ctx, symbol, "extra properties", was, now, side)
        yield from [change] if change else []


def _enums(ctx: Context) -> Iterator[Change]:
    old, new = ctx.old["enums"], ctx.new["enums"]
    for name in sorted(old.keys() - new.keys()):
        yield Change("BREAKING", ctx.model(name), "enum removed", "pass plain values instead")
    for name in sorted(new.keys() - old.keys()):
        yield Change("FEATURE", ctx.model(name), "new enum", "none needed")
    for name in sorted(old.keys() & new.keys()):
        yield from _enum(ctx, name, old[name], new[name])


def _enum(ctx: Context, name: str, old: Any, new: Any) -> Iterator[Change]:
    side = merge_side(old["side"], new["side"])
    symbol = ctx.model(name)
    if old["open"] and not new["open"]:
        yield Change(
            "BREAKING", symbol, "enum closed: unknown values are now rejected", "use its members"
        )
    elif new["open"] and not old["open"]:
        yield Change("FEATURE", symbol, "enum opened: unknown values are kept", "none needed")
    by_value_old = {v: k for k, v in old["values"].items()}
    by_value_new = {v: k for k, v in new["values"].items()}
    for value in sorted(by_value_old.keys() - by_value_new.keys(), key=str):
        member = f"{symbol}.{by_value_old[value]}"
        if side in ACCEPTS:
            message = f"value {value!r} removed from an enum used in requests"
            yield Change("BREAKING", member, message, "use another value; this member is gone")
        else:
            yield Change("FIX", member, f"value {value!r} is no longer returned", "none needed")
    for value in sorted(by_value_new.keys() - by_value_old.keys(), key=str):
        member = f"{symbol}.{by_value_new[value]}"
        if not new["open"] and side in RETURNS:
            message = f"new value {value!r} in a closed enum read from responses"
            yield Change("BREAKING", member, message, "handle the new value")
        else:
            yield Change("FEATURE", member, f"new value {value!r}", "none needed")
    for value in sorted(by_value_old.keys() & by_value_new.keys(), key=str):
        was, now = by_value_old[value], by_value_new[value]
        if was != now:
            yield Change(
                "BREAKING", f"{symbol}.{was}", f"member renamed to `{now}`", f"use `{now}`"
            )


def _error_classes(ctx: Context) -> Iterator[Change]:
    old, new = ctx.old.get("errors", {}), ctx.new.get("errors", {})
    base = f"{ctx.package}.errors.{ctx.new.get('error_base', '')}"
    for name in sorted(old.keys() - new.keys()):
        symbol = f"{ctx.package}.errors.{name}"
        yield Change("BREAKING", symbol, "exception class removed", f"catch `{base}` instead")
    for name in sorted(new.keys() - old.keys()):
        yield Change(
            "FEATURE", f"{ctx.package}.errors.{name}", "new exception class", "none needed"
        )


__all__ = ["Change", "Label", "bump", "compare", "level", "parse_version"]
