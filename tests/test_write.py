"""write: only changed files are touched, stale generated files go, foreign files stay."""

from __future__ import annotations

from pathlib import Path

from generator.render import RenderedFile
from generator.write import MANIFEST, check_tree, manifest_file, write_tree


def tree(*files: RenderedFile) -> list[RenderedFile]:
    return [*files, manifest_file(files, "generated from test; do not edit")]


def test_first_write_then_nothing_changes(tmp_path: Path) -> None:
    files = tree(RenderedFile("a.py", "x = 1\n"), RenderedFile("pkg/b.md", "# b\n"))
    first = write_tree(tmp_path, files)
    assert sorted(first.written) == [MANIFEST, "a.py", "pkg/b.md"]
    mtime = (tmp_path / "a.py").stat().st_mtime_ns
    second = write_tree(tmp_path, files)
    assert second.written == [] and len(second.unchanged) == 3
    assert (tmp_path / "a.py").stat().st_mtime_ns == mtime


def test_only_changed_file_is_rewritten(tmp_path: Path) -> None:
    write_tree(tmp_path, tree(RenderedFile("a.py", "x = 1\n"), RenderedFile("b.py", "y = 1\n")))
    summary = write_tree(
        tmp_path, tree(RenderedFile("a.py", "x = 2\n"), RenderedFile("b.py", "y = 1\n"))
    )
    assert summary.written == ["a.py"]
    assert (tmp_path / "a.py").read_text() == "x = 2\n"


def test_stale_generated_files_removed_but_foreign_files_kept(tmp_path: Path) -> None:
    write_tree(tmp_path, tree(RenderedFile("a.py", "1\n"), RenderedFile("old/gone.py", "2\n")))
    (tmp_path / "notes.txt").write_text("mine")
    summary = write_tree(tmp_path, tree(RenderedFile("a.py", "1\n")))
    assert summary.removed == ["old/gone.py"]
    assert not (tmp_path / "old").exists()  # emptied directories are pruned
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_manifest_cannot_point_outside_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.py"
    victim.write_text("keep")
    (out / MANIFEST).write_text("../victim.py\n/etc/passwd\n")
    write_tree(out, tree(RenderedFile("a.py", "1\n")))
    assert victim.read_text() == "keep"


def test_check_reports_changed_missing_and_stale(tmp_path: Path) -> None:
    write_tree(tmp_path, tree(RenderedFile("a.py", "x = 1\n"), RenderedFile("b.py", "2\n")))
    (tmp_path / "a.py").write_text("x = 99\n")
    expected = tree(RenderedFile("a.py", "x = 1\n"), RenderedFile("c.py", "3\n"))
    report = check_tree(tmp_path, expected)
    kinds = sorted(block.split(":")[0] for block in report)
    assert kinds == ["changed", "changed", "missing", "stale"]  # manifest changed too
    changed = next(b for b in report if b.startswith("changed: a.py"))
    assert "-x = 99" in changed and "+x = 1" in changed


def test_check_in_sync_is_empty(tmp_path: Path) -> None:
    files = tree(RenderedFile("a.py", "x = 1\n"))
    write_tree(tmp_path, files)
    assert check_tree(tmp_path, files) == []
