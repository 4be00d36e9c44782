"""Runtime behaviour no BYOK method exercises: other body encodings, response kinds, lookups."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import httpx
import pytest
from byok_helpers import KEY_ID, Server, client_for, key_json, ok
from openrouter_byok import errors, models
from openrouter_byok._operation import Operation
from openrouter_byok._request import Call, body_arguments, encode_query

_CREATE_FROM_MODEL: Operation[models.CreateBYOKKeyResponse] = Operation(
    method="POST", path="/byok", body="json", response=models.CreateBYOKKeyResponse
)
_KEYS: Operation[list[models.BYOKKey]] = Operation(
    method="GET", path="/keys", response=list[models.BYOKKey]
)
_NO_CONTENT: Operation[None] = Operation(method="DELETE", path="/things/{id}", path_params=("id",))
_RANGES: Operation[None] = Operation(
    method="GET",
    path="/x",
    errors={
        "404": errors.NotFoundResponseError,
        "4XX": errors.BadRequestResponseError,
        "default": errors.InternalServerResponseError,
    },
)


def test_model_body_is_sent_by_alias_without_unset_fields() -> None:
    server = Server(httpx.Response(201, json={"data": key_json()}))
    body = models.CreateBYOKKeyRequest(provider="openai", key="sk-x", allowed_models=None)
    client_for(server).request(_CREATE_FROM_MODEL, body=body)
    assert server.sent_json() == {"provider": "openai", "key": "sk-x", "allowed_models": None}


def test_non_model_response_type_uses_a_type_adapter() -> None:
    server = Server(httpx.Response(200, json=[key_json(), key_json(provider="new")]))
    keys = client_for(server).request(_KEYS)
    assert [k.provider for k in keys] == ["openai", "new"]


def test_no_content_response_returns_none() -> None:
    server = Server(httpx.Response(204))
    assert client_for(server).request(_NO_CONTENT, path={"id": "a"}) is None


def test_error_class_lookup_order() -> None:
    assert _RANGES.error_class(404) is errors.NotFoundResponseError
    assert _RANGES.error_class(418) is errors.BadRequestResponseError
    assert _RANGES.error_class(503) is errors.InternalServerResponseError
    assert _CREATE_FROM_MODEL.error_class(503) is None


def test_query_arrays_repeat_keys_and_scalars_are_text() -> None:
    pairs = encode_query({"tag": ["a", "b"], "on": True, "off": False, "n": 3, "skip": None})
    assert pairs == (("tag", "a"), ("tag", "b"), ("on", "true"), ("off", "false"), ("n", "3"))


def test_byok_operations_take_the_plain_parameter_path() -> None:
    """No BYOK parameter needs a style: every call skips the style encoders (`_params`)."""
    from openrouter_byok.resources import byok

    operations = [v for v in vars(byok).values() if isinstance(v, Operation)]
    assert operations and all(op.styles == {} for op in operations)


def test_styled_parameters_in_a_hand_written_operation() -> None:
    server = Server(httpx.Response(204))
    op: Operation[None] = Operation(
        method="GET",
        path="/things/{id}",
        path_params=("id",),
        styles={"path": {"id": ("matrix", True)}, "query": {"f": ("deepObject", True)}},
    )
    client_for(server).request(op, path={"id": ["a", "b"]}, query={"f": {"x": 1}, "g": [1, 2]})
    assert str(server.last.url).endswith("/things/;id=a;id=b?f%5Bx%5D=1&g=1&g=2")


def test_form_body() -> None:
    op: Operation[None] = Operation(method="POST", path="/f", body="form")
    arguments, headers = body_arguments(op, Call(json={"a": "1", "b": ["x", "y"], "c": None}))
    assert parse_qsl(arguments["content"].decode()) == [("a", "1"), ("b", "x"), ("b", "y")]
    assert headers == {"Content-Type": "application/x-www-form-urlencoded"}


def test_multipart_body_sends_fields_as_parts_without_filename_in_order() -> None:
    op: Operation[None] = Operation(method="POST", path="/m", body="multipart")
    arguments, headers = body_arguments(op, Call(json={"purpose": "x", "file": b"\x00\x01"}))
    # a field is a part without a filename (httpx's `data` would go before the files)
    assert arguments == {"files": [("purpose", (None, "x")), ("file", b"\x00\x01")]}
    assert headers == {}  # httpx sets the multipart content type with its boundary


def test_multipart_list_of_files_is_one_part_each() -> None:
    op: Operation[None] = Operation(method="POST", path="/m", body="multipart")
    files = [("a.txt", b"a"), ("b.txt", b"b")]
    arguments, _ = body_arguments(op, Call(json={"files": files, "tags": ["x", "y"]}))
    assert arguments["files"] == [
        ("files", ("a.txt", b"a")),
        ("files", ("b.txt", b"b")),
        ("tags", (None, "x")),  # not files: plain repeated fields
        ("tags", (None, "y")),
    ]


def test_misspelt_argument_is_rejected() -> None:
    server = Server()
    with pytest.raises(TypeError, match="http_refferer"):
        client_for(server).byok.get(id=KEY_ID, http_refferer="x")  # type: ignore[call-arg]
    assert server.requests == []


def test_json_body_is_compact_utf8() -> None:
    server = Server(httpx.Response(201, json={"data": ok().json()["data"]}))
    client_for(server).byok.create(provider="openai", key="sk-x", name="Clé ✓")
    assert (
        server.last.content
        == json.dumps(
            {"provider": "openai", "key": "sk-x", "name": "Clé ✓"},
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()
    )
