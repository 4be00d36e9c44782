# generated from spec/openrouter-byok.yaml; do not edit
"""`client.byok` methods as functions returning a `Result` (see `funcs`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import models
from .._client import AsyncOpenRouter, OpenRouter
from .._functions import async_capture, capture
from .._types import NOT_GIVEN, NotGiven, RequestOptions, Result
from ..pagination import AsyncPage, SyncPage

__all__ = [
    "byok_list",
    "byok_list_async",
    "byok_create",
    "byok_create_async",
    "byok_get",
    "byok_get_async",
    "byok_delete",
    "byok_delete_async",
    "byok_update",
    "byok_update_async",
]


def byok_list(
    client: OpenRouter,
    *,
    offset: int | None = None,
    limit: int | None = None,
    workspace_id: str | None = None,
    provider: models.ProviderSlug | str | None = None,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[SyncPage[models.BYOKKey]]:
    """`client.byok.list(...)`, returning a `Result` instead of raising SDK errors."""
    return capture(
        client.byok.list,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
        provider=provider,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


async def byok_list_async(
    client: AsyncOpenRouter,
    *,
    offset: int | None = None,
    limit: int | None = None,
    workspace_id: str | None = None,
    provider: models.ProviderSlug | str | None = None,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[AsyncPage[models.BYOKKey]]:
    """`await client.byok.list(...)`, returning a `Result` instead of raising SDK errors."""
    return await async_capture(
        client.byok.list,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
        provider=provider,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


def byok_create(
    client: OpenRouter,
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
) -> Result[models.CreateBYOKKeyResponse]:
    """`client.byok.create(...)`, returning a `Result` instead of raising SDK errors."""
    return capture(
        client.byok.create,
        provider=provider,
        key=key,
        name=name,
        workspace_id=workspace_id,
        disabled=disabled,
        is_fallback=is_fallback,
        allowed_models=allowed_models,
        allowed_api_key_hashes=allowed_api_key_hashes,
        allowed_user_ids=allowed_user_ids,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


async def byok_create_async(
    client: AsyncOpenRouter,
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
) -> Result[models.CreateBYOKKeyResponse]:
    """`await client.byok.create(...)`, returning a `Result` instead of raising SDK errors."""
    return await async_capture(
        client.byok.create,
        provider=provider,
        key=key,
        name=name,
        workspace_id=workspace_id,
        disabled=disabled,
        is_fallback=is_fallback,
        allowed_models=allowed_models,
        allowed_api_key_hashes=allowed_api_key_hashes,
        allowed_user_ids=allowed_user_ids,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


def byok_get(
    client: OpenRouter,
    *,
    id: str,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[models.GetBYOKKeyResponse]:
    """`client.byok.get(...)`, returning a `Result` instead of raising SDK errors."""
    return capture(
        client.byok.get,
        id=id,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


async def byok_get_async(
    client: AsyncOpenRouter,
    *,
    id: str,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[models.GetBYOKKeyResponse]:
    """`await client.byok.get(...)`, returning a `Result` instead of raising SDK errors."""
    return await async_capture(
        client.byok.get,
        id=id,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


def byok_delete(
    client: OpenRouter,
    *,
    id: str,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[models.DeleteBYOKKeyResponse]:
    """`client.byok.delete(...)`, returning a `Result` instead of raising SDK errors."""
    return capture(
        client.byok.delete,
        id=id,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


async def byok_delete_async(
    client: AsyncOpenRouter,
    *,
    id: str,
    http_referer: str | None = None,
    app_title: str | None = None,
    app_categories: str | None = None,
    **options: Unpack[RequestOptions],
) -> Result[models.DeleteBYOKKeyResponse]:
    """`await client.byok.delete(...)`, returning a `Result` instead of raising SDK errors."""
    return await async_capture(
        client.byok.delete,
        id=id,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


def byok_update(
    client: OpenRouter,
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
) -> Result[models.UpdateBYOKKeyResponse]:
    """`client.byok.update(...)`, returning a `Result` instead of raising SDK errors."""
    return capture(
        client.byok.update,
        id=id,
        key=key,
        name=name,
        disabled=disabled,
        is_fallback=is_fallback,
        allowed_models=allowed_models,
        allowed_api_key_hashes=allowed_api_key_hashes,
        allowed_user_ids=allowed_user_ids,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )


async def byok_update_async(
    client: AsyncOpenRouter,
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
) -> Result[models.UpdateBYOKKeyResponse]:
    """`await client.byok.update(...)`, returning a `Result` instead of raising SDK errors."""
    return await async_capture(
        client.byok.update,
        id=id,
        key=key,
        name=name,
        disabled=disabled,
        is_fallback=is_fallback,
        allowed_models=allowed_models,
        allowed_api_key_hashes=allowed_api_key_hashes,
        allowed_user_ids=allowed_user_ids,
        http_referer=http_referer,
        app_title=app_title,
        app_categories=app_categories,
        **options,
    )
