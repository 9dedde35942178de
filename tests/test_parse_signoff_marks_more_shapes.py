"""Sign-offs of more shapes, each as several houses print it: a wire's initials in brackets with the
capitals of Central European and Turkish alphabets (``(ČTK)``), a national wire's initials alone (``ANA``,
``TASR``), the reporter's name with her title and address (``김지현 기자 jihyun@…``), a wire's initials
with its web address (``(NAN)(www.nannews.ng)``), and a source's label over the agency and its editors'
initials (``Source: CNA/ks(ac)``), in several languages; with the near-misses each rule must leave alone.
Articles written here."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.signoff import desk_credits, whole_block_signoff


def _page(headline: str, paragraphs: list[str], *foot: str) -> str:
    return "\n".join([headline, "3 March 2026", *paragraphs, *foot]) + "\n"


_CZECH = (
    "Brno otevře novou cyklostezku podél Svratky",
    [
        "Město Brno v pondělí otevře novou cyklostezku podél řeky Svratky, která propojí centrum s Bystrcí a "
        "měří téměř šest kilometrů.",
        "Stavba trvala dva roky a stála 120 milionů korun, většinu nákladů pokryla evropská dotace.",
        "Cyklisté se podle radnice dočkají i nového osvětlení a tří odpočívadel s pítky podél celé trasy.",
    ],
)
_ENGLISH = (
    "Municipality opens new clinic in Khayelitsha",
    [
        "The City of Cape Town opened a new day clinic in Khayelitsha on Monday, which will serve about "
        "40,000 residents of the area.",
        "The clinic has twelve consulting rooms, a pharmacy and a maternity wing, officials said at the "
        "opening ceremony on Monday.",
        "Residents said they had waited for years for a clinic closer to home than the hospital in town.",
    ],
)
_INDONESIAN = (
    "Pemkot Bandung buka taman baru di Cibeunying",
    [
        "Pemerintah Kota Bandung membuka taman baru seluas dua hektare di Kecamatan Cibeunying Kidul, "
        "Jawa Barat, pada Senin pagi.",
        "Taman itu dilengkapi jalur lari, area bermain anak dan panggung terbuka untuk kegiatan warga.",
        "Menurut wali kota, pembangunan taman menghabiskan anggaran sekitar Rp 8 miliar dari APBD.",
    ],
)


@pytest.mark.parametrize(
    ("story", "mark"),
    [
        (_CZECH, "(ČTK)"),  # the Czech wire's initials, a capital with its caron
        (_CZECH, "(ŁK)"),  # a writer's initials with a Polish capital
        (_ENGLISH, "ANA"),  # a national wire's initials alone
        (_CZECH, "TASR"),
        (_INDONESIAN, "(NAN)(www.nannews.ng)"),  # the wire's initials, then its web address in brackets
        (_ENGLISH, "(PNA) www.pna.gov.ph"),
        (_ENGLISH, "Source: CNA/ks(ac)"),  # the source's label, the agency and its editors' initials
        (_CZECH, "Zdroj: ČTK/jd"),
        (_INDONESIAN, "Sumber: ANTARA/ab/cd"),
    ],
)
def test_a_wire_mark_alone_under_the_story_is_the_signoff(story: tuple[str, list[str]], mark: str) -> None:
    headline, paragraphs = story
    article = parse_text(_page(headline, paragraphs, mark))
    assert article.signoff is not None
    assert article.signoff.text == mark
    assert len(article.paragraphs) == len(paragraphs)


@pytest.mark.parametrize("line", ["Ana", "(Ana)", "Source: the city council", "(ČTK said so)", "Tasr"])
def test_words_shaped_like_a_wire_mark_are_no_signoff(line: str) -> None:
    # a name in mixed case, a sentence in brackets, a source named in words
    assert not whole_block_signoff(line)


@pytest.mark.parametrize(
    "line",
    [
        "김지현 기자 jihyun.kim@example.co.kr",  # Korean: the name, 기자 ("reporter"), the address
        "박민수 특파원 minsu@example.co.kr",  # a correspondent
        "Jane Doe, staff reporter, jdoe@example.com",
        "Ngọc Anh phóng viên ngocanh@example.vn",  # Vietnamese
        "Ayşe Demir muhabir (ayse.demir@example.com.tr)",  # Turkish, the address in brackets
    ],
)
def test_a_reporter_with_her_title_and_address_is_a_tag_line(line: str) -> None:
    assert desk_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "The reporter said the council had not replied to jdoe@example.com in weeks.",  # a sentence
        "기자회견은 오후 3시에 열린다",  # "the press conference is at 3 pm": 기자 inside a word, no address
    ],
)
def test_a_sentence_naming_a_reporter_is_no_tag_line(line: str) -> None:
    assert not desk_credits(line)


def test_the_reporters_line_over_the_rights_notice_is_the_signoff() -> None:
    text = "\n\n".join(
        [
            "서울 마포구 새 공공도서관 개관…장서 5만 권 갖춰",
            "입력 2026.03.03 10:20",
            "서울 마포구는 상암동에 새 공공도서관을 열었다고 3일 밝혔다. 도서관은 지상 4층 규모로"
            " 장서 5만 권을 갖췄으며, 주민 누구나 신분증만 있으면 회원으로 가입할 수 있다.",
            "구는 설계 단계부터 주민 의견을 반영해 어린이 열람실과 24시간 무인 반납함, 청소년을 위한"
            " 스터디 카페를 설치했다고 설명했다. 운영 시간은 평일 오전 9시부터 오후 10시까지다.",
            "개관 첫 주에는 작가 초청 강연과 책 교환 행사가 열린다. 구는 연말까지 동네 작은도서관"
            " 세 곳을 더 열 계획이라고 덧붙였다.",
            "김지현 기자 jihyun.kim@example.co.kr",
            "ⓒ 한빛일보, 무단 전재 및 재배포 금지",
        ]
    )
    article = parse_text(text + "\n")
    assert article.signoff is not None
    assert article.signoff.text == "김지현 기자 jihyun.kim@example.co.kr"
    assert len(article.paragraphs) == 3
