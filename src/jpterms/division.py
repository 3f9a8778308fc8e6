"""The word-division and punctuation tables (``data/word_division.json``), read once.

>>> rules()["admin_suffixes"]["県"]
['ケン']
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def rules() -> dict[str, Any]:
    """The tables, as one dict (see the ``_doc`` entry of the file for what each holds)."""
    import json

    from jpterms.package_data import read_text

    text = read_text("word_division.json")
    table: dict[str, Any] = json.loads(text)
    return table
