"""jpterms: romanise, look up and check Japanese terms and citations in English text.

>>> import jpterms
>>> jpterms.romanize("日英サイバー協議の開催について")
'Nichiei saibā kyōgi no kaisai ni tsuite'
>>> jpterms.lookup("Hamondo")[0].english
'Hammond'
>>> [f.kind for f in jpterms.check('MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.')]
['particle']
"""

from __future__ import annotations

from jpterms.__about__ import __version__
from jpterms.annotate import annotate
from jpterms.check import check
from jpterms.errors import GlossaryError, JptermsError
from jpterms.findings import Finding
from jpterms.glossary import Entry, Glossary
from jpterms.loanwords import foreign_spelling
from jpterms.lookup import Match, lookup
from jpterms.romanize import SYSTEMS, Romanizer, WordReading, explain, romanize

__all__ = [
    "SYSTEMS",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryError",
    "JptermsError",
    "Match",
    "Romanizer",
    "WordReading",
    "__version__",
    "annotate",
    "check",
    "explain",
    "foreign_spelling",
    "lookup",
    "romanize",
]
