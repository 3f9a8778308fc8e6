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

import sys
from importlib import import_module
from types import ModuleType

from jpterms.__about__ import __version__

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # for type checkers and IDEs; at run time, names load on first use
    from jpterms.annotate import annotate
    from jpterms.batch import check_many, lookup_many, romanize_many
    from jpterms.check import check
    from jpterms.errors import GlossaryError, JptermsError
    from jpterms.findings import Finding
    from jpterms.glossary import Entry, Glossary
    from jpterms.loanwords import foreign_spelling
    from jpterms.lookup import Match, lookup
    from jpterms.romanize import SYSTEMS, Romanizer, WordReading, explain, romanize

#: Public name -> the module that defines it. ``import jpterms`` loads none of them:
#: a name's module is imported the first time the name is used (PEP 562), so the
#: start-up of a program that imports jpterms, and of the CLI, stays small.
_LAZY: dict[str, str] = {
    "SYSTEMS": "jpterms.romanize",
    "Entry": "jpterms.glossary",
    "Finding": "jpterms.findings",
    "Glossary": "jpterms.glossary",
    "GlossaryError": "jpterms.errors",
    "JptermsError": "jpterms.errors",
    "Match": "jpterms.lookup",
    "Romanizer": "jpterms.romanize",
    "WordReading": "jpterms.romanize",
    "annotate": "jpterms.annotate",
    "check": "jpterms.check",
    "check_many": "jpterms.batch",
    "explain": "jpterms.romanize",
    "foreign_spelling": "jpterms.loanwords",
    "lookup": "jpterms.lookup",
    "lookup_many": "jpterms.batch",
    "romanize": "jpterms.romanize",
    "romanize_many": "jpterms.batch",
}

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
    "check_many",
    "explain",
    "foreign_spelling",
    "lookup",
    "lookup_many",
    "romanize",
    "romanize_many",
]


class _Package(ModuleType):
    """The jpterms package: ``jpterms.romanize`` stays the function even after the
    submodule of the same name is imported (the import system would otherwise set the
    package's attribute to the submodule, as it does for every submodule)."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and name in _LAZY and _LAZY[name] == value.__name__:
            return  # the submodule stays in sys.modules; the name keeps meaning the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'jpterms' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
