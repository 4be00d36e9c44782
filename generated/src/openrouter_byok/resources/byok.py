# generated from spec/openrouter-byok.yaml; do not edit
"""The `byok` resource: BYOK endpoints"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from .. import errors, models
from .._async_base_client import AsyncAPIResource
from .._sync_base_client import SyncAPIResource
from .._operation import OffsetPagination, Operation
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:  # annotations only: the client imports these with the first such call
    from ..pagination import AsyncPaginator, SyncPage

__all__ = ["Byok", "AsyncByok"]

_LIST: Operation[models.ListBYOKKeysResponse] = Operation(
    method="GET",
    path="/byok",
    response=lambda: models.ListBYOKKeysResponse,
    errors={
        "400": errors.BadRequestResponseError,
        "401": errors.UnauthorizedResponseError,
        "500": errors.InternalServerResponseError,
    },
    pagination=OffsetPagination(
        offset_param="offset", limit_param="limit", items=("data",), total=("total_count",)
    ),
)

_CREATE: Operation[models.CreateBYOKKeyResponse] = Operation(
    method="POST",
    path="/byok",
    body="json",
    nullable=frozenset({"allowed_api_key_hashes", "allowed_models", "allowed_user_ids", "name"}),
    response=lambda: models.CreateBYOKKeyResponse,
    errors={
        "400": errors.BadRequestResponseError,
        "401": errors.UnauthorizedResponseError,
        "403": errors.ForbiddenResponseError,
        "500": errors.InternalServerResponseError,
    },
)

_GET: Operation[models.GetBYOKKeyResponse] = Operation(
    method="GET",
    path="/byok/{id}",
    path_params=("id",),
    response=lambda: models.GetBYOKKeyResponse,
    errors={
        "401": errors.UnauthorizedResponseError,
        "404": errors.NotFoundResponseError,
        "500": errors.InternalServerResponseError,
    },
)

_DELETE: Operation[models.DeleteBYOKKeyResponse] = Operation(
    method="DELETE",
    path="/byok/{id}",
    path_params=("id",),
    response=lambda: models.DeleteBYOKKeyResponse,
    errors={
        "401": errors.UnauthorizedResponseError,
        "404": errors.NotFoundResponseError,
        "500": errors.InternalServerResponseError,
    },
)

_UPDATE: Operation[models.UpdateBYOKKeyResponse] = Operation(
    method="PATCH",
    path="/byok/{id}",
    path_params=("id",),
    body="json",
    nullable=frozenset({"allowed_api_key_hashes", "allowed_models", "allowed_user_ids", "name"}),
    response=lambda: models.UpdateBYOKKeyResponse,
    errors={
        "400": errors.BadRequestResponseError,
        "401": errors.UnauthorizedResponseError,
        "404": errors.NotFoundResponseError,
        "500": errors.InternalServerResponseError,
    },
)


class Byok(SyncAPIResource):
    """BYOK endpoints"""

    @cached_property
    def with_raw_response(self) -> ByokWithRawResponse:
        """The same methods, returning the raw `APIResponse` (`.parse()` gives the value)."""
        return ByokWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: models.ProviderSlug | str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[models.BYOKKey]:
        """List BYOK provider credentials.

        Lists the BYOK provider credentials of the authenticated entity's default workspace. Pass
        `workspace_id` to look at another workspace, or `provider` to keep only the credentials
        for one upstream provider. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          offset: How many records to skip (pagination). The API's default: `0`.
          limit: The most records to return; at most 100. The API's default: `50`.
          workspace_id: Workspace to list. Without it the account's default workspace is used; if
            that default workspace was deleted, the request fails with 400 and `workspace_id`
            must be given explicitly.
          provider: Keep only credentials for this provider slug (for example `openai`,
            `anthropic` or `amazon-bedrock`).
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request_page(
            _LIST,
            query={
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    def create(
        self,
        *,
        provider: models.ProviderSlug | str,
        key: str,
        name: str | NotGiven | None = NOT_GIVEN,
        workspace_id: str | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        allowed_models: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_api_key_hashes: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_user_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.CreateBYOKKeyResponse:
        """Create a BYOK provider credential.

        Stores a new BYOK provider credential. The raw key is encrypted at rest and is never
        returned by any response, so treat it as write-only. Without `workspace_id` the
        credential goes into the default workspace; if that default workspace was deleted, the
        request fails with 400 and `workspace_id` must be given explicitly.
        `allowed_api_key_hashes` limits which OpenRouter API keys may use the credential.
        Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          provider: Lowercase slug of the upstream provider a credential authenticates against
            (for example `openai`, `anthropic`, `amazon-bedrock`).
          key: The raw provider API key or credential. It is encrypted at rest and never returned
            by the API.
          name: Optional human-readable name.
          workspace_id: Workspace to create the credential in. Without it the account's default
            workspace is used; if that default workspace was deleted, the request fails with 400
            and `workspace_id` must be given explicitly.
          disabled: Create the credential in the disabled state.
          is_fallback: Whether the credential is a fallback, tried only after the non-fallback
            credentials for the same provider.
          allowed_models: Model slugs the credential may be used for; `null` means any model.
          allowed_api_key_hashes: OpenRouter API key hashes (`api_keys.hash`) allowed to use the
            credential; `null` means any key. When given, the list needs at least one hash, and
            hashes that do not belong to your account are rejected with 400.
          allowed_user_ids: User IDs allowed to use the credential; `null` means any user.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request(
            _CREATE,
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            json={
                "provider": provider,
                "key": key,
                "name": name,
                "workspace_id": workspace_id,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "allowed_models": allowed_models,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_user_ids": allowed_user_ids,
            },
            options=options,
        )

    def get(
        self,
        *,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.GetBYOKKeyResponse:
        """Get a BYOK provider credential.

        Returns one BYOK provider credential, looked up by its `id`. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request(
            _GET,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    def delete(
        self,
        *,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential.

        Soft-deletes a BYOK provider credential, looked up by its `id`: the encrypted key
        material is wiped and the record is marked deleted. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request(
            _DELETE,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    def update(
        self,
        *,
        id: str,
        key: str | None = None,
        name: str | NotGiven | None = NOT_GIVEN,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        allowed_models: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_api_key_hashes: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_user_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.UpdateBYOKKeyResponse:
        """Update a BYOK provider credential.

        Changes an existing BYOK provider credential, looked up by its `id`. Send `key` to rotate
        the raw provider key in place (the old key material is overwritten).
        `allowed_api_key_hashes` limits which OpenRouter API keys may use the credential; sending
        `null` removes that restriction. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          key: A new raw provider key that replaces the current one in place. The old key
            material is overwritten and the masked `label` is regenerated. Encrypted at rest and
            never returned by the API.
          name: Optional human-readable name.
          disabled: Whether the credential is disabled.
          is_fallback: Whether the credential is a fallback, tried only after the non-fallback
            credentials for the same provider.
          allowed_models: Model slugs the credential may be used for; `null` means any model.
          allowed_api_key_hashes: OpenRouter API key hashes (`api_keys.hash`) allowed to use the
            credential; `null` clears the restriction. When given, the list needs at least one
            hash, and hashes that do not belong to your account are rejected with 400.
          allowed_user_ids: User IDs allowed to use the credential; `null` means any user.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request(
            _UPDATE,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            json={
                "key": key,
                "name": name,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "allowed_models": allowed_models,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_user_ids": allowed_user_ids,
            },
            options=options,
        )


class AsyncByok(AsyncAPIResource):
    """BYOK endpoints"""

    @cached_property
    def with_raw_response(self) -> AsyncByokWithRawResponse:
        """The same methods, returning the raw `APIResponse` (`.parse()` gives the value)."""
        return AsyncByokWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: models.ProviderSlug | str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[models.BYOKKey]:
        """List BYOK provider credentials.

        Lists the BYOK provider credentials of the authenticated entity's default workspace. Pass
        `workspace_id` to look at another workspace, or `provider` to keep only the credentials
        for one upstream provider. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          offset: How many records to skip (pagination). The API's default: `0`.
          limit: The most records to return; at most 100. The API's default: `50`.
          workspace_id: Workspace to list. Without it the account's default workspace is used; if
            that default workspace was deleted, the request fails with 400 and `workspace_id`
            must be given explicitly.
          provider: Keep only credentials for this provider slug (for example `openai`,
            `anthropic` or `amazon-bedrock`).
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return self._client.request_page(
            _LIST,
            query={
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    async def create(
        self,
        *,
        provider: models.ProviderSlug | str,
        key: str,
        name: str | NotGiven | None = NOT_GIVEN,
        workspace_id: str | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        allowed_models: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_api_key_hashes: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_user_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.CreateBYOKKeyResponse:
        """Create a BYOK provider credential.

        Stores a new BYOK provider credential. The raw key is encrypted at rest and is never
        returned by any response, so treat it as write-only. Without `workspace_id` the
        credential goes into the default workspace; if that default workspace was deleted, the
        request fails with 400 and `workspace_id` must be given explicitly.
        `allowed_api_key_hashes` limits which OpenRouter API keys may use the credential.
        Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          provider: Lowercase slug of the upstream provider a credential authenticates against
            (for example `openai`, `anthropic`, `amazon-bedrock`).
          key: The raw provider API key or credential. It is encrypted at rest and never returned
            by the API.
          name: Optional human-readable name.
          workspace_id: Workspace to create the credential in. Without it the account's default
            workspace is used; if that default workspace was deleted, the request fails with 400
            and `workspace_id` must be given explicitly.
          disabled: Create the credential in the disabled state.
          is_fallback: Whether the credential is a fallback, tried only after the non-fallback
            credentials for the same provider.
          allowed_models: Model slugs the credential may be used for; `null` means any model.
          allowed_api_key_hashes: OpenRouter API key hashes (`api_keys.hash`) allowed to use the
            credential; `null` means any key. When given, the list needs at least one hash, and
            hashes that do not belong to your account are rejected with 400.
          allowed_user_ids: User IDs allowed to use the credential; `null` means any user.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return await self._client.request(
            _CREATE,
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            json={
                "provider": provider,
                "key": key,
                "name": name,
                "workspace_id": workspace_id,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "allowed_models": allowed_models,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_user_ids": allowed_user_ids,
            },
            options=options,
        )

    async def get(
        self,
        *,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.GetBYOKKeyResponse:
        """Get a BYOK provider credential.

        Returns one BYOK provider credential, looked up by its `id`. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return await self._client.request(
            _GET,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    async def delete(
        self,
        *,
        id: str,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential.

        Soft-deletes a BYOK provider credential, looked up by its `id`: the encrypted key
        material is wiped and the record is marked deleted. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return await self._client.request(
            _DELETE,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            options=options,
        )

    async def update(
        self,
        *,
        id: str,
        key: str | None = None,
        name: str | NotGiven | None = NOT_GIVEN,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        allowed_models: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_api_key_hashes: Sequence[str] | NotGiven | None = NOT_GIVEN,
        allowed_user_ids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.UpdateBYOKKeyResponse:
        """Update a BYOK provider credential.

        Changes an existing BYOK provider credential, looked up by its `id`. Send `key` to rotate
        the raw provider key in place (the old key material is overwritten).
        `allowed_api_key_hashes` limits which OpenRouter API keys may use the credential; sending
        `null` removes that restriction. Requires a [management
        key](https://openrouter.ai/docs/guides/overview/auth/management-api-keys).

        Args:
          id: ID (a UUID) of the BYOK credential.
          key: A new raw provider key that replaces the current one in place. The old key
            material is overwritten and the masked `label` is regenerated. Encrypted at rest and
            never returned by the API.
          name: Optional human-readable name.
          disabled: Whether the credential is disabled.
          is_fallback: Whether the credential is a fallback, tried only after the non-fallback
            credentials for the same provider.
          allowed_models: Model slugs the credential may be used for; `null` means any model.
          allowed_api_key_hashes: OpenRouter API key hashes (`api_keys.hash`) allowed to use the
            credential; `null` clears the restriction. When given, the list needs at least one
            hash, and hashes that do not belong to your account are rejected with 400.
          allowed_user_ids: User IDs allowed to use the credential; `null` means any user.
          http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
            rankings and to attribute API usage to the app.
          app_title: The name under which your app is shown in OpenRouter's dashboard.
          app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`),
            used for marketplace rankings.
          options: Per-call `timeout`, `retries`, `extra_headers` or `server_url`.
        """
        return await self._client.request(
            _UPDATE,
            path={
                "id": id,
            },
            headers={
                "HTTP-Referer": http_referer,
                "X-OpenRouter-Title": app_title,
                "X-OpenRouter-Categories": app_categories,
            },
            json={
                "key": key,
                "name": name,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "allowed_models": allowed_models,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_user_ids": allowed_user_ids,
            },
            options=options,
        )


class ByokWithRawResponse:
    """`Byok` methods returning `APIResponse` instead of the parsed value."""

    def __init__(self, resource: Byok) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncByokWithRawResponse:
    """`AsyncByok` methods returning `APIResponse` instead of the parsed value."""

    def __init__(self, resource: AsyncByok) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
