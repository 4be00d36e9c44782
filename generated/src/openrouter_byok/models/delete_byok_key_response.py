# generated from spec/openrouter-byok.yaml; do not edit
"""The DeleteBYOKKeyResponse model."""

from typing import Literal
from .._models import BaseModel


class DeleteBYOKKeyResponse(BaseModel):
    """DeleteBYOKKeyResponse"""

    deleted: Literal[True]
    """Always `true`; confirms the credential was deleted."""
