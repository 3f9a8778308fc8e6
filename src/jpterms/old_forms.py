"""Old kanji forms (舊字體: 經, 學, 國, 眞) and the modern forms the dictionaries list.

The romaniser reads every text in modern forms, so the table is needed for every input:
it ships as ``jpterms/data/old_forms.tsv`` (475 rows) rather than being derived from
pykakasi and KANJIDIC2 at run time, and reading it opens no dictionary.
"""

from __future__ import annotations

__all__ = ["build", "old_forms"]


def old_forms() -> dict[int, str]:
    """Old kanji forms to the modern forms the dictionaries know, as a translate table:
    the small table shipped in ``jpterms/data/old_forms.tsv`` (see :func:`build`),
    so that romanising a short text need not open the reading index.

    >>> "一切經音義".translate(old_forms())
    '一切経音義'
    """
    from jpterms.package_data import read_text

    table: dict[int, str] = {}
    for line in read_text("old_forms.tsv").splitlines():
        if line and not line.startswith("#"):
            old, new = line.split("\t")
            table[ord(old)] = new
    return table


def build(db: str | None = None) -> dict[str, str]:
    """Old kanji forms and the jōyō forms the dictionaries read them by (經 → 経, 學 → 学):
    pykakasi's variant (itaiji) table, kept where it leads from a kanji outside the jōyō
    list to one in it (KANJIDIC2's grades), so 島 never turns into 嶋. This is how
    ``jpterms/data/old_forms.tsv`` is made; it is not run at start-up."""
    import pickle
    import sqlite3
    from importlib import resources

    raw = resources.files("pykakasi").joinpath("data/itaijidict4.db").read_bytes()
    table = pickle.loads(raw)  # a str.translate table of code points, shipped by pykakasi
    if db is None:
        from jpterms.reading_index import _database

        db = _database()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        joyo = {str(c) for (c,) in conn.execute(
            "SELECT literal FROM character WHERE grade IN ('1','2','3','4','5','6','8')")}
    finally:
        conn.close()
    out: dict[str, str] = {}
    for k, v in table.items():
        if not isinstance(k, int) or v is None:
            continue
        old, new = chr(k), (v if isinstance(v, str) else chr(v))
        if len(new) == 1 and new in joyo and old not in joyo:
            out[old] = new
    return out
