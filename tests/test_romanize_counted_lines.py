"""一行, which UniDic lists whole as イッコウ (a party of travellers), read いちぎょう (one
line) where no noun comes before it and a noun or a particle of measure comes after it
(data ``counted_lines``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (UniDic: ikkō)
    ("エントリは一行にひとつづつ書かれる。", "ichigyō ni hitotsu zutsu"),
    ("コロンでつないで一行に複数書くこともできる。", "ichigyō ni fukusū"),
    ("ファイルシステムは一行単位で記述され", "ichigyō tan'i de"),
    ("一般的に、会話は一行程のテキストです。", "ichigyō hodo"),
    ("factor は一行につき一つの数値を", "ichigyō ni tsuki"),
    ("一行消去のための文字", "ichigyō shōkyo"),
])
def test_one_line(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("text", "read"), [
    ("首相一行は", "Shushō ikkō wa"), ("一行は空港に到着した", "Ikkō wa kūkō ni tōchaku shita"),
])
def test_the_party_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text) == read
