"""One package generated from `feature_spec.yaml` (many OpenAPI features at once), imported."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build, Options, generate

HERE = Path(__file__).resolve().parent
FEATURE_SPEC = HERE / "feature_spec.yaml"
PRISM = HERE.parents[1] / "node_modules" / ".bin" / "prism"


def generate_package(spec: Path, out: Path, package: str) -> tuple[Build, ModuleType]:
    """Generate `spec` into `out` as `package` and import it (fresh)."""
    started = time.perf_counter()
    build, _ = generate(spec, out, Options(package_name=package, cache_dir=out.parent / "cache"))
    print(f"generated {package} in {time.perf_counter() - started:.1f} s")
    src = str(out / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]
    return build, importlib.import_module(package)


def run_generated_suite(
    out: Path, spec: Path, *paths: str, unset: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """A generated package's own tests (`paths` under `out`, default all), the contract ones
    against Prism started from `spec`. Without Prism the test fails under
    SDKGEN_REQUIRE_PRISM=1 (CI) and is skipped otherwise. `unset`: environment variables the
    run must not see."""
    if not PRISM.is_file():
        if os.environ.get("SDKGEN_REQUIRE_PRISM") == "1":
            pytest.fail(f"Prism not found at {PRISM}; run `npm ci`")
        pytest.skip(f"Prism not found at {PRISM}")
    env = {**os.environ, "PYTHONPATH": str(out / "src"), "SDKGEN_PRISM": str(PRISM)}
    env |= {"SDKGEN_SPEC": str(spec), "SDKGEN_REQUIRE_PRISM": "1"}
    for name in unset:
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(paths or ("tests",))],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def long_lines(out: Path, width: int = 100) -> list[str]:
    """Lines of a generated package's source longer than `width`, black's line length, which
    black leaves long in docstrings and comments. Not counted: lines of fewer than four words,
    which no wrapping shortens (a URL, `Name as Name,` of a long class name, a name table)."""
    found = []
    for path in sorted((out / "src").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if len(line) > width and len(line.split()) >= 4:
                found.append(f"{path.relative_to(out)}:{number}: {line}")
    return found


def pyflakes_report(out: Path) -> str:
    """pyflakes' findings (ruff's F rules) on a generated package and its tests, "" if none;
    `funcs/__init__` re-exports with `import *` on purpose."""
    rules = ["--select", "F", "--ignore", "F403,F405"]
    return _findings(out, ["ruff", "check", "--no-cache", *rules, "src", "tests"])


def mypy_report(out: Path, *paths: str) -> str:
    """`mypy --strict` on a generated package (`paths` under `out`, default src and tests), ""
    if it passes."""
    return _findings(out, ["mypy", "--strict", "--no-incremental", *(paths or ("src", "tests"))])


def _findings(out: Path, tool: list[str]) -> str:
    """What `python -m <tool...>` run in `out` reports, "" when it passes."""
    result = subprocess.run(
        [sys.executable, "-m", *tool], cwd=out, capture_output=True, text=True, check=False
    )
    return "" if result.returncode == 0 else result.stdout[-4000:] + result.stderr[-2000:]


@pytest.fixture(scope="session")
def zoo_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    out = tmp_path_factory.mktemp("zoo") / "sdk"
    return generate_package(FEATURE_SPEC, out, "zoo_features")


@pytest.fixture(scope="session")
def zoo(zoo_build: tuple[Build, ModuleType]) -> ModuleType:
    return zoo_build[1]


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers with a fixed response."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.respond: Handler = lambda request: httpx.Response(200, json={})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.respond(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(zoo: ModuleType, recorder: Recorder) -> Iterator[Any]:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with zoo.FeatureZoo(api_key="sk-test", http_client=http, retries=None) as c:
        yield c
    http.close()


@pytest.fixture
def async_client(zoo: ModuleType, recorder: Recorder) -> Any:
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return zoo.AsyncFeatureZoo(api_key="sk-test", http_client=http, retries=None)
