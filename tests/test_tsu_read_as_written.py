"""A katakana ツ that UniDic takes for a small ッ (a symbol with no reading) keeps its
sound when joined to the loanword before it (JMnedict's organisations, read back: タフツ大学
"Tufts University" was "Tafu daigaku")."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_tsu_after_a_loanword_keeps_its_sound() -> None:
    r = Romanizer()
    assert r.romanize("タフツ大学") == "Tafutsu daigaku"
    assert r.romanize("タフツ") == "Tafutsu"  # (alone it was read so already)
    assert "".join(w.kana for w in r.explain("タフツ大学")) == "たふつだいがく"
