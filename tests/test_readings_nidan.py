"""A classical verb of the lower bigrade in its final form (答う, kanji and う), which
UniDic knows only in today's form (答える), is read as one verb."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "romaji"), [
    # aozora_titles_more (a dev look-up row): Kunikida Doppo; was "kotae u" (答 + filler う)
    ("田山花袋君に答う", "Tayama Katai-kun ni kotau"),
    ("諸君に訴う。", "Shokun ni uttau."),  # 訴 ウッタエ + う before a mark
    ("思う", "Omou"),  # a verb of today stays
])
def test_final_form_of_a_nidan_verb(text: str, romaji: str) -> None:
    assert Romanizer(sources=("jmdict", "jmnedict", "mozc")).romanize(text) == romaji
