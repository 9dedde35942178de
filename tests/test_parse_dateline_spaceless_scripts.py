"""A wire's dateline in the scripts that set no space between words and write their vowels as marks (Lao,
Thai, Khmer, Burmese): ``ຫຼວງພະບາງ (ຂປລ) – …``, ``ភ្នំពេញ (AKP) – …``. A place word holds its vowel signs
(marks, which ``\\w`` leaves out) as a Devanagari one does; the agency's bracket and the dash are the
evidence a place of a caseless script needs. Texts written for the test, with lines the rule must leave."""

from __future__ import annotations

import pytest

from archivist.parse.dateline import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        # Lao: the state wire's initials in Lao, and in Latin letters
        ("ຫຼວງພະບາງ (ຂປລ) – ພະແນກກະສິກຳ ແຂວງ ໄດ້ເປີດໂຮງຮຽນໃໝ່ ໃນວັນຈັນ ນີ້.", "ຫຼວງພະບາງ", "ຂປລ"),
        ("ວຽງຈັນ (KPL) – ກະຊວງສາທາລະນະສຸກ ໄດ້ແຈ້ງການ ກ່ຽວກັບພະຍາດໄຂ້ຍຸງ.", "ວຽງຈັນ", "KPL"),
        # Khmer: a place whose last letter carries a vowel sign
        ("ភ្នំពេញ (AKP) – ក្រសួងកសិកម្ម បានប្រកាសពីកម្មវិធីថ្មី សម្រាប់កសិករ។", "ភ្នំពេញ", "AKP"),
        # Thai: the agency's name written out in Thai
        ("เชียงใหม่ (สำนักข่าวไทย) – กรมอุตุนิยมวิทยา ประกาศเตือนฝนตกหนักในภาคเหนือ", "เชียงใหม่", "สำนักข่าวไทย"),
        # Burmese
        ("နေပြည်တော် (MNA) – စိုက်ပျိုးရေးဝန်ကြီးဌာန က မိုးရာသီ စပါးစိုက်ပျိုးမှု အစီအစဉ်ကို ထုတ်ပြန်သည်။", "နေပြည်တော်", "MNA"),
    ],
)
def test_spaceless_script_dateline(paragraph: str, place: str, agency: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.agency is not None and found.agency.text == agency
    assert paragraph[found.place.span.start : found.place.span.end] == place


@pytest.mark.parametrize(
    "paragraph",
    [
        # a sentence of these scripts with no agency's bracket and no dash is no dateline
        "ພະແນກກະສິກຳ ແຂວງຫຼວງພະບາງ ໄດ້ເປີດນຳໃຊ້ທະນາຄານແນວພັນເຂົ້າໄຮ່ ແຫ່ງທຳອິດ.",
        "กรมอุตุนิยมวิทยา ประกาศเตือนฝนตกหนักในภาคเหนือ ตั้งแต่วันจันทร์นี้",
        "ក្រសួងកសិកម្ម បានប្រកាសពីកម្មវិធីថ្មី សម្រាប់កសិករ។",
    ],
)
def test_sentences_left_alone(paragraph: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph)) is None


def test_latin_and_devanagari_datelines_unchanged() -> None:
    for paragraph, place in (
        ("LUANG PRABANG (KPL) – The department opened the seed bank on Monday.", "LUANG PRABANG"),
        ("भोपाल (भाषा) – राज्य सरकार ने सोमवार को नई योजना की घोषणा की।", "भोपाल"),
    ):
        found = find_dateline(paragraph, 0, len(paragraph))
        assert found is not None and found.place is not None and found.place.text == place
