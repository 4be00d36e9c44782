# generated from spec/openrouter-byok.yaml; do not edit
"""One page of BYOK credentials."""

from .._models import BaseModel
from .byok_key import BYOKKey


class ListBYOKKeysResponse(BaseModel):
    """One page of BYOK credentials."""

    data: list[BYOKKey]
    """The BYOK credentials on this page."""
    total_count: int
    """How many BYOK credentials match the filters in total."""
