"""Romanizer._in_old_forms searches the class of the old-forms table's characters once it
is made (after preload, or a few hundred runs) instead of translating the whole input: the
same answer as the translation, on real sentences and on inputs in old forms."""

from __future__ import annotations

from pathlib import Path

from jpterms.romanize import Romanizer

ROOT = Path(__file__).resolve().parent.parent


def test_the_search_answers_as_the_translation() -> None:
    lines = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    texts = [*lines.split(), "蟲師", "萬年寺", "國語學", "虫師", "学校"]
    cold = Romanizer()
    assert cold._old_forms is None
    before = [cold._in_old_forms(text) for text in texts]  # (translated: no class yet)
    warm = Romanizer().preload()
    assert warm._old_forms is not None
    table = warm.readings.old_forms()
    assert [warm._in_old_forms(text) for text in texts] == before == [
        text.translate(table) != text for text in texts]
    assert before[-5:] == [True, True, True, False, False]
