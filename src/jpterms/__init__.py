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

from typing import TYPE_CHECKING, Any

from jpterms.__about__ import __version__
from jpterms.errors import GlossaryError, JptermsError
from jpterms.findings import Finding
from jpterms.glossary import Entry, Glossary
from jpterms.romanize import SYSTEMS, Romanizer, romanize

if TYPE_CHECKING:
    from jpterms.annotate import annotate
    from jpterms.check import check
    from jpterms.lookup import Match, lookup

__all__ = [
    "SYSTEMS",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryError",
    "JptermsError",
    "Match",
    "Romanizer",
    "__version__",
    "annotate",
    "check",
    "lookup",
    "romanize",
]

_LAZY = {
    "lookup": ("jpterms.lookup", "lookup"),
    "Match": ("jpterms.lookup", "Match"),
    "check": ("jpterms.check", "check"),
    "annotate": ("jpterms.annotate", "annotate"),
}


def __getattr__(name: str) -> Any:
    """Import the lookup and checker modules on first use, keeping ``import jpterms`` light."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'jpterms' has no attribute {name!r}")
