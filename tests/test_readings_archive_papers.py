"""文書 names a collection of old papers, monjo, also where a word between the owner and
文書 tells which of its papers (典籍, 関係, 所蔵); documents of today stay bunsho."""

from __future__ import annotations

from jpterms.romanize import romanize


def test_papers_of_a_temple_with_a_word_between() -> None:
    # biblio_and_misc (tests/data/lookup): the survey of Kōzanji's books and papers
    assert romanize("高山寺典籍文書綜合調査団") == "Kōzanji tenseki monjo sōgō chōsadan"
    # a statesman's papers, as the National Diet Library names its collections
    assert romanize("山県有朋関係文書") == "Yamagata Aritomo kankei monjo"
    assert romanize("東大寺所蔵文書") == "Tōdaiji shozō monjo"


def test_documents_of_today_stay_bunsho() -> None:
    assert romanize("会議関係文書") == "Kaigi kankei bunsho"
    assert romanize("行政文書") == "Gyōsei bunsho"
