"""Which of an operation's security alternatives the runtime sends, and whether it can arrive
whole (two schemes in one header cannot): shared by normalize (warnings) and the test views."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import SecurityScheme


def first_sent(
    alternatives: Iterable[tuple[str, ...]], schemes: Mapping[str, SecurityScheme]
) -> tuple[str, ...] | None:
    """The alternative the runtime sends (the first the client holds every scheme of)."""
    return next((a for a in alternatives if a and all(n in schemes for n in a)), None)


def clashes(alternative: tuple[str, ...], schemes: Mapping[str, SecurityScheme]) -> bool:
    """Whether two schemes of `alternative` with different credentials share a header (only
    one of them arrives)."""
    sent = {
        (schemes[n].param_name.lower(), schemes[n].credential)
        for n in alternative
        if n in schemes and schemes[n].location == "header"
    }
    return len({header for header, _ in sent}) < len(sent)
