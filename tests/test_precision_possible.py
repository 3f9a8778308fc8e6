"""False alarms a historian meets on correct text (issue 8): a native word read as a
loanword (Buke as ブーケ būke), words that together spell one dictionary word as written
(Buke shohatto 武家諸法度), and a conjunction written as one word (narabini 並びに).
Each class is judged by its mechanism; the findings around it stay. Provenance of the
files: ``tests/data/unseen/README.md``; the lines quoted here are cited where they are."""

from __future__ import annotations

from pathlib import Path

import jpterms
from jpterms.spelling import SpellingJudge

DATA = Path(__file__).parent / "data" / "unseen"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _found(text: str, path: str = "x.md") -> dict[str, tuple[str, str]]:
    return {f.text: (f.code, f.suggestions[0] if f.suggestions else "")
            for f in jpterms.check(text, path=path)}


def test_a_law_named_as_written_gives_no_finding() -> None:
    # the title of the English Wikipedia's source for the 1615 law, as a historian writes it
    assert jpterms.check("*Buke shohatto*\n\nThe *Buke shohatto* of 1615.\n", path="x.md") == []


def test_a_loanword_is_no_rival_to_a_native_word_spelled_so() -> None:
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("Buke") is None  # 武家, not ブーケ
    assert judge.missing_macron("Tsuru") is None  # 都留, 鶴, not ツール
    # a short form that is itself katakana, or a rare name, holds nothing against its
    # loanword: these stay found
    assert judge.missing_macron("semina").suggestion == "seminā"  # type: ignore[union-attr]
    assert judge.missing_macron("senta").suggestion == "sentā"  # type: ignore[union-attr]


def test_the_tsuru_bunka_daigaku_journal_stripped_keeps_its_other_findings() -> None:
    # HDIC's references: *Tsuru Bunka Daigaku Kenkyū Kiyō* with its macrons taken away
    text = (DATA / "hdic_ruiju_references_excerpt.md").read_text(encoding="utf-8")
    found = _found(text.translate(_STRIP), "hdic.md")
    assert "Tsuru" not in found
    assert found["Kenkyu"] == ("JP101", "Kenkyū")


def test_words_that_spell_one_dictionary_word_as_written_are_cleared_together() -> None:
    judge = SpellingJudge.for_glossary(None)
    assert judge.phrase_as_written(["Buke", "shohatto"])  # 武家諸法度
    assert judge.phrase_as_written(["jijo", "doryoku"])  # 自助努力
    assert not judge.phrase_as_written(["Tokyo", "daigaku"])  # tōkyōdaigaku is commoner
    # Drixler's bibliography (Mabiki, 2013), line 3366, macrons stripped: jijo is 自助
    # here, not 事情 jijō; the rest of the line keeps its findings
    line = ("Takagi Tadashi, “Inkyo no jijo doryoku: oyako keiyaku monjo wo megutte,” in "
            "Ochiai Emiko, ed., *Tokugawa Nihon no raifukosu: rekishi jinkogaku to no taiwa* "
            "\\(Mineruva Shobo, 2005\\).\n")
    found = _found(line)
    assert "jijo" not in found
    assert found["jinkogaku"] == ("JP101", "jinkōgaku")


def test_a_conjunction_written_as_one_word_is_no_division_error() -> None:
    # SuttaCentral's bibliography writes *... Kaihon no Shutsugen narabini Shobu ...*
    text = (DATA / "suttacentral_japanese_references_excerpt.md").read_text(encoding="utf-8")
    assert not any(f.text == "narabini" for f in jpterms.check(text, path="sc.md"))
    found = _found("*Kinchu narabini kuge shohatto no kenkyu*\n\n*Meiji ishin nitsuite no kenkyu*\n")
    assert "narabini" not in found
    assert found["Kinchu"] == ("JP101", "Kinchū")
    # an expression of a particle and a verb (について) stays divided, as ALA-LC writes it
    assert found["nitsuite"] == ("JP401", "ni tsuite")


def test_a_word_read_both_ways_is_taken_in_the_reading_written() -> None:
    # HDIC's references write 類聚 Ruiju (るいじゅ), one of the two readings JMdict gives
    # it (るいじゅう ruijū): stripped of macrons, Ruiju is no finding; Myōgishō still is
    text = (DATA / "hdic_ruiju_references_excerpt.md").read_text(encoding="utf-8")
    found = _found(text.translate(_STRIP), "hdic.md")
    assert "Ruiju" not in found
    assert found["Myogisho"] == ("JP101", "Myōgishō")
    # a rarer word read both ways (沈香 jinko, jinkō) says nothing about 人口 jinkō
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("jinko").suggestion == "jinkō"  # type: ignore[union-attr]


def test_no_particle_is_split_off_the_start_of_a_word() -> None:
    # Drixler's bibliography (Mabiki, 2013): 二千年 and 貰い子 begin with the syllables of
    # a particle, which the conversion read off them; a particle joined on at the end of
    # a word is still divided
    found = _found("*Nihon nisennen no jinkoshi*\n\n*Datai kinshi moraiko yoikuho kenpakusho*\n\n"
                   "*Nihonno rekishi*\n")
    assert "nisennen" not in found and "moraiko" not in found
    assert found["Nihonno"] == ("JP401", "Nihon no")
