"""A prefix before a proper noun: joined with a hyphen only where it is one the
division rules list with that reading (data/word_division.json hyphen_prefixes: 新
Shin-, 後 Go-, 全 Zen-...) or the name after it is in katakana; any other prefix UniDic
cuts off begins the name itself, one word with it."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_prefix_that_begins_a_name_is_no_hyphened_prefix() -> None:
    r = Romanizer()
    # Wikidata's scholar 與那覇潤 (Yonaha Jun): UniDic cuts 與 off as a prefix
    assert r.romanize("與那覇潤") == "Yonaha Jun"  # was "Yo-Naha Jun"
    # villages and a place are one word before their suffix (was Ō-Tsuchi-mura...)
    assert r.romanize("大土村") == "Ōtsuchi-mura"
    assert r.romanize("上庄村") == "Kamishō-mura"
    assert r.romanize("大江川緑地") == "Ōegawa ryokuchi"


def test_the_listed_prefixes_keep_their_hyphen() -> None:
    r = Romanizer()
    assert r.romanize("新東京") == "Shin-Tōkyō"
    assert r.romanize("後鳥羽上皇") == "Go-Toba jōkō"
    assert r.romanize("全日本柔術連盟") == "Zen-Nihon jūjutsu renmei"
    assert r.romanize("大東亜共同宣言") == "Dai-Tōa kyōdō sengen"
    assert r.romanize("続芭蕉雑記") == "Zoku-Bashō zakki"  # Aozora's Zoku-Basho zakki
    # before a name in katakana, any prefix
    assert r.romanize("聖ヨハネ大学") == "Sei-Yohane daigaku"
