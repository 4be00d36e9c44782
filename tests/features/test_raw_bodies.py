"""Request bodies of media types other than JSON, forms and multipart (image/png, text/csv):
raw content sent with the spec's media type. And multipart bodies with a list of files."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.pipeline import Build

from .conftest import Recorder, generate_package


def _op(op_id: str, content: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {
        "post": {
            "operationId": op_id,
            "tags": ["uploads"],
            "requestBody": {"required": required, "content": content},
            "responses": {"204": {"description": "stored"}},
        }
    }


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Raw", "version": "1"},
    "servers": [{"url": "https://raw.example"}],
    "paths": {
        "/png": _op("putPng", {"image/png": {"schema": {"type": "string", "format": "binary"}}}),
        "/csv": _op("putCsv", {"text/csv": {"schema": {"type": "string"}}}),
        "/image": _op("putImage", {"image/*": {}}),
        "/either": _op("putEither", {"application/pdf": {}, "image/jpeg": {}}, required=False),
        "/octets": _op("putOctets", {"application/octet-stream": {}}),
        "/many": _op(
            "putMany",
            {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "files": {
                                "type": "array",
                                "items": {"type": "string", "format": "binary"},
                            },
                            "note": {"type": "string"},
                        },
                    }
                }
            },
        ),
    },
}


@pytest.fixture(scope="module")
def raw_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    root = tmp_path_factory.mktemp("raw")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    return generate_package(spec, root / "sdk", "raw_bodies")


@pytest.fixture
def client(raw_build: tuple[Build, ModuleType], recorder: Recorder) -> Any:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return raw_build[1].Raw(api_key="k", http_client=http, retries=None)


@pytest.mark.parametrize(
    ("method", "content_type"),
    [
        ("put_png", "image/png"),
        ("put_csv", "text/csv"),
        ("put_image", "application/octet-stream"),  # a wildcard is no media type to send
        ("put_either", "application/pdf"),  # the first of several
        ("put_octets", "application/octet-stream"),
    ],
)
def test_a_raw_body_is_sent_with_the_spec_media_type(
    client: Any, recorder: Recorder, method: str, content_type: str
) -> None:
    getattr(client.uploads, method)(body=b"\x89PNG...")
    assert recorder.last.headers["Content-Type"] == content_type
    assert recorder.last.content == b"\x89PNG..."


def test_the_caller_can_send_another_of_the_media_types(client: Any, recorder: Recorder) -> None:
    client.uploads.put_either(body=b"jpeg", extra_headers={"Content-Type": "image/jpeg"})
    assert recorder.last.headers["Content-Type"] == "image/jpeg"


def test_only_a_choice_or_a_wildcard_is_warned_about(raw_build: tuple[Build, ModuleType]) -> None:
    warned = {w.pointer: w.message for w in raw_build[0].warnings if "Prism" not in w.message}
    assert sorted(warned) == [
        "#/paths/~1either/post/requestBody/content",
        "#/paths/~1image/post/requestBody/content",
    ]
    assert "sent as application/pdf" in warned["#/paths/~1either/post/requestBody/content"]
    assert "extra_headers" in warned["#/paths/~1image/post/requestBody/content"]


def test_an_optional_raw_body_stays_optional(client: Any, recorder: Recorder) -> None:
    client.uploads.put_either()
    assert recorder.last.content == b""


def test_files_and_text_are_read_as_bytes(client: Any, recorder: Recorder, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n")
    with path.open("rb") as handle:
        client.uploads.put_csv(body=handle)
    assert recorder.last.content == b"a,b\n"
    assert recorder.last.headers["Content-Type"] == "text/csv"


def test_an_iterable_of_bytes_is_streamed(client: Any, recorder: Recorder) -> None:
    client.uploads.put_png(body=iter([b"ab", b"cd"]))
    assert recorder.last.content == b"abcd"


def test_a_list_of_files_is_one_part_per_file(client: Any, recorder: Recorder) -> None:
    client.uploads.put_many(files=[("a.txt", b"first"), ("b.txt", b"second")], note="two")
    request = recorder.last
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert request.content.count(b'name="files"') == 2
    assert b'filename="a.txt"' in request.content and b"second" in request.content
    assert b'name="note"' in request.content
