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


# The page's buttons a copy to text carries along, by language: share, save, print, copy the link, listen
# (read aloud). A block that is nothing but one of them (``Del artikel``, ``Compartir en Whatsapp``,
# ``Écouter``) is page furniture (``archivist.parse.furniture``).
BUTTONS: dict[str, str] = {
    "en": "Share|Share this|Share this story|Share this article|Share full article|Share via|Share article"
    "|Save|Save article|Save story|Bookmark|Print|Copy link|Gift this article|Gift article|Listen"
    "|Listen to this article|Listen to this story|Click here to share on social media|Share on social media",
    "de": "Teilen|Artikel teilen|Merken|Drucken|Link kopieren|Artikel anhören|Vorlesen|Anhören",
    "fr": "Partager|Enregistrer|Imprimer|Copier le lien|Écouter|Écouter cet article|Écouter l'article",
    "es": "Compartir|Guardar|Imprimir|Copiar enlace|Copiar link|Escuchar|Escuchar noticia|Escucha la noticia"
    "|Escuchar este artículo|Escuchar artículo",
    "it": "Condividi|Salva|Stampa|Copia link|Ascolta|Ascolta l'articolo|Ascolta articolo",
    "pt": "Compartilhar|Partilhar|Salvar|Guardar|Imprimir|Copiar link|Ouvir|Ouvir notícia|Ouvir artigo",
    "nl": "Delen|Deel|Deel artikel|Opslaan|Bewaren|Kopieer link|Luister|Voorlezen",
    "da": "Del|Del artikel|Gem|Kopiér link|Læs op|Lyt|Lyt til artiklen",
    "sv": "Dela|Dela artikeln|Spara|Kopiera länk|Lyssna|Lyssna på artikeln",
    "nb": "Del|Del artikkel|Del saken|Lagre|Kopier lenke|Lytt|Lytt til artikkelen",
    "fi": "Jaa|Jaa artikkeli|Tallenna|Kopioi linkki|Kuuntele",
    "pl": "Udostępnij|Zapisz|Drukuj|Kopiuj link|Posłuchaj|Słuchaj|Posłuchaj artykułu",
    "cs": "Sdílet|Uložit|Tisk|Kopírovat odkaz|Poslechnout|Poslechněte si článek",
    "id": "Bagikan|Simpan|Salin tautan|Dengarkan|Dengarkan berita",
    "ms": "Kongsi|Simpan|Salin pautan|Dengar",
    "tl": "Ibahagi|I-share",
    "sw": "Shiriki|Sikiliza",
    "tr": "Paylaş|Kaydet|Yazdır|Bağlantıyı kopyala|Dinle|Haberi dinle",
}
# The teaser labels a page sets over links to its other stories inside or under the body, by language
# (``archivist.parse.related``).
RELATED: dict[str, str] = {
    "en": "Related|Related stories|Related articles|Related content|Related coverage|Related links"
    "|Related news|Related reading|Related topics|See also|Read more|Read also|Also read|More on this"
    "|More on this story|More on this topic|More stories|Further reading|Read next|Don't miss|Must read"
    "|You may also like|Recommended|Watch|Listen",
    "de": "Lesen Sie auch|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel",
    "fr": "Voir aussi|Lire aussi|À lire aussi|Lire également|À lire également|Sur le même sujet",
    "es": "Ver también|Lee también|Lea también|Leer más|Te puede interesar|Le puede interesar|Mira"
    "|Mira también|Noticias relacionadas|Más información",
    "it": "Leggi anche|Leggi pure|Potrebbe interessarti|Articoli correlati",
    "pt": "Veja também|Leia também|Leia mais|Saiba mais|Relacionadas",
    "nl": "Lees ook|Lees meer|Meer over dit onderwerp",
    "da": "Læs også|Læs mere",
    "sv": "Läs också|Läs mer",
    "nb": "Les også|Les mer",
    "fi": "Lue myös|Lue lisää",
    "pl": "Czytaj więcej|Czytaj też|Czytaj także|Zobacz też|Zobacz także|Przeczytaj też",
    "cs": "Čtěte také|Přečtěte si také|Související",
    "id": "Baca juga|Baca selengkapnya|Berita terkait|Simak juga",
    "ms": "Baca juga|Baca lagi|Berita berkaitan",
    "tl": "Basahin din|Basahin",
    "sw": "Soma pia|Soma zaidi",
    "tr": "İlgili haberler|Ayrıca okuyun",
}
# A picture credit's phrase "photo by" before the photographer's name, by language (``Picha na Jane Doe``,
# ``Foto di Jane Doe``, ``Kuha ni Juan``): read by ``archivist.parse.creditwords`` after a caption.
PHOTO_BY: dict[str, str] = {
    "en": "Photo by|Photograph by|Picture by|Pic by|Image by|Photos by",
    "de": "Foto von|Bild von",
    "fr": "Photo de|Photo par",
    "es": "Foto de|Fotografía de",
    "it": "Foto di",
    "pt": "Foto de|Fotografia de",
    "nl": "Foto van|Foto door",
    "tl": "Kuha ni|Larawan ni",
    "sw": "Picha na|Picha kwa hisani ya",
    "id": "Foto oleh",
    "ms": "Gambar oleh|Foto oleh",
}
# The rights notice closing a story in each language, with or without a copyright mark (``© RIPRODUZIONE
# RISERVATA``, ``Alle Rechte vorbehalten``): the sign-off (``archivist.parse.signoff``).
RIGHTS_RESERVED: dict[str, str] = {
    "en": "All rights reserved|All Rights Reserved",
    "de": "Alle Rechte vorbehalten",
    "fr": "Tous droits réservés|Reproduction interdite",
    "es": "Todos los derechos reservados|Prohibida su reproducción",
    "it": "Riproduzione riservata|Tutti i diritti riservati",
    "pt": "Todos os direitos reservados",
    "nl": "Alle rechten voorbehouden",
    "da": "Alle rettigheder forbeholdes",
    "sv": "Alla rättigheter förbehållna",
    "nb": "Alle rettigheter reservert",
    "pl": "Wszelkie prawa zastrzeżone",
    "cs": "Všechna práva vyhrazena",
    "id": "Hak cipta dilindungi undang-undang",
}


def table_words(table: dict[str, str]) -> tuple[str, ...]:
    """Every language's words in ``table`` (one of the tables above), each once, longest first."""
    found = {word for entry in table.values() for word in entry.split("|") if word}
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


# --- round 18: pagecredit
# A player reading the story aloud in either of the site's languages ("Listen In English" over "Listen In
# Arabic"): the page's buttons, never a caption's credit or a second author under the byline.
BUTTONS["en"] += "|Listen in English|Listen in Arabic"
# The page's short link offered for sharing ("Short Url" over "https://…"): no caption's credit.
BUTTONS["en"] += "|Short Url|Short URL|Short link"
# Portuguese pages' listen and gift buttons ("Ouça este artigo", "Oferecer artigo").
BUTTONS["pt"] += "|Ouça este artigo|Oferecer artigo"
