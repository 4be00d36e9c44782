"""Render: which files exist and which template renders each (Jinja, StrictUndefined)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from . import emit, template_cache, views, views_client, views_tests
from .model import Api

# In a checkout the templates sit beside the package; an installed wheel carries them inside it.
_BUNDLED = Path(__file__).resolve().parent / "_templates"
_CHECKOUT = Path(__file__).resolve().parent.parent / "templates"
TEMPLATES_DIR = _BUNDLED if _BUNDLED.is_dir() else _CHECKOUT
# Per-item templates: a placeholder in the file name makes one output file per item.
_EXPANSIONS = {
    "{model}": "models",  # one Python module per model (mutually recursive models share one)
    "{enum}": "enums",
    "{resource}": "resources",
    "{page}": "pages",  # one documentation page per model and per enum
}
_COMMENT_PREFIX = {
    ".py": "# ",
    ".toml": "# ",
    ".yml": "# ",
    ".yaml": "# ",
    ".typed": "# ",
    ".cfg": "# ",
}


@dataclass(frozen=True)
class RenderedFile:
    path: str  # posix, relative to the output directory
    text: str
    # already black-formatted (the runtime copied verbatim): `format` need not run black on it;
    # tests/test_format.py proves black leaves every copied module unchanged
    preformatted: bool = False

    @property
    def is_python(self) -> bool:
        return self.path.endswith(".py")


@dataclass(frozen=True)
class Rendering:
    files: list[RenderedFile]
    left_out: list[views_tests.LeftOut]  # what the generated tests leave out, and why


def render(
    api: Api, templates_dir: Path = TEMPLATES_DIR, cache_dir: Path | None = None
) -> list[RenderedFile]:
    """Every output file; compiled templates are kept for the next run (see template_cache)."""
    return render_all(api, templates_dir, cache_dir).files


def render_all(
    api: Api, templates_dir: Path = TEMPLATES_DIR, cache_dir: Path | None = None
) -> Rendering:
    """`render`, and the calls the generated contract tests leave out for a Prism limit."""
    env = _environment(templates_dir)
    env.bytecode_cache = template_cache.for_environment(env, templates_dir, cache_dir)
    tests, left_out = views_tests.tests_context_and_warnings(api)
    base = {**views.base_context(api), **views_client.client_context(api), **tests}
    files = []
    for source in sorted(_template_files(templates_dir)):
        for out_path, extra in _expand(source, api):
            text = _render_one(env, templates_dir, source, {**base, **extra})
            copied = not source.endswith(".jinja")
            files.append(RenderedFile(out_path, with_header(out_path, text, api), copied))
    return Rendering(files, left_out)


def _environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        py_type=emit.py_type,
        py_arg_type=emit.py_arg_type,
        py_qualified_type=emit.py_qualified_type,
        py_literal=emit.py_literal,
        docstring=emit.docstring,
        wrap=emit.wrap,
        md_type=emit.md_type,
        md_cell=emit.md_cell,
        model_page=emit.model_page,
        json_example=emit.json_example,
        py_data=emit.py_data,  # generated tests
        py_args=emit.py_args,
        py_check=emit.py_check,
    )
    return env


def _template_files(root: Path) -> Iterator[str]:
    """Every template that makes a file; `_partials/` holds macros that other templates import."""
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if relative.parts[0] == "_partials" or "__pycache__" in relative.parts:
            continue
        if path.is_file() and not path.name.endswith(".pyc"):
            yield relative.as_posix()


def _expand(source: str, api: Api) -> Iterator[tuple[str, dict[str, Any]]]:
    out = source.removesuffix(".jinja").replace("src/package/", f"src/{api.settings.package_name}/")
    for placeholder, collection in _EXPANSIONS.items():
        if placeholder in out:
            item_name = placeholder.strip("{}")
            for name, context in views.item_contexts(api, item_name, collection):
                yield out.replace(placeholder, name), context
            return
    yield out, {}


def _render_one(env: jinja2.Environment, root: Path, source: str, context: dict[str, Any]) -> str:
    if not source.endswith(".jinja"):
        return (root / source).read_text(encoding="utf-8")
    return env.get_template(source).render(context)


def header_line(path: str, api: Api) -> str:
    # No digest here: a spec change would otherwise rewrite every file. The digest is stamped
    # once per output kind instead (`__spec_digest__`, the docs index, the tests' conftest).
    return f"generated from {api.spec_path}; do not edit"


def with_header(path: str, text: str, api: Api) -> str:
    """Prefix the provenance header in the file format's comment syntax."""
    line = header_line(path, api)
    suffix = Path(path).suffix
    if path.endswith(".md"):
        return f"<!-- {line} -->\n{text}"
    if suffix in _COMMENT_PREFIX or path.endswith(".gitignore"):
        return f"# {line}\n{text}"
    return text
