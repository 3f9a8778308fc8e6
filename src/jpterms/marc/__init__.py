"""Library catalogue records: MARC 21 (binary or MARCXML) read through pymarc and checked.

Each romanised field (245 title, 100/700 names, 260/264 publisher, 490/830
series, ...) is compared with its vernacular 880 partner; fields with no 880
are checked by the ordinary rules. See ``docs/catalogue.md``.

>>> from jpterms.marc import MarcChecker
>>> [f.location for f in MarcChecker().check_path("tests/data/marc/planted.mrc")][:2]
['ocm06783656:245$b', 'ocm06783656:260$a']
"""

from __future__ import annotations

from jpterms.marc.check import (
    MARC_RULES,
    MarcChecker,
    fix_file,
    fix_records,
    fixed_path,
    location,
    role_of,
)
from jpterms.marc.records import (
    control_number,
    is_japanese,
    is_marc_path,
    iter_records,
    pairs,
    read_records,
    write_records,
)

__all__ = [
    "MARC_RULES",
    "MarcChecker",
    "control_number",
    "fix_file",
    "fix_records",
    "fixed_path",
    "is_japanese",
    "is_marc_path",
    "iter_records",
    "location",
    "pairs",
    "read_records",
    "role_of",
    "write_records",
]
