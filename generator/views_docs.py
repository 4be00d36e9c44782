"""Template contexts for the Markdown reference docs (README, resource pages, model pages)."""

from __future__ import annotations

from typing import Any

from .model import Api


def docs_context(api: Api) -> dict[str, Any]:
    return {}
