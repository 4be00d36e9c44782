"""Generated client features, end to end: `feature_spec.yaml` → package → httpx.MockTransport.

One package is generated per session (see conftest) and exercised here, sync and async.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import logging
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import FEATURE_SPEC, Recorder, long_lines, mypy_report, run_generated_suite


def _json(request: httpx.Request) -> Any:
    return json.loads(request.content)


PET = {
    "id": "8a6e0804-2bd0-4672-b79d-d97027f9071a",
    "name": "Rex",
    "kind": "dog",
    "size": 2,
    "nickname": None,
    "motto": None,
    "secret": "s3cret",
    "born": "2020-01-02",
    "seen_at": "2024-05-06T07:08:09Z",
    "homepage": "https://rex.example",
    "weight": 12.5,
    "attributes": {"legs": 4},
    "grid": [[1.0, 2.0], [3.5]],
    "owner": {"name": "Ann", "address": {"city": "Oslo"}},
}


# --- models --------------------------------------------------------------------------------


def test_all_of_is_merged_into_one_model(zoo: ModuleType) -> None:
    assert set(zoo.models.Circle.model_fields) == {"name", "kind", "radius"}
    assert set(zoo.models.Square.model_fields) == {"name", "created", "kind", "side"}
    square = zoo.models.Square.model_validate(
        {"kind": "square", "side": 2, "name": "sq", "created": "2024-01-01T00:00:00Z"}
    )
    assert square.created == datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def test_discriminated_union_picks_by_literal_tag(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"kind": "square", "side": 3})
    shape = client.shapes.echo_shape(body={"kind": "circle", "radius": 1})
    assert type(shape).__name__ == "Square" and shape.side == 3
    assert _json(recorder.last) == {"kind": "circle", "radius": 1}


def test_discriminated_union_with_mapping_picks_by_tag(client: Any, recorder: Recorder) -> None:
    # Car and Bike both accept {"type": ...}; only the mapping tells them apart
    recorder.respond = lambda r: httpx.Response(200, json={"type": "bike", "gears": 3})
    assert type(client.shapes.get_vehicle()).__name__ == "Bike"
    recorder.respond = lambda r: httpx.Response(200, json={"type": "car", "gears": 3})
    assert type(client.shapes.get_vehicle()).__name__ == "Car"


def test_discriminator_with_a_wire_name_that_is_not_an_attribute(zoo: ModuleType) -> None:
    box = zoo.models.EventBox.model_validate(
        {
            "events": [
                {"event-type": "stopped", "at": "x"},
                {"event-type": "started", "at": "2024-01-01T00:00:00Z"},
            ]
        }
    )
    assert [type(e).__name__ for e in box.events] == ["Stopped", "Started"]
    box = zoo.models.EventBox(events=[zoo.models.Stopped(event_type="stopped")])
    assert box.to_dict() == {"events": [{"event-type": "stopped"}]}


def test_unknown_tag_is_a_validation_error(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"type": "boat"})
    with pytest.raises(zoo.ResponseValidationError):
        client.shapes.get_vehicle()


def test_recursive_and_mutually_recursive_models(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    tree = {
        "value": "root",
        "children": [{"value": 1.5, "children": []}],
        "forest": {"trees": [{"value": "leaf"}]},
    }
    recorder.respond = lambda r: httpx.Response(200, json=tree)
    node = client.class_.get_tree()
    assert node.children[0].value == 1.5
    assert node.forest.trees[0].value == "leaf"
    assert zoo.models.TreeNode.__module__ == zoo.models.Forest.__module__  # one SCC module


def test_inline_objects_are_named_from_their_location(zoo: ModuleType) -> None:
    assert zoo.models.PetOwner.model_fields.keys() == {"name", "address"}
    assert zoo.models.PetOwnerAddress.model_fields.keys() == {"city"}
    assert "UploadFileResponse" in dir(zoo.models)


def test_formats_maps_arrays_of_arrays(zoo: ModuleType, client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json=PET)
    pet = client.pets.get_pet(pet_id=PET["id"])
    assert pet.born == datetime.date(2020, 1, 2)
    assert pet.seen_at == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    assert pet.attributes == {"legs": 4}
    assert pet.grid == [[1.0, 2.0], [3.5]]
    assert pet.weight == 12.5 and pet.id == PET["id"] and pet.homepage == "https://rex.example"
    assert pet.owner.address.city == "Oslo"
    assert recorder.last.url.path == f"/v1/pets/{PET['id']}"


def test_nullable_in_both_dialects(zoo: ModuleType, client: Any, recorder: Recorder) -> None:
    pet = zoo.models.Pet.model_validate(PET)
    assert pet.nickname is None and pet.motto is None  # 3.0 nullable, 3.1 type array
    recorder.respond = lambda r: httpx.Response(201, json=PET)
    client.pets.create_pet(name="Rex", kind="dog", secret="pw", nickname=None)
    assert _json(recorder.last) == {"name": "Rex", "kind": "dog", "secret": "pw", "nickname": None}


def test_nullable_component_models(zoo: ModuleType) -> None:
    pet = zoo.models.Pet.model_validate({**PET, "collar": None, "leash": None})
    assert pet.collar is None and pet.leash is None and "collar" in pet.model_fields_set
    pet = zoo.models.Pet.model_validate({**PET, "collar": {"color": "red"}, "leash": {}})
    assert pet.collar.color == "red"


def test_enums_are_open(zoo: ModuleType) -> None:
    pet = zoo.models.Pet.model_validate({**PET, "kind": "axolotl", "size": 7})
    assert pet.kind == "axolotl" and pet.size == 7
    known = zoo.models.Pet.model_validate(PET)
    assert known.kind is zoo.models.PetKind.DOG and known.size is zoo.models.PetSize.V_2
    assert issubclass(zoo.models.PetSize, enum.IntEnum)


def test_const_is_a_literal(zoo: ModuleType) -> None:
    with pytest.raises(ValueError):
        zoo.models.Circle.model_validate({"kind": "square", "radius": 1})


def test_read_only_fields_are_not_arguments(client: Any) -> None:
    params = inspect.signature(client.pets.create_pet).parameters
    assert "id" not in params and "name" in params


def test_write_only_fields_stay_out_of_repr(zoo: ModuleType, client: Any) -> None:
    pet = zoo.models.Pet.model_validate({**PET, "pin": "8642"})
    assert "s3cret" not in repr(pet) and pet.secret == "s3cret"
    assert "8642" not in repr(pet) and pet.pin == "8642"  # `format: password`, too
    # required in the schema, but responses never carry it; required as an argument
    assert zoo.models.Pet.model_validate({k: v for k, v in PET.items() if k != "secret"})
    param = inspect.signature(client.pets.create_pet).parameters["secret"]
    assert param.default is inspect.Parameter.empty


# --- parameters ----------------------------------------------------------------------------


def test_parameters_header_cookie_and_arrays(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json=[PET])
    pets = client.pets.list_pets(
        x_trace_id="t-1",
        x_flags=["f", "g"],
        tags=["a", "b"],
        ids=[1, 2, 3],
        session="abc",
        limit=5,
    )
    assert pets[0].name == "Rex"
    request = recorder.last
    assert request.headers["X-Trace-Id"] == "t-1"  # path-item level parameter
    assert request.headers["X-Flags"] == "f,g"  # style=simple
    assert request.url.params.get_list("tags") == ["a", "b"]  # form, explode=true
    assert request.url.params.get_list("ids") == ["1,2,3"]  # form, explode=false
    assert request.url.params["limit"] == "5"  # $ref to components/parameters
    assert request.headers["Cookie"] == "session=abc"


def test_a_cookie_value_cannot_smuggle_in_another_cookie(client: Any, recorder: Recorder) -> None:
    """`;` would end the value and start a cookie of the caller's choosing; it, spaces, quotes
    and non-ASCII are percent-encoded, the rest of RFC 6265's cookie-octets (and `,`) kept."""
    recorder.respond = lambda r: httpx.Response(200, json=[])
    client.pets.list_pets(session='a; admin=1 "é"')
    assert recorder.last.headers["Cookie"] == "session=a%3B%20admin=1%20%22%C3%A9%22"
    client.pets.list_pets(session="tok/+=:,x")
    assert recorder.last.headers["Cookie"] == "session=tok/+=:,x"


def test_omitted_parameters_are_not_sent(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json=[])
    client.pets.list_pets()
    assert set(recorder.last.url.params) == {"api_key"}
    assert "Cookie" not in recorder.last.headers


async def test_async_cookies_and_arrays(async_client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json=[])
    async with async_client:
        await async_client.pets.list_pets(ids=[4, 5], session="s")
    assert recorder.last.url.params["ids"] == "4,5"
    assert recorder.last.headers["Cookie"] == "session=s"


# --- bodies --------------------------------------------------------------------------------


def test_request_body_from_components_request_bodies(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(201, json=PET)
    pet = client.pets.create_pet(
        name="Rex", kind="dog", secret="pw", born=datetime.date(2020, 1, 2)
    )
    assert pet.name == "Rex"
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert _json(recorder.last) == {
        "name": "Rex",
        "kind": "dog",
        "secret": "pw",
        "born": "2020-01-02",
    }


def test_form_body(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(204)
    assert client.default.submit_form(name="a b", count=2, say_hi_now="x") is None
    assert recorder.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert recorder.last.content == b"name=a+b&count=2&say+%22hi%22+%5C+now=x"


def test_multipart_upload_sends_the_file(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"id": "f1", "size": 2**40})
    result = client.files.upload_file(file=("a.txt", b"hello", "text/plain"), purpose="test")
    assert result.size == 2**40  # int64
    request = recorder.last
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'name="file"; filename="a.txt"' in body and b"hello" in body
    assert b'name="purpose"' in body and b"test" in body


def test_optional_body_may_be_left_out(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"kind": "circle", "radius": 2})
    assert client.shapes.echo_shape().radius == 2
    assert recorder.last.content == b""


def test_binary_body_and_text_and_binary_responses(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(
        200, text="sha:1", headers={"Content-Type": "text/plain"}
    )
    assert client.files.put_blob(name="b", body=b"\x00\x01") == "sha:1"
    assert recorder.last.content == b"\x00\x01"
    assert recorder.last.headers["Content-Type"] == "application/octet-stream"
    recorder.respond = lambda r: httpx.Response(200, content=b"\xff\x00")
    assert client.files.get_blob(name="b") == b"\xff\x00"


# --- responses -----------------------------------------------------------------------------


def test_no_content_and_deprecation(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(204)
    with pytest.warns(DeprecationWarning, match="delete_pet"):
        assert client.pets.delete_pet(pet_id="p") is None
    assert recorder.last.method == "DELETE"


def test_default_and_documented_error_responses(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    recorder.respond = lambda r: httpx.Response(503, json={"message": "down", "code": 7})
    with pytest.raises(zoo.errors.Error) as caught:
        client.pets.list_pets()
    assert caught.value.status_code == 503 and caught.value.data.code == 7
    recorder.respond = lambda r: httpx.Response(404, json={"message": "nope"})
    with pytest.raises(zoo.errors.Error) as missing:
        client.pets.get_pet(pet_id="x")
    assert missing.value.data.message == "nope"


SSE = (
    b": keep-alive\n\n"
    b'data: {"delta": "Hel"}\n\n'
    b"event: chunk\n"
    b'data: {"delta": "lo"}\n\n'
    b"data: [DONE]\n\n"
    b'data: {"delta": "never"}\n\n'
)


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.closed = False

    def __iter__(self) -> Any:
        yield from (line + b"\n" for line in self.data.split(b"\n"))

    async def __aiter__(self) -> Any:
        for line in self.data.split(b"\n"):
            yield line + b"\n"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def _sse(body: _Body) -> Any:
    return lambda r: httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=body)


def test_stream_method_yields_typed_events(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    body = _Body(SSE)
    recorder.respond = _sse(body)
    with client.chat.chat_stream(prompt="hi") as stream:
        events = list(stream)
    assert [e.data.delta for e in events] == ["Hel", "lo"]  # stops at the [DONE] sentinel
    assert all(isinstance(e, zoo.models.ChatStreamEvent) for e in events)
    assert body.closed
    assert _json(recorder.last) == {"prompt": "hi", "stream": True}
    assert recorder.last.headers["Accept"] == "text/event-stream"
    assert "stream" not in inspect.signature(client.chat.chat_stream).parameters


def test_json_twin_of_a_stream_method(client: Any, recorder: Recorder) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"text": "hello"})
    assert client.chat.chat(prompt="hi").text == "hello"
    assert _json(recorder.last) == {"prompt": "hi", "stream": False}


def test_stream_only_operation_parses_data(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    recorder.respond = _sse(_Body(b'data: {"delta": "a"}\n\ndata: {"delta": "b"}\n'))
    events = list(client.chat.tail_events())  # no sentinel: read to the end
    assert [e.delta for e in events] == ["a", "b"]
    assert isinstance(events[0], zoo.models.ChatChunk)


def test_stream_closed_early_closes_the_response(client: Any, recorder: Recorder) -> None:
    body = _Body(SSE)
    recorder.respond = _sse(body)
    stream = client.chat.chat_stream(prompt="hi")
    assert next(iter(stream)).data.delta == "Hel"
    stream.close()
    assert body.closed


def test_stream_error_status_raises_before_streaming(
    zoo: ModuleType, client: Any, recorder: Recorder
) -> None:
    recorder.respond = lambda r: httpx.Response(400, json={"message": "bad"})
    with pytest.raises(zoo.APIStatusError) as caught:
        client.chat.chat_stream(prompt="hi")
    assert caught.value.status_code == 400 and "bad" in caught.value.body


def test_bad_event_is_a_validation_error(zoo: ModuleType, client: Any, recorder: Recorder) -> None:
    recorder.respond = _sse(_Body(b'data: {"nope": 1}\n\n'))
    with pytest.raises(zoo.ResponseValidationError):
        list(client.chat.tail_events())


async def test_async_stream(zoo: ModuleType, async_client: Any, recorder: Recorder) -> None:
    body = _Body(SSE)
    recorder.respond = _sse(body)
    async with async_client:
        stream = await async_client.chat.chat_stream(prompt="hi")
        async with stream:
            deltas = [event.data.delta async for event in stream]
    assert deltas == ["Hel", "lo"]
    assert body.closed


def test_stream_raw_response(client: Any, recorder: Recorder) -> None:
    recorder.respond = _sse(_Body(SSE))
    raw = client.chat.with_raw_response.chat_stream(prompt="hi")
    assert raw.status_code == 200
    assert [e.data.delta for e in raw.parse()] == ["Hel", "lo"]


# --- resources, auth, names ----------------------------------------------------------------


def test_untagged_operations_go_to_the_default_resource(client: Any) -> None:
    assert callable(client.default.submit_form)


def test_api_key_in_query_is_sent_and_never_logged(
    client: Any, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    recorder.respond = lambda r: httpx.Response(200, json={"a": "b"})
    with caplog.at_level(logging.DEBUG, logger="zoo_features"):
        assert client.auth.keyed_query(options_2="o", body_2="b", self_2="s") == {"a": "b"}
    assert recorder.last.url.params["api_key"] == "sk-test"
    assert [recorder.last.url.params[k] for k in ("options", "body", "self")] == ["o", "b", "s"]
    assert "Authorization" not in recorder.last.headers
    assert "sk-test" not in caplog.text and "api_key=REDACTED" in caplog.text


def test_awkward_names(zoo: ModuleType, client: Any, recorder: Recorder) -> None:
    payload = {
        "def": "d",
        "for": 1,
        "2fa": True,
        "dashed-name": "x",
        "naïve": "n",
        "model_config": "m",
        "validate": "v",
        "to_dict": "t",
    }
    recorder.respond = lambda r: httpx.Response(200, json=payload)
    result = client.unicode_tag.call_2fetch_weird_thing(
        class_="c/1", item_id=7, from_="yesterday", type="t", _1st_page=2, x_request_id="r"
    )
    assert isinstance(result, zoo.models.Client)  # a schema named like the runtime's names
    assert (result.def_, result.for_, result.field_2fa) == ("d", 1, True)
    assert (result.dashed_name, result.naive, result.model_config_) == ("x", "n", "m")
    assert (result.validate_, result.to_dict_) == ("v", "t")
    assert result.to_dict() == payload
    request = recorder.last
    assert request.url.raw_path.startswith(b"/v1/weird/c%2F1/7?")
    assert request.url.params["from"] == "yesterday" and request.url.params["1st-page"] == "2"
    assert request.headers["X-Request-ID"] == "r"


def test_enum_member_names(zoo: ModuleType) -> None:
    kind = zoo.models.PetKind
    assert (kind.V_2_LEGGED.value, kind.CLASS.value, kind.EMPTY.value) == ("2-legged", "class", "")


def test_schemas_named_like_runtime_names(zoo: ModuleType) -> None:
    assert zoo.models.BaseModelModel.model_fields.keys() == {"x"}
    assert zoo.models.FieldModel.model_fields.keys() == {"y"}
    assert [m.value for m in zoo.models.OpenEnumModel] == ["a", "b"]


def test_deep_object_parameter_keeps_its_model_and_warns_nothing(
    zoo_build: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    warnings = [w for w in zoo_build[0].warnings if not w.message.startswith("Prism")]
    assert [w for w in warnings if "/parameters/" in w.pointer] == []  # (Prism's limits aside)
    recorder.respond = lambda r: httpx.Response(200, json=[])
    client.pets.list_pets(filter=zoo_build[1].models.ListPetsFilter(color="red"))
    assert recorder.last.url.params.get_list("filter[color]") == ["red"]


@pytest.mark.slow
def test_feature_package_passes_mypy_strict(zoo: ModuleType) -> None:
    out = Path(zoo.__file__).resolve().parents[2]
    assert mypy_report(out) == ""  # the package and its generated tests


def test_docs_show_the_stream_twin_and_its_examples_run(
    zoo_build: tuple[Build, ModuleType],
) -> None:
    """The `_stream` twin has its own section, example and signature; the plain method's table
    leaves out the `stream` switch it sets itself (the examples run in the suite below)."""
    build = zoo_build[0]
    files = {f.path: f.text for f in build.files}
    page = files["docs/sdks/chat/README.md"]
    plain, twin = page.split("\n## chat\n")[1].split("\n## chat_stream\n")
    assert "- [chat_stream](#chat_stream): `chat`, streamed" in page
    assert "| `prompt` |" in plain and "| `stream` |" not in plain
    assert "returned by [chat_stream](#chat_stream): a stream of server-sent events" in plain
    assert "[chat](#chat) with its response streamed" in twin
    assert "stream = client.chat.chat_stream(prompt=" in twin
    assert "\nfor item in stream:\n    print(item)\n" in twin
    assert "stream = await client.chat.chat_stream(" in twin and "async for item in stream:" in twin
    assert "| `stream` |" not in twin
    signature = "client.chat.chat_stream(*, prompt: str) -> Stream[ChatStreamEvent]"
    assert signature in files["docs/api.md"]


def test_readme_has_a_streaming_section(zoo_build: tuple[Build, ModuleType]) -> None:
    readme = {f.path: f.text for f in zoo_build[0].files}["README.md"]
    assert "- [Streaming](#streaming)" in readme
    section = readme.split("\n## Streaming\n")[1].split("\n## ")[0]
    assert "- [`client.chat.chat_stream`](docs/sdks/chat/README.md#chat_stream)" in section
    assert "- [`client.chat.tail_events`](docs/sdks/chat/README.md#tail_events)" in section
    assert "with client.chat.chat_stream(prompt=" in section and "for item in stream:" in section
    assert "async with await client.chat.chat_stream(" in section


def test_the_package_keeps_to_the_line_length(zoo_build: tuple[Build, ModuleType]) -> None:
    assert long_lines(Path(zoo_build[1].__file__).parents[2]) == []


def test_the_generated_suite_passes_against_prism(zoo_build: tuple[Build, ModuleType]) -> None:
    """The feature spec's package's own tests, offline and against Prism, docs examples too
    (the chat page's stream examples among them, answered by the harness's `STREAMS`)."""
    out = Path(zoo_build[1].__file__).parents[2]
    result = run_generated_suite(out, FEATURE_SPEC, "tests", "-rA")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    passed = {
        line.split("[")[1].rstrip("]")
        for line in lines
        if line.startswith("PASSED t") and "[" in line
    }
    # the chat page: chat (sync, async, standalone), then its twin's, then tail_events'
    assert {f"docs/sdks/chat/README.md#{n}" for n in range(1, 10)} <= passed
