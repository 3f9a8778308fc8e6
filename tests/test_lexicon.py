"""The romaji lexicon: keys, spellings, the cache file, and a user glossary on top."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jpterms import lexicon as lexicon_module
from jpterms.glossary import Glossary, parse
from jpterms.kana import kana_to_romaji
from jpterms.lexicon import MINOR_READING, KeyForms, Lexicon, Spelling, kana_keys, romaji_key


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


@pytest.mark.parametrize(("written", "key"), [
    ("Kyōgi", "kyogi"),  # macron
    ("kyôgi", "kyogi"),  # circumflex
    ("kyougi", "kyogi"),  # wāpuro
    ("Ohno", "ono"),  # passport
    ("Shimbun", "shinbun"),  # traditional m before b
    ("shin'yō", "shinyo"),  # apostrophe
    ("Zen-kindai", "zenkindai"),  # hyphen
])
def test_romaji_key(written: str, key: str) -> None:
    assert romaji_key(written) == key


def test_kana_keys_agree_with_the_romaniser() -> None:
    # every reading of the bundled glossary: the fast whole-text keys equal the slow path
    readings = sorted({e.reading for e in Glossary.bundled()})
    slow = [romaji_key(kana_to_romaji(r)) for r in readings]
    assert kana_keys(readings) == slow


@pytest.mark.parametrize(("word", "expected"), [
    ("toshi", {("都市", "toshi"), ("投資", "tōshi")}),  # a word as written and its homophone
    ("josei", {("女性", "josei"), ("情勢", "jōsei")}),
    ("sobihin", {("装備品", "sōbihin")}),  # one reading only
    ("Shimosa", {("下総", "shimōsa")}),
    ("Karatsu", {("唐津", "Karatsu")}),  # a place (JMnedict)
    ("Shoeki", {("昌益", "Shōeki")}),  # a given name
])
def test_spellings(lex: Lexicon, word: str, expected: set[tuple[str, str]]) -> None:
    found = {(s.written, s.hepburn) for s in lex.spellings(word)}
    assert expected <= found


def test_a_word_existing_as_written(lex: Lexicon) -> None:
    assert "都市" in {s.written for s in lex.as_written("toshi")}
    assert "投資" not in {s.written for s in lex.as_written("toshi")}
    assert "奥羽" in {s.written for s in lex.as_written("Ōu")}  # ōu: the u is a vowel of its own
    assert lex.as_written("sobihin") == ()


def test_only_one_spelling_for_sobihin(lex: Lexicon) -> None:
    assert {s.hepburn.lower() for s in lex.spellings("sobihin")} == {"sōbihin"}


def test_not_japanese(lex: Lexicon) -> None:
    for word in ("Westland", "remove", "notation", "population", "the"):
        assert word not in lex


def test_names_have_kinds(lex: Lexicon) -> None:
    kinds = {s.kind for s in lex.spellings("Takano")}
    assert "place" in kinds or "surname" in kinds
    assert any(s.is_name for s in lex.spellings("Takano"))


def _connect(path: Path | str) -> sqlite3.Connection:
    """The test database, written without waiting for the disk (``synchronous = OFF``: each
    of a script's statements otherwise waited for its own sync, about 0.3 s a database);
    what it holds is the same."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def _mini_database(path: Path) -> str:
    """A three-entry database in jamdict's layout."""
    conn = _connect(path)
    conn.executescript("""
        CREATE TABLE Kanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE KJP (kid INTEGER, text TEXT);
        CREATE TABLE Kana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji BOOLEAN);
        CREATE TABLE KNR (kid INTEGER, text TEXT);
        CREATE TABLE KNP (kid INTEGER, text TEXT);
        CREATE TABLE NEKanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE NEKana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji BOOLEAN);
        CREATE TABLE NETranslation (ID INTEGER PRIMARY KEY, idseq INTEGER);
        CREATE TABLE NETransType (tid INTEGER, text TEXT);
        INSERT INTO Kanji VALUES (1, 10, '都市'), (2, 11, '投資');
        INSERT INTO KJP VALUES (1, 'news1');
        INSERT INTO Kana VALUES (1, 10, 'とし', 0), (2, 11, 'とうし', 0);
        INSERT INTO NEKanji VALUES (1, 20, '唐津');
        INSERT INTO NEKana VALUES (1, 20, 'からつ', 0);
        INSERT INTO NETranslation VALUES (1, 20);
        INSERT INTO NETransType VALUES (1, 'place');
    """)
    conn.commit()
    conn.close()
    return str(path)


def test_cache_is_built_once_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _mini_database(tmp_path / "mini.db")
    builds = []
    real_build = lexicon_module._Builder.build

    def counting_build(self: lexicon_module._Builder, target: Path | None) -> object:
        builds.append(target)
        return real_build(self, target)

    monkeypatch.setattr(lexicon_module._Builder, "build", counting_build)
    first = Lexicon.load(cache_dir=tmp_path / "cache", database=db, mozc=False)
    second = Lexicon.load(cache_dir=tmp_path / "cache", database=db, mozc=False)
    assert len(builds) == 1  # the second load opened the file
    assert len(first) == len(second) == 3
    assert [(s.written, s.hepburn, s.kind) for s in second.spellings("toshi")] == [
        ("都市", "toshi", "word"), ("投資", "tōshi", "word")]
    assert second.spellings("Karatsu")[0].kind == "place"


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    db = _mini_database(tmp_path / "mini.db")
    Lexicon.load(cache_dir=tmp_path, database=db, mozc=False)
    (cache_file,) = tmp_path.glob("lexicon-mini-*.marisa")
    cache_file.write_bytes(b"not a trie")
    assert "toshi" in Lexicon.load(cache_dir=tmp_path, database=db, mozc=False)


def test_unwritable_cache_still_works(tmp_path: Path) -> None:
    db = _mini_database(tmp_path / "mini.db")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lex = Lexicon.load(cache_dir=blocker / "cache", database=db, mozc=False)  # cannot mkdir
    assert "Karatsu" in lex


def test_user_glossary_rows_count_at_once(tmp_path: Path) -> None:
    db = _mini_database(tmp_path / "mini.db")
    text = ("hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n"
            "Sōbihin\t装備品\tそうびひん\tequipment\tterm\t\t\n")
    lex = Lexicon.load(Glossary(parse(text)), cache_dir=tmp_path, database=db, mozc=False)
    (only,) = lex.spellings("sobihin")
    assert (only.written, only.hepburn, only.source) == ("装備品", "Sōbihin", "glossary")


def test_a_record_holding_a_line_break_is_indexed_too(tmp_path: Path) -> None:
    # the build makes all values as one text split at line breaks; a record holding one
    # is indexed pair by pair instead. A name of two types takes the first (place).
    db = _mini_database(tmp_path / "mini.db")
    conn = _connect(db)
    conn.executescript("""
        INSERT INTO NEKanji VALUES (2, 21, '伊' || char(10) || '達');
        INSERT INTO NEKana VALUES (2, 21, 'だて', 0);
        INSERT INTO NETranslation VALUES (2, 21);
        INSERT INTO NETransType VALUES (2, 'surname'), (2, 'place');
    """)
    conn.commit()
    conn.close()
    lex = Lexicon.load(cache_dir=tmp_path / "cache", database=db, mozc=False)
    assert len(lex) == 4
    assert [(s.written, s.kind) for s in lex.spellings("Date")] == [("伊\n達", "place")]
    assert [(s.written, s.kind) for s in lex.spellings("Karatsu")] == [("唐津", "place")]


def _with_readings(db: str) -> None:
    """Add to the three-entry database: 地 read ち (common in JMdict) and つし (not, and
    not the character's reading in KANJIDIC2); 人数 read にんずう (common) and にんず
    (outdated kana); 茶道 read さどう (common) and ちゃどう (チャ + ドウ: composed)."""
    conn = _connect(db)
    conn.executescript("""
        CREATE TABLE KNI (kid INTEGER, text TEXT);
        CREATE TABLE character (ID INTEGER PRIMARY KEY, literal TEXT);
        CREATE TABLE rm_group (ID INTEGER PRIMARY KEY, cid INTEGER);
        CREATE TABLE reading (gid INTEGER, r_type TEXT, value TEXT);
        INSERT INTO Kanji VALUES (3, 30, '地'), (4, 31, '地'), (5, 32, '人数'), (6, 33, '茶道');
        INSERT INTO KJP VALUES (3, 'ichi1'), (5, 'ichi1'), (6, 'ichi1');
        INSERT INTO Kana VALUES (3, 30, 'ち', 0), (4, 31, 'つし', 0), (5, 32, 'にんずう', 0),
            (6, 32, 'にんず', 0), (7, 33, 'さどう', 0), (8, 33, 'ちゃどう', 0);
        INSERT INTO KNP VALUES (3, 'ichi1'), (5, 'ichi1'), (7, 'ichi1');
        INSERT INTO KNI VALUES (6, 'out-dated or obsolete kana usage');
        INSERT INTO character VALUES (1, '地'), (2, '茶'), (3, '道');
        INSERT INTO rm_group VALUES (1, 1), (2, 2), (3, 3);
        INSERT INTO reading VALUES (1, 'ja_on', 'チ'), (1, 'ja_on', 'ジ'), (2, 'ja_on', 'チャ'),
            (2, 'ja_on', 'サ'), (3, 'ja_on', 'ドウ'), (3, 'ja_kun', 'みち');
    """)
    conn.commit()
    conn.close()


def test_a_minor_reading_does_not_take_its_written_forms_count(tmp_path: Path) -> None:
    # wordfreq counts 地 however it is read: that count is ち's, not つし's
    db = _mini_database(tmp_path / "mini.db")
    _with_readings(db)
    lex = Lexicon.load(cache_dir=tmp_path / "cache", database=db, mozc=False)

    def pair(word: str, written: str) -> tuple[str, float]:  # 人数 read as ``word`` is spelled
        (found,) = [s for s in lex.spellings(word) if (s.written, s.hepburn) == (written, word)]
        return found.kind, found.frequency

    assert pair("chi", "地")[0] == "word" and pair("chi", "地")[1] > 3
    assert pair("tsushi", "地") == (MINOR_READING, 0.0)  # not common, not チ or ジ
    assert pair("ninzu", "人数") == (MINOR_READING, 0.0)  # outdated kana
    kind, figure = pair("chadō", "茶道")  # not common, but チャ + ドウ: counted as before
    assert kind == "word" and figure > 0
    assert lex.quick_frequency("tsushi") == 0.0  # a known key, with no count of its own
    # JMdict ranks 地 and ち both: wordfreq's count is the pair's, not discounted where
    # Mozc lacks the pair (Mozc is not asked here); 茶道 ちゃどう is not ranked, and is
    assert lex.quick_frequency("chi") == pair("chi", "地")[1]
    assert lex.quick_frequency("chado") == pair("chadō", "茶道")[1] + 1.5


def test_minor_readings_in_the_shipped_dictionaries(lex: Lexicon) -> None:
    def pair(word: str, written: str) -> Spelling:
        (found,) = [s for s in lex.spellings(word) if (s.written, s.hepburn) == (written, word)]
        return found

    assert (pair("tsushi", "地").kind, pair("tsushi", "地").frequency) == (MINOR_READING, 0.0)
    assert pair("ninzu", "人数").kind == MINOR_READING
    assert pair("chi", "地").kind == "word" and pair("chi", "地").frequency > 4
    # Mozc has 所 read しょ: its cost decides, however JMdict ranks the reading
    assert pair("sho", "所").frequency > 4


def test_priority_tags_give_the_newspaper_band_where_there_is_one() -> None:
    figure = lexicon_module._priority
    assert figure("ichi1") == figure("news1") == 4.0  # no band: the list's flat figure
    assert figure("news1|nf03") > figure("ichi1|news1|nf21")  # the band, not ichi1's 4.0
    assert figure("news2|nf40") < figure("news1|nf24") < figure("news1|nf01")
    assert figure(None) == figure("") == 0.0


def test_common_words_are_weighed_by_their_own_counts(lex: Lexicon) -> None:
    # wordfreq counts 本土 3.9 and 本堂 3.2: JMdict's news1 on both no longer lifts both to
    # the same 4.0; 一度, which wordfreq's tokenizer splits, takes its band (nf03) instead
    def figure(word: str, written: str) -> float:
        (found,) = [s for s in lex.spellings(word) if (s.written, s.hepburn) == (written, word)]
        return found.frequency

    assert figure("hondo", "本土") > figure("hondō", "本堂")
    assert figure("ichido", "一度") > figure("ichidō", "一同")


def test_key_forms_tell_the_words_from_the_names(lex: Lexicon) -> None:
    forms = lex.key_forms("tsushi")
    assert ("Tsushi", forms.hepburn[0][1]) == forms.hepburn[0]  # 津市, a place, comes first
    words = dict(forms.words)
    assert "Tsushi" not in words and words["tsūshi"] > words["tsushi"]  # 通史 over 地 つし
    assert KeyForms.of(lex.spellings("tsushi")) == forms


def test_a_conjugated_form_only_mozc_prices_is_discounted(lex: Lexicon) -> None:
    # Mozc lists 任ず (にんず), a classical conjugated form wordfreq never counts, at a cost
    # below 人数 (にんずう): Drixler writes ninzū, and the commonest word spelled so is 人数
    words = dict(lex.key_forms("ninzu").words)
    assert words["ninzū"] > words["ninzu"]
    (conjugated,) = [s for s in lex.spellings("ninzu") if s.written == "任ず"]
    assert conjugated.source == "mozc"
    # a form in kanji alone keeps Mozc's figure (自処, which wordfreq lacks too), and so does
    # one wordfreq counts (生じ, which its tokenizer cuts from 生じる)
    (jisho,) = [s for s in lex.spellings("jisho") if s.written == "自処"]
    assert round(jisho.frequency, 1) == lexicon_module._frequency(
        0.0, "mozc", _mozc_cost("自処", "じしょ"))
    (shoji,) = [s for s in lex.spellings("shoji") if s.written == "生じ"]
    assert shoji.frequency > 4


def _mozc_cost(written: str, kana: str) -> int:
    from jpterms.dictionaries import mozc_entries

    return dict(mozc_entries(kana))[written]


def test_wordfreqs_ties_are_broken_by_mozc_and_the_newspapers(lex: Lexicon) -> None:
    # wordfreq counts 信州 and 新種 alike (3.5), 東洋 and 投与 (4.0), 対象 and 対処: Mozc's
    # cost and JMdict's newspaper band, on average, rank the first of each pair higher
    def figure(word: str, written: str) -> float:
        (found,) = [s for s in lex.spellings(word)
                    if (s.written, s.hepburn) == (written, word) and s.source != "glossary"]
        return found.frequency

    assert figure("shinshū", "信州") > figure("shinshu", "新種")
    assert figure("tōyō", "東洋") > figure("tōyo", "投与")
    assert figure("taishō", "対象") > figure("taisho", "対処")
    # ... and by less than half of wordfreq's step, so that no other order changes
    for word in ("shinshu", "toyo", "taisho", "toshi", "kyogi", "hondo"):
        for s in lex.spellings(word):
            assert abs(s.frequency - round(s.frequency, 1)) < lexicon_module.TIE_BREAK * 7, s
    assert figure("hondo", "本土") > figure("hondō", "本堂")  # wordfreq 3.9 and 3.2: as before
    # a name's figure is Mozc's cost for it (豊 read とよ, 4.0): it takes no tie-break, and
    # the capitalised Toyo of a title reads 東洋 first
    forms = dict(lex.key_forms("Toyo").hepburn)
    assert forms["tōyō"] > forms["Toyo"] == round(forms["Toyo"], 1)


def test_the_newspaper_band_is_stored_with_the_word(tmp_path: Path) -> None:
    # the three-entry database with 地 read ち in band nf05: its record carries the band's
    # figure on wordfreq's scale, and the figure moves by a thousandth of it at most
    db = _mini_database(tmp_path / "mini.db")
    _with_readings(db)
    conn = _connect(db)
    conn.execute("UPDATE KJP SET text = 'ichi1|news1|nf05' WHERE kid = 3")
    conn.commit()
    conn.close()
    lex = Lexicon.load(cache_dir=tmp_path / "cache", database=db, mozc=False)
    (chi,) = [s for s in lex.spellings("chi") if s.written == "地"]
    assert 0 < chi.frequency - round(chi.frequency, 1) < lexicon_module.TIE_BREAK * 7
    assert lex.quick_frequency("chi") == round(chi.frequency, 1)  # the dictionaries' own count


def test_spellings_do_not_depend_on_the_hash_seed() -> None:
    # Mozc's words of equal figure (曾津 read あいづ and あいず) came in the order of a set
    # of readings, which changes with Python's hash seed: two runs answered differently
    import os
    import subprocess
    import sys

    code = ("from jpterms.lexicon import Lexicon; "
            "print([repr(s) for w in ('aizu', 'kazue') for s in Lexicon.default().spellings(w)])")
    answers = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(answers) == 1


def test_katakana_names_decode_only_records_written_in_kana(
        lex: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key's names written in kanji (Masahiro has hundreds) are passed over without being
    decoded; the answers are those of decoding every name, on 5,000 real keys."""

    def every_name(key: str) -> list[tuple[str, str]]:
        found = []
        for raw in lex._trie.get(key, ()):
            if b"\x1fjmnedict\x1f" in raw:
                kana, written = raw.decode("utf-8").split("\x1f", 2)[:2]
                if all("\u30a1" <= c <= "\u30fc" for c in written):
                    found.append((written, kana))
        return found

    keys = [*sorted(lex._quick.keys())[::100], "hamondo", "sato", "jon", "mari"]
    keys = [k for k in keys if romaji_key(k) == k]  # (the trie is read by key)
    assert [lex.katakana_names(k) for k in keys] == [every_name(k) for k in keys]
    assert sum(1 for k in keys if every_name(k)) > 500
    judged: list[str] = []
    real = lexicon_module.is_katakana_word
    monkeypatch.setattr(lexicon_module, "is_katakana_word",
                        lambda text: judged.append(text) or real(text))
    assert lex.katakana_names("masahiro") == [] and len(lex._trie.get("masahiro")) > 200
    assert judged == []
    assert lex.katakana_names("Hiroshi") == [("ヒロシ", "ひろし")] and judged == ["ヒロシ"]
