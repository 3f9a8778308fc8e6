"""The pronoun 何, which UniDic reads ナン wherever it comes: ナニ before a particle, an
auxiliary, a verb or a mark that does not begin with d, t, n or r (data ``pronoun_nani``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # sentences of the corpus (manual pages), read nan mo, nan ka, nan o, nan ga before
    ("dev=以外のオプションが何も指定されていない場合", "nani mo shitei sarete inai baai"),
    ("何か問題が発生すれば", "nani ka mondai ga hassei sureba"),
    ("自分が何をしているのか", "nani o shite iru no ka"),
    ("同じ行に何が書かれていようと", "nani ga kakarete iyō to"),
    ("何に使う", "nani ni tsukau"),
    ("これは何？", "kore wa nani?"),
])
def test_nani_before_other_sounds(text: str, read: str) -> None:
    assert Romanizer().romanize(text).lower().endswith(read)


@pytest.mark.parametrize(("text", "read"), [
    ("何の変化も見られない", "nan no henka mo mirarenai"),
    ("何でもない", "nan de mo nai"),
    ("何と言う", "nan to iu"),
    ("何らかの", "nanra ka no"),
    ("何度も", "nando mo"),  # a numeral to UniDic, not the pronoun
    ("何じゃこりゃ", "nan ja korya"),
])
def test_nan_before_d_t_n_and_r(text: str, read: str) -> None:
    assert Romanizer().romanize(text).lower() == read
