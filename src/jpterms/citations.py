"""Find the romanised Japanese titles in English text.

A citation title is a quoted span (“…” or "…") or a whole title field of a
BibTeX or CSL-JSON entry. Its romanised part stands before a bracketed English
translation: ``“Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber
dialogue]”``. A span counts as romanised Japanese when most of its words parse
as romaji and stand for Japanese words; English titles ("Joint Statement on
Internet Policy Issues") do not.

>>> from jpterms.document import Document
>>> doc = Document.from_text('MOFA, “Nichiei saiba kyogi [Japan-UK cyber dialogue],” 2012')
>>> [(t.text, t.context) for t in find_titles(doc)]
[('Nichiei saiba kyogi', 'Japan-UK cyber dialogue')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from jpterms.document import EMPHASIS, TITLE_ROLES, Document, Segment
from jpterms.pinyin import is_pinyin_text
from jpterms.romaji import parse_word

#: Quoted spans: double (curly or straight) quotes, then single ones. A single straight
#: quote is also an apostrophe, so it must stand outside a word on both sides. Each span is
#: possessive (``{3,400}+``): only its closing quote can follow it, and a shorter span ends
#: before a character of the span, never a quote, so giving characters back finds nothing
#: (an apostrophe in a word after an opening quote took 400 steps back): the same matches.
_QUOTED = re.compile(r"“([^“”\n]{3,400}+)”|\"([^\"\n]{3,400}+)\"")
#: ``(?<![\w'’])'…`` written quote first (the look-behind after it) so the regex engine can
#: skip ahead to quotes: the same matches, tested.
_SINGLE_QUOTED = re.compile(r"‘([^‘’\n]{3,400}+)’|'(?<![\w'’]')([^'\n]{3,400}+)'(?![\w'’])")
_BRACKET = re.compile(r"\s*\[([^\[\]]{2,300})\]\s*[,.;:]?\s*$")
_WORD = re.compile(r"[A-Za-zĀ-ſÂ-ûāīūēō'’-]+")
#: The words of :data:`_WORD` of two letters or more, found as such (not filtered after).
_WORD_OF_TWO = re.compile(r"[A-Za-zĀ-ſÂ-ûāīūēō'’-]{2,}")
_SIC = re.compile(r"\s*\[sic\]", re.IGNORECASE)
_SIC_MARK = re.compile(r"\[sic\]", re.IGNORECASE)


@dataclass(frozen=True)
class Title:
    """A romanised title: its text, where it starts, and its English translation."""

    text: str
    segment: Segment
    start: int  # index of text[0] in segment.text
    context: str = ""
    #: The original-script title written next to it ("… (日英サイバー協議)"), if any.
    original: str = ""
    #: Whether it is the main title of an emphasised title before an English subtitle
    #: (*Gukansho: The Future and the Past*, :func:`subtitled_head`).
    subtitled: bool = False

    def source_span(self, begin: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[begin:end]``."""
        return (self.segment.source_offset(self.start + begin),
                self.segment.source_offset(self.start + end - 1) + 1)


def romaji_share(text: str) -> float:
    """The share of a span's words (of two letters or more) that parse as romaji.

    >>> romaji_share("Nichiei saiba kyogi no kaisai"), romaji_share("Joint Statement on Internet")
    (1.0, 0.25)
    """
    return _share(_WORD_OF_TWO.findall(text))


def _share(words: list[str]) -> float:
    if not words:
        return 0.0
    return len([w for w in words if parse_word(w) is not None]) / len(words)


def is_romanised(text: str) -> bool:
    """True when a span reads as romanised Japanese rather than English: at least three
    quarters of its words (of two letters or more) parse as romaji, and one has three.

    >>> is_romanised("Nichiei saiba kyogi"), is_romanised("Joint Statement on Internet")
    (True, False)
    """
    words = _WORD_OF_TWO.findall(text)
    if not words or max(map(len, words)) < 3:
        return False
    # the words are parsed only until too many have failed (most quoted spans are English)
    spare = len(words) // 4  # (romaji >= 3/4 of the words: failures <= 1/4 of them)
    for word in words:
        if parse_word(word) is None:
            if not spare:
                return False
            spare -= 1
    return True


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` in quotation marks (double, curly, single), marks included.

    >>> quoted_spans('See “Kinsei shiryō,” and ‘Kokushi’.')
    [(4, 20), (25, 34)]
    """
    return sorted((m.start(), m.end()) for pattern in (_QUOTED, _SINGLE_QUOTED)
                  for m in pattern.finditer(text))


def _split_translation(text: str) -> tuple[str, str]:
    if "[" not in text:
        return text, ""  # (the search tries every character: most texts hold no bracket)
    m = _BRACKET.search(text)
    if m and not _SIC.match(m.group(0)):
        return text[: m.start()], m.group(1)
    return text, ""


#: An original-script title in brackets after the romanised one: "… (日英サイバー協議)".
_ORIGINAL = re.compile(r"\s*[(（]([^()（）\n]*)[)）]\s*$")


def _writes_japanese(text: str) -> bool:
    """Whether ``text`` holds kana or a kanji (U+3041-U+30FA, U+3400-U+9FFF): told a
    character at a time in the few bracketed texts that end a title, not by a class of
    27,000 characters in :data:`_ORIGINAL` (1.2 ms of every check to compile)."""
    return any("\u3041" <= c <= "\u30fa" or "\u3400" <= c <= "\u9fff" for c in text)


def _split_original(text: str) -> tuple[str, str]:
    """The romanised part of a title and the original-script title after it, if any.

    >>> _split_original("Bōei hakusho (防衛白書)")
    ('Bōei hakusho', '防衛白書')
    """
    if "(" not in text and "（" not in text:
        return text, ""  # (the search tries every character: most texts hold no bracket)
    m = _ORIGINAL.search(text)  # (the last bracket, if the text ends with it)
    if m and _writes_japanese(m.group(1)):
        return text[: m.start()], m.group(1).strip()
    return text, ""


def _blank_sic(text: str) -> str:
    """Hide "[sic]" markers (kept spellings) from the analysis, keeping offsets, and the
    marks around words inside a title: Markdown emphasis (“*Shanhai shinpō* ni miru”)
    and the quotes of a title quoted within it (“… keiken: ‘Senchū nichiroku’ to …”).

    >>> _blank_sic("*Bunkyū ninen* ‘Senchū nichiroku’ Jun’ichirō")
    ' Bunkyū ninen   Senchū nichiroku  Jun’ichirō'
    """
    if "[" in text:
        text = _SIC_MARK.sub(lambda m: " " * len(m.group(0)), text)
    if "*" in text or "_" in text or "‘" in text:
        text = _INNER_MARKS.sub(lambda m: " " * len(m.group(0)), text)
    return text


#: Emphasis marks at a word's edge, and single quotes around words (not an apostrophe
#: inside one: Jun’ichirō, Ken'ichi). Each alternative is written mark first (the
#: look-behind after it), so the regex engine skips ahead to the marks instead of trying
#: four look-behinds at every character: the same matches as
#: ``(?<![\w*_])[*_]+(?=\w)|(?<=[\w.,!?])[*_]+(?![\w*_])|(?<!\w)[‘'](?=\w)|(?<=[\w.,!?])[’'](?!\w)``
#: (tested), at less than half the cost.
_INNER_MARKS = re.compile(r"[*_](?<![\w*_][*_])[*_]*(?=\w)|[*_](?<=[\w.,!?][*_])[*_]*(?![\w*_])"
                          r"|[‘'](?<!\w[‘'])(?=\w)|[’'](?<=[\w.,!?][’'])(?!\w)")


def find_titles(doc: Document) -> Iterator[Title]:
    """Every romanised title in the document's segments.

    A whole title field (a BibTeX or CSL-JSON title, journal, series or publisher) is
    one title; in prose, titles stand in double quotes (“…”, "…"), single quotes (‘…’,
    '…'), Markdown emphasis (*…*, _…_), or before a bracketed English translation.
    Single quotes, emphasis and unmarked titles are held to a stricter test than double
    quotes, because English text uses them for much else.

    >>> from jpterms.readers import load_document
    >>> doc = load_document("See *Kinsei shiryo no kenkyu* and ‘Nihon no kindai’.", "a.md")
    >>> [t.text for t in find_titles(doc)]
    ['Kinsei shiryo no kenkyu', 'Nihon no kindai']
    """
    addons = _translations_added(doc.segments)
    for segment in doc.segments:
        if segment.role in TITLE_ROLES:
            body, context = _split_translation(_blank_sic(segment.text))
            added = addons.get(segment.entry) if segment.field in _MAIN_TITLES else None
            if added is not None and not context:
                context = added[0]  # titleaddon = {[Translation]}
            body, original = _split_original(body.rstrip(" ,.;:"))
            if added is not None and not original:
                original = added[1]  # titleaddon = {\textzh{原題}}
            stripped = body.rstrip(" ,.;:")
            lead = len(stripped) - len(stripped.lstrip())
            if is_romanised(stripped) and not is_pinyin_text(stripped):  # (a Chinese work's)
                yield Title(stripped.strip(), segment, lead, context, original)
            elif segment.field in _MAIN_TITLES and not context and not original \
                    and ": " in stripped:
                head = subtitled_head(stripped)
                if head:  # title = {Jinno Shotoki: A Chronicle of Gods and Sovereigns}
                    yield Title(head, segment, lead, subtitled=True)
            continue
        yield from _prose_titles(segment)


def _translations_added(segments: Sequence[Segment]) -> dict[str, tuple[str, str]]:
    """Each BibTeX entry's translation of its title, or its title in the original script,
    given in a field of its own, by the entry's key: biblatex's ``titleaddon`` holding one
    bracketed text, where style guides put a title's translation (Language Science Press:
    "Use the titleaddon field for a translation, and put the translation in square
    brackets"), or Japanese script alone, where biblatex-chicago's CJK styles put the
    original (``titleaddon = {\\textzh{最後の日本人}}``).

    >>> from jpterms.readers import load_document
    >>> doc = load_document("@book{H, title = {Nihongo no shakai shinri},\\n"
    ...                     " titleaddon = {[Social psychology]}}", "a.bib")
    >>> _translations_added(doc.segments)
    {'H': ('Social psychology', '')}
    """
    found: dict[str, tuple[str, str]] = {}
    for segment in segments:
        if segment.field in _ADDED_FIELDS and segment.entry and segment.entry not in found:
            m = _ADDED_TRANSLATION.fullmatch(segment.text)
            if m is not None and not _SIC.match(m.group(0)):
                found[segment.entry] = (m.group(1).strip(), "")
            elif _original_script().fullmatch(segment.text.strip()):
                found[segment.entry] = ("", segment.text.strip())
    return found


#: The fields that hold an entry's own title: BibTeX's and CSL-JSON's ``title``, RIS's
#: ``TI`` and ``T1``.
_MAIN_TITLES = frozenset({"title", "TI", "T1"})
#: The fields that may give the translation or the original script of that title:
#: biblatex's ``titleaddon``, RIS's translated title (``TT``) and original publication (``OP``).
_ADDED_FIELDS = frozenset({"titleaddon", "TT", "OP"})

#: A field that is one bracketed text: a translation (``[Social psychology]``).
_ADDED_TRANSLATION = re.compile(r"\s*\[([^\[\]]{2,300})\]\s*[,.;:]?\s*")


@cache
def _original_script() -> re.Pattern[str]:
    """A field in Japanese script alone (kana, kanji, their punctuation, spaces and
    colons); compiled on first use, by a BibTeX entry's titleaddon (its classes of 27,000
    kanji cost 2 ms of every check to compile)."""
    return re.compile("(?=.*[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
                      "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e :,.]{2,300}")


def _prose_titles(segment: Segment) -> Iterator[Title]:
    text = segment.text
    # disjoint spans already read as quotes or emphasis: those of the passes before this
    # one (sorted, as spans) and this pass's (sorted, as starts and ends); a pass's spans
    # join the others when it ends, so a span is not inserted amid thousands
    taken: list[tuple[int, int]] = []
    taken_starts: list[int] = []  # taken's starts and ends, for a search among integers
    taken_ends: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    found: list[Title] = []

    def consider(start: int, end: int, inner_start: int, inner: str, strict: bool,
                 emphasis: bool = False) -> None:
        i = bisect.bisect_left(taken_starts, end)
        if i and taken_ends[i - 1] > start:
            return  # inside (or across) a span already taken
        i = bisect.bisect_left(starts, end)
        if i and ends[i - 1] > start:
            return
        starts.insert(i, start)
        ends.insert(i, end)
        body, context = _split_translation(_blank_sic(inner))
        body, original = _split_original(body.rstrip(" ,.;:"))
        stripped = body.rstrip(" ,.;:")
        if emphasis and not context and not original and ": " in stripped:
            head = subtitled_head(stripped)
            if head:  # *Jinno Shotoki: A Chronicle of Gods and Sovereigns*
                lead = len(stripped) - len(stripped.lstrip())
                found.append(Title(head, segment, inner_start + lead, subtitled=True))
                return
        if strict and len(stripped.split()) < 2:
            return  # not a title without double quotes (see _strictly_romanised)
        if is_romanised(stripped) and (not strict or _strictly_romanised(stripped)) \
                and not is_pinyin_text(stripped):  # (a Chinese work's, as in a bibliography)
            if not context and strict:
                after = _TRANSLATION_AFTER.match(text, end)
                context = _blank_sic(after.group(1)) if after else ""
            lead = len(stripped) - len(stripped.lstrip())
            found.append(Title(stripped.strip(), segment, inner_start + lead, context, original))

    def end_pass() -> None:
        taken.extend(zip(starts, ends, strict=True))
        taken.sort()
        taken_starts[:] = [s for s, _ in taken]
        taken_ends[:] = [e for _, e in taken]
        starts.clear()
        ends.clear()

    identifiers = _front_matter_identifiers(segment)
    quoted = list(_QUOTED.finditer(text))
    code = _code_quoted(text, quoted)
    for matches, strict in ((quoted, False), (_SINGLE_QUOTED.finditer(text), True)):
        for m in matches:
            if identifiers and inside(m.start(), identifiers):
                continue  # id: "dogen" in a page's front matter: an identifier
            if code and m.group(2) in code and not strict:
                continue  # "aou".id, "class":"aou": a string of code, here and elsewhere
            group = 1 if m.group(1) is not None else 2
            consider(m.start(), m.end(), m.start(group), m.group(group), strict)
        end_pass()
    for start, end, role in segment.spans:
        if role == EMPHASIS:
            consider(start, end, start, text[start:end], True, emphasis=True)
    end_pass()
    found.extend(t for t in _unquoted_titles(segment, taken) if not inside(t.start, taken))
    after_year = [t for t in _titles_after_year(segment) if not inside(t.start, taken)]
    if after_year:  # (not a title found before its translation again)
        known = {t.start for t in found}
        found.extend(t for t in after_year if t.start not in known)
    found.sort(key=lambda t: t.start)
    yield from found


#: A straight-quoted string glued to code: a key or a value after ``:`` or ``=`` with no
#: space (``"class":"aou"``, ``x="aou"``), or a name followed by a member, a key's colon
#: with no space, a call or an index (``"aou".id``, ``"aou":"x"``, ``"aou"(``). Prose puts a
#: space or a sentence's punctuation between a quoted title and the next word.
_GLUED_BEFORE = frozenset(":=")
_GLUED_AFTER = re.compile(r"\.\w|:\S|[(\[\w]")


def _code_strings(text: str) -> set[str]:
    """The straight-quoted strings the text uses as code somewhere: SQL's ``"aou".id``
    and a JSON document's ``"class":"aou"`` in a database manual; the same string quoted
    elsewhere in the text (``AS "aou"``) is that identifier too.

    >>> sorted(_code_strings('SELECT "aou".name FROM org AS "aou"; {"class":"aout"}'))
    ['aou', 'aout', 'class']
    >>> _code_strings('See "Kinsei shiryo". And "Nihon": a survey; x = "Edo"')
    set()
    """
    return _code_quoted(text, list(_QUOTED.finditer(text)) if '"' in text else [])


def _code_quoted(text: str, quoted: list[re.Match[str]]) -> set[str]:
    """:func:`_code_strings` from ``quoted``, every match of :data:`_QUOTED` in ``text``
    (which :func:`_prose_titles` reads next, so the text is searched once)."""
    if '"' not in text:
        return set()
    found = set()
    for m in quoted:
        inner = m.group(2)
        if inner is None:
            continue  # curly quotes are typography: prose
        start, end = m.span()
        if (start and text[start - 1] in _GLUED_BEFORE) or _GLUED_AFTER.match(text, end):
            found.add(inner)
    return found


#: A YAML front matter block opening a Markdown page (Hugo, Jekyll, Astro), and in it the
#: values of keys that name identifiers and paths, not words: ``id: "dogen"``.
#: (The Markdown reader blanks the two ``---`` lines, a thematic break's marks, to spaces.)
_FRONT_MATTER = re.compile(r"(?:---|   )[ \t]*\n(?:.*\n){0,200}?(?:---|   )[ \t]*(?:\n|$)")
_IDENTIFIER_KEY = re.compile(
    r"^[ \t]*(?:id|slug|permalink|url|uid|key|ref|layout|image|aliases)[ \t]*:[ \t]*",
    re.MULTILINE,
)


def _front_matter_identifiers(segment: Segment) -> list[tuple[int, int]]:
    """The spans of identifier values in the front matter that opens the document."""
    if segment.start != 0 or not segment.text.startswith(("---", "   ")):
        return []
    block = _FRONT_MATTER.match(segment.text)
    if block is None:
        return []
    spans = []
    for key in _IDENTIFIER_KEY.finditer(segment.text, 0, block.end()):
        line_end = segment.text.find("\n", key.end())
        spans.append((key.end(), line_end if line_end != -1 else block.end()))
    return spans


def subtitled_head(text: str) -> str:
    """The romanised main title of an emphasised title that an English subtitle follows
    after a colon, as English bibliographies cite a Japanese work (*Gukanshō: The Future
    and the Past*, *Jinnō Shōtōki: A Chronicle of Gods and Sovereigns*), or ``""``. The
    head is nearly all romaji (:func:`is_romanised`), in Hepburn's letters (not a title an
    English edition spells in another system: *Fudoh: The New Generation*); the subtitle
    opens with a capital and is mostly not romaji (*Bimyona Tobira: AKB48 no Gachichare*
    is all Japanese).

    >>> subtitled_head("Jinno Shotoki: A Chronicle of Gods and Sovereigns")
    'Jinno Shotoki'
    >>> subtitled_head("Gukansho: The Future and the Past")
    'Gukansho'
    >>> subtitled_head("Kinsei shiryo: kenkyu"), subtitled_head("Bushido in Tokugawa Japan: A Study")
    ('', '')
    """
    head, _, subtitle = text.partition(": ")
    head, subtitle = head.strip(), subtitle.strip(" *_")
    if not subtitle[:1].isupper() or not is_romanised(head) or romaji_share(head) < 0.9 or \
            romaji_share(subtitle) >= 0.5 or _OTHER_SYSTEM.search(head.lower()) or \
            not _ENGLISH_JOINS.isdisjoint(head.lower().split()):
        return ""
    return head


#: Letters Hepburn does not write in one word: wāpuro's ou and uu, and oh for ō.
_OTHER_SYSTEM = re.compile(r"ou|uu|oh(?![aiueoy])")
#: English words that parse as romaji and join the words of an English main title
#: (*Bushido in Tokugawa Japan: A Reassessment*), never a Japanese one's.
_ENGLISH_JOINS = frozenset({"in", "on", "an"})


def _strictly_romanised(text: str) -> bool:
    """The test for titles without double quotes: two words or more, nearly all romaji."""
    return len(text.split()) >= 2 and romaji_share(text) >= 0.9


#: A bracketed English translation; the unquoted (or italic) title before it is
#: found by walking back to the previous delimiter:
#: ``Asagumo Shinbun, *Nichiei ryōkoku ...* [The UK is ...], 2012``.
_TRANSLATION = re.compile(r"\[([^\[\]\n]{2,300})\]")
#: A bracketed translation right after an emphasised or single-quoted title.
_TRANSLATION_AFTER = re.compile(r"[*_’']*[ \t]*\[([^\[\]\n]{2,300})\]")
_DELIMITERS = re.compile(r"[\n\[\]“”\"(),;]|\. ")


#: Greater than any span's end: (offset, _AFTER_ANY) sorts after every span starting there.
_AFTER_ANY = float("inf")


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of the sorted, disjoint ``spans`` (binary search).

    >>> inside(5, [(0, 3), (4, 9)]), inside(3, [(0, 3), (4, 9)])
    (True, False)
    """
    i = bisect.bisect_right(spans, (offset, _AFTER_ANY)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


#: A title set in no marks right after an entry's year, which ends the author's part of an
#: author-date citation: "Varley, H. Paul. (1980). Jinno Shotoki. pp. 124–125", "Ota
#: Motoko. 1997. Kinsei no ... .": the words up to the sentence's end or a comma. Two
#: patterns, each opening with a literal, which the regex engine skips ahead to (one
#: pattern with both years cost ten times as much: 12 ms a MB).
_TITLE_AFTER = r"\.[ \t]+([A-Z][^.,;:()\[\]“”\"*_\n]{2,200}?)(?=[.,;:][ \t\n]|[.,;:]?$)"
_AFTER_YEAR = (re.compile(r"\(\d{4}[a-z]?\)" + _TITLE_AFTER, re.MULTILINE),
               re.compile(r"\. \d{4}[a-z]?" + _TITLE_AFTER, re.MULTILINE))


def _titles_after_year(segment: Segment) -> Iterator[Title]:
    """Romanised titles set in no marks right after a citation's year (:data:`_AFTER_YEAR`),
    held to the test of titles without double quotes (:func:`_strictly_romanised`).

    >>> from jpterms.document import Document
    >>> doc = Document.from_text("Varley, H. Paul. (1980). Jinno Shotoki. pp. 124–125; "
    ...                          "Ponsonby-Fane, Richard. (1959). The Imperial House of Japan.")
    >>> [t.text for t in _titles_after_year(doc.segments[0])]
    ['Jinno Shotoki']
    """
    text = segment.text
    for pattern in _AFTER_YEAR:
        for m in pattern.finditer(text):
            title = m.group(1).rstrip()
            if is_romanised(title) and _strictly_romanised(title):
                yield Title(title, segment, m.start(1))


def _unquoted_titles(segment: Segment, quoted: list[tuple[int, int]]) -> Iterator[Title]:
    text = segment.text
    for m in _TRANSLATION.finditer(text):
        end = m.start()
        translation = m.group(1).strip()
        if inside(end, quoted) or len(translation.split()) < 2 or translation[0] in "^0123456789":
            continue  # a footnote or citation marker ([^1], [12]), [sic], or no translation
        window_start = max(0, end - 300)
        window = text[window_start:end]
        breaks = list(_DELIMITERS.finditer(window))
        begin = window_start + (breaks[-1].end() if breaks else 0)
        if not breaks and window_start > 0:
            continue  # no delimiter within reach: not a citation title
        raw = text[begin:end]
        stripped = raw.strip(" *_")
        if not stripped or len(stripped.split()) < 2 or romaji_share(stripped) < 0.9 or \
                not is_romanised(stripped):
            continue  # without quotes, hold the span to a stricter test
        yield Title(stripped, segment, begin + raw.find(stripped), _blank_sic(m.group(1)))
