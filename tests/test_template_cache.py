"""Compiled templates are kept beside the templates, like .pyc files, else in the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest

from generator import render, template_cache
from generator.pipeline import Options, load_api

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openrouter-byok.yaml"


def copy_templates(tmp_path: Path) -> Path:
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES_DIR, templates, ignore=shutil.ignore_patterns("__pycache__"))
    return templates


def compiled(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.cache") if p.is_file())


def test_compiled_templates_are_kept_beside_the_templates(tmp_path: Path) -> None:
    templates = copy_templates(tmp_path)
    api, _, _ = load_api(SPEC, Options(cache_dir=None))
    first = render.render(api, templates, cache_dir=None)  # --no-cache: still compiled once
    kept = compiled(templates / "__pycache__")
    assert kept
    assert render.render(api, templates, cache_dir=None) == first  # read back: same output
    assert compiled(templates / "__pycache__") == kept
    # the templates dir lists no compiled file as a template
    assert not any("__pycache__" in f for f in render._template_files(templates))


def test_read_only_templates_fall_back_to_the_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = copy_templates(tmp_path)
    writable = template_cache._writable_dir
    monkeypatch.setattr(  # as for a wheel in a read-only site-packages
        template_cache,
        "_writable_dir",
        lambda d: not d.is_relative_to(templates) and writable(d),
    )
    env = render._environment(templates)
    cache = template_cache.for_environment(env, templates, tmp_path / "cache")
    assert isinstance(cache, jinja2.FileSystemBytecodeCache)
    assert Path(cache.directory).parent == tmp_path / "cache"
    assert template_cache.for_environment(env, templates, None) is None  # compile each run


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    templates = copy_templates(tmp_path)
    api, _, _ = load_api(SPEC, Options(cache_dir=None))
    render.render(api, templates, cache_dir=None)
    readme = templates / "README.md.jinja"
    readme.write_text("edited {{ package }}\n" + readme.read_text())
    files = {f.path: f.text for f in render.render(api, templates, cache_dir=None)}
    assert "edited openrouter_byok" in files["README.md"]
