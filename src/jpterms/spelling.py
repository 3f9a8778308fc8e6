"""Is a written romanised word missing a macron? One judgement, resting on the lexicon.

A word that is itself a correct word as written (toshi 都市, josei 女性, Ono 小野)
is not a missing macron unless something decides it: the writer's own habit
(a document that writes macrons is trusted where the word exists as written),
a translation or a kanji original. Where nothing decides, the judgement is at
most *possible* and never fixed. A suggestion is *certain* only when the word
has no real alternative (sobihin can only be sōbihin), *likely* when one
spelling is far more common than the others.

Hyphenated words are judged part by part (Iwate-ken, Ōkago-mura): a hyphen is
word division, never an error, and a macron the writer wrote is never removed.

>>> judge = SpellingJudge.for_glossary(None)
>>> judge.missing_macron("sobihin")
MacronVerdict(suggestion='sōbihin', confidence='certain', alternatives=('sōbihin',))
>>> judge.missing_macron("toshi", trusts_as_written=True) is None  # 都市 is toshi
True
>>> judge.missing_macron("kenkyu-kai").suggestion
'kenkyū-kai'
>>> judge.missing_macron("To-A").suggestion  # 東亜: the letters together
'Tō-A'
"""

from __future__ import annotations

import functools
import re
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from jpterms.citation_words import CONTEXT_KINDS
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE
from jpterms.kana import normalize_romaji, strip_macrons
from jpterms.macron_letters import MACRON as _MACRON
from jpterms.macron_letters import MacronVerdict, with_long_vowels
from jpterms.macron_letters import adds_macrons as _adds_macrons
from jpterms.macron_letters import letters as _letters
from jpterms.macron_letters import match_case as _match_case
from jpterms.name_spellings import NAME_PEOPLE as NAME_PEOPLE
from jpterms.name_spellings import NameSpellings
from jpterms.title_readings import TitleReadings

if TYPE_CHECKING:
    from jpterms.glossary import Glossary
    from jpterms.lexicon import Lexicon

__all__ = ["MacronVerdict", "SpellingJudge", "with_bound_suffixes", "with_long_vowels"]

#: A Japanese word at least this common (Zipf) is a real alternative spelling.
REAL = 1.0
#: A sole spelling must be at least this common (Zipf) to be certain (乞高評 is not).
USED = 2.0
#: A sole spelling is certain only when a word this common (Zipf 2.5, about once in three
#: million words) is spelled so, weighed without Mozc's inflected forms and their bare
#: kana: a rarer one leaves the word as written a real alternative, a word no list holds
#: (諸善 *shozen* in *Shoaku bakusaku shozen bugyō*, where 承前 *shōzen* is 2.2 and
#: Mozc's bare しょうぜん 4.2); so it is likely, and ``--fix`` leaves it.
SURE = 2.5
#: How much more common (Zipf) one spelling must be to be "likely" over the others.
MARGIN = 1.0
#: A word this common (Zipf 3.5: about three times per million words) is one a writer
#: who marks long vowels would not leave unmarked by habit.
COMMON = 3.5
#: Kinds of name that many people bear: a full name JMnedict lists (大野一雄 Ōno Kazuo)
#: says nothing of another bearer (小野和夫 Ono Kazuo).
_PEOPLE = frozenset({"surname", "given", "person", "name", "foreign-name"})
#: Kinds of name that one word spells (a family or given name): never two words.
_ONE_NAME = frozenset({"surname", "given"})
#: A word written in kanji with hiragana after them (an inflected form: 書こう, 居よ).
_INFLECTED = re.compile("[\u4e00-\u9fff々]+[\u3041-\u309f]+")
#: The older Hepburn's m before b, m and p (*Shimbun*), and modified Hepburn's n there.
_M_BEFORE_LABIAL = re.compile("m(?=[bmp])")
_N_BEFORE_LABIAL = re.compile("n(?=[bmp])")
#: A word written with the older m that English writes at least this often (Zipf) is
#: English's own spelling of it (*Yojimbo* 2.0, the film; *Shimbun* 2.5).
_ENGLISH_FORM = 1.5
_KANA_ONLY = re.compile("[\u3041-\u30ff]+")
#: Words written in Japanese script: kanji and kana (not キー's Key, χ, nor Mozc's G10 jīten).
_JAPANESE = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆]+")


def _katakana_only(written: str) -> bool:
    """A word written in katakana alone (a loanword: サイト, チャド)."""
    return all("\u30a1" <= c <= "\u30ff" for c in written)


def _has_katakana(written: str) -> bool:
    return any("\u30a1" <= c <= "\u30ff" for c in written)


class SpellingJudge:
    """Judges written words against the lexicon; one per glossary, caching its answers."""

    _lock = threading.Lock()
    _by_glossary: ClassVar[weakref.WeakKeyDictionary[Glossary, SpellingJudge]] = weakref.WeakKeyDictionary()
    _default: SpellingJudge | None = None

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._forms: dict[str, dict[str, float]] = {}
        self._display: dict[str, str] = {}  # letters -> the spelling as written (shin'yō)
        #: missing_macron's answers by (written, trusts_as_written, decided)
        self._verdicts: dict[tuple[str, bool, str], MacronVerdict | None] = {}
        #: the words written with a macron (after normalize_romaji), which a writer who
        #: marks long vowels is trusted with: missing_macron keeps no verdict on them
        self._marked: dict[str, bool] = {}
        #: a lexicon spelling's Hepburn -> its letters (lower case, macrons): every judgement
        #: goes through the spellings of a key, and a bibliography asks for the same keys
        self._spelled: dict[str, str] = {}
        #: how people and publishers spell their names, answers kept
        self.names = NameSpellings(lexicon, self._letters_of)
        #: titles read whole, readings kept
        self.titles = TitleReadings(self)
        from jpterms.compound_words import CompoundReader  # (it weighs by this module's REAL)

        #: the compounds no list knows, read as words it does
        self.compounds = CompoundReader(self)

    def _letters_of(self, hepburn: str) -> str:
        """:func:`_letters` of a lexicon spelling's Hepburn, remembered."""
        found = self._spelled.get(hepburn)
        if found is None:
            if len(self._spelled) > 200_000:
                self._spelled.clear()
            found = self._spelled[hepburn] = _letters(hepburn)
        return found

    @classmethod
    def for_glossary(cls, glossary: Glossary | None) -> SpellingJudge:
        """The judge for a glossary (``None``: the bundled one), made once."""
        from jpterms.glossary import Glossary
        from jpterms.lexicon import Lexicon

        with cls._lock:
            if glossary is None or glossary is Glossary.bundled():
                if cls._default is None:
                    cls._default = cls(Lexicon.default())
                return cls._default
            judge = cls._by_glossary.get(glossary)
            if judge is None:
                judge = cls._by_glossary[glossary] = cls(Lexicon.for_glossary(glossary))
            return judge

    def forms(self, word: str) -> dict[str, float]:
        """Hepburn spellings (lower case, macrons) of ``word``'s key -> the highest Zipf
        frequency of a word spelled so."""
        cached = self._forms.get(word)
        if cached is None:
            cached = {}
            found = self.lexicon.key_forms(word)
            # a word written in lower case is no name: a name spelled so (津市 Tsushi)
            # makes the spelling exist, but its figure is not the word's (通史 tsūshi)
            words = dict(found.words) if word[:1].islower() else None
            for hepburn, frequency in found.hepburn:
                if words is not None:
                    frequency = words.get(hepburn, 0.0)
                form = self._letters_of(hepburn)
                cached[form] = max(cached.get(form, 0.0), frequency)
                self._display.setdefault(form, hepburn.lower())
            for form in _citation_spellings().get(strip_macrons(_letters(word)), ()):
                # a word of a citation's vocabulary no dictionary we ship lists (諸本
                # shohon, 古辞書 kojisho): it exists, at least as a word in use
                cached.setdefault(form, USED)
            if len(self._forms) > 100_000:
                self._forms.clear()
            self._forms[word] = cached
        return cached

    def exists_as_written(self, word: str) -> bool:
        """Whether some known word is spelled exactly so (hyphens aside, long vowels as written)."""
        return all(_letters(p) in self.forms(p) for p in word.split("-") if p)

    def frequency_as_written(self, word: str) -> float:
        """The Zipf figure of the commonest word spelled exactly as ``word`` is (long vowels
        as written), 0.0 when none is: Puroto is プロト at 2.3, Nihonno no word.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.frequency_as_written("Nihonno"), judge.frequency_as_written("Nihon") > 5
        (0.0, True)
        """
        return self.forms(word).get(_letters(word), 0.0)

    def sole_longer(self, word: str) -> tuple[str, float, float] | None:
        """The one known spelling of ``word``'s letters that adds long vowels (lower case,
        macrons), its Zipf figure, and the figure of the word spelled as written (0.0:
        none); ``None`` when no spelling or several add them.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.sole_longer("Todaiji"), judge.sole_longer("tokyo") is None
        (('tōdaiji', 4.1, 0.0), True)
        """
        forms = self.forms(word)
        letters = _letters(word)
        found: tuple[str, float] | None = None
        for form, figure in forms.items():
            if form != letters and _adds_macrons(letters, form):
                if found is not None:
                    return None  # two spellings add long vowels (kyūshu, kyūshū)
                found = (form, figure)
        return None if found is None else (found[0], found[1], forms.get(letters, 0.0))

    def spells_without_macrons(self, word: str) -> bool:
        """Whether ``word`` is a known Hepburn spelling with its macrons left out (Ou: Ōu)."""
        plain = strip_macrons(_letters(word))
        return any(strip_macrons(f) == plain for f in self.forms(word))

    def glossary_disagrees(self, word: str) -> bool:
        """Whether the glossary spells ``word``'s key otherwise than it is written (its
        terms are the ones the user declared)."""
        spellings = self.lexicon.glossary_spellings(word)
        if not spellings:
            return False  # (most words: no letters to work out)
        written = _letters(word)
        return any(self._letters_of(s.hepburn) != written for s in spellings)

    def phrase_as_written(self, words: list[str]) -> bool:
        """Whether ``words`` together spell one dictionary word exactly as written, long
        vowels included, and no spelling of its letters with more long vowels is commoner:
        *Buke shohatto* is 武家諸法度 ぶけしょはっと, so neither word lacks a macron
        (Buke is no ブーケ būke, shohatto no compound with -tō). Only a word a dictionary
        (JMdict, JMnedict, the glossary) holds counts, not one Mozc's conversion makes, and
        a spelling's figure is a word's: a reading Mozc lists in kana alone (ていしょ) has
        none, so *Tei Sho* (鄭樵) is no 低所 *teisho* while 提唱 *teishō* is commoner.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.phrase_as_written(["Buke", "shohatto"]), judge.phrase_as_written(["Tokyo", "daigaku"])
        (True, False)
        >>> judge.phrase_as_written(["Tei", "Sho"])
        False
        """
        joined = "".join(_letters(w) for w in words)
        if len(joined) < 6 or len(joined) > 40:
            return False
        if self.lexicon.quick_frequency(joined) is None:
            return False  # no dictionary word has these letters (a trie read, no Mozc)
        forms = self.forms(joined)
        as_written = forms.get(joined)
        if as_written is None:
            return False
        # one person's family or given name is one word, never two or more (神宮司
        # Jingushi is no *Jingu shi*)
        spelled = [s for s in self.lexicon.as_written(joined) if s.kind not in _ONE_NAME]
        # a reading Mozc lists in kana alone is no word, and its figure is none (ていしょ
        # 4.7 against 提唱 teishō 3.7: *Tei Sho*, 鄭樵, is no 低所 teisho); as in
        # :meth:`forms`, a name's figure is no word's (the letters are lower case)
        held = [0.0 if s.is_name else s.frequency for s in spelled
                if not (s.source == "mozc" and _KANA_ONLY.fullmatch(s.written))]
        if not held:
            return False
        as_written = max(held)
        if any(z > as_written and _adds_macrons(joined, f) for f, z in forms.items()):
            return False
        return any(s.source != "mozc" for s in spelled)

    def phrase_with_macrons(self, words: list[str]) -> list[str] | None:
        """``words`` respelled as the one dictionary word they spell together, when that
        word is spelled only with long vowels the words lack (*Hoken shakai* is 封建社会
        ほうけんしゃかい, *Toyo Daigaku* 東洋大学): no spelling of its letters stands as
        written, and every dictionary word with these letters (JMdict, JMnedict's places
        and bodies, the glossary; not a compound Mozc's conversion makes, nor a person's
        name) spells them alike. ``None``
        otherwise. The mirror of :meth:`phrase_as_written`.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.phrase_with_macrons(["Hoken", "shakai"])
        ['Hōken', 'shakai']
        >>> judge.phrase_with_macrons(["Buke", "shohatto"]) is None
        True
        >>> judge.phrase_with_macrons(["Ono", "Kazuo"]) is None  # a person: many bear it
        True
        """
        letters = [_letters(w) for w in words]
        long = self._sole_long_spelling(letters, mozc=False)
        if long is None:
            return None
        return [with_long_vowels(word, piece) if piece != part else word
                for word, part, piece in zip(words, letters, _cut_like(long, letters), strict=True)]

    def title_reading(self, title: str) -> dict[str, str]:
        """Each written word of ``title`` as the cheapest reading of the whole title spells
        it (:meth:`jpterms.title_readings.TitleReadings.reading`).

        >>> SpellingJudge.for_glossary(None).title_reading("Shinshu Hitachi shishi")["shinshu"]
        'shinshū'
        """
        return self.titles.reading(title)

    def read_in_title(self, word: str, title: str, at: int = 0) -> MacronVerdict | None:
        """The macron ``word`` (at offset ``at`` of ``title``) lacks as the reading of the
        title's words around it spells it
        (:meth:`jpterms.title_readings.TitleReadings.read_in_title`).

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.read_in_title("Shinshu", "Shinshu Hitachi shishi")
        MacronVerdict(suggestion='Shinshū', confidence='possible', alternatives=('shinshū',))
        """
        return self.titles.read_in_title(word, title, at)

    def near_tie(self, word: str, spelled: str) -> bool:
        """Whether ``spelled``, a spelling of ``word`` with long vowels, is as common as the
        word as written (:meth:`jpterms.title_readings.TitleReadings.near_tie`).

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.near_tie("shushi", "shūshi"), judge.near_tie("toshi", "tōshi")
        (True, False)
        """
        return self.titles.near_tie(word, spelled)

    def titles_write(self, word: str) -> bool:
        """Whether ``word`` is, as written, one of the words titles and series are made of
        (``data/citation_words.tsv``: 序説 *josetsu*, 諸本 *shohon*), and no spelling of
        its letters with a long vowel is MARGIN commoner: in a title it is that word, not
        a homophone about as common (常設 *jōsetsu*, 抄本 *shōhon*); a far commoner one
        may still be meant (事情 *jijō* against 自序 *jijo*, 法制 *hōsei* against 補正).

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.titles_write("Josetsu"), judge.titles_write("jijo"), judge.titles_write("kiyo")
        (True, False, False)
        """
        letters = _letters(normalize_romaji(word).lower())
        if letters not in _title_words_as_written():
            return False
        forms = self.forms(letters)  # in lower case: a name's figure is no word's
        as_written = forms.get(letters, 0.0)
        return not any(z >= as_written + MARGIN for f, z in forms.items() if f != letters)

    def is_known(self, word: str) -> bool:
        """Whether the lexicon knows the word under any spelling."""
        return bool(self.forms(word))

    def is_dictionary_word(self, word: str) -> bool:
        """Whether a dictionary (JMdict, JMnedict, the glossary) has the word as one word,
        long vowels aside; a compound only Mozc's conversion knows is not one."""
        return self.lexicon.key_forms(word).dictionary

    def is_name(self, word: str) -> bool:
        """Whether the word is a known name (person, place, body)."""
        return self.lexicon.key_forms(word).name

    def full_name(self, family: str, given: str) -> tuple[str, str] | None:
        """Two written words as the one person JMnedict knows by those letters spells them
        (:meth:`jpterms.name_spellings.NameSpellings.full_name`).

        >>> SpellingJudge.for_glossary(None).full_name("Naito", "Konan")
        ('Naitō', 'Konan')
        """
        return self.names.full_name(family, given)

    def name_part(self, word: str, *, family: bool) -> str | None:
        """``word`` as most people JMnedict lists spell it as a family (or given) name
        (:meth:`jpterms.name_spellings.NameSpellings.name_part`).

        >>> SpellingJudge.for_glossary(None).name_part("Toru", family=False)
        'Tōru'
        """
        return self.names.name_part(word, family=family)

    def surname(self, word: str) -> str | None:
        """``word`` as a family name with the long vowels its commonest bearers' reading
        has (:meth:`jpterms.name_spellings.NameSpellings.surname`).

        >>> SpellingJudge.for_glossary(None).surname("Ota")
        'Ōta'
        """
        return self.names.surname(word)

    def name_people(self, word: str, *, family: bool) -> dict[str, int]:
        """How many people JMnedict lists with ``word`` as their family (or given) name,
        per spelling (:meth:`jpterms.name_spellings.NameSpellings.name_people`); shared:
        read it, do not change it.

        >>> SpellingJudge.for_glossary(None).name_people("Toru", family=False)["tōru"] > 100
        True
        """
        return self.names.name_people(word, family=family)

    def publisher(self, words: list[str]) -> list[str] | None:
        """One to four capitalised words as the publisher they name spells them
        (:meth:`jpterms.name_spellings.NameSpellings.publisher`).

        >>> SpellingJudge.for_glossary(None).publisher(["Chuo", "Koron", "Sha"])
        ['Chūō', 'Kōron', 'Sha']
        """
        return self.names.publisher(words)

    def outweighs_conversion(self, word: str, chosen: str, kanji: str, converted: str) -> bool:
        """Whether the lexicon's spelling ``chosen`` of ``word`` outweighs ``converted``, the
        spelling a title's conversion gave it by writing it ``kanji``: the conversion chose a
        loanword in katakana (ロード rōdo for *rodo*, where 労働 rōdō is commoner) or a word
        only Mozc lists (子虫 kochū for *Kochu*, where JMdict's 甲虫 is kōchū), and a word of a
        dictionary, in kanji or kana and no name, spells ``chosen``. A loanword's long vowel
        and Mozc's own compounds are weak evidence against a native word (as in
        :meth:`_native`); a conversion that chose a dictionary word (初頭 shotō) stands.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.outweighs_conversion("rodo", "rōdō", "ロード", "rōdo")
        True
        >>> judge.outweighs_conversion("shoto", "shōto", "初頭", "shotō")
        False
        """
        spelled, theirs = _letters(chosen), _letters(converted)
        words = self.lexicon.spellings(word)
        written = [s for s in words if s.written == kanji and self._letters_of(s.hepburn) == theirs]
        if not written or not all(s.source == "mozc" or _katakana_only(s.written) for s in written):
            return False
        return any(s.source != "mozc" and not s.is_name and not _has_katakana(s.written)
                   and self._letters_of(s.hepburn) == spelled for s in words)

    def missing_macron_of_word(self, written: str) -> MacronVerdict | None:
        """The macron ``written`` lacks as a word, when only people's names are spelled as it
        is written (豊志, 豊寿 ... *Toyoshi*, given names): a name is no reading of a word that
        stands for a thing (a title), so the one spelling with long vowels that a
        dictionary word has decides (東洋史 *Tōyōshi*), at most possible; ``None`` when a
        word is spelled as written, or when dictionary words have no or several longer
        spellings.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.missing_macron_of_word("toyoshi").suggestion, judge.missing_macron_of_word("hondo")
        ('tōyōshi', None)
        """
        word = normalize_romaji(written)
        letters = _letters(word)
        if "-" in word or _MACRON.search(word) or len(letters) < 3:
            return None
        as_written = self.lexicon.as_written(word)
        if not as_written or not all(s.kind in _PEOPLE for s in as_written):
            return None  # a place spelled so (田子 Takko of *Takko chōshi*) is what it says
        spelled = {self._letters_of(s.hepburn) for s in self.lexicon.spellings(word)
                   if not s.is_name and s.source != "mozc"}
        longer = {f for f in spelled
                  if strip_macrons(f) == strip_macrons(letters) and _adds_macrons(letters, f)}
        if len(longer) != 1:
            return None
        best = longer.pop()
        return MacronVerdict(with_long_vowels(written, best), POSSIBLE, (best,))

    def missing_macron(self, written: str, *, trusts_as_written: bool = False,
                       decided: str = "") -> MacronVerdict | None:
        """The macron ``written`` lacks, or ``None``.

        ``trusts_as_written``: the writer marks long vowels, so a word that exists as
        written is taken at its word. ``decided``: a spelling that context (a translation,
        the kanji original) has chosen; it is certain when it adds macrons only. A word
        the writer parts with an apostrophe (*sun'en* 寸延, ん + え) lacks no macron of a
        word the lexicon knows parted otherwise (*sūnen* 数年); a guess from its parts
        keeps the writer's apostrophe (*ken'yukai*: *ken'yūkai*, not "kenyūkai").

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.missing_macron("sun'en") is None, judge.missing_macron("shin'yo").suggestion
        (True, "shin'yō")
        >>> judge.missing_macron("ken'yukai").suggestion
        "ken'yūkai"
        """
        found = self._missing_macron(written, trusts_as_written, decided)
        if found is not None and ("'" in written or "’" in written) and strip_macrons(
                found.suggestion).replace("’", "'").lower() != \
                strip_macrons(normalize_romaji(written)).replace("’", "'").lower():
            if self.is_known(found.suggestion):
                return None  # another word: sūnen
            kept = with_long_vowels(written, found.suggestion)
            return MacronVerdict(kept, found.confidence, (kept.lower(),), found.torn)
        return found

    def _missing_macron(self, written: str, trusts_as_written: bool,
                        decided: str) -> MacronVerdict | None:
        """:meth:`missing_macron`, the apostrophe aside."""
        key = (written, trusts_as_written, decided)
        if key in self._verdicts:
            return self._verdicts[key]  # a word a document repeats is judged once
        if "m" in written and _M_BEFORE_LABIAL.search(written):
            return self._kept(key, self._traditional_m(written, trusts_as_written, decided))
        if trusts_as_written and not decided and self._marks_long(written):
            return None  # the writer marked this very word: trust the rest of it
        parts = normalize_romaji(written).split("-")
        dangling = False
        if len(parts) == 2 and len(parts[0]) > 1 and len(parts[1]) == 1 and not decided:
            # a vowel set off by a hyphen after a word (To-A 東亜): no part is a word
            # alone, the letters together are
            whole = self._part("".join(parts), trusts_as_written, "")
            if whole is not None or trusts_as_written:
                return self._kept(key, None if whole is None else MacronVerdict(
                    with_long_vowels(written, whole.suggestion), whole.confidence,
                    whole.alternatives, whole.torn))
            # no word spells the letters together (Ōtsue-e 大津絵絵, "the Ōtsu pictures"):
            # the word before the hyphen is judged alone, at most possible
            dangling = True
        decided_parts = normalize_romaji(decided).split("-") if decided else []
        if decided_parts and len(decided_parts) != len(parts):
            decided_parts = []
        found, settled = self._by_parts(parts, trusts_as_written, decided_parts, dangling)
        if len(parts) > 1 and not decided_parts and not trusts_as_written:
            found = self._hyphenated_whole(written, parts, found)
        if settled:
            self._kept(key, found)
        return found

    def _kept(self, key: tuple[str, bool, str], found: MacronVerdict | None,
              ) -> MacronVerdict | None:
        """``found``, kept as :meth:`missing_macron`'s answer for ``key``."""
        if len(self._verdicts) > 100_000:
            self._verdicts.clear()
        self._verdicts[key] = found
        return found

    def _marks_long(self, written: str) -> bool:
        """Whether ``written`` has a macron (after :func:`~jpterms.kana.normalize_romaji`),
        remembered."""
        marked = self._marked.get(written)
        if marked is None:
            if len(self._marked) > 100_000:
                self._marked.clear()
            marked = self._marked[written] = bool(_MACRON.search(normalize_romaji(written)))
        return marked

    def _by_parts(self, parts: list[str], trusts_as_written: bool, decided_parts: list[str],
                  dangling: bool) -> tuple[MacronVerdict | None, bool]:
        """The verdict on a word judged part by part (``parts``, its division by hyphens;
        ``decided_parts``: the decided spelling's parts, or none), at most possible where
        the word before a lone vowel is ``dangling``; and whether the verdict may be kept:
        a suggestion is shown as a known word writes it (shin'yō) once the lexicon has
        given that word, never before."""
        out: list[str] = []
        confidences: list[str] = []
        alternatives: list[str] = []
        torn = False
        settled = True
        for i, part in enumerate(parts):
            verdict = self._in_word(i, parts, trusts_as_written, decided_parts)
            if verdict is None:
                out.append(part)
                continue
            display = self._display.get(verdict.suggestion)
            settled = settled and display is not None
            out.append(_match_case(part, verdict.suggestion if display is None else display))
            confidences.append(verdict.confidence)
            alternatives.extend(verdict.alternatives)
            torn = torn or verdict.torn
        if not confidences:
            return None, settled
        order = (CERTAIN, LIKELY, POSSIBLE)
        confidence = max(confidences, key=order.index)
        return MacronVerdict("-".join(out), POSSIBLE if dangling else confidence,
                             tuple(alternatives), torn), settled

    def _in_word(self, i: int, parts: list[str], trusts_as_written: bool,
                 decided_parts: list[str]) -> MacronVerdict | None:
        """The verdict on ``parts[i]`` as a part of its hyphenated word: an old province's
        name before "no" and its 国 or governor, a suffix always long after a hyphen."""
        part = parts[i]
        verdict = self._part(part, trusts_as_written, decided_parts[i] if decided_parts else "")
        if not i and len(parts) == 3 and parts[1].lower() == "no" and \
                parts[2].lower() in _PROVINCE_AFTER and not trusts_as_written and \
                not decided_parts:
            # an old province's name before its 国 or its governor's 守 (Ōmi-no-kami:
            # 近江守, not 臣 omi)
            province = self._province(part)
            if province is not None and (verdict is None or _letters(
                    verdict.suggestion) != province.suggestion):
                verdict = province
        if i and not trusts_as_written and not decided_parts and (
                verdict is None or verdict.confidence == POSSIBLE):
            # a suffix always long after a hyphen (-sōrō) over a guess from the
            # lexicon alone (揃う sorō)
            verdict = _bound_suffix(part) or verdict
        return verdict

    def _traditional_m(self, written: str, trusts_as_written: bool,
                       decided: str) -> MacronVerdict | None:
        """The macron a word in the older Hepburn lacks, which writes m before b, m and p
        (*bumpo*, *Kampyo*): judged as its n form is (bunpo: 文法 bunpō), and suggested
        with the writer's m kept (*bumpō*, *Kampyō*), for the m is no error. A word
        English writes so is its own spelling (*Yojimbo*, the film, not yōjimbō), and a
        word that writes n there too (*Shinbum*) is no one's consistent system.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.missing_macron("bumpo").suggestion, judge.missing_macron("Yojimbo")
        ('bumpō', None)
        """
        from jpterms.language import LanguageGuesser

        word = normalize_romaji(written)
        if _N_BEFORE_LABIAL.search(word.lower()):
            return None
        if LanguageGuesser.for_lexicon(self.lexicon).english(word.lower()) >= _ENGLISH_FORM:
            return None
        as_n = _M_BEFORE_LABIAL.sub("n", written)
        verdict = self.missing_macron(
            as_n, trusts_as_written=trusts_as_written,
            decided=_M_BEFORE_LABIAL.sub("n", decided))
        if verdict is None:
            return None
        suggestion = _N_BEFORE_LABIAL.sub("m", verdict.suggestion)
        if strip_macrons(_letters(suggestion)) != strip_macrons(_letters(word)):
            return None  # (a division or apostrophe the n form's spelling adds)
        return MacronVerdict(suggestion, verdict.confidence,
                             tuple(_N_BEFORE_LABIAL.sub("m", a) for a in verdict.alternatives),
                             verdict.torn)

    def _hyphenated_whole(self, written: str, parts: list[str],
                          found: MacronVerdict | None) -> MacronVerdict | None:
        """``found`` (a hyphenated word judged part by part), or, where the parts together
        spell one dictionary word only long vowels spell (:meth:`phrase_with_macrons`:
        防止法 bōshihō for *boshi-ho*), that word in the writer's division: the whole
        decides what a part alone guesses (boshi, 母子, is a word as written). Possible
        where the parts alone said otherwise. On the dev documents every hyphenated word
        so spelled was right (35; *Tō-jidai* and *chōshi-kō* by a place JMnedict spells alike).

        Where the parts alone guess (*yu*: 有 yū) and together spell one dictionary word as
        written (:meth:`phrase_as_written`: 茶の湯 *chanoyu*), nothing is missing.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.missing_macron("boshi-ho").suggestion, judge.missing_macron("Cha-no-yu")
        ('bōshi-hō', None)
        """
        whole = self.phrase_with_macrons(parts)
        if whole is None:
            if found is not None and found.confidence == POSSIBLE and \
                    self.phrase_as_written(parts):
                return None  # the parts spell one word as written (Cha-no-yu 茶の湯 chanoyu)
            if found is None or found.confidence == POSSIBLE:
                whole = self._listed_whole(parts)  # (二十四孝 Nijūshi-kō, Mozc's word)
            if whole is None:
                return found
        spelled = "-".join(whole)
        if spelled == written:
            return found
        if found is not None and found.suggestion.lower() == spelled.lower():
            # the parts said it too: their confidence, the writer's case (NANBOKU-CHŌ)
            return MacronVerdict(with_long_vowels(written, _letters(spelled)),
                                 found.confidence, found.alternatives, found.torn)
        return MacronVerdict(with_long_vowels(written, _letters(spelled)), POSSIBLE,
                             (_letters(spelled),))

    def _sole_long_spelling(self, letters: list[str], *, mozc: bool) -> str | None:
        """The one spelling (letters, macrons) that every listed word with the ``letters``
        of several words together gives them, people's names aside and Mozc's words only
        if ``mozc``, where it adds long vowels and no word spells the letters as written;
        ``None`` where a word does, none or several spellings are listed, a word already
        has a macron, or the letters are fewer than six or more than forty."""
        joined = "".join(letters)
        if len(joined) < 6 or len(joined) > 40 or any(_MACRON.search(x) for x in letters):
            return None
        if not mozc and self.lexicon.quick_frequency(joined) is None:
            return None  # no dictionary word has these letters (a trie read, no Mozc)
        forms = self.forms(joined)
        if not forms or joined in forms:
            return None  # unknown, or spelled as written by some word: nothing to go on
        spelled = {self._letters_of(s.hepburn) for s in self.lexicon.spellings(joined)
                   if (mozc or s.source != "mozc") and s.kind not in _PEOPLE}
        if len(spelled) != 1:
            return None  # no listed word, or two spellings of its letters
        long = spelled.pop()
        return long if _adds_macrons(joined, long) else None

    def _listed_whole(self, parts: list[str]) -> list[str] | None:
        """``parts`` respelled as the one word their letters together spell in any list
        the lexicon reads, Mozc's included (二十四孝 *Nijūshi-kō*, 当道院 *Tōdō-in*), where
        no word spells the letters as written, every word listed spells them alike
        (people's names aside), and each part's piece of it is a spelling the lexicon
        gives that part alone (nijūshi, kō), not far rarer than the part as written: a
        guess, where the parts alone guess or say nothing; ``None`` otherwise. On the dev
        documents it made four findings right (Nijūshi-kō, Tōdō-in, Ōyama-mura,
        Kamigō-mura) and none wrong.

        >>> SpellingJudge.for_glossary(None)._listed_whole(["Nijushi", "ko"])
        ['Nijūshi', 'kō']
        """
        letters = [_letters(w) for w in parts]
        long = self._sole_long_spelling(letters, mozc=True)
        if long is None:
            return None
        out = []
        for word, part, piece in zip(parts, letters, _cut_like(long, letters), strict=True):
            if piece != part:
                alone = self.forms(part.lower())
                if piece not in alone and \
                        piece not in getattr(self._part(part, False, ""), "alternatives", ()):
                    return None  # a piece no word (nor compound) of its own spells so
                if alone.get(part, 0.0) >= alone.get(piece, 0.0) + MARGIN:
                    return None  # a part far commoner as written (Bunko-zo: 文庫 bunko, no
                    # 文構造 bunkōzō; Izumo-no-kuni: the particle, no 出雲の阿国)
            out.append(with_long_vowels(word, piece) if piece != part else word)
        return out

    def _part(self, part: str, trusts_as_written: bool, decided: str) -> MacronVerdict | None:
        """The macron one part of a written word (no hyphen) lacks, or ``None``: the
        spelling ``decided`` gives it, or the lexicon's spellings of its letters with long
        vowels (:meth:`_longer_spellings`) weighed against the part as written
        (:meth:`_weigh`); a part no list knows is read as a compound.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._part("sobihin", False, "").suggestion, judge._part("toshi", True, "")
        ('sōbihin', None)
        """
        if len(part) < 2 or not part.replace("'", "").isalpha():
            return None
        written = _letters(part)
        if decided:
            target = _letters(decided)
            if strip_macrons(target) == strip_macrons(written) and _adds_macrons(written, target):
                return MacronVerdict(target, CERTAIN, (target,))
            return None
        if trusts_as_written and part[:1].isupper():
            # a writer who marks long vowels wrote a name this way: every branch below
            # takes it at its word, so the lexicon need not be asked
            return None
        forms = self.forms(part)
        if written not in forms and any(z < REAL and self._rare_foreign_name(part, f)
                                        for f, z in forms.items()):
            # a foreign name in katakana no count knows (ショトキー Shotokī, ヤンシー Yanshī)
            # is no spelling of a romanised Japanese word: the word is read as if the list
            # lacked it (神皇正統記 Jinnō shōtōki by its title, not shotokī)
            forms = {f: z for f, z in forms.items()
                     if z >= REAL or not self._rare_foreign_name(part, f)}
        if not forms:
            return self.compounds.compound(part, trusts_as_written) or self.compounds.suffixed(
                part, trusts_as_written)
        found = self._longer_spellings(part, written, forms)
        if found is None:
            return None
        forms, longer, capped = found
        return self._weigh(part, written, forms, longer, capped, trusts_as_written)

    def _longer_spellings(self, part: str, written: str, forms: dict[str, float],
                          ) -> tuple[dict[str, float], dict[str, float], bool] | None:
        """The spellings of ``part``'s letters that add long vowels, each with its figure,
        as :meth:`_weigh` weighs them: the part's ``forms`` (without Mozc's inflected
        forms where a word is spelled as written), those spellings, and whether the part
        is capitalised and spelled as written only by a verb's form (*Ou*: 追う, 負う);
        ``None`` where none adds a long vowel."""
        plain = strip_macrons(written)
        longer = {f: z for f, z in forms.items()
                  if strip_macrons(f) == plain and f != written and _adds_macrons(written, f)}
        if not longer:
            return None
        if written not in forms and len(longer) > 1:
            # an inflected form only Mozc lists, or the same in kana alone (生じろ, しょうじろ
            # shōjiro), is weighed as no word: its cost is no word frequency, and a name
            # (庄次郎 Shōjirō, 正次郎 Shōjiro) is weighed by its bearers
            words = self._uninflected(part, kana_too=True)
            longer = {f: words[f] for f in longer if f in words} or longer
            # a loanword's long vowel (オスカー Osukā) does not outweigh a native word or
            # name spelled longer elsewhere (大須賀 Ōsuka)
            if self._loan_only(part, max(longer, key=lambda f: longer[f])):
                longer = {f: z for f, z in longer.items()
                          if not self._loan_only(part, f)} or longer
        capped = False
        if written in forms:
            # an inflected form only Mozc lists (居よ iyo, 書こう kakō) is no rival to a word
            # as written, nor is it one: Mozc's cost for it is no word frequency
            forms = self._uninflected(part)
            # (a verb's form of a dictionary left out too: _uninflected's as_verb)
            capped = written not in forms and part[:1].isupper() and any(
                s.source != "mozc" and _INFLECTED.fullmatch(s.written)
                and self._letters_of(s.hepburn) == written for s in self.lexicon.spellings(part))
            longer = {f: z for f, z in forms.items()
                      if strip_macrons(f) == plain and f != written and _adds_macrons(written, f)}
            if not longer:
                return None
        elif len(longer) > 1 and not self.is_dictionary_word(part):
            # a compound only Mozc's conversion knows: a phrase of an adjective and a noun
            # (よい空間 yoikūkan) is no word, and no reading of one (養育館 yōikukan)
            longer = {f: z for f, z in longer.items() if not self._phrase_only(part, f)} \
                or longer
        return forms, longer, capped

    def _weigh(self, part: str, written: str, forms: dict[str, float], longer: dict[str, float],
               capped: bool, trusts_as_written: bool) -> MacronVerdict | None:
        """The verdict on ``part`` from its spellings with long vowels (``longer``, from
        :meth:`_longer_spellings`): against the part as written, where a word is spelled so
        (:meth:`_over_as_written`); else certain, likely or possible as the spellings are
        alone, common and apart."""
        best = self._commonest(part, longer)
        as_written = forms.get(written)
        if as_written is not None and written in self.province_names:
            return None  # an old province's own name (Iyo 伊予, Noto 能登, Mino 美濃)
        if as_written is not None and not trusts_as_written and longer[best] <= as_written:
            # a loanword as written is no rival to a native word spelled longer (チャド
            # Chad against 茶道 chadō, サイト against 斎藤 Saitō): it is weighed as the
            # native words written so are
            as_written = self._native_as_written(part, written, best, as_written)
        if as_written is not None:
            if trusts_as_written or longer[best] <= as_written:
                return None  # a word as written (toshi, josei): say nothing ...
            return self._over_as_written(part, longer, as_written)
        if trusts_as_written and (part[:1].isupper() or longer[best] < COMMON):
            # a writer who marks long vowels wrote a name or a rare word this way: the
            # lexicon's silence about the short form is no evidence against it
            return None
        if capped:
            return self._capped(part, longer)
        real = sorted((f for f, z in longer.items() if z >= REAL or f == best),
                      key=lambda f: -longer[f])
        if not self.is_dictionary_word(part):
            # only Mozc's conversion knows it (a compound): a guess, however alone
            return MacronVerdict(best, POSSIBLE, tuple(real))
        if len(real) == 1:
            # a name may have a rare reading no list holds, and a writer who marks long
            # vowels may have meant this one: likely, not certain
            if longer[best] < USED:
                return MacronVerdict(best, POSSIBLE, (best,))  # a word hardly anyone uses
            sure = not part[:1].isupper() and not trusts_as_written and \
                self._uninflected(part, kana_too=True).get(best, 0.0) >= SURE
            return MacronVerdict(best, CERTAIN if sure else LIKELY, (best,))
        second = longer[real[1]]
        confidence = LIKELY if longer[best] >= second + MARGIN else POSSIBLE
        return MacronVerdict(best, confidence, tuple(real))

    def _over_as_written(self, part: str, longer: dict[str, float],
                         as_written: float) -> MacronVerdict | None:
        """For a writer who marks no long vowel at all, the spelling of ``part`` with long
        vowels commoner than the word as written (``as_written``, its figure), at most
        possible: not a loanword's (Buke 武家, not ブーケ būke), nor another reading of
        the same word (類聚 ruiju, ruijū)."""
        longer = self._native(part, longer)
        if not longer:
            return None  # only a loanword is longer (Buke 武家, not ブーケ būke)
        if self._read_both_ways(part, longer):
            return None  # the commoner spelling is the same word (類聚 ruiju, ruijū)
        best = self._commonest(part, longer)
        if longer[best] <= as_written:
            return None
        # ... or, from a writer who marks no long vowel at all, the commoner spelling
        return MacronVerdict(best, POSSIBLE, tuple(sorted(longer)))

    def _capped(self, part: str, longer: dict[str, float]) -> MacronVerdict | None:
        """A capitalised word written so only by a verb's form (追う, 負う *Ou*): a name
        or a noun, weighed by the nouns and places spelled longer (奥羽, 大生 Ōu), not
        by verbs (覆う ōu), loanwords (クール for *Kuru*) or people's names alone;
        possible."""
        held: dict[str, float] = {}
        for sp in self.lexicon.spellings(part):
            f = self._letters_of(sp.hepburn)
            if f in longer and sp.kind not in _PEOPLE and not _INFLECTED.fullmatch(
                    sp.written) and not _has_katakana(sp.written):
                held[f] = max(held.get(f, 0.0), sp.frequency)
        held = {f: z for f, z in held.items() if z >= USED}
        if not held:
            return None
        best = max(sorted(held), key=lambda f: held[f])
        return MacronVerdict(best, POSSIBLE, (best,))

    def _phrase_only(self, part: str, spelled: str) -> bool:
        """Whether every word the lexicon spells ``spelled`` under ``part``'s key is a
        phrase Mozc lists whole, an adjective (JMdict's い-adjectives) and a noun after it:
        よい空間, 良い空間 (*yoikūkan*), not a word.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._phrase_only("yoikukan", "yoikūkan"), judge._phrase_only("yoikukan", "yōikukan")
        (True, False)
        """
        return self._all_written(part, spelled, _adjective_phrase)

    def _commonest(self, part: str, spellings: dict[str, float]) -> str:
        """The commonest of ``spellings`` of ``part``. Frequencies are coarse (a tenth of a
        Zipf unit; JMdict words no count covers are all 0.0), so among equally common
        spellings the one more words share wins (教養, 共用, 強要 kyōyō over 許容 kyoyō),
        then the one that adds fewer long vowels (過去帳 kakochō over 下降調 kakōchō: one
        missing macron is likelier than two), then the first in order.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._commonest("kyoyo", {"kyōyō": 4.0, "kyoyō": 4.0})
        'kyōyō'
        >>> judge._commonest("kakocho", {"kakōchō": 0.0, "kakochō": 0.0})
        'kakochō'
        """
        top = max(spellings.values())
        tied = [f for f, z in spellings.items() if z == top]
        if len(tied) == 1:
            return tied[0]
        shared: dict[str, float] = {}
        counted: set[tuple[str, str]] = set()
        for s in self.lexicon.spellings(part):
            spelled = self._letters_of(s.hepburn)
            if spelled in spellings and (s.written, spelled) not in counted:
                counted.add((s.written, spelled))  # a word two lists hold counts once
                shared[spelled] = shared.get(spelled, 0.0) + 10 ** s.frequency
        return min(tied, key=lambda f: (-shared.get(f, 0.0), len(_MACRON.findall(f)), f))

    def _native_as_written(self, part: str, written: str, longer: str,
                           as_written: float) -> float:
        """How common ``part`` is as written (``as_written``: counting every word), when
        the words written in katakana alone are left out: a loanword (チャド Chad, サイト
        site) is no rival to a native word (茶道 chadō, 斎藤 Saitō) whose spelling
        ``longer`` adds a long vowel, provided a dictionary or name list holds that word in
        kanji or hiragana and it is no more than MARGIN rarer than the loanword
        (ネット netto is far commoner than 熱湯 nettō, and stays). Else ``as_written``.
        The mirror of :meth:`_native`, which does the same for a loanword spelled longer.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._native_as_written("chado", "chado", "chadō", 3.2) < 2.5
        True
        >>> judge._native_as_written("netto", "netto", "nettō", 5.2)
        5.2
        """
        loan = native = -1.0
        held = -1.0  # the commonest native word spelled ``longer``
        for s in self.lexicon.spellings(part):
            spelled = self._letters_of(s.hepburn)
            katakana = _katakana_only(s.written)
            if spelled == written:
                if katakana:
                    loan = max(loan, s.frequency)
                else:
                    native = max(native, s.frequency)
            elif spelled == longer and not katakana and s.source != "mozc" and \
                    any("\u3041" <= c <= "\u309f" or "\u4e00" <= c <= "\u9fff" for c in s.written):
                held = max(held, s.frequency)
        if held < REAL or loan < native or loan > held + MARGIN:
            return as_written
        return native

    def _uninflected(self, part: str, *, kana_too: bool = False) -> dict[str, float]:
        """:meth:`forms` without the inflected forms only Mozc lists, kanji with kana after
        them (書こう kakō, 居よ iyo, 送ら okura): Mozc's costs for them are no word
        frequencies (居よ was 5.6, 伊予 3.2; the lexicon discounts such a form where wordfreq
        never counts it, but wordfreq counts 送ら), and no title or citation writes them alone.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.forms("okura")["okura"] > judge.forms("okura")["ōkura"]  # 送ら
        True
        >>> judge._uninflected("okura")["okura"] < judge.forms("okura")["okura"]
        True
        """
        out: dict[str, float] = {}
        lower = part[:1].islower()
        spellings = self.lexicon.spellings(part)
        # ``kana_too``: the same forms in kana alone too (しょうじろ beside 生じろ)
        inflected = {s.hepburn for s in spellings if kana_too and s.source == "mozc"
                     and _INFLECTED.fullmatch(s.written)}
        written = _letters(part)
        # a capitalised word spelled as written only by a verb's or adjective's form (追う
        # ou, 負う): a name or a noun, not a verb, so that form is no rival either
        as_verb = not lower and all(
            _INFLECTED.fullmatch(s.written)
            for s in spellings if self._letters_of(s.hepburn) == written)
        for s in spellings:
            if s.source == "mozc" and (_INFLECTED.fullmatch(s.written) or (
                    s.hepburn in inflected and _KANA_ONLY.fullmatch(s.written))):
                continue
            if as_verb and self._letters_of(s.hepburn) == written:
                continue
            f = self._letters_of(s.hepburn)
            # (a word in lower case is no name: as in forms)
            out[f] = max(out.get(f, 0.0), 0.0 if lower and s.is_name else s.frequency)
        for form in _citation_spellings().get(strip_macrons(_letters(part)), ()):
            out.setdefault(form, USED)  # (as in forms)
        return out

    @functools.cached_property
    def _era_names(self) -> dict[str, str]:
        """The era names (``data/eras.tsv``, standard readings) whose modified Hepburn
        has a long vowel, by its letters without them: tenpo: tenpō, kyoho: kyōhō (not
        a spelling two eras share)."""
        from jpterms.eras import EraTable
        from jpterms.lexicon import KanaKeyer

        hepburn = KanaKeyer.shared().hepburn
        eras = EraTable.bundled()
        found: dict[str, set[str]] = {}
        for era in eras:
            spelled = _letters(hepburn(eras.readings(era)[0]))
            found.setdefault(strip_macrons(spelled), set()).add(spelled)
        return {plain: next(iter(spelled)) for plain, spelled in found.items()
                if len(spelled) == 1 and plain not in spelled}

    def era_name(self, word: str) -> str | None:
        """The era name ``word`` spells without its long vowels, with them (天保 Tenpō for
        *Tenpo*), or ``None``.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge.era_name("Tenpo"), judge.era_name("Meiji"), judge.era_name("Tenpō")
        ('Tenpō', None, None)
        """
        era = self._era_names.get(_letters(word))
        return None if era is None else with_long_vowels(word, era)

    @functools.cached_property
    def province_names(self) -> frozenset[str]:
        """The old provinces' names as modified Hepburn spells them (``data/provinces.tsv``):
        iyo, tosa, sado, kōzuke.

        >>> {"iyo", "tosa", "kōzuke"} <= SpellingJudge.for_glossary(None).province_names
        True
        """
        from jpterms.gazetteer import province_readings
        from jpterms.lexicon import KanaKeyer

        hepburn = KanaKeyer.shared().hepburn
        return frozenset(_letters(hepburn(kana)) for kana in province_readings().values())

    def _province(self, part: str) -> MacronVerdict | None:
        """The old province ``part`` names with its long vowels left out (*Omi*: 近江
        Ōmi, *Totomi*: 遠江 Tōtōmi), where its letters spell one province's name that way
        and none as written (Iyo, Tosa have nothing to lack); possible.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._province("Omi").suggestion, judge._province("Iyo")
        ('ōmi', None)
        """
        spelled = self.provinces_by_letters.get(_letters(part))
        return None if spelled is None else MacronVerdict(spelled, POSSIBLE, (spelled,))

    @functools.cached_property
    def provinces_by_letters(self) -> dict[str, str]:
        """:attr:`province_names` with long vowels, by their letters without them, where
        no province is spelled so and no other province's name has the same letters
        (Iyo and Tosa have none to lack).

        >>> SpellingJudge.for_glossary(None).provinces_by_letters["shimosa"]
        'shimōsa'
        """
        names = self.province_names
        found: dict[str, set[str]] = {}
        for name in names:
            plain = strip_macrons(name)
            if plain != name and plain not in names:
                found.setdefault(plain, set()).add(name)
        return {plain: next(iter(spelled)) for plain, spelled in found.items()
                if len(spelled) == 1}

    def _native(self, part: str, longer: dict[str, float]) -> dict[str, float]:
        """``longer`` without the loanwords a native word spelled as ``part`` is written
        holds its own against: spellings every word of which writes its long vowel with the
        katakana mark ー (ブーケ būke, ヒーター hītā), no more than MARGIN commoner than
        the commonest word as written in no katakana (Buke 武家, hita 日田). A loanword's
        long vowel is no evidence against a native word; a short form that is itself
        katakana (センタ senta, エディタ edita) or a rare name (出田 deta against データ
        dēta) is no native word that holds its own.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._native("buke", {"būke": 3.5}), judge._native("semina", {"seminā": 5.0})
        ({}, {'seminā': 5.0})
        """
        written = _letters(part)
        words = self.lexicon.spellings(part)  # most common first
        spelled = self._letters_of
        native = next((s.frequency for s in words if spelled(s.hepburn) == written
                       and not _has_katakana(s.written)), None)
        if native is None:
            return longer
        return {f: z for f, z in longer.items() if z > native + MARGIN or
                any(spelled(s.hepburn) == f and "ー" not in s.written
                    and _JAPANESE.fullmatch(s.written) for s in words)}

    def _read_both_ways(self, part: str, longer: dict[str, float]) -> bool:
        """Whether the word that makes the commonest longer spelling commoner is one JMdict
        also reads exactly as ``part`` is written (類聚: るいじゅ ruiju and るいじゅう
        ruijū): the writer chose one of the word's own readings, which is no missing
        macron. A rarer word read both ways is no such evidence (沈香 jinko, jinkō: the
        commoner jinkō is 人口, read one way only).

        >>> SpellingJudge.for_glossary(None)._read_both_ways("ruiju", {"ruijū": 1.5})
        True
        """
        from jpterms.lexicon import MINOR_READING

        written = _letters(part)
        best = self._commonest(part, longer)
        words = self.lexicon.spellings(part)  # most common first
        # the word that makes the longer spelling commoner
        top = next((s for s in words if self._letters_of(s.hepburn) == best), None)
        return top is not None and top.source == "jmdict" and any(
            s.source == "jmdict" and s.written == top.written
            and self._letters_of(s.hepburn) == written
            and s.kind != MINOR_READING  # 人数 にんず, a reading JMdict marks outdated
            for s in words)

    def _rare_foreign_name(self, part: str, spelled: str) -> bool:
        """Whether every word the lexicon spells ``spelled`` under ``part``'s key is a
        name (a person's, a place's) written in katakana alone that no count knows
        (frequency under REAL): ショトキー *Shotokī*, ヤンシー *Yanshī*, ラージュ *Rāju*.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._rare_foreign_name("shotoki", "shotokī"), judge._rare_foreign_name("deta", "dēta")
        (True, False)
        """
        if any(self._letters_of(h) == spelled for h, _ in self.lexicon.key_forms(part).words):
            return False  # a word that is no name is spelled so (asked without the spellings)
        words = [s for s in self.lexicon.spellings(part) if self._letters_of(s.hepburn) == spelled]
        return bool(words) and all(s.is_name and s.frequency < REAL and _katakana_only(s.written)
                                   for s in words)

    def _loan_only(self, piece: str, spelled: str) -> bool:
        """Whether every word the lexicon spells ``spelled`` under ``piece``'s key is
        written in katakana alone: a loanword's long vowel (ローン rōn, ドローン dorōn) is
        no part of a compound of native words, which is what :meth:`jpterms.compound_words.CompoundReader.compound` reads.

        >>> judge = SpellingJudge.for_glossary(None)
        >>> judge._loan_only("doron", "dorōn"), judge._loan_only("kukan", "kūkan")
        (True, False)
        """
        return self._all_written(piece, spelled, _katakana_only)

    def _all_written(self, part: str, spelled: str, test: Callable[[str], bool]) -> bool:
        """Whether the lexicon spells ``spelled`` under ``part``'s key, and every word it
        spells so is written as ``test`` asks."""
        words = [s.written for s in self.lexicon.spellings(part)
                 if self._letters_of(s.hepburn) == spelled]
        return bool(words) and all(test(w) for w in words)



@functools.lru_cache(maxsize=4096)
def _adjective_phrase(written: str) -> bool:
    """Whether ``written`` is an い-adjective JMdict lists and a noun written in kanji after
    it (よい空間, 良い空間), which Mozc lists whole as a phrase; not a verb's stem (言い方).

    >>> _adjective_phrase("良い空間"), _adjective_phrase("言い方"), _adjective_phrase("養育館")
    (True, False, False)
    """
    from jpterms.dictionaries import jamdict_rows

    m = _adjective_then_kanji().fullmatch(written)
    if m is None:
        return False
    adjective = m.group(1)
    rows = jamdict_rows(_ADJECTIVE_POS, (adjective, adjective))
    return any(pos.startswith("adjective (keiyoushi)") for (pos,) in rows)


#: A long e or i written with a macron: in modified Hepburn only a loanword's (データ dēta).
LOAN_VOWEL = re.compile("[ēīĒĪ]")


@functools.cache
def _adjective_then_kanji() -> re.Pattern[str]:
    """An い-adjective and kanji after it, compiled on first use (by a compound only Mozc's
    conversion knows): its classes of 21,000 kanji cost 1.6 ms of every check to compile."""
    return re.compile("([\u3041-\u309f\u4e00-\u9fff]*い)([\u4e00-\u9fff]+)")


_ADJECTIVE_POS = (
    "SELECT p.text FROM Sense s JOIN pos p ON p.sid = s.ID WHERE s.idseq IN "
    "(SELECT idseq FROM Kanji WHERE text = ? UNION SELECT idseq FROM Kana WHERE text = ?)")


@functools.cache
def _citation_words() -> tuple[tuple[str, str], ...]:
    """The words citations are made of (``data/citation_words.tsv``: 紀要, 叢書, 諸本,
    古辞書): each one's letters as modified Hepburn spells it, and its kind, read once
    for :func:`_citation_spellings` and :func:`_title_words_as_written`.

    >>> ("shohon", "title") in _citation_words()
    True
    """
    from jpterms.lexicon import KanaKeyer
    from jpterms.package_data import read_rows

    hepburn = KanaKeyer.shared().hepburn
    return tuple((_letters(hepburn(kana)), kind)
                 for kana, _written, kind, *_ in read_rows("citation_words.tsv"))


@functools.cache
def _citation_spellings() -> dict[str, frozenset[str]]:
    """The words of :func:`_citation_words` but the kinds that only describe their
    neighbours (:data:`jpterms.citation_words.CONTEXT_KINDS`), by their letters without
    long vowels.

    >>> sorted(_citation_spellings()["shohon"])
    ['shohon']
    """
    found: dict[str, set[str]] = {}
    for spelled, kind in _citation_words():
        if kind not in CONTEXT_KINDS:
            found.setdefault(strip_macrons(spelled), set()).add(spelled)
    return {plain: frozenset(spelled) for plain, spelled in found.items()}


@functools.cache
def _title_words_as_written() -> frozenset[str]:
    """The words titles and series are made of (:func:`_citation_words`, kinds title
    and series) that modified Hepburn spells with no long vowel, by their letters:
    mokuroku 目録, jisho 辞書, shohon 諸本.

    >>> {"mokuroku", "shohon"} <= _title_words_as_written(), "kiyo" in _title_words_as_written()
    (True, False)
    """
    return frozenset(spelled for spelled, kind in _citation_words()
                     if kind in ("title", "series") and spelled == strip_macrons(spelled))


def with_bound_suffixes(written: str) -> str | None:
    """``written`` with each part after a hyphen that is a suffix always long there
    (``data/bound_suffixes.tsv``) given its macron, the other parts as written; ``None``
    when no part changes.

    >>> with_bound_suffixes("Toshokan-zo"), with_bound_suffixes("Oku-Aizu") is None
    ('Toshokan-zō', True)
    """
    parts = written.split("-")
    out = [parts[0]]
    for part in parts[1:]:
        found = _bound_suffix(part)
        out.append(part if found is None else _match_case(part, found.suggestion))
    joined = "-".join(out)
    return None if joined == written else joined


def _bound_suffix(part: str) -> MacronVerdict | None:
    """A part after a hyphen that is a suffix always long there (``zo`` of Toshokan-zo:
    zō 蔵; ``data/bound_suffixes.tsv``), as a possible finding: the hyphen shows the writer
    divides a compound, and nothing a hyphen sets off is spelled so short.

    >>> _bound_suffix("zo"), _bound_suffix("go") is None
    (MacronVerdict(suggestion='zō', confidence='possible', alternatives=('zō',)), True)
    """
    spelled = _bound_suffixes().get(part.lower())
    if spelled is None:
        return None
    return MacronVerdict(spelled, POSSIBLE, (spelled,))


@functools.cache
def _bound_suffixes() -> dict[str, str]:
    from jpterms.package_data import read_text

    table: dict[str, str] = {}
    for line in read_text("bound_suffixes.tsv").splitlines():
        if line and not line.startswith("#"):
            written, spelled = line.split("\t")[:2]
            table[written] = spelled
    return table


#: What follows an old province's name and "no" in a hyphenated word: 国, the province
#: (*Ōmi-no-kuni*), and the governor 守 and vice-governor 介 of its court (*Ōmi-no-kami*,
#: *Kōzuke-no-suke*).
_PROVINCE_AFTER = frozenset({"kuni", "kami", "suke"})


def _cut_like(spelled: str, letters: list[str]) -> list[str]:
    """``spelled`` (the words' ``letters`` joined, with macrons) cut where the words meet.

    >>> _cut_like("hōkenshakai", ["hoken", "shakai"])
    ['hōken', 'shakai']
    """
    out, at = [], 0
    for part in letters:
        out.append(spelled[at : at + len(part)])
        at += len(part)
    return out

