"""`emit.python`: spec text placed in docstrings must survive as Python source, whatever it
holds (real specs end descriptions with quotes, hold backslashes and triple quotes)."""

from __future__ import annotations

import ast

import pytest

from generator.emit.python import docstring, py_url_template, wrap

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


def test_wrap_keeps_paragraphs() -> None:
    assert wrap("one\n\n two  three") == "one\n\ntwo three"


def test_url_template_f_string() -> None:
    names = {"region": "region", "api-version": "api_version"}
    source = py_url_template('https://{region}.x/{api-version}/{kept}/"q"', names)
    assert source == 'f"https://{region}.x/{api_version}/{{kept}}/\\"q\\""'
    scope = {"region": "eu", "api_version": "v1"}
    assert eval(source, scope) == 'https://eu.x/v1/{kept}/"q"'  # the generator's own text
