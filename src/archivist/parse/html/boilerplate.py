"""What on a page is not the article: navigation, asides, forms, figures, and blocks whose class or id
words say share/related/newsletter/advert/comments/tags/byline/caption/….

Class and id values are cut into words (``c-article__share-tools`` → ``c article share tools``) and a
block is boilerplate when one word is a boilerplate word. A large block (more than ``_LARGE`` characters of
text) is not judged by its words: article wrappers carry classes such as ``comments-open`` or
``has-sidebar`` around the whole story. Judgements are remembered per element.

A word that runs caption or credit into another (``imagecaption``, ``imageembedcredit``: lower-camel
names are not cut) counts as caption or credit. A heading is not judged by its ``id``: headings carry
anchors spelled from their own words (``id="why-buy-a-blu-ray-player"``).
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from archivist.parse.html.document import MARK_ATTRIBUTES as _MARK_NAMES
from archivist.parse.html.document import marks

BOILERPLATE_TAGS = frozenset(
    {
        "nav",
        "aside",
        "footer",
        "form",
        "figure",
        "figcaption",
        "button",
        "select",
        "noscript",
        "iframe",
        "svg",
        "video",
        "audio",
        "header",
        "menu",
        "dialog",
        "table",
        "template",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NEVER = frozenset({"article", "main", "body", "html"})
_WORD = re.compile(
    r"^(?:share|shares|sharing|sharebar|social|related|recommended|recommendations?|recirc|recirculation|"
    r"newsletters?|subscribe|subscription|signup|promo|promos|promotion|advert\w*|ad|ads|adslot|adunit|"
    r"sponsored|sponsor|comments?|footer|sidebar|breadcrumbs?|tags?|taglist|byline|bylines|authors?|caption|"
    r"captions|credits?|disclaimer|copyright|popular|trending|outbrain|taboola|toolbar|meta|"
    r"timestamp|cookie|cookies|consent|modal|popup|overlay|sronly|print|newsletter|donate|donation|"
    r"correction|corrections|nav|navigation|menu|skip|affiliate|disclosure|tweet|twitter|instagram|tiktok|"
    r"carousel|callout|factbox|player|\w*(?:captions?|credits?)\w*)$"
)
_SPLIT = re.compile(r"[^a-z0-9]+")
# "read more" as two words of a class (``read-more-container``), a box of links to other stories; not run
# together in a flag (``disableReadMore``).
_READ_MORE = re.compile(r"(?<![a-z0-9])read[-_ ]more(?![a-z0-9])")
_LARGE = 4000


_HIDDEN_CLASSES = frozenset({"hidden", "is-hidden", "d-none", "visually-hidden", "visuallyhidden"})


def _hidden_by_class(classes: str | None) -> bool:
    """A utility class that hides the element on every screen (``hidden``, ``d-none``). Not when a
    responsive variant shows it again (``hidden md:block``, ``d-none d-lg-block``)."""
    if not classes or ("hidden" not in classes and "d-none" not in classes):
        return False
    names = classes.split()
    return any(name in _HIDDEN_CLASSES for name in names) and not any(
        ":" in name or (name.startswith("d-") and name != "d-none") for name in names
    )


_COMPONENT = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # "ConsentBannerTitle", "MixedMediaCarouselItem"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _component_words(classes: str | None) -> str:
    """The words of component-style class names (``ConsentBannerTitle`` → consent banner title). Only
    names that start with a capital: a lower-case camel name is a flag (``enableAdSlots``), not a part."""
    if not classes or not _COMPONENT.search(classes):
        return ""
    return " " + " ".join(_CAMEL.sub(" ", name) for name in _COMPONENT.findall(classes)).lower()


class Boilerplate:
    """``by_words=False`` judges by tags and hidden-ness only: the fallback for pages whose every prose
    paragraph sits inside a wrapper with a boilerplate-sounding class."""

    def __init__(
        self,
        *,
        by_words: bool = True,
        words: re.Pattern[str] | None = None,
        tags: frozenset[str] | None = None,
    ) -> None:
        self._memo: dict[lxml_html.HtmlElement, bool] = {}
        self.by_words = by_words
        self.words = words or _WORD
        self.tags = BOILERPLATE_TAGS if tags is None else tags

    def is_boilerplate(self, element: lxml_html.HtmlElement) -> bool:
        known = self._memo.get(element)
        if known is None:
            known = self._judge(element)
            self._memo[element] = known
        return known

    def excluded(self, element: lxml_html.HtmlElement, upto: lxml_html.HtmlElement | None = None) -> bool:
        """The element, or an ancestor below ``upto`` (or below the page), is boilerplate."""
        node: lxml_html.HtmlElement | None = element
        while node is not None and node is not upto:
            if self.is_boilerplate(node):
                return True
            node = node.getparent()
        return False

    def _judge(self, element: lxml_html.HtmlElement) -> bool:
        tag = element.tag
        if not isinstance(tag, str) or tag in _NEVER:
            return False
        if tag in self.tags:
            return True
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            return True
        if "display:none" in (element.get("style") or "").replace(" ", "").lower():
            return True
        if _hidden_by_class(element.get("class")):
            return True
        if not self.by_words:
            words = ""
        elif tag in _HEADINGS:  # a heading's id is an anchor spelled from its own text, not a role
            words = " ".join(element.get(name) or "" for name in _MARK_NAMES if name != "id").strip().lower()
        else:
            words = marks(element)
        if words and self.words is _WORD:
            words += _component_words(element.get("class"))
        if not words:
            return False
        if not any(self.words.match(word) for word in _SPLIT.split(words) if word) and not (
            self.words is _WORD and _READ_MORE.search(words)
        ):
            return False
        return len(element.text_content()) < _LARGE
