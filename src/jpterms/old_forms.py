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
    from jpterms.package_data import read_char_table

    return read_char_table("old_forms.tsv")


def build(db: str | None = None) -> dict[str, str]:
    """Old kanji forms and the modern forms the dictionaries read them by (經 → 経, 錄 → 録,
    淸 → 清). Three sources, each kept where it leads from a kanji outside the jōyō and
    jinmeiyō lists to one in them (KANJIDIC2's grades), so 島 never turns into 嶋:

    * pykakasi's variant (itaiji) table;
    * KANJIDIC2's variant cross-references (by Unicode or JIS X 0208 code) of kanji it
      lists as jinmeiyō old forms (grade 10) or not at all, where the pair share a reading
      and JMdict and JMnedict write the old form in under half as many words as the new
      (涌 has places of its own, 涌谷 Wakuya: it is not read as 湧);
    * ``jpterms/data/old_forms_curated.tsv``: old forms of the 1946–49 character-form
      reform that neither lists (淸, 說, 彥, 靑), as the Tōyō kanji jitaihyō pairs them.

    This is how ``jpterms/data/old_forms.tsv`` is made; it is not run at start-up."""
    import pickle
    import sqlite3
    from collections import Counter
    from importlib import resources

    from jpterms.package_data import read_text

    raw = resources.files("pykakasi").joinpath("data/itaijidict4.db").read_bytes()
    table = pickle.loads(raw)  # a str.translate table of code points, shipped by pykakasi
    if db is None:
        from jpterms.reading_index import _database

        db = _database()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        grade = {str(c): str(g) for (c, g) in conn.execute(
            "SELECT literal, grade FROM character")}
        by_jis = {_jis(v): str(c) for (c, v) in conn.execute(
            "SELECT c.literal, p.value FROM codepoint p JOIN character c ON c.ID = p.cid "
            "WHERE p.cp_type = 'jis208'")}
        variants = list(conn.execute(
            "SELECT c.literal, v.var_type, v.value FROM variant v "
            "JOIN character c ON c.ID = v.cid WHERE v.var_type IN ('ucs', 'jis208')"))
        on: dict[str, set[str]] = {}
        for literal, value in conn.execute(
                "SELECT c.literal, r.value FROM reading r JOIN rm_group g ON g.ID = r.gid "
                "JOIN character c ON c.ID = g.cid WHERE r.r_type IN ('ja_on', 'ja_kun')"):
            on.setdefault(str(literal), set()).add(str(value).split(".")[0].strip("-"))
        used: Counter[str] = Counter()
        for (text,) in conn.execute("SELECT text FROM Kanji UNION ALL SELECT text FROM NEKanji"):
            used.update(set(str(text)))
    finally:
        conn.close()
    modern = {c for c, g in grade.items() if g in _MODERN_GRADES}
    joyo = {c for c, g in grade.items() if g in _MODERN_GRADES - {"9"}}
    out: dict[str, str] = {}
    for k, v in table.items():
        if not isinstance(k, int) or v is None:
            continue
        old, new = chr(k), (v if isinstance(v, str) else chr(v))
        if len(new) == 1 and new in joyo and old not in joyo and (
                not on.get(old) or on[old] & on.get(new, set())):
            out[old] = new  # sharing a reading where KANJIDIC2 reads both: 擧 is 挙, not 拳
    targets: dict[str, set[str]] = {}
    for literal, var_type, value in variants:
        old = str(literal)
        new = chr(int(value, 16)) if var_type == "ucs" else by_jis.get(_jis(value), "")
        if (new and new != old and new in joyo and old not in out
                and grade.get(old, "None") in ("10", "None") and 2 * used[old] < used[new]
                and (not on.get(old) or on[old] & on.get(new, set()))):
            targets.setdefault(old, set()).add(new)
    out.update({old: new.pop() for old, new in targets.items() if len(new) == 1})
    for line in read_text("old_forms_curated.tsv").splitlines():
        if line and not line.startswith("#"):
            old, new = line.split("\t")[:2]
            if new in modern and old not in modern:
                out.setdefault(old, new)
    return out


#: KANJIDIC2 grades of the kanji a modern dictionary writes: jōyō (1–6, 8), jinmeiyō (9).
_MODERN_GRADES = frozenset({"1", "2", "3", "4", "5", "6", "8", "9"})


def _jis(code: object) -> tuple[int, ...]:
    """A JIS X 0208 code as KANJIDIC2 writes it, ``1-24-6`` or ``1-24-06``, as numbers."""
    return tuple(int(part) for part in str(code).split("-"))
