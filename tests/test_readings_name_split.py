"""A whole name that UniDic's units cross at the family/given boundary: cut inside a unit
where JMnedict lists the family name and the given name (大国 + 富丸), or the family name
alone with a given name no dictionary lists, composed of name parts (高本 + 紫溟)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_listed_family_and_given_name_split_inside_a_unit() -> None:
    # tests/data/lookup/wikidata_scholars.tsv: Okuni Tomimaru (UniDic reads 大 + 国富 + 丸;
    # was 'Daikokufumaru')
    assert Romanizer().romanize("大国富丸") == "Ōkuni Tomimaru"


def test_a_listed_family_name_before_a_composed_given_name_inside_a_unit() -> None:
    # tests/data/lookup/wikidata_writers.tsv: Takamoto Shimei (UniDic reads 高 + 本紫 + 溟;
    # was 'Kōhonmurasaki kura'); wikidata_historical.tsv: Toki Jōnin (UniDic reads 富 +
    # 木常 + 忍; was 'Fukitsune Shinobu': the split is right now, the family reading is
    # JMnedict's other one)
    r = Romanizer()
    assert r.romanize("高本紫溟") == "Takamoto Shimei"
    assert r.romanize("富木常忍").endswith(" Jōnin")


def test_titles_and_terms_are_not_split_as_names() -> None:
    r = Romanizer()
    for text, read in (("日本五大桜", "Nihon Godai Sakura"), ("大国主神", "Ōkuninushinokami"),
                       ("本田技研", "Honda giken"), ("田中角栄賞", "Tanaka Kakueishō"),
                       ("大日本帝国", "Dai-Nihon teikoku")):
        assert r.romanize(text) == read, text
    # a given name UniDic reads as one unit is not cut into (藤左衛門, not 藤左 + 衛門)
    assert r.romanize("藤左衛門") == "Tōzaemon"
    assert r.romanize("川藤左衛門") == "Kawa Tōzaemon"
