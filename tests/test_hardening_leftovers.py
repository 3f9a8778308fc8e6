"""Session 6's left-overs (hardening7): each test failed, or hung, before its fix."""

from __future__ import annotations

import jpterms
from jpterms.package_data import read_rows
from jpterms.rules.names import OtherLanguageCue


def test_the_other_language_cue_is_the_data_table_and_every_name_in_it_works() -> None:
    """*Korean shamanism (Sindo)*: the languages whose romanisation the bracketed word may
    be are a table (``data/other_languages.tsv``), not a list in code; each name in it
    keeps a Kunrei-looking bracketed word from being reported, and only after such a name.
    """
    names = [row[0] for row in read_rows("other_languages.tsv")]
    assert {"Korean", "Chinese", "Ainu"} <= set(names)
    for name in names:
        text = f"On {name} shamanism (Hukuda), see below.\n"
        assert not [f for f in jpterms.check(text) if "Hukuda" in f.message], name
    plain = [f for f in jpterms.check("On Japanese shamanism (Hukuda), see below.\n")
             if "Hukuda" in f.message]
    assert [f.suggestions for f in plain] == [("Fukuda",)]
    assert OtherLanguageCue.bundled() is OtherLanguageCue.bundled()  # read once
    assert OtherLanguageCue(["Basque"]).before("Basque (Hukuda", len("Basque ("))
