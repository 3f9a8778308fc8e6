"""lexicon_forms: the forms of the commonest keys, worked out once and stored, are the
lexicon's own answers; a stored key is not worked out again (no rows, no Mozc walk); the
file is built from the lexicon's files and read back; a damaged one is built again."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from jpterms import cache_builds, lexicon_forms
from jpterms.cache_files import cache_dir, intact, shipped_file, sum_path
from jpterms.glossary import Glossary
from jpterms.lexicon import KeyForms, Lexicon, romaji_key
from jpterms.lexicon_forms import (
    CODE,
    StoredForms,
    build,
    build_job,
    decode,
    decode_spellings,
    encode,
    encode_spellings,
    forms_path,
    spelled_two_ways,
)

_NONE = KeyForms((), False, False)

_DATA = Path(__file__).parent / "data"
_DOCUMENTS = [_DATA / "bibliography_macrons.md", _DATA / "000_4783c9767dffaf4f.txt",
              _DATA / "unseen" / "fogel_bibliography_excerpt.md"]


def _words() -> list[str]:
    """The words of real documents (romanised titles, English prose), and the key of each
    of the bundled glossary's first 100 entries (worked out afresh: a glossary's words
    come first)."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in _DOCUMENTS)
    words = sorted(set(re.findall(r"[A-Za-zāīūēōĀĪŪĒŌ]{2,}", text)))
    return words + [e.key for e in list(Glossary.bundled())[:100]]


def _reference(glossary: Glossary | None = None) -> Lexicon:
    """The default lexicon's files, with Mozc and the bundled glossary (or ``glossary``),
    storing nothing: what the forms are worked out from."""
    base = Lexicon.default()
    return Lexicon(base._trie, glossary or Glossary.bundled(), mozc=True, quick=base._quick)


def _counted_rows(monkeypatch: pytest.MonkeyPatch) -> dict[int, list[str]]:
    """The keys each lexicon (by id) works rows out for."""
    asked: dict[int, list[str]] = {}
    real = Lexicon._rows

    def counting(self: Lexicon, key: str) -> Any:
        asked.setdefault(id(self), []).append(key)
        return real(self, key)

    monkeypatch.setattr(Lexicon, "_rows", counting)
    return asked


def test_stored_forms_are_the_lexicons_answers_and_spare_the_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = Lexicon.default()
    words = _words()
    keys = sorted({romaji_key(w) for w in words} - {""})
    glossary = Glossary.bundled()
    builder = _reference()
    held = set(builder.glossary_keys())
    table = build(builder, None, [k for k in keys if base._quick.get(k) or k in held])
    stored = StoredForms(base._trie, base._quick, None, table=table)
    fresh = _reference()
    quick = Lexicon(base._trie, glossary, mozc=True, quick=base._quick, stored=stored)
    rows = _counted_rows(monkeypatch)
    assert [quick.key_forms(w) for w in words] == [fresh.key_forms(w) for w in words]
    worked_out = {k for k in keys if stored.get(k, bundled=True) is None}
    assert len(keys) > 1000 and len(keys) - len(worked_out) > 300
    assert sorted(rows[id(quick)]) == sorted(worked_out)  # a stored key: no rows, no Mozc
    assert len(held & set(keys)) > 50 and not held & worked_out  # the glossary's keys too
    # the words of a key spelled two ways are stored too: not worked out either
    rows.clear()
    assert [quick.spellings(w) for w in words] == [fresh.spellings(w) for w in words]
    with_words = {k for k in keys if stored.spellings(k, bundled=True) is not None}
    assert len(with_words) > 50 and not with_words & set(rows.get(id(quick), []))
    assert {k for k in with_words if not spelled_two_ways(stored.get(k, bundled=True) or _NONE)} == set()
    # another glossary (a user's: here the bundled entries loaded anew): the keys the
    # bundled glossary holds are worked out afresh, as are those this one holds
    other = Glossary.load([])
    assert not other.is_bundled and glossary.is_bundled
    fresh_other = _reference(other)
    quick_other = Lexicon(base._trie, other, mozc=True, quick=base._quick, stored=stored)
    rows.clear()
    assert [quick_other.key_forms(w) for w in words] == [fresh_other.key_forms(w) for w in words]
    assert held & set(keys) <= set(rows[id(quick_other)])


def test_a_lexicon_without_mozc_or_of_another_database_stores_nothing() -> None:
    base = Lexicon.default()
    assert Lexicon(base._trie, None, mozc=False, quick=base._quick,
                   stored=base.stored_forms).stored_forms is None
    assert base.stored_forms is not None
    assert Lexicon.for_glossary(Glossary.load([])).stored_forms is base.stored_forms


@pytest.mark.parametrize("key", ["toshi", "ko", "sato", "hamondo", "nihon"])
def test_forms_and_words_are_written_and_read_back_exactly(key: str) -> None:
    forms, spellings = _reference().worked_out(key)
    assert decode(encode(forms)) == forms
    assert decode_spellings(encode_spellings(spellings)) == spellings


def test_every_module_that_works_forms_out_is_summed_into_the_name() -> None:
    """A change to any code the forms come from makes a new file: each module of jpterms
    the working-out runs is among CODE (or only finds and opens files)."""
    import jpterms
    from jpterms.glossary import bundled_text, parse

    package = Path(jpterms.__file__).parent
    ran: set[str] = set()

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            ran.add(frame.f_code.co_filename)

    base = Lexicon.default()
    keys = [*base.common_keys(3.0)[::40], "ko", "to", "sato", "toshi", "shobo", "keizai"]
    sys.setprofile(profile)
    try:
        glossary = Glossary(parse(bundled_text(), "jpterms:glossary.tsv", validate=False))
        lexicon = Lexicon(base._trie, glossary, mozc=True, quick=base._quick)
        held = lexicon.glossary_keys()
        for key in keys:
            lexicon.worked_out(key)
    finally:
        sys.setprofile(None)
    assert {"shobo", "keizai"} <= set(held)
    ours = {Path(f).relative_to(package).as_posix() for f in ran
            if Path(f).is_relative_to(package)}
    opening = {"cache_files.py", "cache_builds.py", "package_data.py", "__init__.py"}
    assert ours - opening <= set(CODE), "add the module to lexicon_forms.CODE"
    assert {"lexicon.py", "dictionaries.py", "glossary.py"} <= ours


def test_the_file_is_built_beside_the_lexicon_and_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The companion's job builds the file from the lexicon's files in the folder (here the
    real ones, linked); it is opened and gives the lexicon's answers; damaged, it is built again by a process
    with no companion to build it. (Only the keys of figure 5 or more and 100 of the
    glossary's are stored, to keep the test short.)"""
    Lexicon.load(mozc=False)  # the installed wheel's files, else the user cache's, built if missing
    real = Lexicon.path(cache_dir())
    real = shipped_file(real.name) or real
    mine = Lexicon.path(tmp_path)
    for source, target in ((real, mine), (Lexicon.quick_path(real), Lexicon.quick_path(mine))):
        for one, linked in ((source, target), (sum_path(source), sum_path(target))):
            linked.symlink_to(one)
    monkeypatch.setattr(lexicon_forms, "STORED_FIGURE", 5.0)
    every_held = Lexicon.glossary_keys
    monkeypatch.setattr(Lexicon, "glossary_keys", lambda self: every_held(self)[:100])
    build_job(tmp_path)
    path = forms_path(mine)
    assert intact(path) and path.name.startswith("keyforms-")
    assert cache_builds._job_paths("key-forms", tmp_path) == [path]
    base = Lexicon.default()
    stored = StoredForms(base._trie, base._quick, mine)
    keys = base.common_keys(5.0)
    assert 300 < len(keys) < 5000
    reference = _reference()
    worked_out = [reference.worked_out(k) for k in keys]
    assert [stored.get(k, bundled=True) for k in keys] == [forms for forms, _ in worked_out]
    assert [stored.spellings(k, bundled=True) for k in keys] == [
        spellings if spelled_two_ways(forms) else None for forms, spellings in worked_out]
    assert stored.get("masahiro", bundled=True) is None  # names alone: figure 0, not stored
    # damaged: not opened; with no companion (one core) this process builds it again
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    monkeypatch.setattr(cache_builds, "usable_cores", lambda: 1)
    monkeypatch.setattr(cache_builds.CompanionBuild, "_current", None)
    built: list[Path] = []
    real_build = lexicon_forms.build

    def counted(lexicon: Lexicon, target: Path | None, keys: Any = None) -> Any:
        built.append(target or tmp_path)
        return real_build(lexicon, target, keys)

    monkeypatch.setattr(lexicon_forms, "build", counted)
    again = StoredForms(base._trie, base._quick, mine)
    assert again.get(keys[0], bundled=True) == reference.worked_out_forms(keys[0])
    assert built == [path] and intact(path)
    assert StoredForms(base._trie, base._quick, mine).get(keys[1], bundled=True) is not None
    assert len(built) == 1  # opened, not built, the next time


def test_the_user_caches_file_agrees_with_the_code() -> None:
    """A stored file older than the code it was worked out by would give stale answers:
    the file the default lexicon opens (when it is there) agrees with the code now."""
    lexicon = Lexicon.default()
    stored = lexicon.stored_forms
    assert stored is not None
    if not stored.ready():
        pytest.skip("no stored forms yet: a companion process is building them")
    keys = sorted(set(lexicon.common_keys(lexicon_forms.STORED_FIGURE)[::150])
                  | set(lexicon.glossary_keys()[::20]))
    assert len(keys) > 200
    reference = _reference()
    worked_out = [reference.worked_out(k) for k in keys]
    assert [stored.get(k, bundled=True) for k in keys] == [forms for forms, _ in worked_out]
    assert [stored.spellings(k, bundled=True) for k in keys] == [
        spellings if spelled_two_ways(forms) else None for forms, spellings in worked_out]
