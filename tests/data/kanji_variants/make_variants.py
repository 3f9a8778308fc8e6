"""Rebuild ``src/jpterms/data/kanji_variants.tsv`` and ``glyph_forms.tsv``.

Usage (from the repository root, with the cjkvi-variants repository checked out)::

    python tests/data/kanji_variants/make_variants.py CJKVI_VARIANTS_DIR

Each row pairs a kanji that KANJIDIC2 gives no reading and the old-forms table does not
map (櫸, 秌) with one variant of it that KANJIDIC2 does read (欅, 秋). Variants are taken
from the tables below, in this order of preference (Japanese standards first); among the
variants one table gives, a jōyō or jinmeiyō kanji is preferred, then the lower code
point. ``glyph_forms.tsv`` writes the CJK radical forms (⻄) as the kanji CJKVI's
non-cjk table pairs them with (西), and each hentaigana as the kana its Unicode name gives
(HENTAIGANA LETTER KA-5: か; the first where the name gives two), as NFKC does not.
Semantic borrowings (hydzd-borrowed, jp-borrowed), non-cognates, Zhuang (sawndip)
and numeric forms are not used: they pair characters that are read differently.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from jpterms.old_forms import old_forms
from jpterms.reading_index import ReadingIndex, database

HEADER = """\
# A kanji KANJIDIC2 reads, then the variants of it that KANJIDIC2 does not read and the
# old-forms table does not map (欅: 櫸; 秋: 秌...). From the variant tables of
# cjkvi/cjkvi-variants@e4f1da2 (the Kanji Database Project, MIT); rebuilt by
# tests/data/kanji_variants/make_variants.py. Read by jpterms.kanji_fallback.
"""

TABLES = [
    "jisx0213-variants.txt", "koseki-variants.txt", "jinmei-variants.txt",
    "hyogai-variants.txt", "joyo-variants.txt", "jisx0212-variants.txt",
    "x0212-x0213-variants.txt", "cjkvi-variants.txt", "ucs-scs.txt",
    "duplicate-chars.txt", "twedu-variants.txt", "hydzd-variants.txt",
    "dypytz-variants.txt", "cjkvi-simplified.txt",
]


def main(folder: Path) -> None:
    index = ReadingIndex.default()
    old = {chr(k) for k in old_forms()}
    conn = sqlite3.connect(f"file:{database()}?mode=ro", uri=True)
    graded = {str(c) for (c, g) in conn.execute("SELECT literal, grade FROM character")
              if str(g) in {"1", "2", "3", "4", "5", "6", "8", "9"}}
    read: dict[str, bool] = {}

    def readable(ch: str) -> bool:
        if ch not in read:
            read[ch] = any(index.kanji(ch))
        return read[ch]

    chosen: dict[str, tuple[str, str]] = {}
    for name in TABLES:
        links: dict[str, set[str]] = {}
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            parts = line.split(",")
            if line.startswith("#") or len(parts) < 3 or parts[1].startswith("<") \
                    or len(parts[0]) != 1 or len(parts[2]) != 1:
                continue
            a, b = parts[0], parts[2]
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)
        for ch, others in links.items():
            if ch in chosen or ch in old or readable(ch):
                continue
            good = sorted((o for o in others if o != ch and readable(o)),
                          key=lambda o: (o not in graded, ord(o)))
            if good:
                chosen[ch] = (good[0], name.removesuffix(".txt"))
    groups: dict[str, list[str]] = {}
    for ch in sorted(chosen, key=ord):
        groups.setdefault(chosen[ch][0], []).append(ch)
    out = Path(__file__).resolve().parents[3] / "src/jpterms/data/kanji_variants.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for std in sorted(groups, key=ord):
            fh.write(f"{std}\t{''.join(groups[std])}\n")
    print(len(chosen), "rows ->", out)
    glyph_forms(folder, out.with_name("glyph_forms.tsv"))


def glyph_forms(folder: Path, out: Path) -> None:
    import re
    import unicodedata

    from jpterms.kana import kana_table, to_hiragana

    rows: dict[str, tuple[str, str]] = {}
    for line in (folder / "non-cjk.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(",")
        if len(parts) == 3 and parts[1] == "non-cjk/radical" and len(parts[2]) == 1 \
                and len(parts[0]) == 1 and unicodedata.normalize("NFKC", parts[2]) == parts[2]:
            rows.setdefault(parts[2], (parts[0], "non-cjk"))
    nihon: dict[str, str] = {}
    for kana, systems in kana_table().items():
        if len(kana) == 1 and kana not in "ァィゥェォッャュョヮヵヶ":
            nihon.setdefault(systems["nihon"], kana)
    for code in range(0x1B000, 0x1B170):
        name = unicodedata.name(chr(code), "")
        m = re.fullmatch(r"HENTAIGANA LETTER ([A-Z]+)(?:-[A-Z]+)*-\d+", name)
        if m and m.group(1).lower() in nihon:
            rows[chr(code)] = (to_hiragana(nihon[m.group(1).lower()]), "unicode")
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Forms NFKC leaves as they are, and the character they write: CJK radical forms\n"
                 "# (⻄ 西; cjkvi/cjkvi-variants@e4f1da2 non-cjk.txt, MIT) and hentaigana (the kana\n"
                 "# their Unicode names give). Rebuilt by tests/data/kanji_variants/make_variants.py.\n")
        for form in sorted(rows, key=ord):
            fh.write(f"{form}\t{rows[form][0]}\n")
    print(len(rows), "rows ->", out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
