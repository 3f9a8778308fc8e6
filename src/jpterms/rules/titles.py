"""Rules on romanised citation titles: macron, system, spelling, division, particle.

Each title is analysed once (:func:`jpterms.lookup.analyze_title`): every
written word gets the Japanese word it stands for, chosen by the glossary, the
Mozc dictionary and the bracketed English translation, and the whole title is
converted to kanji and romanised again. Written and correct forms are then
compared word by word: a vowel the correct form writes long is a missing
macron, a Kunrei-shiki syllable is a system error, a word the correct form
splits is a division error.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.kana import fold_romaji, kana_to_romaji, strip_macrons
from jpterms.lookup import PARTICLES, TitleAnalysis, WordAnalysis
from jpterms.rules.base import Context, DocumentTitle, Rule

MACRON = Rule(
    "JP101", "macron", "missing-macron",
    "A long vowel written without its macron in a romanised title (kyogi for kyōgi).",
    bad=('MOFA, “Nichiei saiba kyogi no kaisai ni tsuite [Japan-UK cyber dialogue],” 2012.',
         'Asagumo, “Nichiei ryokoku, sobihin kyodo kaihatsu de goi [agreement on joint '
         'development],” 2012.'),
    good=('MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite [Japan-UK cyber dialogue],” 2012.',
          'MOFA, “Kyogi [falsehood],” 2014.',
          # a writer who marks long vowels is trusted where the word as written exists
          'MOFA, “Nichiei buppin ekimu sōgo teikyō kyōtei no shomei,” 2017.'),
)
SYSTEM = Rule(
    "JP201", "system", "non-hepburn-system",
    "A Kunrei-shiki or Nihon-shiki syllable in Hepburn text (si, ti, tu, hu, zi, sya, tyo).",
    bad=('Yomiuri, “Nichibei dōmei no sinka [Deepening the alliance],” 2015.',
         'MOD, “Bōei hakusyo [Defense white paper],” 2014.',
         'Prime Minister Hukuda met the press in Tôkyô.'),
    good=('Yomiuri, “Nichibei dōmei no shinka [Deepening the alliance],” 2015.',
          'NISC, “Jōhō sekyuriti [information security],” 2014.'),
)
OTHER_STYLE = Rule(
    "JP202", "system", "other-romanisation-style",
    "A word spelled the wāpuro or traditional-Hepburn way (kyougi, Shimbun, wo) in a title "
    "held to modified Hepburn, or the modified way under --style traditional.",
    bad=('Yomiuri, “Nichibei kyougi no kekka [Results of the Japan-US consultations],” 2015.',
         'Yomiuri, “Nichibei kyôgi no kekka [Results of the Japan-US consultations],” 2015.',
         'MOFA, “Gemba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
         '2012.'),
    good=('Yomiuri, “Nichibei kyōgi no kekka [Results of the Japan-US consultations],” 2015.',
          'MOFA, “Genba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
          '2012.'),
)
SPELLING = Rule(
    "JP301", "spelling", "not-romaji",
    "A word in a romanised title that is not valid romaji.",
    bad=('MOFA, “Nichiei kyōgi no kaisaai xtr [Japan-UK consultation],” 2012.',),
    good=('MOFA, “Nichiei kyōgi no kaisai [Japan-UK consultation],” 2012.',),
)
DIVISION = Rule(
    "JP401", "division", "word-division",
    "Words joined or split where modified Hepburn (ALA-LC) divides them otherwise.",
    bad=('MOFA, “Nichiei saibā kyōgi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.',
         'MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō tono kaidan [meeting],” 2011.'),
    good=('MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no kaidan [meeting],” 2011.',),
)
PARTICLE = Rule(
    "JP501", "particle", "particle-spelling",
    "The particles へ, を and は written he, wo and ha instead of e, o and wa.",
    bad=('Cabinet Office, “Nihon he no teigen [Proposals to Japan],” 2010.',),
    good=('Cabinet Office, “Nihon e no teigen [Proposals to Japan],” 2010.',),
)
RULES = (MACRON, SYSTEM, OTHER_STYLE, SPELLING, DIVISION, PARTICLE)
_STYLE_NAMES = {"modified": "modified Hepburn", "traditional": "traditional Hepburn",
                "plain": "Hepburn"}

_MACRON_VOWELS = re.compile("[āīūēō]")
_CIRCUMFLEXES = frozenset("âîûêôÂÎÛÊÔ\u0302")
_PARTICLE_FIX = {"he": "e", "wo": "o", "ha": "wa"}


@dataclass
class _Aligned:
    word: WordAnalysis
    canonical: list[str]  # the correct words this written word covers


_SYLLABIC_M = re.compile(r"m(?=[bmp])")


def _letters(text: str) -> str:
    """Letters compared when aligning: no macrons, long vowels short, m before b/m/p as n."""
    return _SYLLABIC_M.sub("n", fold_romaji(text).replace("'", "").replace("-", ""))


def _canonical_words(romaji: str) -> list[str]:
    return [w for w in re.findall(r"[^\s:;,.!?()\[\]\"“”]+", romaji) if any(c.isalpha() for c in w)]


def _target(w: WordAnalysis) -> str:
    """The letters a written word stands for (a Kunrei-shiki word: in Hepburn letters)."""
    if w.best is not None and "hepburn" not in w.systems:
        return _letters(kana_to_romaji(w.best.kana))
    return _letters(w.written)


def _align(analysis: TitleAnalysis) -> list[_Aligned]:
    """Map each written word to the correct words it covers, where the letters agree.

    Words are matched as a diff of their letters; inside a block that differs, the
    letters are walked word by word when both sides spell the same letters (a word
    joined or split), and the block is left alone when they do not.
    """
    canonical = _canonical_words(analysis.romaji)
    written = [w for w in analysis.words if w.syllables is not None or w.merged]
    targets = [_target(w) for w in written]
    letters = [_letters(c) for c in canonical]
    out: list[_Aligned] = []
    matcher = difflib.SequenceMatcher(None, targets, letters, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(_Aligned(written[i1 + k], [canonical[j1 + k]]) for k in range(i2 - i1))
        elif op == "replace" and "".join(targets[i1:i2]) == "".join(letters[j1:j2]):
            out.extend(_walk(written[i1:i2], targets[i1:i2], canonical[j1:j2], letters[j1:j2]))
    return out


def _walk(written: list[WordAnalysis], targets: list[str], canonical: list[str],
          letters: list[str]) -> list[_Aligned]:
    """Written words against correct words with the same letters, one by one."""
    out: list[_Aligned] = []
    ci = 0
    for w, target in zip(written, targets, strict=True):
        got, covered = "", []
        while ci < len(canonical) and len(got) < len(target):
            covered.append(canonical[ci])
            got += letters[ci]
            ci += 1
        if got != target:
            break  # a split inside a correct word: nothing safe to say from here
        out.append(_Aligned(w, covered))
    return out


def _match_case(written: str, suggestion: str) -> str:
    """The suggestion with the writer's initial capital (or its absence)."""
    first = suggestion[:1].upper() if written[:1].isupper() else suggestion[:1].lower()
    return first + suggestion[1:]


def _is_particle(word: str) -> bool:
    return _letters(word) in PARTICLES


def findings(ctx: Context) -> Iterator[Finding]:
    """Findings for every romanised title in the document."""
    for title in ctx.titles:
        yield from _title_findings(ctx, title)


def _title_findings(ctx: Context, title: DocumentTitle) -> Iterator[Finding]:
    analysis = title.analysis
    style = ctx.style
    aligned = {id(a.word): a for a in _align(analysis)}
    for w in analysis.words:
        start, end = title.source_span(w.start, w.end)
        lowered = w.written.lower()
        if w.syllables is None and not w.merged:
            if w.written.isalpha() and len(w.written) > 1:
                yield ctx.make(start, end, SPELLING, f"'{w.written}' is not valid romaji",
                              confidence=POSSIBLE)
            continue
        if lowered in _PARTICLE_FIX and len(analysis.words) > 1:
            fix = _match_case(w.written, _PARTICLE_FIX[lowered])  # message and fix agree
            yield ctx.make(start, end, PARTICLE,
                           f"the particle is written '{fix}' in modified Hepburn",
                           [fix], confidence=CERTAIN)
            continue
        a = aligned.get(id(w))
        if a is None or not a.canonical:
            continue
        correct = " ".join(a.canonical)
        if w.merged or (len(a.canonical) > 1 and _joined_wrongly(a)):
            written = ctx.document.source[start:end]
            fixed = _match_case(w.written, correct)
            yield ctx.make(start, end, DIVISION,
                           f"'{written}' is divided '{fixed}' in modified Hepburn", [fixed])
            continue
        if len(a.canonical) != 1:
            continue
        if "hepburn" not in w.systems and w.best is not None and \
                strip_macrons(correct).lower() != strip_macrons(w.written).lower():
            fixed = _match_case(w.written, _styled(correct, style))
            yield ctx.make(start, end, SYSTEM,
                           f"'{w.written}' is Kunrei-shiki; Hepburn writes '{fixed}'",
                           [fixed], confidence=CERTAIN)
            continue
        expected = _in_style(correct, style)
        raw = title.title.text[w.start : w.end]  # as written (decoded from LaTeX or JSON escapes)
        if style != "plain" and any(c in _CIRCUMFLEXES for c in raw) and \
                strip_macrons(w.written).lower() == strip_macrons(expected).lower():
            yield ctx.make(start, end, OTHER_STYLE,
                           f"'{raw}' marks long vowels with a circumflex (Kunrei-shiki); "
                           f"{_STYLE_NAMES[style]} writes '{_match_case(w.written, expected)}'",
                           [_match_case(w.written, expected)], confidence=CERTAIN)
            continue
        if style != "plain" and _other_style(w.written, expected):
            fixed = _match_case(w.written, expected)
            yield ctx.make(start, end, OTHER_STYLE,
                           f"'{w.written}' is not {_STYLE_NAMES[style]}; write '{fixed}'",
                           [fixed], confidence=CERTAIN)
            continue
        if style in ("modified", "traditional") and _missing_macron(w.written, expected):
            fixed = _match_case(w.written, correct)
            yield ctx.make(start, end, MACRON,
                           f"'{w.written}' needs a macron: '{fixed}'",
                           [fixed],
                           confidence=CERTAIN if w.best is not None and w.best.source == "glossary"
                           else LIKELY)


def _in_style(correct: str, style: str) -> str:
    """The modified-Hepburn form as the chosen style writes it."""
    if style == "traditional":
        return _SYLLABIC_N.sub("m", correct).replace("n'", "n-")
    return correct


_SYLLABIC_N = re.compile(r"n(?=[bmp])")


def _other_style(written: str, expected: str) -> bool:
    """Same word, spelled another system's way: kyougi/kyōgi, Shimbun/Shinbun."""
    w, e = written.lower(), expected.lower()
    if w == e or strip_macrons(w) == strip_macrons(e):
        return False  # identical, or only macrons differ (the macron rule's business)
    return _letters(w) == _letters(e)


def _styled(text: str, style: str) -> str:
    return strip_macrons(text) if style == "plain" else text


def _joined_wrongly(a: _Aligned) -> bool:
    """A written word covering several correct words: a particle joined on, or a
    word the glossary or dictionary knows as two."""
    if any(_is_particle(c) for c in a.canonical):
        return True
    best = a.word.best
    return best is not None and (" " in best.hepburn or best.source == "mozc") and \
        all(len(_letters(c)) >= 4 for c in a.canonical)


def _missing_macron(written: str, correct: str) -> bool:
    """True when the correct form has a long vowel the written form lacks."""
    if not _MACRON_VOWELS.search(correct.lower()):
        return False
    w = written.lower()
    c = correct.lower()
    if strip_macrons(c) == strip_macrons(w):
        return sum(ch in "āīūēōâîûêô" for ch in c) > sum(ch in "āīūēōâîûêô" for ch in w)
    return False
