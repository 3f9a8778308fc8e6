"""Start-up work a cold command no longer does: what it loads and compiles, and the
answers of the shortcuts, which equal those of the paths they replace.

Speed is measured in ``benchmarks/bench_startup.py`` and ``benchmarks/bench_check.py
--cold``; these tests prove equivalence and count work, never time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jpterms import cli
from jpterms.glossary import Glossary, bundled_text, parse

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("columns", [None, "", "0", "-5", "abc", "1", "57", "200"])
def test_the_help_is_as_wide_as_shutil_says(monkeypatch: pytest.MonkeyPatch,
                                            columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns
    ours = cli._Formatter(prog="jpterms")
    theirs = argparse.RawDescriptionHelpFormatter(prog="jpterms")
    assert (ours._width, ours._max_help_position) == (theirs._width, theirs._max_help_position)


def test_a_closed_or_missing_stdout_is_80_columns_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "__stdout__", None)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns == 80


def test_help_text_is_unchanged_at_a_given_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "61")
    for only in (None, "romanize", "check"):
        ours = cli.build_parser(only)
        monkeypatch.setattr(cli, "_Formatter", argparse.RawDescriptionHelpFormatter)
        theirs = cli.build_parser(only)
        monkeypatch.undo()
        monkeypatch.setenv("COLUMNS", "61")
        assert ours.format_help() == theirs.format_help()
        assert ours.format_usage() == theirs.format_usage()


def test_romanize_loads_no_shutil_and_compiles_no_kana_name_pattern() -> None:
    code = ("import sys\nfrom jpterms.cli import main\n"
            "main(['romanize', '東京'])\n"
            "from jpterms import readings\n"
            "print('shutil' in sys.modules, readings._kanji_then_kana_name.cache_info().misses)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["Tōkyō", "False 0"]


def test_the_kana_test_before_the_kanji_then_kana_pattern_changes_no_answer() -> None:
    from jpterms.morpheme_tests import KANA_NAME
    from jpterms.readings import _kanji_then_kana_name

    texts: dict[str, None] = {}
    for name in ("history_terms.tsv", "jawiki_titles.tsv", "aozora_dev.tsv"):
        for line in (DATA / "readings" / name).read_text(encoding="utf-8").splitlines()[1:]:
            texts.setdefault(line.split("\t")[1])
    texts.update(dict.fromkeys(["尼野ゆたか", "中地シゲヨ", "山田じん子", "東京", "ゆたか", "尼野ゆ",
                                "山ーー", "山ゝゝ", "山ヶ谷", "山ゆたかーー", "山ヽヾ"]))
    pattern = _kanji_then_kana_name()
    matched = 0
    for text in texts:
        full = pattern.fullmatch(text) is not None
        assert (KANA_NAME.search(text) is not None and full) == full, text
        matched += full
    assert matched >= 3


def test_the_bundled_glossary_parses_as_before() -> None:
    entries = parse(bundled_text(), "jpterms:glossary.tsv", validate=False)
    assert entries == list(Glossary.bundled().entries)
    # the fast path for rows without variants gives what splitting an empty cell gives
    assert any(e.variants for e in entries) and any(not e.variants for e in entries)
    header = "hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n"
    rows = parse(header + "Kyōgi\t協議\tきょうぎ\tconsultation\tterm\t\t\n"
                 "Gaimushō\t 外務省\tがいむしょう\tMFA\torg\t Gaimusho | |Gaimu-sho \t n \n")
    assert [(e.hepburn, e.kanji, e.variants, e.note) for e in rows] == [
        ("Kyōgi", "協議", (), ""), ("Gaimushō", "外務省", ("Gaimusho", "Gaimu-sho"), "n")]


def _kanji_words() -> list[str]:
    """Two to four characters with a kanji, cut from the written forms of real titles and
    terms in tests/data/readings (dev files only)."""
    from jpterms.kana import has_kanji

    found: dict[str, None] = {}
    for name in ("history_terms.tsv", "jawiki_titles.tsv", "jawiki_admin_terms.tsv"):
        for line in (DATA / "readings" / name).read_text(encoding="utf-8").splitlines()[1:]:
            written = line.split("\t")[1]
            for size in (2, 3, 4):
                for at in range(0, len(written) - size + 1, size):
                    piece = written[at : at + size]
                    if has_kanji(piece):
                        found.setdefault(piece)
    return list(found)


def _walk_piece_by_piece(resolver: object, written: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    """ReadingResolver._walk as it was: each kanji reading walked on its own (the reference
    the shared walk must equal, in its answers and their order), with the listed words of
    two to four characters, the small ke, the unwritten particles between two kanji
    (at most two) and the names of a short input's last kanji of the walk today."""
    from jpterms.kana import _kanji_pattern, has_kanji
    from jpterms.mozcdic import mozc_dictionary
    from jpterms.readings import _NAME_WALK, _SMALL_KE, _UNWRITTEN, to_hiragana

    options: list[tuple[str, ...]] = []
    for at, ch in enumerate(written, 1):
        if ch == "々" and options:
            options.append(options[-1])
        elif ch in _SMALL_KE:
            options.append(_SMALL_KE[ch])
        elif has_kanji(ch):
            named = 1 < at == len(written) <= _NAME_WALK
            pieces = resolver.kanji_pieces(ch, named=named)  # type: ignore[attr-defined]
            if not pieces:
                return {}
            options.append(pieces)
        else:
            options.append((to_hiragana(ch),))
    mozc = mozc_dictionary()
    found: dict[str, tuple[int, tuple[str, ...]]] = {}
    kanji = [bool(_kanji_pattern().fullmatch(ch)) and ch not in _SMALL_KE for ch in written]
    stack: list[tuple[int, int, tuple[str, ...], int]] = [(0, mozc.ROOT, (), 0)]
    while stack:
        i, node, done, added = stack.pop()
        if i == len(written):
            reading = "".join(done)
            for word in mozc.words(node):
                if word.written == written and (
                        reading not in found or (word.cost, done.count("")) < (
                            found[reading][0], found[reading][1].count(""))):
                    # (of two ways to the same reading, the one with fewer words read
                    # whole over several characters: 大神 + 神社, not 大 + 神神社)
                    found[reading] = (word.cost, done)
            continue
        for j in range(i + 2, min(len(written), i + 4) + 1) if kanji[i] else ():
            if not kanji[j - 1] or j - i == len(written):
                break
            for listed in resolver._irregular_readings(written[i:j]):  # type: ignore[attr-defined]
                step = mozc.walk(node, listed)
                if step is not None:
                    stack.append((j, step, (*done, listed, *("",) * (j - i - 1)), added))
        between = added < 2 and i + 1 < len(written) and has_kanji(written[i]) and has_kanji(
            written[i + 1])
        for piece in options[i]:
            nxt = mozc.walk(node, piece)
            if nxt is not None:
                stack.append((i + 1, nxt, (*done, piece), added))
                for particle in _UNWRITTEN if between else ():
                    step = mozc.walk(nxt, particle)
                    if step is not None:
                        stack.append((i + 1, step, (*done, piece + particle), added + 1))
    return found


def test_the_shared_walk_finds_what_walking_each_reading_finds() -> None:
    resolver = Glossary.bundled().romanizer().readings
    words = _kanji_words()
    assert len(words) >= 800
    found = 0
    for written in words[:800]:
        expected = _walk_piece_by_piece(resolver, written)
        got = resolver._walk(written)
        assert list(got.items()) == list(expected.items()), written
        found += bool(got)
    assert found >= 50  # words Mozc lists, read over their kanji


def test_walk_each_reaches_the_nodes_walk_reaches() -> None:
    from jpterms.mozcdic import PieceTrie, mozc_dictionary

    mozc = mozc_dictionary()
    resolver = Glossary.bundled().romanizer().readings
    readings = [resolver.kanji_pieces(ch) for ch in "東京大学日本史料中央公論新社会議"]
    starts = [mozc.ROOT, *(n for r in ("とう", "にほん", "ちゅうおう", "し") if
                           (n := mozc.walk(mozc.ROOT, r)) is not None)]
    shared = 0
    for pieces in [*readings, ("", "こ", "こう", "こう", "ご"), ()]:
        trie = PieceTrie(pieces)
        for node in starts:
            expected = [(k, n) for k, p in enumerate(pieces) if (n := mozc.walk(node, p)) is not None]
            assert mozc.walk_each(node, trie) == expected
            shared += len(expected)
    assert shared >= 40


def test_syllables_tried_by_first_letter_are_those_tried_by_every_length(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import random
    import re

    from jpterms import romaji

    words: dict[str, None] = {}
    for path in sorted(DATA.glob("*.md")) + sorted(DATA.glob("unseen/*.md")):
        for word in re.findall(r"[A-Za-zāīūēōâîûêôĀĪŪĒŌ'’-]+", path.read_text(encoding="utf-8")):
            words.setdefault(word)
    rng = random.Random(8)
    letters = "aiueoāōūnmkgstdzhbpfyrwjcvlqx'-"
    for _ in range(3000):
        words.setdefault("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
    ours = [romaji._syllables(w) for w in words]
    longest = max(map(len, romaji._inverse()))
    every = tuple(range(longest, 0, -1))  # each length, longest first: the search as it was
    monkeypatch.setattr(romaji, "_sizes", lambda: {c: every for c in letters + "abcdefghijklmnopqrstuvwxyz"})
    assert [romaji._syllables(w) for w in words] == ours
    assert sum(s is not None for s in ours) >= 1000


def test_bench_startup_refuses_a_folder_without_jpterms_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    bench = importlib.import_module("bench_startup")
    monkeypatch.setattr(sys, "argv", ["bench_startup.py", "--against", str(tmp_path)])
    with pytest.raises(SystemExit) as exit_:
        bench.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bench_startup.py: error: "), err


def test_the_cold_comparison_runs_the_jpterms_of_each_trees_src(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import os

    root = Path(__file__).resolve().parent.parent
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    bench = importlib.import_module("bench_check")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench.tree_env(tmp_path)
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    here = subprocess.run([sys.executable, "-c", "import jpterms; print(jpterms.__file__)"],
                          env=bench.tree_env(root / "src"), capture_output=True, text=True,
                          check=True).stdout.strip()
    assert Path(here).resolve().is_relative_to((root / "src").resolve())
