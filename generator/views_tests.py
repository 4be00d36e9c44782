"""Template contexts for the generated tests (offline MockTransport tests and Prism contract tests)."""

from __future__ import annotations

from typing import Any

from .model import Api


def tests_context(api: Api) -> dict[str, Any]:
    return {}
