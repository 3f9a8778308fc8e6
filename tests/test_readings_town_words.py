"""A common word ending in 町 is the word, not a town JMnedict happens to list."""

from __future__ import annotations

from jpterms.romanize import explain, romanize


def test_a_common_word_ending_in_an_admin_suffix_is_read_as_the_word() -> None:
    # JMdict lists 城下町 じょうかまち as a common word (so does Wikipedia's article title);
    # JMnedict's places (しろしたちょう) are a town of that name
    assert romanize("城下町") == "Jōkamachi"
    assert explain("城下町")[0].kana == "じょうかまち"
    # where JMnedict lists no town of the name, the reading chosen before stands
    assert explain("門前町")[0].kana == "もんぜんまち"
