"""Romanised Japanese back to kanji, kana, correct Hepburn and English.

A query may lack macrons, use circumflexes or ou/oo/oh, use Kunrei-shiki,
break words in the wrong places, or carry typos. :func:`lookup` asks the
glossary's :class:`jpterms.reverse.ReverseEngine`, which searches the whole
query at once against Mozc, JMdict, JMnedict and the glossary, and adds the
glossary's own entries (and near misses, for typos) around its answers.
English comes from the glossary, then JMdict and JMnedict.

>>> top = lookup("Nichiei saiba kyogi no kaisai nit suite")[0]
>>> top.kanji, top.romaji
('日英サイバー協議の開催について', 'Nichiei saibā kyōgi no kaisai ni tsuite')
>>> lookup("Hamondo")[0].english
'Hammond'
"""

from __future__ import annotations

import re
from functools import partial

from jpterms.glossary import Entry, Glossary
from jpterms.glosses import FAMILY_NAME, name_part
from jpterms.kana import fold_romaji, has_japanese, normalize_romaji, to_hiragana
from jpterms.match import LOOKUP_KINDS, Match
from jpterms.one_word import ONE_WORD_DEPTH, reorder
from jpterms.query_text import national_heading
from jpterms.romaji import hepburn_query, is_romaji
from jpterms.title_analysis import (
    PARTICLES,
    Candidate,
    TitleAnalysis,
    WordAnalysis,
    english_for,
)

__all__ = ["PARTICLES", "Candidate", "Match", "TitleAnalysis", "WordAnalysis", "analyze_title",
           "english_for", "lookup"]


def analyze_title(text: str, context: str = "", glossary: Glossary | None = None) -> TitleAnalysis:
    """Analyse a romanised title word by word (``context``: its English translation)."""
    glossary = glossary if glossary is not None else Glossary.bundled()
    return glossary.reverse_engine.analyze_title(text, context)


def _glossary_key(query: str) -> str:
    return fold_romaji(query).replace(" ", "").replace("'", "").replace("-", "")


def _glossary_matches(query: str, glossary: Glossary, limit: int) -> list[Match]:
    from rapidfuzz import fuzz, process

    key = _glossary_key(query)
    out = []
    exact = glossary.by_key.get(key, [])
    for e in exact:
        # Ookayama writes a long o the entry Okayama lacks, Kita-ku parts what 寄託 kitaku
        # writes as one word: a near miss, not the word.
        score = 1.0 if _lengths_agree(query, e.hepburn) and \
            _hyphens_agree(query, e.hepburn) else 0.5
        out.append(_entry_match(e, score, glossary))
    if len(out) < limit and len(key) >= 6 and len(query.split()) <= 2:  # a typo (Hammondo)
        keys = list(glossary.by_key)
        for hit, score, _ in process.extract(key, keys, scorer=fuzz.ratio, limit=limit,
                                             score_cutoff=88):
            if abs(len(hit) - len(key)) > 1:  # a typo, not a written word left out
                continue
            for e in glossary.by_key[hit]:
                if all(m.kanji != e.written for m in out):
                    out.append(_entry_match(e, score / 100 * 0.5, glossary))
    return out


def _ends(words: list[str]) -> set[int]:
    """Where each of ``words`` ends, counted in the letters of their romaji keys."""
    from jpterms.lexicon import romaji_key

    ends, count = set(), 0
    for word in words:
        count += len(romaji_key(word))
        ends.add(count)
    return ends


def _hyphens_agree(query: str, hepburn: str) -> bool:
    """Whether every hyphen of the query parts words that ``hepburn`` parts too (with a
    hyphen or a space): a hyphen is a word boundary, so *Kita-ku* (北区) is not the
    glossary's 寄託 *kitaku*.

    >>> _hyphens_agree("Kita-ku", "kitaku"), _hyphens_agree("Toukyou-to", "Tōkyō-to")
    (False, True)
    >>> _hyphens_agree("kaisai nit suite", "kaisai ni tsuite")
    True
    """
    hyphens: set[int] = set()
    start = 0
    for word in query.split():
        parts = _ends(word.split("-"))
        hyphens |= {start + end for end in parts if end != max(parts)}
        start += max(parts)
    return hyphens <= _ends(re.split(r"[\s-]+", hepburn.strip()))


_WRITTEN_LONG = re.compile(r"oo|ou|uu|oh(?![aiueoy])")
#: What a vowel the query writes short may be in the reading besides itself.
_LONG_OF = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_NOT_LETTER = re.compile(r"[^a-zāīūēō]")
#: The control characters (C0 and DEL) a query may carry from a file or a pipe: each is a
#: space, as a tab is (a NUL is no key of any dictionary: "\x00a" read into another
#: key's record and crashed).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _lengths_agree(query: str, hepburn: str) -> bool:
    """Whether every long vowel the query writes (ō, oo, ou, oh) is long in ``hepburn``;
    a vowel the query writes short may be either (macrons are often left out).

    >>> _lengths_agree("Tokyo", "Tōkyō"), _lengths_agree("Ookayama", "Okayama")
    (True, False)
    """
    def letters(text: str) -> str:
        return _NOT_LETTER.sub("", normalize_romaji(text).lower())

    written = _WRITTEN_LONG.sub(lambda m: {"u": "ū"}.get(m.group(0)[0], "ō"), letters(query))
    read = letters(hepburn)
    # letter by letter (a regular expression made for each query was compiled each time)
    return len(written) == len(read) and all(
        w == r or _LONG_OF.get(w) == r for w, r in zip(written, read, strict=True))


def _entry_match(e: Entry, score: float, glossary: Glossary) -> Match:
    """A glossary entry as a result; its romaji (the glossary's romaniser's) made when read."""
    romaji = partial(glossary.reverse_engine.romanize, e.written)
    return Match(e.written, to_hiragana(e.reading), romaji, e.english, "glossary", score)


#: The kinds of query that name something (``kind=``): a glossary term (common
#: vocabulary) that spells the query is no longer put before the engine's reading.
_NAMED_KINDS = frozenset({"place", "name", "publisher"})


#: How many readings a look-up searches at least, whatever ``limit`` asks: the search's
#: beam grows with what it is asked for, so ``limit=1`` searched less than ``limit=5`` and
#: could answer 甲西 for *Kosei* where five answers began with 構成 (5 of 400 dev
#: queries). With it, ``lookup(q, limit=n)`` is the first ``n`` of ``lookup(q)`` for
#: every ``n`` up to 5.
SEARCH_DEPTH = 5


#: The longest query looked up, in characters. A title with its subtitle is a few
#: hundred; the search's work grows faster than the query (a line of 10,000 letters
#: took minutes), so a longer one is no title and has no match.
MAX_QUERY = 1000


def lookup(query: str, limit: int = 5, *, glossary: Glossary | None = None,
           kind: str | None = None) -> list[Match]:
    """Kanji, kana, Hepburn and English for a romanised word, name or title, best first.
    A query longer than :data:`MAX_QUERY` characters has no match.

    ``limit`` answers at most, the first of a search at least :data:`SEARCH_DEPTH` deep:
    asking for fewer changes no answer (``lookup(q, limit=1)`` is ``lookup(q)[:1]``).

    ``kind`` says what the query is where the caller knows it: "title", "name",
    "place" or "publisher" (a one-word title is not read as the station of the
    same name).

    >>> lookup("kyogi")[0].kanji, lookup("Kyōgi")[0].romaji
    ('協議', 'Kyōgi')
    >>> lookup("Haji")[0].kanji, lookup("Haji", kind="title")[0].kanji
    ('土師', '恥')

    One of the commonest words of Japanese comes before a station even so:

    >>> [m.kanji for m in lookup("Umi")][:2], lookup("Umi", kind="place")[0].kanji
    (['海', '宇美'], '宇美')

    A query written in Japanese is looked up as it is written:

    >>> m = lookup("東京")[0]
    >>> m.kana, m.romaji, m.english
    ('とうきょう', 'Tōkyō', 'Tokyo')
    """
    if not isinstance(query, str):
        raise TypeError(f"lookup() needs a str, not {type(query).__name__}")
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise TypeError(f"lookup() needs an int limit, not {type(limit).__name__}")
    if kind is not None and kind not in LOOKUP_KINDS:
        raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(LOOKUP_KINDS)}")
    if len(query) > MAX_QUERY:
        return []
    glossary = glossary if glossary is not None else Glossary.bundled()
    query = _CONTROL.sub(" ", normalize_romaji(query)).strip()  # a NUL, a tab: a space
    if not query or limit <= 0 or not any(ch.isalpha() for ch in query):
        return []
    heading, body = national_heading(query)
    if heading:  # Japan. Gaimusho: the country in English, then the body it heads
        return [m.replace(kanji=heading + m.kanji, romaji=heading + m.romaji)
                for m in lookup(body, limit, glossary=glossary, kind=kind)]
    if _written_in_japanese(query):  # 東京: its own reading and English, not a search
        as_written = glossary.reverse_engine.japanese(query)
        return [as_written] if as_written is not None else []
    chinese = _pinyin_matches(query, glossary)  # Pu Songling: 蒲松齢, not nothing
    # Tosizo, Yuhko, Oh-oka: what Hepburn writes Toshizo, Yūko, Ōoka is looked up as that
    query = hepburn_query(query, _katakana_word)
    one_word = kind is None and len(query.split()) == 1 and "-" not in query
    depth = max(limit, SEARCH_DEPTH)
    ordered = chinese + _ordered(query, glossary, depth, kind, one_word=one_word)
    unique = _distinct(ordered)
    if one_word:  # Tsuchi: 土 before 通知 tsūchi; Kaeru: 蛙 among five verbs
        unique = reorder(query, unique)
    answers = _slots([_as_surname(m) for m in unique], limit, glossary)
    romaji = _romaji_words(query)
    if not answers and romaji != query:  # Natsume Soseki Dr: 夏目漱石, not nothing (half the score)
        return [m.replace(score=m.score / 2)
                for m in lookup(romaji, limit, glossary=glossary, kind=kind)]
    return answers


def _ordered(query: str, glossary: Glossary, depth: int, kind: str | None, *,
             one_word: bool) -> list[Match]:
    """The glossary's matches and the engine's readings of a Hepburn query, in the order
    :func:`lookup` ranks them (repeats and all)."""
    glossary_hits = _glossary_matches(query, glossary, depth)
    # A family name cut from a person's row (一川 of 一川保夫) is one reading among
    # others, not the answer to every Ichikawa.
    exact = [m for m in glossary_hits if m.score >= 1.0 and not m.english.endswith(FAMILY_NAME)]
    if kind in _NAMED_KINDS:
        # A term is common vocabulary (台頭 for *Taito*): for a query the caller says is a
        # place, a name or a publisher, the reading of that kind comes first (太東 station).
        terms = {e.written for e in glossary.by_key.get(_glossary_key(query), ())
                 if e.kind == "term"}
        exact = [m for m in exact if m.kanji not in terms]
    chosen = {id(m) for m in exact}  # (by identity: comparing matches reads their fields)
    near = [m for m in glossary_hits if id(m) not in chosen]
    found = glossary.reverse_engine.search(query, limit=depth, kind=kind)
    # The glossary's own entries first, then the best reading of the whole query and the
    # next readings that are one word each, then glossary entries a letter away
    # (Hammondo), then the other readings.
    pieced = _first_pieced(found)
    ordered = exact + found[:1] + found[1:pieced] + near + found[pieced:]
    if one_word:  # the readings a deeper search adds, after these (蛙, Kaeru's seventh)
        ordered += glossary.reverse_engine.search(query, limit=max(depth, ONE_WORD_DEPTH))
    return ordered


def _distinct(ordered: list[Match]) -> list[Match]:
    """The first match of each kanji spelling, scores kept in order (never above the one
    before); matches without Japanese dropped."""
    seen: set[str] = set()
    unique: list[Match] = []
    for m in ordered:
        if m.kanji not in seen:
            seen.add(m.kanji)
            if unique and m.score > unique[-1].score:  # keep the scores in order
                m = m.replace(score=unique[-1].score)
            unique.append(m)
    # letters alone are no answer (IBM: no loanword fits, nothing Japanese is found)
    return [m for m in unique if has_japanese(m.kanji)]


def _slots(ranked: list[Match], limit: int, glossary: Glossary) -> list[Match]:
    """The first ``limit`` of ``ranked`` (best first), searched :data:`SEARCH_DEPTH` deep at
    least: a weak last reading gives way to the old-form spelling a dictionary lists for a
    stronger one (山極壽一 beside 山極寿一: :mod:`jpterms.written_variants`)."""
    from jpterms.written_variants import WrittenVariants

    depth = max(limit, SEARCH_DEPTH)
    return WrittenVariants.default().offer(ranked, glossary.reverse_engine.romanize, depth)[:limit]


def _katakana_word(katakana: str) -> bool:
    """Whether JMdict lists these kana as a word (セキュリティ, パティ): a loanword the
    look-up does not read as Kunrei-shiki (*Sekyuriti* stays, not セキュリチ); a foreign
    name Mozc knows (ティノ) is no reason to (*Tino Sigeru* is 千野茂)."""
    from jpterms.dictionaries import jmdict_glosses

    return bool(jmdict_glosses(katakana))


def _pinyin_matches(query: str, glossary: Glossary) -> list[Match]:
    """The Chinese names and titles JMnedict lists that a query in pinyin writes
    (:mod:`jpterms.pinyin`), as written in Japanese; none for a query in romaji.

    >>> [m.kanji for m in _pinyin_matches("Pu Songling", Glossary.bundled())]
    ['蒲松齢']
    >>> _pinyin_matches("Matsuo Basho", Glossary.bundled())
    []
    """
    from jpterms.pinyin import pinyin_query, spellings
    from jpterms.reading_index import ReadingIndex

    parts = pinyin_query(query)
    if parts is None:
        return []
    found = (glossary.reverse_engine.japanese(w)
             for w in spellings(parts, ReadingIndex.default()))
    return [m for m in found if m is not None]


def _romaji_words(query: str) -> str:
    """``query`` without its words that are no romaji, where most of its words are romaji
    (so *Qu You* is not よう, nor *Pu Songling* プ), and without a word in brackets that is
    no romaji wherever it stands (a cataloguer's note: *Ekonomisuto [microform]*, a
    catalogue record's title): what a look-up that found nothing for the whole query looks
    up instead.

    >>> _romaji_words("Natsume Soseki, Dr."), _romaji_words("Qu You"), _romaji_words("Sato Smith")
    ('Natsume Soseki', 'Qu You', 'Sato Smith')
    >>> _romaji_words("Ekonomisuto [microform]")
    'Ekonomisuto'
    """
    raw = query.split()
    noted = [w[:1] in "([" and w[-1:] in ")]" and not is_romaji(w.strip(_PUNCTUATION))
             for w in raw]
    words = [w.strip(_PUNCTUATION) for w, note in zip(raw, noted, strict=True) if not note]
    kept = [w for w in words if w and (not any(ch.isalpha() for ch in w) or is_romaji(w))]
    if 2 * len(kept) <= len(words) or (len(kept) == len(words) and not any(noted)):
        return query
    return " ".join(kept)


_PUNCTUATION = ".,;:!?()[]\"'“”‘’"


def _first_pieced(found: list[Match]) -> int:
    """Where, in ``found`` (the engine's readings of a query, best first), the first
    reading after the best that is more than one word stands (``len(found)`` if none): a
    query the engine reads as one word after another, each reading it whole (*Shishin*:
    指針, 私信, 私心), is no typo of a glossary entry a letter away (市史), which comes
    after them; a query only read in pieces (*Hammondo*: 半 + 問答) may be one.
    """
    return next((i for i, m in enumerate(found) if i > 0 and m.words), len(found))


def _written_in_japanese(query: str) -> bool:
    """Whether a query is written in kanji or kana (and digits, punctuation), not in
    Latin letters: it is looked up as it is written.

    >>> _written_in_japanese("東京"), _written_in_japanese("東京 daigaku")
    (True, False)
    >>> _written_in_japanese("JR東日本"), _written_in_japanese("iPS細胞"), _written_in_japanese("JR Namba")
    (True, True, False)
    """
    if not has_japanese(query):
        return False
    # Latin letters written into Japanese (JR東日本, iPS細胞) or as a capitalised acronym
    # are part of the name as written; a romaji word beside kanji (東京 daigaku) is not.
    return all(word.isupper() or has_japanese(word)
               for word in query.split() if any(ch.isascii() and ch.isalpha() for ch in word))


def _as_surname(m: Match) -> Match:
    """A family name the glossary cut from a person's row, glossed as the surname it is
    (山口: "Yamaguchi (surname)", not "Natsuo Yamaguchi (family name)")."""
    if m.source != "glossary":
        return m

    def english() -> str:  # made when read, as the result's own English is
        own = m.english
        if not own.endswith(FAMILY_NAME):
            return own
        return name_part(m.kanji, m.kana, "surname", m.romaji)

    return m.replace(english=english)
