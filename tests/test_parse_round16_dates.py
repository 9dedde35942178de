"""The general rules round 16 added to the reading of dates, date lines and datelines, on lines written here
in several house styles and languages, each with the case it must leave alone: more published/updated
labels in several languages ("Data publicării:", "Oluşturulma Tarihi:", "Updated as of") and the page's
reading time beside or under its date line ("4 mins to read", "Temps de lecture 4 min")."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dateblock import read_date_block
from archivist.parse.dateline import find_dateline
from archivist.parse.dates import match_date

_HEADLINE = "Harbour ferry timetable cut for the winter"
_BODY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday.\n\n"
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable.\n\n"
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter.\n"
)


def _article(*front: str, body: str = _BODY) -> str:
    return "\n\n".join([_HEADLINE, *front, body.rstrip("\n")]) + "\n"


def _published(text: str) -> str | None:
    article = parse_text(text)
    return article.published.date.value if article.published is not None else None


def _dates(line: str) -> list[tuple[str, str]] | None:
    block = read_date_block(line, 0, len(line))
    return None if block is None else [(found.kind, found.date.value) for found in block.dates]


# --------------------------------------------------------------------------- published/updated labels


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Data publicării: 14.03.2026 09:05", [("published", "2026-03-14")]),
        ("Data actualizării: 14.03.2026 11:40", [("updated", "2026-03-14")]),
        ("Oluşturulma Tarihi: Mart 14, 2026 08:30", [("published", "2026-03-14")]),
        ("Güncelleme Tarihi: Mart 14, 2026 10:02", [("updated", "2026-03-14")]),
        (
            "Posted at Mar 14 2026 09:05 AM | Updated as of Mar 14 2026 01:10 PM",
            [("published", "2026-03-14"), ("updated", "2026-03-14")],
        ),
        ("Zuletzt aktualisiert: 14. März 2026, 10:12 Uhr", [("updated", "2026-03-14")]),
        ("Laatst bijgewerkt: 14 maart 2026", [("updated", "2026-03-14")]),
        ("Data publikacji: 14.03.2026", [("published", "2026-03-14")]),
    ],
)
def test_more_labels_open_a_date_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(line) == expected


def test_a_labelled_date_line_dates_the_article() -> None:
    text = _article("Data publicării: 14.03.2026 09:05\nData actualizării: 14.03.2026 11:40")
    assert _published(text) == "2026-03-14"


@pytest.mark.parametrize(
    "line",
    [
        "Data publicării a fost amânată până pe 14.03.2026",  # a sentence after the label's words
        "Updated as of now, the count stands at 14",
        "Aangepast rooster vanaf 14 maart 2026",
    ],
)
def test_a_label_in_a_sentence_is_no_date_line(line: str) -> None:
    assert _dates(line) is None


# --------------------------------------------------------------------------- the reading time


@pytest.mark.parametrize(
    "line",
    [
        "4 mins to read",
        "Temps de lecture 4 min.",
        "Lesezeit: 3 Min.",
        "3 min de lectura",
        "Leestijd 5 minuten",
    ],
)
def test_a_reading_time_alone_is_a_date_lines_note(line: str) -> None:
    block = read_date_block(line, 0, len(line))
    assert block is not None and block.dates == () and block.rule == "reading-time-note"


@pytest.mark.parametrize(
    "line", ["12 Mar, 2026 07:15 AM · 4 mins to read", "Temps de lecture 4 min. | 12 mars 2026 à 07h15"]
)
def test_a_reading_time_beside_a_date(line: str) -> None:
    assert [value for _, value in _dates(line) or []] == ["2026-03-12"]


def test_a_reading_time_under_the_date_line_is_no_summary() -> None:
    text = _article("By Jane Doe\nTransport reporter\n12 Mar, 2026 07:15 AM\n4 mins to read")
    article = parse_text(text)
    assert article.summary is None
    assert article.published is not None and article.published.date.value == "2026-03-12"
    assert dict(article.evidence)["published"].rule == "date-line"  # the note leaves the date's evidence
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "line", ["4 minutes to read the whole report", "Read 4 min", "Lecture publique 4 min"]
)
def test_a_sentence_about_minutes_is_no_reading_time(line: str) -> None:
    assert _dates(line) is None


# --------------------------------------------------------------------------- CLDR's relative days and past


@pytest.mark.parametrize(
    "line",
    [
        "vor 3 Stunden",
        "Aktualisiert vor 25 Minuten",
        "il y a 2 heures",
        "2 jam yang lalu",
        "12 min. geleden",
        "Gestern, 18:45",
        "Vandaag, 14:32",
        "Aangepast vandaag, 16:05",
        "Mis à jour hier à 18h45",
        "Aktualisiert gestern",
        "Ieri, 09:10",
    ],
)
def test_a_relative_date_line_in_any_language_gives_no_date(line: str) -> None:
    block = read_date_block(line, 0, len(line))
    assert block is not None and block.dates == () and block.rule == "date-line-without-calendar-date"


@pytest.mark.parametrize(
    "line", ["Heute", "Gestern", "Hier", "Oggi", "vor Stunden", "Vor 3 Stunden war alles ruhig"]
)
def test_a_relative_day_alone_or_in_a_sentence_is_no_date_line(line: str) -> None:
    assert read_date_block(line, 0, len(line)) is None


def test_a_relative_date_line_leaves_the_article_undated() -> None:
    text = _article("Von Anna Berger\nvor 3 Stunden")
    article = parse_text(text)
    assert article.published is None
    assert len(article.paragraphs) == 3


# --------------------------------------------------------------------------- masthead • section • date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NOS Nieuws•Binnenland•Vandaag, 14:32•Aangepast vandaag, 16:05", []),
        ("The Harbour Times | Local news | 12 March 2026", ["2026-03-12"]),
        ("BBC News • World • Europe • 3 hours ago", []),
        ("Valley Herald · Sport · 12.03.2026 10:15", ["2026-03-12"]),
    ],
)
def test_a_masthead_and_its_sections_open_a_date_line(line: str, expected: list[str]) -> None:
    found = _dates(line)
    assert found is not None and [value for _, value in found] == expected


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Times | Jane Doe | 12 March 2026",  # a byline's name is no section: the meta line's
        "Jane Doe • Politics • 12 March 2026",  # no masthead first
        "The Harbour Times | Local news | Sport",  # no date after the sections
    ],
)
def test_no_masthead_and_sections_before_a_date(line: str) -> None:
    assert _dates(line) is None


def test_a_masthead_line_with_a_relative_date_is_no_summary() -> None:
    article = parse_text(_article("NOS Nieuws•Binnenland•Vandaag, 14:32•Aangepast vandaag, 16:05"))
    assert article.summary is None and article.published is None
    assert len(article.paragraphs) == 3


# --------------------------------------------------------------------------- slash datelines


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        (
            "TOKYO/BANGKOK -- Kaneda Precision will close two of its three plants in Thailand by 2027.",
            "TOKYO/BANGKOK",
            None,
        ),
        (
            "LAGOS/ABUJA - Nigeria's central bank raised its main lending rate on Tuesday, its fourth rise.",
            "LAGOS/ABUJA",
            None,
        ),
        (
            "LONDON/NEW YORK (Reuters) - Oil prices rose on Monday as supply worries returned to the market.",
            "LONDON/NEW YORK",
            "Reuters",
        ),
    ],
)
def test_places_joined_by_a_slash_make_one_dateline(paragraph: str, place: str, agency: str | None) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is not None and dateline.place is not None and dateline.place.text == place
    assert (dateline.agency.text if dateline.agency else None) == agency


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        (
            "MOSCOW, Nov. 30 /Xinhua/ -- Russia said on Monday it would extend the grain deal.",
            "MOSCOW",
            "Xinhua",
        ),
        (
            "Prices rose 3/4 of a point - analysts said the move was small but the market was ready.",
            None,
            None,
        ),
        ("Input/output costs - the factory's bill for power - rose again in the third quarter.", None, None),
    ],
)
def test_a_slash_after_a_space_or_between_numbers_is_no_place(
    paragraph: str, place: str | None, agency: str | None
) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    found = (
        dateline.place.text if dateline and dateline.place else None,
        dateline.agency.text if dateline and dateline.agency else None,
    )
    assert found == (place, agency)


# --------------------------------------------------------------------------- a place alone on a line


_GERMAN_BODY = (
    "Wer am Wochenende nachts aus der Altstadt nach Hause will, muss sich auf lange Wartezeiten einstellen. "
    "Die Stadtwerke wollen die Nachtlinien nur noch stündlich fahren lassen.\n\n"
    "Als Grund nennt das Unternehmen den Mangel an Fahrpersonal in den Nachtstunden.\n"
)


def _german(kicker: str, opening: str) -> str:
    return f"{kicker}\n\nNachtbusse fahren seltener\n\nVon Anna Berger\n\n{opening}{_GERMAN_BODY}"


def test_a_place_alone_on_a_line_backs_a_stop_closed_dateline() -> None:
    article = parse_text(_german("Düsseldorf", "Düsseldorf. "))
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "Düsseldorf"
    assert article.paragraphs[0].text.startswith("Düsseldorf. Wer am Wochenende")


@pytest.mark.parametrize(
    ("kicker", "opening"),
    [
        ("Lokales", "Düsseldorf. "),  # the place is never named again, nor alone on a line
        ("Nachts", "Nachts. "),  # the word is written in lower case in the story ("nachts"): no proper name
    ],
)
def test_no_stop_closed_dateline_without_the_place_named(kicker: str, opening: str) -> None:
    assert parse_text(_german(kicker, opening)).dateline is None


# ---------------------------------------------- a press release's label; a date line over the headline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pressemitteilung Nr. 112 vom 3. März 2026", "2026-03-03"),
        ("Press release No. 12/26 of 3 March 2026", "2026-03-03"),
        ("Communiqué de presse du 3 mars 2026", "2026-03-03"),
        ("Persbericht van 3 maart 2026", "2026-03-03"),
    ],
)
def test_a_press_releases_label_dates_its_line(line: str, expected: str) -> None:
    assert _dates(line) == [("published", expected)]


@pytest.mark.parametrize(
    "line", ["Comunicado No. 41/26", "Press release", "Press release: new ferry rules from 3 March 2026"]
)
def test_a_press_releases_label_without_a_date_or_with_a_sentence(line: str) -> None:
    assert _dates(line) is None


def test_a_date_line_over_the_headline_is_no_headline() -> None:
    text = "Pressemitteilung Nr. 112 vom 3. März 2026\n\n" + _article()
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == _HEADLINE
    assert article.published is not None and article.published.date.value == "2026-03-03"


def test_a_headline_holding_a_date_stays_the_headline() -> None:
    text = "Ferry strike called for 3 March 2026\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == "Ferry strike called for 3 March 2026"


# --------------------------------------------------------------------------- time zones


@pytest.mark.parametrize(
    ("line", "value", "text"),
    [
        ("2026-03-12 HKT 14:05", "2026-03-12T14:05:00+08:00", "2026-03-12 HKT 14:05"),  # the zone first
        ("12 Mar 2026 WIB 09:30", "2026-03-12T09:30:00+07:00", "12 Mar 2026 WIB 09:30"),
        ("12.03.2026, 14:05 MEZ", "2026-03-12T14:05:00+01:00", "12.03.2026, 14:05 MEZ"),
        ("12. Juli 2026, 14:05 Uhr MESZ", "2026-07-12T14:05:00+02:00", "12. Juli 2026, 14:05 Uhr MESZ"),
        # a North American zone without its letter for winter or summer: read, but no offset guessed
        ("Mar. 12, 2026 3 AM PT", "2026-03-12", "Mar. 12, 2026 3 AM PT"),
        ("Mar. 12, 2026 5:02 a.m. ET", "2026-03-12", "Mar. 12, 2026 5:02 a.m. ET"),
    ],
)
def test_a_zone_before_the_time_or_without_an_offset(line: str, value: str, text: str) -> None:
    found = match_date(line)
    assert found is not None and (found.value, line[found.start : found.end]) == (value, text)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("3 mars 2026 à 14h30 et 15h", "3 mars 2026 à 14h30"),  # French "et" is no zone
        ("Mar. 12, 2026 5:02 a.m. CTV News", "Mar. 12, 2026 5:02 a.m."),  # a word that opens with the letters
        ("12. Juli 2026, 14:05 Uhr", "12. Juli 2026, 14:05"),  # "Uhr" kept out without a zone after it
    ],
)
def test_no_zone_read_from_other_words(line: str, text: str) -> None:
    found = match_date(line)
    assert found is not None and line[found.start : found.end] == text


# ----------------------------------------------------------------------- the word before a dateline's date


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        (
            "Bruxelles, le 12 mars 2026 – La Commission a proposé mardi une nouvelle règle sur les ferries.",
            "Bruxelles",
            "2026-03-12",
        ),
        (
            "Roma, lì 12 marzo 2026 - Il governo ha approvato ieri la riforma dei traghetti.",
            "Roma",
            "2026-03-12",
        ),
        ("LYON, le 12 mars 2026 - Le conseil a voté mardi la hausse des tarifs.", "LYON", "2026-03-12"),
    ],
)
def test_a_word_before_the_datelines_date(paragraph: str, place: str, date: str) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is not None and dateline.place is not None and dateline.date is not None
    assert (dateline.place.text, dateline.date.value) == (place, date)


def test_the_word_without_a_date_after_it_is_no_dateline() -> None:
    paragraph = "PARIS, le maire a dit - rien de plus ce soir."
    assert find_dateline(paragraph, 0, len(paragraph)) is None


# --------------------------------------------------------------------------- a wire's name in lower case


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("Wien (apa) - Die Regierung hat am Dienstag beschlossen, die Steuer zu senken.", "Wien", "apa"),
        ("BERLIN (afp) - Die Regierung hat am Dienstag beschlossen, die Steuer zu senken.", "BERLIN", "afp"),
        ("PARIS, le 12 mars 2026 (afp) - Le gouvernement a annoncé mardi une réforme.", "PARIS", "afp"),
    ],
)
def test_a_wires_name_in_lower_case(paragraph: str, place: str, agency: str) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is not None and dateline.place is not None and dateline.agency is not None
    assert (dateline.place.text, dateline.agency.text) == (place, agency)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wien (laut Polizei) - Die Regierung hat am Dienstag beschlossen, die Steuer zu senken.",
        "Jane Doe (editor) - the council met on Monday to discuss the ferry timetable.",
    ],
)
def test_words_in_lower_case_in_brackets_are_no_wire(paragraph: str) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is None or dateline.agency is None


# --------------------------------------------------------------------------- counters beside a date line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 March 2026 | 1,204 views", "2026-03-12"),
        ("12 March 2026 14:05 | 345 views | 3 comments", "2026-03-12"),
        ("Published 12 March 2026 · 3 min read · 14 comments", "2026-03-12"),
        ("12.03.2026, 14:05 Uhr | Kommentare: 3", "2026-03-12"),
        ("Thứ năm, 12/03/2026, 10:42 | 1.2k lượt xem", None),  # (a date the language leaves ambiguous)
        ("Jumat, 27 Nov 2026 14:05 WIB | 2.310 kali dibaca", "2026-11-27T14:05:00+07:00"),
    ],
)
def test_counters_beside_a_date_line(line: str, expected: str | None) -> None:
    found = _dates(line)
    assert (found[0][1] if found else None) == expected


@pytest.mark.parametrize("line", ["1,204 views", "3 comments", "12 March 2026 | 1,204 people attended"])
def test_a_counter_alone_or_a_sentence_is_no_date_line(line: str) -> None:
    assert _dates(line) is None


# --------------------------------------------------------------------------- a label and only a time


@pytest.mark.parametrize(
    "line",
    [
        "Bijgewerkt om 14.32 uur",
        "Aktualisiert: 14:32 Uhr",
        "Updated 16:05 GMT",
        "Mis à jour à 14h32",
        "Päivitetty klo 14.32",
    ],
)
def test_a_label_and_only_a_time_is_a_date_line_without_a_date(line: str) -> None:
    block = read_date_block(line, 0, len(line))
    assert block is not None and block.dates == () and block.rule == "date-line-without-calendar-date"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gepubliceerd 12 maart 2026 14.32 uur", "2026-03-12"),
        ("Frissítve: 2026. március 12. 14:32 órakor", "2026-03-12"),
    ],
)
def test_the_word_after_a_time_beside_a_date(line: str, expected: str) -> None:
    assert [value for _, value in _dates(line) or []] == [expected]


@pytest.mark.parametrize("line", ["Bijgewerkt uur", "uur", "Aktualisiert Uhr"])
def test_the_word_after_a_time_without_one(line: str) -> None:
    assert _dates(line) is None


# --------------------------------------------------------------------------- more date lines' shapes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Udgivet 12. mar. 2026 kl. 07.15", ("published", "2026-03-12")),
        ("Kemaskini: 12 Mac 2026, 4:12 PM", ("updated", "2026-03-12")),
        ("Ilichapishwa: Machi 12, 2026", ("published", "2026-03-12")),
        ("Vydáno 12. března 2026 v 14:32", ("published", "2026-03-12")),
        ("Issued: 12 March 2026", ("published", "2026-03-12")),
        ("Thứ Sáu, ngày 27/03/2026 - 10:42", ("date", "2026-03-27")),
        ("Objavljeno: 12. 3. 2026. u 14:32", ("published", "2026-03-12")),
    ],
)
def test_more_date_lines(line: str, expected: tuple[str, str]) -> None:
    assert _dates(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Issued a warning on 12 March 2026",
        "Ngày hội 12/03/2026 diễn ra tại Hà Nội",
        "Tickets 3. 4. 2026 sold out",
    ],
)
def test_more_date_lines_leave_sentences_alone(line: str) -> None:
    assert _dates(line) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "agency"),
    [
        (
            "São Paulo, 27/03/2026 - O governo anunciou ontem a reforma do transporte.",
            "São Paulo",
            "2026-03-27",
            None,
        ),
        (
            "Rabat, 27/03/2026 (MAP) - Le gouvernement a annoncé mardi une réforme.",
            "Rabat",
            "2026-03-27",
            "MAP",
        ),
    ],
)
def test_a_datelines_date_written_with_slashes(
    paragraph: str, place: str, date: str, agency: str | None
) -> None:
    dateline = find_dateline(paragraph, 0, len(paragraph))
    assert dateline is not None and dateline.place is not None and dateline.date is not None
    found = (dateline.place.text, dateline.date.value, dateline.agency.text if dateline.agency else None)
    assert found == (place, date, agency)


def test_numbers_with_a_slash_in_a_sentence_are_no_dateline() -> None:
    paragraph = "24/7 coverage - the council said on Tuesday that the ferry would sail once a day."
    assert find_dateline(paragraph, 0, len(paragraph)) is None
