"""The docstring examples of every module run as tests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import jpterms

MODULES = sorted(m.name for m in pkgutil.walk_packages(jpterms.__path__, "jpterms."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
