"""The prices of the look-up search: what :class:`jpterms.reverse.ReverseEngine` charges or
takes off a word of a lattice for where it stands, and the limits of its search.

Each is a number of Mozc cost units (a word of Mozc's costs a few thousand; a connection
between two words a few hundred to a few thousand), measured on the development look-ups
where its comment says so. The engine imports them as module globals, so that a rule
reads them as fast as its own constants.

>>> from jpterms.lookup_costs import GLUED_PRONOUN_BONUS, HIRAGANA_PENALTY, PRONOUN_BONUS
>>> GLUED_PRONOUN_BONUS == PRONOUN_BONUS + HIRAGANA_PENALTY - 800
True
"""

from __future__ import annotations

#: Penalties that keep output well formed and native where the query is native: what a
#: word the lattice prices costs more written all in hiragana,
HIRAGANA_PENALTY = 2000
#: all in katakana,
KATAKANA_PENALTY = 1800
#: or in kanji with hiragana (okurigana).
OKURIGANA_PENALTY = 1200
#: A glossary word's cost: the longer the entry, the cheaper, so that one entry
#: (日英サイバー協議) beats the shorter entries it is made of.
GLOSSARY_COST = 1000
#: Taken off :data:`GLOSSARY_COST` per kana of the entry's reading.
GLOSSARY_PER_KANA = 350
#: The same for a glossary term (kind ``term``): its base cost,
GLOSSARY_TERM_COST = 2500
#: and what each kana of its reading takes off.
GLOSSARY_TERM_PER_KANA = 300
#: A glossary term read from a capitalised written word (a title's first word, a name's)
#: costs at most this much less than Mozc charges for the same word: the glossary's policy
#: vocabulary is preferred in running titles, not where a capital may mark another word
#: (Aozora's *Josei atogaki* 女性, not the glossary's 情勢).
CAPITAL_TERM_EDGE = 1000
#: A glossary term in a query of several written words, none of the others a glossary word
#: (no policy context: *Yarigatake kiko* 槍ヶ岳紀行, not 寄稿; *Bungei kansho koza* 鑑賞, not 干渉),
#: costs at most this much less than Mozc charges for the same word. Beside another
#: glossary word (*Senkaku Shoto o meguru josei* 情勢) it keeps its full preference.
PLAIN_TERM_EDGE = 500
#: An old kanji form (澤, 國) where the dictionaries also list the modern one.
OLD_FORM_COST = 1000
#: A written word that reads as an ordinal (Dainikan 第二巻), a number with a counter
#: (Nijugokan 二十五巻: but jukugo is 熟語 before 十九号), or a number alone (Nijugo).
ORDINAL_COST = 500
#: A number with a counter (Nijugokan 二十五巻).
NUMBER_COST = 3500
#: A number alone (Nijugo).
BARE_NUMBER_COST = 4500
#: A number that ends inside a written word (*Sanjusanno*).
NUMBER_PREFIX_COST = 1500
#: Preference for what a municipality's school or library is called after its name (市立,
#: 県立: ``owner`` rows of data/citation_words.tsv) as a written word after a capitalised
#: one, the place: *Hiroshima shiritsu* 広島市立, not 私立 "private" (which Mozc prices 164
#: lower); *Mie kenritsu* 三重県立, not JMdict's 三重県 + 率 (which a bonus of 3,000 left first).
OWNER_BONUS = 4000
#: A citation counter right after a digit the query wrote (dai 2-kan 第2巻, not 第2館).
COUNTER_BONUS = 6000
#: A numeral compound of Mozc's (名詞,数: 三代, 二題) written as a word of its own after a word
#: that is no particle: Mozc's matrix charges a noun before a number about 2,300 more than
#: before another noun (it expects numbers after particles), but a title writes *Kocho
#: sandai* 校長三代 (not 校長参内 "the headmaster's visit to court"). Refunded so much.
NUMBER_WORD_REFUND = 2000
#: A particle written as a word of its own (``no``, ``to``) is all but certainly one.
PARTICLE_COST = -3000
#: A compound particle's kanji form (に就いて) costs this much more than its kana: the same
#: words spelled as older titles spell them (Aozora's *Fuji ni tsuite* 富士に就いて), so it
#: comes right after the kana form, before readings that change a word (藤について).
KANJI_PARTICLE_COST = 1000
#: Conjunctions that titles of laws, reports and bodies write in kanji (the official style
#: of 公用文作成の要領: 及び, 並びに, 又は), and what their kanji form costs less than the
#: kana: *Shutsunyukoku kanri oyobi nanmin ninteiho* is 出入国管理及び難民認定法.
FORMAL_CONJUNCTION_BONUS = 500
#: The cost of a citation word the dictionaries lack, before that preference.
CITATION_COST = 6000
#: And more for a one-kana title suffix (記, 伝, 考, 抄, 序) that ends the query, written onto
#: its last word or as a last word of its own after one that is no particle, not in a name:
#: its 450 do not pay for the dearer connection a suffix has after a noun (*Jimokuki* 耳目記,
#: not 耳目期 "period"; *Fugaku hyakkei jo* 富嶽百景序, not 所, a suffix Mozc reads じょ only in
#: words such as 研究所). A word after a particle is no suffix (*Anto no sho*: 案頭の書).
TITLE_SUFFIX_BONUS = 800
#: Preference, in a query shaped like a person's name, for a surname reading the first
#: word, and (less: a given name has many spellings) a given name or a whole person.
SURNAME_BONUS = 1500
#: The smaller preference, in such a query, for a given name or a whole person.
NAME_BONUS = 500
#: In such a query, what a common word (or a piece of one) reading the last written word
#: costs more: that word is a given name (*Adachi Seifu* is not 足立政府 "government").
COMMON_GIVEN_COST = 1500
#: And what a glossary word (a term such as 政府, a family name cut from a person's row)
#: reading that last word costs more: the glossary's preference is for its words as words.
GLOSSARY_GIVEN_COST = 3000
#: A name (a surname, place, station, person: Mozc's proper-noun contexts or JMnedict's
#: kinds) read from a written word without its capital costs this much more: whoever
#: writes *jinbu* or *Kagono kotori* means a word (人部, 小鳥), not 神部 or a given name.
#: A family name the glossary cut from a person's row (甘利 of 甘利明) so read loses its
#: glossary preference as well: *amari ni* is あまりに, not 甘利 + に.
LOWERCASE_NAME_COST = 800
#: A name (a person's, a place's, a body's: Mozc's proper contexts, JMnedict's kinds) read
#: over whole written words, one of them capitalised inside a title written in sentence case
#: (:func:`jpterms.query_shape.proper_marked`: as many of its words begin in lower case and are no particles as
#: begin with a capital after the first), costs this much less, and so does every word
#: spelled as it is over the same words (世界 the noun as 世界 the surname): library
#: romanisation (ALA-LC) and most writers capitalise a title's first word and its
#: proper nouns alone, so a capital further on marks a name. *Zoku-Basho zakki* is 続芭蕉雑記
#: "more notes on Bashō", not 続場所雑記 "notes on places" (場所 needs no long vowel and is
#: far commoner).
CAPITAL_PROPER_BONUS = 5000
#: A query of one written word is read first with okurigana left out
#: (:func:`jpterms.okurigana_order.short_okurigana_first`) only where its reading writes this many kanji: a long
#: compound term (先入先出法, 定高貿易法), not a word of two (引き潮, 入れ子, 突き指, 手取り, which
#: Wikipedia's titles write in full; the philologists' 返点 is the one dev row lost).
OLD_OKURIGANA_KANJI = 3
#: A name in katakana that stands for a Japanese name or word the query spells natively
#: (Mozc's イシカワ, アル in its person contexts; the glossary's foreign name メイ read from
#: *me*) costs this much more, where Mozc writes that reading in kanji: who romanises 石川 or
#: 目 means the kanji. A foreign name no kanji spells (パウロ, マードック) keeps its cost, and
#: so does a brand Mozc writes in katakana (トヨタ, フジ: its other proper nouns).
KATAKANA_NAME_COST = 3000
#: A person's name (surname, given name, whole person) read across a hyphen costs this
#: much more, which takes back the compound bonus and adds 1500: a hyphen joins a
#: compound's parts (*Go-on* 呉音, *Kan-on* 漢音), never a person's (a place's, as in
#: Shin-Yokohama, it may).
HYPHEN_PERSON_COST = 3500
#: A particle or an ending that begins the query (の女 for *Nojo*; と思春 for *To shishun*, a
#: particle written as a word of its own, loses its preference too): no title starts so. Nor
#: does a written word that goes on after it (*Kanto noseikyoku* 関東農政局, not 関東の政局):
#: a particle glued to a word follows it (*Akino hitomi*), it does not lead the next. Nor
#: does the stem of an auxiliary phrase (様 or よう of ようだ: *Yo to mannenhitsu* is 余と万年筆
#: "I and the fountain pen", not 様 + と), which follows a verb or の.
START_FUNCTION_COST = 3000
#: A pronoun of Mozc's (:data:`jpterms.mozc_contexts.PRONOUN_CONTEXTS`: 余 and 予 read よ, the "I"
#: of pre-war titles; 彼, 僕) that is a whole written word, read as written, beside a particle
#: the query writes as a word of its own costs this much less: Mozc's matrix charges a
#: pronoun at a title's start about 1,900 more than a noun and before と 700 more, so that
#: *Yo to mannenhitsu* read 用と万年筆 (よう, a long vowel the query did not write) before
#: 余と万年筆 "I and the fountain pen"; *Hasegawakun to yo* 長谷川君と余.
PRONOUN_BONUS = 1500
#: Of that, a pronoun written other than UniDic's lemma of it (予 for the lemma 余-代名詞, 吾
#: for 我) gets this much less: the lemma is the word's usual spelling (余と万年筆, 予 after).
PRONOUN_VARIANT_COST = 500
#: A pronoun that is all of a written word but the particle glued onto it (*Yoga honyakuno
#: hyojun* 余が翻訳の標準, as Aozora Bunko's file names write 余 + が) costs this much less: the
#: :data:`PRONOUN_BONUS`, and what the glued particle pays that a particle written as a word
#: does not (Mozc's が is read as a word written in kana, :data:`HIRAGANA_PENALTY`, where a
#: glued particle should cost :data:`jpterms.lattice.GLUED_PARTICLE_COST`, 800), so that the
#: title is not read as ヨガ "yoga" ahead of "my translation".
GLUED_PRONOUN_BONUS = PRONOUN_BONUS + HIRAGANA_PENALTY - 800
#: A one-kanji prefix of Mozc's (接頭詞: 要 of 要注意, 初 of 初対面, 何 of 何人) that ends a
#: query of more than itself costs this much more: a prefix goes before a word, and the
#: word or suffix read the same (*Karenosho* 枯野抄; *Kekkonnan narabi ni ren'ainan* 恋愛難,
#: not 恋愛 + 何) comes first.
END_PREFIX_COST = 3000
#: A noun suffix that begins a query written with a capital (族 for *Zoku*, 位 for *Kurai*,
#: 派 for *Ha*): no title starts with one, so the word it may also be (続, 暗い, 葉) comes
#: first. A term in lower case may be a bound form cut from running text (*jinbu* 人部).
START_SUFFIX_COST = 2000
#: A one-kanji noun suffix that begins a written word after the first and goes on past it
#: (員 of *Matsue inshoki* read 員 + 初期): a writer glues no suffix onto the next word, so
#: the word its syllables make with the rest (印象 + 記) comes first.
LEADING_SUFFIX_COST = 2000
#: What 子 read こ or し as the end of a name (Mozc's context of 花子, 孔子) costs more where
#: it begins a written word (*Seinen to shi* 青年と死, *Kooreru* 氷れる, not 子).
NAME_SUFFIX_WORD_COST = 3000
#: A capitalised written word right before an institution named after its place (郵便局,
#: 中継局, 駅: *Saiki yubinkyoku* 佐伯郵便局, not 再起) read as a place costs this much less.
INSTITUTION_PLACE_BONUS = 3000
#: A written word right before an office a person holds (外務大臣, 首相, 知事: ``office``
#: rows of ``data/citation_words.tsv``) read as a family name costs this much less, and
#: nothing for being written in lower case: *genba gaimu daijin* is 玄葉外務大臣, not 現場
#: "the scene"; *Mogi gaimu daijin* 茂木, not 模擬 "mock".
OFFICE_FAMILY_BONUS = 1500
#: And a common word read from that written word (not a name of any kind) costs this much
#: more: *kono gaimu daijin* is 河野, not この "this"; a country or a place stays (*Eikoku
#: gaimu daijin* 英国, *Obama daitoryo* オバマ).
OFFICE_COMMON_COST = 3000
#: A written word in lower case after two capitalised ones (a person's or a body's name)
#: read as what the person did for the work (著, 編, 訳: ``role`` rows of
#: ``data/citation_words.tsv``) costs this much less: *Natsume Soseki cho* is 夏目漱石著,
#: not 庁 "agency"; *Ueda Bin yaku* 上田敏訳, not 役 "role".
ROLE_BONUS = 3000
#: A written word joined by a hyphen to the one before that spells a municipality's or a
#: prefecture's suffix (*Iwakuni-shi*, *Ota-ku*, *Oiso-cho*: ``municipal`` rows of
#: ``data/citation_words.tsv``), where the two spell a municipality of the official list,
#: read as that suffix costs this much less and read otherwise this much more (市, not 史
#: or 氏; 町, not 庁); so does the municipality read as one word across the hyphen
#: (さいたま市, as Mozc lists it, against 埼玉 + 市). The word
#: before, read as the municipality's name, costs this much less too (*Kani-shi* 可児市,
#: not カーニー).
MUNICIPAL_SUFFIX_BONUS = 3000
#: What a word read across that hyphen into the suffix, not ending in it, costs more: the
#: compound bonus (:data:`COMPOUND_BONUS`) and as much again (*Taisho-ku* 大正区, not 退職
#: "retirement", which Mozc prices far below 大正 + 区).
MUNICIPAL_ACROSS_COST = 6000
#: A written word joined by a hyphen to a capitalised one before it that spells what is
#: written after a family name for its clan, house, faction or school (*Fujiwara-shi*,
#: *Tokugawa-ke*, *Kishida-ha*: ``clan`` rows of ``data/citation_words.tsv``; 氏 also
#: written apart, *Kishida shi*), where the word before reads as a family name, the two
#: spell no municipality and no common compound (日本史, 東洋史), read as that word costs
#: this much less (岸田氏, not 岸田史 "history"; 岸田派, not the particle は), and so does a
#: word of both ending in it (北条氏).
CLAN_SUFFIX_BONUS = 3000
#: What another reading of that word costs more, or a word read across the hyphen into it
#: not ending in it: twice that bonus, for the particle は after a name is cheap (*Kishida-ha*
#: 岸田派, not 岸田は; *Mori-shi* 森氏, not 森石 across the hyphen).
CLAN_OTHER_COST = 6000
#: And the word before, read as a family name, this much less (*Hojo-shi* 北条氏, not 補助
#: "aid" + 史).
CLAN_FAMILY_BONUS = 1500
#: な after a noun that is not a na-adjective stem (機会な for *Kikai na saikai*, where
#: 奇怪な is meant): a plain noun takes の before a noun.
PLAIN_NOUN_NA_COST = 3500
#: An era name (大正, 明治: the era table, read as the table reads it) right before a year
#: (*juninen* 十二年, *gannen* 元年, *20-nen*) or its span (*nenkan* 年間) costs this much
#: less, and nothing for the long vowels its reading has: *Taisho juninen* is 大正十二年, not the glossary's 対処
#: "response"; *Tenpo 3-nen* 天保3年, not 店舗 "shop".
ERA_YEAR_BONUS = 3000
#: With ``kind="place"``, a common word that is the whole query costs this much more than a
#: name (原 the station, not 腹 "belly", for *Hara*).
PLACE_COMMON_COST = 1500
#: With ``kind="publisher"``, a publisher (``data/publishers.tsv``) or a company or body
#: JMnedict or Mozc knows, read from whole written words, costs this much less than other
#: words (研究社, not 研究者 "researcher", for *Kenkyusha*; 三省堂, not 酸性度, for *Sanseido*).
PUBLISHER_BONUS = 3000
#: With ``kind="publisher"``, 社 "company" ending the query inside a written word costs
#: this much less: Mozc composes its homophone 者 "person" as cheaply, and *Kiseisha* as a
#: publisher is 規制社 before 規制者 "regulator" (健康社 before 健康者 for *Kenkosha*).
COMPANY_SUFFIX_BONUS = 1500
#: In a look-up, a capitalised written word ending in *sha* read as a noun and 者 "person"
#: (車, 舎) that no dictionary lists as one word (規制者, 仮説者) costs this much more: such
#: a word is a company's name, 社 (:meth:`jpterms.reverse.ReverseEngine._charge_unlisted_sha`).
UNLISTED_SHA_COST = 2000
#: In a look-up of more than one written word, a reading that pieces the start of a written
#: word together out of one-kanji words of Mozc's (人 + 房 for *hitofusa*) costs this much
#: more where another reading writes the same sounds there as one word a dictionary lists
#: (一房 "a bunch"): :meth:`jpterms.reverse.ReverseEngine._charge_pieced_words`.
PIECED_WORD_COST = 1000
#: A family name (Mozc's surname context, JMnedict's surnames) reading the rest of a
#: capitalised written word that a bookseller's or publisher's house word ends (書房, 書店,
#: 書院: ``founder`` rows of ``data/citation_words.tsv``), or the one capitalised word
#: before that house word, costs this much less: such a house is often named after its
#: founder (*Harashobo* 原書房, not 腹 "belly"; *Nagaishoten* 永井書店, not 長い "long").
HOUSE_FAMILY_BONUS = 1500
#: The house word itself that ends such a query (書院 of *Kokyo Shoin*, 書房 of *Midori
#: Shobo*) costs this much less, read over its whole written word after the capitalised
#: name: not the given name 松陰 *Shōin* of a person "Kokyō Shōin", nor a family name 正保
#: put first ("Shōbo Midori"). A person JMnedict lists whole (吉田松陰 *Yoshida Shoin*)
#: stays first. The 157 publishers of data/publishers.tsv that end in 書院, 書房, 書店 or
#: 書林, asked as "Stem House" of an engine without that table: first 91 -> 108 (1,500:
#: 97), the house word first 125 -> 155.
HOUSE_WORD_BONUS = 3000
#: In a look-up, a reading of a capitalised written word that ends in a house word (書房,
#: 書店, 書院, 社) with a word across that house word's first syllable costs this much more
#: (:meth:`jpterms.reverse.ReverseEngine._charge_split_houses`).
SPLIT_HOUSE_COST = 2000
#: A number's prefix (第, 約) before a word that is not a number: what Mozc's matrix charges
#: the other 第 (接頭詞,数接続 in general) before a noun (第日本 for *Dainihon*, 大日本 first).
UNNUMBERED_COST = 4000
#: A katakana word after kanji or kana inside one written word (家ベル for *Keberu*, where
#: a loanword is ケーベル), unless after a prefix (新ルール).
MIXED_KATAKANA_COST = 2000
#: What a word costs more that ends in a suffix current writing spells in kana (人達 for
#: 人たち, ``data/kana_suffixes.tsv``) where Mozc also lists the kana spelling.
KANA_SUFFIX_COST = 1500
#: A dictionary entry that covers several whole written words (東洋文庫 for *Toyo bunko*),
#: per written word beyond the first.
COMPOUND_BONUS = 2000
#: And this much more where the word is JMdict's, written all in kanji, and no hyphen
#: parts its written words: a compound JMdict lists whole (海上保険 "marine insurance",
#: 公傷制度) against a concatenation of shorter words no list has (解除 + 保険 "cancellation
#: insurance"), which Mozc prices word by word and so more cheaply than an unknown-frequency
#: lexicon word (:data:`LEXICON_COST`).
LISTED_COMPOUND_BONUS = 3000
#: What a word costs more that runs on from an earlier written word over a particle
#: the query writes as a word of its own (*Yo to*: not 用途; *Shina no e*: not 信濃 + へ).
SWALLOWED_PARTICLE_COST = 2000
#: A common word of at least this many kanji (Mozc's or JMdict's, not a name) that is one
#: whole written word costs this much less: the writer wrote it as one word, so a reading
#: that cuts it into shorter words (成分 + 法, 個性 + 局, 創作 + 化) is the less likely
#: (*Seibunho* 成文法, *Tohoku koseikyoku* 東北厚生局, *Sosakuka no taido* 創作家). Words of
#: two kanji compete with one kanji and kana (未知 against 道 for *michi*, 後書 against
#: あとがき) and get nothing; names (加護野 for *Kagono*, 喜多見) keep their own costs.
WHOLE_WORD_BONUS = 1500
#: The kanji such a word needs at least for :data:`WHOLE_WORD_BONUS`.
WHOLE_WORD_KANJI = 3
#: What a look-up's reading costs more that writes a verb's stem as one kanji and then, in
#: the same written word, a word in kanji (:func:`jpterms.edge_charges.verb_stem_inside`): 着 of 着る or 見 of
#: 見る read き and み before 芸 or 書 compose no word (*Kigei shuppansha* 機芸出版社, not
#: 着芸; *misho* 未詳, not 見書). Mozc prices such stems at next to nothing (着 15, 来 19),
#: below any noun of the same sound (気 8 aside), where a compound of them is one JMdict or
#: Mozc lists whole or none. Verbs only: an adjective's stem begins many real compounds
#: (高 of 高多摩). On the dev look-ups 1,000 moves two right readings up, 3,000 and
#: 6,000 the same three, none down.
VERB_STEM_INSIDE_COST = 3000
#: Words from the lexicon (JMdict, JMnedict): cost of an unknown-frequency word (less by how
#: common it is: :data:`jpterms.lattice_words.LEXICON_PER_ZIPF`).
LEXICON_COST = 9500
#: A reading after the first that writes a word of the query as kanji no dictionary lists
#: together (台学 for *daigaku*: 台 + 学), where a reading before it writes the same kana
#: with one word there (東京大学), comes after the other readings: the search looks this
#: many readings further for them.
SPARE_READINGS = 5
#: Lattices kept, the last queries' (:meth:`jpterms.reverse.ReverseEngine._lattice`): a look-up of one word
#: searches its lattice twice, for five readings and then for ten.
LATTICES_KEPT = 8
#: How many readings a look-up's search of a lattice finds (kept with the lattice): as many
#: as a one-word look-up's second search asks for, ten and the spare readings, and the
#: three more a query read as an era name is searched for (``ONE_WORD_DEPTH`` of
#: :mod:`jpterms.one_word`, checked in its tests).
DEEPER_READINGS = 10 + SPARE_READINGS + 3
#: In a look-up of a name, a reading that writes hiragana as part of a written word (三文字
#: や for *Sanmonjiya*, 潤と for *Junto*) costs this much more: such pieces are particles
#: and verb endings, where a word written wholly in kana (高橋かおり, the title おしゃれ童子)
#: may be a name. Dev: Sanmonjiya Kinpira first; 1,000 and 3,000 change the same dev rows.
KANA_PIECE_NAME_COST = 2000

#: What a compound noun written without its okurigana costs over the same word written
#: with them (気乗り → 気乗, 先入れ → 先入, 返り点 → 返点), as older texts and the
#: official rules' permitted forms (送り仮名の付け方, 通則6 許容) write it: cheap enough
#: that it comes among the five, dear enough that the word as listed comes first.
OMITTED_OKURIGANA_COST = 1500
#: What reading a two-word name given name first (*Haruki Murakami*, as English writes
#: names) costs more than reading it as written, surname first. The readings of that order
#: join the results only where the best of them, so priced, beats the best as written, and
#: only those that read as a person's name (a surname, then a given name; or a person).
#: A reading as written with a given name inside its first word (森 + 三郎 + 田内 for
#: *Morisaburoh Tauchi*) does not charge it: that word is a whole name already.
WESTERN_ORDER_COST = 2000
#: In a look-up, what a common word of two or more kanji costs more that JMdict lists
#: without marking it common, where JMdict marks a homophone of it over the same letters
#: common (news, ichi, spec or gai lists on both its kanji and its reading): Mozc ranks
#: homophones by how often they are typed, JMdict by how often they are read (*Kinshu no
#: kokoro* 禁酒の心, not 筋腫 "myoma"; *Kahei* 貨幣, not 花柄). A word JMdict lacks (書士 of
#: 行政書士) keeps its cost: no evidence either way.
UNCOMMON_HOMOPHONE_COST = 500
#: Taken off a head word that names a field of government (商工, as 商工省) right before an
#: office or a body named after its field (大臣, 本部): see :meth:`jpterms.reverse.ReverseEngine._prefer_field_heads`.
FIELD_HEAD_BONUS = 2500
#: In a look-up, what a word costs more read with the voiced first sound that only the
#: second part of a compound gives it (``data/rendaku.tsv``: 時計 どけい of 砂時計), where
#: it begins the query or follows a particle written as a word: nothing goes before it to
#: voice it (*Doke no hana* 道化の華, not 時計 read どけい). A voiced reading JMdict lists
#: of the word itself (頃 ごろ, 事 ごと) is not charged.
RENDAKU_START_COST = 3000
#: In a look-up, what the particle は costs more on an *ha* that ends the query after
#: *no*: の + は asks for the rest of a sentence, and a title that ends there is a noun
#: (*Ichijikuno ha* いちじくの葉, not 無花果のは); 僕は for *Boku wa* keeps its は.
FINAL_TOPIC_COST = 3000
#: Homographs kept per reading (the cheapest; the rest never win).
WORDS_PER_READING = 40
#: A written word of this many syllables or more is also read as its letters in katakana,
#: for this much a syllable (:func:`jpterms.foreign_words.add_transliterations`): above what a reading of Japanese
#: words costs (処女作 about 2,300 a syllable, 蜘蛛の糸 1,800), below the pieces the lattice
#: makes of a foreign word (バルタ + 座 + ある for *Barutazaaru*, 3,600 a syllable).
TRANSLITERATED_SLOTS = 5
#: What such a katakana reading costs a syllable.
TRANSLITERATION_COST = 3300
#: A one-name query that is a station's name (``data/stations.tsv``, JMnedict) is most
#: likely that station; stations are ranked by Mozc's cost for them as places, other
#: readings costing more.
STATION_COST = 0
#: What a station's name costs more where Mozc does not list it as a place.
NOT_PLACE_COST = 1500
#: ... unless the query, one word with no kind given, also reads as one of the commonest
#: words of Japanese: a word JMdict puts in one of the first this many newspaper bands (the
#: 2,500 commonest words of news text) that wordfreq counts at least
#: :data:`COMMON_OVER_STATION_ZIPF` more often than the station's name comes first (*Umi*
#: 海 before 宇美, *Aki* 秋 before 安芸, *Chizu* 地図 before 智頭); the station follows it. A
#: name as common as the word keeps its place (*Hara* 原, not 腹).
COMMON_OVER_STATION_BAND = 5
#: How much more often (in Zipf units) than the station's name such a word is counted.
COMMON_OVER_STATION_ZIPF = 1.0
#: ... or, where it is the next result, a word of the next newspaper bands (the 5,000
#: commonest words of news text) that wordfreq counts a thousand times as often as the
#: station's name, or more (*Asa* 朝 before the station 厚狭; not *Tama* 玉, 500 times
#: 多磨; not 仲 for *Naka*, after 中).
FAR_COMMON_OVER_STATION_BAND = 10
#: How much more often (in Zipf units: 3.0 is a thousand times) such a word is counted.
FAR_COMMON_OVER_STATION_ZIPF = 3.0
#: A capitalised written word read whole as a place that is also the commonest JMdict word
#: its macron-less spelling stands for (Zipf frequency at least this, and above the next)
#: pays no cost for one long vowel: *Tokai* 東海 (not 都会), *Oita* 大分 (not 置いた).
COMMONEST_PLACE_ZIPF = 2.0
#: What a word not written in katakana costs more where it begins a written word with a
#: p-sound (:data:`jpterms.edge_charges.P_SOUNDS`, :func:`jpterms.edge_charges.charge_p_starts`).
P_START_COST = 3000
