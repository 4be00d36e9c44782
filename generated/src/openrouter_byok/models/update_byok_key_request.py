# generated from spec/openrouter-byok.yaml; do not edit
"""Body of an update call. Only the fields sent are changed; sending `null` for an `allowed_*` field
clears that restriction.
"""

from pydantic import Field
from .._models import BaseModel


class UpdateBYOKKeyRequest(BaseModel):
    """Body of an update call. Only the fields sent are changed; sending `null` for an `allowed_*`
    field clears that restriction.
    """

    key: str | None = Field(default=None, repr=False)
    """A new raw provider key that replaces the current one in place. The old key material is
    overwritten and the masked `label` is regenerated. Encrypted at rest and never returned by
    the API.
    """
    name: str | None = None
    """Optional human-readable name."""
    disabled: bool | None = None
    """Whether the credential is disabled."""
    is_fallback: bool | None = None
    """Whether the credential is a fallback, tried only after the non-fallback credentials for the
    same provider.
    """
    allowed_models: list[str] | None = None
    """Model slugs the credential may be used for; `null` means any model."""
    allowed_api_key_hashes: list[str] | None = None
    """OpenRouter API key hashes (`api_keys.hash`) allowed to use the credential; `null` clears the
    restriction. When given, the list needs at least one hash, and hashes that do not belong to
    your account are rejected with 400.
    """
    allowed_user_ids: list[str] | None = None
    """User IDs allowed to use the credential; `null` means any user."""
