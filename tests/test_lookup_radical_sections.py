"""A section of a kanji dictionary: one of the 214 Kangxi radicals read the Chinese way and
部 *bu*, which no dictionary lists, is among the readings of a query that ends in one; a word
the dictionaries list keeps its place before it."""

import jpterms


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_radical_section_is_among_the_five() -> None:
    # 犬部, the dog radical's section (KANJIDIC2's ケン); was in none of the five
    found = _kanji("Kenbu")
    assert found[0] == "剣舞"
    assert "犬部" in found[:5]


def test_a_hyphen_parts_the_radical_from_its_section() -> None:
    assert _kanji("Chaku-bu")[0] == "辵部"  # was 着部
    assert "手部" in _kanji("Shu-bu")[:5]


def test_a_capitalised_name_keeps_its_place() -> None:
    assert _kanji("Jinbu")[0] == "神部"  # the surname; 人部 the radical's section after it


def test_no_section_inside_a_compound() -> None:
    assert not any("丶" in k or "虫部" in k for k in _kanji("Chubu chiho"))
