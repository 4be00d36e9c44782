"""`emit.python`: spec text placed in docstrings must survive as Python source, whatever it
holds (real specs end descriptions with quotes, hold backslashes and triple quotes)."""

from __future__ import annotations

import ast

import pytest

from generator.emit.markdown import md_type
from generator.emit.python import (
    docstring,
    py_qualified_type,
    py_runtime_type,
    py_type,
    py_url_template,
    referenced_names,
    wrap,
)
from generator.model import ArrayOf, ModelRef, UnionOf, nullable

TRICKY = [
    'Start time in UTC. Example: "2020-03-31T12:02:00Z"',  # zoom.us: a closing quote last
    'a """quoted""" word',
    '"""',
    '""',
    'q"',
    "a trailing backslash \\",
    'an escaped quote \\"',
    'two backslashes then a quote \\\\"',
    "tab\tand\nnewline and \u00e9",
    "\x00 a NUL",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstring_parses_back_to_the_text(text: str, indent: int) -> None:
    body = docstring(text, indent=indent)
    source = f'def f():\n{" " * indent}"""{body}"""\n' if indent else f'"""{body}"""\n'
    tree = ast.parse(source)
    node = tree.body[0]
    value = ast.get_docstring(node, clean=False) if indent else ast.literal_eval(source)
    assert value is not None
    assert " ".join(value.split()) == " ".join(text.split())


def test_a_long_text_wraps_and_closes_on_its_own_line() -> None:
    body = docstring("word " * 40, indent=4)
    assert body.endswith("\n    ")
    assert max(len(line) for line in body.splitlines()) <= 100


@pytest.mark.parametrize("length", range(90, 100))
@pytest.mark.parametrize("indent", [0, 4])
def test_black_keeps_every_docstring_within_its_line_length(length: int, indent: int) -> None:
    """Black joins a one-line docstring's closing quotes to its text however long the line
    gets; a text that fits one line only without its closing quotes becomes two lines."""
    import black

    text = ("word " * 30)[: length - indent - 3].strip()
    body = docstring(text, indent=indent)
    source = f'def f():\n{" " * indent}"""{body}"""\n' if indent else f'"""{body}"""\n'
    formatted = black.format_str(source, mode=black.Mode(line_length=100))
    assert max(len(line) for line in formatted.splitlines()) <= 100, formatted


def test_wrap_keeps_paragraphs() -> None:
    assert wrap("one\n\n two  three") == "one\n\ntwo three"


def test_url_template_f_string() -> None:
    names = {"region": "region", "api-version": "api_version"}
    source = py_url_template('https://{region}.x/{api-version}/{kept}/"q"', names)
    assert source == 'f"https://{region}.x/{api_version}/{{kept}}/\\"q\\""'
    scope = {"region": "eu", "api_version": "v1"}
    assert eval(source, scope) == 'https://eu.x/v1/{kept}/"q"'  # the generator's own text


PETS = UnionOf(
    (ModelRef("Cat"), ModelRef("Dog"), ModelRef("Pet")),
    "petType",
    (("cat", "Cat"), ("dog", "Dog")),
    fallback="Pet",
)


def test_an_inheritance_union_names_its_fallback() -> None:
    """An unknown tag is read as the base model: `discriminated(..., fallback="Pet")`."""
    members = 'Annotated[Cat, Tag("Cat")] | Annotated[Dog, Tag("Dog")] | Annotated[Pet, Tag("Pet")]'
    pick = 'discriminated("petType", {"cat": "Cat", "dog": "Dog"}, fallback="Pet")'
    expected = f"Annotated[{members}, {pick}]".replace('"', "'")
    assert py_type(PETS, in_model=True) == expected
    assert py_type(nullable(PETS), in_model=True) == expected + " | None"
    assert py_runtime_type(PETS).startswith("Annotated[Annotated[models.Cat, Tag('Cat')]")
    assert py_qualified_type(PETS) == "models.Cat | models.Dog | models.Pet"
    classes, helpers = referenced_names([PETS])
    assert classes == {"Cat", "Dog", "Pet"}
    assert helpers == {"Annotated", "Tag", "discriminated"}


def test_an_inheritance_union_in_the_docs() -> None:
    assert md_type(ArrayOf(nullable(PETS))) == (
        "list[[Pet](pet.md): one of [Cat](cat.md), [Dog](dog.md) (by `petType`), else"
        " [Pet](pet.md) \\| None]"
    )
