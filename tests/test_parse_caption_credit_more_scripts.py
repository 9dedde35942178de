"""A lead picture's credit after its picture label in Nepali (``तस्बिर :``), Urdu (``فوٹو:``), Tamil
(``படம்:``), Arabic (``صورة:``) and Filipino (``Larawan mula sa``, "photo from"), run onto the caption after
its stop (the danda, the Urdu full stop) or on a line of its own, over or under the caption. All articles
and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import caption_and_credit as _read


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Nepali: the credit after the danda, a space before the label's colon
        ("पोखरामा नयाँ पुल निर्माण सम्पन्न । तस्बिर : रासस", "पोखरामा नयाँ पुल निर्माण सम्पन्न ।", "रासस"),
        ("पोखरामा नयाँ पुल निर्माण सम्पन्न ।\nतस्बिर : रासस", "पोखरामा नयाँ पुल निर्माण सम्पन्न ।", "रासस"),
        # Urdu: after the full stop "۔"
        ("لاہور میں بارش کے بعد سڑکوں پر پانی۔ فوٹو: فائل", "لاہور میں بارش کے بعد سڑکوں پر پانی۔", "فائل"),
        (
            "لاہور میں بارش کے بعد سڑکوں پر پانی\nتصویر: احمد علی",
            "لاہور میں بارش کے بعد سڑکوں پر پانی",
            "احمد علی",
        ),
        # Tamil: the credit's own line under the caption
        ("மதுரையில் புதிய பேருந்து நிலையம்.\nபடம்: க. முருகன்", "மதுரையில் புதிய பேருந்து நிலையம்.", "க. முருகன்"),
        # Arabic: the credit's line over the caption
        ("صورة: أرشيف\nميناء الدار البيضاء", "ميناء الدار البيضاء", "أرشيف"),
        # Filipino: "photo from" in brackets after the caption's stop
        (
            "Dumating ang mga pasahero sa pantalan. (Larawan mula sa PCG Batangas)",
            "Dumating ang mga pasahero sa pantalan.",
            "PCG Batangas",
        ),
    ],
)
def test_a_picture_label_in_the_captions_own_language(text: str, caption: str, credit: str) -> None:
    assert _read(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that speaks of a picture ("photo", "picture") with no label's colon after the word
        "पुलको तस्बिर सामाजिक सञ्जालमा भाइरल भएको छ ।",
        "وزیر اعلیٰ نے تصویر جاری کی اور کہا کہ کام جاری ہے۔",
    ],
)
def test_no_credit_where_the_word_is_prose(text: str) -> None:
    found = _read(text)
    assert found is None or found[1] is None


def test_a_nepali_agency_story_reads_its_caption_and_credit() -> None:
    text = (
        "पोखरामा नयाँ पुल सञ्चालनमा\n\n"
        "प्रकाशित मिति : शुक्रबार, वैशाख ५, २०८२, १३:२०\n\n"
        "पोखराको सेती नदीमा निर्माण सम्पन्न भएको पुल । तस्बिर : रासस\n\n"
        "पोखरा, वैशाख ५ (रासस) : सेती नदीमा निर्माण भएको नयाँ पुल आजदेखि सञ्चालनमा आएको छ । पुलले दुई वडालाई "
        "जोड्ने स्थानीयले बताएका छन् ।\n\n"
        "पुल निर्माणमा करिब तीन करोड रुपैयाँ लागत लागेको निर्माण कम्पनीले जनाएको छ । यसले यात्रा समय घटाउने "
        "अपेक्षा गरिएको छ ।\n"
    )
    image = parse_text(text).image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == ("पोखराको सेती नदीमा निर्माण सम्पन्न भएको पुल ।", "रासस")


@pytest.mark.parametrize(
    ("sentence", "credit_word"),
    [
        ("Ipinakita ng pulis ang larawan mula sa CCTV ng barangay.", "CCTV"),
        ("Ipinakita ng pulis ang larawan ni Juan dela Cruz sa barangay.", "Juan"),
        ("The police showed a photo by Jane Doe to the court.", "Jane"),
    ],
)
def test_a_paragraph_speaking_of_a_photo_by_someone_is_no_caption(sentence: str, credit_word: str) -> None:
    # "larawan mula sa" in a paragraph of the story: the picture it speaks of is no lead picture's credit
    text = (
        "Lalaking nagnakaw ng motorsiklo, arestado\n"
        "Ni Maria Santos\n"
        "Marso 4, 2025 @ 6:15 PM\n"
        "Arestado ang isang lalaki matapos magnakaw ng motorsiklo sa Barangay San Roque noong Lunes ng gabi, "
        "ayon sa pulisya.\n"
        f"{sentence}\n"
        "Nahaharap ang suspek sa kasong pagnanakaw, ayon sa hepe ng istasyon na nagsabing tuloy ang "
        "imbestigasyon.\n"
    )
    image = parse_text(text).image
    assert image is None or image.credit is None or credit_word not in image.credit.text


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # the house's capitalised name before its own label in lower case
        ("The ferry leaves the island pier at dawn. Harbour photo by Jane Doe", "Jane Doe"),
        # a caption with no stop, the label capitalised after its last word
        ("Ilustracija Foto: Shutterstock", "Shutterstock"),
        ("Passengers at the pier Photo: Jane Doe", "Jane Doe"),
    ],
)
def test_a_label_after_a_word_is_a_credit_when_the_page_sets_it_so(text: str, credit: str) -> None:
    found = _read(text)
    assert found is not None and found[1] == credit
