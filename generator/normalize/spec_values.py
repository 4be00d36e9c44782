"""Small readers of raw spec values that the operation readers share."""

from __future__ import annotations

from typing import Any


def esc(key: str) -> str:
    """`key` as one JSON-pointer segment (RFC 6901 escapes)."""
    return key.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def pick_media(content: dict[str, Any], preferences: tuple[str, ...]) -> str | None:
    """The first media type of `content` containing the most preferred fragment."""
    for wanted in preferences:
        for media in content:
            if wanted in media:
                return str(media)
    return None
