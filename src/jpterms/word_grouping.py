"""Morphemes grouped into words: ALA-LC-style word division, and the capitals of names.

:func:`group_words` joins the morphemes MeCab and the readings gave (see
:class:`jpterms.morpheme.Morpheme`) into words by the rules of ``data/word_division.json``:
a particle stays apart, a suffix and an inflection go on the word before, a place's
administrative suffix takes a hyphen. The other functions here cut or join words where a
rule asks for it (a village's name, a shrine or a school after a name, a municipality's
short name, a numbered block, ALA-LC's Nippon names, a company's name) and write the
capitals of a body's name (:func:`body_capitals`); :class:`jpterms.romanize.Romanizer`
calls them as it romanises.

>>> body_capitals("Tōkyō toritsu Hibiya kōtō gakkō")
'Tōkyō Toritsu Hibiya Kōtō Gakkō'
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from jpterms.division import admin_suffix_after, as_tuple
from jpterms.division import rules as _rules
from jpterms.kana import (
    SAID_AS_PARTICLE,
    is_ideograph,
    mark_long_vowels,
    to_hiragana,
    to_katakana,
)
from jpterms.morpheme import Morpheme
from jpterms.numbers import POWERS_OF_TEN
from jpterms.package_data import read_rows
from jpterms.reading_parts import merge_units


@cache
def suffix_readings() -> dict[str, list[str]]:
    """Every suffix joined to a proper noun with a hyphen (data/word_division.json's
    admin_suffixes and hyphen_suffixes), with the readings that make it one."""
    return {**_rules()["admin_suffixes"], **_rules()["hyphen_suffixes"]}


def admin_stem(m: Morpheme, wapuro: bool = False) -> str:
    """The reading of a proper noun before the suffix it ends with (東京都 → トーキョー,
    渋谷駅 → シブヤ), or "". With ``wapuro``, the same part of its kana (トウキョウ)."""
    if not m.proper or m.family or len(m.surface) < 3:
        return ""
    for last in (m.surface[-3:], m.surface[-2:], m.surface[-1]):
        if last in _rules()["admin_suffixes"] and not admin_suffix_after(
                last, m.surface[:-len(last)]):
            continue  # (まこ都 マコト, a given name: Makoto, not "Mako-to")
        for suffix in suffix_readings().get(last, ()):
            if m.reading.endswith(suffix) and len(m.reading) > len(suffix):
                stem = m.reading[: -len(suffix)]
                if not wapuro:
                    return stem
                return m.kana[: len(stem)] if len(m.kana) == len(m.reading) else ""
    return ""


def group_words(morphemes: list[Morpheme], rules: dict[str, Any],
                ala_lc: bool = False) -> list[list[Morpheme]]:
    """Group morphemes into words by the roles ``_morpheme`` gave them: each morpheme is
    placed where a rule puts it (:func:`_placed_by_rule`), else joins the word before
    where its role says so (:func:`_attaches`), else begins a word; then the particles
    inside names and the heads of places' names are seen to.

    With ``ala_lc``, a suru verb joins the noun before it (kirokusuru), as the ALA-LC
    table writes it.

    >>> from jpterms.division import rules
    >>> hon = Morpheme("本", "ホン", "ホン", "名詞-普通名詞-一般")
    >>> ya = Morpheme("屋", "ヤ", "ヤ", "接尾辞-名詞的-一般", role="prev")
    >>> no = Morpheme("の", "ノ", "ノ", "助詞-格助詞")
    >>> [[m.surface for m in word] for word in group_words([hon, ya, no, hon], rules())]
    [['本', '屋'], ['の'], ['本']]
    """
    admin = rules["admin_suffixes"]
    hyphened = rules["hyphen_suffixes"]
    suru = frozenset(rules["ala_lc"]["suru_forms"]) if ala_lc else frozenset()
    words: list[list[Morpheme]] = []
    join_next = False
    unread = _unread_kana_runs(morphemes)
    for i, m in enumerate(morphemes):
        if i in unread and words:
            words[-1].append(m)  # きくち: き + く + ち, which UniDic knows as no word
            if i + 1 not in unread:
                words[-1] = _read_as_one(words[-1])
            join_next = False
            continue
        if (m.proper and m.surface[-1:] in admin and m.pos.endswith("人名-姓")
                and i + 1 < len(morphemes) and morphemes[i + 1].pos.endswith("人名-名")):
            m = replace(m, family=True)  # 喜多村 + 緑郎: Kitamura Rokurō, no village's -mura
        if _placed_by_rule(words, morphemes, i, m, rules, join_next=join_next, suru=suru):
            join_next = False
            continue
        prev = words[-1] if words else None
        attach, m = _attaches(prev, m, rules, join_next=join_next)
        if attach and prev is not None:
            prev.append(m)
        else:
            words.append([m])
        join_next = m.role == "next"
    if len(words) < 2:
        return words
    words = _place_name_heads(_name_particles(words, morphemes, rules["name_particles"],
                                              hyphened), rules["place_name_heads"], admin)
    if any(m.surface[-1:] in rules["place_name_heads"]["whole"] for m in morphemes[1:]):
        words = _whole_place_names(words, rules)  # 曽野 + 木 + 村: Sonoki-mura
    return words


#: UniDic's parts of speech of the units a station's name is made of (see
#: :func:`_placed_by_rule`): nouns, numerals, prefixes and suffixes, no particle or verb.
_STATION_NAME_POS = ("名詞", "接頭辞", "接尾辞")


def _placed_by_rule(words: list[list[Morpheme]], morphemes: list[Morpheme], i: int,
                    m: Morpheme, rules: dict[str, Any], *, join_next: bool,
                    suru: frozenset[str]) -> bool:
    """Whether :func:`group_words` placed ``m`` (``morphemes[i]``) in ``words`` by a rule
    of its own: a numbered block (十 + 一 + 番 + 町), a suffix a proper noun takes with a
    hyphen (千代田 + 区), a prefix one takes so (新 + 日本), a suru verb after its noun
    (ALA-LC's ``suru``), or a word apart where a citation's word or a name's ends."""
    admin = rules["admin_suffixes"]
    hyphened = rules["hyphen_suffixes"]
    prev = words[-1] if words else None
    if _numbered_block(words, morphemes, i, rules["numbered_blocks"]):
        numerals = words.pop()  # 十 + 一 + 番 + 町: Jūichiban-chō
        while words and _all_numerals(words[-1]):
            numerals = words.pop() + numerals
        words.append([*numerals, m])
        return True
    if (prev is not None and prev[-1].proper and m.reading
            and ((m.surface in admin  # (the join only for a suffix: most words are none)
                  and admin_suffix_after(m.surface, "".join(x.surface for x in prev)))
                 or m.reading in hyphened.get(m.surface, ()))
            and not admin_stem(prev[-1]) and not prev[-1].reading.endswith("ッ")
            and not (i + 1 < len(morphemes) and m.surface in admin and morphemes[i + 1].surface
                     == rules["word_starts"]["after_admin_suffix"])):  # 大阪 + 府立
        prev.append(replace(m, role="hyphen"))  # 千代田 + 区: Chiyoda-ku; 田中 + さん
        return True
    if (prev is not None and m.surface in rules["station_suffixes"] and m.reading
            and m.reading in hyphened.get(m.surface, ())
            and (i == len(morphemes) - 1 or not morphemes[i + 1].pos.startswith(
                _STATION_NAME_POS))
            and (i >= 2 or (i == 1 and not morphemes[0].source.startswith("unidic")))
            and all(x.pos.startswith(_STATION_NAME_POS) for x in morphemes[:i])
            and not admin_stem(prev[-1])):
        # a station's name of two units or more, whatever the last (航空 + 公園 + 駅
        # Kōkū kōen-eki, 北 + 34 + 条 + 駅 Kita 34-jō-eki), or one a dictionary read whole
        # (Mozc's 公園前 + 駅 + で: Kōenmae-eki de), before no other noun; one word of
        # UniDic's own before 駅 is a kind of station (終着駅 shūchakueki, 無人駅)
        prev.append(replace(m, role="hyphen"))
        return True
    if prev is not None and join_next and m.proper and prev[-1].role == "next" and (
            to_hiragana(prev[-1].kana) in rules["hyphen_prefixes"].get(prev[-1].surface, ())
            or to_hiragana(m.surface) != m.surface == to_katakana(m.surface)):
        # 新 + 日本: Shin-Nihon; 聖 + ヨハネ: Sei-Yohane (but 與 + 那覇: Yonaha)
        prev.append(replace(m, role="hyphen"))
        return True
    if (suru and prev is not None and m.kana in suru and m.pos.startswith("動詞")
            and "サ変" in prev[-1].pos):
        prev.append(m)  # 記録 + する: kirokusuru
        return True
    if (prev is not None and not join_next and m.role in ("prev", "single_kanji")
            and _citation_word_starts(morphemes, i)):
        words.append([m])  # 善本 + 叢 + 刊: zenpon sōkan
        return True
    if prev is not None and not join_next and _apart_after_name(prev, m):
        words.append([m])  # 芥川 + 龍之介 + 作: Akutagawa Ryūnosuke saku
        return True
    return False


def _attaches(prev: list[Morpheme] | None, m: Morpheme, rules: dict[str, Any], *,
              join_next: bool) -> tuple[bool, Morpheme]:
    """Whether ``m`` joins the word before it (``prev``) by its role (a suffix, an
    inflection, a number's part, a single kanji after a noun, a sound after a word-final
    っ, a run of one punctuation mark), and ``m`` as it joins (a particle after っ is read
    as its kana: まっ + は)."""
    if prev is None:
        return False, m
    if prev[-1].role == "punct" or m.role == "punct":
        # a run of one mark (..., !!) is one piece of punctuation
        return m.role == "punct" and prev[-1].surface == m.surface, m
    admin = rules["admin_suffixes"]
    attach = False
    if join_next or m.role in ("prev", "hyphen"):
        attach = True  # (a hyphen: 阿部 + 家, Abe-ke)
    elif m.role in ("after_inflecting", "bound"):
        attach = prev[-1].pos.startswith(as_tuple("inflecting"))
    elif m.pos.startswith(tuple(rules["attach_previous"])) and prev[-1].pos.startswith(
            "名詞-数詞"):
        attach = True  # a dictionary word of suffixes after a numeral: 八 + 人目
    elif _number_goes_on(prev[-1], m):
        attach = True  # 二十 + 一: one number, nijūichi (not "nijū ichi")
    elif m.role == "single_kanji" and m.surface in rules["joined_after_proper"][
            "words"] and prev[-1].proper and not prev[-1].pos.startswith("名詞-数詞") \
            and not admin_suffix_after(m.surface, "".join(x.surface for x in prev)):
        attach = True  # 朝日新聞 + 社: Asahi Shinbunsha, a firm's name (京都 + 府 + 立 apart)
    elif m.role == "single_kanji":
        # (not after a date: 十六日 + 夜 jūrokunichi yoru, the day and a time of it;
        # nor after a place's suffix: さいたま市 + 桜区, Saitama-shi Sakura-ku; but
        # 都道 + 府 + 県, no place, is todōfuken)
        attach = prev[-1].pos.startswith("名詞") and not prev[-1].proper and not (
            prev[-1].pos.startswith("名詞-数詞") and prev[-1].surface.endswith("日")
        ) and not (len(prev) > 1 and prev[-1].surface in admin and prev[-2].proper)
    if not attach and prev[-1].reading.endswith("ッ") and m.reading:
        # 二十 + 世紀, ざっ + と, わかりにくかっ + た: a word-final っ doubles the
        # next sound (nijusseiki, zatto, wakarinikukatta); apart, it was lost
        attach = True
        if (to_katakana(m.surface), m.reading) in SAID_AS_PARTICLE:
            # no particle follows a っ: まっ + は is the word まっは (Mach), mahha
            # as マッハ is, not "mawwa"
            m = replace(m, reading=to_katakana(m.surface), kana=to_katakana(m.surface))
    if not attach and m.surface.strip("ー") == "" and m.reading:
        attach = True  # セキュア + ー: the mark lengthens the word before (sekyuā)
    return attach, m


def _name_particles(words: list[list[Morpheme]], morphemes: list[Morpheme],
                    rule: dict[str, Any], hyphened: dict[str, list[str]]
                    ) -> list[list[Morpheme]]:
    """``words`` with a particle written inside a name (data ``name_particles``: ノ, ヶ
    between words of kanji; が before 丘) made one word with the words around it; a
    station's 駅 the name ends with (``hyphen_suffixes``) takes its hyphen.

    >>> from jpterms import romanize
    >>> romanize("宮ノ下"), romanize("金井ヶ丘"), romanize("桜が丘"), romanize("美咲が丘駅")
    ('Miyanoshita', 'Kanaigaoka', 'Sakuragaoka', 'Misakigaoka-eki')
    >>> romanize("失火ノ責任ニ関スル法律"), romanize("花が咲く"), romanize("国民ノ友")
    ('Shikka no sekinin ni kansuru hōritsu', 'Hana ga saku', 'Kokumin no tomo')
    """
    katakana, hiragana = rule["katakana"], rule["hiragana"]
    if not any(len(w) == 1 and (w[0].surface in katakana or w[0].surface in hiragana)
               for w in words[1:-1]):
        return words
    if any(m.surface not in katakana and re.search("[ァ-ヺ]", m.surface)
           and not m.pos.startswith("名詞") for m in morphemes):
        return words  # endings in katakana: 失火ノ責任ニ関スル法律, ノ is a particle
    out: list[list[Morpheme]] = []
    at = 0
    while at < len(words):
        word = words[at]
        after = words[at + 1] if at + 1 < len(words) else None
        m = word[0]
        if (out and after is not None and len(word) == 1
                and (m.pos.startswith("助詞") or m.reading == "ガ")  # (辻 + ケ + 堂: a noun)
                and all(is_ideograph(c) for x in out[-1] for c in x.surface)
                and all(is_ideograph(c) for c in after[0].surface)
                and (m.surface in katakana or after[0].surface in hiragana.get(m.surface, ()))
                and (m.surface not in rule["short"] or _short_name_sides(out[-1], after))
                and not (out[-1][-1].pos.startswith("名詞-数詞")
                         and after[0].pos.startswith("名詞-数詞"))):
            last = after[-1]
            if len(after) > 1 and last.reading in hyphened.get(last.surface, ()):
                after = [*after[:-1], replace(last, role="hyphen")]  # 美咲が丘 + 駅
            out[-1] = [*out[-1], m, *after]
            at += 2
            continue
        out.append(word)
        at += 1
    return out


def _short_name_sides(before: list[Morpheme], after: list[Morpheme]) -> bool:
    """Whether the words around a ノ are short as a place's name's are (data
    ``name_particles``' ``short``): one kanji before it and one or two after (宮ノ下,
    松ノ馬場), or a proper noun of two before and one kanji after (御茶ノ水; a suffix such
    as 駅 aside), not a title's nouns (国民ノ友 *Kokumin no tomo*, 日本ノ将来 *Nihon no
    shōrai*: pre-war titles write the particle in katakana)."""
    left, right = "".join(m.surface for m in before), len(after[0].surface)
    return (len(left) == 1 and right <= 2) or (
        len(left) == 2 and right == 1 and all(m.proper for m in before))


def _place_name_heads(words: list[list[Morpheme]], heads: dict[str, Any],
                      admin: dict[str, list[str]]) -> list[list[Morpheme]]:
    """``words`` with a place's name before its suffix (村, 町, 郡, 市, 区 with the
    suffix's hyphen) joined with the words of one kanji right before it (data
    ``place_name_heads``): 北 + 山田 + 村 Kitayamada-mura, not "Kita Yamada-mura". A
    place of two kanji that UniDic reads whole with its suffix (玉村 たまむら) is the
    suffix's name too after such a word: 奥 + 玉村 Okutama-mura, not "Oku Tamamura".

    >>> from jpterms import romanize
    >>> romanize("北山田村"), romanize("旧山田村"), romanize("大阪北区")
    ('Kitayamada-mura', 'Kyū Yamada-mura', 'Ōsaka Kita-ku')
    >>> romanize("岩手県東磐井郡奥玉村"), romanize("玉村町")
    ('Iwate-ken Higashiiwai-gun Okutama-mura', 'Tamamura-machi')
    """
    suffixes, apart = heads["suffixes"], heads["apart"]
    out: list[list[Morpheme]] = []
    for word in words:
        if len(word) == 1 and out and len(out[-1]) == 1 and len(out[-1][0].surface) == 1 \
                and is_ideograph(out[-1][0].surface) and out[-1][0].surface not in apart:
            word = _place_suffix_apart(word[0], suffixes, admin) or word
        if (len(word) > 1 and word[-1].role == "hyphen" and word[-1].surface in suffixes
                and word[0].proper):
            while out and len(out[-1]) == 1 and len(out[-1][0].surface) == 1 and \
                    is_ideograph(out[-1][0].surface) and out[-1][0].surface not in apart:
                word = [*out.pop(), *word]
        out.append(word)
    return out


def _whole_place_names(words: list[list[Morpheme]], rules: dict[str, Any]
                       ) -> list[list[Morpheme]]:
    """``words`` with a place's name before a suffix of ``place_name_heads``' ``whole``
    (村) made one word of the names and numerals of kanji before it in the same run, as
    a village's name is written whole before -mura; a family name UniDic reads across the
    suffix (木村 ギムラ) is cut before it to be so joined, where the name is the input's
    last word and its run begins the input or follows a place's suffix.

    >>> from jpterms import romanize
    >>> romanize("曽野木村"), romanize("一本木村"), romanize("旧山田村")
    ('Sonoki-mura', 'Ippongi-mura', 'Kyū Yamada-mura')
    >>> romanize("三浦光村"), romanize("岩手県東磐井郡奥玉村"), romanize("長野県北山田村")
    ('Miura Mitsumura', 'Iwate-ken Higashiiwai-gun Okutama-mura', 'Nagano-ken Kitayamada-mura')
    """
    whole = rules["place_name_heads"]["whole"]
    out: list[list[Morpheme]] = []
    for at, word in enumerate(words):
        last = word[-1]
        if len(word) > 1 and last.role == "hyphen" and last.surface in whole \
                and word[0].proper and not _given_after_family(out, word[0]):
            pass  # 曽野 + 木 + 村
        elif at == len(words) - 1 and len(word) == 1 and out and _place_run_starts(
                words[:at], rules) and (split := _fused_suffix(last, whole, rules)):
            word = split  # 一本 + 木村: 木 + 村
        else:
            out.append(word)
            continue
        while out and _place_word(out[-1], rules):
            word = [*out.pop(), *word]
        out.append(word)
    return _village_of_words(out, rules)


def _village_of_words(words: list[list[Morpheme]], rules: dict[str, Any]
                      ) -> list[list[Morpheme]]:
    """``words``, a run of kanji only, whose last ends in a suffix of ``place_name_heads``'
    ``whole`` (村) read as a village's (むら, not the そん of a word: 農村, 市町村, 挙家離村),
    with the words of two kanji or more before it (from the start, or from a place's
    suffix) made one word, the village's name, however UniDic read them (as common words,
    an adjective's stem): 長 + 滝 + 村 Nagataki-mura, 見 + 前 + 村 Mimae-mura (were
    'Naga takimura', 'Mi maemura'). Not a person's name (a given name in it; a family
    name read across 村, 担当 + 木村) or a country's, nor one common word before 村 (過疎村
    kaso mura), nor after a prefix that stays apart (旧, 各).

    >>> from jpterms import romanize
    >>> romanize("長滝村"), romanize("見前村"), romanize("市町村"), romanize("担当木村")
    ('Nagataki-mura', 'Mimae-mura', 'Shichōson', 'Tantō Kimura')
    """
    whole = rules["place_name_heads"]["whole"]
    last = words[-1][-1]
    particles = rules["name_particles"]["katakana"]
    if (len(words) < 2 or last.surface[-1:] not in whole or not all(
            is_ideograph(c) or c in particles for w in words for m in w for c in m.surface)
            or not last.reading.endswith(rules["admin_suffixes"][last.surface[-1]][0])):
        return words
    start = next((at + 1 for at in range(len(words) - 2, -1, -1)
                  if _ends_in_suffix(words[at], rules)), 0)
    run = [m for w in words[start:] for m in w]
    if (len(words) - start < 2 or sum(len(m.surface) for m in run) < 3
            or words[start][0].surface in rules["place_name_heads"]["apart"]
            or any(m.pos.endswith(("人名-名", "地名-国")) or m.words[1:] for m in run)):
        return words
    if last.surface not in whole:
        return words  # a family name (担当 + 木村: the person in charge, Kimura)
    if len(run) == 2 and not run[0].proper and len(run[0].surface) > 1:
        return words  # a word and 村, no name: 過疎 + 村 kaso mura, a village of a kind
    run[-1] = replace(run[-1], role="hyphen")
    run[0] = replace(run[0], proper=True)  # (a place's name)
    return [*words[:start], run]


def _given_after_family(before: list[list[Morpheme]], first: Morpheme) -> bool:
    """Whether ``first`` is a given name right after a family name (赤松 + 義 + 村: a
    person, Akamatsu Yoshimura), which no village's name joins."""
    return first.pos.endswith("人名-名") and bool(before) and before[-1][-1].pos.endswith("人名-姓")


def _place_word(word: list[Morpheme], rules: dict[str, Any]) -> bool:
    """Whether ``word`` may begin a place's name of :func:`_whole_place_names`: names or
    numerals of kanji (a particle of a name, ヶ, inside them), no place ending in its
    suffix (長野県, 大野郡), no country, no prefix that stays apart (旧)."""
    if len(word) == 1 and word[0].surface in rules["place_name_heads"]["apart"]:
        return False
    particles = rules["name_particles"]["katakana"]
    return not _ends_in_suffix(word, rules) and all(
        (m.proper or m.pos.startswith("名詞-数詞")) and not m.words[1:]
        and not m.pos.endswith("地名-国")
        and all(is_ideograph(c) or c in particles for c in m.surface) for m in word)


def _ends_in_suffix(word: list[Morpheme], rules: dict[str, Any]) -> bool:
    """Whether ``word`` is a place with its administrative suffix: the suffix with its
    hyphen (大野 + 郡), or a unit read with it (長野県 ナガノケン: :func:`admin_stem`)."""
    last = word[-1]
    return (last.role == "hyphen" and last.surface in rules["admin_suffixes"]) or any(
        m.role == "hyphen" for m in word) or bool(
        last.surface[-1:] in rules["admin_suffixes"] and admin_stem(last))


def _place_run_starts(before: list[list[Morpheme]], rules: dict[str, Any]) -> bool:
    """Whether the words ``before`` a name are, from where a place's name may begin (the
    input's start, or a word ending in a place's suffix with its hyphen), all words that
    may begin it (:func:`_place_word`)."""
    for word in reversed(before):
        if _ends_in_suffix(word, rules):
            return True
        if not _place_word(word, rules):
            return False
    return True


def _fused_suffix(m: Morpheme, whole: list[str], rules: dict[str, Any]) -> list[Morpheme] | None:
    """A name of kanji ``m`` that ends in a suffix of ``whole`` read as the suffix (木村
    ギムラ), cut into its name and the suffix with its hyphen, or None; not a given name
    (光村 ミツムラ of 三浦光村)."""
    last = m.surface[-1:]
    if (last not in whole or len(m.surface) < 2 or not m.proper or m.words[1:]
            or m.pos.endswith("人名-名") or len(m.reading) != len(m.kana)
            or not all(map(is_ideograph, m.surface))):
        return None
    return _suffix_cut(m, rules["admin_suffixes"])


def is_publisher(run: str, *, imprint: bool = False) -> bool:
    """Whether ``run`` is the whole name of a publisher of ``data/publishers.tsv``, a name
    that begins with a capital wherever it stands (東京 : 平凡社, an imprint: *Tōkyō :
    Heibonsha*, was 'Tōkyō : heibonsha'); with ``imprint`` (the run follows " :", as an
    imprint's publisher does), any name of kanji ending as a publisher's does
    (``publisher_endings``: 京都 : 法藏館 *Kyōto : Hōzōkan*).

    >>> is_publisher("平凡社"), is_publisher("平凡社,"), is_publisher("平凡")
    (True, True, False)
    >>> is_publisher("法藏館,"), is_publisher("法藏館,", imprint=True)
    (False, True)
    """
    run = run.strip(",.;:()[]'\"、。，．")  # (a comma after it is part of the run)
    if imprint and run.endswith(tuple(_rules()["publisher_endings"]["words"])) and all(
            map(is_ideograph, run)):
        return True
    return len(run) > 1 and run in _publishers()


@cache
def _publishers() -> frozenset[str]:
    """The publishers' names of ``data/publishers.tsv`` (read on first need)."""
    from jpterms.gazetteer import publisher_readings

    return frozenset(publisher_readings())


@cache
def _municipality_names() -> frozenset[str]:
    """The municipalities of the official list (:func:`jpterms.gazetteer.municipality_names`)."""
    from jpterms.gazetteer import municipality_names

    return municipality_names()[1]


def short_municipalities(morphemes: list[Morpheme], rules: dict[str, Any]) -> list[Morpheme]:
    """``morphemes`` with a municipality of the official list of two kanji, which UniDic
    reads whole as a place, alone or after a prefecture or a county, as its name and its
    suffix with the hyphen (:func:`_place_suffix_apart`): 栄町 *Sakae-machi*, 千葉県栄町
    *Chiba-ken Sakae-machi* (were 'Sakaemachi'). Not a family name UniDic knows (東村
    Higashimura, also a village's name), nor a station (栄町駅 Sakaemachi-eki).

    >>> from jpterms import romanize
    >>> romanize("栄町"), romanize("坂町"), romanize("千葉県栄町"), romanize("東村")
    ('Sakae-machi', 'Saka-machi', 'Chiba-ken Sakae-machi', 'Higashimura')
    """
    out = list(morphemes)
    heads = rules["prefecture_heads"]["suffixes"] + "道郡"
    suffixes = rules["place_name_heads"]["suffixes"]
    for at, m in enumerate(out):
        if len(m.surface) == 2 and "地名" in m.pos and m.surface[-1] in suffixes and (
                len(out) == 1 or (at and out[at - 1].surface[-1:] in heads)) \
                and m.surface in _municipality_names():  # (the list loads only then: 東京)
            split = _place_suffix_apart(m, suffixes, rules["admin_suffixes"])
            if split:
                out[at:at + 1] = split
    return out


def word_tails_apart(morphemes: list[Morpheme], tails: dict[str, dict[str, Any]]
                     ) -> list[Morpheme]:
    """``morphemes`` with a name read as one unit with the noun that heads its compound
    (data ``word_tails``: 神社, 高等 before 学校) cut before the noun, which is a word of
    its own: 佐嘉神社 *Saga jinja*, 常葉高等 + 学校 *Jōyō kōtō gakkō* (were 'Sagajinja',
    'Jōyōkōtō gakkō'); the name before it, of one kanji where the unit is a proper noun
    and of two or more where it is a common one (墨坂神社 *Sumisaka jinja*), is a proper
    noun. The letters stay as the unit reads them; a unit whose reading does
    not end in the noun's, or where the noun's first kanji makes a god's name with the
    kanji before it, read so (天神社 Tenjinja), is left whole.

    >>> from jpterms import romanize
    >>> romanize("佐嘉神社"), romanize("福岡常葉高等学校"), romanize("菅原天神社")
    ('Saga jinja', 'Fukuoka Jōyō kōtō gakkō', 'Sugawara Tenjinja')
    >>> romanize("戸明神社"), romanize("墨坂神社に")
    ('Toake jinja', 'Sumizaka jinja ni')
    """
    out: list[Morpheme] = []
    for at, m in enumerate(morphemes):
        tail = next((t for t in tails if m.surface.endswith(t)), "")
        rule = tails.get(tail)
        stem = len(m.surface) - len(tail)
        if (rule is None or stem < (1 if m.proper else 2) or m.words[1:]
                or len(m.reading) != len(m.kana)
                or not all(map(is_ideograph, m.surface))
                or (rule["before"] and (at + 1 == len(morphemes)
                                        or morphemes[at + 1].surface != rule["before"]))):
            out.append(m)
            continue
        for reading in rule["readings"]:
            cut = len(m.reading) - len(reading)
            god = rule["not_after"].get(m.surface[stem - 1])
            if cut > 0 and m.reading.endswith(reading) and m.kana[cut:] in (
                    reading, reading.replace("ー", "ウ")) and not (
                    god and m.reading[:cut].endswith(god)):
                out += [replace(m, surface=m.surface[:stem], reading=m.reading[:cut],
                                kana=m.kana[:cut], proper=True),
                        replace(m, surface=tail, reading=reading, kana=m.kana[cut:],
                                pos="名詞-普通名詞-一般", proper=False, role="",
                                alternatives=())]
                break
        else:
            out.append(m)
    return out


def _place_suffix_apart(m: Morpheme, suffixes: list[str], admin: dict[str, list[str]]
                        ) -> list[Morpheme] | None:
    """A place ``m`` of two kanji UniDic reads whole with the administrative suffix it
    ends with (玉村 タマムラ), as its name and the suffix (玉 タマ + 村 ムラ, the suffix
    with its hyphen), or None. The letters stay as UniDic reads them."""
    if len(m.surface) != 2 or not m.proper or "地名" not in m.pos or m.words \
            or m.surface[-1:] not in suffixes or len(m.reading) != len(m.kana):
        return None
    return _suffix_cut(m, admin)


def _suffix_cut(m: Morpheme, admin: dict[str, list[str]]) -> list[Morpheme] | None:
    """``m``, a unit of kanji read with the administrative suffix it ends with (``admin``:
    the suffix's readings), cut into its name and the suffix with its hyphen (玉村 タマムラ:
    玉 タマ + 村 ムラ; 木村 ギムラ: 木 + 村), the letters as the unit reads them; None where
    its reading does not end in one of the suffix's."""
    last = m.surface[-1:]
    for suffix in admin.get(last, ()):
        stem = len(m.reading) - len(suffix)
        if stem > 0 and m.reading.endswith(suffix) and (
                m.kana.endswith(suffix) or m.kana[stem:] == suffix.replace("ー", "ウ")):
            # (the kana may spell the long vowel out: ニシキチョウ for ニシキチョー, 錦町)
            return [replace(m, surface=m.surface[:-1], reading=m.reading[:stem],
                            kana=m.kana[:stem]),
                    replace(m, surface=last, reading=suffix, kana=m.kana[stem:],
                            pos="名詞-普通名詞-一般", proper=False, role="hyphen",
                            alternatives=())]
    return None


@cache
def _name_apart_words() -> frozenset[str]:
    """The words that stand apart after a name (``apart_after_name``): the roles of
    ``data/citation_words.tsv`` and the words listed there.

    >>> {"作", "編", "監修", "伝"} <= _name_apart_words()
    True
    """
    roles = {row[1] for row in read_rows("citation_words.tsv")
             if len(row) > 2 and row[2] == "role"}
    return frozenset(roles | set(_rules()["apart_after_name"]["words"]))


@cache
def _citation_units() -> dict[str, tuple[str, ...]]:
    """The citation words (``citation_units`` kinds of ``data/citation_words.tsv``) of two
    characters or more, by their first character.

    >>> "叢刊" in _citation_units()["叢"]
    True
    """
    kinds = set(_rules()["citation_units"]["kinds"])
    out: dict[str, list[str]] = {}
    for row in read_rows("citation_words.tsv"):
        if len(row) > 2 and row[2] in kinds and len(row[1]) > 1:
            out.setdefault(row[1][0], []).append(row[1])
    return {k: tuple(v) for k, v in out.items()}


def _citation_word_starts(morphemes: list[Morpheme], i: int) -> bool:
    """Morphemes ``i`` onwards, two or more one-character units, spell a citation word
    whole (善本 + 叢 + 刊: 叢刊 sōkan, a series)."""
    words = _citation_units().get(morphemes[i].surface)
    if not words or len(morphemes[i].surface) != 1:
        return False
    spelled = morphemes[i].surface
    longest = max(map(len, words))  # (no further: a run of one kanji repeated is linear)
    for m in morphemes[i + 1 : i + longest]:
        if len(m.surface) != 1 or m.role not in ("prev", "single_kanji"):
            return False
        spelled += m.surface
        if spelled in words:
            return True
    return False


def _apart_after_name(word: list[Morpheme], m: Morpheme) -> bool:
    """``m`` is a role (作, 編, 監修) or a biography (伝) after a person's name or a body's
    (a word ending in one of the corporate endings), or after 'and others' (ほか, 他, or the
    suffix ら after a name: ``others_after_name``): a word of its own, as ALA-LC writes
    芥川龍之介作 Akutagawa Ryūnosuke saku, 日本歴史学会編 Nihon rekishi gakkai hen and
    山田ほか訳 Yamada hoka yaku."""
    if m.surface not in _name_apart_words() or word[-1].role == "punct":
        return False
    last = word[-1]
    if last.proper and "人名" in last.pos:
        return True
    others = _rules()["others_after_name"]
    if last.surface in others["suffixes"] and last.pos.startswith("接尾辞") and len(word) > 1:
        return True  # 山田 + ら + 訳: Yamadara yaku
    if others["words"].get(last.surface) == last.reading:
        return True  # 山田 + ほか + 訳: Yamada hoka yaku
    return last.surface.endswith(tuple(_rules()["ala_lc"]["corporate_endings"]))


def _number_goes_on(before: Morpheme, m: Morpheme) -> bool:
    """Whether ``m``, a numeral in kanji, goes on the number ``before`` ends with a power
    of ten (二十 + 一, 三百 + 六十, 一万 + 二千): one number, one word.

    >>> from jpterms.morpheme import Morpheme
    >>> n = "名詞-数詞"
    >>> _number_goes_on(Morpheme("二十", "ニジュー", "ニジュウ", n), Morpheme("一", "イチ", "イチ", n))
    True
    >>> _number_goes_on(Morpheme("二", "ニ", "ニ", n), Morpheme("三", "サン", "サン", n))
    False
    """
    return (before.pos.startswith("名詞-数詞") and m.pos.startswith("名詞-数詞")
            and before.surface[-1:] in _POWERS and not m.surface.isascii()
            and not before.surface.isascii() and not m.proper and not before.proper)


#: The kanji of powers of ten a number may go on after (二十 + 一: nijūichi).
_POWERS = frozenset(POWERS_OF_TEN + "億兆")


def _all_numerals(word: list[Morpheme]) -> bool:
    """Whether every morpheme of ``word`` is a numeral in kanji (三, 十 + 一)."""
    return all(m.pos.startswith("名詞-数詞") and not m.surface.isascii() for m in word)


def _numbered_block(words: list[list[Morpheme]], morphemes: list[Morpheme], at: int,
                    counters: dict[str, str]) -> bool:
    """Whether ``morphemes[at]`` is the counter of a town's numbered block after a word of
    numerals: 番 followed by 町 (三番町), or 丁目 (三丁目); see ``numbered_blocks`` in
    word_division.json.

    >>> from jpterms.romanize import Romanizer
    >>> Romanizer().romanize("東三番町")
    'Higashisanban-chō'
    """
    follow = counters.get(morphemes[at].surface)
    if follow is None or morphemes[at].surface.startswith("_") or not words \
            or not _all_numerals(words[-1]):
        return False
    return not follow or (at + 1 < len(morphemes) and morphemes[at + 1].surface == follow)


def _unread_kana_runs(morphemes: list[Morpheme]) -> set[int]:
    """The morphemes that go on a word of hiragana UniDic could not read (a name: 早川 +
    いくを, きくち + 正太, ちはら + 台): in a run of morphemes all in hiragana, two or more
    of which UniDic tags a symbol (its guess for kana it knows in no word; one alone may
    be a particle a manual quotes, はを使って), every morpheme after the run's first, to be
    one word with it (Ikuo, Kikuchi, Chihara; not "i ku o",
    "ki ku chi", "chi ha ra").

    >>> from jpterms.romanize import Romanizer
    >>> Romanizer().romanize("きくち正太")
    'Kikuchi Shōta'
    """
    out: set[int] = set()
    start = 0
    while start < len(morphemes):
        end = start
        while end < len(morphemes) and hiragana_only(morphemes[end].surface):
            end += 1
        run = morphemes[start:end]
        if (end - start > 1 and (sum(map(unread_kana, run)) > 1 or _glued_filler(run))
                and sum(len(m.surface) for m in run) <= _UNREAD_RUN
                and not _after_numeral(morphemes, start)):
            out.update(range(start + 1, end))
        start = end + 1
    return out


def _read_as_one(word: list[Morpheme]) -> list[Morpheme]:
    """``word`` with its last run of hiragana, which UniDic read as no word, made one
    morpheme read as one word is: its long vowels marked across the pieces (えと + う:
    エトー, Etō; not "Etou"), a particle's kana read as written (は + ま + まつ:
    Hamamatsu, not "Wamamatsu")."""
    k = len(word)
    while k > 0 and hiragana_only(word[k - 1].surface):
        k -= 1
    run = word[k:]
    kana = to_katakana("".join(m.surface for m in run))  # (a particle's は as written)
    reading = mark_long_vowels(kana)
    if len(run) < 2 or reading == "".join(m.reading for m in run):
        return word
    first = run[0]
    return [*word[:k], merge_units(run, reading, kana, first.source, first.confidence, ())]


def _glued_filler(run: list[Morpheme]) -> bool:
    """Whether a run of hiragana holds a filler of one kana (う, あ) that other kana follow
    with no mark between, or that ends a run of fillers: part of a word UniDic does not
    know (う + どんこ + 病 udonkobyō, えと + う + 乱世 Etō ransei; were "U donkobyō",
    "Eto u ransei"). A filler said as one is set off: あ、そう; after a particle at a run's
    end it stays a word (それは + ま、いいとして: Sore wa ma)."""
    return any(
        m.pos.startswith("感動詞-フィラー") and len(m.surface) == 1
        and (k + 1 < len(run) or (k > 0 and run[k - 1].pos.startswith("感動詞-フィラー")))
        for k, m in enumerate(run))


def _after_numeral(morphemes: list[Morpheme], at: int) -> bool:
    """Whether a numeral (二, 2) comes before ``morphemes[at]``, spaces aside."""
    k = at - 1
    while k >= 0 and not morphemes[k].surface.strip():
        k -= 1
    return k >= 0 and (morphemes[k].pos.startswith("名詞-数詞")
                       or morphemes[k].surface[-1:].isdigit())


def hiragana_only(text: str) -> bool:
    """Whether ``text`` is hiragana (and ー) only: no kanji, katakana or marks."""
    return _HIRAGANA_ONLY.fullmatch(text) is not None  # (none for "")


#: Hiragana and ー, nothing else (see :func:`hiragana_only`).
_HIRAGANA_ONLY = re.compile("[ぁ-ゖー]+")


def unread_kana(m: Morpheme) -> bool:
    """Whether UniDic reads the morpheme as no word: a symbol, or a filler of one kana
    (あま市: あ + ま, for the city Ama; とでん: と + で + ん). A filler of more (あの,
    えっと) is one: あのえっと stays Ano etto."""
    return m.pos.startswith("記号") or (m.pos.startswith("感動詞-フィラー")
                                        and len(m.surface) == 1)


#: The longest run of hiragana read as one word that way (a name; not a phrase of
#: particles a manual quotes, をまたはという). A counter after a numeral is no such run
#: either (二 + つ + の).
_UNREAD_RUN = 6


def nippon_words(morphemes: list[Morpheme], names: list[str]) -> list[Morpheme]:
    """ALA-LC's Nippon names: 日本 is Nippon in them, 大 before it a word of its own, and
    every word is capitalised (Dai Nippon Teikoku, Nippon Ginkō)."""
    text = "".join(m.surface for m in morphemes)
    if "日本" not in text:
        return morphemes
    covered: set[int] = set()
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            covered.update(range(start, start + len(name)))
            start = text.find(name, start + 1)
    out: list[Morpheme] = []
    at = 0
    for m in morphemes:
        if at in covered:
            if m.surface == "日本":
                m = replace(m, reading="ニッポン", kana="ニッポン", words=(), capitals=())
            m = replace(m, proper=True, role="" if m.role in ("next", "single_kanji") else m.role)
        out.append(m)
        at += len(m.surface)
    return out


def corporate_forms(morphemes: list[Morpheme], forms: dict[str, Any]) -> list[Morpheme]:
    """ALA-LC's legal forms of a company (data ``ala_lc.corporate_forms``): 会社 after
    株式 unvoiced, as said apart (Tōhō Kabushiki Kaisha, not JMdict's がいしゃ).

    >>> from jpterms import romanize
    >>> romanize("東宝株式会社", "ala-lc"), romanize("東宝株式会社")
    ('Tōhō Kabushiki Kaisha', 'Tōhō kabushiki gaisha')
    """
    out = list(morphemes)
    for at in range(1, len(out)):
        form = forms.get(out[at].surface)
        if form is not None and out[at - 1].surface.endswith(tuple(form["after"])):
            out[at] = replace(out[at], reading=form["reading"], kana=form["reading"],
                              words=(), capitals=())
    return out


def corporate_words(words: list[list[Morpheme]], rules: dict[str, Any]) -> set[int]:
    """ALA-LC capitalises every word of a body's name (Chūō Kōron Shinsha): the indexes of
    the words in a run of nouns that has a proper noun and ends like a body's name (not
    like a series' title, ``series_endings``: Iwanami bunko); a particle の inside the run
    before the last words of ``bodies_after_no`` (Nihon Yachō no Kai) stays lower case.

    >>> from jpterms import romanize
    >>> romanize("日本野鳥の会", "ala-lc"), romanize("岩波文庫", "ala-lc")
    ('Nihon Yachō no Kai', 'Iwanami bunko')
    >>> romanize("日本の大学", "ala-lc")
    'Nihon no daigaku'

    A society named for what it does, its last word 会 after a verb
    (``bodies_after_verb``), is a body's name from its first word:

    >>> romanize("戦争を記録する会", "ala-lc")
    'Sensō o Kirokusuru Kai'
    """
    ala_lc = rules["ala_lc"]
    endings = tuple(ala_lc["corporate_endings"])
    series = tuple(ala_lc["series_endings"]["words"])
    after_no = ala_lc["bodies_after_no"]["words"]
    if (len(words) > 2 and "".join(m.surface for m in words[-1]) in
            ala_lc["bodies_after_verb"]["words"] and words[-2]
            and words[-2][-1].pos.startswith("動詞")):  # 戦争を記録する会: a society
        return {k for k, word in enumerate(words)
                if word and not word[0].pos.startswith(("助詞", "補助記号"))
                and word[0].role != "punct"}
    out: set[int] = set()
    start = 0
    def nominal(word: list[Morpheme]) -> bool:
        return bool(word) and word[0].role != "punct" and word[-1].pos.startswith(
            ("名詞", "接尾辞", "接頭辞", "glossary"))

    for i, word in enumerate([*words, []]):
        if nominal(word) and not (len(word) == 1 and word[0].surface in _name_apart_words()
                                  and not nominal(words[i + 1] if i + 1 < len(words) else [])):
            # (a role ends the body's name: Nihon Rekishi Gakkai hen; but not a word of
            # the name: 国史大辞典編集委員会 Kokushi Daijiten Henshū Iinkai)
            continue
        if (len(word) == 1 and word[0].surface == "の" and word[0].pos.startswith("助詞")
                and i > start and i + 2 == len(words)
                and "".join(m.surface for m in words[i + 1]) in after_no):
            continue  # 日本 + 野鳥 + の + 会: Nihon Yachō no Kai (the の stays lower case)
        run = words[start:i]
        last = "".join(m.surface for m in run[-1]) if run else ""
        if last.endswith(endings) and not last.endswith(series) and (
                len(run) > 1 or any(m.proper for m in run[0])):
            out.update(k for k in range(start, i) if words[k][0].surface != "の")
        start = i + 1
    return out


def geographic_words(words: list[list[Morpheme]], rules: dict[str, Any]) -> set[int]:
    """ALA-LC capitalises each separately written word of a geographic name (Nihon Rettō,
    Bōsō Hantō): the indexes of the generic words of land and water
    (``ala_lc.geographic_words``) written as a word of their own right after a word that
    has a proper noun, the place they name.

    >>> from jpterms import romanize
    >>> romanize("日本列島の形成", "ala-lc"), romanize("房総半島", "ala-lc")
    ('Nihon Rettō no keisei', 'Bōsō Hantō')
    >>> romanize("列島の形成", "ala-lc")
    'Rettō no keisei'
    """
    generic = rules["ala_lc"]["geographic_words"]["words"]
    return {i for i in range(1, len(words))
            if "".join(m.surface for m in words[i]) in generic
            and words[i - 1] and words[i - 1][-1].role != "punct"
            and any(m.proper for m in words[i - 1])}


def body_capitals(text: str) -> str:
    """A school's or a public facility's name, a body's, with every word capitalised but
    the particles (``ala_lc.body_particles``), as ALA-LC writes a body's name (Tōkyō
    Toritsu Hibiya Kōtō Gakkō; was 'Tōkyō toritsu Hibiya kōtō gakkō').

    >>> body_capitals("Sapporo shiritsu Shiraishi chūgakkō"), body_capitals("Sato no yu-kan")
    ('Sapporo Shiritsu Shiraishi Chūgakkō', 'Sato no Yu-kan')
    """
    particles = _rules()["ala_lc"]["body_particles"]["words"]
    return " ".join(w if w in particles else w[:1].upper() + w[1:] for w in text.split(" "))
