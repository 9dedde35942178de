"""An article's layout: the front matter (headline, byline, date lines, image, summary) and the body
(dateline, sections, related boxes, sign-off), read from its paragraph blocks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from archivist.parse.agencies import is_agency
from archivist.parse.blocks import Block, Line, line_breaks
from archivist.parse.bodyshape import (
    copyright_notice,
    foot_furniture,
    middle_furniture,
    pull_quotes,
    top_furniture,
)
from archivist.parse.byline import Byline, affiliation_line, find_byline, with_affiliation
from archivist.parse.bylineblock import names_under_story
from archivist.parse.bylinedate import agency_beside_date
from archivist.parse.bylinenext import split_tight_bylines
from archivist.parse.captionfirst import caption_over_headline
from archivist.parse.credit import (
    body_caption,
    caption_over_gallery,
    caption_over_slashed_credit,
    caption_said_twice,
    caption_under_gallery,
    uncredited_caption,
)
from archivist.parse.dateblock import READING_TIME_RULE
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dateline import dateline_note, find_dateline
from archivist.parse.dates import holds_digit
from archivist.parse.front import read_front
from archivist.parse.frontcaption import labelled_pair_over_story, weakly_read
from archivist.parse.frontlabels import (
    crumbs_ending_with,
    headline_over_byline,
    labels_beside_date,
    labels_over_headline,
    masthead_authors,
    release_label,
    title_over_headline,
)
from archivist.parse.frontline import labelled_name, loose_byline, place_colon_name
from archivist.parse.furniture import GENRE_LABEL, fact_box
from archivist.parse.image import find_caption
from archivist.parse.interview import interview_marked
from archivist.parse.publication import DateLine, read_meta_line
from archivist.parse.related import find_related, is_related_label, opens_with_label
from archivist.parse.sections import read_sections
from archivist.parse.signoff import (
    CORRECTION_NOTE,
    author_contact,
    author_note,
    author_post_line,
    closing_note,
    contact_block,
    desk_credits,
    end_mark_alone,
    rights_line,
    signed_with_address,
    signoff_photo_credit,
    site_signoff,
    trailing_signoff,
    whole_block_signoff,
    wire_end_mark,
)
from archivist.parse.standfirst import boxes_at_top
from archivist.parse.words import SCRIPT_FULL_STOPS
from archivist.record.model import Dateline, Evidence, Image, Related, Section, Span, Text

_MAX_HEADLINE_CHARS = 250
_MAX_BODY_CAPTION = 300
_MAX_CLOSING_BLOCKS = 3
_MAX_META_CHARS = 160  # archivist.parse.publication reads no longer line
_MAX_DATE_LINE = 80  # a date line under the story, two dates and their labels
# A byline under the story must say "By": a bare name line there is a paragraph's shape too.
_BY_WORD = re.compile(r"(?i:by)\b:?\s")
_MAIN_SECTION_RULE = "subhead-short-line-between-paragraphs"
_FOOT_CREDITS_RULE = "credits-tight-under-labelled-byline-left-out"
_BOX_SUMMARY = "standfirst-labelled-box"  # frontsummary's rule for a standfirst read from a key-points box
# A copyright notice closing a wire copy is the sign-off, not a paragraph.
# "© Copyright of Example Publisher Ltd., 2026.": the notice may name the holder before the year.
_COPYRIGHT = re.compile(
    r"(?:Copyright|©|\(c\)|\(C\))\s*(?:\d{4}|©|\(c\))[^\r\n]{0,160}$"
    r"|(?:©|\(c\)|\(C\))\s*(?:Copyright\b)?[^\r\n]{0,120}?\b(?:19|20)\d\d\b[^\r\n]{0,40}$"
)
# Lines above a press release's headline that say what kind of text it is.
# Lines above a press release's headline that say what kind of text it is, and a web page's genre
# kicker (``EXCLUSIVE``, ``Analysis``, ``Meinung``) copied above the headline.
_KICKER = re.compile(
    r"(?:FOR IMMEDIATE RELEASE|For Immediate Release|PRESS RELEASE|Press Release|NEWS RELEASE|News Release"
    r"|MEDIA (?:ADVISORY|RELEASE)|Media (?:Advisory|Release)|EMBARGOED[^\r\n]{0,80}|Embargoed[^\r\n]{0,80}"
    rf"|{GENRE_LABEL})"
)


@dataclass
class Layout:
    headline: Text | None = None
    summary: Text | None = None
    image: Image | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    dates: list[DateLine] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    signoff: Text | None = None
    undated_line: bool = False  # a date line was read that gives no calendar date ("5 days ago")
    # whether the page marks its piece as an interview (archivist.parse.interview), asked when needed
    interview: Callable[[], bool] | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)


def read_layout(text: str, blocks: list[Block]) -> Layout:
    layout = Layout()
    blocks = split_tight_bylines(text, list(blocks))  # "Headline" / "By Jane Doe" joined by the wrap reading
    # A related box closing the page ("Related News" over its headlines, the site's name under them) is
    # read apart: the sign-off over it is the story's last block.
    foot = _related_foot(blocks)
    page = blocks  # every block of the page, for the lines it prints twice
    blocks, trailing = blocks[:foot], blocks[foot:]
    mark_under_box = None
    if trailing and (mark := _end_mark_under_box(text, trailing)) is not None:
        # "Más en Andina:" and a headline over "(FIN) JRC/MAO" and the date line: the wire's end mark set
        # under the box the page put in its copy closes the story, not the box
        mark_under_box = trailing[mark]
        blocks, trailing = blocks + trailing[mark:], trailing[:mark]
    index = 0
    labels: list[str] = []  # the page's section labels, crumbs and masthead over the headline
    while index < len(blocks):
        if _KICKER.fullmatch(blocks[index].text) and index + 2 < len(blocks):
            labels.append(blocks[index].text)  # "FOR IMMEDIATE RELEASE", "Analysis": the piece's kind
            index += 1
            continue
        if _take_meta(text, blocks[index], layout):
            index += 1
            continue
        if _date_line_over_headline(text, blocks, index, layout):
            index += 1
            continue
        if (
            index + 2 < len(blocks)
            and blocks[index].is_single_line
            and crumbs_ending_with(blocks[index].text, blocks[index + 1].text)
        ):
            labels.append(blocks[index].text)  # "News / City / <the headline>" over the headline
            index += 1
            continue
        if index + 2 < len(blocks) and (
            release := release_label(text, blocks[index].start, blocks[index].end)
        ):
            # "Pressemitteilung Nr. 447 vom 26. November 2026": the release's label and its date line
            labels.append(blocks[index].text)
            if release.dates and not layout.dates:
                layout.dates.extend(release.dates)
                layout.evidence["published"] = Evidence(
                    "text", "date-line-in-release-label", "over the headline"
                )
            index += 1
            continue
        if not labels and (headline_at := title_over_headline(blocks, index)) is not None:
            # the page's title over the navigation and the headline it prints again: chrome down to it (a
            # date line read among it)
            labels.extend(
                block.text for block in blocks[index:headline_at] if not _take_meta(text, block, layout)
            )
            index = headline_at
            continue
        if layout.image is None and (first := caption_over_headline(text, blocks, index, _is_headline)):
            # the lead picture's caption and credit printed over the headline (archivist.parse.captionfirst)
            labels.extend(block.text for block in blocks[index : first[0]])  # section labels over it
            index, layout.image = first[1], first[2]
            layout.evidence["image"] = Evidence("text", "caption-over-headline")
            continue
        run, under = labels_over_headline(text, blocks, index, _is_headline)
        if not run:
            break
        labels.extend(block.text for block in blocks[index : index + run])
        for block in blocks[index + run : under]:  # date lines between the labels and the headline
            if (
                not _take_meta(text, block, layout)
                and (found := read_date_block(text, block.start, block.end)) is not None
            ):
                _agency_beside_date(text, block, layout)
                layout.dates.extend(found.dates)
                if found.rule == READING_TIME_RULE:
                    continue  # "4 mins to read": the date line's note, nothing of the date
                layout.undated_line = layout.undated_line or not found.dates
                layout.evidence["published"] = Evidence("text", found.rule, "over the headline")
        index = under
    if index < len(blocks) and _is_headline(text, blocks[index]):
        if (split := headline_over_byline(text, blocks[index])) is not None:
            blocks[index : index + 1] = split
        layout.headline = Text(blocks[index].text, Span(blocks[index].start, blocks[index].end))
        index += 1
        if labels:
            note = "; ".join(labels)
            layout.evidence["headline"] = Evidence("text", "headline-under-front-labels", note)
            layout.evidence["front"] = Evidence("text", "front-label-over-headline-left-out", note)
        else:
            layout.evidence["headline"] = Evidence("text", "first-block-headline-shaped")
    # The page's furniture under the story, told by its shape (lines ending with no stop, what follows a
    # copyright line): left out before the sign-off is sought, which it would hide from the page's end.
    shaped: list[tuple[str, list[Block]]] = []
    cut, rule = foot_furniture(text, blocks, index, _closing_text)
    foot_left_out: list[Block] = []
    if rule is not None:
        foot_left_out = blocks[cut:]
        shaped.append((rule, foot_left_out))
        del blocks[cut:]
        if (mark := _end_word_over_date(text, foot_left_out[0])) is not None:
            blocks.append(mark)  # "Ends/Wednesday, July 9, 2025": the release's end word, then its date
    date_under_signoff = _date_line_under_signoff(text, blocks, index)
    if date_under_signoff is not None:
        shaped.append(("date-line-under-signoff", [date_under_signoff]))
        del blocks[-1]
    site_signed = None
    if (
        foot_left_out
        and date_under_signoff is None
        and foot_left_out[0].is_single_line
        and blocks
        and _FOOT_STOPPED.search(blocks[-1].text)
        and site_signoff(text, foot_left_out[0].start, foot_left_out[0].end)
    ):
        # "Vanguard News" right under the story's last sentence, the page's furniture under it: the site
        # signs its copy; the line is the sign-off, the rest stays left out
        site_signed = foot_left_out.pop(0)
        blocks.append(site_signed)
        if not foot_left_out:
            shaped.pop()
    # The sign-off is no front block: a copyright line under a three-paragraph story is not the lead
    # image's credit, and the paragraphs above it no standfirst.
    if len(blocks) - index > 1 and not blocks[-1].is_single_line:
        blocks[-1:] = _closing_lines_apart(text, blocks[-1])
    closing = _closing_blocks(blocks[index:])
    if closing > 1 and wire_end_mark(blocks[-closing].text):
        # "--IANS" over "ksk/svn" over the page's disclaimer: the wire's end mark ends its copy, and the
        # lines the page and the desk set under it are no part of the sign-off
        shaped.append(("under-wire-end-mark", blocks[len(blocks) - closing + 1 :]))
        del blocks[len(blocks) - closing + 1 :]
        closing = 1
    if site_signed is not None and blocks[-1] is site_signed:
        closing = max(closing, 1)
        layout.evidence["signoff"] = Evidence("text", "site-name-under-story", site_signed.text)
    if not closing:
        blocks, closing = _signoff_over_box(text, blocks, index)
    front_blocks = blocks[: len(blocks) - closing]
    body_start = read_front(text, front_blocks, index, layout, _take_meta)
    if body_start >= len(front_blocks) > index + 1 and layout.image is not None:
        body_start = _story_under_last_caption(front_blocks, index, layout)
    if date_under_signoff is not None and not layout.dates:
        _take_dates_only(text, date_under_signoff, layout)  # the page's only date line, under the story
    if labels and layout.byline is not None and (named := masthead_authors(layout.byline, labels)):
        # "InfoValley" over the headline, "Por Jane Doe, InfoValley Campinas" under it: the site, no author
        layout.byline = named
        layout.evidence["authors"] = Evidence(
            "text", "byline-masthead-over-headline-no-author", "; ".join(labels)
        )
    blocks = front_blocks + blocks[len(front_blocks) :]
    headline = layout.headline.text if layout.headline is not None else None
    # (the byline read, and the front's other lines: "Propos recueillis par Jean Dupont" is no byline read;
    # asked only of a body with questions in turn between its paragraphs)
    front = blocks[index:body_start]
    byline = layout.byline.text.text if layout.byline is not None else ""
    layout.interview = lambda: interview_marked(
        labels, headline, [byline, *(block.text for block in front if block.is_single_line)]
    )
    names = [person.name for person in layout.byline.authors] if layout.byline is not None else []
    if names and not closing and rule is not None:
        _post_line_back(blocks, names, shaped)
    closing = _notes_under_tag_line(blocks, body_start, closing, names, shaped)
    _shaped_body(text, blocks, body_start, closing, page, headline, shaped, layout)
    if shaped:
        # each rule, then the first line of each block it left out: what a reviewer needs to check it
        note = "; ".join(
            rule + ": " + " | ".join(block.text.partition("\n")[0] for block in left) for rule, left in shaped
        )
        layout.evidence["furniture-shape"] = Evidence("text", "furniture-shape-left-out", note)
    if names and (box := _name_over_note(blocks, body_start, closing, names)):
        # "Andrea Vargas Solano" over "Periodista de agronegocios. … Escríbale a …": the page's box on the
        # byline's author under the story (her name its title, the note on her under it): no paragraph, no
        # subhead, no sign-off, whatever way to reach her it gives
        end = len(blocks) - closing
        layout.evidence["author-box"] = Evidence(
            "text", "author-name-over-note-left-out", blocks[end - 2].text
        )
        del blocks[end - box : end]
    if names and (box := _name_over_title(blocks, body_start, closing, names)):
        # "Kate Merrick" over "Agriculture reporter" under the story's last sentence: the page's box on the
        # byline's author (her name, her post), and the page's lines under it (a paywall, a button): no
        # subhead, no paragraph, no sign-off
        layout.evidence["author-box"] = Evidence(
            "text", "author-name-over-title-left-out", blocks[box].text + " | " + blocks[box + 1].text
        )
        del blocks[box:]
        closing = 0
    if layout.byline is not None and (notes := _author_notes(blocks, body_start, closing, names)):
        end = len(blocks) - closing
        above = end - notes - 1
        if not _SENTENCE_CLOSED.search(blocks[above].text.rstrip()):
            # "More from SCMP" and its headlines, or the page's tags, over "Jane Doe covers transport.": the
            # page's box on its writers, set among its furniture, no sign-off of the story; nor what follows
            # (the furniture note above is written already: this rule's evidence is its own)
            layout.evidence["author-box"] = Evidence(
                "text", "author-box-under-page-furniture", blocks[above + 1].text.partition("\n")[0]
            )
            while (
                above - 1 > body_start
                and blocks[above].is_single_line
                and len(blocks[above].text) <= _MAX_TAG_LINE
                and not _SENTENCE_CLOSED.search(blocks[above].text.rstrip())
            ):
                # "Heatwave" / "Metro Trains" over the box: the page's tags between the story's last sentence
                # and the box on its author, heading no paragraph: no subheads, no paragraphs
                above -= 1
            del blocks[above + 1 :]
            closing = 0
        elif not any(
            author_contact(block.text) or author_post_line(block.text, names)
            for block in blocks[end - notes : end]
        ):
            # the page's box on its authors, with no way to reach them: no sign-off, no paragraph (her name
            # and post in brackets, "Claire Vasseur (Grenoble, correspondante)", signs the story)
            layout.evidence["author-note"] = Evidence(
                "text", "author-note-left-out", blocks[end - notes].text.partition("\n")[0]
            )
            del blocks[end - notes : end]
            if not closing:
                # the note stood between the story and the page's furniture over it (tags, a licence
                # link): the foot is sought again from the page's new end
                cut, rule = foot_furniture(text, blocks, index, _closing_text)
                if rule is not None and cut >= body_start:
                    layout.evidence["furniture-shape-under-author-note"] = Evidence(
                        "text", rule, " | ".join(block.text.partition("\n")[0] for block in blocks[cut:])
                    )
                    del blocks[cut:]
        else:
            if not closing:
                layout.evidence["signoff"] = Evidence("text", "author-note-under-story")
            closing += notes
    if layout.byline is None and closing and _labelled_byline_under_story(text, blocks[-closing], layout):
        del blocks[-closing]  # "Journalist: Jane Doe" over "Editor: John Roe": the byline, then the sign-off
        closing -= 1
        # "Pewarta: Jane Doe" with "Editor: John Roe" and the copyright set tight under it, one box: the
        # page's credits box at the story's foot (who wrote, who edited), the byline's company, not the
        # story's closing tag; the editor's line set apart under a blank line stays the sign-off.
        tight = 0
        while tight < closing and blocks[len(blocks) - closing + tight].blank_lines_before == 0:
            tight += 1
        if tight:
            box = blocks[len(blocks) - closing : len(blocks) - closing + tight]
            note = " | ".join(block.text for block in box)
            layout.evidence["foot-credits"] = Evidence("text", _FOOT_CREDITS_RULE, note)
            del blocks[len(blocks) - closing : len(blocks) - closing + tight]
            closing -= tight
    if layout.byline is None and len(blocks) - closing - body_start > 1:
        above_closing = len(blocks) - closing - 1
        if not _in_related_box(text, blocks, above_closing, body_start) and _byline_under_story(
            text, blocks[above_closing], layout, last=not closing
        ):
            del blocks[above_closing]
    if layout.byline is None:
        _byline_in_foot(text, blocks[len(blocks) - closing :] + trailing, layout)
    if layout.byline is None and (found := _agency_byline_near_end(text, blocks, body_start, layout)):
        del blocks[found]
    if layout.byline is None and foot_left_out:
        # (the page's foot left out by its shape may hold it: it stays left out, the byline read from it)
        _agency_byline_near_end(text, foot_left_out, -1, layout)
    if layout.byline is None and foot_left_out:
        # "SANTIAGO HERRERA OSPINA" / "REDACCIÓN BOGOTÁ", "박지현 기자" / "이준호 기자" right under the last
        # paragraph, left out with the page's foot: the byline signed under the story (it stays left out)
        signed = names_under_story(text, _tight_lines(foot_left_out))
        if signed is not None:
            layout.byline = signed.byline
            layout.evidence["byline"] = Evidence("text", signed.rule)
            layout.evidence["authors"] = Evidence("text", signed.rule)
    _read_body(text, blocks[body_start:], layout, closing, trailing)
    if (
        mark_under_box is not None
        and layout.signoff is not None
        and layout.signoff.span.start == mark_under_box.start
    ):
        layout.evidence["signoff"] = Evidence("text", "end-mark-under-related-box")
    return layout


def _shaped_body(
    text: str,
    blocks: list[Block],
    body_start: int,
    closing: int,
    page: list[Block],
    headline: str | None,
    shaped: list[tuple[str, list[Block]]],
    layout: Layout,
) -> None:
    """Leave out of the body ``blocks[body_start:len(blocks) - closing]`` the page's furniture told by its
    shape (``archivist.parse.bodyshape``): the short lines with no stop over its first paragraph, and those
    inside it the ``page`` prints twice (the ``headline`` aside) or that open in lower case; each rule and
    its blocks added to ``shaped`` for the evidence. A byline or date line among the lines over the first
    paragraph is read into ``layout`` before they go: it is no paragraph, but it is the page's only byline
    or date when the front stopped above it (``By … FOR …`` over ``Published: … | Updated: …`` under a
    bullet box)."""
    end = len(blocks) - closing
    top = top_furniture(text, blocks[body_start:end])
    if top == 1 and layout.image is None and layout.byline is not None:
        # One line with no stop over the story, under the byline: the lead picture's caption the page
        # printed with no credit (a crumb or button is told from it by its few words)
        lone = blocks[body_start]
        # (the headline's opening words again, "Pub landlord who banned phones …" under "Share or comment on
        # this article:", title the page's share box: no picture is described there)
        if headline is None or not headline.startswith(lone.text):
            layout.image = uncredited_caption(text, lone.start, lone.end)
        if layout.image is not None:
            layout.evidence["image"] = Evidence("text", "caption-alone-over-story")
            del blocks[body_start]
            end -= 1
            top = 0
    if top and (layout.image is None or weakly_read(layout)):
        # A caption over its labelled credit among those lines: the lead picture, which the front's search
        # stopped above (its date line or byline unread, the lines over it counted as text)
        pair = labelled_pair_over_story(text, blocks[body_start : body_start + top])
        if pair is not None:
            layout.image = pair[1]
            layout.evidence["image"] = Evidence("text", "caption-over-labelled-credit-over-story")
    if top:
        for block in blocks[body_start : body_start + top]:
            if not (_take_meta(text, block, layout) or _take_dates_only(text, block, layout)):
                place_colon_name(text, block.start, block.end, layout)
        shaped.append(("unstopped-lines-over-story", blocks[body_start : body_start + top]))
        del blocks[body_start : body_start + top]
        end -= top
        # The story's first paragraph under those lines opens with the dateline the front, stopped above
        # them, never reached ("Video" / "Crews work through …" / "ST. PAUL, Minn. — A water main …").
        if layout.dateline is None and body_start < end:
            first = blocks[body_start]
            dateline = find_dateline(text, first.start, first.end, headline=headline)
            if dateline is not None and dateline.span.end < first.end:
                layout.dateline = dateline
                layout.evidence["dateline"] = Evidence(
                    "text", "dateline-opening-paragraph-under-furniture", dateline_note(dateline)
                )
    middle = middle_furniture(blocks[body_start:end], page, headline)
    if middle:
        shaped.append(("repeated-or-lower-case-line-in-story", [blocks[body_start + at] for at in middle]))
        for at in reversed(middle):
            del blocks[body_start + at]
            end -= 1
    quotes = pull_quotes(blocks[body_start:end])
    if quotes:
        shaped.append(("pull-quote-said-in-paragraph-beside-it", [blocks[body_start + at] for at in quotes]))
        for at in reversed(quotes):
            del blocks[body_start + at]


_MAX_FOOT_LINE = 150
_FOOT_STORY_BLOCK = 100  # a block this long is one of the story's paragraphs
# (the full stops of the scripts that have their own: Chinese and Japanese "。", Devanagari's and Bengali's
# danda "।", Ethiopic "።", Khmer "។", Burmese "။", Armenian "։": a paragraph in them ends so)
_FOOT_STOPPED = re.compile(rf"[.!。！{SCRIPT_FULL_STOPS}][\"'”’»)]?$")
# A story's paragraph ends with its sentence's stop (a quotation's or a bracket's mark perhaps after it); a
# related headline, a tag or a button does not.
_SENTENCE_CLOSED = re.compile(r"[.!?…](?:\s*[\"'”’»)\]])*$")  # (French: ". »", a space before the mark)


def _related_foot(blocks: list[Block]) -> int:
    """Where a related box closing the page begins: a teaser label's block (``Related News``) with nothing
    under it but short lines ending with no stop (headlines, the site's name), and two of the story's
    paragraphs above it; ``len(blocks)`` if the page ends otherwise."""
    index = len(blocks) - 1
    asked = False  # a line under it ends with a question mark
    while index > 0:
        block = blocks[index]
        head = block.text.partition("\n")[0]
        if is_related_label(head):
            story = sum(1 for above in blocks[:index] if len(above.text) >= _FOOT_STORY_BLOCK)
            if asked and not _label_alone(head):
                return len(
                    blocks
                )  # "Read more: <headline>" names one story: a question under it is the story's
            # ("More From UAE" closing the page, its links not copied: the box's label alone, no story's line)
            closes = index < len(blocks) - 1 or (block.is_single_line and _label_alone(head))
            return index if story >= 2 and closes else len(blocks)
        for line in block.text.splitlines():
            if len(line) > _MAX_FOOT_LINE or _FOOT_STOPPED.search(line):
                return len(blocks)
            # ("Dublin Airport passenger cap: what happens next?": a headline may ask, under a label alone)
            asked = asked or "?" in line[-2:]
        index -= 1
    return len(blocks)


def _end_mark_under_box(text: str, trailing: list[Block]) -> int | None:
    """Where a wire's end mark alone (``(FIN) JRC/MAO``, ``-- BERNAMA``) stands among the blocks of a related
    box closing the page, under its label: the last block, or over the page's date line closing it. None if
    none does."""
    for position in range(len(trailing) - 1, max(0, len(trailing) - 3), -1):
        block = trailing[position]
        if block.is_single_line and end_mark_alone(block.text):
            under = trailing[position + 1 :]
            if not under or (
                under[0].is_single_line
                and len(under[0].text) <= _MAX_DATE_LINE
                and holds_digit(under[0].text, 0, len(under[0].text))
                and (found := read_date_block(text, under[0].start, under[0].end)) is not None
                and found.dates
            ):
                return position
    return None


def _label_alone(line: str) -> bool:
    """``More from Ireland``, ``Related News:``: the label alone on its line, its list under it."""
    bare = line.rstrip().rstrip(":|")
    return ":" not in bare and "|" not in bare


def _date_line_over_headline(text: str, blocks: list[Block], index: int, layout: Layout) -> bool:
    """``Pressemitteilung Nr. 447 vom 26. November 2026`` over the headline: a date line giving a calendar
    date, placed above the headline with nothing but the page's labels before it, is the date line and no
    headline. Record it and say whether it was."""
    block = blocks[index]
    if index + 1 >= len(blocks) or not block.is_single_line or not holds_digit(text, block.start, block.end):
        return False
    found = read_date_block(text, block.start, block.end) or labels_beside_date(text, block)
    if found is None or not found.dates:
        return False
    _agency_beside_date(text, block, layout)
    layout.dates.extend(found.dates)
    layout.evidence["published"] = Evidence("text", found.rule, "over the headline")
    return True


def _agency_beside_date(text: str, block: Block, layout: Layout) -> None:
    """``Press Trust of India | Updated: …`` read as a date line over the headline: the agency before the bar
    is the byline, naming no one (no byline read yet)."""
    if layout.byline is None and (agency := agency_beside_date(text, block.start, block.end)) is not None:
        layout.byline = agency
        layout.evidence["byline"] = Evidence("text", "byline-agency-beside-date-line", "over the headline")
        layout.evidence["authors"] = Evidence("text", "byline-agency-beside-date-line")


_MAX_BOX_BLOCKS = 4  # blocks of a related box closing the page, under the sign-off
_SIGNOFF_REACH = 12


def _signoff_over_box(text: str, blocks: list[Block], index: int) -> tuple[list[Block], int]:
    """``(kbr)`` over ``Mehr zum Thema`` and its teaser: the sign-off closes the story and a related box
    follows it on the page. The box's blocks are set before the sign-off (the body reader finds the box
    wherever it stands), so that the sign-off closes the list; return the blocks and the sign-off's count."""
    for size in range(1, min(_MAX_BOX_BLOCKS, len(blocks) - index - 2) + 1):
        if opens_with_label(blocks[-size].text):
            _, used = find_related(blocks[-size:], text)
            if len(used) != size:
                return blocks, 0
            cut = len(blocks) - size
            # (the blocks just above the box: a sign-off and the contacts are read from the last dozen)
            above = _closing_blocks(blocks[max(index, cut - _SIGNOFF_REACH) : cut])
            if not above:
                return blocks, 0
            return blocks[: cut - above] + blocks[cut:] + blocks[cut - above : cut], above
    return blocks, 0


_RELATED_REACH = 8  # blocks above a line searched for the box whose list it may end


def _post_line_back(blocks: list[Block], names: list[str], shaped: list[tuple[str, list[Block]]]) -> None:
    """``Claire Vasseur (Grenoble, correspondante)`` closing the page, left out with the furniture under the
    story (a short line ending with no stop) before the byline was read: the byline's author signing the
    story with her post is the sign-off, set back under the story's last block."""
    rule, left = shaped[0]
    if left and author_post_line(left[0].text, names):
        blocks.append(left[0])
        if len(left) > 1:
            shaped[0] = (rule, left[1:])
        else:
            del shaped[0]


def _notes_under_tag_line(
    blocks: list[Block],
    body_start: int,
    closing: int,
    names: list[str],
    shaped: list[tuple[str, list[Block]]],
) -> int:
    """``This article appears in the January print edition …`` or ``Contributing: Jane Roe`` over ``Jane Doe
    is a contributing writer …``: the newsroom's tag line closes the story, and the note on its author
    under it is the page's box on her, no part of the sign-off (one alone under the story is the sign-off).
    Leave the notes out of ``blocks`` (recorded in ``shaped``) and return the sign-off's count of blocks."""
    if not names:
        return closing
    end = len(blocks)
    bios = 0
    while (
        bios < 2 * len(names)
        and end - bios - 1 > body_start
        and author_note(blocks[end - bios - 1].text, names)
    ):
        bios += 1
    if not bios:
        return closing
    if closing > bios:
        tag = closing - bios  # the tag lines read with the notes as closing blocks
    else:
        tag = _closing_blocks(blocks[body_start : end - bios]) if closing == 0 else 0
    if not tag:
        return closing
    shaped.append(("author-note-under-tag-line", blocks[end - bios :]))
    del blocks[end - bios :]
    return tag


_MAX_BOX_NOTE = 400
_MAX_BOX_NOTE_SENTENCES = 3


def _name_over_note(blocks: list[Block], body_start: int, closing: int, names: list[str]) -> int:
    """2 when the last two blocks over the ``closing`` ones are a byline's author's name alone over a short
    note on her that does not open with her name (``Jane Doe`` over ``Transport reporter. Write to her at
    jdoe@example.com``): the page's author box, in any language; else 0. (A note opening with her name,
    ``Jane Doe covers transport.``, is read by ``_author_notes``; the story's last paragraph stays above.)"""
    end = len(blocks) - closing
    if end - 2 <= body_start + 1:
        return 0
    name, note = blocks[end - 2].text.strip(), blocks[end - 1].text.strip()
    if name not in names or "\n" in note or len(note) > _MAX_BOX_NOTE or note.startswith(name):
        return 0
    if note.count(". ") >= _MAX_BOX_NOTE_SENTENCES or not (
        _SENTENCE_CLOSED.search(note) is not None or author_contact(note)
    ):
        return 0  # a note is of a sentence or three, closed by its stop or by the address to write to
    if whole_block_signoff(note) or desk_credits(note) or closing_note(note) is not None:
        return 0  # "Jane Doe" over "Editing by John Roe": the desk's credits, read as the sign-off
    return 2


_MAX_TAG_LINE = 40  # a tag of the page's, a few words
_BOX_REACH = 6  # blocks from the page's end: the box, its title and the page's few lines under it
_MAX_TITLE_WORDS = 6
_MAX_TITLE = 60
_MAX_UNDER_BOX = 200  # a line under the box as long as a story's paragraph: the box is inside the story


def _name_over_title(blocks: list[Block], body_start: int, closing: int, names: list[str]) -> int:
    """Where the page's box on the byline's author starts under the story, or 0: her name alone on its
    line (as the byline gives it) right under a sentence closed by its stop, over a short line closing none,
    her post (``Kate Merrick`` over ``Agriculture reporter``, ``Jean Dupont`` over ``Journaliste``), with
    at most a few short lines of the page under them (a paywall's offer, a button). In any language: the
    byline's own name is the evidence, the post's words are not looked up."""
    end = len(blocks) - closing
    for at in range(end - 2, max(body_start + 1, end - _BOX_REACH) - 1, -1):
        name = blocks[at].text.strip()
        if name not in names or not blocks[at].is_single_line:
            continue
        title = blocks[at + 1].text.strip()
        if (
            not blocks[at + 1].is_single_line
            or len(title) > _MAX_TITLE
            or len(title.split()) > _MAX_TITLE_WORDS
            or _SENTENCE_CLOSED.search(title) is not None
            or title in names
            or holds_digit(title, 0, len(title))
        ):
            return 0
        if not _SENTENCE_CLOSED.search(blocks[at - 1].text.rstrip()):
            return 0  # (a name over a post in a list of the story's people: no sentence closed above)
        if any(len(block.text) >= _MAX_UNDER_BOX for block in blocks[at + 2 :]):
            return 0
        return at
    return 0


def _author_notes(blocks: list[Block], body_start: int, closing: int, names: list[str]) -> int:
    """How many blocks over the ``closing`` ones are notes on the byline's authors, one under another
    (``Jane Doe covers transport.`` over ``John Roe is a reporter.``), each perhaps under its author's name
    on a line of its own (``Jane Doe`` over ``Jane Doe is …``): the sign-off, as one note is. One block
    above them always stays the story's."""
    count = 0
    index = len(blocks) - closing - 1
    while index - body_start > 0 and count < 2 * len(names):
        block = blocks[index]
        head, _, rest = block.text.partition("\n")
        if (
            author_note(block.text, names)
            or (rest and head.strip() in names and author_note(rest, names))
            or (count == 0 and author_post_line(block.text, names))
        ):
            count += 1
        elif count and block.text.strip() in names and blocks[index + 1].text.startswith(block.text.strip()):
            count += 1  # the author's name alone over the note on her
        else:
            break
        index -= 1
    return count


def _tight_lines(blocks: list[Block]) -> list[tuple[int, int]]:
    """The lines of ``blocks[0]`` and of the blocks set tight under it (no blank line between)."""
    lines: list[tuple[int, int]] = []
    for at, block in enumerate(blocks):
        if at and block.blank_lines_before:
            break
        lines.extend((line.start, line.end) for line in block.lines)
    return lines


def _in_related_box(text: str, blocks: list[Block], index: int, body_start: int) -> bool:
    """``Related topics`` over its list of names: the list's last line is the box's, no byline."""
    first = max(body_start, index - _RELATED_REACH)
    if not any(opens_with_label(block.text) for block in blocks[first:index]):
        return False  # the cheap test first: most stories end with no box
    _, used = find_related(blocks[first : index + 1], text)
    return index - first in used


def _byline_under_story(text: str, block: Block, layout: Layout, *, last: bool) -> bool:
    """``(By Jane Doe and John Roe)`` over the sign-off, no byline above the story: the byline printed at
    its foot (whole, or in brackets) is the byline, not a paragraph. A name alone (``Jane Doe``) is one
    only as the article's last line, where no paragraph is a name and nothing else. Say whether the block
    was taken."""
    if not block.is_single_line:
        return False
    start, end = block.start, block.end
    if text[start] in "([" and text[end - 1] in ")]":
        start, end = start + 1, end - 1
    byline = find_byline(text, start, end) if _BY_WORD.match(text, start, end) else None
    if byline is None and last and not is_related_label(text[start:end]):
        # ("RELATED STORIES" closing the page, its links not copied: a box's label in capitals, no name)
        byline = loose_byline(text, start, end)
    if byline is None or not byline.authors:
        return False
    layout.byline = byline
    layout.evidence["byline"] = Evidence("text", "byline-under-story")
    return True


def _labelled_byline_under_story(text: str, block: Block, layout: Layout) -> bool:
    """``Reporter: Jane Doe`` opening the sign-off, no byline above the story: an author's label names the
    byline printed at the story's foot (an editor's or translator's label stays sign-off)."""
    if not labelled_name(text, block):
        return False
    byline = loose_byline(text, block.start, block.end)
    if byline is None or not byline.authors:
        return False
    layout.byline = byline
    layout.evidence["byline"] = Evidence("text", "byline-labelled-under-story")
    layout.evidence["authors"] = Evidence("text", "byline-labelled-under-story")
    return True


def _byline_in_foot(text: str, foot: list[Block], layout: Layout) -> None:
    """``Pewarta: Jane Doe`` over ``Editor: John Roe`` and the copyright, in one block of the sign-off or
    under the related box closing the page: the first line of a foot block opening with an author's label
    (never an editor's) is the byline printed under the story. The block stays where it was read."""
    for block in foot:
        line = block.lines[0]
        first = Block(line.start, line.end, text[line.start : line.end], (line,), block.blank_lines_before)
        if labelled_name(text, first):
            byline = loose_byline(text, first.start, first.end)
            if byline is not None and byline.authors:
                layout.byline = byline
                layout.evidence["byline"] = Evidence("text", "byline-labelled-in-foot")
                layout.evidence["authors"] = Evidence("text", "byline-labelled-in-foot")
                return


_AGENCY_BYLINE_REACH = 16  # blocks from the page's end: the story's foot, its tags and links under it


def _agency_byline_near_end(text: str, blocks: list[Block], body_start: int, layout: Layout) -> int:
    """``Magdalena Krawiec (PAP)`` on a line of its own near the page's end, no byline above the story: a
    name with a news agency in brackets is the reporter signing for the agency (a paragraph never is a name
    and a bracket). Return the block's index (0 if none; ``body_start`` -1 for blocks outside the body)."""
    for index in range(len(blocks) - 1, max(body_start + 1, len(blocks) - _AGENCY_BYLINE_REACH) - 1, -1):
        block = blocks[index]
        if not block.is_single_line or not block.text.endswith(")") or len(block.text) > _MAX_AGENCY_BYLINE:
            continue
        byline = loose_byline(text, block.start, block.end)
        if byline is None or len(byline.authors) != 1:
            continue
        affiliation = byline.authors[0].affiliation
        if affiliation is None or not is_agency(affiliation):
            continue
        layout.byline = byline
        layout.evidence["byline"] = Evidence("text", "byline-name-agency-bracket-under-story")
        layout.evidence["authors"] = Evidence("text", "byline-name-agency-bracket-under-story")
        return index
    return 0


_MAX_AGENCY_BYLINE = 80


def _is_headline(text: str, block: Block) -> bool:
    words = block.text.split()
    if len(block.text) > _MAX_HEADLINE_CHARS or len(block.lines) > 3:
        return False
    if block.text.endswith(".") and len(words) > 15:
        return False
    dateline = find_dateline(text, block.start, block.end)
    if dateline is None:
        return True
    # "ECONOMIC SPOTLIGHT - ASIAN DROUGHTS" has a dateline's shape (PLACE -), but a wire opener dated by
    # no date or agency on one short line that ends no sentence is a headline with a kicker, not a
    # first paragraph: a paragraph run on from a dateline ends with its sentence.
    return (
        dateline.date is None
        and dateline.agency is None
        and block.is_single_line
        and len(words) <= 15
        and not block.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))
    )


def _take_meta(text: str, block: Block, layout: Layout) -> bool:
    """Record ``block`` if it is a byline and/or date line; say whether it was."""
    if not block.is_single_line:
        return False
    meta = read_meta_line(text, block.start, block.end)
    if meta is not None:
        layout.dates.extend(meta.dates)
        if meta.byline is not None and layout.byline is None:
            layout.byline = meta.byline
        return True
    byline = find_byline(text, block.start, block.end)
    if byline is not None:
        if layout.byline is None:
            layout.byline = byline
        return True
    if layout.byline is not None and not text[layout.byline.text.span.end : block.start].strip("\r\n \t"):
        # "By MARI YAMAGUCHI" over "Associated Press Writer": one byline on two lines.
        affiliation = affiliation_line(text, block.start, block.end)
        if (
            affiliation is not None
            and layout.byline.text.span.end <= block.start
            # (across a blank line from a byline that names its outlet already: the picture's credit)
            and not (
                line_breaks(text, layout.byline.text.span.end, block.start) > 1
                and layout.byline.authors
                and all(person.affiliation for person in layout.byline.authors)
            )
        ):
            layout.byline = with_affiliation(text, layout.byline, block.end, affiliation)
            return True
    return False


def _read_body(text: str, blocks: list[Block], layout: Layout, closing: int, trailing: list[Block]) -> None:
    """Read the body ``blocks``, the last ``closing`` of them being sign-off (one block always stays body),
    then the ``trailing`` related box closing the page (its other lines no paragraphs)."""
    blocks = list(blocks)
    closing = min(closing, max(len(blocks) - 1, 0))
    if (
        closing
        and copyright_notice(text[blocks[-closing].start : blocks[-1].end])
        and text[blocks[-closing - 1].end : blocks[-closing].start].strip()
    ):
        # A copyright under page furniture left out of the story ("Download the … app for the latest
        # updates."): the page's notice, closing its furniture; right under the story it signs it.
        del blocks[-closing:]
        closing = 0
    if closing > 1 and closing_note(blocks[-1].text) == CORRECTION_NOTE:
        # "– jdoe@example.com" over "Correction: An earlier version …": the story is signed over the note
        # the newsroom appended later; the note is no part of the sign-off (alone, it is the sign-off).
        layout.evidence["correction"] = Evidence("text", "correction-under-signoff-left-out")
        del blocks[-1]
        closing -= 1
    if closing:
        first, last = blocks[-closing], blocks[-1]
        note = next((found for block in blocks[-closing:] if (found := closing_note(block.text))), None)
        if note is None and contact_block([block.text for block in blocks[-closing:]]):
            note = "a press release's contacts under their label"
        del blocks[-closing:]
        start, end = _without_rights_lines(text, first.start, last.end, layout)
        if start < end:
            layout.signoff = Text(text[start:end], Span(start, end))
            layout.evidence.setdefault("signoff", Evidence("text", "last-block-signoff", note))
        else:
            closing = 0  # only the page's rights notice closed it: a mark ending the last paragraph is sought
            layout.evidence.pop("signoff", None)
        if layout.image is None and start < end and (photos := signoff_photo_credit(text, start, end)):
            # "T/ Jane Doe" over "F/ Prensa MPPE": the story's pictures credited in its sign-off, none above
            credit = Text(text[photos[0] : photos[1]], Span(*photos))
            layout.image = Image(None, credit, credit.span, None)
            layout.evidence["image"] = Evidence("text", "credit-in-signoff-photos-line")
    if not closing and blocks:
        mark = trailing_signoff(text, blocks[-1].start, blocks[-1].end)
        if mark is not None:
            layout.signoff = Text(text[mark[0] : mark[1]], Span(*mark))
            layout.evidence["signoff"] = Evidence("text", "signoff-ending-last-paragraph")
            blocks[-1] = _shorten(text, blocks[-1], mark[0])
    # A key-points box the front did not read as the standfirst, left at the top of the body: no paragraphs.
    summary_rule = layout.evidence.get("summary")
    boxed = boxes_at_top(blocks, under_box=summary_rule is not None and summary_rule.rule == _BOX_SUMMARY)
    if boxed:
        layout.evidence["key-points"] = Evidence(
            "text", "key-points-box-left-out", blocks[0].text.split("\n")[0]
        )
        del blocks[:boxed]
    # The first body paragraph (the one with the dateline) is never a box, unless it is only a box's label
    # ("Related Topics" left over the list the front did not take).
    foot = len(blocks)
    blocks += trailing
    skip = 0 if blocks and is_related_label(blocks[0].text) else 1
    related, used_after_first = find_related(blocks[skip:], text)
    used = {position + skip for position in used_after_first}
    layout.related = related
    if foot and foot - 1 in used and (closing or layout.signoff is None):
        _end_mark_above_box(text, blocks, used, foot, layout)
    # A fact box set apart inside or under the story ("Fakta. Title" over its lines): no paragraphs.
    boxed: set[int] = set()
    shapes = [(block.text, block.blank_lines_before) for block in blocks]
    for position in range(1, foot):
        if position not in boxed and (size := fact_box(shapes, position)):
            boxed.update(range(position, position + size))
            layout.evidence["fact-box"] = Evidence(
                "text", "fact-box-left-out", blocks[position].text.split("\n")[0]
            )
    remaining: list[Block] = []
    for position, block in enumerate(blocks):
        if position in used or position in boxed or position >= foot:
            continue  # a box's block, or a line under the related box closing the page (the site's name)
        if (
            position > 0
            and layout.image is None
            and block.is_single_line
            and "+" in text[block.end : block.end + 8]  # (the cheap test first)
            and (gallery := caption_over_gallery(text, block.start, block.end))
        ):
            layout.image = gallery
            layout.evidence["image"] = Evidence("text", "caption-over-gallery-count")
            if position + 1 < foot and blocks[position + 1].end <= gallery.span.end:
                boxed.add(position + 1)  # the gallery's count, where furniture left it: no paragraph
            continue
        if (
            layout.image is None
            and block.is_single_line
            and "+" in text[max(0, block.start - 40) : block.start]  # (the cheap test first)
            and (gallery := caption_under_gallery(text, block.start, block.end))
        ):
            layout.image = gallery
            layout.evidence["image"] = Evidence("text", "caption-under-gallery-count")
            continue
        if position > 0 and block.is_single_line and _take_dates_only(text, block, layout):
            continue
        if (
            layout.image is None
            and block.is_single_line
            and position + 1 < foot
            and (under := blocks[position + 1]).blank_lines_before == 0
            and under.is_single_line
            and "/" in under.text  # (the cheap test first)
            and under.end - block.start <= _MAX_BODY_CAPTION
            and (slashed := caption_over_slashed_credit(text, block.start, under.end))
        ):
            layout.image = slashed
            layout.evidence["image"] = Evidence("text", "caption-over-credit-line-in-body")
            boxed.add(position + 1)  # the credit's line: no paragraph
            continue
        if (
            layout.image is None
            and position + 1 < foot
            and block.is_single_line
            and len(block.text) <= _MAX_BODY_CAPTION
            and (
                twice := caption_said_twice(
                    text, (block.start, block.end), (blocks[position + 1].start, blocks[position + 1].end)
                )
            )
        ):
            layout.image = twice
            layout.evidence["image"] = Evidence("text", "caption-said-twice-in-body")
            boxed.add(position + 1)  # the same words again: no paragraph
            continue
        if (
            position > 0
            and layout.image is None
            and len(block.text) <= _MAX_BODY_CAPTION
            # every credit find_caption reads has one of these (told by ``in``: cheaper than a pattern)
            and (":" in block.text or "(" in block.text or "[" in block.text or "by" in block.text)
        ):
            caption = find_caption(text, block.start, block.end, allow_agency_credit=False)
            if caption is not None and caption.rest_start is None:
                layout.image = caption.image
                layout.evidence["image"] = Evidence("text", "caption-block-in-body")
                above = remaining[-1] if remaining and block.blank_lines_before == 0 else None
                if caption.image.caption is None and above is not None and above.is_single_line:
                    # "Photo Credit: PTI" alone, set tight under a short line describing the picture: the
                    # credit's caption (a credit line under a paragraph with a blank line between is left so)
                    over = uncredited_caption(text, above.start, above.end)
                    if over is not None:
                        remaining.pop()
                        span = Span(over.span.start, caption.image.span.end)
                        layout.image = Image(over.caption, caption.image.credit, span, caption.image.url)
                        layout.evidence["image"] = Evidence("text", "caption-over-labelled-credit-in-body")
                continue
            labelled = (
                body_caption(text, block.start, block.end) if caption is None and ":" in block.text else None
            )
            if labelled is not None:
                layout.image = labelled
                layout.evidence["image"] = Evidence("text", "caption-labelled-credit-in-body")
                continue
        remaining.append(block)
    layout.sections, rules = read_sections(remaining, marked_interview=layout.interview)
    if rules:
        main, *others = sorted(rules, key=lambda rule: (rule != _MAIN_SECTION_RULE, rule))
        layout.evidence["sections"] = Evidence("text", main, "also " + ", ".join(others) if others else None)


def _without_rights_lines(text: str, start: int, end: int, layout: Layout) -> tuple[int, int]:
    """The sign-off's span ``text[start:end]`` without the page's rights notice on its first or last lines
    (``Editor: Jane Doe`` over ``Copyright © ANTARA 2026``; ``© RIPRODUZIONE RISERVATA`` alone): the
    copyright closes the page, not the story, and is no closing tag of it (``signoff.rights_line``); it is
    left out as the page's furniture, and named in the evidence. An empty span when only the notice closed
    the story."""
    lines = [(line.start(), line.end()) for line in _LINE.finditer(text, start, end) if line.group().strip()]
    left: list[str] = []
    while lines and rights_line(text[lines[-1][0] : lines[-1][1]].strip()):
        left.insert(0, text[lines[-1][0] : lines[-1][1]].strip())
        lines.pop()
    while lines and rights_line(text[lines[0][0] : lines[0][1]].strip()):
        left.insert(0, text[lines[0][0] : lines[0][1]].strip())
        lines.pop(0)
    if not left:
        return start, end
    layout.evidence["rights"] = Evidence("text", "rights-notice-under-story-left-out", " | ".join(left))
    if not lines:
        return end, end
    first, last = lines[0][0], lines[-1][1]
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


_LINE = re.compile(r"[^\r\n]+")


def _end_mark_above_box(text: str, blocks: list[Block], used: set[int], foot: int, layout: Layout) -> None:
    """``… the CAS. Enditem`` over ``Related:`` and its headlines, then the site's copyright: the wire's end
    mark closes the story, and the box and the page's copyright under it follow the story, not end it. When
    the sign-off read is only that copyright, the end mark is the sign-off (the copyright is the page's,
    one span never holds the box between them); so is it when the page's copyright was left out as its
    furniture, and no sign-off was read."""
    signoff = layout.signoff
    if signoff is not None and not _COPYRIGHT.match(signoff.text):
        return
    last = foot - 1
    while last > 0 and last in used:
        last -= 1
    if last in used:
        return
    mark = trailing_signoff(text, blocks[last].start, blocks[last].end)
    if mark is None:
        return
    layout.signoff = Text(text[mark[0] : mark[1]], Span(*mark))
    layout.evidence["signoff"] = Evidence(
        "text",
        "signoff-ending-story-above-box",
        "the page's copyright under the box left out" if signoff else None,
    )
    blocks[last] = _shorten(text, blocks[last], mark[0])


_MIN_STORY_UNDER_FRONT = 3  # blocks between the front and a date line under the sign-off


def _date_line_under_signoff(text: str, blocks: list[Block], index: int) -> Block | None:
    """``(FIN) JRC/MAO`` over ``Publicado: 14/3/2025`` closing the page: the page's date line printed
    again under the sign-off, which closes the story; the date line's block, or None."""
    if len(blocks) - index <= _MIN_STORY_UNDER_FRONT:
        return None
    last = blocks[-1]
    if (
        not last.is_single_line
        or len(last.text) > _MAX_DATE_LINE
        or not holds_digit(last.text, 0, len(last.text))
    ):
        return None
    above = blocks[-2]
    if not (above.is_single_line and _closing_text(above.text)):
        return None
    found = read_date_block(text, last.start, last.end)
    return last if found is not None and found.dates else None


def _story_under_last_caption(blocks: list[Block], index: int, layout: Layout) -> int:
    """Where the body starts when the front read every block under the headline, the last ones as a picture's
    caption over its credit (``… the parks department said.`` over ``(St. Louis)``): a story is never all
    front, and a caption set at its very end describes no picture over it, so the caption's blocks are the
    story's (the picture left unread). ``len(blocks)`` when the caption began over the blocks after the
    headline's first."""
    start = layout.image.span.start if layout.image is not None else -1
    at = next((position for position in range(index + 1, len(blocks)) if blocks[position].end > start), None)
    if at is None:
        return len(blocks)
    layout.image = None
    layout.evidence.pop("image", None)
    layout.evidence["caption-at-end"] = Evidence("text", "caption-closing-page-read-as-story")
    return at


def _closing_blocks(blocks: list[Block]) -> int:
    """How many blocks at the end are sign-off: a wire mark, a copyright notice, the desk's credits (up to
    three in a row: ``Additional reporting by …`` over ``(c) 2026 Agency``); one block always stays body."""
    contacts = contact_block([block.text for block in blocks])
    if contacts and len(blocks) - contacts >= 1:
        return contacts  # a press release's contacts: label, name, organisation, telephone, address
    count = 0
    while count < _MAX_CLOSING_BLOCKS and len(blocks) - count > 1:
        block = blocks[-1 - count]
        if not (_closing_text(block.text) or _every_line_closing(block)):
            break
        count += 1
    return count


# "Ends/Wednesday, July 9, 2025": a government's press release closes with its end word, a slash and the
# day it was issued (the date, and "Issued at HKT 18:30" under it, are the page's foot).
_END_WORD_OVER_DATE = re.compile(r"(?P<mark>Ends|ENDS)\s*/\s*[^\r\n/]{0,20}\d[^\r\n]{0,40}")


def _end_word_over_date(text: str, block: Block) -> Block | None:
    """The end word of ``Ends/<date>`` opening ``block`` (cut with the page's foot) as a block of its own."""
    line = block.lines[0]
    if text[line.start : line.start + 4] not in ("Ends", "ENDS"):
        return None  # the cheap test first
    found = _END_WORD_OVER_DATE.fullmatch(text, line.start, line.end)
    if found is None:
        return None
    end = found.end("mark")
    return Block(
        line.start, end, text[line.start : end], (Line(line.start, end, False),), block.blank_lines_before
    )


_MAX_TIGHT_MARK = 80  # characters: "Toimetaja: Mari Peegel", "(sch, mag)", "/ВС/"
_LINE_STOPS = frozenset(".!?。！？")


def _closing_lines_apart(text: str, block: Block) -> list[Block]:
    """``… sündima 2026. aasta alguses.`` with ``Toimetaja: Mari Peegel`` tight under it, ``(sch, mag)``,
    ``/ВС/``: the story's last block with sign-off lines set under its last sentence without a blank line
    (a page copied whole): the block's story lines, then each sign-off line a block of its own for the
    sign-off reader. The block whole when its last line is none, or the line over them ends no sentence (a
    line wrapped)."""
    lines = block.lines
    first = len(lines)
    while first > 1 and len(lines) - first < _MAX_CLOSING_BLOCKS:
        line = lines[first - 1]
        if line.end - line.start > _MAX_TIGHT_MARK or text[line.end - 1] in _LINE_STOPS:
            break  # the cheap test first: a sentence's line, or one too long for a mark or a credit
        closing = text[line.start : line.end]
        if _COPYRIGHT.match(closing) or not _closing_text(closing):
            break  # (a copyright line tight under the story may be the page's, under its offers: it stays)
        first -= 1
    above = lines[first - 1]
    if first == len(lines) or not _SENTENCE_CLOSED.search(text[above.start : above.end]):
        return [block]
    if first == len(lines) - 1 and text.find("@", lines[-1].start, lines[-1].end) >= 0:
        return [block]  # the writer's address alone under the last line: the paragraph's trailing mark
    story = _shorten(text, block, lines[first - 1].end)
    return [story] + [
        Block(line.start, line.end, text[line.start : line.end], (line,), 0) for line in lines[first:]
    ]


def _closing_text(closing: str) -> bool:
    return (
        whole_block_signoff(closing)
        or _COPYRIGHT.match(closing) is not None
        or desk_credits(closing)
        or signed_with_address(closing)
    )


def _every_line_closing(block: Block) -> bool:
    """A block of several lines is sign-off when each of its lines is (``Write to Jane Doe at …`` over
    ``Edited by John Roe``; a publisher's line over its copyright): notes stacked under the story."""
    if len(block.lines) < 2:
        return False
    offset = block.start
    return all(_closing_text(block.text[line.start - offset : line.end - offset]) for line in block.lines)


def _take_dates_only(text: str, block: Block, layout: Layout) -> bool:
    if len(block.text) > _MAX_META_CHARS or not holds_digit(block.text, 0, len(block.text)):
        return False  # every date the meta line reads has digits: most body lines are done here
    meta = read_meta_line(text, block.start, block.end)
    if meta is None:
        # "Posted 2 Mar 2025, updated 2 Mar 2025", "17 aprile 2025 (modifica il 17 aprile 2025 | 08:15)":
        # the page's date line said again under the story, two dates on it (a sentence ends with its stop)
        if len(block.text) > _MAX_DATE_LINE or block.text.endswith("."):
            return False
        found = read_date_block(text, block.start, block.end)
        if found is None or not found.dates:
            return False
        layout.dates.extend(found.dates)
        return True
    if meta.byline is not None:
        return False
    layout.dates.extend(meta.dates)
    return True


def _shorten(text: str, block: Block, end: int) -> Block:
    while end > block.start and text[end - 1].isspace():
        end -= 1
    lines = tuple(line for line in block.lines if line.start < end)
    return Block(block.start, end, text[block.start : end], lines, block.blank_lines_before)
