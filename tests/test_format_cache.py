"""The format cache: one SQLite file, an optimisation only (any trouble: no answers, no error)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from generator import format_cache
from generator.format_cache import FILE, FormatCache


def test_round_trip_in_one_file(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache", b"black 1")
    assert cache.get_many(["x=1\n"]) == {}
    assert not cache.has_entries()
    assert not (tmp_path / "cache").exists()  # asking creates nothing
    texts = {f"x={i}\n": f"x = {i}\n" for i in range(1200)}  # more than one query's batch
    cache.put_many(texts)
    assert os.listdir(tmp_path / "cache") == [FILE]
    assert cache.has_entries()
    assert cache.get_many([*texts, "y=2\n"]) == texts
    cache.put_many({"x=1\n": "x = 1\n"})  # stored again: replaced, not a duplicate key
    assert cache.get_many(["x=1\n"]) == {"x=1\n": "x = 1\n"}


def test_another_salt_is_another_key(tmp_path: Path) -> None:
    FormatCache(tmp_path, b"black 1").put_many({"x=1\n": "x = 1\n"})
    assert FormatCache(tmp_path, b"black 2").get_many(["x=1\n"]) == {}


def test_a_damaged_file_answers_nothing_and_is_replaced(tmp_path: Path) -> None:
    (tmp_path / FILE).write_bytes(b"not a database, " * 100)
    cache = FormatCache(tmp_path, b"black 1")
    assert cache.get_many(["x=1\n"]) == {}
    assert not cache.has_entries()
    cache.put_many({"x=1\n": "x = 1\n"})  # drops the damaged file
    cache.put_many({"x=1\n": "x = 1\n"})  # and starts anew
    assert cache.get_many(["x=1\n"]) == {"x=1\n": "x = 1\n"}


def test_a_file_in_place_of_the_directory_stores_nothing(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("")
    FormatCache(tmp_path / "cache", b"black 1").put_many({"x=1\n": "x = 1\n"})
    assert (tmp_path / "cache").read_text() == ""


def test_a_directory_in_the_way_stores_nothing(tmp_path: Path) -> None:
    (tmp_path / FILE).mkdir()
    cache = FormatCache(tmp_path, b"black 1")
    cache.put_many({"x=1\n": "x = 1\n"})
    assert cache.get_many(["x=1\n"]) == {}
    assert not cache.has_entries()


def test_a_full_cache_starts_anew(tmp_path: Path, monkeypatch: Any) -> None:
    cache = FormatCache(tmp_path, b"black 1")
    cache.put_many({"x=1\n": "x = 1\n"})
    monkeypatch.setattr(format_cache, "_MAX_BYTES", 1)
    cache.put_many({"y=2\n": "y = 2\n"})
    assert cache.get_many(["x=1\n", "y=2\n"]) == {"y=2\n": "y = 2\n"}
