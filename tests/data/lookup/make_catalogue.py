"""Build catalogue_pairs.tsv / catalogue_pairs_heldout.tsv from real catalogue records.

Every pair is a field a cataloguer romanised (ALA-LC: modified Hepburn with macrons) and
the same field in Japanese script (its linked 880, or the vernacular value a catalogue
index stores beside the romanised one). Nobody on this project wrote either side.

Two steps, run from the repository root:

* ``python tests/data/lookup/make_catalogue.py --collect MIRRORS`` copies the Japanese
  records (unchanged) out of the public repositories listed in ``SOURCES``, cloned as bare
  repositories under ``MIRRORS/owner+name/repo``, into ``tests/data/marc/sources/catalogue/``;
* ``python tests/data/lookup/make_catalogue.py`` reads that folder and writes the pairs.

Kept: personal names (100/600/700/800 $a), corporate bodies (110/610/710 $a), titles
(245 $a and $b, 130/240/246/730/740 $a, 600 $t), series (490/830/440 $a), publishers
(260/264 $b) and places (260/264 $a). Dropped: values a cataloguer supplied in brackets,
initials, anything whose romanised side is not modified Hepburn with macrons (circumflexes,
Kunrei syllables, traditional *m* before b/m/p), pairs whose Japanese side has no kana or
kanji, and pairs already in another file of ``tests/data/lookup/`` (``marc_pairs.tsv``
holds the 13 records of ``tests/data/marc/real.xml``). Rows are shuffled with a fixed seed
and every other row goes to the held-out file, as ``make_aozora.py`` does.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pymarc

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE.parent / "marc" / "sources" / "catalogue"

#: (repository, commit, path, output name): the public files the records come from.
SOURCES = [
    ("projectblacklight/blacklight-marc", "2f958477a77db41c6a069944eff0aff92a0dd45b",
     "test_support/data/test_data.utf8.mrc", "blacklight-marc_test_data.xml"),
    ("trln/marc-to-argot", "7d5f5e02c8bece6b9b4d567602ceac3e28e00b1b",
     "spec/data/unc/*.mrc", "marc-to-argot_unc.xml"),
    ("pulibrary/bibdata", "e8aa404de2ec5aef29326c90c6e0b09616bc56c2",
     "spec/fixtures/*.mrx", "bibdata_fixtures.xml"),
    ("sul-dlss/searchworks_traject_indexer", "c218a4f27c1c903e3c20f115500657e01cb67cb7",
     "spec/fixtures/files/*.json", "searchworks_fixtures.xml"),
    ("evergreen-library-system/Evergreen", "921164cbfe938ca0ea3865f8cabaa4bc21a88e35",
     "Open-ILS/tests/datasets/sql/concerto/bibs_graphic_880.sql", "evergreen_graphic_880.xml"),
    ("pulibrary/orangelight", "033325fb5d9e23738ef5360c67c7ebcfc8a368e1",
     "spec/fixtures/alma/current_fixtures.json", "orangelight_solr_docs.json"),
]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


# -- collecting -------------------------------------------------------------------------

def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                          check=True).stdout


def _records(data: bytes, path: str) -> list[pymarc.Record]:
    if path.endswith(".sql"):
        text = data.decode("utf-8")
        out = []
        for xml in re.findall(r"<record.*?</record>", text, re.S):
            xml = re.sub(r"<record[^>]*>", "<record>", xml.replace("''", "'"), count=1)
            wrapped = f'<collection xmlns="http://www.loc.gov/MARC21/slim">{xml}</collection>'
            out += pymarc.parse_xml_to_array(io.BytesIO(wrapped.encode()))
        return out
    if path.endswith((".xml", ".mrx")):
        return pymarc.parse_xml_to_array(io.BytesIO(data))
    if path.endswith(".json"):
        try:
            reader = pymarc.JSONReader(data.decode("utf-8"))
            return [r for r in reader if r]
        except (ValueError, KeyError, TypeError, AttributeError):
            return []
    return [r for r in pymarc.MARCReader(data, to_unicode=True, force_utf8=False) if r]


def japanese(record: pymarc.Record) -> bool:
    """A record in Japanese, or about Japan, with Japanese script in its 880s."""
    f008 = record.get_fields("008")
    lang = f008[0].data[35:38] if f008 else ""
    country = f008[0].data[15:17] if f008 else ""
    vern = " ".join(str(f) for f in record.get_fields("880"))
    if lang in ("chi", "kor") or not _CJK.search(vern):
        return False
    return lang == "jpn" or country == "ja" or bool(_KANA.search(vern))


def collect(mirrors: Path) -> None:
    SOURCE_DIR.mkdir(parents=True, exist_ok=True)
    for repo_name, commit, pattern, out_name in SOURCES:
        repo = mirrors / repo_name.replace("/", "+") / "repo"
        paths = [p for p in _git(repo, "ls-tree", "-r", "--name-only", commit).decode()
                 .splitlines() if Path(p).match(pattern)]
        if out_name.endswith(".json"):  # Solr documents: keep those with Japanese script
            docs = [d for p in paths for d in json.loads(_git(repo, "show", f"{commit}:{p}"))
                    if _KANA.search(json.dumps(d, ensure_ascii=False))]
            (SOURCE_DIR / out_name).write_text(
                json.dumps(docs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(out_name, len(docs), "documents")
            continue
        kept: dict[str, pymarc.Record] = {}
        for p in paths:
            for record in _records(_git(repo, "show", f"{commit}:{p}"), p):
                if record.get_fields("880") and japanese(record):
                    kept.setdefault(record.as_json(), record)
        with (SOURCE_DIR / out_name).open("wb") as fh:
            writer = pymarc.XMLWriter(fh)
            for record in kept.values():
                writer.write(record)
            writer.close()
        print(out_name, len(kept), "records")


# -- pairing ----------------------------------------------------------------------------

#: tag -> [(subfield, kind)]
_WANTED = {
    "100": [("a", "name")], "600": [("a", "name"), ("t", "title")], "700": [("a", "name")],
    "800": [("a", "name")],
    "110": [("a", "body")], "610": [("a", "body")], "710": [("a", "body")],
    "245": [("a", "title"), ("b", "title")], "130": [("a", "title")],
    "240": [("a", "title")], "246": [("a", "title")], "730": [("a", "title")],
    "740": [("a", "title")],
    "490": [("a", "series")], "830": [("a", "series")], "440": [("a", "series")],
    "260": [("a", "place"), ("b", "publisher")], "264": [("a", "place"), ("b", "publisher")],
}


def clean_romaji(text: str, kind: str) -> str:
    text = unicodedata.normalize("NFC", text).strip()
    text = re.sub(r"[\s/:;,=.]+$", "", text).strip()
    if kind == "name":
        text = re.sub(r",?\s*\d{3,4}-?(\d{3,4})?$", "", text).strip(" ,.")
        text = text.replace(",", "")
    return re.sub(r"\s+", " ", text)


def clean_vernacular(text: str, kind: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u3000", " ").strip()
    text = re.sub(r"[\s/:;,=.／：；，．。、]+$", "", text)
    text = re.sub(r"^[\s/:;,=.／：；，．。、]+", "", text).strip()
    if kind == "name":
        text = re.sub(r",?\s*\d{3,4}-?(\d{3,4})?$", "", text).strip(" ,.")
        text = re.sub(r"\s*,\s*", "", text)
    # RLIN-style spaces between vernacular words (日本 の 茶書): not part of the title
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)


_NOT_HEPBURN = re.compile(
    r"[âîûêôÂÎÛÊÔ]|(?<![sc])hu|si|ti|tu|zi|zy|sy|ty|m(?=[bmp])|\b[A-Z]\.", re.I)


_SYLLABLE = (r"(?:(?:ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmryjfwv])?[aiueoāīūēō]"
             r"|n(?![aiueoāīūēōy])|[kgsdtcpbm](?=[kgsdtcpbmj]))")
_WORD = re.compile(rf"(?:{_SYLLABLE})+|\d+", re.I)
#: Long vowels a cataloguer left unmarked in the commonest names (Tokyo-to): not macron Hepburn.
_UNMARKED = re.compile(r"\b(Tokyo|Kyoto|Osaka|Toyo)\b")


def hepburn(romaji: str) -> bool:
    """Every word is made of modified-Hepburn syllables (Urbilder, Blossoming are not)."""
    words = [w for w in re.split(r"[\s\-.'’\"“”,;:()!]+", romaji) if w]
    return (bool(words) and all(_WORD.fullmatch(w) for w in words)
            and not _UNMARKED.search(romaji) and not _NOT_HEPBURN.search(romaji))


def usable(romaji: str, vernacular: str) -> bool:
    if not hepburn(romaji):
        return False
    if not romaji or not vernacular or _CJK.search(romaji) or not _CJK.search(vernacular):
        return False
    if re.search(r"[\[\]［］?]", romaji + vernacular):  # supplied by the cataloguer
        return False
    # no English or romaji inside the vernacular
    return not re.search(r"[A-Za-z]{2,}", vernacular)


def _linked(record: pymarc.Record) -> Iterator[tuple[pymarc.Field, pymarc.Field]]:
    vern = {}
    for f in record.get_fields("880"):
        link = (f.get("6") or "")[:6]  # 245-02
        vern[link] = f
    for f in record.get_fields(*_WANTED):
        link = f.get("6") or ""
        if link.startswith("880-") and link[4:6] != "00":  # 00: no linked field
            partner = vern.get(f"{f.tag}-{link[4:6]}")
            if partner is not None:
                yield f, partner


def record_pairs(record: pymarc.Record, source: str) -> Iterator[dict[str, str]]:
    control = record["001"].data.strip() if record["001"] else "?"
    for field, partner in _linked(record):
        for code, kind in _WANTED[field.tag]:
            values, verns = field.get_subfields(code), partner.get_subfields(code)
            if len(values) != 1 or len(verns) != 1:
                continue
            romaji, vernacular = clean_romaji(values[0], kind), clean_vernacular(verns[0], kind)
            if usable(romaji, vernacular):
                yield {"source": f"{source} (record {control}, field {field.tag} ${code})",
                       "japanese": vernacular, "gold_romaji": romaji, "kind": kind}


#: Solr fields that hold [romanised, vernacular] in that order, and their kind.
_SOLR = {"author_s": "name", "title_citation_display": "title",
         "pub_citation_display": "place+publisher", "other_title_display": "title"}


def solr_pairs(doc: dict[str, object], source: str) -> Iterator[dict[str, str]]:
    ids = doc.get("id", "?")
    control = str(ids[0] if isinstance(ids, list) else ids)
    for key, kind in _SOLR.items():
        values = [v for v in doc.get(key) or [] if isinstance(v, str)]  # type: ignore[attr-defined]
        latin = [v for v in values if not _CJK.search(v)]
        vern = [v for v in values if _CJK.search(v)]
        if len(latin) != len(vern):
            continue
        for romaji, vernacular in zip(latin, vern, strict=True):
            # author_s holds people ("Karatani, Kōjin") and bodies ("Ōsaka Daigaku")
            parts = [(romaji, vernacular, "body" if kind == "name" and "," not in romaji
                      else kind)]
            if kind == "place+publisher":
                rp = [*romaji.split(":", 1), ""]
                vp = [*vernacular.replace("：", ":").split(":", 1), ""]
                parts = [(rp[0], vp[0], "place"), (rp[1], vp[1], "publisher")]
            for r, v, k in parts:
                r, v = clean_romaji(r, k), clean_vernacular(v, k)
                if usable(r, v):
                    yield {"source": f"{source} (document {control}, {key})",
                           "japanese": v, "gold_romaji": r, "kind": k}


def key(text: str) -> str:
    return re.sub(r"[\s「」『』“”\"'’:：・,，、。.\-（）()]", "",
                  unicodedata.normalize("NFKC", text))


def build() -> None:
    seen = set()
    for path in HERE.glob("*.tsv"):
        if path.name.startswith("catalogue_pairs"):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            seen |= {key(r["japanese"]) for r in csv.DictReader(fh, delimiter="\t")}
    rows: dict[str, dict[str, str]] = {}
    for repo_name, commit, _pattern, out_name in SOURCES:
        path = SOURCE_DIR / out_name
        source = f"github:{repo_name}@{commit[:9]}"
        if out_name.endswith(".json"):
            found = [p for d in json.loads(path.read_text(encoding="utf-8"))
                     for p in solr_pairs(d, source)]
        else:
            found = [p for r in pymarc.parse_xml_to_array(str(path))
                     for p in record_pairs(r, source)]
        for pair in found:
            k = key(pair["japanese"])
            if k not in seen and k not in rows:
                rows[k] = pair
    items = sorted(rows.values(), key=lambda r: (r["source"], r["japanese"]))
    random.Random(10).shuffle(items)
    for name, part in (("catalogue_pairs.tsv", items[0::2]),
                       ("catalogue_pairs_heldout.tsv", items[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, ["source", "japanese", "gold_romaji", "kind"],
                                    delimiter="\t", lineterminator="\n")
            writer.writeheader()
            writer.writerows(part)
        print(name, len(part))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--collect":
        collect(Path(sys.argv[2]))
    else:
        build()
