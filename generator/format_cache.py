"""The format cache: black's output by a digest of its input, all in one SQLite file.

One file rather than one per text: a first run on the full OpenRouter spec stores ~2,400
texts, and creating 2,400 files cost about a second of kernel time there (ext4 allocating
inodes, slower still right after a directory was deleted), where one transaction costs a few
milliseconds; a warm run reads them with a few queries instead of 2,400 opens.

The cache is an optimisation only. A locked, read-only, missing or damaged file makes it
answer nothing and store nothing; deleting it at any time is safe and never changes the output.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path

FILE = "black.sqlite3"
# Entries are never looked at again once their spec moved on: past this size the file starts
# anew rather than growing without bound (the full OpenRouter spec fills ~4 MB).
_MAX_BYTES = 256 * 1024 * 1024
_BATCH = 500  # bound parameters per query: well under SQLite's oldest limit (999)
_SCHEMA = "CREATE TABLE IF NOT EXISTS formatted (key BLOB PRIMARY KEY, text TEXT) WITHOUT ROWID"


class FormatCache:
    """Formatted texts keyed by sha256(salt + text); `salt` names what else the output depends
    on (black's version and options)."""

    def __init__(self, directory: Path, salt: bytes) -> None:
        self.path = directory / FILE
        self.salt = salt

    def _key(self, text: str) -> bytes:
        return hashlib.sha256(self.salt + text.encode()).digest()

    def has_entries(self) -> bool:
        """Whether anything was ever stored: opened read-only, so asking creates nothing."""
        if not self.path.is_file():
            return False
        try:
            with closing(sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)) as db:
                return db.execute("SELECT 1 FROM formatted LIMIT 1").fetchone() is not None
        except sqlite3.Error:
            return False

    def get_many(self, texts: Iterable[str]) -> dict[str, str]:
        """The formatted text of each of `texts` the cache holds."""
        if not self.path.is_file():
            return {}
        by_key = {self._key(t): t for t in texts}
        keys, found = list(by_key), {}
        try:
            with closing(self._connect()) as db:
                for start in range(0, len(keys), _BATCH):
                    batch = keys[start : start + _BATCH]
                    marks = ",".join("?" * len(batch))
                    query = f"SELECT key, text FROM formatted WHERE key IN ({marks})"
                    for key, text in db.execute(query, batch):
                        found[by_key[key]] = text
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, formatted: Mapping[str, str]) -> None:
        """Store each original text's formatted text, in one transaction."""
        if not formatted:
            return
        rows = [(self._key(original), text) for original, text in formatted.items()]
        try:
            if self.path.is_file() and self.path.stat().st_size > _MAX_BYTES:
                self.path.unlink()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as db, db:
                db.execute(_SCHEMA)
                db.executemany("INSERT OR REPLACE INTO formatted VALUES (?, ?)", rows)
        except sqlite3.OperationalError:
            pass  # e.g. a read-only home, or another run holding the lock past the timeout
        except sqlite3.DatabaseError:  # not an SQLite file (damaged): the next run starts anew
            self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        # A cache: a power cut may cost entries (a damaged file reads as empty), never output.
        db.execute("PRAGMA synchronous=OFF")
        return db
