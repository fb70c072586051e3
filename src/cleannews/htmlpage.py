"""HTML input: render a page as the lines a scraper would have produced, plus what only HTML knows.

Why not trafilatura's main-content text alone: on the news pages cleannews is built for it drops
the lead-photo captions, the appended second article and the related teasers (see
`docs/html.md`), which are exactly the fields cleannews exists to extract. So the page is
rendered block by block into lines (a `<p>`, `<li>`, heading or `<figcaption>` is one line), the
text passes run on those lines unchanged, and the HTML adds what text cannot carry: image URLs,
link targets, heading tags and page metadata. trafilatura supplies the metadata; its
main-content extraction is an option (`Config(html_extractor="trafilatura")`) and the fallback
when the whole rendered page yields no article.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from cleannews.dates import parse_date
from cleannews.errors import HtmlError
from cleannews.models import Article, Image, RelatedArticle, published_fields

if TYPE_CHECKING:
    from cleannews.assemble import Outcome

__all__ = [
    "PageMetadata",
    "RenderedPage",
    "add_html_evidence",
    "render",
]

HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Blocks end a line; everything else is inline and joins the current line.
_BLOCK_TAGS = HEADING_TAGS | frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "caption",
    ]
)
# Never visible text.
_INVISIBLE_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "head",
        "select",
        "option",
        "datalist",
        "audio",
        "video",
        "map",
    ]
)
# Site furniture outside any article: menus, page header and footer.
_CHROME_TAGS = frozenset(["nav", "header", "footer"])
# Cells of a table row join into one line, so a row still reads (`name | 12 | 3.4`).
_CELL_TAGS = frozenset(["td", "th"])
CELL_SEPARATOR = " | "
_LOG = logging.getLogger("cleannews")
_SPACE_RE = re.compile(r"\s+")
LOOSE_ALT_MIN_WORDS = 3  # an <img alt> outside a <figure> describes a photo only if it is a phrase


@dataclass(frozen=True)
class PageMetadata:
    """What the page says about itself (`<meta>`, JSON-LD, `<title>`), via trafilatura."""

    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    published_time: str | None = None  # the page's own ISO timestamp, which keeps time and zone


@dataclass
class RenderedPage:
    """The page as lines of text, with what each line was in the HTML."""

    lines: list[str] = field(default_factory=list)
    tags: dict[int, str] = field(default_factory=dict)  # line index -> block tag
    images: dict[int, str] = field(default_factory=dict)  # caption line -> image URL
    links: dict[int, str] = field(default_factory=dict)  # line that is one link -> its URL
    loose_images: list[tuple[int, str, str]] = field(default_factory=list)  # (line, url, alt)
    metadata: PageMetadata = field(default_factory=PageMetadata)
    root: lxml.html.HtmlElement | None = None  # the tree the lines were rendered from
    elements: dict[int, lxml.html.HtmlElement] = field(default_factory=dict)  # line -> block

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def render(
    html: str, url: str | None = None, *, main_content: bool = False, keep_chrome: bool = False
) -> RenderedPage:
    """Parse and render a page; `HtmlError` when the text is not HTML at all.

    `main_content` renders only what trafilatura's extractor keeps of the page (its
    `extract(..., output_format="html")` with images and formatting); metadata always comes
    from the whole page. `keep_chrome` renders `<nav>`, `<header>` and `<footer>` too, for the
    DOM scorer (`cleannews.dom`) to judge and record.
    """
    if not html.strip():
        return RenderedPage(metadata=PageMetadata(url=url))
    tree = _parse(html)
    page = RenderedPage(metadata=_metadata(tree, url))
    base = page.metadata.url or url
    if main_content:
        tree = _main_content(tree, url)
        if tree is None:
            return page
    page.root = tree
    _Renderer(page, base, keep_chrome=keep_chrome).walk(tree)
    return page


def _main_content(tree: lxml.html.HtmlElement, url: str | None) -> lxml.html.HtmlElement | None:
    import trafilatura  # noqa: PLC0415  (slow import, only for this mode)

    extracted = trafilatura.extract(
        tree,
        url=url,
        output_format="html",
        include_images=True,
        include_formatting=True,
        include_comments=False,
    )
    return _parse(extracted) if extracted else None


def _parse(html: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that declares an encoding; the declaration is moot once decoded.
    html = re.sub(r"\A\s*<\?xml[^>]*>", "", html)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise HtmlError(f"not an HTML page: {exc}") from exc
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":  # libxml2 stopped reading: never truncate
            raise HtmlError(f"the page exceeds the HTML parser's limits: {entry.message}")
    return tree


def _metadata(tree: lxml.html.HtmlElement, url: str | None) -> PageMetadata:
    from trafilatura.metadata import extract_metadata  # noqa: PLC0415  (slow import)
    from trafilatura.settings import set_date_params  # noqa: PLC0415

    try:
        found: Any = extract_metadata(
            tree, default_url=url, date_config=set_date_params(extensive=False)
        )
    except Exception as exc:  # trafilatura's heuristics must not cost the page its text
        _LOG.warning("page metadata lost (%s: %s); text passes still ran", type(exc).__name__, exc)
        return PageMetadata(url=url)
    tags = tuple(t.strip() for t in (found.tags or []) if t and t.strip())
    return PageMetadata(
        title=_clean(found.title),
        date=found.date or None,
        sitename=_clean(found.sitename),
        tags=tags,
        url=found.url or url,
        published_time=_published_time(tree),
    )


_PUBLISHED_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @property='og:published_time']/@content"
    " | //time[@itemprop='datePublished']/@datetime"
)
_JSONLD_PUBLISHED_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def _published_time(tree: lxml.html.HtmlElement) -> str | None:
    """The first ISO timestamp the page states for its publication, with its time."""
    found = [str(v) for v in tree.xpath(_PUBLISHED_XPATH)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        found.extend(_JSONLD_PUBLISHED_RE.findall(str(script)))
    for value in found:
        if "T" in value and _iso_datetime(value) is not None:
            return value.strip()
    return None


def _iso_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _page_published(meta: PageMetadata) -> datetime | None:
    return _iso_datetime(meta.published_time) if meta.published_time else None


def _clean(value: str | None) -> str | None:
    value = _SPACE_RE.sub(" ", value or "").strip()
    return value or None


@dataclass
class _Figure:
    src: str | None = None
    lines: list[int] = field(default_factory=list)


class _Renderer:
    """One walk over the tree: inline text gathers into the current line, blocks end it."""

    def __init__(self, page: RenderedPage, base: str | None, *, keep_chrome: bool = False) -> None:
        self.page = page
        self.base = base if base and _join_url(None, base) else None  # a bad canonical: none
        self.chrome = frozenset() if keep_chrome else _CHROME_TAGS
        self.block_els: list[lxml.html.HtmlElement] = []
        self.parts: list[str] = []
        self.anchors: list[tuple[str, str]] = []  # (link text, href) inside the current line
        self.block_tags: list[str] = []
        self.figures: list[_Figure] = []  # open <figure> elements, innermost last
        self.line_src: str | None = None  # an <img> outside any figure, in the current line
        self.in_button = 0
        self.only_buttons: bool | None = None  # None until the line has text

    def walk(self, root: lxml.html.HtmlElement) -> None:
        walker = lxml.etree.iterwalk(root, events=("start", "end"))
        article_depth = 0
        skipped: Any = None  # iterwalk still reports the end of a skipped element
        for event, el in walker:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "start":
                if tag in _INVISIBLE_TAGS or (tag in self.chrome and article_depth == 0):
                    walker.skip_subtree()
                    skipped = el
                    continue
                article_depth += tag in ("article", "main")
                self._start(tag, el)
            elif el is skipped:
                self._add(el.tail)
            else:
                article_depth -= tag in ("article", "main")
                self._end(tag, el)
        self._flush()

    def _start(self, tag: str, el: lxml.html.HtmlElement) -> None:
        if tag in _BLOCK_TAGS or tag == "br":
            self._flush()
        if tag in _BLOCK_TAGS:
            self.block_tags.append(tag)
            self.block_els.append(el)
        elif tag in _CELL_TAGS and "".join(self.parts).strip():
            self.parts.append(CELL_SEPARATOR)
        if tag == "figure":
            self.figures.append(_Figure())
        elif tag == "img":
            self._image(el)
        elif tag == "li":
            self.parts.append("• ")
        elif tag == "button":
            self.in_button += 1
        elif tag == "a" and el.get("href"):
            self.anchors.append((_SPACE_RE.sub(" ", el.text_content()).strip(), el.get("href")))
        self._add(el.text)

    def _end(self, tag: str, el: lxml.html.HtmlElement) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
            self.block_tags.pop()
            self.block_els.pop()
        if tag == "button":
            self.in_button -= 1
        elif tag == "figure":
            figure = self.figures.pop()
            if figure.src:
                self.page.images.update(dict.fromkeys(figure.lines, figure.src))
        self._add(el.tail)

    def _image(self, el: lxml.html.HtmlElement) -> None:
        src = el.get("src") or el.get("data-src") or ""
        if not src or src.startswith("data:"):
            return
        src = _join_url(self.base, src)
        if src is None:
            return
        if self.figures:
            if self.figures[-1].src is None:
                self.figures[-1].src = src
            return
        self.line_src = src  # a caption printed beside its image, as in teaser cards
        alt = _SPACE_RE.sub(" ", el.get("alt") or "").strip()
        self.page.loose_images.append((len(self.page.lines), src, alt))

    def _add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if not text.isspace():
                self.only_buttons = self.only_buttons is not False and self.in_button > 0

    def _flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self.parts)).strip()
        anchors, self.parts, self.anchors = self.anchors, [], []
        src, self.line_src = self.line_src, None
        only_buttons, self.only_buttons = self.only_buttons, None
        if not text or text == "•":
            return
        index = len(self.page.lines)
        if src:
            self.page.images[index] = src
        self.page.lines.append(text)
        tag = "button" if only_buttons else self.block_tags[-1] if self.block_tags else "body"
        self.page.tags[index] = tag
        if self.block_els:
            self.page.elements[index] = self.block_els[-1]
        if self.figures:
            self.figures[-1].lines.append(index)
        bare = text.removeprefix("• ")
        for anchor_text, href in anchors:
            if anchor_text == bare:
                link = _join_url(self.base, href)
                if link is not None:
                    self.page.links[index] = link
                break


def _join_url(base: str | None, ref: str) -> str | None:
    """`ref` resolved against `base`; None for a URL that cannot be parsed (`http://[::1`)."""
    try:
        if base:
            return urljoin(base, ref)
        urlsplit(ref)  # raises on a malformed URL, as urljoin does
    except ValueError:
        return None
    return ref


def add_html_evidence(outcome: Outcome, page: RenderedPage, url: str | None) -> None:
    """Give each article what only the HTML knew: image and link URLs, then page metadata.

    Text evidence wins: page metadata only fills fields of the first article (the one the
    page is about) that its own lines left empty.
    """
    for result in outcome.spans:
        article = result.article
        if article is None:
            continue
        lines = range(result.span.start, result.span.end)
        update: dict[str, Any] = {
            "images": _with_urls(article.images, lines, page),
            "related": [_related_with_urls(r, lines, page) for r in article.related],
        }
        if article.position == 0:
            update.update(_metadata_update(article, page.metadata, url))
        result.article = article.model_copy(update=update)


def _with_urls(images: list[Image], lines: range, page: RenderedPage) -> list[Image]:
    out = [_image_with_url(image, lines, page) for image in images]
    known = {image.url for image in out if image.url}
    for line, src, alt in page.loose_images:
        if line in lines and src not in known and len(alt.split()) >= LOOSE_ALT_MIN_WORDS:
            out.append(Image(caption=alt, url=src))
            known.add(src)
    return out


def _image_with_url(image: Image, lines: range, page: RenderedPage) -> Image:
    if image.url:
        return image
    for index in lines:
        src = page.images.get(index)
        if src and _shows_caption(page.lines[index], image):
            return image.model_copy(update={"url": src})
    return image


def _shows_caption(line: str, image: Image) -> bool:
    """The line is the caption, possibly after a section label and before its credit."""
    at = line.find(image.caption)
    if at < 0:
        return False
    rest = line[at + len(image.caption) :].strip()
    return not rest or (rest.startswith("(") and rest.endswith(")"))


def _related_with_urls(item: RelatedArticle, lines: range, page: RenderedPage) -> RelatedArticle:
    update: dict[str, Any] = {}
    if item.url is None:
        for index in lines:
            if index in page.links and page.lines[index].removeprefix("• ") == item.title:
                update["url"] = page.links[index]
                break
    if item.image is not None:
        update["image"] = _image_with_url(item.image, lines, page)
    return item.model_copy(update=update) if update else item


def _metadata_update(article: Article, meta: PageMetadata, url: str | None) -> dict[str, Any]:
    update: dict[str, Any] = {}
    if article.headline is None and meta.title:
        update["headline"] = meta.title
    published = _page_published(meta)
    if published is not None and (
        article.published is None
        or (
            article.published_precision == "date"
            and published.date().isoformat() == article.published
        )
    ):
        update.update(published_fields(published))
    elif article.published is None and meta.date:
        update.update(published_fields(parse_date(meta.date)))
    if article.source.name is None or article.source.url is None:
        update["source"] = article.source.model_copy(
            update={
                "name": article.source.name or meta.sitename,
                "url": article.source.url or url or meta.url,
            }
        )
    if not article.keywords and meta.tags:
        update["keywords"] = list(meta.tags)
    return update
