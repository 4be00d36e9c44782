# generated from spec/openrouter-byok.yaml; do not edit
"""The `error` object of a NotFoundResponse."""

from typing import Any
from .._models import BaseModel


class NotFoundResponseErrorData(BaseModel):
    """The `error` object of a NotFoundResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
