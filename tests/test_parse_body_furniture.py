"""The story's paragraphs between its first paragraph and its foot, on pages written here in several
house styles and languages: the page's furniture between the paragraphs (an advertisement's slot in more
languages and while it loads, the advertiser's link in the slot, a gallery's picture count), its offers of
its news (a channel on a messaging network, the news in the reader's inbox or every morning, the sign-up
box's plea and consent line), its tags' label in more languages and Greek labels set in capitals without
their accents; each with the sentence of a story it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture, is_tail_label, news_offer
from archivist.parse.related import is_related_label
from archivist.parse.words import case_spellings
from parse_helpers import FERRY_HEADLINE as _HEADLINE
from parse_helpers import FERRY_STORY as _LONG
from parse_helpers import ferry_page as _page
from parse_helpers import paragraph_texts

_MORE = (
    "Crew members said the new rota would leave them working longer days in the winter, when the crossing "
    "takes an hour longer in bad weather.",
    "The harbour board said it would publish the winter timetable on its website and at the ferry terminal "
    "by the end of the month.",
)


def _long_page(*middle: str) -> str:
    """A longer page copied whole: the ``middle`` lines after four paragraphs, two more under them."""
    caption = "The winter ferry at the quay on Monday. Photo: Tom Hale"  # (the front's last line)
    lines = [
        _HEADLINE,
        "By Ann Lee",
        "March 3, 2026",
        caption,
        *_LONG[:3],
        _MORE[0],
        *middle,
        _LONG[3],
        _MORE[1],
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- an advertisement's slot


@pytest.mark.parametrize(
    "slot",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "This ad has not loaded yet",
        "Advertise with Harbour Media.",
        "Advertise with The Island Herald",
        "ΔΙΑΦΗΜΙΣΗ",
        "Διαφήμιση",
        "REKLAMA",
        "Annons",
        "PUBLICIDADE",
        "Реклама",
        "Iklan",
    ],
)
def test_an_advertisement_slot_is_no_paragraph_or_subhead(slot: str) -> None:
    assert is_furniture(slot)
    article = parse_text(_page("Advertisement", slot))
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)
    assert [section.heading for section in article.sections if section.heading is not None] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertise with the best results in town, say the marketers.",
        "Advertisers said the slot had not loaded for weeks.",
    ],
)
def test_a_sentence_about_advertising_is_the_story(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_a_gallery_count_is_no_paragraph() -> None:
    assert is_furniture("+5")
    assert not is_furniture("+")
    # (the lead picture already read: a line over a gallery's count with no picture read yet is its
    # caption, tests/test_parse_caption_credit_labels.py)
    assert paragraph_texts(_long_page("+12", "View gallery")) == [*_LONG[:3], _MORE[0], _LONG[3], _MORE[1]]


# --------------------------------------------------------------------------- the page's offers of its news


@pytest.mark.parametrize(
    "offer",
    [
        "Join The Island Herald WhatsApp Channel",
        "Join our WhatsApp channel and get the latest news and must-reads.",
        "📲 Participe do canal do Jornal da Ilha no WhatsApp",
        "Stay current - Follow the Herald on WhatsApp, Google news and Telegram",
        "Get the latest news to your WhatsApp",
        "Subscribe to our channels on YouTube, Telegram & WhatsApp",
        "Síguenos en nuestro canal de Telegram",
        "Ακολουθήστε μας στο Google News",
        "Get the latest news and analysis from the islands, direct to your inbox",
        "Get the day's top stories in your inbox",
        "Elke ochtend het belangrijkste nieuws in je mailbox.",
        "Recibe las noticias más importantes de la isla todas las mañanas en tu correo.",
        "Recevez chaque matin l’essentiel de l’actualité des îles.",
        "Don't miss out on the latest news and information.",
        "Don’t miss out on the headlines from the islands. Followed categories will be added to My News.",
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the "
        "Privacy Policy.",
    ],
)
def test_an_offer_of_the_page_s_news_is_no_paragraph(offer: str) -> None:
    assert news_offer(offer)
    assert paragraph_texts(_page(offer)) == list(_LONG)
    assert paragraph_texts(_page(offer, tight=False)) == list(_LONG)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council set up a WhatsApp channel for islanders last year.",
        "Residents can follow the council on WhatsApp for updates, the mayor said.",
        "Join a WhatsApp group, the police told islanders, if you want alerts about the flood.",
        "Join our WhatsApp channel for the latest news, the harbour master told the islanders.",
        "Check your spam folder if the letter does not arrive in your inbox.",
        "Get the vaccine every day, said the nurse.",
        "Don't miss the ferry, the captain warned.",
        "By providing the crew, the navy kept the ferry running all winter.",
    ],
)
def test_a_story_s_sentence_naming_a_network_or_an_inbox_is_no_offer(sentence: str) -> None:
    assert not news_offer(sentence)
    assert sentence in paragraph_texts(_page(sentence))


# --------------------------------------------------------------------------- labels of the page's foot


@pytest.mark.parametrize(
    "label", ["Tagi", "Temas relacionados", "ΕΤΙΚΕΤΕΣ", "Теми: Порт   Пороми", "See more on"]
)
def test_a_tag_list_s_label_opens_the_page_s_foot(label: str) -> None:
    assert is_tail_label(label)
    text = _page() + "\n".join([label, "Ferries", "Harbour board", "Islands"]) + "\n"
    assert paragraph_texts(text) == list(_LONG)


def test_a_subhead_is_no_tag_label() -> None:
    assert not is_tail_label("Tagging the island's seals")


def test_greek_labels_set_in_capitals_drop_their_accents() -> None:
    assert "ΔΕΙΤΕ ΕΠΙΣΗΣ" in case_spellings(["Δείτε επίσης"])
    assert "ΔΕΊΤΕ ΕΠΊΣΗΣ" in case_spellings(["Δείτε επίσης"])  # as str.upper sets it, kept
    assert case_spellings(["Read more"]) == {"Read more", "read more", "READ MORE", "Read More"}
    assert is_related_label("ΔΕΙΤΕ ΕΠΙΣΗΣ")
    assert is_related_label("ΣΧΕΤΙΚΑ ΑΡΘΡΑ")


def test_a_section_s_more_list_in_polish_is_a_related_box() -> None:
    assert is_related_label("Więcej z kategorii Kraj")
    assert not is_related_label("Więcej z nich wróciło do domu.")


# --------------------------------------------------------------------------- the page's notes on the story


@pytest.mark.parametrize(
    "note",
    [
        "Disclaimer: This story is auto-generated from a syndicated news agency feed and has not been edited "
        "by our staff.",
        "This report is auto-generated from the agency's news service. The Courier holds no responsibility "
        "for its content.",
        "Harbour Beat is local journalism co-funded by the Island Trust and the Coast Foundation.",
        "Catch all the Latest Island News, Breaking News and Harbour News at the Courier.",
        "Veja mais notícias da região no Jornal da Ilha.",
    ],
)
def test_a_note_on_the_story_is_no_paragraph(note: str) -> None:
    assert is_furniture(note)
    assert paragraph_texts(_page() + note + "\n") == list(_LONG)


@pytest.mark.parametrize(
    "sentence",
    [
        "The story has not been told before, the author said.",
        "The report is auto-generated by the council's software every night, officials said.",
        "Good journalism is funded by readers, the editor argued in a speech on Monday.",
        "See more news photos on page 4.",
        # the sign-off's notes (archivist.parse.signoff), not the furniture's
        "(This story has not been edited by Courier staff and is auto-generated from a syndicated feed.)",
        "This story was produced in partnership with the Island Health Reporting Project.",
    ],
)
def test_a_sentence_like_a_note_is_the_story(sentence: str) -> None:
    assert not is_furniture(sentence)


# --------------------------------------------------------------------------- related boxes


def test_a_headline_cut_short_in_a_related_box_is_the_box_s() -> None:
    box = [
        "RELATED ARTICLES",
        "Ferry fares to rise by 40p as the island cap is scrapped",
        "Is this the island's loneliest bus stop? Villagers say last...",
    ]
    assert paragraph_texts(_long_page(*box)) == [*_LONG[:3], _MORE[0], _LONG[3], _MORE[1]]


def test_a_short_line_under_a_box_s_headlines_heads_the_next_paragraph() -> None:
    box = [
        "ALSO READ",
        "Harbour board approves new pontoon for the winter ferry",
        "Island bus routes to connect the quay and the hospital",
        "Fares",
    ]
    article = parse_text(_long_page(*box))
    assert [section.heading.text for section in article.sections if section.heading is not None] == ["Fares"]
    assert [paragraph.text for paragraph in article.paragraphs] == [*_LONG[:3], _MORE[0], _LONG[3], _MORE[1]]


def test_a_box_s_list_of_short_names_keeps_its_last_name() -> None:
    box = ["Related topics", "Ferries", "Harbours", "Fares"]
    article = parse_text(_long_page(*box))
    assert [section.heading for section in article.sections if section.heading is not None] == []


def test_tags_under_the_story_with_a_related_box_asking_under_them() -> None:
    foot = [
        "Ann Lee is Islands Correspondent of the Courier",
        "Ferries",
        "Harbour board",
        "More from the Islands",
        "Lighthouse keeper retires after forty years",
        "Island ferry cap: what happens next?",
    ]
    article = parse_text(_page() + "\n".join(foot) + "\n")
    assert [paragraph.text for paragraph in article.paragraphs] == list(_LONG)
    assert any(
        box.heading is not None and box.heading.text == "More from the Islands" for box in article.related
    )


def test_a_question_closing_the_story_under_a_run_on_teaser_is_kept() -> None:
    closing = ["Read more: Ferry fares to rise", "Will the harbour board listen?"]
    assert paragraph_texts(_page() + "\n".join(closing) + "\n")[-1] == "Will the harbour board listen?"


# --------------------------------------------------------------------------- prompts to register or comment


@pytest.mark.parametrize(
    "prompt",
    [
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Register (it's quick and free) or sign in.",
    ],
)
def test_a_prompt_to_register_is_no_paragraph(prompt: str) -> None:
    assert is_furniture(prompt)
    assert paragraph_texts(_page(prompt)) == list(_LONG)


def test_a_sentence_on_registering_is_the_story() -> None:
    assert not is_furniture("You can save this article by registering, the minister said.")


def test_a_prompt_to_comment_opens_the_page_s_foot() -> None:
    foot = ["Would you like to comment on this article?", "Register (it's quick and free) or sign in."]
    assert is_tail_label(foot[0])
    assert paragraph_texts(_page() + "\n".join(foot) + "\n") == list(_LONG)


# ------------------------------------------------------------------- lines glued, stops of other scripts


def test_a_list_s_items_set_one_under_another_are_each_a_paragraph() -> None:
    # Wrapped text: an item that would have fitted on the line over it still opens a line of its own.
    items = [
        "* Keep your ticket until the end of the crossing; and",
        "* Ask the crew before you take a bicycle on board.",
    ]
    text = "\n\n".join([_HEADLINE, "By Ann Lee", *_LONG[:3], "\n".join(items)]) + "\n"
    assert paragraph_texts(text)[-2:] == items


def test_a_wrapped_line_opening_with_a_dash_carries_the_sentence_on() -> None:
    wrapped = (
        "The ferry will sail once a day from next month, the operator said on\n"
        "- after a long meeting - Monday, when the harbour board met again."
    )
    text = "\n\n".join([_HEADLINE, "By Ann Lee", *_LONG[:2], wrapped]) + "\n"
    assert paragraph_texts(text)[-1] == wrapped


def test_paragraphs_closed_by_the_devanagari_danda_are_the_story() -> None:
    long = (
        " बंदरगाह बोर्ड के अध्यक्ष ने कहा कि सर्दियों की समय सारणी टर्मिनल पर और वेबसाइट पर महीने के अंत तक प्रकाशित की "
        "जाएगी।"
    )
    story = [
        "नयी दिल्ली, 3 मार्च (भाषा) द्वीपों के बीच चलने वाली नौका अगले महीने से दिन में केवल एक बार चलेगी, संचालक ने "
        "सोमवार को बताया।" + long,
        "चालक दल के सदस्यों ने कहा कि नई व्यवस्था से उन्हें सर्दियों में अधिक लंबे दिन काम करना पड़ेगा।" + long,
        "संचालक ने कहा कि कर्मचारियों की कमी और ईंधन की बढ़ती लागत के कारण समय सारणी में कटौती की गई है, जिसकी "
        "आशंका द्वीपवासियों को गर्मियों से थी।",
        "द्वीपवासियों ने कहा कि सर्दियों में मुख्य भूमि के अस्पताल तक पहुंचना कठिन हो जाएगा, जब तेज हवा के कारण पुल "
        "अक्सर बंद रहता है।",
        "बंदरगाह बोर्ड मार्च में समय सारणी की फिर से समीक्षा करेगा, जब संचालक को दो और कर्मचारियों के प्रशिक्षण पूरा "
        "होने की उम्मीद है।",
    ]
    # (the desk's names under the story, a line with no stop: the page's foot is read upward from them)
    text = "\n\n".join(["द्वीपों की नौका अब दिन में एक बार", *story, "भाषा सुरेश अजय"]) + "\n"
    assert paragraph_texts(text)[: len(story)] == story


@pytest.mark.parametrize(
    "note",
    [
        "Want a quick briefing on the islands' news? Listen to our latest podcasts to find out more.",
        "Updated at 6.05pm with comments from the harbour board.",
        "This story has been updated with comments from the operator.",
    ],
)
def test_a_podcast_offer_or_an_update_note_is_no_paragraph(note: str) -> None:
    assert news_offer(note)
    assert paragraph_texts(_page() + note + "\n") == list(_LONG)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said residents should listen to our podcast, which the council hosts.",
        "Updated figures were published on Monday with the council's report.",
    ],
)
def test_a_sentence_on_a_podcast_or_an_update_is_the_story(sentence: str) -> None:
    assert not news_offer(sentence)


def test_a_comment_policy_opens_the_page_s_foot() -> None:
    assert is_tail_label("Es gelten die Community-Richtlinien.")


@pytest.mark.parametrize("blank", ["", " ", "\n", " \t\n "])
def test_a_blank_line_is_no_furniture_and_no_error(blank: str) -> None:
    assert is_furniture(blank) is False
    assert is_furniture(blank, whole=False) is False
