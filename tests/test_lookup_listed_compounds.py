"""A compound JMdict lists whole over several written words (海上保険 for *Kaijo hoken*) is
preferred to a concatenation of shorter words no list has (解除 + 保険), and 公団 "public
corporation" ends a body's name (日本住宅公団, not 後段). Rows are real: the Wikipedia
administrative terms of tests/data/lookup/."""


import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.romanize import romanize

FILE = "jawiki_admin_terms.tsv"


@pytest.mark.parametrize(("japanese", "concatenated"), [
    ("海上保険", "解除保険"),  # 解除 + 保険 "cancellation insurance"
    ("公傷制度", "考証制度"),  # 考証 (a citation word) + 制度
])
def test_a_listed_compound_before_a_concatenation(japanese: str, concatenated: str) -> None:
    found = jpterms.lookup(query_for(FILE, japanese))
    top = [m.kanji for m in found]
    assert top[0] == japanese
    assert concatenated in top  # the concatenation is still offered, after it
    assert found[0].romaji == romanize(japanese)


def test_a_public_corporation_ends_a_body_name() -> None:
    top = [m.kanji for m in jpterms.lookup(query_for(FILE, "日本住宅公団"))]
    assert top[0] == "日本住宅公団"


@pytest.mark.parametrize("japanese", [
    "社会保険制度",  # not 社会保健制度, another JMdict compound over the same words
    "成文法",  # one written word: no bonus for spanning words, the whole word still wins
])
def test_rows_that_stay_right(japanese: str) -> None:
    assert jpterms.lookup(query_for(FILE, japanese))[0].kanji == japanese


def test_a_listed_compound_ending_inside_a_written_word() -> None:
    """*Koro hyoshikiho*: JMdict's 航路標識 "beacon" spans *Koro* and the head of
    *hyoshikiho* (the romaniser's 航路 | 標識法); it wins over 頃 + 標識 + 法, which Mozc
    prices cheaply word by word."""
    top = [m.kanji for m in jpterms.lookup(query_for(FILE, "航路標識法"))]
    assert top[0] == "航路標識法"
