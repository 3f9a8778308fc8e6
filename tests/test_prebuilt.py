"""Cache files shipped in the wheel (``jpterms/data/built/``, see ``hatch_build.py``): a
file named as the installed data versions call for is opened, and nothing is built on the
first run; a damaged one, or one of other versions, leaves the user cache to serve."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from jpterms import cache_builds, cache_files, lexicon, word_frequencies
from jpterms.cache_builds import CompanionBuild
from jpterms.lexicon import Lexicon
from jpterms.reading_index import ReadingIndex
from jpterms.word_frequencies import FrequencyTable


def wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A wheel's folder of built files (empty) and an empty user cache."""
    shipped = tmp_path / "built"
    shipped.mkdir()
    monkeypatch.setattr(cache_files, "SHIPPED", shipped)
    monkeypatch.setattr(CompanionBuild, "_current", None)
    monkeypatch.setattr(cache_builds, "usable_cores", lambda: 2)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return shipped


def _ship(files: list[Path], shipped: Path) -> None:
    """Each file and its sum, as a wheel holds them."""
    for path in files:
        for one in (path, cache_files.sum_path(path)):
            (shipped / one.name).symlink_to(one)


def test_the_wheels_files_are_opened_and_nothing_is_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the real files of this installation's user cache, as a wheel would hold them
    real = cache_files.cache_dir()
    Lexicon.load(mozc=False)
    ReadingIndex.load()
    cache_builds._run_job("wordfreq", real)
    # (from the installed wheel when it ships them, as CI's install does)
    files = [cache_files.shipped_file(p.name) or p
             for p in (Lexicon.path(real), Lexicon.quick_path(Lexicon.path(real)),
                       ReadingIndex.path(real), *cache_builds._job_paths("wordfreq", real))]
    shipped = wheel(tmp_path, monkeypatch)
    _ship(files, shipped)

    def no_build(*args: object) -> None:
        raise AssertionError("built, not opened")

    monkeypatch.setattr(lexicon._Builder, "build", no_build)
    builds = FrequencyTable.builds
    english = FrequencyTable.open("en", "best")
    assert FrequencyTable.builds == builds
    assert english.get("population") == get_frequency_dict("en", "best")["population"]
    assert [r.reading for r in ReadingIndex.load().readings("日本人")][:1] == ["にほんじん"]
    assert [s.hepburn for s in Lexicon.load(mozc=False).spellings("kyogi")][:1] == ["kyōgi"]
    # the companion builds only what the wheel lacks: here nothing but pykakasi's table
    assert CompanionBuild.start(cache_files.cache_dir(), ("wordfreq", "readings")) is None
    assert not list(cache_files.cache_dir().glob("*.marisa*"))


def test_a_damaged_or_other_versions_file_is_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = wheel(tmp_path, monkeypatch)
    path = FrequencyTable.path(("nl",), "small", cache_files.cache_dir())
    (shipped / path.name).write_bytes(b"not a trie")
    older = FrequencyTable.path(("fr",), "small", cache_files.cache_dir())
    format_ = f"-f{word_frequencies.FORMAT}-"
    (shipped / older.name.replace(format_, "-f0-")).write_bytes(b"not a trie")
    builds = FrequencyTable.builds
    dutch = FrequencyTable.open("nl", "small")
    french = FrequencyTable.open("fr", "small")
    assert FrequencyTable.builds == builds + 2  # built in the user cache, as without a wheel
    assert path.is_file() and older.is_file()
    assert dutch.get("fiets") == get_frequency_dict("nl", "small")["fiets"]
    assert french.get("avec") == get_frequency_dict("fr", "small")["avec"]
