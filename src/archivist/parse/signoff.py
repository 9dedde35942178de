"""Wire sign-offs that close an article: ``Reuter``, ``(END)``, ``-- ends --``, ``###``, ``-30-``, and the
desk's credits (``Reporting by Jane Doe; Editing by John Roe``, ``Additional reporting by Jane Doe``)."""

from __future__ import annotations

import re

from archivist.parse.agencies import AGENCY_ALTERNATION, AGENCY_NAMES, is_publication
from archivist.parse.creditwords import COLON_LABEL
from archivist.parse.labelwords import CONTACTS, CORRECTION_LABELS, RIGHTS_RESERVED, table_words
from archivist.parse.related import is_related_label
from archivist.parse.words import EMAIL, EMAIL_ADDRESS, alternation, case_spellings, words

# Capitals of the Latin, Cyrillic and Greek alphabets, for initials in any of them (with Latin Extended-A's
# capitals: "ČTK", "ŁRN", "ŞT": Central European and Turkish wires' initials hold them; that block alternates
# capitals and small letters, so they are listed one by one).
_CAPITAL = "A-ZÀ-ÖØ-Þ\u0400-\u042f\u0391-\u03a9" + "".join(
    chr(code) for code in range(0x100, 0x180) if chr(code).isupper()
)
# Initials in the scripts without capitals: one to four letters each standing alone, set apart by spaces or
# closed by stops ("ن ش", "ن.ش", "ע.ל"), or a Hebrew acronym's gershayim before its last letter ("ע״ל",
# 'ע"ל'), so that no word of a sentence reads as one. The scripts: Arabic's (Arabic, Persian, Pashto, Urdu,
# Kurdish, Uyghur), Hebrew's, Georgian's ("ნ.ბ.").
_UNCASED_LETTER = "[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc\u05d0-\u05ea\u10d0-\u10fa]"
_LONE_LETTERS = rf"{_UNCASED_LETTER}\.?(?:(?:\s|\.\s?|[\"״]){_UNCASED_LETTER}\.?){{0,3}}(?!\w)"
_TWO_LONE_LETTERS = _LONE_LETTERS.replace("{0,3}", "{1,3}")  # (one writer's: two letters or more)
# between the reporter's initials and the editor's: a slash (two for some desks), or a dash set apart
_INITIALS_JOIN = r"\s*(?://?|[-–]\s)\s*"
_SIGNOFF = (
    r"(?:Reuters?|REUTERS?|\(?END\)?|\(?ENDS?\)?|Ends|\(ends?\)|[-–—]+\s*ends?\s*[-–—]+|[-–—]+\s*END\s*[-–—]+"
    r"|#{3,}|[-–—]\s*30\s*[-–—]|\(?[Ee]nd of (?:story|text)\)?|\*{3,}\s*END\s*\*{3,}|\(?[Ff]in\)?|\(?FIN\)?"
    r"|Enditem|ENDITEM"  # Xinhua's end mark
    r"|[-–—]{2,}\s*\w{2,4}/\w{2,4}|[A-Za-z]{2,4}/[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})?"
    # "kw/sms (dpa, epd)": the editors' initials with the agencies whose copy the story used.
    r"(?:\s*\(\s*[A-Za-z]{2,8}(?:\s*,\s*[A-Za-z]{2,8}){0,5}\s*\))?"
    # "/cb", "Enditem/ka", "ENDS/jd": an editor's initials after a slash, alone or after the end word: a
    # mark holding no word of a sentence.
    r"|(?:Enditem|ENDITEM|ENDS?|[Ee]nds?)?\s*/\s*[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){0,2}"
    # "-- BERNAMA", "— AFP", "– TIMES/NA": a dash, then one word in capitals (or the paper's and the agency's
    # names joined by slashes) alone on the last line: the wire's name.
    # "….PACNEWS", "...PINA": an ellipsis before it, as the Pacific wires set it.
    r"|(?:[-–—]{1,2}|…\.?|\.{3,4})\s*[A-Z]{2,12}(?:/[A-Z]{2,12})*"
    # "==Kyodo", "— Kyodo News", "== AFP": a dash or a run of equals signs, then the wire's name (a listed
    # agency in any case; after "==", which opens no sentence, any capitalised name of one or two words)
    rf"|(?:[-–—]{{1,2}}|={{1,3}})\s*(?:{AGENCY_ALTERNATION})|={{2,3}}\s*[A-Z][\w-]{{1,15}}(?:\s+[A-Z][\w-]{{1,15}})?"
    # "EFE mrp/jlg": the agency, then its operators' initials in lower case joined by slashes; "mkr/ par/",
    # "mkr/": the operators' initials each closed by a slash (PAP's slugs); "BSS/SSS/MAS/1840 hrs": the
    # agency and its desk's initials in capitals joined by slashes, then the hour the copy was filed
    rf"|(?:{AGENCY_ALTERNATION})\s+[a-z]{{2,4}}(?:\s?/\s?[a-z]{{2,4}}){{1,3}}/?"
    r"|[a-z]{2,4}/(?:\s?[a-z]{2,4}/){0,3}"
    r"|[A-Z]{2,5}(?:/[A-Z]{2,5}){1,5}(?:/\d{3,4}\s?(?:hrs?|HRS?))?"
    # "(END) RQC/MVR", "ENDS AB/CD": the end word, then the desk's initials
    # "(FIN) JRC/MAO": the Spanish-language wires' end word, then the same initials
    r"|(?:\(END\)|\(ENDS?\)|ENDS?|Enditem|ENDITEM|\(FIN\)|FIN)\s+[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){0,3}"
    # "PTI ABH RC": the agency with its desk's initials in capitals; "भाषा सुरेश अजय": PTI's Hindi service
    # with its desk's given names in Devanagari, as it signs its copy
    rf"|(?:{AGENCY_ALTERNATION})(?:(?:\s+[A-Z]{{2,4}}){{1,4}}|(?:\s+[\u0900-\u097f]{{2,12}}){{1,4}})"
    # "/JD/", "/AB/CD/": an editor's initials in capitals between slashes, a mark no sentence holds; in any
    # alphabet's capitals ("/ВС/": Bulgaria's and Serbia's wires sign in Cyrillic)
    rf"|/[{_CAPITAL}]{{2,4}}(?:/[{_CAPITAL}]{{2,4}}){{0,2}}/"
    # "ACR // JMR", "ВС/ЛН": the reporter's and the editor's initials joined by one slash or two, spaced or
    # not (Lusa's slug, and the same in Cyrillic): capitals and slashes alone, no sentence's words
    rf"|[{_CAPITAL}]{{2,5}}(?:\s*//?\s*[{_CAPITAL}]{{2,5}}){{1,5}}"
    # "۷۲۷۴/۶۱۵۳": Iran's agencies' codes of the reporter and the editor in Persian (or Arabic) digits, joined
    # by a slash; "انتهای پیام" ("end of the message", ISNA's end mark), "//انتهى//" ("ended", the Arab
    # agencies' end word between slashes)
    r"|[۰-۹٠-٩]{2,6}(?:\s?/\s?[۰-۹٠-٩]{2,6}){1,3}|انتهای\s+پیام\s*/?|/{0,2}\s*انتهى\s*/{0,2}"
    # "ن ش / م ز", "ע.ל / ד.כ": the reporter's and the editor's initials in a script without capitals
    # (Arabic's, Persian's, Pashto's, Urdu's, Hebrew's), each a letter alone (spaced or closed by a stop), the
    # two joined by a slash, as the agencies writing those scripts sign their copy: no sentence's words
    # (a dash set apart may join them too, "ع.ح - م.ر", and the slug may stand in brackets, "(ع ح/م ر)", one
    # writer's initials alone in them too, "(ن ش)", as Latin capitals' "(JD)")
    rf"|{_LONE_LETTERS}(?:{_INITIALS_JOIN}{_LONE_LETTERS}){{1,3}}"
    rf"|\((?:{_LONE_LETTERS}(?:{_INITIALS_JOIN}{_LONE_LETTERS}){{1,3}}|{_TWO_LONE_LETTERS})\)"
    # "(JD)", "(XNA)": the writer's or the agency's initials in brackets alone under the story; "(fas/imk)":
    # the writer's and the editor's in lower case
    # "(sch, mag)", "(ap, jk)": the same joined by a comma, as Slovak and Czech dailies sign agency copy
    rf"|\([{_CAPITAL}]{{2,5}}\)|\([a-zß-ÿĀ-ž]{{2,4}}(?:\s*[/,]\s*[a-zß-ÿĀ-ž]{{2,4}}){{1,3}}\)"
    # "kol mha": the reporter's and the editor's abbreviations in lower case, alone under the story
    r"|[a-z]{2,4}(?:\s+[a-z]{2,4}){1,3}"
    # "—VBL, GMA Integrated News": the desk's initials after a dash, then the newsroom's name
    r"|[-–—]{1,2}\s*[A-Z]{2,5}(?:/[A-Z]{2,5})*,\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}"
    # "*Estagiária sob supervisão de Jane Doe": the footnote to a name starred in the byline
    r"|\*(?=[^\s*])[^\r\n*]{3,200})"
)
# The marks a wire or a site runs on after the story's last sentence or sets alone under it: Xinhua's
# "Enditem" (perhaps with the desk's initials after a slash), an agency's name after a slash ("/IANS"), and a
# dash before the site's own name written as its web address ("– Rappler.com", "— Inquirer.net").
_SITE_ADDRESS = r"[A-Za-z][\w-]{1,30}\.(?:com|net|org|ph|in|my|sg|id|ng|co\.\w\w|com\.\w\w)"
_RUN_ON_MARK = (
    r"(?:Enditem|ENDITEM)(?:/[A-Za-z]{2,4})?"
    r"|/\s?[A-Z]{2,6}"
    # "… did not respond to requests for comment. /cb": the desk editor's initials in lower case after a
    # slash, as Philippine papers close their copy (no sentence goes on in a slash and two letters)
    r"|/[a-z]{2,4}(?:/[a-z]{2,4}){0,2}"
    rf"|[-–—]{{1,2}}\s*{_SITE_ADDRESS}"
    # "… the ministry said. —IANS", "… on Friday. (Xinhua)": a listed agency's name after a dash or in
    # brackets, after the last sentence's stop (a person's name there, "— John Smith", is no agency's)
    rf"|[-–—]{{1,2}}\s*(?:{AGENCY_ALTERNATION})|\((?:{AGENCY_ALTERNATION})\)"
    # "… the water charge structure. PTI SPK NSK": the agency's name, then its desk's initials in capitals
    # (a sentence does not go on in initials after its stop); "… bei der Schlichtungsstelle. (Lukas Hainzl,
    # 20.1.2026)": the writer's name and the day, in brackets, as a paper signs its story at its foot
    rf"|(?:{AGENCY_ALTERNATION})(?:\s+[A-Z]{{2,4}}){{1,4}}"
    r"|\([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3},\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)"
)
# Alone under the story: "(Xinhua)", "(Reuters)": a listed agency in brackets; "— CNA/ng": the agency after a
# dash with the editor's initials in lower case after a slash.
# "(ANSA).": the agency in brackets closed by a stop, as ANSA signs its copy.
_AGENCY_MARK_ALONE = rf"\((?:{AGENCY_ALTERNATION})\)\.?|[-–—]{{1,2}}\s*[A-Z]{{2,12}}/[a-z]{{2,4}}"
# "AAP": a listed agency's name alone under the story; "(kbr)": the writer's initials in lower case in
# brackets; "--oo0oo--", "-oOo-": a government bulletin's end ornament (letters o and noughts between dashes).
# (The agency's name is looked up as a string, not tried as a pattern on every closing block.)
_SIGNOFF_16 = (
    r"\([a-zß-öø-ÿ]{2,5}\)|[-–—=~*]{1,3}\s*[oO0]{3,7}\s*[-–—=~*]{1,3}"
    # "Y.B.", "K.M.", "J.-P. M.": the writer's initials, each closed by its stop, alone under the story, as
    # French-, Spanish- and Portuguese-language papers sign (in any alphabet's capitals)
    rf"|[{_CAPITAL}]\.(?:[\s-]{{0,2}}[{_CAPITAL}]\.){{1,3}}"
)
# "A. DIOUF (adiouf@example.sn)", "Jane Doe – jdoe@example.com": the writer's name, then her address in
# brackets or after a comma or a dash, alone under the story (under the headline, the same line is the
# byline: only the story's closing blocks are tried, ``signed_with_address``)
_NAME_ADDRESS = re.compile(
    rf"[{_CAPITAL}][\w.'’-]*(?:\s+[{_CAPITAL}][\w.'’-]*){{0,3}}\s*(?:\(\s*{EMAIL_ADDRESS}\s*\)"
    rf"|[,–—-]\s*{EMAIL_ADDRESS})"
)
_MAX_NAME_ADDRESS = 120


def signed_with_address(line: str) -> bool:
    """Whether the closing line ``line`` is the writer's name with her address (``A. DIOUF (adiouf@…)``)."""
    if "@" not in line or len(line) > _MAX_NAME_ADDRESS:
        return False  # the cheap tests first: most closing lines hold no address
    return _NAME_ADDRESS.fullmatch(line.strip()) is not None


# National wires' initials as they sign copy alone on the story's last line ("ANA", "TASR", "ČTK", "STA"),
# written in capitals only: a sign-off, not a word of the story. Kept here, not among the agency names that
# datelines and bylines read, where "ANA" or "MAP" in mixed case would be a person's name or a word.
_WIRE_INITIALS = words(
    "ANA ANA-MPA ČTK TASR STA BTA HINA LETA BNS ELTA VNA PNA SPA WAM KUNA QNA BNA ONA MAP TAP APS SANA NNA"
    " ENA SUNA IPS NAN APP BSS RSS ANN INA IINA MENA KPL AKP TNA KUNA APA UNIAN BELTA NAMPA SAPA TANJUG"
    " AGERPRES MONTSAME AZERTAC ARMENPRESS KAZINFORM UKRINFORM"
    # Africa's and Asia's national services that sign the same way ("GNS": the Ghana News Service; Kenya's,
    # Malawi's, Botswana's, Mozambique's, Angola's, Côte d'Ivoire's, Burkina Faso's, Mali's, Niger's,
    # Myanmar's, Jordan's, Yemen's, Palestine's, Libya's, Somalia's, Zambia's)
    " GNS GNA KNA MANA BOPA AIM ANGOP AIP AIB AMAP ANP MNA PETRA SABA WAFA LANA SONNA ZANIS"
)
_AGENCY_ALONE = frozenset(AGENCY_NAMES) | _WIRE_INITIALS
# "(Jutro.rs)", "Source: gardencityfmonline.com": the site whose copy this is, by its web address alone in
# brackets or after a source's label, alone under the story (no sentence is an address; any country's ending)
_SITE = r"(?:www\.)?[A-Za-z][\w-]{1,30}(?:\.[\w-]{2,30})?\.[a-z]{2,6}"
# (the word for "source" in the languages whose pages label the copy's origin under the story)
_SOURCE_LABEL = (
    r"(?:Source|SOURCE|Sources|Izvor|Извор|Fuente|Fonte|Quelle|Источник|Джерело|Kaynak|Sumber|Nguồn|Źródło"
    r"|Zdroj|Forrás|Bron|Kilde|Källa|Lähde|Πηγή|Sursa|Vir|Allikas|Avots|Šaltinis|Burimi|Izvors|Chanzo"
    r"|출처|来源|來源|出典|منبع|المصدر|स्रोत|ที่มา)"
)
_SOURCE_SITE = re.compile(
    rf"\(\s*{_SITE}\s*\)|{_SOURCE_LABEL}\s*:\s*{_SITE}"
    # "(NAN)(www.nannews.ng)", "(PNA) www.pna.gov.ph": the wire's initials in brackets, then its web address
    rf"|\([{_CAPITAL}]{{2,6}}\)\s*\(?\s*{_SITE}\s*\)?"
    # "Source: CNA/ks(ac)", "Quelle: APA/jd": the source's label, the agency's initials in capitals and its
    # editors' in lower case after a slash (the second, the checking editor's, in brackets)
    rf"|{_SOURCE_LABEL}\s*:\s*[{_CAPITAL}]{{2,8}}(?:/[a-z]{{2,4}}){{1,3}}(?:\s?\([a-z]{{2,4}}\))?"
)
_MAX_SOURCE_SITE = 80
_WHOLE_BLOCK = re.compile(rf"{_SIGNOFF}|{_SIGNOFF_16}|[-–—]{{1,2}}\s*{_SITE_ADDRESS}|{_AGENCY_MARK_ALONE}")
# At the end of the last paragraph, only the marks no sentence ends with; "… next year. (PNA)": the agency's
# initials in brackets after the last sentence's stop (round 16).
_TRAILING = re.compile(
    r"(?<=[.!?\"”’)])\s+(?P<mark>\(END\)|\(ENDS?\)|[-–—]+\s*ends?\s*[-–—]+|#{3,}|[-–—]\s*30\s*[-–—]"
    r"|\([A-Z]{2,5}\)"
    # "… the CAS. Enditem": Xinhua's end word run on after the last sentence; "… on Friday. /IANS": the
    # agency's name after a slash; "… importers. – Rappler.com": the site's name as a web address after a
    # dash. None of them is a word a sentence ends with (a name after a dash, "— John Smith", is a quotation's
    # source or an epigraph's, and stays the paragraph's).
    rf"|{_RUN_ON_MARK})$"
)


# "Reporting by Jane Doe in Paris; Editing by John Roe", "— Additional reporting by Jane Doe", "(Writing by
# Jane Doe, editing by John Roe)": the desk's credits, one job after another, each a role and "by" names.
_CREDIT_NAMES = (
    r"[A-ZÀ-Þ][\w'’.-]*(?:(?:\s+|\s*,\s*)(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|den|da|di|du|del|la|le|and|in|&))"
    r"{0,14}"
)
_CREDIT_JOB = (
    r"(?i:(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|graphics|production|compiled"
    r"|reported|written|edited|translated|translation|fact-checking|fact\s+checking"
    # "Translated from French by Jane Doe", "Adapted from the Spanish by …": the language the story left
    r"|(?:translated|adapted)\s+from\s+(?:the\s+)?[A-Za-zÀ-ÿ]+)\s+by"
    # "--With assistance from Jane Doe.": a wire desk's credit for help
    r"|with\s+(?:assistance|help)\s+from"
    # "With reports from Example News and The Daily Planet", "With information from …", "—WITH A REPORT FROM
    # JANE DOE", "With inputs from Jane Doe": whose copy helped
    r"|with\s+(?:a\s+)?(?:additional\s+)?(?:reports?|reporting|information|files|inputs?)\s+from"
    # the same in other languages: "Con información de Jane Doe", "Avec la collaboration de …", "Mit Material
    # von …", "Com informações de …", "Con la collaborazione di …", "Met medewerking van …", "Dengan laporan
    # dari …"
    r"|con\s+(?:reportes?|informes?|informaci[oó]n(?:es)?|(?:la\s+)?colaboraci[oó]n)\s+de"
    r"|avec\s+(?:la\s+collaboration|des\s+informations)\s+de|mit\s+(?:Material|Informationen)\s+von"
    r"|com\s+(?:informa[cç][oõ]es|reportagem|colabora[cç][aã]o)\s+de"
    r"|con\s+(?:informazioni|la\s+collaborazione)\s+di|met\s+(?:medewerking|informatie)\s+van"
    r"|dengan\s+laporan\s+dari"
    # "Editor: Jane Doe": the job before a colon
    r"|(?:editor|editing|reporter|reporting|writer|translator|translation|compiled\s+by)\s*:"
    # "Information from: The Freeborn Herald", "Edited by: Jane Doe", "Photos by: …": any short label ending
    # in "by" or "from" and a colon, then names: who made or supplied the story, whatever the job's word.
    r"|[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?i:by|from)\s*:)\s+"
    rf"{_CREDIT_NAMES}"
)
# "[Edited by Jane Doe]", "Translated by Jane Doe - Edited by John Roe": in brackets, or jobs set apart by a
# dash or bar as well as by a semicolon or comma.
# "Reporting by Jane Doe for Example TV News": for whom the job was done; "Translated by Jane Doe/jd": the
# desk's initials after a slash.
_FOR_OUTLET = r"(?:\s+for\s+(?:the\s+)?[A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:[A-ZÀ-Þ0-9][\w'’&.-]*|of|and)){0,5})?"
_DESK_CREDITS = re.compile(
    rf"[-–—]*\s*[(\[]?{_CREDIT_JOB}{_FOR_OUTLET}(?:(?:\s*[;,]|\s+[-–—|])\s*(?:and\s+)?{_CREDIT_JOB}"
    rf"{_FOR_OUTLET})*(?:/[a-z]{{2,4}})?\s*[)\]]?\.?"
)
# "The Associated Press contributed to this report.", "(Avec AFP)", "Mit Material von dpa und AFP", "Con
# información de EFE": the agencies whose copy the story used, named after it.
_AGENCIES = rf"(?:{AGENCY_ALTERNATION}|agencies|agences|Agenturen|agencias|agenzie|agências|wires)"
_AGENCY_LIST = rf"{_AGENCIES}(?:\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*{_AGENCIES})*"
_AGENCY_CREDITS = re.compile(
    rf"\(?(?:(?i:with|via|avec|con|mit|met|com|with\s+(?:reporting|material)\s+(?:by|from)|mit\s+Material\s+von"
    rf"|con\s+información\s+de|avec\s+l['’]|quelle:|source:|fuente:|fonte:)\s+{_AGENCY_LIST}"
    rf"|(?:The\s+)?{_AGENCY_LIST}\s+contributed\s+to\s+this\s+(?:report|story|article))\)?\.?"
)
# "Source: Harbour Ledger", "Sources: AFP, Reuters", "Translation: Jane Doe": a label and names alone on the
# story's last line say where the story came from or who worked on it; a story's paragraph is a sentence.
_LABELLED_NAMES = re.compile(rf"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){{0,2}}\s*:\s+{_CREDIT_NAMES}\.?")
_PICTURE_LABEL = re.compile(rf"(?i:{COLON_LABEL})\s*:(?<!(?i:source):)")
_MAX_CREDITS = 300
# "Jane Doe is …", "Jane Doe covers …", "Jane Doe writes …": the byline's author described in the present
# tense (or "was" for a former post), as a note about the writer is; "says" is a quotation's verb.
# (and the same verbs in other languages: "Katharina Pichler ist Redakteurin …", "Jeanne Roux est
# journaliste …", "Ana Ruiz es periodista …", "Jan Nowak jest reporterem …", "Иван Петров — корреспондент …")
_ABOUT_AUTHOR = re.compile(
    r"\s+(?:is|was|has|joined|(?!says\b)[a-z]{2,}s"
    r"|ist|war|schreibt|arbeitet|berichtet|est|était|couvre|travaille|écrit|es|fue|cubre|trabaja|escribe|è|era"
    r"|scrive|lavora|é|foi|cobre|escreve|trabalha|schrijft|werkt|är|skriver|arbetar|er|arbejder|jobber|jest"
    r"|był|była|pisze|pracuje|je|byl|byla|píše|piše|radi|является|пишет|работает|пише|працює|[-–—]\s+"
    r"(?:корреспондент|журналист|журналістка|журналіст|обозреватель|редактор))\b"
)
# A reporter's title after her name, in the languages whose papers sign the story so with an address.
_REPORTER_TITLES = (
    r"기자|특파원|선임기자|記者|记者|特派員|特派员"
    r"|(?i:(?:staff\s+|senior\s+|chief\s+)?(?:reporter|correspondent|writer)"
    r"|repórter|periodista|corresponsal|journaliste|correspondant|Redakteurin|Redakteur|Korrespondentin"
    r"|Korrespondent|redaktor|reporterka|muhabir|wartawan|phóng\s+viên|nhà\s+báo|correspondente|giornalista"
    r"|inviato|verslaggever|toimittaja|reporterzy|újságíró|tudósító|novinar|новинар|журналист|журналистка"
    r"|корреспондент|кореспондент)"
    r"|संवाददाता|خبرنگار|مراسل|مراسلة|ผู้สื่อข่าว"
)
# "김지현 기자 jihyun@example.co.kr", "Jane Doe, staff reporter, jdoe@example.com", "Ngọc Anh phóng viên
# …": the writer's name with her title as a reporter, then her address (brackets or a dash between); tried
# only on a line holding an "@"
_REPORTER_ADDRESS = re.compile(
    rf"(?:[^\s@]+\s+){{1,4}}?(?:{_REPORTER_TITLES})\s*[,:|/·(<–—-]?\s*{EMAIL_ADDRESS}\s*[)>]?"
)
# Taglines a newsroom puts under the story: "This report by The Canadian Press was first published July 8,
# 2025.", "This story was originally published on …", where it ran in print, and how to reach the writer
# ("Contact Jane Doe at jdoe@example.com or 555-0142."): about the story, not part of it.
_TAGLINE = re.compile(
    r"(?i:this\s+(?:report|story|article)\b[^\r\n]{0,80}?\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:published|appeared)\b[^\r\n]{0,80}"
    # "This article appears in the April 2026 print edition with the headline …"
    # "A version of this article appears in print on Dec. 4, 2026, Section B, Page 3 …"
    r"|(?:a\s+version\s+of\s+)?this\s+(?:report|story|article)\s+(?:also\s+)?(?:appears|appeared|ran"
    r"|will\s+appear|(?:was|is)\s+published)\s+in\s+"
    r"[^\r\n]{0,40}?\b(?:print|edition|issue)\b[^\r\n]{0,160})"
    r"|(?i:contact|reach|email|e-mail|write\s+to|you\s+can\s+reach)\s+[^\r\n]{1,80}?\s+(?i:at|on|via)\s+"
    rf"[^\r\n]{{0,40}}?{EMAIL_ADDRESS}[^\r\n]{{0,60}}"
    # "hnchoi@yna.co.kr" alone on its line: the reporter's address under the story (in the front matter,
    # under a name, it belongs to the byline instead)
    rf"|{EMAIL_ADDRESS}"
    # "Published in the print edition of the May 4, 2026, issue", "Published in The Daily Planet, May 4th,
    # 2026": where and when it ran in print
    r"|(?i:published|appeared)\s+in\s+the\s+print\s+edition\b[^\r\n]{0,200}"
    # "Published by Kalkala, Israel business news - en.kalkala.co.il - on November 25, 2026.": who published
    # the story and when, the publisher's own line
    r"|(?:Published|Appeared|First\s+published)\s+(?:by|in|on)\s+[^\r\n]{3,160}?\b(?:1[6-9]|2[0-1])\d\d\.?"
    r"|(?:Published|Appeared|First\s+published)\s+in\s+(?:the\s+|The\s+)?[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,5}"
    r",?\s+(?:on\s+)?[\w ,.]{0,24}?\b(?:1[6-9]|2[0-1])\d\d\.?"
    # "Media contact: Jane Doe, jdoe@example.edu": a press release's contact under it
    r"|(?i:media|press|news)\s+(?i:contacts?|enquiries|inquiries)\s*:\s*[^\r\n]{3,200}"
    # "Jane Doe can be reached at jdoe@example.com or 555-0142.", "Jane Doe est joignable au …", "Jane Doe ist
    # erreichbar unter …": how to reach the writer, an address or a number after the verb
    r"|[A-ZÀ-Þ][^\r\n]{1,60}?\s+(?i:(?:can|may)\s+be\s+(?:reached|contacted|emailed)|est\s+joignable"
    r"|ist\s+(?:\w+\s+){0,2}?erreichbar|puede\s+ser\s+contactad[oa]|pode\s+ser\s+contactad[oa]"
    r"|[èe]\s+raggiungibile|is\s+(?:\w+\s+)?bereikbaar)\b[^\r\n]{0,60}?"
    rf"(?:{EMAIL_ADDRESS}|\+?\(?\d[\d ().-]{{6,}}\d)[^\r\n]{{0,100}}"
)
# The newsroom's notes on the story itself ("This story was …"), each with what it says for the evidence;
# tried as one pattern, the alternative that matched naming the note.
_STORY_NOTES: tuple[tuple[str, str], ...] = (
    # "This story was produced by X, a nonprofit newsroom …", "This article is published in partnership with
    # …": who made or shares the story, said under it.
    (
        "who produced the story",
        r"(?i:this\s+(?:report|story|article|piece)\s+(?:was|is)\s+(?:(?:co-?)?produced|co-?published|reported"
        r"|published|made)\s+(?:by|in\s+(?:partnership|collaboration)\s+with|with\s+(?:support|funding)\s+from)"
        r"\s+[^\r\n]{3,240})",
    ),
    # "Published by Example Digital Content Services with permission from The Example Times.": the
    # syndicator's line naming the paper it republishes (its name closes the line: a sentence goes on).
    (
        "who produced the story",
        r"(?:Published|Republished|Distributed)\s+by\s+[^\r\n]{3,120}?\s+(?i:with\s+(?:the\s+)?permission\s+"
        r"(?:from|of))\s+(?:the\s+)?[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,6}\.?",
    ),
    # "This article was translated from Spanish by … Read the original here.": the story itself the subject
    # of a passive verb: a note on how the text was made, not part of it.
    (
        "how the story was made (translated, adapted …)",
        r"(?i:this\s+(?:report|story|article|piece)\s+(?:was|has\s+been|is)\s+(?:[a-z]+ed|written|made|drawn)"
        r"\s+(?:from|into|by|with|for|on)\b[^\r\n]{3,300})",
    ),
    # "(This story has not been edited by Example TV staff and is auto-generated from a syndicated feed.)",
    # "Disclaimer: This story is auto-generated from a syndicated news agency feed …": how the copy reached
    # the page, unedited or placed by a machine.
    (
        "how the story was made (translated, adapted …)",
        r"\(?(?i:(?:disclaimer\s*:\s*)?this\s+(?:report|story|article|piece|news)\s+(?:has\s+not\s+been\s+edited"
        r"|(?:is|was|has\s+been)\s+auto-?\s?generated)\b)[^\r\n]{3,300}",
    ),
)
_STORY_NOTE = re.compile("|".join(f"(?P<note{at}>{pattern})" for at, (_, pattern) in enumerate(_STORY_NOTES)))
# "Associated Press writer Jane Doe in Billings contributed to this report.": one sentence naming who helped
# (a person or an agency), ending with the phrase every newsroom uses for it.
# "Jane Doe contributed reporting from Washington.": the same, saying where; "Doe reported from Kansas City,
# Missouri." before it: where the byline's writer worked.
_REPORTED_FROM = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}\s+reported\s+from\s+[^\r\n!?]{2,80}?\.\s+"
)
# "Seshadri reported from Denver.", "Price reported from Denver and Obermann from Bismarck, N.D.": alone
# under the story, where its writers worked (a wire's tag line under its rule). A place in capitalised words
# only: "The BBC reported from Kyiv that …" goes on as a sentence.
_PLACE = r"[A-ZÀ-Þ][\w'’.-]*(?:(?:,\s*|\s+)(?:[A-ZÀ-Þ][\w'’.-]*|of|de|del|la|upon|on))*"
_WRITER = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?"
_REPORTED_FROM_ALONE = re.compile(
    rf"{_WRITER}(?:(?:,\s*|\s+and\s+){_WRITER}){{0,3}}\s+reported\s+from\s+{_PLACE}"
    rf"(?:(?:,\s*|,?\s+and\s+){_WRITER}\s+from\s+{_PLACE})*\.?"
)
_CONTRIBUTED = re.compile(
    r"[A-ZÀ-Þ][^\r\n.!?]{2,160}?\s+contributed(?:(?:\s+reporting)?(?i:\s+to\s+this\s+(?:report|story|article))"
    r"|\s+reporting(?:\s+from\s+[A-ZÀ-Þ][^\r\n.!?]{1,80})?)\.?"
)
# "Correction: An earlier version of this story …", "Editor's note: …": the newsroom's note appended under
# the story, not part of it.
# The labels in every language of ``labelwords.CORRECTION_LABELS`` ("Berichtigung:", "Dit artikel is
# aangepast:", "Исправление:"); a full-width colon after a CJK label.
_CORRECTION = re.compile(
    rf"(?i:{alternation(table_words(CORRECTION_LABELS))})(?:\s*\([^()\r\n]{{1,40}}\))?(?:\s*[:.]\s+|\s*：\s*)"
    r"[^\r\n]{10,400}"
    r"|(?i:an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report))\b[^\r\n]{10,400}"
)
# "Thanks for reading. Reply to this email with tips, or find me at jane@example.org.": how to reach the
# writer, said in the first person or as a call for tips, with an address to write to.
_WRITER_CONTACT = re.compile(
    r"(?i:\b(?:(?:find|reach|email|e-mail|contact|write\s+to)\s+me|reply\s+to\s+this\s+(?:email|newsletter)"
    r"|send\s+(?:me\s+)?(?:your\s+)?tips|thanks\s+for\s+reading)\b)"
)
_NAME_WORD = r"[A-ZÀ-Þ][\w'’.&-]*"
_OPENS_WITH_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}\s+(?!(?:said|says|told|added)\b)[a-z]"
)
_CAPITALISED_RUN = re.compile(rf"(?<![\w@.]){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}")
_MAX_CONTACT = 300
CORRECTION_NOTE = "a correction or editor's note appended to the story"
_MAX_NOTE = 500


# "Feedback: jane.doe@example.com", "Email: jdoe@example.org", "Kontakt: …": the writer's address under its
# label alone on the story's last line (the label one of the contacts', ``labelwords.CONTACTS``).
# A house's mailbox ("Contact: editor@example.com" under the page's rights notice) is the paper's, not the
# writer's: no sign-off.
_ADDRESS_LIST = re.compile(rf"{EMAIL_ADDRESS}(?:\s*[,;/|]\s*{EMAIL_ADDRESS})*\.?")
_HOUSE_MAILBOXES = words(
    "editor editors editorial info news newsroom newsdesk letters tips feedback contact desk webmaster admin"
    " support hello office press media redaktion redaccion redazione redaction"
)
_MAX_ADDRESS_LABEL = 30


def _labelled_address(stripped: str) -> bool:
    label, colon, rest = stripped.partition(":")
    addresses = rest.strip()
    return (
        bool(colon)
        and len(label) <= _MAX_ADDRESS_LABEL
        and label.rstrip() in _CONTACT_WORDS
        and _ADDRESS_LIST.fullmatch(addresses) is not None
        and not any(_house_mailbox(found.group(0).split("@")[0]) for found in EMAIL.finditer(addresses))
    )


# "（編輯：陳怡君）", "（編輯：林淑媛）1140924" (Taiwan's wire: the editor, then the day in the Republic's
# years), "（责任编辑：王小明）", "촬영기자:박성호/영상편집:최민준" (a Korean broadcaster's camera and
# editing credits): the desk's credits in Chinese or Korean, each job's own word before a colon and a name
# or two.
_HAN_JOBS = "責任編輯|责任编辑|編輯|编辑|核稿|校對|校对|翻譯|翻译|撰稿|審校|审校"
_HANGUL_JOBS = "촬영기자|영상기자|영상편집|영상취재|촬영|편집|그래픽|기획"
_CJK_DESK_CREDITS = re.compile(
    rf"[（(]?(?:{_HAN_JOBS})\s*[：:]\s*[\u4e00-\u9fff]{{2,4}}(?:[、，,/／]\s*[\u4e00-\u9fff]{{2,4}})*"
    rf"(?:[，,;；/／]\s*(?:{_HAN_JOBS})\s*[：:]\s*[\u4e00-\u9fff]{{2,4}})*[）)]?\s*\d{{0,8}}"
    rf"|(?:{_HANGUL_JOBS})\s*[：:]\s*[가-힣]{{2,4}}(?:\s*[/·,]\s*(?:{_HANGUL_JOBS})\s*[：:]\s*[가-힣]{{2,4}})*"
)


def _house_mailbox(mailbox: str) -> bool:
    """``editor``, ``theeditor``, ``news.desk``, ``letters2``: a mailbox of the house, not a writer's."""
    bare = "".join(char for char in mailbox.casefold() if char.isalpha())
    return bare in _HOUSE_MAILBOXES or bare.removeprefix("the").removeprefix("our") in _HOUSE_MAILBOXES


def desk_credits(text: str) -> bool:
    """Whether a block is only the desk's credits (``Reporting by …; Editing by …``)."""
    stripped = text.strip()
    return (
        (
            len(stripped) <= _MAX_CREDITS
            and (
                _DESK_CREDITS.fullmatch(stripped) is not None
                or (not stripped.isascii() and _CJK_DESK_CREDITS.fullmatch(stripped) is not None)
                or _AGENCY_CREDITS.fullmatch(stripped) is not None
                or _TAGLINE.fullmatch(stripped) is not None
                or _PRINT_NOTE.fullmatch(stripped) is not None
                or _AGENCY_INPUTS.fullmatch(stripped) is not None
                or (
                    "@" in stripped
                    and (_labelled_address(stripped) or _REPORTER_ADDRESS.fullmatch(stripped) is not None)
                )
                or (
                    _LABELLED_NAMES.fullmatch(stripped) is not None
                    and not is_related_label(stripped)
                    and not _PICTURE_LABEL.match(stripped)  # "Photo: Jane Doe" credits a picture
                )
            )
        )
        or closing_note(stripped) is not None
        or _dashed_credits(stripped)
    )


def _dashed_credits(stripped: str) -> bool:
    """``– ndapewa@example.com.na``, ``— jdoe@example.com``: the writer's address (or another credit line)
    set after a dash, as papers that close the story with a dash print it."""
    return (
        stripped[:1] in "–—-"
        and stripped[1:2] == " "
        and "@" in stripped
        and len(stripped) <= _MAX_CONTACT
        and desk_credits(stripped[1:])
    )


def _contributed_after_where(stripped: str) -> bool:
    """``Doe reported from Nelson. Jane Roe contributed to this report.``: where the writer worked, then who
    helped."""
    if " reported from " not in stripped:
        return False  # the cheap test first
    where = _REPORTED_FROM.match(stripped)
    return where is not None and _CONTRIBUTED.fullmatch(stripped, where.end()) is not None


def closing_note(text: str) -> str | None:
    """What a closing block under the story is, for the record's evidence, when it is one of the
    newsroom's notes (who produced or helped with the story, a correction, how to reach the writer)."""
    stripped = text.strip()
    if len(stripped) > _MAX_NOTE:
        return None
    story_note = _STORY_NOTE.fullmatch(stripped)
    if story_note is not None and story_note.lastgroup is not None:
        return _STORY_NOTES[int(story_note.lastgroup.removeprefix("note"))][0]
    if _CONTRIBUTED.fullmatch(stripped) or _contributed_after_where(stripped):
        return "who contributed to the story"
    if " reported from " in stripped and _REPORTED_FROM_ALONE.fullmatch(stripped):
        return "where the writers reported from"
    if _CORRECTION.fullmatch(stripped):
        return CORRECTION_NOTE
    if _contact_note(stripped) or ("@" in stripped and _labelled_address(stripped)):
        return "how to reach the writer"
    if _newsroom_note(stripped):
        return "the newsroom's note on itself, with its address"
    return None


# "Jane Doe covers …", "Jane Doe is …": a note about the reporter describes, in the present tense; a story
# narrates in the past ("Jane Doe asked …").
_PRESENT_AFTER_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}\s+(?!(?:says|was)\b)(?:is|has|[a-z]{{2,}}s)\b"
)


def _newsroom_note(stripped: str) -> bool:
    """``Example Report is part of …, a nonprofit network … Contact the editor: info@examplereport.org.``: a
    block that opens with a name (a capitalised run, then a word in lower case) and gives an address whose
    domain spells a name the block holds: the newsroom speaking of itself or its reporter, under the story.
    (A reader's tip line, "Anyone with information should email …", opens with no name.)"""
    if len(stripped) > _MAX_NOTE or "\n" in stripped or not _OPENS_WITH_NAME.match(stripped):
        return False
    # (each address's domain's first part: "example" of jdoe@example.co.uk)
    domains = {
        found.group(0).partition("@")[2].split(".")[0].casefold() for found in EMAIL.finditer(stripped)
    }
    if not domains:
        return False
    if _PRESENT_AFTER_NAME.match(stripped) and _mailbox_holds_a_name(stripped):
        return True
    for run in _CAPITALISED_RUN.finditer(stripped):
        letters = [
            "".join(char for char in word if char.isalnum()).casefold() for word in run.group(0).split()
        ]
        for first in range(len(letters)):
            spelled = ""
            for word in letters[first:]:
                spelled += word
                if spelled in domains:
                    return True
    return False


def _mailbox_holds_a_name(stripped: str) -> bool:
    """``icaldwell@example.org`` under ``Imani Caldwell-Booker covers …``: the address's mailbox holds a word
    of a name in the block (four letters or more), so the address is that person's: the note is about them."""
    mailboxes = [found.group(0).split("@")[0].casefold() for found in EMAIL.finditer(stripped)]
    for run in _CAPITALISED_RUN.finditer(stripped):
        for word in re.split(r"[\s'’.&-]+", run.group(0)):
            if len(word) >= 4 and any(word.casefold() in mailbox for mailbox in mailboxes):
                return True
    return False


def _contact_note(stripped: str) -> bool:
    return (
        len(stripped) <= _MAX_CONTACT
        and "\n" not in stripped
        and "@" in stripped  # every address holds one: most lines are ruled out without the pattern
        and EMAIL.search(stripped) is not None
        and _WRITER_CONTACT.search(stripped) is not None
    )


def author_note(text: str, names: list[str]) -> bool:
    """``Jane Doe is a writer and former councillor.``, ``Jane Doe covers courts. She was …``: up to three
    sentences about a byline's author, under the story (the name is the evidence, the shape only a check)."""
    stripped = text.strip()
    if len(stripped) > 400 or "\n" in stripped or stripped.count(". ") > 2:
        return False
    # The name literally, then one fixed pattern: a pattern built around each name was compiled anew
    # for every article (each has its own names), ≈ 0.1 ms each time.
    return any(
        stripped.startswith(name) and _ABOUT_AUTHOR.match(stripped, len(name)) is not None
        for name in _note_names(names)
        if name
    )


def _note_names(names: list[str]) -> list[str]:
    """The names a note on the authors opens with: each whole, and a name of three words or more by its first
    two (``Peter Lam is a reporter …`` under ``Peter Lam Ka-wai``: the note drops the second given name)."""
    found = list(names)
    for name in names:
        words = name.split()
        if len(words) > 2:
            found.append(" ".join(words[:2]))
    return found


def author_contact(text: str) -> bool:
    """Whether a note on the story's author gives a way to reach her (``Reach her at jdoe@example.com.``, a
    telephone number): the desk's tag line closing the story, its sign-off. A note without one is the page's
    box on its author (``Jane Doe is a transport reporter.``), no part of the story."""
    return ("@" in text and EMAIL.search(text) is not None) or _PHONE.search(text) is not None


# "(Grenoble, correspondante)", "(in Brussels)", "(Berlin)": the writer's post or place in brackets after her
# name, a few words and no sentence.
_POST_IN_BRACKETS = re.compile(r"\s*\((?P<post>[^()\r\n.!?]{2,60})\)")
_MAX_POST_WORDS = 6


def author_post_line(text: str, names: list[str]) -> bool:
    """``Claire Vasseur (Grenoble, correspondante)`` alone under the story: a byline's author named again with
    her post in brackets, as a paper signs the story at its foot. (A name alone there is no sign-off: it is
    how a page prints its byline under the story, or an author box's first line.)"""
    stripped = text.strip()
    if "\n" in stripped or not stripped.endswith(")"):
        return False
    for name in names:
        if name and stripped.startswith(name):
            post = _POST_IN_BRACKETS.fullmatch(stripped, len(name))
            if post is not None and len(post.group("post").split()) <= _MAX_POST_WORDS:
                return True
    return False


# "© RIPRODUZIONE RISERVATA", "Alle Rechte vorbehalten.": the rights notice in the story's language, looked up
# as a set once its copyright mark and stop are taken off.
_RIGHTS = frozenset(phrase.casefold() for phrase in table_words(RIGHTS_RESERVED))
_RIGHTS_MARK = re.compile(r"(?:©|\(c\)|\(C\)|Copyright)\s*")
_MAX_RIGHTS = 60


# "AGERPRES/(AS - autor: Jane Doe, editor: John Roe)": a listed agency in any case, a slash, then its desk's
# credits in brackets (initials, "author:" and "editor:" labels with names): no sentence's stop inside.
# (tried only on a block holding "/(": the agencies' names in any case are many alternatives to try)
_AGENCY_DESK_CREDITS = re.compile(rf"(?i:{AGENCY_ALTERNATION})\s*/\s*\([^()\r\n.!?]{{2,200}}\)")
# "/ritzau/", "/Agerpres/": a listed agency's name between slashes, in any case, as the wire's own tag (tried
# only on a block opening and closing with a slash)
_AGENCY_TAG = re.compile(rf"/(?i:{AGENCY_ALTERNATION})/")
_SLASH_BRACKET = re.compile(r"/\s*\(")


def whole_block_signoff(text: str) -> bool:
    """Whether a block consists of a sign-off and nothing else."""
    stripped = text.strip()
    return (
        stripped in _AGENCY_ALONE
        or _WHOLE_BLOCK.fullmatch(stripped) is not None
        or (stripped[:1] == "/" == stripped[-1:] and _AGENCY_TAG.fullmatch(stripped) is not None)
        or (
            "/" in stripped
            and _SLASH_BRACKET.search(stripped) is not None
            and _AGENCY_DESK_CREDITS.fullmatch(stripped) is not None
        )
        or _rights_notice(stripped)
        or (stripped[1:2] == "/" and _TEXT_PHOTO_CREDIT.fullmatch(stripped) is not None)
        or (
            len(stripped) <= _MAX_SOURCE_SITE
            and ("." in stripped or "/" in stripped)
            and (stripped[:1] == "(" or ":" in stripped)
            and _SOURCE_SITE.fullmatch(stripped) is not None
        )
    )


def end_mark_alone(text: str) -> bool:
    """Whether a block is a wire's end mark or a desk's slug alone (``(FIN) JRC/MAO``, ``/ВС/``,
    ``Reuters``), neither the page's rights notice nor a credit line."""
    stripped = text.strip()
    return stripped in _AGENCY_ALONE or _WHOLE_BLOCK.fullmatch(stripped) is not None


def _rights_notice(stripped: str) -> bool:
    if len(stripped) > _MAX_RIGHTS:
        return False
    mark = _RIGHTS_MARK.match(stripped)
    notice = stripped[mark.end() :] if mark else stripped
    return " ".join(notice.rstrip(".").casefold().split()) in _RIGHTS


# "Copyright 2026 WKOV. All rights reserved.", "© RIPRODUZIONE RISERVATA", "COPYRIGHT © ANTARA 2026",
# "Jutro.rs © 2025 Sva prava zadržana", "جميع الحقوق محفوظة © 2024 …": the page's rights notice, in any
# language: a line opening with a copyright mark, or a short one holding the mark "©" beside a year, or the
# words of ``labelwords.RIGHTS_RESERVED`` alone. Asked only of the lines the reader already holds for the
# story's closing blocks: which of them are the page's notice and not the story's closing tag.
_OPENS_WITH_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|(?i:copyrights?)\b)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAX_RIGHTS_LINE = 200
_MAX_MARKED_LINE = 120


def rights_line(line: str) -> bool:
    """Whether the (stripped) closing ``line`` is the page's rights notice (its copyright, "all rights
    reserved" in its language), which stands under a story but closes the page, not the story: no sign-off.
    (The closing tag the writers' golds name is the wire's mark or the desk's note; every independent writer
    left the copyright out of it, under wire copy and local pages alike.)"""
    if not line or len(line) > _MAX_RIGHTS_LINE:
        return False
    if _OPENS_WITH_COPYRIGHT.match(line) is not None or _rights_notice(line):
        return True
    return "©" in line and len(line) <= _MAX_MARKED_LINE and _YEAR.search(line) is not None


_TRAILING_REACH = 60  # characters: the longest mark run on, "(Firstname Lastname-Surname, 20.1.2026)"


# "… when asked to do so. -- BERNAMA": the wire's name in capitals after a dash, as agencies sign the copy
# they send (no sentence goes on after its stop in a dash and one word in capitals); tried only on a
# paragraph ending in a capital letter.
_CAPITALS_RUN_ON = re.compile(r"(?<=[.!?\"”’)])\s+(?P<mark>[-–—]{1,2}\s*[A-Z]{3,12}(?:/[A-Z]{2,12})*)$")
_CAPITALS_REACH = 30
# "…做好防颱準備。（編輯：陳正芬）1140709": Taiwan's wire runs its editor's credit (and the day, in the
# Republic's years) on after the last sentence's full stop, with no space; so do Chinese sites their
# "（责任编辑：王小明）".
_CJK_RUN_ON = re.compile(
    rf"(?<=[。！？」』”])(?P<mark>[（(](?:{_HAN_JOBS})\s*[：:]\s*[\u4e00-\u9fff]{{2,4}}"
    rf"(?:[、，,/／]\s*[\u4e00-\u9fff]{{2,4}})*[）)]\s*\d{{0,8}})\s*$"
)
_CJK_REACH = 40
_HAN_JOB_MARKS = "責责編编核校翻撰審审"  # the first characters of the jobs' words: the cheap test first


def trailing_signoff(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sign-off mark ending the paragraph ``text[start:end]``, if it has one."""
    found = _TRAILING.search(text, max(start, end - _TRAILING_REACH), end)
    last = text[end - 1 : end]
    if found is None and "A" <= last <= "Z":
        found = _CAPITALS_RUN_ON.search(text, max(start, end - _CAPITALS_REACH), end)
    elif found is None and last and (last in "）)" or last.isdigit()):
        tail = text[max(start, end - _CJK_REACH) : end]
        if ("：" in tail or ":" in tail) and any(job in tail for job in _HAN_JOB_MARKS):
            found = _CJK_RUN_ON.search(text, max(start, end - _CJK_REACH), end)
    if found is None and text.find("@", max(start, end - _MAX_ADDRESS_LINE), end) >= 0:
        found = _ADDRESS_UNDER_LAST_LINE.search(text, max(start, end - _MAX_ADDRESS_LINE), end)
    return found.span("mark") if found else None


# "… until work on the landing site begins.\njdoe@example.co.ke": the writer's address on a line of its own,
# set tight under the last sentence (a block of one line alone is read as a sign-off block).
_ADDRESS_UNDER_LAST_LINE = re.compile(rf"(?<=[.!?\"”’)])[ \t]*\r?\n[ \t]*(?P<mark>{EMAIL_ADDRESS})[ \t]*$")
_MAX_ADDRESS_LINE = 80


# "Contacts", "Media Contact:", "Press enquiries", "Investor Relations", "Kontakt", "Contacto": the label a
# press release sets over the people to call, on its own line.
_CONTACT_LABEL = re.compile(
    r"(?i:(?:(?:media|press|news|investor|for\s+further)\s+)?(?:contacts?|enquiries|inquiries|relations)"
    r"(?:\s+information)?|for\s+more\s+information|kontakt|contacto|pressekontakt)\s*:?"
)
# Every language's contacts label (``Kontakt für weitere Auskünfte``), in the spellings a page sets it in;
# a web address alone on a contact's line (``www.example.org/kontakt``).
_CONTACT_WORDS = case_spellings(table_words(CONTACTS))
_CONTACT_PARTICLES = frozenset(
    ("of", "and", "&", "for", "the", "de", "van", "von", "del", "la", "des", "du", "der", "für")
)
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/[\w./-]*)?")
_PHONE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")
_MAX_CONTACT_LINES = 8
_MAX_CONTACT_LINE = 80


def contact_block(lines: list[str]) -> int:
    """How many of the last ``lines`` (blocks of one line) are a press release's contacts: the label
    (``Contacts``) alone on its line, then only short lines that end no sentence (a name, an organisation,
    a telephone number, an address), at least one of them a number or an e-mail address to reach. 0 if
    none."""
    tail = lines[-_MAX_CONTACT_LINES - 1 :]
    for position, line in enumerate(tail[:-1]):
        label = line.strip()
        if not _CONTACT_LABEL.fullmatch(label) and label.rstrip(":").rstrip() not in _CONTACT_WORDS:
            continue
        rest = [item.strip() for item in tail[position + 1 :]]
        if all(_contact_line(item) for item in rest) and any(
            EMAIL.search(item) or _PHONE.search(item) for item in rest
        ):
            return len(rest) + 1
    return 0


def _contact_line(line: str) -> bool:
    if not line or len(line) > _MAX_CONTACT_LINE or "\n" in line:
        return False
    if EMAIL.search(line) or _PHONE.fullmatch(line.split(":")[-1].strip()) or _WEB_ADDRESS.fullmatch(line):
        return True
    # a name or an organisation: no sentence's stop, and no word in lower case but a name's particles
    return not line.endswith((".", "!", "?")) and all(
        word[:1].isupper() or word[:1].isdigit() or word in _CONTACT_PARTICLES
        for word in line.replace(",", " ").split()
    )


# Where the story ran in print, in the story's language (``Een versie van dit artikel verscheen ook in NRC
# van 13 maart 2025.``, ``Dieser Artikel erschien zuerst in der gedruckten Ausgabe.``): the newsroom's note
# under the story, as the English tagline is.
_PRINT_NOTE = re.compile(
    r"(?i:(?:een\s+versie\s+van\s+)?dit\s+artikel\s+(?:verscheen|is\s+verschenen)"
    r"|dieser\s+(?:artikel|text|beitrag)\s+erschien|cet\s+article\s+(?:est\s+paru|a\s+été\s+publié)"
    r"|este\s+art[ií]culo\s+(?:fue\s+publicado|se\s+public[oó]|apareci[oó])"
    r"|questo\s+articolo\s+[èe]\s+(?:stato\s+pubblicato|uscito)"
    # "Dieser Artikel ist in der Printausgabe vom 4. März erschienen", "Este artigo foi publicado na edição
    # impressa", "Artikeln publicerades i papperstidningen", "Erschienen in der Printausgabe", "Paru dans
    # l'édition du 4 mars"
    r"|dieser\s+(?:artikel|text|beitrag)\s+ist\s+[^\r\n]{0,80}?erschienen|erschienen\s+in\s+der\s+(?:print|gedruckten)\w*"
    r"|este\s+(?:artigo|texto)\s+foi\s+publicad[oa]|artikeln\s+(?:publicerades|har\s+publicerats)\s+i"
    r"|paru\s+dans\s+(?:l['’]édition|le\s+journal|le\s+numéro))\b[^\r\n]{0,160}"
)
# "T/ Jane Doe", "F/ Prensa Ministerio": who wrote the text (texto) and who took the photos (fotos), one a
# line under the story, as state media in Venezuela and Cuba sign it.
_TEXT_PHOTO_CREDIT = re.compile(r"[TFV]/\s?[A-ZÀ-Þ][^\r\n/]{1,60}")


# "F/ Prensa MPPE" among the sign-off's "T/ …" and "F/ …" lines: who took the photos (fotos).
_PHOTOS_BY_LINE = re.compile(r"^[ \t]*F/[ \t]?(?P<credit>[A-ZÀ-Þ][^\r\n/]{1,60}?)[ \t]*$", re.MULTILINE)


def signoff_photo_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the photographer's name on the sign-off's ``F/ Name`` line in ``text[start:end]``, if one
    is there: state media sign their pictures under the story, not under the picture."""
    if text.find("F/", start, end) < 0:
        return None  # the cheap test first
    found = _PHOTOS_BY_LINE.search(text, start, end)
    return found.span("credit") if found else None


# "(With inputs from PTI)", "With inputs from agencies", "— With agency inputs": the agencies whose copy the
# story used, in the words India's papers use for it.
_AGENCY_INPUTS = re.compile(
    rf"[-–—]{{0,2}}\s*\(?(?:(?i:with\s+inputs?\s+from)\s+{_AGENCY_LIST}"
    r"|(?i:with\s+(?:agency|agencies|wire)\s+inputs?))\)?\.?"
    # "(Inputs: PTI)", "(इनपुट: भाषा)", "(ইনপুট: এজেন্সি)": the same as India's papers label it in English and
    # in their own scripts, bracketed, the agency or "agencies" after the label; "(एजेंसी इनपुट के साथ)".
    r"|\((?:(?i:inputs?)|इनपुट|इनपुट्स|ইনপুট|ਇਨਪੁਟ|ઇનપુટ|ఇన్‌పుట్|ಇನ್‌ಪುಟ್|ഇൻപുട്ട്|உள்ளீடு)\s*[:：-]\s*[^()\r\n]{2,40}\)"
    r"|\((?:[^()\s]{2,12}\s+){1,2}(?:के\s+)?इनपुट(?:्स)?\s+के\s+साथ\)"
)


# The marks that end a wire's copy: an end word ("(END)", "Ends", "Enditem", "-30-", "###"), the agency's
# name (alone, between dashes or brackets, with its desk's initials: "-- BERNAMA", "(ANSA).", "PTI SPK NSK",
# "EFE mrp/jlg") and the operators' slugs ("ksk/svn", "mkr/ par/", "BSS/SSS/MAS/1840 hrs"). Nothing of the
# story follows one: what the page prints under it (its disclaimer, its copyright, its links) is the page's.
_END_WORD = (
    r"\(?(?:END|ENDS|Ends|Enditem|ENDITEM)\)?(?:\s*/\s*[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){0,2})?"
    r"|[-–—]+\s*(?:ends?|END)\s*[-–—]+|#{3,}|[-–—]\s*30\s*[-–—]"
)
_AGENCY_END = (
    rf"(?:[-–—]{{1,2}}|={{1,3}})?\s*(?:\((?:{AGENCY_ALTERNATION})\)\.?|(?:{AGENCY_ALTERNATION})(?![\w/-]))"
    r"(?:\s+[A-Z]{2,4}){0,4}(?:\s+[a-z]{2,4}(?:\s?/\s?[a-z]{2,4}){1,3}/?)?"
)
_WIRE_END = re.compile(
    rf"{_END_WORD}|{_AGENCY_END}"
    r"|[-–—]{1,2}\s*[A-Z]{2,12}(?:/[A-Z]{2,12})*"  # "-- BERNAMA": a dash, the wire's name in capitals
    r"|[a-z]{2,4}(?:\s?/\s?[a-z]{2,4}){1,3}/?|[a-z]{2,4}/|/\s*[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){0,2}"
    r"|[A-Z]{2,5}(?:/[A-Z]{2,5}){1,5}(?:/\d{3,4}\s?(?:hrs?|HRS?))?"
)
# Run on after the last sentence's stop, only the end words and the agency's name: "… the ministry said.
# PTI SPK NSK", "… on Friday. (END)".
# (the stop after a word of two letters or more, or closing a quotation: "the U.S. PA" is no mark)
_WIRE_END_RUN_ON = re.compile(
    rf"(?:(?<=[^\W_]{{2}}[.!?])|(?<=[.!?][\"”’)]))\s+(?:{_END_WORD}|{_AGENCY_END})$"
)
_MAX_WIRE_END = 40
_SENTENCE_END = frozenset('.!?"”’»…')


def wire_end_mark(text: str) -> bool:
    """Whether the block ``text`` is a wire's end mark alone (``-- BERNAMA``, ``PTI JSP KH``, ``(END)``,
    ``ksk/svn``)."""
    stripped = text.strip()
    return len(stripped) <= _MAX_WIRE_END and _WIRE_END.fullmatch(stripped) is not None


def ends_wire_copy(text: str) -> bool:
    """Whether the block ``text`` is a wire's end mark or closes with one run on after its last sentence
    (``… the ministry said. PTI SPK NSK``): the wire's copy ends there."""
    if len(text) > _MAX_WIRE_END and text[-1:] in _SENTENCE_END and not text.endswith(")."):
        return False  # the cheap test first: most paragraphs end with their sentence ("(ANSA)." is a mark)
    stripped = text.strip()
    if wire_end_mark(stripped):
        return True
    tail = stripped[-_TRAILING_REACH:]
    return _WIRE_END_RUN_ON.search(tail) is not None


# "SowetanLIVE", "GhanaWeb", "BusinessDay": a site's name written as one word with capitals inside it, the
# shape of a brand (no person's name is one such word; "McLeod", a capital after one or two letters, is
# left out by the three small letters asked for before the inner capital).
_BRAND_WORD = re.compile(r"[A-Z][a-z]{3,15}[A-Z][A-Za-z]{1,12}")
# "Warsan Online, Beledweyne": the site's name, then the place its newsroom signs from
_SITE_AND_PLACE = re.compile(
    r"(?P<site>[^,]{2,40}),\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"
)
_MAX_SITE_SIGNOFF = 60


def site_signoff(text: str, start: int, end: int) -> bool:
    """``Vanguard News``, ``SowetanLIVE``, ``Warsan Online, Beledweyne``: the site's own name (maybe with
    the place its newsroom signs from) alone on the line ``text[start:end]`` right under the story's last
    sentence, as Nigerian, South African and Somali portals sign their copy: the sign-off, not the page's
    furniture under it. A name of words ("Vanguard News") is the site's when its first word is named again
    on the page (the story's "told Vanguard", the copyright's "© 2025 Warsan Online"); a label of a box
    ("Latest News") is not."""
    stripped = text[start:end].strip()
    if not stripped or len(stripped) > _MAX_SITE_SIGNOFF or "\n" in stripped or is_related_label(stripped):
        return False
    found = _SITE_AND_PLACE.fullmatch(stripped) if "," in stripped else None
    name = found.group("site") if found is not None else stripped
    if _BRAND_WORD.fullmatch(name) is not None:
        return True
    if " " not in name or not is_publication(name):
        return False
    first = name.split()[0]
    if first in ("The", "the"):
        first = name.split()[1]
    return text.find(first, 0, start) >= 0 or text.find(first, end) >= 0
