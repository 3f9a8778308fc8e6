"""The title rules' codes (JP101-JP501) with their examples, and the evidence their
messages name.

Every module of the title rules makes its findings with these :class:`Rule` objects;
:mod:`jpterms.rules.titles` registers them (``RULES``). A macron finding that rests on
more than the lexicon says so at the end of its message (``RESTS_ON_ORIGINAL``, ...), and
such a finding decides the same word elsewhere (``DECIDING``).

>>> [r.code for r in RULES]
['JP101', 'JP201', 'JP202', 'JP301', 'JP401', 'JP501']
>>> f"'Ota' needs a macron: 'Ōta' ({RESTS_ON_NAME})".endswith(DECIDING)
True
"""

from __future__ import annotations

from jpterms.rules.base import Rule

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
    "held to modified Hepburn, or the modified way under --style traditional; a circumflex "
    "(kyôgi) among macrons, but not in a document that writes circumflexes throughout.",
    bad=('Yomiuri, “Nichibei kyougi no kekka [Results of the Japan-US consultations],” 2015.',
         'Yomiuri, “Nichibei kyôgi no kekka [Results of the Japan-US consultations],” 2015.',
         'MOFA, “Gemba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
         '2012.'),
    good=('Yomiuri, “Nichibei kyōgi no kekka [Results of the Japan-US consultations],” 2015.',
          'MOFA, “Genba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
          '2012.',
          'Ôta Hiroshi, “Kindai Tôkyô no kyôiku [Education in modern Tokyo],” Tôkyô: '
          'Kôbundô, 1990.'),
)
SPELLING = Rule(
    "JP301", "spelling", "not-romaji",
    "A word in a romanised title that is not valid romaji.",
    bad=('MOFA, “Nichiei kyōgi no kaisaai dgk [Japan-UK consultation],” 2012.',),
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
    "The particles へ, を and は written he, wo and ha instead of e, o and wa, but not in a "
    "document that writes them so throughout (five titles or more, none with o, wa or e).",
    bad=('Cabinet Office, “Nihon he no teigen [Proposals to Japan],” 2010.',),
    good=('Cabinet Office, “Nihon e no teigen [Proposals to Japan],” 2010.',),
)
RULES = (MACRON, SYSTEM, OTHER_STYLE, SPELLING, DIVISION, PARTICLE)


#: What a finding rests on, when not the lexicon alone (said in its message).
RESTS_ON_ORIGINAL = "its original written after it reads so"
RESTS_ON_PUBLISHER = "as the publisher of this name is read"
RESTS_ON_NAME = "as most people of this name read it"
RESTS_ON_FULL_NAME = "as the person of this full name is spelled"
RESTS_ON_ERA = "as the era the year or noun after it shows is spelled"
RESTS_ON_GLOSS = "as the English beside it glosses it"
#: Findings resting on such evidence decide the same word elsewhere (:func:`.macrons_elsewhere.elsewhere`).
DECIDING = tuple(f"({e})" for e in (RESTS_ON_ORIGINAL, RESTS_ON_PUBLISHER, RESTS_ON_NAME, RESTS_ON_FULL_NAME,
                                      RESTS_ON_ERA, RESTS_ON_GLOSS))
