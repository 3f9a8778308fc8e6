"""What the kinds of rows of ``jpterms/data/citation_words.tsv`` mean to their readers.

Most rows are words citations are made of (紀要, 叢書, 書房): lookup prefers them to their
homophones and the checker knows their spellings. Some kinds only say what the words
around them are (an office after a family name, a municipal suffix after a place): lookup
reads them for that alone, and nothing else counts them as citation words.

>>> "office" in CONTEXT_KINDS, "publisher" in CONTEXT_KINDS
(True, False)
"""

from __future__ import annotations

__all__ = ["CITATION_BONUS_PER_KANA", "CITATION_WORD_BONUS", "CONTEXT_KINDS"]

#: Institutions (郵便局 after a place), offices (外務大臣 after a family name), roles (著
#: after a name), municipal suffixes (市 after a place), owners (市立 after a city),
#: facilities (公園, 道路 after a place), clan words (氏 after a family name) and a castle's
#: or a domain's word (城, 藩 after a place).
CONTEXT_KINDS = frozenset({"institution", "office", "role", "municipal", "owner", "facility",
                           "clan", "seat"})
#: What lookup prefers a citation word to its homophones by, per kana (a long word such as
#: 刊行会 counts for more than a suffix such as 会).
CITATION_BONUS_PER_KANA = 450
CITATION_WORD_BONUS = 2000  #: and more when it is a written word of its own (gaiko shi)
