"""The general rules round 10 added for the body's edges, on articles written here in several house styles,
each with the case it must leave alone: a full stop closing a dateline (after a wire's name in capitals or
brackets, or after a place alone that the story names again); a publication's own name opening the lede;
a short capitals word beside a date (a zone or currency) and a place line right under the headline; the
end marks of agencies (``==Agency``, ``(END)`` with initials, ``via AGENCY``) and a press release's
labelled contacts; captions told by their credit (a line over a credit line, a bracketed tag saying what
kind of picture it is, ``Courtesy of``, ``Photo via``); a masthead opening a date line, no lede;
a line under the byline that carries it on; and a date line no reader took, which is no summary."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _article(*blocks: str, headline: str = _HEADLINE, body: str = _BODY) -> str:
    return headline + "\n\n" + "\n\n".join(blocks) + ("\n\n" if blocks else "") + body


# --------------------------------------------------------------------------- datelines closed by a stop


@pytest.mark.parametrize(
    ("lede_open", "place", "agency"),
    [
        ("TBILISI, MARCH 3, GEOPRESS.", "TBILISI", "GEOPRESS"),  # an agency's name in capitals, then a stop
        ("QUITO, MAR 3, ANDES.", "QUITO", "ANDES"),
        ("Cusco, Mar. 3 (INFOANDES).", "Cusco", "INFOANDES"),  # its bracket, then a stop
        ("ASUNCIÓN, 3 March (IP).", "ASUNCIÓN", "IP"),
    ],
)
def test_a_stop_closes_a_dateline_after_the_date_and_agency(lede_open: str, place: str, agency: str) -> None:
    article = parse_text(
        _article(
            "March 3, 2026",
            body=lede_open + " The city will open a new depot in the spring, officials "
            "said on Tuesday.\n\n" + _BODY,
        )
    )
    assert article.dateline is not None
    assert article.dateline.place is not None and article.dateline.place.text == place
    assert article.dateline.agency is not None and article.dateline.agency.text == agency
    assert article.dateline.text == lede_open
    assert article.dateline.date is not None and article.dateline.date.value == "2026-03-03"


def test_a_stop_after_a_wires_place_and_date() -> None:
    lede = "KAZAN, March 3. The city will open a new depot in the spring, officials said on Tuesday."
    article = parse_text(_article("March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "KAZAN" and article.dateline.text == "KAZAN, March 3."
    # a sentence opening with a day and a date, in mixed case, is none
    lede = "On Tuesday, March 3. The city will open a new depot in the spring, officials said on Tuesday."
    article = parse_text(_article("March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is None


@pytest.mark.parametrize(
    ("headline", "lede", "place"),
    [
        # a place alone before a stop, named in the headline
        ("Arusha to build second bus terminal", "Arusha. The municipal council will build", "Arusha"),
        ("New rail line for Dar es Salaam", "Dar es Salaam. The railway authority will run", "Dar es Salaam"),
        # or named again in the story, in any case, and never in lower case
        (_HEADLINE, "DODOMA. The regional council said it will build", "DODOMA"),
    ],
)
def test_a_place_alone_before_a_stop_named_again(headline: str, lede: str, place: str) -> None:
    body = lede + " a new depot near the market, officials said.\n\n" + _BODY
    if place == "DODOMA":
        body += "\nTraders in Dodoma welcomed the news.\n"
    article = parse_text(_article("By Ann Lee", "March 3, 2026", headline=headline, body=body))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == place
    assert article.dateline.text == place + "."
    assert ("dateline", "dateline-opening-paragraph") in [(k, v.rule) for k, v in article.evidence]


@pytest.mark.parametrize(
    "lede",
    [
        # an abbreviation repeated keeps its stop: a title, no place
        "Coun. Ann Lee said the town's rinks had melted early. Coun. Tom Hale agreed with her.",
        "Gov. Ann Lee signed the bill on Tuesday after a long debate in the chamber.",
        # a word the story writes in lower case too is no proper name
        "Thanks. The council voted to thank the volunteers, and thanks were said all round.",
        # a capitalised name not named again (no evidence it is a place)
        "Harbourville. The council approved the plan on Tuesday after a long debate.",
    ],
)
def test_a_stop_after_words_that_are_no_place(lede: str) -> None:
    article = parse_text(_article("By Ann Lee", "March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is None


def test_a_publications_own_name_opening_the_lede_is_no_place() -> None:
    for opener in ("Harbour Times –", "Valley Gazette —", "Kestrel News –"):
        article = parse_text(
            _article(
                "March 3, 2026",
                body=opener + " The council approved the plan on Tuesday after a long "
                "debate in the chamber.\n\n" + _BODY,
            )
        )
        assert article.dateline is None or article.dateline.place is None
    # a place in mixed case before a dash is still one
    article = parse_text(
        _article(
            "March 3, 2026",
            body="Port Ellis – The council approved the plan on Tuesday after a long "
            "debate in the chamber.\n\n" + _BODY,
        )
    )
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "Port Ellis"


# --------------------------------------------------------------------------- places beside the date line


def test_a_zone_or_currency_beside_the_date_is_no_place() -> None:
    article = parse_text(_article("Ann Lee", "3 March 2026, KZT 16:20"))
    assert article.dateline is None
    # a wire's place in capitals beside the date still is
    article = parse_text(_article("Ann Lee", "VALLETTA, 3 March 2026"))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "VALLETTA"


def test_a_place_line_right_under_the_headline_over_the_date() -> None:
    article = parse_text(
        _article(
            "TRABZON", "March 3 2026 14:05:00", body=_BODY + "\nResidents of Trabzon welcomed the plan.\n"
        )
    )
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "TRABZON"
    assert dict(article.evidence)["dateline"].rule == "place-line-under-headline-over-date"
    # a section's label the story writes in lower case is none
    article = parse_text(
        _article("BUSINESS", "March 3 2026 14:05:00", body=_BODY + "\nLocal business owners welcomed it.\n")
    )
    assert article.dateline is None


# --------------------------------------------------------------------------- end marks


@pytest.mark.parametrize(
    "closing",
    [
        "==Yonhap",  # a run of equals signs, then the wire's name
        "== Harbour Wire",
        "— Kyodo News",  # a listed agency after a dash, in any case
        "(END) AB/CD",  # the end word, then the desk's initials
        "ENDS jd",
        "via MTI",  # the agency whose copy the story used
        "Via Reuters and AFP",
    ],
)
def test_agency_end_marks_close_the_story(closing: str) -> None:
    article = parse_text(_article("March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is not None and article.signoff.text == closing
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "contacts",
    [
        "Contacts\nJane Roe\nHarbour Grain Cooperative\n555-0142\njroe@harbourgrain.example",
        "Media Contact:\nTom Hale, Valley Water Authority\n+1 (555) 010-2030",
        "Press enquiries\nAnn Lee\nann.lee@valleywater.example",
    ],
)
def test_a_press_releases_contacts_close_it(contacts: str) -> None:
    article = parse_text(_article("March 3, 2026", body=_BODY + "\n" + contacts + "\n"))
    assert article.signoff is not None and article.signoff.text == contacts
    assert len(article.paragraphs) == 3
    assert dict(article.evidence)["signoff"].note == "a press release's contacts under their label"


def test_a_contacts_heading_over_prose_is_body() -> None:
    # a story's paragraphs under a heading "Contacts" (sentences, no number or address) are body
    body = _BODY + "\nContacts\n\nThe two councils have kept in touch through the winter.\n"
    article = parse_text(_article("March 3, 2026", body=body))
    assert article.signoff is None
    assert any("kept in touch" in paragraph.text for paragraph in article.paragraphs)


# --------------------------------------------------------------------------- captions told by their credit


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        ("Mara Lind in 'Tidewater'", "Courtesy of Northlight Films", "Courtesy of Northlight Films"),
        ("The new ferry on its first run", "Photo: Jane Roe", "Jane Roe"),
    ],
)
def test_a_line_over_a_credit_line_is_the_caption(caption: str, credit_line: str, credit: str) -> None:
    article = parse_text(_article("Ann Lee", "March 3, 2026", caption + "\n" + credit_line))
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == credit
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("tag", ["[File Image]", "(File photo)", "[Representational image]"])
def test_a_bracket_saying_what_kind_of_picture_is_the_captions(tag: str) -> None:
    caption = f"{tag} Buses wait at the depot on Main Street."
    article = parse_text(_article("Ann Lee | 3 March 2026, 14:05", caption + "\nImage: Valley Broadcasting"))
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == "Valley Broadcasting"
    assert article.summary is None


def test_a_bracket_naming_someone_is_still_the_credit() -> None:
    article = parse_text(_article("Ann Lee", "March 3, 2026", "Buses wait at the depot. (Photo: Jane Roe)"))
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Jane Roe"


def test_courtesy_of_and_photo_via() -> None:
    article = parse_text(
        _article("Ann Lee", "March 3, 2026", "The mill in 1950. (Courtesy of the Hale family)")
    )
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Courtesy of the Hale family"
    # with a picture word before it, "courtesy of" is the label
    article = parse_text(
        _article("Ann Lee", "March 3, 2026", "The mill in 1950. Photo courtesy of the Hale family")
    )
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "the Hale family"
    article = parse_text(
        _article("Ann Lee", "March 3, 2026", "Boats at the harbour. Photo via ANP/Jan de Vries")
    )
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "ANP/Jan de Vries"


def test_a_masthead_over_the_date_is_no_dateline_opener() -> None:
    # "HARBOUR WIRE - date": the wire's name opens a date line, not the lede; the caption under it is front
    caption = "Photo taken March 1, 2026, shows the new depot in the port of Kobe."
    article = parse_text(_article("HARBOUR WIRE - Mar 3, 2026 - 18:05 | World, All", caption + " (Jiji)"))
    assert article.dateline is None
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == caption
    assert article.image.credit is not None and article.image.credit.text == "Jiji"
    assert len(article.paragraphs) == 3
    # the wire's name opening a lede is still the source opener
    lede = "HARBOUR WIRE - The council approved the plan on Tuesday after a long debate in the chamber."
    article = parse_text(_article("March 3, 2026", body=lede + "\n\n" + _BODY))
    assert article.dateline is not None and article.dateline.agency is not None
    assert article.dateline.agency.text == "HARBOUR WIRE"


def test_a_line_under_the_byline_carries_it_on() -> None:
    article = parse_text(_article("By Ann Lee\n(The Valley Times)", "March 3, 2026"))
    assert article.image is None
    # a blank line apart, a credit alone is the picture's
    article = parse_text(_article("By Ann Lee", "March 3, 2026", "Photo: Jane Roe"))
    assert article.image is not None and article.image.credit is not None


# --------------------------------------------------------------------------- no summary


@pytest.mark.parametrize(
    "line", ["March 3, 2026 | 14:20 hrs.", "HARBOUR WIRE - Mar 3, 2026 - 18:05 | World, All"]
)
def test_a_date_line_no_reader_took_is_no_summary(line: str) -> None:
    article = parse_text(_article(line, "A view of the depot. Photo: Jane Roe"))
    assert article.summary is None
    assert article.dateline is None or article.dateline.place is None
    # a standfirst naming a date is prose, and the summary
    deck = "Voters in the valley go to the polls on March 3, 2026, to choose a new council."
    article = parse_text(_article(deck, "A view of the depot. Photo: Jane Roe"))
    assert article.summary is not None and article.summary.text == deck
