"""benchmarks/make_unseen.py builds a development set of English Wikipedia articles on
Japanese subjects (``--wikidev WIKI``, session 16) as ``data/unseen_wikidev.tsv`` lists them:
none of them is an article of the fifth held-out set, and Chinese in pinyin loses its tone
marks (the ``pinyin`` step) so that only Japanese macrons count."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


def _pages(table: Path) -> set[str]:
    return {row.split("\t")[1] for row in table.read_text(encoding="utf-8").splitlines()
            if row.strip() and not row.startswith("#")}


def test_the_wikidev_articles_are_none_of_the_held_out_ones(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    wikidev = _pages(module.WIKIDEV_TABLE)
    assert len(wikidev) == 40 and all(p.startswith("wikipedia:") for p in wikidev)
    assert not wikidev & _pages(DATA / "unseen_heldout5.tsv")


def test_the_pinyin_step_takes_tone_marks_from_pinyin_only(load: Callable[[str], ModuleType],
                                                           tmp_path: Path) -> None:
    # a row of the table of English Wikipedia's "Katakana" (Page/Katakana.md line 147, as
    # github:chinapedia/wikipedia.abstract.en@4f3e897 extracts it; CC BY-SA, Wikipedia
    # contributors): Japanese, then Chinese in pinyin
    module = load("make_unseen")
    row = "  チャーハン     _chāhan_    fried rice       炒飯      _chǎofàn_\n"
    (tmp_path / "wiki" / "Page").mkdir(parents=True)
    (tmp_path / "wiki" / "Page" / "Katakana.md").write_text(row, encoding="utf-8")
    table = tmp_path / "table.tsv"
    table.write_text("wikidev/dev/katakana.md\twikipedia:Katakana\t1\t1\tunderscore-italics,pinyin\t\n",
                     encoding="utf-8")
    wiki = module.Repository(tmp_path / "wiki", module.WIKI_COMMIT, "chinapedia/wikipedia.abstract.en")
    module.make_pages(tmp_path / "out", tmp_path, table, nested=False, wiki=wiki)
    built = (tmp_path / "out" / "wikidev" / "dev" / "katakana.md").read_text(encoding="utf-8")
    assert built == "  チャーハン     *chāhan*    fried rice       炒飯      *chaofan*\n"


def test_the_wiki17_articles_are_none_of_the_held_out_nor_wikidev_ones(load: Callable[[str], ModuleType]) -> None:
    # the second Wikipedia development set (--wiki17 WIKI, session 17): 44 articles of any
    # subject, chosen by the rule its table's header gives
    module = load("make_unseen")
    wiki17 = _pages(module.WIKI17_TABLE)
    assert len(wiki17) == 44 and all(p.startswith("wikipedia:") for p in wiki17)
    assert not wiki17 & _pages(DATA / "unseen_heldout5.tsv")
    assert not wiki17 & _pages(module.WIKIDEV_TABLE)


def test_the_plain_step_takes_other_languages_macrons_only(load: Callable[[str], ModuleType],
                                                          tmp_path: Path) -> None:
    # English Wikipedia's "Performing arts" (Page/Performing_arts.md, as above): a Sanskrit
    # playwright's name loses its macrons (plain=Kālidāsa), the Japanese words keep theirs
    module = load("make_unseen")
    text = "the plays of Kālidāsa, and *Ningyō jōruri* in Japan\n"
    (tmp_path / "wiki" / "Page").mkdir(parents=True)
    (tmp_path / "wiki" / "Page" / "Performing_arts.md").write_text(text, encoding="utf-8")
    table = tmp_path / "table.tsv"
    table.write_text("wiki17/dev/performing_arts.md\twikipedia:Performing_arts\t1\t1\t"
                     "underscore-italics,pinyin,plain=Kālidāsa\t\n", encoding="utf-8")
    wiki = module.Repository(tmp_path / "wiki", module.WIKI_COMMIT, "chinapedia/wikipedia.abstract.en")
    module.make_pages(tmp_path / "out", tmp_path, table, nested=False, wiki=wiki)
    built = (tmp_path / "out" / "wiki17" / "dev" / "performing_arts.md").read_text(encoding="utf-8")
    assert built == "the plays of Kalidasa, and *Ningyō jōruri* in Japan\n"
