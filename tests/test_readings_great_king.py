"""大王 after an emperor's name: the title of the kings of Yamato, おおきみ, with the
genitive の (:meth:`jpterms.court_names.CourtNames.great_king`)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_an_emperor_and_great_king_read_no_okimi() -> None:
    # history terms (tests/data/readings/history_terms.tsv): JMnedict lists 雄略天皇, so
    # 雄略 is an emperor's name; UniDic read 大王 だいおう ("Yūryaku daiō")
    gold = reading_gold("history_terms.tsv")
    assert kana_of("雄略大王") == gold["雄略大王"]
    assert romanize("雄略大王") == "Yūryaku no Ōkimi"
    assert romanize("雄略大王の時代") == "Yūryaku no Ōkimi no jidai"


def test_other_great_kings_stay_daio() -> None:
    # a king of elsewhere, a deity, a name JMnedict gives no emperor, the word alone
    for text in ("アレクサンドロス大王", "閻魔大王", "九生大王", "大王"):
        assert "オオキミ" not in kana_of(text), text
