# generated from spec/openrouter-byok.yaml; do not edit
"""The CreateBYOKKeyResponse model."""

from .._models import BaseModel
from .byok_key import BYOKKey


class CreateBYOKKeyResponse(BaseModel):
    """CreateBYOKKeyResponse"""

    data: BYOKKey
    """The newly created BYOK credential."""
