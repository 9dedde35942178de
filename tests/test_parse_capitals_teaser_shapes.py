"""A link to another story set between the paragraphs under a label in capitals, in any language and
closed by a colon, a dash or a bar set apart (``READ MORE - …``, ``LIES OCH: …``, ``VAKIO KOA: …``,
``ЧИТАЙТЕ ТАКЖЕ | …``): a related link, never a paragraph, and its label no dateline's place (the paragraphs
over it no standfirst). A paragraph opening with its place in capitals ends its sentence with a stop; a
subhead in capitals is capitals throughout (``archivist.parse.related``, ``archivist.parse.front``)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.related import capitals_teaser

# (language, headline, two paragraphs, the link's line, subhead, two paragraphs)
PAGES = [
    (
        "en",
        "Council backs new bridge",
        "The council voted on Tuesday to build a new bridge across the river at a cost of $40 million.",
        "Work is expected to begin in spring and finish before the end of next year, the mayor said.",
        "READ MORE - Ferry service to resume between the islands in January",
        "Residents relieved",
        "Residents have waited more than twenty years for a new "
        "crossing, as the old one has long been closed.",
        "Shop owners said the bridge would bring back customers who now drive to the next town.",
    ),
    (
        "lb",
        "Gemeng stëmmt fir nei Bréck",
        "D'Gemengerot huet en Dënschdeg decidéiert, eng nei Bréck iwwer d'Sauer ze bauen, fir 12 Milliounen "
        "Euro.",
        "D'Aarbechte sollen am Fréijoer ufänken an Enn d'nächst Joer fäerdeg sinn, sot de Buergermeeschter.",
        "LIES OCH: Neie Busplang fir de ganze Kanton ab Januar",
        "D'Awunner si frou",
        "D'Awunner hunn zanter méi wéi zwanzeg Joer op eng nei Bréck gewaart, well déi al laang zou ass.",
        "D'Geschäftsleit soen, d'Bréck géif hinnen Clienten zréckbréngen, déi elo an d'Nopeschstad fueren.",
    ),
    (
        "mg",
        "Hanorina tetezana vaovao",
        "Nanapa-kevitra ny kaonseily ny talata fa hanorina tetezana vaovao eo ambonin'ny renirano izy ireo.",
        "Hanomboka amin'ny lohataona ny asa ary ho vita alohan'ny "
        "faran'ny taona ho avy, hoy ny ben'ny tanàna.",
        "VAKIO KOA – Hiverina amin'ny volana janoary ny sambo mampita eo amin'ny nosy",
        "Faly ny mponina",
        "Efa roapolo taona mahery no niandrasan'ny mponina tetezana vaovao satria efa ela no nikatona ilay "
        "taloha.",
        "Nilaza ireo mpivarotra fa hamerina ny mpanjifa ny tetezana vaovao.",
    ),
    (
        "ru",
        "Совет одобрил строительство моста",
        "Городской совет во вторник одобрил строительство нового моста через реку стоимостью 40 миллионов "
        "рублей.",
        "Работы начнутся весной и завершатся до конца следующего года, сообщил мэр города.",
        "ЧИТАЙТЕ ТАКЖЕ | Паромное сообщение между островами возобновится в январе",
        "Жители довольны",
        "Жители ждали новой переправы более двадцати лет, так как старый мост давно закрыт.",
        "Владельцы магазинов говорят, что мост вернёт покупателей, которые сейчас ездят в соседний город.",
    ),
]


@pytest.mark.parametrize("page", PAGES, ids=[page[0] for page in PAGES])
def test_capitals_label_link_between_paragraphs(page: tuple[str, ...]) -> None:
    _, headline, first, second, link, subhead, third, fourth = page
    article = parse_text("\n".join([headline, first, second, link, subhead, third, fourth]) + "\n")
    assert article.summary is None  # (the label is no dateline's place: no standfirst over it)
    assert [p.text for p in article.paragraphs] == [first, second, third, fourth]
    assert [s.heading.text if s.heading else None for s in article.sections] == [None, subhead]
    assert len(article.related) == 1
    label = article.related[0].heading
    assert label is not None and label.text.isupper() and not label.text.endswith(" ")


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE - Ferry service to resume between the islands in January",
        "LIES OCH – Neie Busplang fir de ganze Kanton ab Januar",
        "ЧИТАЙТЕ ТАКЖЕ | Паромное сообщение между островами возобновится",
        "ALSO READ: Saleyards upgrade on track for February opening",
    ],
)
def test_capitals_teaser(line: str) -> None:
    assert capitals_teaser(line)


@pytest.mark.parametrize(
    "line",
    [
        "LONDON - The mayor said work would begin in spring and the bridge would open in two years.",
        "PARIS: Le maire a annoncé mardi que les travaux commenceraient au printemps.",
        "WHAT HAPPENS NEXT - A TIMELINE OF THE WORKS",
        "UK - bridge",
        "Read more - Ferry service to resume between the islands in January",
    ],
)
def test_no_capitals_teaser(line: str) -> None:
    assert not capitals_teaser(line)


def test_dateline_paragraph_in_capitals_stays_dateline() -> None:
    """``LONDON - <a sentence closed by its stop>``: the dateline's paragraph, no link."""
    lede = "LONDON - The council voted on Tuesday to build a new bridge across the river for £40 million."
    rest = "Work is expected to begin in spring and finish before the end of next year, the mayor said."
    article = parse_text("\n\n".join(["Council backs new bridge", lede, rest]) + "\n")
    assert article.related == ()
    assert article.dateline is not None
    assert len(article.paragraphs) == 2
