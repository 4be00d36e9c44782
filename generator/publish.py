"""Publish the generated package: check → build (sdist + wheel) → twine check → twine upload.

Nothing is uploaded unless `check` finds the output in sync with the spec (no hand edits, no
digest disagreement) and `twine check --strict` accepts both files. Credentials come only from
the environment (TWINE_USERNAME, TWINE_PASSWORD), are passed to twine alone, never written to
disk and never printed: twine's output is shown with the password masked. Exit status: 0
uploaded, 1 refused (drift, failed build or check, the index said no), 2 bad input.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from . import pipeline
from .diagnostics import GeneratorError, Problem

_CREDENTIALS = ("TWINE_USERNAME", "TWINE_PASSWORD")
_SHOWN = ("Uploading", "View at", "ERROR", "WARNING")  # twine's lines without verbose detail


def publish(
    spec: Path,
    out: Path,
    repository_url: str,
    options: pipeline.Options | None = None,
    dist_dir: Path | None = None,
    isolation: bool = True,
) -> int:
    _check_arguments(repository_url)
    result, drift = pipeline.check(spec, out, options or pipeline.Options())
    for block in drift:
        print(block, file=sys.stderr)
    settings = result.api.settings
    name = f"{settings.dist_name} {settings.version}"
    if drift:
        print(
            f"publish: refusing to upload {name}: {out} is not what {spec} generates "
            f"({len(drift)} problem(s) above); run `python -m generator generate` first",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="sdkgen-dist-") as tmp:
        dist = Path(tmp)
        if not _run("build", _build_command(out, dist, isolation), _without_credentials()):
            return 1
        files = sorted(str(p) for p in dist.iterdir())
        if not _run("twine check", [*_twine("check", "--strict"), *files], _without_credentials()):
            return 1
        if dist_dir is not None:
            dist_dir.mkdir(parents=True, exist_ok=True)
            for file in files:
                shutil.copy2(file, dist_dir)
        upload = [*_twine("upload", "--non-interactive", "--disable-progress-bar")]
        upload += ["--repository-url", repository_url, *files]
        return _upload(upload, name, repository_url)


def _check_arguments(repository_url: str) -> None:
    problems = []
    url = urlsplit(repository_url)
    if url.scheme not in ("http", "https") or not url.hostname:
        problems.append(f"--repository-url must be an http(s) URL, not {repository_url!r}")
    elif url.username or url.password:
        problems.append(
            "--repository-url must not carry credentials; set TWINE_USERNAME and TWINE_PASSWORD"
        )
    missing = [name for name in _CREDENTIALS if not os.environ.get(name)]
    if missing:
        problems.append(f"set {' and '.join(missing)} in the environment to upload")
    if problems:
        raise GeneratorError(Problem("<command line>", 1, "#", p) for p in problems)


def _build_command(out: Path, dist: Path, isolation: bool) -> list[str]:
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist)]
    return [*command, *([] if isolation else ["--no-isolation"]), str(out)]


def _twine(*args: str) -> list[str]:
    return [sys.executable, "-m", "twine", "--no-color", *args]


def _without_credentials() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _CREDENTIALS}


def _run(step: str, command: list[str], env: dict[str, str]) -> bool:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        print(_mask(done.stdout + done.stderr), file=sys.stderr)
        print(f"publish: {step} failed (exit {done.returncode}); nothing uploaded", file=sys.stderr)
        return False
    print(f"publish: {step} ok")
    return True


def _upload(command: list[str], name: str, repository_url: str) -> int:
    # --verbose: the index's reason for a refusal is only in the response body. The null
    # keyring: twine neither reads nor stores credentials anywhere but the environment.
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run(
        [*command, "--verbose"], env=env, capture_output=True, text=True, timeout=900
    )
    output = _mask(re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr))
    shown = [ln.rstrip() for ln in output.splitlines() if ln.startswith(_SHOWN)]
    if done.returncode == 0:
        print("\n".join([*shown, f"publish: uploaded {name} to {repository_url}"]))
        return 0
    print(
        "\n".join([*shown, f"publish: {_refusal(output, name, repository_url)}"]), file=sys.stderr
    )
    return 1


def _refusal(output: str, name: str, repository_url: str) -> str:
    lowered = output.lower()
    if "409 conflict" in lowered or "already exist" in lowered:
        return (
            f"{repository_url} already has {name}; an index never takes the same version twice. "
            "Regenerate from the changed spec (the version is bumped) or raise the pinned version"
        )
    if any(code in lowered for code in ("401 unauthorized", "403 forbidden", "authentication")):
        return f"{repository_url} refused the credentials in TWINE_USERNAME / TWINE_PASSWORD"
    return f"uploading {name} to {repository_url} failed; see twine's output above"


def _mask(text: str) -> str:
    for name in _CREDENTIALS:
        secret = os.environ.get(name, "")
        text = text.replace(secret, "****") if len(secret) >= 4 else text
    return text
