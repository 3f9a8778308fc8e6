"""A prefix UniDic gives the word after it is not taken by a span JMdict lists before it
(JMnedict's organisations, read back: 日本中小企業学会 was "Nippon jūshōkigyō gakkai")."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_prefix_stays_with_the_word_after_it() -> None:
    r = Romanizer()
    # 日本中 にほんじゅう "all over Japan" is JMdict's, but 中 begins 中小企業 here
    assert r.romanize("日本中小企業学会") == "Nippon chūshōkigyō gakkai"
    assert r.romanize("日本中小企業") == "Nihon chūshōkigyō"
    # and 日本中 alone, or before no word it begins, is still JMdict's word
    assert r.romanize("日本中") == "Nihonjū"
    assert r.romanize("日本中の学校") == "Nihonjū no gakkō"
