"""Shared widgets: the sidebar filters (kept in the URL and across pages), cached queries, RTL text."""
from __future__ import annotations

import html
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from db import queries
from db.connection import db_path
from db.export import EXTRA_SIGNAL_COLUMNS, SIGNAL_COLUMNS, to_csv_bytes
from db.filters import Filters

CACHE_TTL = 30  # seconds: new ETL data shows up within this without a restart

# URL parameter -> (Filters field, is a list)
_PARAMS = {"from": ("date_from", False), "to": ("date_to", False), "kind": ("kinds", True),
           "topic": ("topics", True), "key": ("keys", True), "source": ("sources", True),
           "actor": ("actors", True), "q": ("text", False), "all": ("relevant_only", False),
           "copies": ("originals_only", False)}


def page_frame() -> None:
    """Call first on every page: makes sure the app runs under dashboard.py's navigation.

    With a folder named pages/, Streamlit starts its first session in the old file-per-page mode,
    which runs a page file without dashboard.py and lists every file in the folder. Leaving that
    mode and rerunning brings the page back under our own navigation.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    st.markdown(ARABIC_CSS, unsafe_allow_html=True)


def query(name: str, *args: Any) -> Any:
    """Run ``db.queries.<name>`` on a short read-only connection; cached for CACHE_TTL seconds."""
    return _cached(str(db_path()), name, *args)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False)
def _cached(db: str, name: str, *args: Any) -> Any:
    return queries.read(getattr(queries, name), db, *args)


def _from_url() -> dict[str, Any]:
    qp = st.query_params
    out: dict[str, Any] = {}
    for param, (field, is_list) in _PARAMS.items():
        if param not in qp:
            continue
        if is_list:
            out[field] = tuple(v for v in qp.get_all(param) if v)
        elif field in ("date_from", "date_to"):
            try:
                out[field] = date.fromisoformat(qp[param])
            except ValueError:
                pass
        elif field in ("relevant_only", "originals_only"):  # the URL names the exception to the default
            out[field] = qp[param] not in ("1", "true", "yes")
        else:
            out[field] = qp[param]
    return out


def _to_url(f: Filters, extra: dict[str, str] | None = None) -> None:
    params: dict[str, Any] = dict(extra or {})
    for param, (field, is_list) in _PARAMS.items():
        v = getattr(f, field)
        if field in ("relevant_only", "originals_only"):
            if not v:
                params[param] = "1"
        elif is_list and v:
            params[param] = list(v)
        elif not is_list and v:
            params[param] = v.isoformat() if isinstance(v, date) else str(v)
    if dict(st.query_params.to_dict()) != {k: (v[-1] if isinstance(v, list) else v) for k, v in params.items()}:
        st.query_params.from_dict(params)


def saved_filters() -> Filters:
    """The filters chosen so far in this session (else from the URL)."""
    if "filters" not in st.session_state:
        st.session_state["filters"] = Filters(**_from_url())
    return st.session_state["filters"]


def sidebar_filters(keep: dict[str, str] | None = None) -> Filters:
    """Draw the filters in the sidebar; return them, and mirror them in the URL (plus ``keep``)."""
    f = saved_filters()
    opts = query("filter_options")
    lo, hi = query("date_bounds")
    sb = st.sidebar
    sb.header("Filters")
    dates = sb.date_input("Date range", value=(f.date_from or lo or date(2000, 1, 1), f.date_to or hi or date.today()),
                          key=f"w_dates_{f.date_from}_{f.date_to}")
    d_from, d_to = (dates + (None,))[:2] if isinstance(dates, tuple) else (dates, None)
    chosen = {}
    for field, label, col in (("topics", "Topic", "topic"), ("kinds", "Kind", "kind"), ("keys", "Key", "key"),
                              ("sources", "Source", "source"), ("actors", "Actor (who says it)", "actor")):
        options = sorted(set(opts[col]) | set(getattr(f, field)))
        chosen[field] = tuple(sb.multiselect(label, options, default=list(getattr(f, field)),
                                             key=f"w_{field}_{'|'.join(getattr(f, field))}"))
    text = sb.text_input("Text contains (Arabic or English)", value=f.text, key=f"w_text_{f.text}")
    relevant_only = sb.checkbox("Only articles about Iran–Russia relations", value=f.relevant_only,
                                key=f"w_rel_{f.relevant_only}")
    originals_only = sb.checkbox("Count each story once (leave out copies)", value=f.originals_only,
                                 key=f"w_orig_{f.originals_only}")
    # A date range equal to the data's whole span is no filter: keep URLs short and stable.
    new = Filters(date_from=d_from if d_from and d_from != lo else None,
                  date_to=d_to if d_to and d_to != hi else None,
                  text=text, relevant_only=relevant_only, originals_only=originals_only, **chosen)
    if new != f:
        st.session_state["filters"] = new
        _to_url(new, keep)
        st.rerun()
    _to_url(new, keep)
    if not new.is_default() and sb.button("Clear filters"):
        st.session_state["filters"] = Filters()
        _to_url(Filters(), keep)
        st.rerun()
    return new


def fmt_date(v: Any) -> str:
    """A date for display: ISO, or 'undated'."""
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return "undated"
    return pd.Timestamp(v).date().isoformat()


def rtl(text: str, marks: list[tuple[int, int]] | None = None) -> str:
    """Arabic text as escaped right-to-left HTML, with ``marks`` (offsets) highlighted."""
    out, pos = [], 0
    for a, b in sorted(marks or []):
        if a < pos:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div dir="rtl" lang="ar" class="ar">{body}</div>'


ARABIC_CSS = """
<style>
.ar { font-family: 'Noto Naskh Arabic', 'Amiri', 'Noto Sans Arabic', 'DejaVu Sans', serif;
      font-size: 1.15rem; line-height: 1.9; text-align: right; }
.ar mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: 3px; }
</style>
"""


def signals_csv(f: Filters) -> bytes:
    """The filtered signals as the export's CSV (every row, not just those shown)."""
    df: pd.DataFrame = query("signals_table", f, None)
    return to_csv_bytes(df[SIGNAL_COLUMNS + EXTRA_SIGNAL_COLUMNS])


def empty_state(message: str) -> None:
    """A useful message instead of an empty chart."""
    st.info(message + " Ingest articles with `python -m etl ingest PATH`, or widen the filters.")
