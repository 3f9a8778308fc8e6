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


@cache
def as_tuple(table: str) -> tuple[str, ...]:
    """A list of data/word_division.json as a tuple, for ``str.startswith`` and ``endswith``.

    >>> "名詞-固有名詞-地名-一般".startswith(as_tuple("proper_noun_pos"))
    True
    """
    return tuple(rules()[table])


def admin_suffix_after(suffix: str, place: str) -> bool:
    """Whether ``suffix`` is an administrative suffix (data ``admin_suffixes``) after
    ``place``, the text before it: 都 only after 東京 (data ``admin_suffix_places``).

    >>> admin_suffix_after("都", "東京"), admin_suffix_after("都", "佐藤里")
    (True, False)
    >>> admin_suffix_after("区", "千代田"), admin_suffix_after("駅", "新橋")
    (True, False)
    """
    only = rules()["admin_suffix_places"].get(suffix)
    return suffix in rules()["admin_suffixes"] and (only is None or place.endswith(tuple(only)))
