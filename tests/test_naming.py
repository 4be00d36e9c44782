from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.naming import argument_name, dedupe, field_name, pascal, snake, upper_snake

ROOT = Path(__file__).resolve().parent.parent


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


def _imported_names(module: Path) -> set[str]:
    tree = ast.parse(module.read_text())
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_every_name_a_resource_or_client_module_imports_is_reserved_for_resource_classes() -> None:
    """A resource class named like an import of its own module (a tag "Operation") would shadow
    it; `_RUNTIME_NAMES` is that list, kept by hand, so check it against real modules."""
    from generator.normalize import _RUNTIME_NAMES

    package = ROOT / "generated" / "src" / "openrouter_byok"
    modules = [
        package / "_client.py",
        *package.glob("funcs/[!_]*.py"),
        *package.glob("resources/*.py"),
    ]
    imported = set().union(*(_imported_names(m) for m in modules))
    ours = {"annotations", "errors", "models", "__version__", "OpenRouter", "AsyncOpenRouter"}
    ours |= {n for n in imported if n[:1].islower() or n.isupper() or "Byok" in n}
    assert imported - ours <= _RUNTIME_NAMES


def test_field_names_never_shadow_what_model_modules_import() -> None:
    from generator.naming import _MODEL_RESERVED
    from generator.views import _HELPER_MODULES

    lowercase = {name for name in _HELPER_MODULES if name[:1].islower()}
    assert lowercase <= _MODEL_RESERVED
    assert all(field_name(name) != name for name in lowercase)


def test_a_tag_named_like_the_api_does_not_shadow_the_client_class() -> None:
    """An API titled "Styles" with a tag "styles": the client class is `Styles`, so the
    resource class (imported beside it in _client.py) must not be."""
    from conftest import build_api

    from generator.render import render

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Styles", "version": "1"},
        "paths": {
            "/colors": {
                "get": {
                    "operationId": "listColors",
                    "tags": ["styles"],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    api = build_api(spec)
    [resource] = api.resources
    assert api.settings.client_name == "Styles"
    assert resource.class_name == "StylesResource"
    client = next(f.text for f in render(api) if f.path.endswith("/_client.py"))
    compile(client, "_client.py", "exec")
    assert "class Styles(" in client and "StylesResource" in client


def test_field_names_never_shadow_builtins_annotations_name() -> None:
    """`list: list[Parameter]` in a class body: mypy reads the annotation as the field
    (googleapis.com tagmanager)."""
    from generator.emit.python import PRIMITIVE_ANNOTATIONS

    used = {n for n in ("list", "dict", *PRIMITIVE_ANNOTATIONS.values()) if n.islower()}
    assert all(field_name(name) == f"{name}_" for name in used)
