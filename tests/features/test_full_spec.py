"""The full OpenRouter spec (../shared): generated with --lenient, type-checked, and called
against a Prism mock server started from the same spec. Slow (minutes); skipped without
../shared. Prism: `node_modules/.bin/prism` (skipped when missing unless
SDKGEN_REQUIRE_PRISM=1).

Prism 5 loads the spec as is: the one boolean `exclusiveMinimum` (3.0 style in a 3.1 document)
is only a validation warning for our generator and Prism ignores it. Should a Prism version
refuse it, `_prism_spec` writes a copy with that keyword turned into the 3.1 form and the
server is started from the copy.
"""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from .conftest import long_lines, mypy_report, pyflakes_report

ROOT = Path(__file__).resolve().parents[2]
FULL_SPEC = ROOT.parent / "shared" / "specs" / "openrouter-full.openapi.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
READY_TIMEOUT = 60.0

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ModuleType]:
    if not FULL_SPEC.is_file():
        pytest.skip("../shared/specs/openrouter-full.openapi.yaml is absent")
    out = tmp_path_factory.mktemp("full") / "sdk"
    from generator.pipeline import Options, generate

    started = time.perf_counter()
    generate(FULL_SPEC, out, Options(lenient=True, package_name="openrouter_full_feature"))
    print(f"full spec generated in {time.perf_counter() - started:.0f} s")
    src = str(out / "src")
    sys.path.insert(0, src)
    import importlib

    return out, importlib.import_module("openrouter_full_feature")


def test_full_package_passes_mypy_strict(full: tuple[Path, ModuleType]) -> None:
    """The package and its generated tests (whose checks narrow optional lists before len())."""
    out, _ = full
    assert mypy_report(out) == ""


def test_full_package_keeps_to_the_line_length(full: tuple[Path, ModuleType]) -> None:
    """Docstrings wrapped from spec text stay within black's 100 columns, which black does not
    enforce for them (it joins a one-line docstring's closing quotes however long it gets)."""
    assert long_lines(full[0]) == []


def test_full_package_has_no_unused_or_undefined_names(full: tuple[Path, ModuleType]) -> None:
    """pyflakes' checks (ruff's F rules): no unused import, undefined name or redefinition,
    in the package and its tests; `funcs/__init__` re-exports with `import *` on purpose."""
    assert pyflakes_report(full[0]) == ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _prism_spec(tmp: Path) -> Path:
    """A copy of the spec with boolean `exclusiveMinimum`/`exclusiveMaximum` in 3.1 form."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
                if isinstance(node.get(key), bool):
                    flag = node.pop(key)
                    if flag and bound in node:
                        node[key] = node.pop(bound)
            return {k: fix(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    data = yaml.safe_load(FULL_SPEC.read_text(encoding="utf-8"))
    patched = tmp / "openrouter-full.prism.yaml"
    patched.write_text(yaml.safe_dump(fix(data), sort_keys=False), encoding="utf-8")
    return patched


def _start(spec: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    port = _free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/providers", timeout=1.0)
            return process, f"http://127.0.0.1:{port}"
        except httpx.TransportError:
            time.sleep(0.5)
    _stop(process)
    return None


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not FULL_SPEC.is_file():
        pytest.skip("../shared/specs/openrouter-full.openapi.yaml is absent")
    if not PRISM.is_file():
        if os.environ.get("SDKGEN_REQUIRE_PRISM") == "1":
            pytest.fail(f"Prism not found at {PRISM}; run `npm ci`")
        pytest.skip(f"Prism not found at {PRISM}")
    started = _start(FULL_SPEC) or _start(_prism_spec(tmp_path_factory.mktemp("prism")))
    assert started is not None, f"Prism did not start within {READY_TIMEOUT} s"
    process, url = started
    try:
        yield url
    finally:
        _stop(process)


def test_sample_operations_against_prism(full: tuple[Path, ModuleType], prism_url: str) -> None:
    # Not `models.list` nor `files.list`: the spec's own response examples leave out required
    # properties (`links`/`total_count`; the `_shape` tag), so Prism's answers fail validation,
    # rightly.
    _, sdk = full
    with sdk.OpenRouter(api_key="sk-or-test", server_url=prism_url, retries=None) as client:
        providers = client.providers.list()
        assert providers.data[0].slug
        credits = client.credits.get_credits()
        assert credits.data.total_credits >= 0
        assert client.models.count().data.count >= 0
        zdr = client.endpoints.list_zdr_endpoints()
        assert isinstance(zdr.data, list)
        page = client.guardrails.list(limit=2)  # paginated
        assert page.data and list(itertools.islice(page, 2))
