"""版, which UniDic reads バン (as the suffix of ベータ版) wherever it comes, read はん (an
edition) where it stands alone after a clause, an adnominal or a particle (data
``unvoiced_alone``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (were "ban")
    ("この問題を修正するには、新しい版の共有ライブラリを用いてリンクし直すしかない。",
     "atarashii han no kyōyū"),
    ("ソースツリーが 2 つあり、古い版をパッチを適用するために保管しておきたいとする。", "furui han o"),
    ("fsck の将来の版では", "shōrai no han de wa"),
    ("この版の syslogd が", "kono han no"),
])
def test_edition(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("text", "read"), [
    ("ベータ版を", "Bēta ban o"), ("改訂版", "Kaiteiban"), ("第2版が", "Dai 2-han ga"),
    ("日本語版の", "Nihongoban no"),
])
def test_the_suffix_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text) == read
