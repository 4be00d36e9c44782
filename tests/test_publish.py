"""Publishing for real: build, `twine check`, upload to a local pypiserver with authentication,
install from that index alone into a fresh virtual environment and call the API; and the
dependency-range matrix (lowest and newest httpx/pydantic) over the generated offline tests.

Slow (builds, virtual environments, installs): marked `slow`; CI runs them too.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.version import Version

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openrouter-byok.yaml"
DIST_NAME = "openrouter-byok"
START_TIMEOUT = 30.0  # seconds for pypiserver to answer
SMOKE = r"""
import asyncio
import httpx
import openrouter_byok
from openrouter_byok import AsyncOpenRouter, OpenRouter

KEY_ID = "11111111-2222-3333-4444-555555555555"
KEY = {"id": KEY_ID, "provider": "openai", "workspace_id": None, "name": "Prod",
       "label": "sk-...AbCd", "disabled": False, "is_fallback": False, "allowed_models": None,
       "allowed_api_key_hashes": None, "allowed_user_ids": None, "sort_order": 0,
       "created_at": "2025-08-24T10:30:00Z"}


def handler(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer sk-test"
    if request.method == "GET" and request.url.path.endswith("/byok/" + KEY_ID):
        return httpx.Response(200, json={"data": KEY})
    if request.method == "GET" and request.url.path.endswith("/byok"):
        return httpx.Response(200, json={"data": [KEY], "total_count": 1})
    return httpx.Response(404, json={"error": {"code": 404, "message": "no such key"}})


transport = httpx.MockTransport(handler)
client = OpenRouter(api_key="sk-test", http_client=httpx.Client(transport=transport))
assert client.byok.get(id=KEY_ID).data.provider == "openai"
assert [key.id for key in client.byok.list()] == [KEY_ID]
try:
    client.byok.delete(id=KEY_ID)
except openrouter_byok.NotFoundResponseError as exc:
    assert exc.status_code == 404
else:
    raise AssertionError("a 404 must raise NotFoundResponseError")


async def main() -> None:
    aclient = AsyncOpenRouter(api_key="sk-test", http_client=httpx.AsyncClient(transport=transport))
    assert (await aclient.byok.get(id=KEY_ID)).data.id == KEY_ID

asyncio.run(main())

# models accept Python names and wire names (pydantic >= 2.11: validate_by_name)
from pydantic import Field
from openrouter_byok._models import BaseModel

class Aliased(BaseModel):
    app_title: str = Field(alias="X-Title")

assert Aliased(app_title="a").to_dict() == {"X-Title": "a"}
assert Aliased.model_validate({"X-Title": "b"}).app_title == "b"
print("smoke ok", openrouter_byok.__version__, openrouter_byok.__spec_digest__, httpx.__version__)
"""


@dataclass(frozen=True)
class Index:
    url: str  # upload URL (twine --repository-url)
    packages: Path
    username: str
    password: str

    def simple_url(self, password: str | None = None) -> str:
        auth = f"{self.username}:{password or self.password}@"
        return self.url.replace("://", f"://{auth}", 1) + "simple/"

    def files(self) -> list[str]:
        return sorted(p.name for p in self.packages.iterdir() if DIST_NAME[:10] in p.name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(*command: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(c) for c in command], env=env, cwd=cwd, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _htpasswd(path: Path, username: str, password: str) -> None:
    """With passlib, in a child process: its import warns (crypt) and the password goes on
    stdin, never on a command line."""
    script = (
        "import sys; from passlib.apache import HtpasswdFile; "
        "h = HtpasswdFile(sys.argv[1], new=True); "
        "h.set_password(sys.argv[2], sys.stdin.read()); h.save()"
    )
    subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script, str(path), username],
        input=password, text=True, check=True, timeout=60,
    )  # fmt: skip


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text(encoding="utf-8", errors="replace")
        try:
            with urllib.request.urlopen(url + "health", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"pypiserver did not answer within {START_TIMEOUT} s")


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def _installed_deps(packages: Path) -> None:
    """httpx and pydantic (and what they need) in the index too, so that installing from it
    alone works; the same versions as this environment's."""
    pins = [f"httpx=={version('httpx')}", f"pydantic=={version('pydantic')}"]
    pip = [sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:"]
    _run(*pip, "--dest", packages, *pins)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver on a free 127.0.0.1 port, authentication on for upload, download and list."""
    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    password = os.urandom(12).hex()
    _htpasswd(root / "htpasswd", "uploader", password)
    _installed_deps(packages)
    port, log = _free_port(), root / "server.log"
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    command += ["-a", "update,download,list", "-P", str(root / "htpasswd"), str(packages)]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait_until_up(url, server, log)
        yield Index(url, packages, "uploader", password)
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real package: what `generate` writes to generated/ from spec/, written elsewhere so
    that these tests do not depend on generated/ being regenerated (CI's drift gate sees to
    that)."""
    out = tmp_path_factory.mktemp("generated") / "generated"
    assert main(["generate", str(SPEC), "-o", str(out)]) == 0
    return out


@pytest.fixture
def package(generated: Path, tmp_path: Path) -> Path:
    """A copy of the generated package, for a test to publish (or to spoil)."""
    out = tmp_path / "generated"
    shutil.copytree(generated, out)
    return out


def publish(
    package: Path, index: Index, monkeypatch: pytest.MonkeyPatch, password: str | None = None
) -> int:
    monkeypatch.setenv("TWINE_USERNAME", index.username)
    monkeypatch.setenv("TWINE_PASSWORD", password or index.password)
    dist = package.parent / "dist"
    return main(["publish", str(SPEC), "-o", str(package), "--repository-url", index.url,
                 "--dist-dir", str(dist)])  # fmt: skip


def _fresh_env(tmp_path: Path, name: str) -> Path:
    venv = tmp_path / name
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    return venv / "bin" / "python"


def _pip_into(python: Path, *args: str | Path, env: dict[str, str] | None = None) -> None:
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", *args, env=env)


def _index_only_env() -> dict[str, str]:
    """No pip configuration, no extra index or find-links: the given index alone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k != "PYTHONPATH"}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.mark.slow
def test_publish_refuses_drift_and_uploads_nothing(
    package: Path, index: Index, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = index.files()
    version_file = package / "src" / "openrouter_byok" / "_version.py"
    version_file.write_text(version_file.read_text(encoding="utf-8") + "# hand edit\n")
    assert publish(package, index, monkeypatch) == 1
    out = capsys.readouterr()
    assert "refusing to upload" in out.err and "build ok" not in out.out
    assert index.files() == before
    assert not (package.parent / "dist").exists()


@pytest.mark.slow
def test_wrong_password_is_refused(
    package: Path, index: Index, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = index.files()
    assert publish(package, index, monkeypatch, password="not-the-password") == 1
    out = capsys.readouterr()
    assert "refused the credentials in TWINE_USERNAME / TWINE_PASSWORD" in out.err
    assert "not-the-password" not in out.out + out.err
    assert index.files() == before


@pytest.mark.slow
def test_upload_then_install_from_that_index_only(
    package: Path,
    index: Index,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert publish(package, index, monkeypatch) == 0
    out = capsys.readouterr()
    assert "twine check ok" in out.out and f"uploaded {DIST_NAME} 0." in out.out
    uploaded = index.files()
    assert sorted(f.rsplit(".", 1)[-1] for f in uploaded) == ["gz", "whl"]
    for text in (out.out, out.err, *_texts(package.parent)):
        assert index.password not in text  # nothing printed or written to disk

    assert publish(package, index, monkeypatch) == 1  # the same version again
    assert "already has openrouter-byok 0." in capsys.readouterr().err
    assert index.files() == uploaded

    python = _fresh_env(tmp_path, "venv")
    _pip_into(python, "--index-url", index.simple_url(), DIST_NAME, env=_index_only_env())
    installed = _run(python, "-c", "import openrouter_byok; print(openrouter_byok.__file__)")
    assert installed.startswith(str(tmp_path / "venv"))
    stamped = _version_file(package)
    smoke = _run(python, "-c", SMOKE)
    assert f"smoke ok {stamped['__version__']} {stamped['__spec_digest__']}" in smoke


def _texts(directory: Path) -> Iterator[str]:
    for path in directory.rglob("*"):
        if path.is_file() and path.suffix != ".whl" and not path.name.endswith(".tar.gz"):
            yield path.read_text(encoding="utf-8", errors="replace")


def _version_file(package: Path) -> dict[str, str]:
    text = (package / "src" / "openrouter_byok" / "_version.py").read_text(encoding="utf-8")
    return dict(re.findall(r'(__\w+__) = "([^"]*)"', text))


def test_publish_needs_credentials_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    assert main(["publish", "--repository-url", "http://127.0.0.1:9/"]) == 2
    assert "set TWINE_USERNAME and TWINE_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("TWINE_USERNAME", "u")
    monkeypatch.setenv("TWINE_PASSWORD", "p")
    assert main(["publish", "--repository-url", "http://u:secret@127.0.0.1:9/"]) == 2
    assert "must not carry credentials" in capsys.readouterr().err


# --- the built distributions and the dependency range ---


@pytest.fixture(scope="module")
def wheel(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist and wheel, built with `python -m build` and passing `twine check`."""
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", dist, generated)
    files = sorted(dist.iterdir(), key=lambda f: f.suffix)
    assert [f.suffix for f in files] == [".gz", ".whl"]
    _run(sys.executable, "-m", "twine", "--no-color", "check", "--strict", *files)
    return files[1]


def _declared(generated: Path) -> dict[str, str]:
    """Dependency name → specifier, from the generated pyproject.toml."""
    pyproject = tomllib.loads((generated / "pyproject.toml").read_text(encoding="utf-8"))
    found = (
        re.fullmatch(r"([A-Za-z0-9_.-]+)(.*)", d) for d in pyproject["project"]["dependencies"]
    )
    return {m.group(1): m.group(2) for m in found if m}


@pytest.mark.slow
def test_metadata_is_complete(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode()
    assert "License-Expression: MIT" in metadata
    assert "Requires-Python: >=3.11" in metadata
    assert re.search(r"(?m)^Project-URL: Homepage, https://", metadata)
    assert "Classifier: Typing :: Typed" in metadata
    assert "Description-Content-Type: text/markdown" in metadata
    for dependency in ("httpx", "pydantic"):
        (spec,) = re.findall(rf"(?m)^Requires-Dist: {dependency}(.*)$", metadata)
        # lower-bounded, capped only below the next major version, never pinned
        assert re.fullmatch(r"<\d+,>=[\d.]+", spec.strip()), spec


@pytest.mark.slow
@pytest.mark.parametrize("which", ["lowest", "newest"])
def test_dependency_range(wheel: Path, generated: Path, which: str, tmp_path: Path) -> None:
    declared = _declared(generated)
    assert set(declared) == {"httpx", "pydantic"}
    lowest = {name: re.findall(r">=([\d.]+)", spec)[0] for name, spec in declared.items()}
    wanted = {n: f"=={v}" for n, v in lowest.items()} if which == "lowest" else declared
    python = _fresh_env(tmp_path, which)
    _pip_into(python, "--no-deps", wheel)
    tools = [f"pytest=={version('pytest')}", f"pytest-asyncio=={version('pytest-asyncio')}"]
    _pip_into(python, "--upgrade", *(n + s for n, s in wanted.items()), *tools)
    smoke = _run(python, "-c", SMOKE)
    assert "smoke ok" in smoke
    httpx_version = smoke.split()[-1]
    if which == "lowest":
        assert Version(httpx_version) == Version(lowest["httpx"])
        pydantic = _run(python, "-c", "import pydantic; print(pydantic.VERSION)").strip()
        assert Version(pydantic) == Version(lowest["pydantic"])
    if (generated / "tests").is_dir():  # the generated offline tests, against the installed wheel
        project = tmp_path / "project"
        shutil.copytree(generated, project, ignore=shutil.ignore_patterns("src"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("SDKGEN_")}
        report = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                      "not contract", "tests", env=env, cwd=project)  # fmt: skip
        assert " passed" in report
        print(which, httpx_version, report.strip().splitlines()[-1])  # shown with -s
