"""Rebuild ``src/jpterms/data/provinces.tsv`` from the SKK proper-noun dictionary.

Usage::

    python tests/data/provinces/make_provinces.py SKK-JISYO.propernoun > src/jpterms/data/provinces.tsv

The input is ``SKK-JISYO.propernoun`` of github:skk-dev/dict at
4eb91a3bbfef70bde940668ec60f3beae291e971 (EUC-JP; GPL-2.0-or-later, the same file
``publishers.tsv`` comes from). Its entries read ``…のくに /X国/Xの国/`` name the old
provinces (令制国); each gives the province's name and its reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = """\
# The old provinces of Japan (令制国) and the readings of their names, for 武蔵国 Musashi no
# kuni and 上野国 Kōzuke no kuni: from github:skk-dev/dict@4eb91a3 SKK-JISYO.propernoun
# (GPL-2.0-or-later, distributed here under GPL-3.0-or-later), its entries read …のくに,
# rebuilt by tests/data/provinces/make_provinces.py. Read by jpterms.readings.
# province	reading
"""


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


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_bytes().decode("euc-jp", errors="replace")
    sys.stdout.write(HEADER)
    for written, reading in rows(text):
        sys.stdout.write(f"{written}\t{reading}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
