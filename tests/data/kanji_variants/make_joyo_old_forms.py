"""Rebuild ``src/jpterms/data/joyo_old_forms.tsv``: the old forms the Jōyō kanji table
(2010) prints in brackets beside its kanji (亞 beside 亜, 澤 beside 沢), where the old-forms
table (``jpterms/data/old_forms.tsv``) maps them to the same kanji.

Usage (from the repository root, with the cjkvi-variants repository checked out)::

    python tests/data/kanji_variants/make_joyo_old_forms.py CJKVI_VARIANTS_DIR

The bracketed forms are ``joyo-variants.txt``'s ``joyo/variant`` rows. A few are left out:
compatibility characters NFKC folds (逸, 祉, 練), and pairs the old-forms table maps
otherwise or not at all (壹, which it reads as 一; 龍, a kanji of its own).
"""

from __future__ import annotations

import sys
from pathlib import Path

from jpterms.old_forms import old_forms

HEADER = """\
# The old forms (舊字體) the Jōyō kanji table (2010) prints in brackets beside its kanji,
# then the kanji: the spellings jpterms.written_variants offers besides a look-up's
# results. From cjkvi/cjkvi-variants@e4f1da2 joyo-variants.txt (the Kanji Database
# Project, MIT), kept where jpterms/data/old_forms.tsv maps the old form to the same
# kanji; rebuilt by tests/data/kanji_variants/make_joyo_old_forms.py.
"""


def main(folder: str) -> None:
    table = old_forms()
    rows = []
    for line in (Path(folder) / "joyo-variants.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(",")
        if len(parts) == 3 and parts[1] == "joyo/variant" and table.get(ord(parts[2])) == parts[0]:
            rows.append(f"{parts[2]}\t{parts[0]}\n")
    out = Path(__file__).parents[3] / "src" / "jpterms" / "data" / "joyo_old_forms.tsv"
    out.write_text(HEADER + "".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
