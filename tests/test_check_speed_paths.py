"""The checker's shortcuts give the same answers as the full paths they replace.

Speed itself is measured in ``benchmarks/``; these tests only prove equivalence.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable

import pytest
from wordfreq import zipf_frequency

from jpterms.citation_lines import _citation_line, may_cite
from jpterms.glossary import Glossary
from jpterms.language import OTHER_LANGUAGES, LanguageGuesser
from jpterms.lexicon import KeyForms, Lexicon


def test_glossary_spellings_are_the_glossary_part_of_spellings() -> None:
    glossary = Glossary.bundled()
    words = [*[e.hepburn for e in glossary.entries][:300], "shobo", "Genba", "kyogi", "the"]
    cold = Lexicon(Lexicon.default()._trie, glossary, mozc=False)  # empty cache: no look-up yet
    first = {w: cold.glossary_spellings(w) for w in words}
    for w in words:
        full = tuple(s for s in cold.spellings(w) if s.source == "glossary")
        assert first[w] == full, w
        assert cold.glossary_spellings(w) == full, w  # now answered from the cache
    assert any(first.values())


@pytest.mark.parametrize("word", ["todesstrafe", "mito", "casa", "huis", "the", "kyogi",
                                  "Kommunikation", "l'amour", "über", "zzzq", "Todo"])
def test_other_languages_figure_is_wordfreqs(word: str) -> None:
    expected = max(zipf_frequency(word.lower(), lang, wordlist="small")
                   for lang in OTHER_LANGUAGES)
    assert LanguageGuesser().other(word) == expected


def test_other_languages_figure_on_a_real_text() -> None:
    from pydoc_data.topics import topics

    text = topics["if"] + topics["for"] + topics["class"]
    guesser = LanguageGuesser()
    for word in sorted(set(re.findall(r"[A-Za-z]+", text)))[:400]:
        expected = max(zipf_frequency(word.lower(), lang, wordlist="small")
                       for lang in OTHER_LANGUAGES)
        assert guesser.other(word) == expected, word


@pytest.mark.parametrize("text", [
    "Abe, Shinzo. *Utsukushii kuni e*. Tokyo: Bungei Shunju, 2006.",
    "Plain prose with no year and no title.",
    "A year, 1868, but no title marks.",
    "“Quoted” but no year.",
])
def test_may_cite_is_necessary_for_a_citation_line(text: str) -> None:
    lines = text.splitlines()
    if any(_citation_line(line) for line in lines):
        assert may_cite(text)
    assert may_cite(text) == (bool(re.search(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", text))
                              and any(m in text for m in "*_“\""))


def test_mozc_exact_entries_are_medies() -> None:
    from jpterms.dictionaries import _exact_entries, _mozc_trie

    trie = _mozc_trie()
    kana = [chr(c) for c in range(0x3041, 0x3094)]
    readings = [a + b for a in kana for b in kana[::3]]
    readings += ["きょうぎ", "とうきょう", "しんぶん", "げんば", "はもんど", "き", "\ud800", "abc"]
    found = 0
    for reading in readings:
        expected = [(hit["feature"], int(hit["cost"])) for hit in trie.search(reading, 60)
                    if hit["surface"] == reading]
        assert _exact_entries(trie, reading, 60) == expected, reading
        found += bool(expected)
    assert found > 100


# --- runs read only the stretches that may hold a citation line --------------------

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _real_texts() -> list[str]:
    from pathlib import Path
    from pydoc_data.topics import topics

    data = Path(__file__).parent / "data"
    bibliography = (data / "bibliography_macrons.md").read_text(encoding="utf-8")
    article = (data / "000_4783c9767dffaf4f.txt").read_text(encoding="utf-8")
    docs = "\n".join(topics[k] for k in ("if", "for", "class", "strings", "formatstrings"))
    return [bibliography, bibliography.translate(_STRIP), article, docs,
            bibliography + "\n" + docs + "\n" + article]


def test_runs_over_stretches_are_the_runs_of_the_whole_text() -> None:
    guesser = LanguageGuesser.for_lexicon(Lexicon.default())
    for text in _real_texts():
        stretches = guesser.stretches(text)
        assert stretches[0][0] == 0 and stretches[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(stretches))
        assert guesser.runs(text, spans=stretches) == guesser.runs(text)
    assert len(stretches) > 20  # the mixed text is cut in many places


def test_citation_stretches_keep_every_run_on_a_citation_line() -> None:
    from jpterms.citation_lines import _in_citation, citation_stretches

    guesser = LanguageGuesser.for_lexicon(Lexicon.default())
    kept_somewhere = skipped_somewhere = False
    for text in _real_texts():
        live = citation_stretches(text, guesser.stretches(text))
        expected = [r for r in guesser.runs(text) if _in_citation(text, r.start, r.end)]
        found = [r for r in guesser.runs(text, spans=live) if _in_citation(text, r.start, r.end)]
        assert found == expected
        kept_somewhere |= bool(expected)
        skipped_somewhere |= sum(e - b for b, e in live) < len(text) / 2
    assert kept_somewhere and skipped_somewhere


# --- the judge's summary of a key equals the spellings it sums up ------------------

def _bibliography_words() -> list[str]:
    text = _real_texts()[0]
    words = sorted(set(re.findall(r"[A-Za-zāīūēōĀĪŪĒŌ]+", text)))
    words += [w.translate(_STRIP) for w in words]
    return [*words, "Yuki", "Takashi", "Hamondo", "toshi", "kyogi", "sobihin", "Genba"]


def test_key_forms_are_the_spellings_summed_up() -> None:
    base = Lexicon.default()
    cold = Lexicon(base._trie, base._glossary)  # no answer cached: key_forms works alone
    words = _bibliography_words()
    forms = {w: cold.key_forms(w) for w in words}
    assert any(len(f.hepburn) > 1 for f in forms.values())
    for w in words:
        assert forms[w] == KeyForms.of(cold.spellings(w)), w


def test_katakana_names_are_found_without_a_look_up() -> None:
    lexicon = Lexicon.default()
    found = 0
    for w in _bibliography_words():
        expected = any(s.source == "jmnedict" and all("\u30a1" <= c <= "\u30fc" for c in s.written)
                       for s in lexicon.spellings(w))
        assert lexicon.has_katakana_name(w) == expected, w
        found += expected
    assert found > 3


def test_as_written_cold_is_as_written_from_the_spellings() -> None:
    from jpterms.lexicon import _hepburn_letters

    base = Lexicon.default()
    cold = Lexicon(base._trie, base._glossary)  # nothing cached: built from the rows
    words = _bibliography_words()
    first = {w: cold.as_written(w) for w in words}
    for w in words:
        spelled = _hepburn_letters(w)
        assert first[w] == tuple(s for s in cold.spellings(w)
                                 if _hepburn_letters(s.hepburn) == spelled), w
        assert cold.as_written(w) == first[w], w  # now from the cached spellings
    assert sum(len(v) > 1 for v in first.values()) > 10


def test_title_glosses_are_worked_out_when_asked() -> None:
    from jpterms.lookup import analyze_title

    analysis = analyze_title("Nichiei saibā kyōgi no kaisai ni tsuite", "Japan-UK cyber dialogue")
    assert "word_matches" not in analysis.__dict__  # the checker never asks for them
    assert [m.kanji for m in analysis.word_matches] == ["日英サイバー協議", "の", "開催", "について"]
    assert analysis.english.startswith("Japan-UK Cyber Dialogue holding")


@pytest.mark.parametrize(("fast", "plain"), [
    ("jpterms.rules.variants:_NAME", r"\b[A-Z][a-zāīūēō]{2,}(?:'[a-z]+)?\b"),
    ("jpterms.rules.names:_NAME", r"\b[A-Z][a-zāīūēōâîûêô]{2,}\b"),
    ("jpterms.rules.glosses:_PHRASE",
     r"\b[A-Z][\w'-]*(?:,? (?:(?:of|on|for|and|the|in|to) )*[A-Z][\w'-]*)+"),
    ("jpterms.rules.footnotes:_BRACKET_MARKER",
     r"(?<![!\[\]\\])(?P<pre>\[)(?P<num>[1-9]\d{0,2})(?P<post>\])(?![(:\[])"),
    ("jpterms.rules.citation_macrons:_LONE_CAPITALISED", r"(?:(?<=[.:;][ \t])|(?<=\())[A-Z][a-z]{3,}(?=,)"),
    ("jpterms.rules.publisher_names:_CAPITALISED",
     r"(?<![\w'’-])[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*(?![\w'’-])"),
    ("jpterms.rules.footnotes:_BRACKET_RUN",
     r"(?<![!\]\\\d_])(?:\[[1-9]\d{0,2}\]){2,}(?![(:\[])"),
    ("jpterms.citations:_SINGLE_QUOTED",
     r"‘([^‘’\n]{3,400})’|(?<![\w'’])'([^'\n]{3,400})'(?![\w'’])"),
])
def test_capital_first_patterns_match_as_the_plain_ones(fast: str, plain: str) -> None:
    import importlib

    module, name = fast.split(":")
    pattern = getattr(importlib.import_module(module), name)
    text = "\n".join(_real_texts()) + " Édouard Aé Tōkyō x.Abc _Abc 1Abc Abc’s Abc's Abc-Def" \
        " 'abc' x'abc' ’'abcd' ''abc'' 'abc'd 'ab' 'abcd' [1] x[2] ![3] \\[4] [5]( [6]: ]7] [[8]" \
        " [1][2] x[3][4] ![5][6] \\[7][8] _[9][10] 1[2][3] ][4][5] [6][7]( [8][9]: [1][2][3" \
        " [4][5][6] [1000][2] [0][1][2] [[3][4] word[5][6]. [7][8][9], (x[1][2])" \
        ". Teiyusha, 1906; Heibonsha, x:\tMisuzu, :  Abcd, x.Abcd, Chuo Koron-Sha’s Ab-Cd" \
        " \\(Hozokan, 2001\\) (Komoro, 1834) ( Abcd, x(Ab, x"
    expected = [(m.span(), m.groups()) for m in re.finditer(plain, text)]
    assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected
    for begin, end in ((5, len(text) // 2), (len(text) // 3, len(text) - 7)):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text, begin, end)] == \
            [(m.span(), m.groups()) for m in re.compile(plain).finditer(text, begin, end)]
    assert len(expected) > 5


def test_citation_lines_are_judged_as_before() -> None:
    from jpterms.citation_lines import CitationLines, _in_citation

    guesser = LanguageGuesser.for_lexicon(Lexicon.default())
    for text in _real_texts():
        cited = CitationLines(text)
        for run in guesser.runs(text):
            assert cited(run.start, run.end) == _in_citation(text, run.start, run.end)


def test_whole_word_occurrences_are_the_name_matches_of_those_words() -> None:
    from jpterms.rules.names import _NAME, _whole_words

    text = "\n".join(_real_texts()) + " Sinbun Sinbunsya Sinbunä Hukuda, Hukudas x.Hukuda"
    words = [*sorted({m.group(0) for m in _NAME.finditer(text)})[::7], "Sinbun", "Hukuda"]
    words = sorted(set(words), key=lambda w: (-len(w), w))
    expected = [(m.group(0), m.span()) for m in _NAME.finditer(text) if m.group(0) in words]
    assert [(m.group(0), m.span()) for m in _whole_words(words).finditer(text)] == expected
    assert len(expected) > 50


def test_markdown_patterns_search_as_the_plain_ones() -> None:
    from jpterms.readers.markdown import _EMPHASIS, _INLINE

    # each kind of markup as its own group, the first character inside it (the engine
    # then tries every alternative at every position), and \b for the look-behinds
    plain_inline = re.compile(r"""
        (?P<escape>\\[\\`<\]hw])
      | (?P<ticks>`+)
      | (?P<comment><!--)
      | (?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>)
      | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
      | (?P<link>\]\()
      | (?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])
        """, re.VERBOSE)
    plain_emphasis = re.compile(
        r"(?<![\w*\\])(\*{1,2}|_{1,2})(?![\s*_])(.{1,400}?)"
        r"(?:(?<![\s\\*_])\1(?![\w*])|(?:(?<=\w[,.;:] )|(?<=\w ))\1(?=[\s\\(]|$))", re.DOTALL)
    assert plain_inline.pattern != _INLINE.pattern
    text = "\n".join(_real_texts()) + " https://x.org/a www.b.com xhttps://no awww.no " \
        "http://y.z/b). <http://q> <a href=x> ](u) a*b* *c* **d** _e_ __f__ x_g_ \\*h* ***i***" \
        " * j * _k__ **l* `code` <!-- c -->"
    positions = [*random.Random(8).sample(range(len(text)), 400), 0, len(text) - 60]
    def kind(m: re.Match[str] | None) -> tuple[tuple[int, int], str | None] | None:
        return m and (m.span(), "url" if m.lastgroup == "www" else m.lastgroup)

    for pos in positions:
        assert kind(_INLINE.search(text, pos)) == kind(plain_inline.search(text, pos)), pos
        a, b = _EMPHASIS.search(text, pos), plain_emphasis.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pos
    for fast, plain in ((_INLINE, plain_inline), (_EMPHASIS, plain_emphasis)):
        assert [kind(m) for m in fast.finditer(text)] == [kind(m) for m in plain.finditer(text)]


def test_known_spellings_are_every_spelling_that_finds_a_word() -> None:
    from jpterms.dictionaries import mozc_entries
    from jpterms.glossary import Glossary
    from jpterms.romaji import parse_word
    from jpterms.title_analysis import _known_spellings, _reading_prefixes, _spellings

    glossary = Glossary.bundled()
    prefixes = _reading_prefixes(glossary)
    words = [w for w in _bibliography_words() if parse_word(w)][::4]
    words += ["sobihin", "kyogi", "Hamondo", "Genba", "saiba", "Sinbun", "hakusyo"]
    skipped = 0
    for word in words:
        for kunrei in (False, True):
            every = _spellings(parse_word(word), kunrei)
            known = _known_spellings(parse_word(word), kunrei, prefixes)
            kept = set(known)
            assert known == [s for s in every if s in kept], word  # a subsequence, in order
            for spelling, added in every:
                if (spelling, added) not in kept:
                    skipped += 1
                    assert not mozc_entries(spelling), (word, spelling)
                    assert spelling not in glossary.by_reading, (word, spelling)
    assert skipped > 1000


def test_katakana_names_are_the_spellings_katakana_names() -> None:
    lexicon = Lexicon.default()
    found = 0
    for w in _bibliography_words():
        expected = {(s.written, s.kana) for s in lexicon.spellings(w)
                    if s.source == "jmnedict" and all("\u30a1" <= c <= "\u30fc" for c in s.written)}
        assert expected <= set(lexicon.katakana_names(w)), w
        found += bool(expected)
    assert found > 3


def test_ascii_shortcuts_of_romaji_normal_forms_are_the_full_forms() -> None:
    import unicodedata

    from jpterms import kana

    def full_normal(text: str) -> str:
        text = unicodedata.normalize("NFKC", text).translate(kana._APOSTROPHES)
        return text.translate(kana._CIRCUMFLEX_TO_MACRON)

    def full_strip(text: str) -> str:
        return unicodedata.normalize("NFC", text).translate(kana._UNMACRON)

    # every ASCII character is its own NFKC and NFC form (so is any ASCII text: no
    # ASCII character combines), and "`" is the only ASCII key of the three tables
    ascii_chars = [chr(i) for i in range(128)]
    for c in ascii_chars:
        assert unicodedata.normalize("NFKC", c) == c == unicodedata.normalize("NFC", c)
        assert unicodedata.combining(c) == 0
    # (_UNMACRON is a list indexed by code point, holding what it leaves alone as itself)
    unmacron = {k for k, to in enumerate(kana._UNMACRON) if to != k}
    tables = (kana._APOSTROPHES, kana._CIRCUMFLEX_TO_MACRON, unmacron)
    assert {chr(k) for t in tables for k in t if k < 128} == {"`"}
    texts = ["".join(p) for p in itertools.product(" a'`-H\t\\", repeat=3)]
    texts += ["Kinsei shiryo", "ni tsuite", "O`hara", "shin'yo", "Ko\u0302be", "Tōkyō", "kyôgi",
              "Ｔokyo", "ｶﾀｶﾅ", "", *ascii_chars]
    for text in texts:
        assert kana.normalize_romaji(text) == full_normal(text), text
        assert kana.strip_macrons(text) == full_strip(text), text


def test_a_word_ending_in_no_syllables_letter_is_no_romaji() -> None:
    from jpterms.romaji import _syllables, parse_word

    words = {w for text in _real_texts() for w in text.split()}
    words |= {w.strip(".,;:!?\"“”‘’'«»()[]*_\\") for w in words} - {""}
    words |= {"Kyōgi", "Tôkyô", "Ohno", "Shin-", "kan'", "Honshu", "ShinbuN", "Sinbun", "nit",
              "tch", "kokk", "Hamm", "OHNO", "TOKYO", "rice", "ｔｏｋｙｏ", "k`", "x"}
    shortcut = 0
    for word in sorted(words):
        assert parse_word(word) == _syllables(word), word
        last = word[-1:]
        shortcut += last.isascii() and last.isalpha() and _syllables(word) is None and \
            last.lower() not in "aiueonh"
    assert shortcut > 1000  # most English words are turned away by their last letter


def test_runs_read_again_only_the_lines_that_may_hold_a_run() -> None:
    for text in _real_texts():
        guesser = LanguageGuesser(Lexicon.default())
        read: list[int] = []
        read_line = guesser._read_line

        def counted(text: str, begin: int, *rest: object, read: list[int] = read,
                    read_line: Callable[..., None] = read_line) -> None:
            read.append(begin)
            read_line(text, begin, *rest)

        guesser._read_line = counted  # type: ignore[method-assign]
        first = guesser.runs(text)
        once = len(read)
        read.clear()
        assert guesser.runs(text) == first == LanguageGuesser(Lexicon.default()).runs(text)
        lines = sum(1 for line in text.split("\n") if line.strip())
        assert len(read) < once <= lines
        assert all(any(tok not in guesser._ends_runs for tok in text[b:].split("\n")[0].split())
                   for b in read)


def test_markdown_without_carriage_returns_skips_normalising_alike() -> None:
    from jpterms.readers.markdown import _kept_ranges, _parser

    for text in _real_texts():
        assert "\r" not in text and "\0" not in text
        assert [(t.type, t.map, t.nesting) for t in _parser(normalize=False).parse(text)] == \
            [(t.type, t.map, t.nesting) for t in _parser().parse(text)]
        # the same lines through the other path (CR LF line ends), mapped back to offsets
        crlf = text.replace("\n", "\r\n")
        before = [0]  # how many CRs stand before each offset of the CR LF text
        for c in crlf:
            before.append(before[-1] + (c == "\r"))
        assert _kept_ranges(text) == [(s - before[s], e - before[e])
                                      for s, e in _kept_ranges(crlf)]


def test_jpterms_is_found_in_any_case_as_in_the_lower_case_text() -> None:
    from jpterms.check import _names_jpterms

    # no character outside ASCII lowers to a string holding a letter of "jpterms", so
    # the UTF-8 bytes' ASCII-only lower() finds it exactly where str.lower() does (every
    # character lowered at once: lower() maps each alone, final sigma aside)
    others = "".join(map(chr, itertools.chain(range(0x80, 0xD800), range(0xE000, 0x110000))))
    lowered = others.lower()
    assert not any(letter in lowered for letter in "jpterms")
    for text in [*_real_texts(), "JpTeRmS: ignore", "jpterm s", "İjptermsK", "\ud800jpterms"]:
        assert _names_jpterms(text) == ("jpterms" in text.lower()), text[:40]


def test_missing_macron_answers_kept_are_the_answers_made_afresh() -> None:
    from jpterms.spelling import SpellingJudge

    words = [*_bibliography_words()[:600], "shinyo", "Shin-yo", "Kagakushu", "toshi"]
    kept = SpellingJudge(Lexicon.default())
    first = [(w, t, kept.missing_macron(w, trusts_as_written=t)) for w in words
             for t in (False, True)]
    assert len(kept._verdicts) > len(words)  # most answers kept ...
    fresh = SpellingJudge(Lexicon.default())
    for w, t, answer in first:
        assert kept.missing_macron(w, trusts_as_written=t) == answer, w  # ... and given again
        fresh._verdicts.clear()
        assert fresh.missing_macron(w, trusts_as_written=t) == answer, w  # as made afresh
    assert any(answer for _, _, answer in first)


def test_name_people_answers_kept_are_the_answers_made_afresh() -> None:
    from jpterms.spelling import SpellingJudge

    names = [w for w in _bibliography_words() if w[:1].isupper()][:200]
    names += ["Toru", "Kato", "Ota", "Shuntaro", "Sagara", "Ito-Kato"]
    kept = SpellingJudge(Lexicon.default())
    first = [(w, f, dict(kept.name_people(w, family=f))) for w in names for f in (True, False)]
    assert len(kept.names._people) > len(names)  # answers kept ...
    for w, f, answer in first:
        assert kept.name_people(w, family=f) == answer, w  # ... and given again
        assert SpellingJudge(Lexicon.default()).name_people(w, family=f) == answer, w
    assert sum(bool(answer) for _, _, answer in first) > 25


def _plain_runs(guesser: LanguageGuesser, text: str) -> list[tuple[str, int, int]]:
    """The runs as the docstring of :meth:`LanguageGuesser.runs` defines them, token by
    token (``\\S+``), a verdict for every word: no line or token skipped."""
    from jpterms.language import _EDGE, _MAY_BE_JAPANESE, _NOT_OPENING

    out: list[tuple[str, int, int]] = []
    current: list[tuple[str, int, int, object]] = []

    def flush() -> None:
        if current and guesser._is_japanese_run(current, 1):  # type: ignore[arg-type]
            out.append((text[current[0][1]:current[-1][2]], current[0][1], current[-1][2]))
        current.clear()

    for m in re.finditer(r"\S+", text):
        raw = m.group(0)
        word = raw.strip(_EDGE)
        lead = len(raw) - len(raw.lstrip(_EDGE))
        if not word:
            flush()
            continue
        if lead and raw[:lead].strip(_NOT_OPENING):
            flush()
        verdict = guesser.word(word)
        if verdict.language not in _MAY_BE_JAPANESE:
            flush()
            continue
        current.append((word, m.start() + lead, m.start() + lead + len(word), verdict))
        if raw[lead + len(word):].strip("'’"):
            flush()
    flush()
    return out


def test_runs_skipping_known_tokens_are_the_runs_token_by_token() -> None:
    """runs passes over the tokens it knows end any run and places the others by
    str.find: the same runs as reading every token, on real text read twice (the second
    time most tokens are known) and on lines that repeat a token, hold a token inside
    another (Tōkyō in xTōkyō), and space out words with tabs, no-break and ideographic
    spaces."""
    words = ["Tōkyō", "Tokyo", "(Tōkyō", "Tōkyō,", "kenkyū", "Iwanami", "Shoten", "the",
             "(", ")", "“Nihon", "shi”", "no", "kai.", "Shōwa", "Abe,", "Shinzō.", "*kuni*",
             "Tōkyō)", "[Kyōto]", "Kyōto", "Ōsaka-fu", "Ken'ichi", "sōsho", "of", "Tōkyō.",
             "Tōkyōx", "xTōkyō", "kenkyūkenkyū", "sōshos", "Shōwa's"]
    spaces = [" ", "  ", "\t", "\u00a0", " \u3000 ", "\u2003"]
    rnd = random.Random(5)
    lines = ["".join(rnd.choice(words) + rnd.choice(spaces) for _ in range(rnd.randint(0, 9)))
             for _ in range(400)]
    texts = [_real_texts()[0][:40_000], _real_texts()[2], "\n".join(lines)]
    for text in texts:
        guesser = LanguageGuesser(Lexicon.default())
        expected = _plain_runs(LanguageGuesser(Lexicon.default()), text)
        assert expected
        for _ in range(2):
            assert [(r.text, r.start, r.end) for r in guesser.runs(text)] == expected


@pytest.mark.parametrize("before, after, not_before", [
    (r"(?<![\w'’-])", r"(?=['’]s(?![\w'’-])|(?![\w'’-]))", r"[\w'’-]"),  # macrons_elsewhere.elsewhere
    (r"\b", r"\b", r"\w"),  # names._whole_words
])
def test_alternation_finds_what_the_plain_pattern_finds(before: str, after: str,
                                                        not_before: str) -> None:
    from jpterms.rules.base import Alternation

    text = "\n".join(_real_texts()) + " Sōrin’s Sorin's Sorin-sama xSorin Sorin’sx Iwanami" \
        " Shoten Iwanami Shotenx Kyōto-fu Kyōto, Ōtomo 'Ōtomo Ōtomo’s Ōtomos Sorin\nSorin"
    found = sorted({m.group(0) for m in re.finditer(r"[A-ZĀĪŪĒŌ][\w'’-]+", text)})
    words = [*found[::5], "Sorin", "Sōrin", "Iwanami Shoten", "Iwanami", "Kyōto-fu", "Kyōto",
             "Ōtomo", "sōsho", "daimyo"]
    if before == r"\b":
        words = [w for w in words if w[0].isalpha()]
    for order in (sorted(set(words), key=len, reverse=True), sorted(set(words))):
        plain = re.compile(before + "(?:" + "|".join(map(re.escape, order)) + ")" + after)
        expected = [(m.span(), m.group(0)) for m in plain.finditer(text)]
        fast = Alternation(order, before, after, not_before)
        assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == expected
        assert len(expected) > 100
    assert not list(Alternation([], before, after, not_before).finditer(text))


@pytest.mark.parametrize("name", ["_SHORT_NOTE", "_SHORT_AUTHOR"])
def test_short_citations_searched_in_their_lines_are_all_found(name: str) -> None:
    import jpterms.rules.citation_macrons as citations

    pattern, core = getattr(citations, name), getattr(citations, f"{name}_CORE")
    notes = ["102. Ota, _The Chronicle of Lord Nobunaga_, 165.", "in Ota, ed. and Kato, “x”",
             "see also Ota, “Tosa”; Kato, *Ie*", "cf. Ota, *x* Cf. Ito, _y_; See Abe, \"z\"",
             "[^3]: Ota, “Tosa”", "  7 Saito,  *Edo*", "Ota, eds. Ota,eds.", "xOta, “a”",
             "and Mori, “b”. Sato, “c”", "Ando, H., Mantetsu; Kato, Y. K., “d” Ito,T.,"]
    texts = [*_real_texts(), "\n".join(notes), "\n".join(notes).translate(_STRIP) + "\nOta, “e"]
    for text in texts:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in citations._in_lines_holding(core, pattern, text)] \
            == expected
    assert len(list(pattern.finditer(texts[-2]))) >= 8
