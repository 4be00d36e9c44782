"""Strings and numbers that satisfy a schema's constraints, and why a given one does not.

A made-up string is the kind's plain value ("example", a fixed date...), the sample of its
`format` (what a validating server such as Prism checks: email, hostname, ipv4, byte...), or a
string generated from its `pattern`; then stretched or cut to the length bounds where that
keeps it valid. A made-up number is the plain value (1, 1.5) when the bounds and `multipleOf`
allow it, else the valid value nearest to it. The checks read the same keywords the other way.
"""

from __future__ import annotations

import base64
import functools
import ipaddress
import math
import re
from fractions import Fraction
from typing import Any

from .example_regex import matching
from .model import Constraints

PLAIN_STRING = "example"
FORMAT_SAMPLES = {
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com",
    "url": "https://example.com",
    "iri": "https://example.com",
    "uri-reference": "https://example.com",
    "iri-reference": "https://example.com",
    "uri-template": "https://example.com/{id}",
    "byte": "ZXhhbXBsZQ==",
    "time": "12:00:00Z",
    "duration": "P1D",
    "regex": "^example$",
    "json-pointer": "/example",
    "relative-json-pointer": "0/example",
    "date": "2025-01-01",
    "date-time": "2025-01-01T00:00:00Z",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}
# Formats a validating server checks (ajv-formats, as Prism uses it), as a test on the string.
_FORMAT_CHECKS = {
    "email": re.compile(
        r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
        re.I,
    ),
    "hostname": re.compile(
        r"^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$",
        re.I,
    ),
    # RFC 3986's characters only, as Prism's validator (ajv-formats) reads `uri`: no `{`, `}`,
    # space or non-ASCII (nordigen.com's default `https://.../{$INSTITUTION_ID}`)
    "uri": re.compile(r"^[a-z][a-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$", re.I),
    "iri": re.compile(r"^[a-z][a-z0-9+.-]*:[^\s]*$", re.I),
    "byte": re.compile(r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"),
    "time": re.compile(r"^\d\d:\d\d:\d\d(\.\d+)?(z|[+-]\d\d(:?\d\d)?)?$", re.I),
    "json-pointer": re.compile(r"^(?:/(?:[^~/]|~0|~1)*)*$"),
    "relative-json-pointer": re.compile(r"^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$"),
    "uri-template": re.compile(
        r"^(?:(?:[^\x00-\x20\"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$",
        re.I,
    ),
    "duration": re.compile(
        r"^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$"
    ),
}
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def string_value(plain: str, c: Constraints) -> str:
    """A string meeting `c`; `plain` (the kind's usual value) when it already does."""
    low, high = c.min_length or 0, c.max_length
    if c.pattern is not None:
        if string_mismatch(plain, c) is None:
            return plain
        # a non-empty string first; the empty one when only it matches (`^\d{0,10}$`'s
        # first match is "", which once fell back to `plain`, breaking the pattern)
        found = matching(c.pattern, max(low, 1), high) if not low else None
        found = found if found is not None else matching(c.pattern, low, high)
        return plain if found is None else found
    sample = FORMAT_SAMPLES.get(c.format or "", plain)
    if len(sample) < low:
        sample = _longer(sample, c.format, low)
    if high is not None and len(sample) > high and c.format not in FORMAT_SAMPLES:
        sample = sample[:high]
    return sample


def _longer(sample: str, fmt: str | None, length: int) -> str:
    """`sample` grown to `length` characters in a way its format allows."""
    more = length - len(sample)
    if fmt in ("email", "idn-email"):
        local, domain = sample.split("@")
        return f"{local}{'x' * more}@{domain}"
    if fmt in ("hostname", "idn-hostname"):
        return "x" * more + sample if more <= 50 else sample
    if fmt in ("uri", "url", "iri", "uri-reference", "iri-reference"):
        return f"{sample}/{'x' * (more - 1)}"
    if fmt == "byte":
        raw = b"example" + b"x" * max(0, math.ceil(length / 4) * 3 - 7)
        return base64.b64encode(raw).decode()
    if fmt in FORMAT_SAMPLES:
        return sample
    return (sample * (length // len(sample) + 1))[:length]


def string_mismatch(value: str, c: Constraints) -> str | None:
    """What in `c` the string breaks, or None."""
    if c.min_length is not None and len(value) < c.min_length:
        return f"is shorter than {c.min_length} characters"
    if c.max_length is not None and len(value) > c.max_length:
        return f"is longer than {c.max_length} characters"
    if c.pattern is not None and not _matches(c.pattern, value):
        return f"does not match the pattern {c.pattern}"
    if c.format is not None and not _has_format(value, c.format):
        return f"is not of the format {c.format}"
    return None


@functools.cache
def _pattern_schema(pattern: str) -> Any:
    """A validator of `pattern` as JSON Schema reads it (ECMA-262, `\\p{L}` included), or None
    if it does not compile. jsonschema-rs, not `re`: a spec's pattern such as
    `([\\/\\w \\.-]*)*` backtracks for minutes in `re` on a URL it does not match (beezup.com)."""
    import jsonschema_rs  # only specs with patterns pay for the import

    try:
        return jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
    except ValueError:
        return None


def _matches(pattern: str, value: str) -> bool:
    validator = _pattern_schema(pattern)
    return validator is None or bool(validator.is_valid(value))


def _has_format(value: str, fmt: str) -> bool:
    if fmt in ("ipv4", "ipv6"):
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return False
        return address.version == int(fmt[-1])
    check = _FORMAT_CHECKS.get("uri" if fmt == "url" else fmt)
    return check is None or check.match(value) is not None


def number_value(plain: float, integer: bool, c: Constraints) -> float:
    """A number meeting `c`: `plain` when it does, else the valid value nearest to it."""
    if number_mismatch(plain, integer, c) is None:
        return plain
    low, low_open, high, high_open = _bounds(integer, c)
    step = Fraction(str(c.multiple_of)) if c.multiple_of else None
    if integer:
        step = Fraction(step.numerator) if step is not None else Fraction(1)
    target = Fraction(str(plain))
    if high is not None and target >= high:
        target = high
    if low is not None and target <= low:
        target = low
    for value in _candidates(target, step, low, high, low_open, high_open):
        number = int(value) if integer else float(value)
        if number_mismatch(number, integer, c) is None:
            return number
    return plain


def _candidates(
    target: Fraction,
    step: Fraction | None,
    low: Fraction | None,
    high: Fraction | None,
    low_open: bool,
    high_open: bool,
) -> list[Fraction]:
    """Values near `target` in a fixed order: on the step's grid when there is one, else the
    target itself, one past an open bound, and the middle of the bounds."""
    if step is None:
        found = [target, target + 1, target - 1]
        if low is not None and high is not None:
            found.append((low + high) / 2)
        return found
    base = math.ceil(target / step)
    return [(base + k) * step for k in (0, 1, -1, 2, -2, 3, -3)]


def _bounds(integer: bool, c: Constraints) -> tuple[Fraction | None, bool, Fraction | None, bool]:
    """(lower bound, exclusive?, upper bound, exclusive?), the tighter of each pair."""
    low, low_open = _tighter(c.minimum, c.exclusive_minimum, upper=False)
    high, high_open = _tighter(c.maximum, c.exclusive_maximum, upper=True)
    limits = _INT_RANGES.get(c.format or "") if integer else None
    if limits is not None:
        low = Fraction(limits[0]) if low is None else max(low, Fraction(limits[0]))
        high = Fraction(limits[1]) if high is None else min(high, Fraction(limits[1]))
    return low, low_open, high, high_open


def _tighter(
    inclusive: float | None, exclusive: float | None, *, upper: bool
) -> tuple[Fraction | None, bool]:
    """The tighter of an inclusive and an exclusive bound, and whether it is exclusive."""
    pairs = ((inclusive, False), (exclusive, True))
    found = [(Fraction(str(b)), open_) for b, open_ in pairs if b is not None]
    if not found:
        return None, False
    value = min(b for b, _ in found) if upper else max(b for b, _ in found)
    return value, any(b == value and open_ for b, open_ in found)


def number_mismatch(value: float, integer: bool, c: Constraints) -> str | None:
    """What in `c` the number breaks, or None (`multipleOf` as a server computes it in
    floating point)."""
    if c.minimum is not None and value < c.minimum:
        return f"is less than the minimum {_show(c.minimum)}"
    if c.exclusive_minimum is not None and value <= c.exclusive_minimum:
        return f"is not greater than {_show(c.exclusive_minimum)}"
    if c.maximum is not None and value > c.maximum:
        return f"is greater than the maximum {_show(c.maximum)}"
    if c.exclusive_maximum is not None and value >= c.exclusive_maximum:
        return f"is not less than {_show(c.exclusive_maximum)}"
    if c.multiple_of and (value / c.multiple_of) % 1 != 0:
        return f"is not a multiple of {_show(c.multiple_of)}"
    limits = _INT_RANGES.get(c.format or "")
    if limits is not None and not limits[0] <= value <= limits[1]:
        return f"is out of the range of {c.format}"
    return None


def _show(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
