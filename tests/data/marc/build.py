"""Build the MARC test files in this folder from real catalogue records (see README.md).

Run from the repository root: ``python tests/data/marc/build.py``. It writes

* ``real.mrc`` and ``real.xml``: the real records, binary MARC and MARCXML;
* ``planted.mrc``: the same records with the faults of ``planted.tsv`` planted in
  their romanised fields (the vernacular 880 fields are left as they were).
"""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Record, Subfield

HERE = Path(__file__).resolve().parent


def _field(tag: str, ind: str, *subfields: tuple[str, str]) -> Field:
    return Field(tag=tag, indicators=Indicators(ind[0], ind[1]),
                 subfields=[Subfield(code, value) for code, value in subfields])


def _from_qa_catalogue(line: str) -> Record:
    """One record of qa-catalogue's MARC-in-JSON test file, as a pymarc record."""
    data = json.loads(line)
    record = Record(force_utf8=True, leader=data["leader"])
    for cf in data["controlfield"]:
        record.add_field(Field(tag=cf["tag"], data=cf["content"].strip()))
    for df in data["datafield"]:
        record.add_field(_field(df["tag"], df["ind1"] + df["ind2"],
                                *((s["code"], s["content"]) for s in df["subfield"])))
    return record


def _record(control: str | None, fields: list[Field]) -> Record:
    record = Record(force_utf8=True, leader="00000cam a2200000 a 4500")
    if control:
        record.add_field(Field(tag="001", data=control))
    record.add_field(Field(tag="008", data="000000s1971    ja            000 0 jpn d"))
    for f in fields:
        record.add_field(f)
    return record


def _nihon_no_chasho() -> Record:
    """Columbia's record (001 3835178) from Open Library's test file 880_Nihon_no_chasho.mrc.

    Its 880 fields keep the old RLIN practice of spaces between vernacular words.
    """
    return _record("3835178", [
        _field("245", "10", ("6", "880-01"), ("a", "Nihon no chasho /"),
               ("c", "Hayashiya Tatsusaburō, Yokoi Kiyoshi, Narabayashi Tadao henchū.")),
        _field("260", "  ", ("6", "880-02"), ("a", "Tōkyō :"), ("b", "Heibonsha,"),
               ("c", "Shōwa 46-47 [1971-1972]")),
        _field("490", "1 ", ("6", "880-03"), ("a", "Tōyō bunko ;"), ("v", "201, 206")),
        _field("700", "1 ", ("6", "880-04"), ("a", "Hayashiya, Tatsusaburō,"), ("d", "1914-1998.")),
        _field("700", "1 ", ("6", "880-05"), ("a", "Yokoi, Kiyoshi.")),
        _field("700", "1 ", ("6", "880-06"), ("a", "Narabayashi, Tadao.")),
        _field("830", " 0", ("6", "880-07"), ("a", "Tōyō bunko ;"), ("v", "201, 206.")),
        _field("880", "10", ("6", "245-01/$1"), ("a", "日本 の 茶書 /"),
               ("c", "林屋 辰三郎, 横井 清, 楢林 忠男 編注.")),
        _field("880", "  ", ("6", "260-02/$1"), ("a", "東京 :"), ("b", "平凡社,"),
               ("c", "昭和 46-47 [1971-1972]")),
        _field("880", "1 ", ("6", "490-03/$1"), ("a", "東洋 文庫 ;"), ("v", "201, 206")),
        _field("880", "1 ", ("6", "700-04/$1"), ("a", "林屋 辰三郎,"), ("d", "1914-1998.")),
        _field("880", "1 ", ("6", "700-05/$1"), ("a", "横井 清.")),
        _field("880", "1 ", ("6", "700-06/$1"), ("a", "楢林 忠男.")),
        _field("880", " 0", ("6", "830-07/$1"), ("a", "東洋 文庫 ;"), ("v", "201, 206.")),
    ])


def _land_birds() -> Record:
    """University of Michigan record 990008019700106381, as its catalogue API's tests show it."""
    return _record("990008019700106381", [
        _field("100", "1 ", ("6", "880-01"), ("a", "Saeki, Akimitsu.")),
        _field("245", "10", ("6", "880-02"),
               ("a", "Sanʼya no tori = Concise field guide to land birds /"),
               ("c", "kaisetsu Saeki Akimitsu ; e Taniguchi Takashi.")),
        _field("250", "  ", ("6", "880-03"), ("a", "3-teiban.")),
        _field("260", "  ", ("6", "880-04"), ("a", "Tōkyō :"), ("b", "Nihon Yachō no Kai,"),
               ("c", "1983")),
        _field("880", "1 ", ("6", "100-01/$1"), ("a", "佐伯彰光.")),
        _field("880", "10", ("6", "245-02/$1"), ("a", "山野の鳥 = Concise field guide to land birds /"),
               ("c", "解說佐伯彰光 ; 絵谷口高司.")),
        _field("880", "  ", ("6", "250-03/$1"), ("a", "3訂版.")),
        _field("880", "  ", ("6", "260-04/$1"), ("a", "東京 :"), ("b", "日本野鳥の会,"), ("c", "1983")),
    ])


def _ishinpo() -> Record:
    """A record for 醫心方 from a MARC-to-BIBFRAME test snippet (it has no 001)."""
    return _record(None, [
        _field("245", "10", ("6", "880-02"), ("a", "Ishinpō /"),
               ("c", "Tanba no Sukune Yasuyori sen.")),
        _field("880", "10", ("6", "245-02/$1"), ("a", "醫心方 /"), ("c", "丹波宿袮康頼撰.")),
    ])


def real_records() -> list[Record]:
    """The real records, in file order."""
    source = HERE / "sources" / "qa-catalogue_sub-test-marc.json"
    records = [_from_qa_catalogue(line) for line in source.read_text("utf-8").splitlines()
               if line.strip()]
    return [*records, _nihon_no_chasho(), _land_birds(), _ishinpo()]


def _control(record: Record) -> str:
    fields = record.get_fields("001")
    return fields[0].data if fields else ""


def planted_records(records: list[Record]) -> list[Record]:
    """Copies of ``records`` with each row of planted.tsv applied (old text must be there)."""
    copies = [pymarc.Record(data=r.as_marc(), force_utf8=True) for r in records]
    by_id = {_control(r): r for r in copies}
    with open(HERE / "planted.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            record = by_id[row["record"]]
            field = record.get_fields(row["tag"])[int(row["occurrence"])]
            for i, sub in enumerate(field.subfields):
                value = unicodedata.normalize("NFC", sub.value)  # the JSON source is NFD
                if sub.code == row["subfield"] and row["old"] in value:
                    field.subfields[i] = Subfield(sub.code, value.replace(row["old"], row["new"]))
                    break
            else:
                raise SystemExit(f"planted.tsv: {row['old']!r} not in {row['record']} {row['tag']}")
    return copies


def main() -> None:
    records = real_records()
    with open(HERE / "real.mrc", "wb") as handle:
        for record in records:
            handle.write(record.as_marc())
    writer = pymarc.XMLWriter(open(HERE / "real.xml", "wb"))  # noqa: SIM115 (closed below)
    for record in records:
        writer.write(record)
    writer.close()
    with open(HERE / "planted.mrc", "wb") as handle:
        for record in planted_records(records):
            handle.write(record.as_marc())


if __name__ == "__main__":
    main()
