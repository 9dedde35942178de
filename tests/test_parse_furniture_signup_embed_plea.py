"""The page's furniture written as sentences or code inside a copied story: the sign-up form's small print
(consent, reCAPTCHA, unsubscribe notes, in several languages), a content system's placeholder for an embedded
player (``[Gambas:Video 20detik]``, ``[embed]``), and public media's plea for gifts (``… depends on listeners
like you. Make your gift …``). Articles written here; sentences of a story that share the words stay."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bodyshape import _furniture_line
from archivist.parse.furniture import appeal_or_prompt, is_furniture, news_offer

_HEADLINE = "Council approves new footbridge over the river"
_STORY = [
    "The county council has approved plans for a new footbridge over the river between the two villages, "
    "ending a campaign that began a decade ago.",
    "Councillors voted nine to two in favour of the scheme at a meeting on Tuesday evening, after a debate "
    "that lasted more than two hours.",
    "The bridge will cost about two million pounds, most of it paid for by a government grant announced "
    "last year for rural transport.",
    "Work is due to start in the spring, and the council expects the bridge to open to walkers and cyclists "
    "by the end of next summer.",
]


@pytest.mark.parametrize(
    "line",
    [
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding "
        "of you.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "You can unsubscribe at any time.",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Ao se inscrever, você concorda com a nossa Política de Privacidade.",
        "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
        "Al suscribirte, aceptas nuestras condiciones de uso.",
        "Zapisując się, akceptujesz regulamin i politykę prywatności.",
    ],
)
def test_a_sign_up_forms_small_print_is_furniture(line: str) -> None:
    assert news_offer(line)
    text = "\n".join(
        [_HEADLINE, "3 March 2026", *_STORY[:2], "Sign up to our daily newsletter", line, *_STORY[2:]]
    )
    assert [paragraph.text for paragraph in parse_text(text + "\n").paragraphs] == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "We use your donations to repair the old mill, the trust's chairman said.",  # "to", not the sign-up
        "You can unsubscribe from the scheme by writing to the council, officials said.",
        # no privacy and no terms after the opening words
        "Al suscribirse al plan, los vecinos reciben un descuento en el recibo del agua.",
    ],
)
def test_sentences_of_the_story_are_no_small_print(line: str) -> None:
    assert not news_offer(line)


@pytest.mark.parametrize(
    "line", ["[Gambas:Video 20detik]", "[embed]", "[video id=4411]", "[Instagram:Cpx12]", "[/gallery]"]
)
def test_an_embedded_players_placeholder_is_furniture(line: str) -> None:
    assert _furniture_line(line, 160)


@pytest.mark.parametrize("line", ["[Name]", "(Reporting by Jane Doe)", "[sic]", "[Updated at 5pm]"])
def test_brackets_of_the_story_are_no_placeholder(line: str) -> None:
    assert not _furniture_line(line, 160)


def test_a_signoff_over_a_video_prompt_and_its_placeholder_is_found() -> None:
    story = [
        "Bekasi - Banjir merendam tiga kecamatan di Kota Bekasi, Jawa Barat, setelah hujan deras mengguyur "
        "sejak Senin malam. Ratusan warga terpaksa mengungsi.",
        "Kepala Pelaksana BPBD Kota Bekasi mengatakan ketinggian air di sejumlah titik mencapai 1,5 meter "
        "dan empat posko pengungsian sudah didirikan.",
        "Hingga pagi ini, belum ada laporan korban jiwa akibat banjir tersebut, namun petugas terus memantau "
        "ketinggian air di sepanjang kali.",
    ]
    text = "\n".join(
        [
            "Banjir Rendam 3 Kecamatan di Bekasi",
            "Selasa, 10 Feb 2026 07:45 WIB",
            *story,
            "(rkt/idn)",
            'Simak Video "Video: Detik-detik Tanggul Kali Bekasi Jebol"',
            "[Gambas:Video beritaTV]",
        ]
    )
    article = parse_text(text + "\n")
    assert article.signoff is not None and article.signoff.text == "(rkt/idn)"
    assert [paragraph.text for paragraph in article.paragraphs] == story


@pytest.mark.parametrize(
    "line",
    [
        "Local journalism like this depends on listeners like you. Make your gift to Example Radio today.",
        "Our newsroom relies on readers like you.",
        "Make a donation to keep our reporting free for everyone.",
    ],
)
def test_public_medias_plea_is_furniture(line: str) -> None:
    assert appeal_or_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        '"The whole village depends on people like you," the organiser told the volunteers.',
        "Make a donation to the food bank, the mayor said on Friday.",
    ],
)
def test_a_reported_plea_is_the_storys(line: str) -> None:
    assert not appeal_or_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
        "akses berita Harian Contoh WhatsApp Channel : https://www.whatsapp.com/channel/0029VaExample. "
        "Pastikan kamu sudah install aplikasi WhatsApp ya.",
        "Siga o canal do Jornal Exemplo no WhatsApp e receba as principais notícias do dia direto no seu "
        "celular, de graça. Basta clicar no link https://www.whatsapp.com/channel/0029VaExample e depois em "
        "seguir, no alto da tela.",
        "Join our WhatsApp channel for the latest news from across the region, delivered straight to your "
        "phone every morning and evening. Tap https://www.whatsapp.com/channel/0029VaExample and press the "
        "follow button.",
    ],
)
def test_a_long_offer_of_the_houses_channel_is_furniture(line: str) -> None:
    assert len(line) > 200
    assert is_furniture(line)


def test_a_long_paragraph_naming_a_channel_is_the_storys() -> None:
    line = (
        "Join the protest, the organisers wrote on their WhatsApp group on Sunday evening, urging members to "
        "gather outside the council offices at nine, and several hundred people turned up despite the rain, "
        "police said."
    )
    assert len(line) > 200
    assert not is_furniture(line)
