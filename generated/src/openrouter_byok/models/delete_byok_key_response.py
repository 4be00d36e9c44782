# generated from spec/openrouter-byok.yaml (sha256 e0bdb5b5b04cea26); do not edit
"""The DeleteBYOKKeyResponse model."""

from __future__ import annotations

from typing import Literal
from .._models import BaseModel


class DeleteBYOKKeyResponse(BaseModel):
    """DeleteBYOKKeyResponse"""

    deleted: Literal[True]
    """Always `true`; confirms the credential was deleted."""
