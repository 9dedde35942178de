"""Sign-offs of a writer signing her story by hand (``signoff._SIGNOFF_16``): her initials each closed by a
stop, her lower-case tag in brackets with the letters of her language, her name with her address. Articles
written for this test, in several languages."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text

_STORIES = {
    "fr": "Les pirogues de Kayar restent à quai\n\nPar Awa Ndiaye\n\n18 juin 2025\n\n"
    "Les quelque six cents pirogues du quai de pêche resteront à terre jusqu'au 28 juin, dit le comité.\n\n"
    "La mesure concerne toutes les embarcations immatriculées à Kayar et celles venues de Saint-Louis.\n\n"
    "Les mareyeuses craignent une flambée des prix sur les marchés de Dakar et de Thiès dès la semaine.\n\n",
    "de": "Westbahn bei Melk gesperrt\n\nVon Lukas Huber\n\n23. Jänner 2025\n\n"
    "Die Bahn sperrt die Westbahn zwischen St. Pölten und Amstetten von Montag an für neun Tage.\n\n"
    "Die Railjets werden in dieser Zeit über die Neue Westbahn durch den Tunnel umgeleitet, heisst es.\n\n"
    "Für die Regionalzüge wird ein Ersatzverkehr mit sechsunddreissig Bussen eingerichtet.\n\n",
    "es": "Suben las tarifas del agua en Lima\n\nPor Rosa Quispe\n\n3 de marzo de 2025\n\n"
    "La Superintendencia aprobó un aumento de las tarifas del agua potable para los próximos cinco años.\n\n"
    "El incremento será de un cuatro por ciento anual y se aplicará desde el recibo del mes de abril.\n\n"
    "Los usuarios con tarifa social mantendrán el descuento vigente, según informó la empresa.\n\n",
    "en": "Ferry fares to rise in April\n\nBy Kate Moran\n\n3 March 2025\n\n"
    "Fares on the harbour ferry will rise by 40 cents from April, the council confirmed on Monday.\n\n"
    "Councillors said the increase was needed to pay for two new vessels ordered last year from a yard.\n\n"
    "Commuters who use a monthly pass will not pay more until July, when the pass price is reviewed.\n\n",
}


@pytest.mark.parametrize(
    ("language", "signoff"),
    [
        ("fr", "Y.B."),
        ("fr", "J.-P. M."),
        ("fr", "A. NDIAYE (andiaye@kayar-info.sn)"),
        ("de", "(hör)"),
        ("de", "(lh)"),
        ("es", "R.Q.C."),
        ("es", "Rosa Quispe – rquispe@diariolima.pe"),
        ("en", "Kate Moran (kmoran@harbournews.co.nz)"),
    ],
)
def test_a_hand_signed_line_is_the_signoff(language: str, signoff: str) -> None:
    article = parse_text(_STORIES[language] + signoff + "\n")
    assert article.signoff is not None and article.signoff.text == signoff
    assert sum(len(section.paragraphs) for section in article.sections) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Kate Moran said the ferry would run on time. Contact her at kmoran@harbournews.co.nz.",
        "The Harbour Trust has 14 members.",
    ],
)
def test_a_sentence_is_no_signoff(line: str) -> None:
    article = parse_text(_STORIES["en"] + line + "\n")
    assert article.signoff is None or article.signoff.text != line


def test_the_same_name_and_address_under_the_headline_is_the_byline() -> None:
    story = _STORIES["en"].replace("By Kate Moran", "Kate Moran (kmoran@harbournews.co.nz)")
    article = parse_text(story)
    assert article.byline is not None and article.byline.text.startswith("Kate Moran")
    assert article.signoff is None
