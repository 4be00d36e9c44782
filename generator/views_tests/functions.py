"""Check functions: assertions several tests share, generated once as a function.

A value a test checks with more than one assertion (a method's result, an error's `.data`)
gets a function, so the sync and async twins, the raw-response test and the contract test call
it rather than repeat it. A model value found in several functions (the same class and the same
expected values) then becomes a function of its own, called where it occurred.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..emit import Check, PathStep, PySource
from ..naming import claim, snake

_MIN_SHARED = 3  # a shared model value becomes a function from its class and two more checks

Group = tuple[Check, ...]  # a model value's checks, relative to it; the first is its class
# a group's checks, hashable (expected JSON values are not); the values as text, since
# 1 == 1.0 == True must not share a check function
Key = tuple[tuple[tuple[PathStep, ...], str, str], ...]


@dataclass(frozen=True)
class CheckFunction:
    name: str
    param: str
    checks: tuple[Check, ...]  # on `param`


class CheckFunctions:
    """The check functions of one test module, and the checks each test writes instead."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = taken  # names in the module namespace
        self._roots: dict[Key, str] = {}
        self._bodies: dict[str, list[Check]] = {}
        self._params: dict[str, str] = {}
        self._shared: list[str] = []  # nested values made functions, outermost first

    def add(self, checks: Sequence[Check], hint: str, param: str, second: str = "") -> None:
        """A value tests check: a function of its own if it takes more than one assertion.
        `hint` names the function unless the value is a model (then its class does); `second`
        is the name to try next when that one is taken."""
        group = tuple(checks)
        if len(group) < 2 or _key(group) in self._roots:
            return
        model = _class_of(group)
        if model:
            hint, param = snake(model), "value"
        elif second and f"check_{hint}" in self._taken:
            hint = second
        name = claim(f"check_{hint}", self._taken)
        self._roots[_key(group)] = name
        self._bodies[name] = list(group)
        self._params[name] = param

    def calls(self, checks: Sequence[Check]) -> tuple[Check, ...]:
        """What a test writes for `checks`: the call of their function, or the checks."""
        name = self._roots.get(_key(tuple(checks)))
        return (Check((), "call", PySource(name)),) if name else tuple(checks)

    def finish(self) -> tuple[CheckFunction, ...]:
        """Factor out shared model values (largest first, until none is left); the functions,
        each defined before its first caller."""
        while (group := self._most_shared()) is not None:
            name = self._roots.get(_key(group))
            if name is None:
                name = claim(f"check_{snake(_class_of(group))}", self._taken)
                self._bodies[name] = list(group)
                self._params[name] = "value"
                self._shared.append(name)
            call = PySource(name)
            for other, body in self._bodies.items():
                if other != name:
                    self._bodies[other] = _replaced(body, _key(group), call)
        order = [*reversed(self._shared), *(n for n in self._bodies if n not in self._shared)]
        return tuple(CheckFunction(n, self._params[n], tuple(self._bodies[n])) for n in order)

    def _most_shared(self) -> Group | None:
        counts: Counter[Key] = Counter()
        groups: dict[Key, Group] = {}
        for body in self._bodies.values():
            for _, _, group in _groups(body):
                counts[_key(group)] += 1
                groups.setdefault(_key(group), group)
        whole = {_key(tuple(body)) for body in self._bodies.values() if _class_of(tuple(body))}
        counts.update(counts.keys() & whole)  # a function's own body counts as one use
        shared = [groups[k] for k, n in counts.items() if n >= 2 and len(k) >= _MIN_SHARED]
        return max(shared, key=len, default=None)

    def reserve(self, name: str) -> str:
        """A name for something else the module defines (the namespace is shared): `name`,
        or `name_2`... when taken."""
        return claim(name, self._taken)


def _class_of(checks: Group) -> str:
    """The model class a value's checks start with (`models.X` → "X"), else ""."""
    first = checks[0] if checks else None
    if first is None or first.path or first.kind != "isinstance":
        return ""
    expected = first.expected
    return expected.text.removeprefix("models.") if isinstance(expected, PySource) else ""


def _groups(body: Sequence[Check]) -> Iterator[tuple[int, int, Group]]:
    """Every model value below the top of `body`: its span and its checks relative to it. The
    checks of a value follow its class check, all on paths below it (a depth-first walk)."""
    for start, check in enumerate(body):
        if check.kind != "isinstance" or not check.path:
            continue
        depth, end = len(check.path), start + 1
        while end < len(body) and len(body[end].path) > depth:
            if body[end].path[:depth] != check.path:
                break
            end += 1
        yield start, end, tuple(Check(c.path[depth:], c.kind, c.expected) for c in body[start:end])


def _key(group: Group) -> Key:
    return tuple((c.path, c.kind, repr(c.expected)) for c in group)


def _replaced(body: list[Check], key: Key, call: PySource) -> list[Check]:
    spans = {start: end for start, end, group in _groups(body) if _key(group) == key}
    out: list[Check] = []
    index = 0
    while index < len(body):
        if index in spans:
            out.append(Check(body[index].path, "call", call))
            index = spans[index]
        else:
            out.append(body[index])
            index += 1
    return out
