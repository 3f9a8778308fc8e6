"""The walk down Mozc's reading trie (ReadingResolver.mozc_readings) works out the
irregular readings of each two to four kanji it passes once per resolver, however many
ways it reaches them: counted, never timed. The readings stay those worked out afresh."""

from __future__ import annotations

import pytest

from jpterms.readings import ReadingResolver


@pytest.mark.parametrize(("written", "reading"), [("日本郵船", "にっぽんゆうせん"),
                                                  ("大神神社", "おおみわじんじゃ")])
def test_irregular_readings_are_worked_out_once_per_word(
        monkeypatch: pytest.MonkeyPatch, written: str, reading: str) -> None:
    r = ReadingResolver()
    asked: list[str] = []
    irregular = r._irregular_readings

    def counted(word: str) -> tuple[str, ...]:
        asked.append(word)
        return irregular(word)

    monkeypatch.setattr(r, "_irregular_readings", counted)
    found = r.mozc_readings(written)
    assert reading in found
    # asked again and again (once per way the walk reaches a place), worked out once each
    # for the words of two to four characters inside the input
    assert len(asked) > 2 * len(set(asked))
    assert set(r._irregular) == set(asked) <= {
        written[i:j] for i in range(len(written)) for j in range(i + 2, i + 5)}
    assert r.irregular_misses == len(set(asked))
    r._walks.clear()  # (the walks are remembered too: walk again)
    assert r.mozc_readings(written) == found
    assert r.irregular_misses == len(set(asked))


def test_remembered_irregular_readings_are_the_ones_worked_out() -> None:
    r = ReadingResolver()
    assert r._irregular_readings("大神") == ("おおみわ",)  # (not おおかみ: it splits)
    assert r._irregular_readings("大神") == ReadingResolver()._irregular_readings("大神")
    assert r.irregular_misses == 1


@pytest.mark.parametrize(("written", "reading", "listed"), [
    ("男達", "おとこたち", True),  # (ReadingResolver._mozc_reads_units' example)
    ("男達", "おとこだて", False),
    ("角括弧", "かくかっこ", True),
    ("角括弧", "かくがっこ", False),
    ("最終行", "さいしゅうこう", True),
    ("最終行", "さいしゅうぎょう", False),
])
def test_a_reading_mozc_lists_nowhere_takes_no_walk(written: str, reading: str,
                                                    listed: bool) -> None:
    r = ReadingResolver()
    assert r.mozc_reads(written, reading) is listed
    # no walk where Mozc lists the word under no such reading; the same answer as the walk
    assert (written in r._walks) is listed and r.walks_spared == (not listed)
    assert (reading in ReadingResolver().mozc_readings(written)) is listed
    r.mozc_readings(written)
    assert r.mozc_reads(written, reading) is listed  # (walked now: the walk answers)
    assert r.walks_spared == (not listed)
