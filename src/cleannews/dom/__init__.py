"""DOM evidence for HTML pages: which subtree is the article, and why every other line is not.

Before the text passes run on a rendered page, one walk over its tree measures every element
(text length, link text, commas) and reads what the markup says about it: `<nav>`, `<aside>`,
`<footer>`, `<form>`, `role`, `hidden` and `display: none` (not `aria-hidden`, which
hides from screen readers only: pull quotes), and class/id tokens from the data
table `rules/html/dom.toml` (`related`, `comment`, `share`, `most-read`, ...). Paragraphs that no
such evidence marks score their parent and grandparent (as Readability does: length and
commas, scaled down by link density), the best container is the article region, widened to
its `<article>` element and to sibling `<article>`s of full text (infinite scroll).

The outcome is claims, never edits: each line outside the region, or inside it under negative
evidence, is `removed` with a reason naming that evidence (`dom:nav`, `dom:aside`,
`dom:link_density`, `dom:outside_region`, ...); teaser links of related and most-read blocks
become `related`, a tag block `keywords`, and the page's `<h1>` that agrees with `og:title` /
`<title>` the `headline`. The runner applies them like any pass's (see `assemble.run`), so
`explain` shows them. When no region holds running text, only the markup's own evidence and
link density claim lines.

Modules: `evidence` (the walk, the token table), `region` (the article's subtree, the
evidence per element), `headline`, `decide` (`analyse`: claims on the lines).
"""

from cleannews.dom.decide import DomEvidence, analyse, pass_may_claim
from cleannews.dom.evidence import dom_tokens
from cleannews.dom.headline import strip_site_suffix

__all__ = ["DomEvidence", "analyse", "dom_tokens", "pass_may_claim", "strip_site_suffix"]
