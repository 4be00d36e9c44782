# generated from spec/openrouter-byok.yaml; do not edit
"""Not Found - Resource does not exist"""

from typing import Any
from .._models import BaseModel
from .not_found_response_error_data import NotFoundResponseErrorData


class NotFoundResponse(BaseModel):
    """Not Found - Resource does not exist"""

    error: NotFoundResponseErrorData
    """The `error` object of a NotFoundResponse."""
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None
