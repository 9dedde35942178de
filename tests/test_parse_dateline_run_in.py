"""Round 20 (dates): datelines of other houses and scripts: a wire's or a site's name run in after the place
(``Ho, July 22, GNA -``, ``JAKARTA, KOMPAS.com -``), a Hindi wire's bracket, Chinese wires' datelines, and a
site's initials opening the lede as its tag. Every line here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateline import find_dateline


def _dateline(paragraph: str, before: str = "") -> tuple[str | None, str | None, str | None]:
    text = before + paragraph
    found = find_dateline(text, len(before), len(text))
    if found is None:
        return None, None, None
    place = found.place.text if found.place else None
    agency = found.agency.text if found.agency else None
    return place, agency, found.date.value if found.date else None


def test_an_agency_run_in_after_the_place_and_date() -> None:
    lede = "Tamale, Aug. 9, GNA - The regional hospital has opened a new maternity ward for the district."
    assert _dateline(lede) == ("Tamale", "GNA", "XXXX-08-09")


def test_a_site_run_in_after_the_place() -> None:
    lede = "SURABAYA, DETIK.com - Pemerintah Kota Surabaya akan menambah armada bus kota mulai bulan depan."
    assert _dateline(lede) == ("SURABAYA", "DETIK.com", None)


def test_a_country_after_the_place_is_no_agency() -> None:
    lede = "ACCRA, GHANA - The central bank has held its policy rate for a third meeting in a row."
    assert _dateline(lede) == ("ACCRA, GHANA", None, None)


def test_a_hindi_wire_dateline_closed_by_its_bracket() -> None:
    lede = "मुंबई, 9 अगस्त (भाषा) महाराष्ट्र सरकार ने शुक्रवार को कहा कि नई बस सेवा अगले महीने से शुरू होगी।"
    assert _dateline(lede) == ("मुंबई", "भाषा", "XXXX-08-09")


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("（中央社記者林美華高雄9日電）高雄市政府今天宣布，捷運將延長營運時間。", ("高雄", "中央社", None)),
        ("（中央社高雄9日電）高雄市政府今天宣布，捷運將延長營運時間。", ("高雄", "中央社", None)),
        ("新华社上海8月9日电 上海市政府今天宣布，地铁将延长运营时间。", ("上海", "新华社", "XXXX-08-09")),
    ],
)
def test_chinese_wire_datelines(lede: str, expected: tuple[str, str, str | None]) -> None:
    assert _dateline(lede) == expected


def test_a_sites_initials_open_the_lede_as_its_tag_not_a_place() -> None:
    lede = "TNO - Từ tháng sau, thành phố sẽ mở thêm ba tuyến xe buýt điện phục vụ người dân."
    assert _dateline(lede, "Thanh Niên Online\n\n") == (None, "TNO", None)
    # no name on the page spells it: a place in capitals as ever
    assert _dateline(lede, "Báo điện tử\n\n") == ("TNO", None, None)


@pytest.mark.parametrize(
    ("top", "rule"),
    [
        # the front stops above "Video" and the clip's title (lines with no stop, left out over the story)
        ("WXYZ 7\nLocal News\n", "dateline-opening-paragraph-under-furniture"),
        # the site's navigation told by its skip link: the front reads down to the story
        ("Skip Navigation\nWXYZ 7\nLocal News\n", "dateline-opening-paragraph"),
    ],
)
def test_the_first_paragraph_under_lines_left_out_opens_with_the_dateline(top: str, rule: str) -> None:
    text = (
        top + "Water main break floods downtown streets, leaves hundreds without service in Duluth\n"
        "Crews expect repairs to last into the night. Affected residents are being told to boil water before "
        "drinking it.\n"
        "Author: Dana Morrow\n"
        "Published: 5:42 PM CST January 14, 2026\n"
        "Updated: 9:18 PM CST January 14, 2026\n"
        "Video\n"
        "Crews work through the cold to fix the Duluth water main break\n"
        "DULUTH, Minn. — A water main break beneath Superior Street sent a sheet of water across several "
        "downtown blocks Wednesday afternoon, knocking out service to about 300 homes.\n\n"
        "The city said the 12-inch line, installed in 1931, split shortly after 1:30 p.m.\n\n"
        '"Our first job was getting the valves shut," a utility spokesperson said.\n\n'
        "Repairs were expected to last until late Thursday.\n"
    )
    article = parse_text(text)
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "DULUTH, Minn."
    assert dict(article.evidence)["dateline"].rule == rule


_LABELLED = (
    "Міськрада відкриває нові велодоріжки\n\n"
    "Петро Шевчук — Четвер, 7 березня 2024, 18:10\n\n"
    "Міськрада з понеділка відкриває три нові велодоріжки у центрі міста, повідомили в мерії.\n\n"
    "{lede}\n\n"
    'Пряма мова: "Це лише початок великої програми", — сказав заступник міського голови.\n\n'
    "Реклама:\n\n"
    "Контекст: Минулого року місто збудувало п'ять кілометрів доріжок.\n"
)


def test_a_labelled_paragraph_is_no_mixed_case_place() -> None:
    lede = (
        "Деталі: Доріжки з'єднають вокзал, університет і центральний парк, їх довжина сягне шести кілометрів."
    )
    text = _LABELLED.format(lede=lede)
    start = text.index("Деталі")
    headline = "Деталі про велодоріжки"  # (the headline naming the word: the evidence a place would have)
    assert find_dateline(text, start, start + len(lede), headline=headline) is None


def test_a_mixed_case_place_before_a_colon_over_unlabelled_paragraphs() -> None:
    text = (
        "Published: March 7, 2024 18:10\nImage Credit: Supplied\n"
        "Sharjah: Residents will be able to book a ferry seat on their phones from April, the transport "
        "authority announced on Thursday.\n"
        "The service covers four stations along the Khalid Lagoon.\n"
    )
    start = text.index("Sharjah")
    end = text.index("\n", start)
    found = find_dateline(text, start, end, headline="Sharjah ferries go digital")
    assert found is not None and found.place is not None and found.place.text == "Sharjah"
