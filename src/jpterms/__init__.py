"""jpterms: romanise, look up and check Japanese terms and citations in English text.

>>> import jpterms
>>> jpterms.romanize("日英サイバー協議の開催について")
'Nichiei saibā kyōgi no kaisai ni tsuite'
"""

from jpterms.__about__ import __version__
from jpterms.findings import Finding
from jpterms.glossary import Entry, Glossary
from jpterms.romanize import SYSTEMS, Romanizer, romanize

__all__ = [
    "SYSTEMS",
    "Entry",
    "Finding",
    "Glossary",
    "Romanizer",
    "__version__",
    "romanize",
]
