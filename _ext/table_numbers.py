"""Sphinx extension for this book: number glued tables as tables, not as figures.

myst-nb shows a table computed in a notebook (a pandas Styler) through
``{glue:figure}``, so Sphinx numbers it in the figure series ("Figure 5")
and ``{numref}`` calls it a figure. A glued figure given ``:figclass: table``
is re-typed here, before Sphinx's domains collect labels, as a
:class:`glued_table`: a figure that Sphinx counts in the table series, so its
caption reads "Table 1" and references to it say "Table 1". It is drawn in
HTML exactly as a figure is (its class ``table`` included).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform


class glued_table(nodes.figure):  # noqa: N801 (docutils names node classes in lower case)
    """A captioned figure that holds a table: numbered in Sphinx's table series."""


class RetypeTableFigures(SphinxTransform):
    """Re-type every figure whose classes include ``table`` as a :class:`glued_table`.

    The node keeps its identity (the document's ids still point to it), so its
    label resolves as before; only the series it is numbered in changes."""

    default_priority = 840  # before SphinxDomains (850) registers labels by node type

    def apply(self, **kwargs: Any) -> None:
        for figure in list(self.document.findall(nodes.figure)):
            if type(figure) is nodes.figure and "table" in figure["classes"]:
                figure.__class__ = glued_table
                figure.tagname = "glued_table"


def _visit(translator: Any, node: glued_table) -> None:
    translator.visit_figure(node)


def _depart(translator: Any, node: glued_table) -> None:
    translator.depart_figure(node)


def setup(app: Any) -> dict[str, Any]:
    app.add_enumerable_node(glued_table, "table", html=(_visit, _depart))
    app.add_transform(RetypeTableFigures)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
