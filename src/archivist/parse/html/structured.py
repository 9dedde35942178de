"""What a page says about itself in structured data: schema.org JSON-LD (``@graph`` and ``@id`` references
included), schema.org microdata, OpenGraph and ``article:*`` properties (https://ogp.me/), and the common
``<meta name>`` conventions (author, description, Dublin Core ``dc.*``, Parse.ly ``parsely-*``), plus the
canonical link and ``<base href>``.

Read with our own code over the lxml tree the reader already has, not extruct: extruct re-parses the
page and costs 3.9 ms CPU median per devset page (more than lxml's whole parse, 2.7 ms; this reader
1.2 ms) and brings rdflib, html5lib and mf2py; we need three syntaxes and a dozen properties
(``bench/bench_html.py --libraries``, docs/benchmarks.md).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from archivist.parse.html.locations import collapse

# schema.org types whose node describes the article itself (CreativeWork > Article and its news kinds).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicQuestionNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "SatiricalArticle",
    }
)
_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage"})
_ORG_TYPES = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization"}
)
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "pubdate",
    "publishdate",
    "date",
    "sailthru.date",
    "publish-date",
    "article.published",
)
# Last-modified metas, best first: OpenGraph's article and object properties, then Dublin Core terms.
_MODIFIED_META = (
    ("article:modified_time", "opengraph"),
    ("og:updated_time", "opengraph"),
    ("dcterms.modified", "meta"),
    ("dc.date.modified", "meta"),
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """One value the page states: where (``json-ld``, ``microdata``, ``opengraph``, ``meta``) and by which
    property (``rule``); ``url`` for a person's page or an image's address."""

    value: str
    origin: str
    rule: str
    url: str | None = None
    organization: bool = False
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@dataclass
class Structured:
    headline: list[Claim] = field(default_factory=list)
    description: list[Claim] = field(default_factory=list)
    published: list[Claim] = field(default_factory=list)
    modified: list[Claim] = field(default_factory=list)
    authors: dict[str, list[Claim]] = field(default_factory=dict)  # origin -> the people it names, in order
    images: list[Claim] = field(default_factory=list)
    canonical: str | None = None
    canonical_from: tuple[str, str] = ("html", "canonical-link")  # (origin, rule) of ``canonical``
    main_entity: list[Claim] = field(default_factory=list)  # the article's ``mainEntityOfPage`` address
    base: str | None = None
    site_name: str | None = None
    article_types: list[str] = field(default_factory=list)


def read_structured(tree: lxml_html.HtmlElement) -> Structured:
    found = Structured()
    for link in tree.xpath("//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split() and found.canonical is None:
            found.canonical = link.get("href", "").strip() or None
    _json_ld(tree, found)
    _microdata(tree, found)
    _meta(tree, found)
    if found.canonical is None and found.main_entity:
        # No canonical link nor og:url: the address the article's structured data gives its page.
        claim = found.main_entity[0]
        found.canonical, found.canonical_from = claim.value, (claim.origin, claim.rule)
    base = tree.find(".//base[@href]")
    if base is not None:
        found.base = base.get("href", "").strip() or None
    return found


# --- JSON-LD ------------------------------------------------------------------------------------------


def _json_ld(tree: lxml_html.HtmlElement, found: Structured) -> None:
    nodes: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type]"):
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        data = _load_json(script.text or "")
        if data is not None:
            _collect_nodes(data, nodes, depth=0)
    if not nodes:
        return
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    articles = [node for node in nodes if _types(node) & ARTICLE_TYPES]
    if not articles:
        articles = [node for node in nodes if _types(node) & _PAGE_TYPES and node.get("headline")]
    if not articles:
        return
    article = articles[0]
    found.article_types = sorted(_types(article))
    kind = found.article_types[0] if found.article_types else "Article"
    for key in ("headline", "name"):
        value = _string(article.get(key))
        if value:
            found.headline.append(Claim(value, "json-ld", f"{kind}.{key}"))
            break
    for key, target in (
        ("description", found.description),
        ("datePublished", found.published),
        ("dateCreated", found.published),
        ("dateModified", found.modified),
    ):
        value = _string(article.get(key))
        if value:
            target.append(Claim(value, "json-ld", f"{kind}.{key}"))
    page = article.get("mainEntityOfPage")
    address = _string(page.get("@id") or page.get("url")) if isinstance(page, dict) else _string(page)
    if address and _URL.match(address):
        found.main_entity.append(Claim(address, "json-ld", f"{kind}.mainEntityOfPage"))
    people = []
    for author in _as_list(article.get("author")) + _as_list(article.get("creator")):
        person = _author(author, by_id, kind)
        if person is not None and person.value not in {p.value for p in people}:
            people.append(person)
    if people:
        found.authors["json-ld"] = people
    for image in _as_list(article.get("image")):
        claim = _image(image, by_id, kind)
        if claim is not None:
            found.images.append(claim)


def _load_json(text: str) -> Any:
    text = text.strip()
    # Pages wrap JSON-LD in HTML comments or CDATA markers for old browsers; JSON has neither.
    text = re.sub(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$", "", text)
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return None


def _collect_nodes(data: Any, nodes: list[dict[str, Any]], depth: int) -> None:
    if depth > 8:  # a page's JSON-LD is a few levels deep; deeper nesting is not about the article
        return
    if isinstance(data, list):
        for item in data:
            _collect_nodes(item, nodes, depth + 1)
    elif isinstance(data, dict):
        nodes.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            if key in data:
                _collect_nodes(data[key], nodes, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    return {t.rsplit("/", 1)[-1] for t in _as_list(node.get("@type")) if isinstance(t, str)}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = collapse(_unescape(str(value)))
        return text or None
    return None


def _unescape(text: str) -> str:
    return html.unescape(text)


def _author(value: Any, by_id: dict[str, dict[str, Any]], kind: str) -> Claim | None:
    if isinstance(value, dict) and set(value) <= {"@id"} and value.get("@id") in by_id:
        value = by_id[value["@id"]]
    if isinstance(value, str):
        name = _string(value)
        if not name or _URL.match(name):
            return None
        return Claim(name, "json-ld", f"{kind}.author")
    if not isinstance(value, dict):
        return None
    name = _string(value.get("name"))
    if not name:
        return None
    url = _string(value.get("url")) or next(
        (s for s in (_string(v) for v in _as_list(value.get("sameAs"))) if s and _URL.match(s)), None
    )
    organization = bool(_types(value) & _ORG_TYPES)
    return Claim(
        name,
        "json-ld",
        f"{kind}.author",
        url=url if url and _URL.match(url) else None,
        organization=organization,
    )


def _image(value: Any, by_id: dict[str, dict[str, Any]], kind: str) -> Claim | None:
    if isinstance(value, dict) and set(value) <= {"@id"} and value.get("@id") in by_id:
        value = by_id[value["@id"]]
    if isinstance(value, str):
        return Claim(value.strip(), "json-ld", f"{kind}.image") if value.strip() else None
    if not isinstance(value, dict):
        return None
    url = _string(value.get("url")) or _string(value.get("contentUrl"))
    if not url:
        return None
    credit = _string(value.get("creditText")) or _string(value.get("copyrightHolder"))
    return Claim(url, "json-ld", f"{kind}.image", caption=_string(value.get("caption")), credit=credit)


# --- microdata ----------------------------------------------------------------------------------------


def _microdata(tree: lxml_html.HtmlElement, found: Structured) -> None:
    for scope in tree.xpath("//*[@itemtype]"):
        kind = scope.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1]
        if kind not in ARTICLE_TYPES:
            continue
        people: list[Claim] = []
        for prop in scope.xpath(".//*[@itemprop]"):
            if _owner(prop) is not scope:
                continue
            for name in prop.get("itemprop", "").split():
                _microdata_property(name, prop, kind, found, people)
        if people:
            found.authors.setdefault("microdata", people)
        return  # the first article scope is the article


def _owner(prop: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    parent = prop.getparent()
    while parent is not None and parent.get("itemscope") is None:
        parent = parent.getparent()
    return parent


def _microdata_property(
    name: str, prop: lxml_html.HtmlElement, kind: str, found: Structured, people: list[Claim]
) -> None:
    rule = f"{kind}.{name}"
    if name == "headline":
        value = _item_value(prop)
        if value:
            found.headline.append(Claim(value, "microdata", rule))
    elif name in ("datePublished", "dateModified"):
        value = _item_value(prop)
        if value:
            (found.published if name == "datePublished" else found.modified).append(
                Claim(value, "microdata", rule)
            )
    elif name == "description":
        value = _item_value(prop)
        if value:
            found.description.append(Claim(value, "microdata", rule))
    elif name == "mainEntityOfPage":
        address = (prop.get("href") or prop.get("content") or prop.get("itemid") or "").strip()
        if _URL.match(address):
            found.main_entity.append(Claim(address, "microdata", rule))
    elif name in ("author", "creator"):
        if prop.get("itemscope") is not None:
            inner = next(
                (p for p in prop.xpath(".//*[@itemprop]") if "name" in p.get("itemprop", "").split()), None
            )
            value = _item_value(inner) if inner is not None else None
            link = next(
                (p for p in prop.xpath(".//*[@itemprop]") if "url" in p.get("itemprop", "").split()), None
            )
            url = (link.get("href") or link.get("content")) if link is not None else None
        else:
            value, url = _item_value(prop), prop.get("href")
        if value and value not in {p.value for p in people}:
            people.append(Claim(value, "microdata", rule, url=url))


def _item_value(prop: lxml_html.HtmlElement) -> str | None:
    for attribute in ("content", "datetime"):
        if prop.get(attribute):
            return collapse(prop.get(attribute, "")) or None
    return collapse(prop.text_content()) or None


# --- OpenGraph and meta ---------------------------------------------------------------------------------


def _meta(tree: lxml_html.HtmlElement, found: Structured) -> None:
    values: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = collapse(meta.get("content", ""))
        if key and content:
            values.setdefault(key, []).append(content)
    for key, origin, target in (
        ("og:title", "opengraph", found.headline),
        ("twitter:title", "meta", found.headline),
        ("og:description", "opengraph", found.description),
        ("description", "meta", found.description),
        *((key, origin, found.modified) for key, origin in _MODIFIED_META),
    ):
        for value in values.get(key, [])[:1]:
            target.append(Claim(value, origin, key))
    for key in _PUBLISHED_META:
        for value in values.get(key, [])[:1]:
            found.published.append(Claim(value, "opengraph" if ":" in key else "meta", key))
    for key in _AUTHOR_META:
        names = [v for v in values.get(key, []) if not _URL.match(v)]
        if names:
            origin = "opengraph" if key.startswith("article:") else "meta"
            claims = [Claim(name, origin, key) for name in names]
            found.authors.setdefault(origin, claims)
    for value in values.get("og:image", [])[:1] + values.get("twitter:image", [])[:1]:
        alt = (values.get("og:image:alt") or [None])[0]
        found.images.append(Claim(value, "opengraph", "og:image", alt=alt))
    if values.get("og:site_name"):
        found.site_name = values["og:site_name"][0]
    if found.canonical is None and values.get("og:url"):
        found.canonical, found.canonical_from = values["og:url"][0], ("opengraph", "og:url")
