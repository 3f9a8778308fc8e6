"""What a cold ``jpterms check`` of a Markdown file loads: no more than it uses.

Speed is measured in ``benchmarks/bench_check.py --cold``; these tests prove that the
shortcuts give the answers of the paths they replace.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from jpterms import cli
from jpterms.cache_files import installed_version
from jpterms.marc.records import BINARY_EXTENSIONS, XML_EXTENSIONS

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("distribution", "module"), [("wordfreq", "wordfreq"),
                                                      ("jamdict-data", "jamdict_data"),
                                                      ("markdown-it-py", "markdown_it")])
def test_installed_version_is_importlib_metadatas(distribution: str, module: str) -> None:
    assert installed_version(distribution, module) == version(distribution)


def test_installed_version_of_something_not_installed_is_zero() -> None:
    assert installed_version("no-such-distribution-jpterms", "no_such_module_jpterms") == "0"


def test_the_cli_knows_every_marc_suffix() -> None:
    assert set(cli._MARC_SUFFIXES) == set(BINARY_EXTENSIONS + XML_EXTENSIONS)


def test_a_markdown_check_loads_no_marc_reader_and_no_package_metadata(tmp_path: Path) -> None:
    source = tmp_path / "refs.md"
    source.write_text((DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
                      encoding="utf-8")
    code = ("import sys\nfrom jpterms.cli import main\n"
            f"main(['check', {str(source)!r}, '-q', '--jobs', '1'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pymarc', 'wordfreq', 'email') or m.startswith(('jpterms.marc', "
            "'importlib.metadata'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines()[-1] == "[]"
