"""The labels news pages put before a writer's name, a photographer's and a date, in every language the
reader knows: one table by language, each reader taking the concept it needs.

- ``by``: the word before the writer's name (``By``, ``Von``, ``Deur``), capitalised as a byline opens it;
  ``byline`` and ``frontline`` read it only before a line that is nothing but names, so a sentence opening
  with the same word (``Por la mañana…``, ``Von Montag an…``) is left alone.
- ``author``: a role label before a colon (``Autor: Petr Novák``, ``Journalist: Jane Doe``).
- ``photo``: a picture credit's label before a colon (``Foto:``, ``Kuva:``), or an abbreviation written
  with its stop (``Fot.``, ``Nuotr.``) that needs no colon; ``credit`` reads it at a caption's end or on
  the credit's own line, so ``Foto`` inside prose is no label.
- ``clock``: the word before a time of day (``kl.``, ``klo``, ``pukul``), a filler of date lines.
- ``published`` / ``updated``: a date line's label (``Publicerad 3 mars 2025``, ``Actualizat:``);
  ``dateblock`` reads a line as a date line only when nothing but dates and labels is left on it.

CLDR has no such words; they are the ones each language's press uses, written here once per language.
Some words are left out on purpose: a "by" that is a common name or particle (Romanian ``De``: ``De Vries``;
Catalan and Nordic ``Per``; Swahili and Polish ``Na``).
"""

from __future__ import annotations

from archivist.parse.words import alternation

# language: (by, author, photo, published, updated); words separated by "|", a label of several words
# written with single spaces.
LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": (
        "By",
        "Author|Writer|Reporter|Journalist|Words|Text|Story|Released by",
        "Photo|Photograph|Picture|Image|Pic",
        "Published|Posted|First published",
        "Updated|Modified|Last updated|Edited",
    ),
    "de": (
        "Von",
        "Autor|Autorin|Text",
        "Foto|Bild|Fotos",
        "Veröffentlicht|Publiziert|Erstellt",
        "Aktualisiert|Geändert",
    ),
    "fr": (
        "Par",
        "Auteur|Autrice|Texte|Journaliste",
        "Photo|Crédit photo|Illustration",
        "Publié|Mis en ligne",
        "Mis à jour|Modifié",
    ),
    "es": (
        "Por",
        "Autor|Autora|Texto|Redacción",
        "Foto|Fotografía|Imagen",
        "Publicado|Publicada",
        "Actualizado|Actualizada",
    ),
    "it": (
        "Di",
        "Autore|Autrice|Testo",
        "Foto|Immagine",
        "Pubblicato|Pubblicata",
        "Aggiornato|Aggiornata|Modificato|Modificata|Modifica",
    ),
    "pt": (
        "Por",
        "Autor|Autora|Texto|Jornalista|Repórter",
        "Foto|Fotografia|Imagem",
        "Publicado|Publicada",
        "Atualizado|Atualizada|Actualizado|Actualizada",
    ),
    "nl": (
        "Door",
        "Auteur|Tekst|Verslaggever",
        "Foto|Beeld",
        "Gepubliceerd|Geplaatst",
        "Bijgewerkt|Gewijzigd",
    ),
    "da": ("Af", "Forfatter|Journalist|Tekst", "Foto|Billede", "Publiceret|Offentliggjort", "Opdateret"),
    "sv": ("Av", "Författare|Text|Reporter", "Foto|Bild", "Publicerad|Publicerat", "Uppdaterad|Uppdaterat"),
    "nb": ("Av", "Forfatter|Journalist|Tekst", "Foto|Bilde", "Publisert", "Oppdatert"),
    "fi": ("", "Kirjoittaja|Teksti|Toimittaja", "Kuva", "Julkaistu", "Päivitetty"),
    "is": ("Eftir", "Höfundur|Texti", "Mynd|Ljósmynd", "Birt", "Uppfært"),
    "et": ("", "Autor|Tekst", "Foto|Pilt", "Avaldatud", "Uuendatud"),
    "lv": ("", "Autors|Teksts", "Foto|Attēls", "Publicēts", "Atjaunināts"),
    "lt": ("", "Autorius|Autorė|Tekstas", "Nuotr.|Nuotrauka|Foto", "Publikuota|Paskelbta", "Atnaujinta"),
    "pl": (
        "Przez",
        "Autor|Autorka|Tekst",
        "Fot.|Foto|Zdjęcie|Zdj.",
        "Opublikowano|Publikacja",
        "Aktualizacja|Zaktualizowano",
    ),
    "cs": ("", "Autor|Autorka|Text", "Foto|Snímek", "Publikováno|Zveřejněno", "Aktualizováno|Aktualizace"),
    "sk": ("", "Autor|Autorka|Text", "Foto|Snímka", "Publikované|Zverejnené", "Aktualizované|Aktualizácia"),
    "sl": ("", "Avtor|Avtorica|Besedilo", "Foto|Fotografija", "Objavljeno", "Posodobljeno"),
    "hr": ("", "Autor|Autorica|Tekst", "Foto|Fotografija|Snimio|Snimila", "Objavljeno", "Ažurirano"),
    "sr": ("", "Autor|Autorka|Tekst", "Foto|Fotografija", "Objavljeno", "Ažurirano"),
    "hu": ("", "Szerző|Szöveg", "Fotó|Kép", "Közzétéve|Publikálva", "Frissítve|Frissítés"),
    "ro": ("", "Autor|Autoare|Text", "Foto|Fotografie", "Publicat", "Actualizat"),
    "sq": ("Nga", "Autor|Autore", "Foto", "Publikuar", "Përditësuar"),
    "tr": (
        "",
        "Yazar|Muhabir|Haber",
        "Fotoğraf|Foto",
        "Yayınlanma|Yayınlandı|Yayın tarihi",
        "Güncelleme|Güncellendi",
    ),
    "id": ("Oleh", "Penulis|Pewarta|Wartawan|Reporter", "Foto", "Diterbitkan|Dipublikasikan", "Diperbarui"),
    "ms": ("Oleh", "Penulis|Wartawan", "Foto|Gambar", "Diterbitkan", "Dikemas kini"),
    "tl": ("Ni", "Manunulat|Sumulat", "Larawan|Kuha ni", "Inilathala", "Na-update"),
    "vi": ("", "Tác giả", "Ảnh", "Đăng", "Cập nhật"),
    "sw": ("", "Mwandishi", "Picha", "Imechapishwa", "Imesasishwa"),
    "af": ("Deur", "Skrywer|Joernalis|Verslaggewer", "Foto", "Gepubliseer", "Bygewerk|Opgedateer"),
    "ca": ("", "Autor|Autora|Text", "Foto|Fotografia", "Publicat", "Actualitzat"),
}
# The word before a time of day (``kl. 06.30``, ``klo 8.15``, ``godz. 14:00``, ``pukul 10.00``), per language.
CLOCK: dict[str, str] = {
    "en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle|ore", "pt": "às", "nl": "om",
    "da": "kl", "sv": "kl|klockan", "nb": "kl|klokken", "fi": "klo", "is": "kl", "et": "kell", "lv": "plkst",
    "lt": "val", "pl": "godz|o godz", "cs": "v", "sk": "o", "sl": "ob", "hr": "u", "sr": "u", "hu": "",
    "ro": "ora", "sq": "ora", "tr": "saat", "id": "pukul", "ms": "jam", "tl": "alas", "vi": "lúc",
    "sw": "saa", "af": "om", "ca": "a les",
}  # fmt: skip
# The word joining the last two names of a byline (``A og B``, ``A och B``, ``A dan B``), per language. Left
# out: Tagalog ``at`` and Slovene ``in``, English's words for where a reporter is (``Jane Doe at the
# Stadium``, ``Jane Doe in Kyiv``).
AND: dict[str, str] = {
    "en": "and", "de": "und", "fr": "et", "es": "y|e", "it": "e|ed", "pt": "e", "nl": "en", "da": "og",
    "sv": "och", "nb": "og", "fi": "ja", "is": "og", "et": "ja", "lv": "un", "lt": "ir", "pl": "i|oraz",
    "cs": "a", "sk": "a", "sl": "", "hr": "i", "sr": "i", "hu": "és", "ro": "și", "sq": "dhe", "tr": "ve",
    "id": "dan", "ms": "dan", "tl": "", "vi": "và", "sw": "na", "af": "en", "ca": "i",
}  # fmt: skip
# A "by" that is also a common word or name elsewhere (Swahili ``Na``, Polish ``na`` "on"): read as the
# byline's label only in an article of its own language.
OWN_LANGUAGE_BY: dict[str, str] = {"sw": "Na"}
# The newsroom signing a story with no person's name (``Haber Merkezi``, ``Redaksi``), per language beyond
# those ``parse.byline`` names in its own pattern.
NEWSROOM: dict[str, str] = {
    "da": "Redaktionen", "sv": "Redaktionen", "nb": "Redaksjonen", "fi": "Toimitus", "is": "Ritstjórn",
    "pl": "Redakcja", "cs": "Redakce", "sk": "Redakcia", "sl": "Uredništvo", "hr": "Redakcija",
    "sr": "Redakcija", "hu": "Szerkesztőség", "ro": "Redacția|Redactia", "tr": "Haber Merkezi",
    "id": "Redaksi|Tim Redaksi", "ms": "Meja Berita", "sw": "Mwandishi Wetu", "ca": "Redacció",
}  # fmt: skip
_CONCEPTS = ("by", "author", "photo", "published", "updated")


def label_words(concept: str) -> tuple[str, ...]:
    """Every language's labels for ``concept`` (one of ``by``, ``author``, ``photo``, ``published``,
    ``updated``, ``clock``), each once, longest first (so that an alternation tries ``Last updated`` before
    ``Updated``)."""
    if concept == "clock":
        found = {word for words in CLOCK.values() for word in words.split("|") if word}
    else:
        column = _CONCEPTS.index(concept)
        found = {word for labels in LABELS.values() for word in labels[column].split("|") if word}
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def conjunction_alternation() -> str:
    """An alternation of every language's word joining two names (``AND``), each a whole word."""
    found = {word for joined in AND.values() for word in joined.split("|") if word}
    return r"\b(?:" + alternation(found) + r")\b"


def newsroom_alternation() -> str:
    """An alternation of every language's name for the newsroom signing a story (``NEWSROOM``)."""
    return alternation({word for names in NEWSROOM.values() for word in names.split("|") if word})


def own_language_words() -> str:
    """An alternation of every by-word read only in its own language (``OWN_LANGUAGE_BY``)."""
    return alternation(OWN_LANGUAGE_BY.values())


def own_language_by(language: str) -> str | None:
    """The by-word read only in an article of ``language`` (``OWN_LANGUAGE_BY``), or None."""
    return OWN_LANGUAGE_BY.get(language)


def abbreviated_labels(concept: str) -> str:
    """An alternation of ``concept``'s labels written abbreviated, with their stop (``Fot.``)."""
    return alternation(word for word in label_words(concept) if word.endswith("."))


def label_alternation(concept: str, *, capitalised: bool = False) -> str:
    """A regular expression alternation of ``concept``'s labels (a space inside one matching any white
    space). ``capitalised``: each label only as a line opens it and in capitals (``Deur``, ``DEUR``), for
    the case-sensitive byline readers."""
    spellings: list[str] = []
    for word in label_words(concept):
        spellings.extend((word, word.upper()) if capitalised else (word,))
    return alternation(spellings)
