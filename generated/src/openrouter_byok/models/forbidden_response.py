# generated from spec/openrouter-byok.yaml; do not edit
"""Forbidden - Authentication successful but insufficient permissions"""

from typing import Any
from .._models import BaseModel
from .forbidden_response_error_data import ForbiddenResponseErrorData


class ForbiddenResponse(BaseModel):
    """Forbidden - Authentication successful but insufficient permissions"""

    error: ForbiddenResponseErrorData
    """The `error` object of a ForbiddenResponse."""
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None
