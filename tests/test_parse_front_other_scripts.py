"""The page top in scripts without capitals or without stops: a Bengali byline naming the writer's town after
a comma, Thai's news team as a byline, an Iranian wire's dateline between dashes, a paragraph closed by a
danda that is no standfirst, Thai paragraphs that no stop closes. Each with the near-misses the rules must not
take. Every article and line here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bodyshape import stopless_script_prose, unstopped
from archivist.parse.byline import find_byline
from archivist.parse.dateline import find_dateline
from archivist.parse.names import script_place

_BENGALI = (
    "রাজশাহী\n\n"
    "আমের দাম বেড়েছে, খুশি বাগানমালিকেরা\n\n"
    "{byline}\n\n"
    "প্রকাশ: ৯ জুন ২০২৪, ০৮: ১৫\n\n"
    "রাজশাহীর বাজারে এবার মৌসুমের শুরুতেই আমের দাম কেজিতে ২০ থেকে ৩০ টাকা বেড়েছে। ব্যবসায়ীরা বলছেন, ফলন কম "
    "হওয়ায় দাম বেড়েছে।\n\n"
    "বানেশ্বর হাটে গতকাল শনিবার সকালে প্রতি মণ গোপালভোগ আম বিক্রি হয়েছে দুই হাজার টাকায়। গত বছর একই সময়ে দাম "
    "ছিল দেড় হাজার টাকা।\n\n"
    "বাগানমালিক আবদুল করিম বলেন, এবার খরচ বেশি হলেও দাম ভালো পাওয়ায় লোকসান হবে না।\n\n"
    "জেলা কৃষি কর্মকর্তা জানান, চলতি মৌসুমে জেলায় প্রায় দুই লাখ টন আম উৎপাদনের লক্ষ্য ধরা হয়েছে।\n"
)


def test_a_bengali_byline_with_the_writers_town() -> None:
    article = parse_text(_BENGALI.format(byline="সুমাইয়া রহমান, রাজশাহী"))
    assert article.byline is not None and article.byline.text == "সুমাইয়া রহমান, রাজশাহী"
    assert [person.name for person in article.authors] == ["সুমাইয়া রহমান"]
    assert dict(article.evidence)["byline"].rule == "byline-name-in-script-with-town"
    assert article.published is not None and article.published.date.value == "2024-06-09"
    assert article.summary is None  # the first paragraph ends with its danda: the body's, no deck


@pytest.mark.parametrize(
    "line",
    [
        "রাজশাহী, নাটোর ও নওগাঁ জেলায় আমের ফলন কম",  # a heading: no name before the comma, towns after it
        "সুমাইয়া রহমান, রাজশাহী জেলা প্রতিনিধি",  # more than a town after the comma
    ],
)
def test_no_bengali_name_and_town(line: str) -> None:
    article = parse_text(_BENGALI.format(byline=line))
    assert dict(article.evidence).get("byline") is None or (
        dict(article.evidence)["byline"].rule != "byline-name-in-script-with-town"
    )


def test_script_place() -> None:
    assert script_place("রাজশাহী")
    assert script_place(" دبي ")
    assert not script_place("রাজশাহী জেলা")  # two words
    assert not script_place("Dhaka")  # Latin: capitals tell its places elsewhere
    assert not script_place("২০২৪")  # digits


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("ทีมข่าวภูมิภาค", True),  # "regional news team"
        ("ทีมข่าวการเมือง", True),
        ("กองบรรณาธิการ", True),  # "the editorial desk"
        ("ราคายางพาราขยับขึ้นต่อเนื่อง", False),  # a Thai headline's words
        ("ทีมฟุตบอลชาติไทย", False),  # a team, no news team
    ],
)
def test_thai_news_team_as_a_byline(line: str, desk: bool) -> None:
    found = find_byline(line, 0, len(line))
    assert (found is not None and not found.authors) is desk


_THAI = (
    "หน้าแรก\nข่าวเศรษฐกิจ\n"
    "ราคายางพาราขยับขึ้นต่อเนื่อง เกษตรกรภาคใต้เร่งกรีดยางรับราคาดี\n"
    "ทีมข่าวเศรษฐกิจ\n"
    "9 ส.ค. 2567 14:20 น.\n"
    "แชร์\n"
    "เมื่อวันที่ 8 ส.ค. 2567 ที่ตลาดกลางยางพาราจังหวัดสงขลา ราคายางแผ่นดิบปรับตัวขึ้นเป็นกิโลกรัมละ 68 บาท "
    "สูงที่สุดในรอบสามเดือน ทำให้เกษตรกรจำนวนมากเร่งนำผลผลิตออกมาขาย\n"
    "นายสมศักดิ์ ใจดี เกษตรกรชาวสวนยางในอำเภอหาดใหญ่ กล่าวว่า ปีนี้ฝนตกน้อยกว่าปีที่แล้ว "
    "ทำให้กรีดยางได้หลายวันขึ้น และราคาที่ดีช่วยให้มีรายได้เพียงพอต่อค่าใช้จ่ายในครอบครัว\n\n"
    "ด้านการยางแห่งประเทศไทย ระบุว่า ความต้องการยางจากต่างประเทศยังคงสูง โดยเฉพาะจากผู้ผลิตยางรถยนต์ "
    "ซึ่งคาดว่าจะช่วยพยุงราคาต่อไปจนถึงปลายปี\n\n"
    "ทั้งนี้ การยางแห่งประเทศไทยแนะนำให้เกษตรกรติดตามราคาประจำวันจากประกาศของตลาดกลาง "
    "ก่อนตัดสินใจขายผลผลิต เพื่อให้ได้ราคาที่เป็นธรรมมากที่สุด\n"
    "โฆษณา\nแท็กที่เกี่ยวข้อง\nยางพารา\nสงขลา\n"
)


def test_a_thai_page_top_and_foot() -> None:
    article = parse_text(_THAI)
    assert article.headline is not None
    assert article.headline.text == "ราคายางพาราขยับขึ้นต่อเนื่อง เกษตรกรภาคใต้เร่งกรีดยางรับราคาดี"
    assert article.byline is not None and article.byline.text == "ทีมข่าวเศรษฐกิจ"
    assert not article.authors
    assert article.published is not None and article.published.date.value == "2024-08-09"
    assert article.summary is None  # (the date line is no standfirst)
    openings = [p.text.split()[0] for section in article.sections for p in section.paragraphs]
    # the last paragraph kept, though no stop closes it; the ad's slot and the tags under it left out
    assert openings == ["เมื่อวันที่", "นายสมศักดิ์", "ด้านการยางแห่งประเทศไทย", "ทั้งนี้"]


def test_thai_prose_by_its_length() -> None:
    line = _THAI.splitlines()[6]
    assert unstopped(line) and stopless_script_prose(line)
    assert not stopless_script_prose("ราคายางร่วงหนัก ชาวสวนวอนรัฐช่วย")  # a link's headline
    assert not stopless_script_prose("Rubber prices " * 10)  # Latin: its stops tell


_PERSIAN = (
    "اجتماعی › استانی\n\n"
    "بارش برف راه‌های روستایی را بست\n\n"
    "۱۸ بهمن ۱۴۰۲، ۰۹:۴۵\n\n"
    "بارش سنگین برف در ارتفاعات استان، راه ارتباطی ۴۰ روستا را مسدود کرد.\n\n"
    "{opening} معاون راهداری استان گفت: از بامداد امروز بارش برف در مناطق کوهستانی آغاز شد "
    "و راه ۴۰ روستا بسته "
    "شده است.\n\n"
    "وی افزود: گروه‌های راهداری در حال بازگشایی راه‌ها هستند و تا عصر امروز بیشتر مسیرها باز خواهد شد.\n\n"
    "مدیرکل مدیریت بحران استان نیز از مردم خواست تا از سفرهای غیرضروری خودداری کنند.\n"
)


@pytest.mark.parametrize(
    ("opening", "place"), [("تبریز- ایسنا-", "تبریز"), ("بندر عباس - ایرنا -", "بندر عباس")]
)
def test_an_iranian_wires_dateline(opening: str, place: str) -> None:
    article = parse_text(_PERSIAN.format(opening=opening))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place
    assert article.dateline.agency is not None and article.dateline.agency.text in ("ایسنا", "ایرنا")
    assert article.published is not None and article.published.date.value == "2024-02-07"
    assert article.summary is not None and article.summary.text.startswith("بارش سنگین")


@pytest.mark.parametrize(
    "paragraph",
    [
        "تبریز- امروز- معاون راهداری استان گفت: راه‌ها بسته است.",  # no wire's name between the dashes
        "ایرنا - معاون راهداری استان گفت: راه‌ها بسته است.",  # the wire alone, no place
    ],
)
def test_no_dateline_between_dashes(paragraph: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is None or found.agency is None or found.place is None
