# generated from spec/openrouter-byok.yaml; do not edit
"""The `error` object of a ForbiddenResponse."""

from typing import Any
from .._models import BaseModel


class ForbiddenResponseErrorData(BaseModel):
    """The `error` object of a ForbiddenResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
