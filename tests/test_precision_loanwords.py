"""A loanword spelled as written is no rival to a native word spelled with a long vowel
(issue 8): チャド (Chad) against 茶道 chadō, サイト (site) against 斎藤 Saitō, モカ against
真岡 Mōka; unless the loanword is far commoner (ネット netto against 熱湯 nettō). The mirror
of test_precision_possible's rule for a loanword spelled longer (ブーケ against 武家 Buke).
A suffix always long after a hyphen (-sōrō) outranks a guess from the lexicon alone.
Titles and lines from Drixler's bibliography (vishvAsa/notes@0507cf60f,
sapiens/branches/Trans-eurasian/japan/articles/drixler_infanticide_1660/00/Bibliography.md;
see tests/data/README.md), macrons stripped."""

from __future__ import annotations

import jpterms
from jpterms.spelling import SpellingJudge

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _first_suggestions(text: str, path: str) -> dict[str, tuple[str, str]]:
    assert jpterms.check(text, path=path) == []
    return {f.text: (f.suggestions[0], f.confidence)
            for f in jpterms.check(text.translate(_STRIP), path=path) if f.suggestions}


def test_a_native_word_is_found_past_a_loanword_written_the_same() -> None:
    # two titles Drixler cites (lines 828 and the Mōka city history), as BibTeX titles
    bib = ("@book{moka,\n  title = {Mōka shishi 3 Kinsei shiryōhen},\n}\n"
           "@book{uyo,\n  title = {Uyō sōsho},\n}\n")
    found = _first_suggestions(bib, "refs.bib")
    assert found["Moka"] == ("Mōka", "possible")  # 真岡, past モカ; never fixed
    assert found["Uyo"] == ("Uyō", "possible")  # 羽陽, past ウヨ
    judge = SpellingJudge.for_glossary(None)
    chado = judge.missing_macron("chado")
    assert chado is not None and (chado.suggestion, chado.confidence) == ("chadō", "possible")


def test_a_far_commoner_loanword_keeps_its_spelling() -> None:
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("netto") is None  # ネット 5.2 against 熱湯 4.0
    assert judge.missing_macron("chado", trusts_as_written=True) is None


def test_a_suffix_long_after_a_hyphen_outranks_the_lexicons_guess() -> None:
    # line 460: -sōrō (候), not 揃う sorō, which the loanword ソロ had hidden
    line = ("Kuroha Jirōemon, *Osorenagara kosodate ni tsuki gui mōshiage-tatematsuri-sōrō* "
            "\\(1791\\), *SG;* Okano, *Ikushishū *\\(1806\\); *NJS 2, * 179–182. \n")
    found = _first_suggestions(line, "bibliography.md")
    assert found["moshiage-tatematsuri-soro"] == ("mōshiage-tatematsuri-sōrō", "possible")


def test_a_conversions_loanword_or_mozc_word_gives_way_to_a_dictionary_word() -> None:
    # Drixler's bibliography, line 2868's article title, and line 866's Kōchū (校注), as
    # BibTeX titles; Bennett's Hagakure references (tests/data/unseen/README.md), line 90.
    # The title's conversion read rodo as ロード and Kochu as 子虫 (a word only Mozc
    # lists); the lexicon's dictionary words (労働 rōdō; 甲虫, 口中 kōchū) are right
    bib = ("@article{nagata,\n  title = {Chokkei kazoku shisutemu ni okeru rōdō idō: Nōbi to "
           "Tōhoku no hikaku},\n}\n"
           "@book{kochu,\n  title = {Kōchū shokoku fūzoku monjōtō},\n}\n"
           "@book{hagakure,\n  title = {Hagakure Kōchū},\n}\n")
    found = {(f.line, f.text): f.suggestions[0] for f in jpterms.check(bib.translate(_STRIP), path="refs.bib")
             if f.suggestions}
    assert found[2, "rodo"] == "rōdō"
    assert found[5, "Kochu"] == found[8, "Kochu"] == "Kōchū"
    # a conversion that chose a dictionary word stands against a loanword (初頭 shotō, not
    # ショート): Drixler's line 2508, "18-seiki shotō no Aizu ..."
    shoto = "@article{s,\n  title = {18-seiki shotō no Aizu Minamiyama Okurairiryō},\n}\n"
    assert [f.suggestions[0] for f in jpterms.check(shoto.translate(_STRIP), path="refs.bib")
            if f.text == "shoto"] == ["shotō"]
