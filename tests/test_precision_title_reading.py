"""A title word that exists as written, read with the words around it (issue 8): for a
writer who marks no long vowel anywhere, lookup's lattice reads the title's words
together, and where it reads the word long, the word gets a *possible* finding, never
fixed (*Shinshu Hitachi shishi* is 信州, *Shinshū*, though *shinshu* 新種 is as common).
Where the writer marks long vowels, nothing changes. Titles of Drixler's bibliography
(vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/00/Bibliography.md, lines 1628,
700, 3140 and 3118; see tests/data/README.md) and of Fogel's *Between China and Japan*
(vishvAsa/notes@0507cf60f, .../fogel_china_japan/; tests/data/unseen/README.md)
as BibTeX titles, macrons stripped, as benchmarks/measure_precision.py makes them."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.findings import POSSIBLE

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
_TITLES = ("Shinshū Hitachi shishi", "Zenkoku Minji kanrei ruishū", "Edo jidai no toshi jinkō",
           "Kinsei Ōtsuki-mura", "Shinsho no hōran, shichō taisei no kakuritsu")
_BIB = "".join(f"@book{{t{i},\n  title = {{{t}}},\n}}\n" for i, t in enumerate(_TITLES))


def _found(text: str, path: str = "titles.bib") -> dict[str, tuple[str, str]]:
    return {f.text: (f.suggestions[0], f.confidence)
            for f in jpterms.check(text, path=path) if f.suggestions}


def test_the_words_around_a_word_read_it_long() -> None:
    found = _found(_BIB.translate(_STRIP))
    assert found["Shinshu"] == ("Shinshū", POSSIBLE)
    assert found["ruishu"] == ("ruishū", POSSIBLE)
    assert found["jinko"][0] == "jinkō"
    assert "toshi" not in found  # 都市 in Edo jidai no toshi jinko, not 投資 tōshi
    assert found["Otsuki-mura"] == ("Ōtsuki-mura", POSSIBLE)  # part by part
    assert found["horan"] == ("hōran", POSSIBLE)  # 抱卵, though the conversion read ho ran


def test_nothing_changes_where_the_writer_marks_long_vowels() -> None:
    assert jpterms.check(_BIB, path="titles.bib") == []
    line = "Saitō Seiji, *Shinshū Hitachi shishi* \\(1994\\).\n"
    assert jpterms.check(line, path="bibliography.md") == []
    assert _found(line.translate(_STRIP), "bibliography.md")["Shinshu"] == ("Shinshū", POSSIBLE)


def test_a_title_of_one_word_has_no_words_around_it() -> None:
    # Fogel's bibliography cites a journal *Tōyō*: no words around it read it (投与 tōyo is
    # as common as 東洋), but the lexicon judges a one-word title in lower case, as no
    # given name (豊 Toyo), and more words share the spelling tōyō: possible
    from jpterms.spelling import SpellingJudge

    assert SpellingJudge.for_glossary(None).title_reading("Toyo") == {}
    assert _found("@book{t, title = {Toyo}}\n")["Toyo"] == ("Tōyō", POSSIBLE)
    # the entry as Fogel's bibliography gives it ("Matsumoto Tadao. “Shanhai ni okeru
    # Nihonjin hatten no shoki” ... *Tōyō* 42"), the journal in its own field
    entry = ("@article{m,\n  author = {Matsumoto Tadao},\n  title = {Shanhai ni okeru Nihonjin "
             "hatten no shoki},\n  journal = {Toyo},\n  number = {42},\n  year = {1939},\n}\n")
    assert _found(entry, "m.bib") == {"Toyo": ("Tōyō", POSSIBLE)}


def test_a_word_read_both_ways_stands() -> None:
    # 類聚 is ruiju and ruijū in JMdict: the HDIC references write Ruiju (hdic_ruiju excerpt)
    line = 'Ikeda, Shoju. "Zushoryobon *Ruiju Myogisho* no Tanji Jishoteki Seikaku".\n'
    assert "Ruiju" not in _found(line, "bibliography.md")
    assert "Ruiju" not in _found("@book{t, title = {Ruiju Myogisho}}\n")


def test_a_title_is_read_only_for_a_word_with_a_native_rival(monkeypatch: pytest.MonkeyPatch) -> None:
    # Work counted, not timed: the lattice reading of a title's words (a few ms a window)
    # is the dearest step of checking a bibliography written without macrons, so a word
    # whose longer spellings no native word the reading could choose holds is never read.
    from jpterms.spelling import SpellingJudge
    from jpterms.title_readings import TitleReadings

    judge = SpellingJudge.for_glossary(None)
    titles = judge.titles
    assert titles._rivals("Shinshu") == {"shinshū"}
    assert titles._rivals("ki") == frozenset()  # kī: キー, Key, χ (Meiji-ki)
    assert titles._rivals("jiten") == frozenset()  # jīten: Mozc's G10
    # 投資 tōshi is 5.0 as a glossary term, which the reading does not prefer, 4.7 in JMdict:
    # no rival of 都市 toshi (6.3)
    assert titles._rivals("toshi") == frozenset()
    read: list[str] = []
    real = TitleReadings._reading
    monkeypatch.setattr(TitleReadings, "_reading",
                        lambda self, title: read.append(title) or real(self, title))
    # the particle between two parts of a word (nō 能, 農 elsewhere) is not read
    assert judge.read_in_title("Hitachi-no-kuni", "Hitachi-no-kuni Kuji-gun shi") is None
    assert judge.read_in_title("Meiji-ki", "Meiji-ki no jinko") is None
    assert read == []
    # a word's rivals are worked out once, however many titles hold it
    assert judge.read_in_title("Shinshu", "Shinshu Hitachi shishi") is not None

    def again(self: TitleReadings, part: str) -> frozenset[str]:
        raise AssertionError(part)

    monkeypatch.setattr(TitleReadings, "_rivals", again)
    judge.read_in_title("Shinshu", "Shinshu monto no rekishi")
    assert read[-1] == "Shinshu monto no"  # read: two words on either side


def test_a_kana_reading_mozc_lists_makes_no_phrase_as_written() -> None:
    # Note 51 of Fogel's "Cui Shu" chapter (tests/data/unseen/fogel_tei_sho_note_excerpt.md):
    # *Tei Shō* is 鄭樵 (Zheng Qiao). Together its words spell teisho, which Mozc lists in
    # kana alone (ていしょ, 4.7) above 提唱 teishō (3.7): a kana reading is no word, so the
    # two words are no phrase as written (低所) and the title's reading decides Shō
    from pathlib import Path

    note = (Path(__file__).parent / "data" / "unseen" /
            "fogel_tei_sho_note_excerpt.md").read_text(encoding="utf-8")
    assert jpterms.check(note, path="notes.md") == []
    found = [f for f in jpterms.check(note.translate(_STRIP), path="notes.md") if f.suggestions]
    stripped = [(f.text, f.suggestions[0], f.confidence) for f in found
                if f.text in ("Sho", "Toyo")]
    # (and Tōyō rekishi dai jiten's Toyo, which the lexicon's tie-break gives 東洋 over 投与)
    assert stripped == [("Sho", "Shō", POSSIBLE)] * 2 + [("Toyo", "Tōyō", POSSIBLE)]
    # the other words found alone in the note's prose are the note's own spellings
    # (zenshū, kenkyū: jpterms.prose), each possible
    assert all(note[f.start:f.end] == f.suggestions[0] and f.confidence == POSSIBLE
               for f in found)
    bib = "@book{a,\n  title = {Tei Sho no shiron ni tsuite},\n}\n@book{b,\n  title = {Tei Sho},\n}\n"
    assert [(f.text, f.suggestions[0]) for f in jpterms.check(bib, path="titles.bib")] == \
        [("Sho", "Shō")] * 2


def test_a_one_word_title_spelled_as_written_only_by_names() -> None:
    # Note 8 of Fogel's "Cui Shu" chapter (tests/data/unseen/fogel_toyoshi_note_excerpt.md):
    # “Tōyōshi” (East Asian history). Written Toyoshi, only given names are spelled so
    # (豊志, 豊寿 ...); a title is no name, and the one dictionary word with long vowels,
    # 東洋史, decides: possible. “Seiyōshi” stays: 西予市 (a city Mozc lists) is seiyoshi
    from pathlib import Path

    note = (Path(__file__).parent / "data" / "unseen" /
            "fogel_toyoshi_note_excerpt.md").read_text(encoding="utf-8")
    assert jpterms.check(note, path="notes.md") == []
    assert _found(note.translate(_STRIP), "notes.md") == {"Toyoshi": ("Tōyōshi", POSSIBLE)}
    assert _found("@book{t, title = {Toyoshi}}\n")["Toyoshi"] == ("Tōyōshi", POSSIBLE)


def test_a_first_word_capitalised_only_as_a_titles_first_word() -> None:
    # The same note cites Naitō Shigenobu's article in *Tōyōshi kenkyū* 1.2 (1936)
    # (tests/data/unseen/fogel_tei_sho_note_excerpt.md): Toyoshi begins the journal's name
    # before a word in lower case, and only people are named Toyoshi. A place is what it
    # says: *Takko chōshi* (Drixler's bibliography, 田子町史) keeps Takko
    entry = ("@article{naito1936,\n  author = {Naito Shigenobu},\n  title = {Tei Sho no shiron "
             "ni tsuite},\n  journal = {Toyoshi kenkyu},\n  volume = {1},\n  number = {2},\n"
             "  year = {1936},\n}\n")
    found = _found(entry, "naito.bib")
    assert found["Toyoshi"] == ("Tōyōshi", POSSIBLE)
    assert found["Sho"] == ("Shō", POSSIBLE)
    assert "Takko" not in _found("@book{t, title = {Takko choshi}}\n")
