"""The one HTML detector: the API, the CLI and the integrations all ask it."""

from __future__ import annotations

import re

__all__ = ["looks_like_html"]

_HTML_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|article|main|div|section|p|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_CHARS = 4096
_BOM_CHARS = "\ufeff\u00ef\u00bb\u00bf"  # a UTF-8 BOM as text, or as its bytes read as latin-1


def looks_like_html(data: str | bytes) -> bool:
    """True when text or bytes open like an HTML document or fragment, not like scraped prose.

    Bytes are read as latin-1, which every ASCII-compatible encoding agrees with on markup, so
    a cp1256 page is recognised before it is decoded.
    """
    head = data[:_SNIFF_CHARS]
    if isinstance(head, bytes | bytearray):
        head = bytes(head).decode("latin-1")
    return _HTML_START_RE.match(head.lstrip(_BOM_CHARS)) is not None
