"""Adapters to corpus tools, each behind its own extra and imported only when asked for.

- `cleannews.integrations.datatrove`: `CleanNews`, a datatrove pipeline step
  (`pip install "cleannews[datatrove]"`).
- `cleannews.integrations.hf`: `ArticleMapper`, a batched function for
  `datasets.Dataset.map` (`pip install "cleannews[hf]"`).

This package imports neither tool: `import cleannews.integrations` is always safe.
"""

from __future__ import annotations

__all__: list[str] = []
