"""A government office or body is named after the field it governs, and Mozc lists the
bodies so named (商工省, 航空局, 陸軍省): a head word Mozc lists with 省, 庁 or 局 after it
comes before its homophones right before an office or a body written as a word of its own
(:meth:`jpterms.reverse.ReverseEngine._prefer_field_heads`). Real rows of the dev sets
(tests/data/lookup, provenance in that folder's README): Japanese Wikipedia's 商工大臣, where
証拠 "evidence" came first and 商工 fourth, and 陸軍航空本部, where 国 came first."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.glossary import Glossary
from lookup_rows import query_for


@pytest.mark.parametrize("japanese", ["商工大臣", "陸軍航空本部"])
def test_a_field_before_its_office(japanese: str) -> None:
    found = [m.kanji for m in jpterms.lookup(query_for("jawiki_admin_terms.tsv", japanese))]
    assert found[0] == japanese


def test_a_field_names_a_body() -> None:
    engine = Glossary.bundled().reverse_engine
    assert engine._names_field("商工", "しょうこう")  # 商工省
    assert engine._names_field("航空", "こうくう")  # 航空局, 航空庁
    assert not engine._names_field("証拠", "しょうこ")
    assert not engine._names_field("書庫", "しょこ")


def test_only_before_an_office() -> None:
    """陝西 names a province (陝西省), but 三人 is no office: 先生三人 keeps 先制 second."""
    found = [m.kanji for m in jpterms.lookup(query_for("aozora_titles_more.tsv", "先生三人"))]
    assert found[:2] == ["先生三人", "先制三人"]
