"""A string matching a regular expression (a schema's `pattern`), made deterministically.

The pattern is parsed with the standard library's own parser (`re._parser`) and walked: a
literal is written out, a character class gives its first allowed character in a readable order
(lower-case letters, digits, upper case, then the rest of ASCII), a repeat runs a chosen number
of times. Several choices of repeat counts and alternatives are tried in a fixed order until one
matches the whole pattern (lookarounds and anchors are left to that final check) and fits the
length bounds, so the same pattern always gives the same string.

JSON Schema patterns are ECMAScript: `(?<name>...)` and `\\k<name>` are read as Python's
`(?P<name>...)` and `(?P=name)`; a pattern Python cannot compile (`\\p{L}`) gives no string.
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from collections.abc import Iterator
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # `sre_parse` warns on import since 3.11
_c: Any = importlib.import_module("re._constants")

_PREFERRED = string.ascii_lowercase + string.digits + string.ascii_uppercase + "-_. "
_ASCII = _PREFERRED + "".join(chr(c) for c in range(33, 127) if chr(c) not in _PREFERRED)
_CATEGORIES = {
    _c.CATEGORY_DIGIT: string.digits,
    _c.CATEGORY_NOT_DIGIT: "".join(c for c in _ASCII if c not in string.digits),
    _c.CATEGORY_SPACE: " \t\n\r\f\v",
    _c.CATEGORY_NOT_SPACE: _ASCII.replace(" ", ""),
    _c.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    _c.CATEGORY_NOT_WORD: "".join(c for c in _ASCII if not (c.isalnum() or c == "_")),
}
_MAX_COUNT = 64  # repeat counts tried: 0 .. this
_MAX_TRIES = 2000


@functools.cache
def compiled(pattern: str) -> re.Pattern[str] | None:
    """The pattern as Python compiles it, or None (ECMAScript syntax Python lacks)."""
    try:
        return re.compile(_python_syntax(pattern))
    except (re.error, OverflowError, RecursionError):
        return None


def _python_syntax(pattern: str) -> str:
    named = re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern)
    return re.sub(r"\\k<(\w+)>", r"(?P=\1)", named)


@functools.cache
def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """The first string of the fixed search order that `pattern` finds a match in and whose
    length is within the bounds; None if the pattern does not compile or none is found."""
    regex = compiled(pattern)
    if regex is None:
        return None
    try:
        tree = _parser.parse(_python_syntax(pattern))
    except (re.error, OverflowError, RecursionError):
        return None
    short = None  # a match too short: an unanchored pattern may take characters around it
    for tries, choice in enumerate(_choices(_count_repeats(tree))):
        if tries >= _MAX_TRIES:
            break
        text = _Writer(choice).write(tree)
        if text is None or (max_length is not None and len(text) > max_length):
            continue
        if not regex.search(text):
            continue
        if len(text) >= min_length:
            return text
        short = short or text
    padded = short + _PREFERRED[0] * (min_length - len(short)) if short is not None else ""
    return padded if short is not None and regex.search(padded) else None


def _choices(repeats: int) -> Iterator[tuple[int, int | None, int]]:
    """(count, the one repeat that takes it or None for all, alternative): every repeat the
    same count first, then one repeat at a time, each with the first alternatives first."""
    for branch in range(3):
        for count in range(_MAX_COUNT + 1):
            yield count, None, branch
        for index in range(min(repeats, 8)):
            for count in range(_MAX_COUNT + 1):
                yield count, index, branch


def _count_repeats(tree: Any) -> int:
    found = 0
    for op, av in tree:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            found += 1 + _count_repeats(av[2])
        elif op == _c.SUBPATTERN:
            found += _count_repeats(av[3])
        elif op == _c.BRANCH:
            found += sum(_count_repeats(b) for b in av[1])
        elif op == _c.ATOMIC_GROUP:
            found += _count_repeats(av)
    return found


class _Writer:
    """One string for one choice of repeat counts and alternatives."""

    def __init__(self, choice: tuple[int, int | None, int]) -> None:
        self.count, self.only, self.branch = choice
        self.repeat_index = 0
        self.groups: dict[int, str] = {}

    def write(self, tree: Any) -> str | None:
        parts: list[str] = []
        for op, av in tree:
            part = self._node(op, av)
            if part is None:
                return None
            parts.append(part)
        return "".join(parts)

    def _node(self, op: Any, av: Any) -> str | None:
        if op == _c.LITERAL:
            return chr(av)
        if op == _c.NOT_LITERAL:
            return _first(lambda c: ord(c) != av)
        if op == _c.ANY:
            return _PREFERRED[0]
        if op == _c.IN:
            return _first(_class(av))
        if op == _c.BRANCH:
            options = av[1]
            return self.write(options[min(self.branch, len(options) - 1)])
        if op == _c.SUBPATTERN:
            text = self.write(av[3])
            if text is not None and av[0] is not None:
                self.groups[av[0]] = text
            return text
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            return self._repeat(*av)
        if op == _c.GROUPREF:
            return self.groups.get(av, "")
        if op == _c.ATOMIC_GROUP:
            return self.write(av)
        if op == _c.GROUPREF_EXISTS:
            return self.write(av[1] if av[0] in self.groups else av[2] or [])
        return ""  # anchors and lookarounds: checked on the whole string at the end

    def _repeat(self, low: int, high: int, item: Any) -> str | None:
        index = self.repeat_index
        self.repeat_index += 1
        wanted = self.count if self.only in (None, index) else 0
        times = max(low, min(wanted, high))
        parts = [self.write(item) for _ in range(times)]
        return None if any(p is None for p in parts) else "".join(p or "" for p in parts)


def _class(items: Any) -> Any:
    """A predicate for the characters a class `[...]` admits."""
    negated = bool(items) and items[0][0] == _c.NEGATE
    tests = [_member(op, av) for op, av in items if op != _c.NEGATE]

    def admits(ch: str) -> bool:
        return any(t(ch) for t in tests) != negated

    return admits


def _member(op: Any, av: Any) -> Any:
    if op == _c.LITERAL:
        return lambda ch: ord(ch) == av
    if op == _c.RANGE:
        return lambda ch: av[0] <= ord(ch) <= av[1]
    if op == _c.CATEGORY:
        chars = _CATEGORIES.get(av, "")
        return lambda ch: ch in chars
    return lambda ch: False


def _first(admits: Any) -> str | None:
    return next((ch for ch in _ASCII if admits(ch)), None)
