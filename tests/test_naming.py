from __future__ import annotations

import pytest

from generator.naming import argument_name, dedupe, field_name, pascal, snake, upper_snake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("listBYOKKeys", "list_byok_keys"),
        ("HTTP-Referer", "http_referer"),
        ("X-OpenRouter-Title", "x_open_router_title"),
        ("appTitle", "app_title"),
        ("2fa-code", "_2fa_code"),
        ("café au lait", "cafe_au_lait"),
        ("", "value"),
        ("already_snake", "already_snake"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("BYOKKey", "BYOKKey"), ("byok keys", "ByokKeys"), ("404-thing", "_404Thing"), ("ü", "U")],
)
def test_pascal(text: str, expected: str) -> None:
    assert pascal(text) == expected


def test_keywords_and_builtins_become_valid_arguments() -> None:
    assert argument_name("class") == "class_"
    assert argument_name("from") == "from_"
    assert argument_name("match") == "match_"
    assert argument_name("type") == "type"  # builtins are fine as keyword arguments


def test_field_names_avoid_pydantic_reserved_attributes() -> None:
    assert field_name("model_name") == "model_name_"
    assert field_name("json") == "json_"
    assert field_name("name") == "name"


def test_upper_snake_enum_members() -> None:
    assert upper_snake("amazon-bedrock") == "AMAZON_BEDROCK"
    assert upper_snake("3d") == "V_3D"
    assert upper_snake("") == "EMPTY"


def test_dedupe_is_deterministic() -> None:
    assert dedupe(["a", "a", "b", "a"]) == ["a", "a_2", "b", "a_3"]
    assert dedupe(["timeout"], {"timeout"}) == ["timeout_2"]
