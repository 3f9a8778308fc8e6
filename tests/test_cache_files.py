"""cache_files: a build runs without the cyclic collector, which comes back as it was; a
cache file is opened only when it matches its sum, and built again otherwise."""

import gc
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import marisa_trie
import pytest
from tests.conftest import reading_index_file

from jpterms import cache_files
from jpterms.cache_files import cache_dir, intact, paused_gc, save_trie, seal, sum_path


def test_paused_gc_restores_the_collector_even_after_an_error() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("a failed build")
    assert gc.isenabled()


def test_paused_gc_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- sums: a damaged cache file is seen at open and built again -----------------------

def _flip(path: Path, count: int, seed: int = 7) -> None:
    """XOR ``count`` random bytes of ``path`` in place (bit rot, a stray write)."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(count):
        i = rng.randrange(len(data))
        data[i] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))


def test_a_sealed_file_is_intact_until_any_byte_changes(tmp_path: Path) -> None:
    target = tmp_path / "table.marisa"
    (tmp_path / "t.tmp").write_bytes(b"x" * 10_000)
    seal(tmp_path / "t.tmp", target)
    assert intact(target) and not (tmp_path / "t.tmp").exists()
    _flip(target, 1)
    assert not intact(target)  # same length, one byte changed
    (tmp_path / "t.tmp").write_bytes(b"x" * 10_000)
    seal(tmp_path / "t.tmp", target)
    assert intact(target)
    with target.open("r+b") as f:
        f.truncate(5_000)
    assert not intact(target)
    sum_path(target).unlink()
    target.write_bytes(b"x" * 10_000)
    assert not intact(target)  # a file without its sum (an older jpterms') is not trusted
    sum_path(target).write_bytes(b"\xff\x00 garbage")
    assert not intact(target)
    assert not intact(tmp_path / "missing.marisa") and not intact(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_place_of_a_file_or_its_sum_is_not_waited_on(tmp_path: Path) -> None:
    target = tmp_path / "table.marisa"
    (tmp_path / "t.tmp").write_bytes(b"abc")
    seal(tmp_path / "t.tmp", target)
    sum_path(target).unlink()
    os.mkfifo(sum_path(target))  # opening it to read would wait for a writer for ever
    assert not intact(target)
    sum_path(target).unlink()
    (tmp_path / "t.tmp").write_bytes(b"abc")
    seal(tmp_path / "t.tmp", target)
    target.unlink()
    os.mkfifo(target)
    assert not intact(target)


def test_the_sum_is_in_place_before_the_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    renamed: list[str] = []
    real_replace = os.replace

    def recording_replace(src: Any, dst: Any) -> None:
        renamed.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)
    save_trie(marisa_trie.Trie(["a", "b"]), tmp_path / "t.marisa")
    assert renamed == ["t.marisa.sum", "t.marisa"]  # whoever sees the file finds its sum
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.marisa", "t.marisa.sum"]


def test_a_word_table_with_flipped_bytes_is_built_again(tmp_path: Path) -> None:
    from jpterms.word_frequencies import FrequencyTable

    first = FrequencyTable.highest(("nl",), "small", cache_dir=tmp_path)
    words = ["het", "de", "todesstrafe", "gemeente", "zzzq"]
    answers = [first.get(w) for w in words]
    (path,) = tmp_path.glob("wordfreq-nl-small-*.marisa")
    _flip(path, 50)
    builds = FrequencyTable.builds
    again = FrequencyTable.highest(("nl",), "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == builds + 1  # the damaged file was not opened
    assert [again.get(w) for w in words] == answers
    assert intact(path)  # built over, with its sum
    FrequencyTable.highest(("nl",), "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == builds + 1  # and opened next time


def test_a_reading_index_with_flipped_bytes_is_not_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real index file, 0.1% of its bytes flipped (which made ``jpterms romanize``
    raise UnicodeDecodeError or die of a segmentation fault), is built again; the
    build itself is replaced by a small one here to keep the test fast."""
    import shutil

    from jpterms import reading_index
    from jpterms.reading_index import ReadingIndex

    real = reading_index_file()  # (the wheel's copy, or the user cache's)
    assert intact(real)
    mine = ReadingIndex.path(tmp_path)
    shutil.copyfile(real, mine)
    shutil.copyfile(sum_path(real), sum_path(mine))
    built: list[str] = []

    def small_records(db: str) -> list[tuple[str, bytes]]:
        built.append(db)
        return [("日本", "にほん\x1fjmdict\x1f1\x1f".encode())]

    monkeypatch.setattr(reading_index, "_records", small_records)
    monkeypatch.setattr(reading_index, "database", lambda: "db")
    assert ReadingIndex.load(tmp_path).readings("日本人")  # opened: the whole index
    assert built == []
    _flip(mine, 8_000)
    index = ReadingIndex.load(tmp_path)
    assert built == ["db"] and "日本人" not in index
    assert intact(mine)


# --- stamps: a file found intact is not read through again until it changes -----------

def _later(monkeypatch: pytest.MonkeyPatch, seconds: float = 60.0) -> None:
    """The clock moved on by ``seconds``: the files written so far are old enough to stamp."""
    import time

    now = time.time_ns()
    monkeypatch.setattr(time, "time_ns", lambda: now + int(seconds * 1e9))


def _next_tick(path: Path) -> None:
    """Wait until the file system's clock has moved past ``path``'s last change (a few
    milliseconds at most), as it has for any file a stamp is written for."""
    probe = path.with_name("probe")
    changed = path.stat().st_ctime_ns
    for _ in range(1_000_000):
        probe.write_bytes(b"")
        if probe.stat().st_ctime_ns > changed:
            break
    probe.unlink()


def _sealed(folder: Path, data: bytes = b"a table " * 5_000) -> Path:
    target = folder / "table.marisa"
    (folder / "t.tmp").write_bytes(data)
    seal(folder / "t.tmp", target)
    return target


def test_a_stamped_file_is_not_read_again_until_it_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        record_calls: Callable[[object, str], list[Any]]) -> None:
    import shutil

    from jpterms.cache_files import stamp_path

    target = _sealed(tmp_path)
    reads = record_calls(cache_files, "_checksum")
    assert intact(target) and len(reads) == 1
    assert not stamp_path(target).exists()  # just written: not stamped yet
    _later(monkeypatch)
    assert intact(target) and len(reads) == 2 and stamp_path(target).is_file()
    assert intact(target) and intact(target) and len(reads) == 2  # not read again
    # a byte changed in place, its modification time put back: the change time moved
    times = target.stat()
    _next_tick(target)
    with target.open("r+b") as f:
        f.seek(1234)
        f.write(b"A")
    os.utime(target, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert not intact(target) and len(reads) == 3
    # the same bytes in a copy with the same times (another inode): read, then stamped
    target = _sealed(tmp_path)
    copy = tmp_path / "copy"
    shutil.copy2(target, copy)
    os.replace(copy, target)
    reads.clear()
    assert intact(target) and intact(target) and len(reads) == 1
    # truncated, or its sum changed: no stamp vouches for it
    with target.open("r+b") as f:
        f.truncate(1000)
    assert not intact(target)
    target = _sealed(tmp_path)
    assert intact(target) and intact(target)
    layout, size, _ = sum_path(target).read_text().split()
    sum_path(target).write_text(f"{layout} {size} 0badc0de\n")
    assert not intact(target)


def test_a_wheels_file_is_stamped_in_the_user_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        record_calls: Callable[[object, str], list[Any]]) -> None:
    from jpterms.cache_files import shipped_file, stamp_path

    shipped = tmp_path / "built"
    shipped.mkdir()
    monkeypatch.setattr(cache_files, "SHIPPED", shipped)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    target = _sealed(shipped)
    reads = record_calls(cache_files, "_checksum")
    _later(monkeypatch)
    assert shipped_file(target.name) == target and len(reads) == 1
    assert sorted(p.name for p in shipped.iterdir()) == ["table.marisa", "table.marisa.sum"]
    assert stamp_path(target).parent == cache_dir() / "stamps" and stamp_path(target).is_file()
    assert shipped_file(target.name) == target and len(reads) == 1
