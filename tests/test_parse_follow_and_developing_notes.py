"""Two notes the page sets among or under the story's paragraphs, in the languages of the world's press:
the house asking to be followed on a network (``Follow us on Facebook for the latest news``, ``Volg ons op
Instagram``, ``Bizi Twitter'da takip edin``, ``Подписывайтесь на наш Telegram``), and the desk's note that
the story is still being written (``This story is developing and will be updated.``, ``Новость
дополняется.``, ``Haber güncelleniyor.``): page furniture, never a paragraph
(``archivist.parse.furniture``). The story's own sentences with the same words are kept."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture

FOLLOW = [
    "Follow us on Instagram and TikTok for more local news",
    "Like our Facebook page for the latest updates.",
    "Ikuti kami di Instagram dan TikTok untuk berita terbaru.",
    "Siga-nos no Instagram para mais notícias.",
    "Volg ons op Facebook en Instagram voor het laatste nieuws.",
    "Følg oss på Facebook og Instagram",
    "Bizi Twitter ve Instagram'da takip edin.",
    "Tufuate kwenye Facebook na X kwa habari zaidi.",
    "Sundan kami sa Facebook para sa pinakabagong balita.",
    "Obserwuj nas na Facebooku, aby być na bieżąco.",
    "Pratite nas na Facebooku i Instagramu.",
    "Подписывайтесь на наш Telegram-канал, чтобы быть в курсе новостей.",
    "Ακολουθήστε μας στο Facebook",
    "Theo dõi chúng tôi trên Facebook để cập nhật tin tức mới nhất.",
    "تابعونا على فيسبوك وتويتر",
    "हमें फेसबुक पर फॉलो करें",
]
DEVELOPING = [
    "This story is developing and will be updated.",
    "This is a breaking news story and will be updated.",
    "BREAKING: This story is developing. Check back for updates.",
    "Developing story — check back for updates.",
    "Esta noticia está en desarrollo.",
    "Noticia en desarrollo. Más información en breve.",
    "Cette information est en cours d'actualisation.",
    "Dieser Artikel wird fortlaufend aktualisiert.",
    "Ez a cikk folyamatosan frissül.",
    "Tin đang tiếp tục cập nhật.",
    "Habari hii inaendelea kufuatiliwa.",
    "Haber güncelleniyor.",
    "Новость дополняется",
    "Materia en actualización.",
    "الخبر قيد التحديث",
]
STORY_SENTENCES = [
    "She said she would follow the case on Facebook and share updates with her neighbours.",
    "Residents can follow the works on the council's Facebook page, a spokesman said.",
    "Bizi Facebook'tan tehdit ettiler, dedi muhtar.",
    '"Follow us on Facebook," the mayor told residents at the meeting.',
    "This story is developing into a crisis for the government, which faces a vote on Friday.",
    "Haber güncelleniyor ama bakanlık henüz açıklama yapmadı ve köylüler bekliyor.",
    "Новость дополняется каждый день новыми подробностями о судьбе моста.",
    "The story of the bridge is still developing, the mayor said on Tuesday.",
]


@pytest.mark.parametrize("line", FOLLOW + DEVELOPING)
def test_page_note(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY_SENTENCES)
def test_story_sentence(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "note", ["Volg ons op Facebook en Instagram voor het laatste nieuws.", "Dit artikel wordt bijgewerkt."]
)
def test_note_between_paragraphs_is_no_paragraph(note: str) -> None:
    story = [
        "De gemeenteraad heeft dinsdag ingestemd met de bouw van een nieuwe brug over de rivier.",
        "De werkzaamheden beginnen in het voorjaar en moeten eind "
        "volgend jaar klaar zijn, zei de burgemeester.",
        "Bewoners wachten al meer dan twintig jaar op een nieuwe "
        "oversteek, omdat de oude brug al lang dicht is.",
        "Winkeliers zeggen dat de brug klanten terugbrengt die nu naar het dorp verderop rijden.",
    ]
    page = ["Raad stemt in met nieuwe brug", *story[:2], note, *story[2:]]
    article = parse_text("\n\n".join(page) + "\n")
    assert [p.text for p in article.paragraphs] == story
