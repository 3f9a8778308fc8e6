"""A whole input that is a Chinese name, a one-kanji family name read the Chinese way
and a given name: the given name is read the Chinese way too, though Mozc also writes
the family kanji a Japanese way (楊 やなぎ, 温 ゆたか) or the romaniser took the whole for
a person's name; but a two-kanji given name that JMnedict's people bear stays Japanese
after such a kanji."""

from __future__ import annotations

from jpterms.romanize import Romanizer, explain


def test_a_chinese_whole_name_is_read_the_chinese_way() -> None:
    # Wikipedia's 戴熙 たいき, 温宗尭 おんそうぎょう, 呂嘉問 りょかもん (Qing and Song
    # figures): the given names were read as Japanese ones (Hiroshi, Munetaka)
    r = Romanizer()
    assert r.romanize("戴熙") == "Tai Ki"
    assert r.romanize("温宗尭") == "On Sōgyō"
    assert "".join(w.kana for w in explain("呂嘉問")) == "りょかもん"


def test_a_japanese_given_name_after_such_a_family_name_stays() -> None:
    # Wikidata's writer 団龍彦 (Dan Tatsuhiko): 団 is also まる to Mozc, and seven of
    # JMnedict's people are named 龍彦 たつひこ
    assert Romanizer().romanize("団龍彦") == "Dan Tatsuhiko"
    assert Romanizer().romanize("袁克文") == "En Kokubun"
