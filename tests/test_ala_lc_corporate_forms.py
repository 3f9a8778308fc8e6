"""ALA-LC writes a company's legal form as said apart, unvoiced: 株式会社 Kabushiki Kaisha
(issue 9's ALA-LC style). Modified Hepburn keeps the compound's voiced kabushiki gaisha,
as JMdict reads it and Wikipedia writes it."""

from __future__ import annotations

from jpterms import romanize


def test_a_company_s_legal_form_as_catalogue_records_write_it() -> None:
    # github:psu-libraries/psulib_traject@8d4713e9, record 12133574, field 710 (880 東宝株式会社)
    assert romanize("東宝株式会社", "ala-lc") == "Tōhō Kabushiki Kaisha"
    assert romanize("有限会社", "ala-lc") == "Yūgen Kaisha"
    assert romanize("東宝株式会社") == "Tōhō kabushiki gaisha"
    # 会社 alone, or after another word, is as it was
    assert romanize("会社", "ala-lc") == "Kaisha"
    assert romanize("子会社", "ala-lc") == "Kogaisha"
