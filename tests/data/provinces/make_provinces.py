"""Rebuild ``src/jpterms/data/provinces.tsv`` from the SKK proper-noun dictionary.

Usage::

    python tests/data/provinces/make_provinces.py SKK-JISYO.propernoun [jamdict.db] \
        > src/jpterms/data/provinces.tsv

The input is ``SKK-JISYO.propernoun`` of github:skk-dev/dict at
4eb91a3bbfef70bde940668ec60f3beae291e971 (EUC-JP; GPL-2.0-or-later, the same file
``publishers.tsv`` comes from). Its entries read ``…のくに /X国/Xの国/`` name the old
provinces (令制国); each gives the province's name and its reading. SKK lists 58 of the
68: Sado, Izu, Iga, Hida, Awaji, Oki, Iki, Harima, Hōki and Izumo are missing.

The second input, when given, is JMdict as jamdict-data 0.1a8 ships it (``jamdict.db``,
JMdict 1.08; EDRDG licence, CC BY-SA 4.0): its entries glossed "X (former province
located in ...)" or "(... Edo-period province)" (飛騨) add the provinces SKK lacks, each
as the entry's first written form and first reading; a name SKK already reads is kept as
SKK reads it (陸奥 むつ, not JMdict's second entry りくおう), and the older realms JMdict
writes with 国 (越国 Koshi, 吉備国 Kibi) are left out.

Last come Hokkaidō's eleven provinces of 1869 (:data:`HOKKAIDO`), which neither source
lists, marked ``hokkaido`` in a third column: only the reader reads them (天塩国 Teshio no
kuni), the checker takes no name of theirs as written (渡島 Oshima is no reason to leave
Ōshima 大島 unflagged).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HEADER = """\
# The old provinces of Japan (令制国) and the readings of their names, for 武蔵国 Musashi no
# kuni and 上野国 Kōzuke no kuni: from github:skk-dev/dict@4eb91a3 SKK-JISYO.propernoun
# (GPL-2.0-or-later, distributed here under GPL-3.0-or-later), its entries read …のくに,
# rebuilt by tests/data/provinces/make_provinces.py. Read by jpterms.readings.
# province	reading
"""
JMDICT_HEADER = """\
# The provinces SKK lacks (Sado 佐渡, Izu 伊豆, Hida 飛騨, Oki 隠岐, ...) and the Meiji ones
# (Rikuzen 陸前, Uzen 羽前, ...): from JMdict 1.08 (EDRDG licence, CC BY-SA 4.0) as
# jamdict-data 0.1a8 ships it, its entries glossed "former province located in ...".
"""
_PROVINCE_SENSES = """\
SELECT DISTINCT s.idseq FROM Sense s JOIN SenseGloss g ON g.sid = s.ID
WHERE g.text LIKE '%(former province located%' OR g.text LIKE '%Edo-period province)%'
ORDER BY s.idseq"""
HOKKAIDO_HEADER = """\
# Hokkaidō's eleven provinces of 1869-1882 (Wikipedia, "Provinces of Japan": 渡島, 後志,
# 胆振, 石狩, 天塩, 北見, 日高, 十勝, 釧路, 根室, 千島), each read as JMnedict reads the
# place (後志 しりべし, the reading of its two Mozc writes most cheaply); marked hokkaido:
# read by jpterms.readings only (jpterms.gazetteer.province_readings(hokkaido=True)).
"""
#: Hokkaidō's provinces of 1869 and their readings (see HOKKAIDO_HEADER).
HOKKAIDO = (("渡島", "おしま"), ("後志", "しりべし"), ("胆振", "いぶり"), ("石狩", "いしかり"),
            ("天塩", "てしお"), ("北見", "きたみ"), ("日高", "ひだか"), ("十勝", "とかち"),
            ("釧路", "くしろ"), ("根室", "ねむろ"), ("千島", "ちしま"))


def jmdict_rows(db_path: str, known: dict[str, str]) -> dict[str, str]:
    """The first written form and reading of each JMdict entry glossed as a former
    province, for the names ``known`` lacks."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    out: dict[str, str] = {}
    try:
        for (idseq,) in conn.execute(_PROVINCE_SENSES).fetchall():
            written = conn.execute("SELECT text FROM Kanji WHERE idseq = ? ORDER BY ID",
                                   (idseq,)).fetchone()
            kana = conn.execute("SELECT text FROM Kana WHERE idseq = ? ORDER BY ID",
                                (idseq,)).fetchone()
            if written is None or kana is None or written[0].endswith("国"):
                continue
            if written[0] not in known:
                out.setdefault(written[0], kana[0])
    finally:
        conn.close()
    return out


def rows(text: str) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith(";") or " /" not in line:
            continue
        reading, _, rest = line.partition(" /")
        if not reading.endswith("のくに") or len(reading) <= 3:
            continue
        for candidate in rest.strip("/").split("/"):
            written = candidate.split(";")[0]
            if written.endswith("国") and "の" not in written and len(written) > 1:
                out.setdefault(written[:-1], reading[: -len("のくに")])
    return sorted(out.items(), key=lambda row: (row[1], row[0]))


def _sorted(out: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(out.items(), key=lambda row: (row[1], row[0]))


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_bytes().decode("euc-jp", errors="replace")
    sys.stdout.write(HEADER)
    skk = rows(text)
    for written, reading in skk:
        sys.stdout.write(f"{written}\t{reading}\n")
    if len(argv) > 2:
        sys.stdout.write(JMDICT_HEADER)
        for written, reading in _sorted(jmdict_rows(argv[2], dict(skk))):
            sys.stdout.write(f"{written}\t{reading}\n")
    sys.stdout.write(HOKKAIDO_HEADER)
    for written, reading in HOKKAIDO:
        sys.stdout.write(f"{written}\t{reading}\thokkaido\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
