# generated from spec/openrouter-byok.yaml; do not edit
"""The `error` object of a UnauthorizedResponse."""

from typing import Any
from .._models import BaseModel


class UnauthorizedResponseErrorData(BaseModel):
    """The `error` object of a UnauthorizedResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
