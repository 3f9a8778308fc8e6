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


def test_blanking_keeps_only_line_breaks() -> None:
    import re

    from jpterms.readers.markdown import _blank

    for text in ("", "abc", "a\r\nb\rc\n\nd ", "\n\n", "kyōgi\u2028x\r\n\r\n  `code`"):
        assert _blank(text) == re.sub(r"[^\r\n]", " ", text)


def test_inline_scan_skipped_only_where_nothing_can_match(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydoc_data.topics import topics

    from jpterms.readers import markdown

    texts = [(DATA / "bibliography_macrons.md").read_text(encoding="utf-8"),
             *(topics[k] for k in sorted(topics)[:60]),
             "See \\*this\\*, `code`, <b>x</b>, <!-- c -->, [a](http://x.y/z) and www.x.org."]
    fast = [markdown._blanked_with_spans(t) for t in texts]
    monkeypatch.setattr(markdown, "_INLINE_NEEDS", ("",))  # "" is in every text: always search
    assert fast == [markdown._blanked_with_spans(t) for t in texts]


def _source(tmp_path: Path) -> Path:
    """The real bibliography, three times over, as a file to check."""
    source = tmp_path / "refs.md"
    source.write_text((DATA / "bibliography_macrons.md").read_text(encoding="utf-8") * 3,
                      encoding="utf-8")
    return source


def _command(source: Path, prelude: str = "") -> subprocess.Popen[str]:
    """``jpterms check`` of ``source`` as the console script runs it, started (its output
    is read by :func:`_finished`): the test's own work goes on meanwhile."""
    code = (f"import sys\n{prelude}\nsys.argv = ['jpterms', 'check', {str(source)!r}, "
            "'--jobs', '1']\nfrom jpterms.cli import run\nrun()\n")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _finished(process: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_the_command_exits_with_mains_code_and_all_its_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source(tmp_path)
    command = _command(source)
    expected = cli.main(["check", str(source), "--jobs", "1"])
    done = _finished(command)
    assert done.returncode == expected == 1
    assert done.stdout == capsys.readouterr().out and done.stdout.count("\n") > 5


def test_the_command_runs_exit_handlers_and_waits_for_threads(tmp_path: Path) -> None:
    source = _source(tmp_path)
    prelude = ("import atexit, threading, time\n"
               "atexit.register(lambda: print('handler ran'))\n"
               "def late():\n    threading.main_thread().join()  # until the main code ends\n"
               "    time.sleep(0.1)\n    print('thread done')\n"
               "threading.Thread(target=late).start()")
    # the two processes side by side
    with_thread = _command(source, prelude)
    handler_only = _command(source, "import atexit\natexit.register(lambda: print('handler ran'))")
    done = _finished(with_thread)
    assert done.returncode == 1
    assert done.stdout.splitlines()[-2:] == ["thread done", "handler ran"]
    done = _finished(handler_only)
    assert done.returncode == 1 and done.stdout.splitlines()[-1] == "handler ran"


def test_a_bibliography_is_told_as_before() -> None:
    from pydoc_data.topics import topics

    from jpterms.citation_lines import _citation_line, is_bibliography

    bibliography = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    prose = topics["if"] + topics["class"]
    for text in (bibliography, prose, bibliography + prose, prose + bibliography,
                 bibliography + topics["if"], "a\nb\n", "1999 “x”\n" * 5 + "plain line\n" * 5):
        lines = [line for line in text.splitlines() if len(line.strip()) > 3]
        expected = len(lines) >= 5 and sum(map(_citation_line, lines)) >= len(lines) / 2
        assert is_bibliography(text) == expected
