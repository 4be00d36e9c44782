"""Shared fixtures for the generator's tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.model import Api
from generator.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def build_api(spec: dict[str, Any] | str, config: dict[str, str] | None = None) -> Api:
    """Normalize an inline spec (dict or YAML text), failing on any error problem."""
    data = yaml.safe_load(spec) if isinstance(spec, str) else spec
    api, problems = normalize(
        data, file="inline.yaml", line_of=lambda p: 1, digest="0" * 64, config=config or {}
    )
    errors = [p for p in problems if p.severity == "error"]
    assert not errors, errors
    return api


@pytest.fixture
def api_from() -> Callable[..., Api]:
    return build_api


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
