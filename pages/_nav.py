"""The dashboard's pages, in the order of its navigation: dashboard.py builds the navigation from this list,
and the tests and the page benchmark walk it. Each page is ``pages/<name>.py``, served at ``/<name>``."""
from __future__ import annotations

from typing import NamedTuple


class Page(NamedTuple):
    section: str  # the heading it is listed under
    name: str  # its file (pages/<name>.py) and its URL path
    title: str  # in the navigation
    icon: str
    filters: bool = True  # has the sidebar filters


PAGES = [
    Page("Analysis", "overview", "Overview", ":material/insights:"),
    Page("Analysis", "agreements", "Agreements", ":material/handshake:"),
    Page("Analysis", "trade", "Trade and economy", ":material/payments:"),
    Page("Analysis", "organisations", "Organisations and projects", ":material/hub:"),
    Page("Evidence", "explorer", "Explorer", ":material/manage_search:"),
    Page("Evidence", "article", "Article", ":material/article:", filters=False),
    Page("Evidence", "review", "Review", ":material/rule:"),
    Page("Data", "sources", "Sources and data quality", ":material/fact_check:"),
    Page("Data", "add", "Add articles", ":material/upload_file:", filters=False),
]
NAMES = [p.name for p in PAGES]
