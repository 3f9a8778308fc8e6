"""wordfreq's tables from the user cache: the same answers as wordfreq, built once."""

from __future__ import annotations

import re
from pathlib import Path

from wordfreq import get_frequency_dict

from jpterms.language import OTHER_LANGUAGES, LanguageGuesser
from jpterms.word_frequencies import FrequencyTable

DATA = Path(__file__).parent / "data"


def _real_words() -> set[str]:
    """Every word of a real bibliography (macrons, names, English, German) and the
    founding article (English, romaji, kanji and kana), lowercased as the checker asks."""
    text = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8") + \
        (DATA / "000_4783c9767dffaf4f.txt").read_text(encoding="utf-8")
    return {w.lower() for w in re.findall(r"\w+(?:[-'’]\w+)*", text)}


def test_tables_answer_as_wordfreq_on_real_text() -> None:
    words = _real_words()
    english = FrequencyTable.open("en", "best")
    japanese = FrequencyTable.open("ja", "best")
    others = FrequencyTable.highest(OTHER_LANGUAGES, "small")
    en = get_frequency_dict("en", "best")
    ja = get_frequency_dict("ja", "best")
    small = [get_frequency_dict(lang, "small") for lang in OTHER_LANGUAGES]
    assert len(words) > 800
    assert sum(w in en for w in words) > 500 and sum(w in ja for w in words) > 20
    for w in words:
        assert english.get(w) == en.get(w, 0.0), w
        assert japanese.get(w) == ja.get(w, 0.0), w
        assert others.get(w) == max(t.get(w, 0.0) for t in small), w
    assert len(english) == len(en) and len(japanese) == len(ja)
    for odd in ("\x00", "the\x00", "\ud800x", ""):  # what dict.get answers: nothing
        assert english.get(odd) == 0.0 and odd not in english


def test_a_table_is_built_once_then_opened(tmp_path: Path) -> None:
    before = FrequencyTable.builds
    first = FrequencyTable.highest(("de", "nl"), "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == before + 1
    second = FrequencyTable.highest(("de", "nl"), "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == before + 1  # opened from the file, not rebuilt
    assert second.get("todesstrafe") == first.get("todesstrafe") > 0
    (path,) = tmp_path.glob("wordfreq-de+nl-small-*.marisa")
    path.write_bytes(b"damaged")
    third = FrequencyTable.highest(("de", "nl"), "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == before + 2  # a damaged file is rebuilt
    assert third.get("todesstrafe") == first.get("todesstrafe")


def test_an_unwritable_cache_keeps_the_table_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    table = FrequencyTable.highest(("nl",), "small", cache_dir=blocker / "cache")
    assert table.get("het") == get_frequency_dict("nl", "small")["het"]


def test_the_guesser_reads_wordfreq_figures_from_the_tables() -> None:
    from wordfreq import zipf_frequency

    guess = LanguageGuesser()
    for w in ("population", "todesstrafe", "kenkyu", "tokyo", "societatis", "mito", "you"):
        assert guess.english(w) == zipf_frequency(w, "en"), w
        assert guess.other(w) == max(zipf_frequency(w, lang, wordlist="small")
                                     for lang in OTHER_LANGUAGES), w


def test_hyphenated_and_apostrophe_words_answer_as_wordfreq() -> None:
    """Iwate-ken, Ken'ichi, An'ei, aujourd'hui: figured from the tables without wordfreq's
    tokenizer, the same figure wordfreq gives, in every language, on real words."""
    from wordfreq import zipf_frequency
    from wordfreq.tokens import lossy_tokenize

    from jpterms.language import _PLAIN_WORD, _wordfreq_tokens

    text = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    words = {w.lower() for w in re.findall(r"[-\w'’‘]+", text)} | {
        "aujourd'hui", "aujourd’hui", "mother-in-law", "anti-war", "nord-rhein-westfalen",
        "jun'ichi", "hawai‘i", "ten’ei", "--date--gun-", "rock'n'roll", "l'amour", "it's",
        "an'ei", "in'bi", "un’yō", "on'yomi", "o'neill", "qu'un", "'-'", "in'"}
    compound = sorted(w for w in words if _wordfreq_tokens(w) is not None and
                      not _PLAIN_WORD.fullmatch(w))
    assert len(compound) > 20 and "l'amour" in compound and "un’yō" not in compound
    guess = LanguageGuesser()
    for w in compound:
        tokens = _wordfreq_tokens(w)
        assert all(lossy_tokenize(w, lang) == tokens for lang in OTHER_LANGUAGES), w
        assert guess.other(w) == max(zipf_frequency(w, lang, wordlist="small")
                                     for lang in OTHER_LANGUAGES), w
    assert guess.other("aujourd'hui") > 5 and guess.other("mother-in-law") > 3


def test_apostrophe_and_hyphen_words_are_cut_as_wordfreq_cuts_them() -> None:
    """Every word of up to five characters over letters that start a split or not (a, h,
    k, y), the apostrophe and the hyphen: the same tokens as wordfreq's tokenizer."""
    import itertools

    from wordfreq.tokens import lossy_tokenize

    from jpterms.language import _wordfreq_tokens

    for size in range(1, 6):
        for letters in itertools.product("ahky'’-", repeat=size):
            word = "".join(letters)
            assert _wordfreq_tokens(word) == lossy_tokenize(word, "fr"), word
    for word in ("ab'cd'ei", "a''b", "an'ei'ko", "ky'a-y'k", "ka’a", "ka‘a", "a‘’b", "’ka"):
        assert all(_wordfreq_tokens(word) == lossy_tokenize(word, lang)
                   for lang in OTHER_LANGUAGES), word
