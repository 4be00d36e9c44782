"""The peers, each installed from PyPI into its own virtual environment under benchmarks/.envs/."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ENVS = Path(__file__).parent / ".envs"


@dataclass(frozen=True)
class Peer:
    name: str  # directory under .envs/
    requirement: str  # pip requirement, pinned to the series the targets were set against
    dist: str  # distribution name, for reporting the installed version

    @property
    def python(self) -> Path:
        return ENVS / self.name / "bin" / "python"

    @property
    def bin(self) -> Path:
        return ENVS / self.name / "bin"


OPC = Peer("opc", "openapi-python-client>=0.29,<0.30", "openapi-python-client")
OFFICIAL = Peer("openrouter", "openrouter>=1.3,<1.4", "openrouter")


def ensure(peer: Peer) -> str:
    """Create and fill the peer's venv unless the requirement is already installed there; the
    installed version."""
    marker = ENVS / peer.name / ".requirement"
    if not (peer.python.exists() and marker.exists() and marker.read_text() == peer.requirement):
        print(f"installing {peer.requirement} into {peer.python.parent.parent} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", ENVS / peer.name], check=True)
        subprocess.run(
            [peer.python, "-m", "pip", "install", "--quiet", peer.requirement], check=True
        )
        marker.write_text(peer.requirement)
    return subprocess.run(
        [peer.python, "-c", f"import importlib.metadata as m; print(m.version({peer.dist!r}))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
