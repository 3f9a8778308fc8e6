"""Old okurigana first (``okurigana_order.short_okurigana_first``), but not for a spelling no
dictionary lists that joins two written words: a writer who parts *Meguro dori* writes
目黒通り, and the lattice's 目黒通 (通り without its り, over both words) is no old
spelling of anyone's. Real rows: tests/data/readings/jawiki_phrase_titles.tsv (Wikipedia
titles, queried as romanised with macrons stripped) and
tests/data/lookup/aozora_titles_more.tsv."""

from __future__ import annotations

from jpterms import lookup


def test_two_parted_words_keep_their_okurigana() -> None:
    # jawiki_phrase_titles: 目黒通り めぐろどおり, 小手投げ こてなげ, 慶應仲通り
    assert lookup("Meguro dori")[0].kanji == "目黒通り"
    assert lookup("Kote nage")[0].kanji == "小手投げ"
    assert lookup("Keio nakadori")[0].kanji == "慶應仲通り"
    # aozora_titles_more: Dazai's 駈込み訴え, not the unlisted 駈込訴 across both words
    assert lookup("Kakekomi uttae")[0].kanji == "駈込み訴え"


def test_old_okurigana_within_a_word_or_listed_stay_first() -> None:
    # the rows the rule was made for (tests/test_lookup_old_okurigana.py has more)
    assert lookup("Tokyo ni umarete")[0].kanji == "東京に生れて"
    assert lookup("Ichiban kinori no suru toki")[0].kanji == "一番気乗のする時"
    assert lookup("Sakiiresakidashiho")[0].kanji == "先入先出法"
