"""Shared widgets: the sidebar filters (kept in the URL and across pages), cached queries, RTL text,
downloads, and the sample-data banner. Pages call these and db.queries; they never parse text."""
from __future__ import annotations

import html
import re
import string
import zlib
from datetime import date
from typing import Any, Callable, TypeVar
from urllib.parse import quote, urlsplit

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from db import queries
from db.connection import DatabaseBusy, db_path
from db import export
from db.export import to_csv_bytes
from db.filters import Filters, fmt_date, readable  # noqa: F401 - fmt_date: for the pages
from db.migrations import SchemaOutdated
from db.verdicts import VerdictsBusy, set_verdict

T = TypeVar("T")
CACHE_TTL = 30  # seconds: new ETL data shows up within this without a restart

# URL parameter -> (Filters field, is a list)
_PARAMS = {"from": ("date_from", False), "to": ("date_to", False), "kind": ("kinds", True),
           "topic": ("topics", True), "key": ("keys", True), "source": ("sources", True),
           "type": ("source_types", True), "actor": ("actors", True), "q": ("text", False),
           "all": ("relevant_only", False), "copies": ("originals_only", False),
           "rejected": ("hide_rejected", False), "mentions": ("count_events", False),
           "samples": ("include_samples", False)}
# Flags whose URL parameter names the exception to the default ("all=1": include irrelevant articles).
_FLAGS = {"relevant_only", "originals_only", "hide_rejected", "count_events"}

ARABIC_CSS = """
<style>
@font-face { font-family: 'Noto Naskh Arabic Local'; src: url('app/static/fonts/NotoNaskhArabic-Regular.ttf'); }
@font-face { font-family: 'Noto Naskh Arabic Local'; font-weight: 700;
             src: url('app/static/fonts/NotoNaskhArabic-Bold.ttf'); }
.ar { font-family: 'Noto Naskh Arabic Local', 'Noto Naskh Arabic', serif;
      font-size: 1.15rem; line-height: 1.9; text-align: right; }
.ar mark { background: #ffd966; color: #1a1a1a; padding: 0 .1em; border-radius: 3px; }
.ar.title { font-size: 1.5rem; font-weight: 700; }
</style>
"""


def page_frame() -> None:
    """Call first on every page: our navigation, the Arabic font, and the sample-data banner.

    With a folder named pages/, Streamlit starts its first session in the old file-per-page mode,
    which runs a page file without dashboard.py and lists every file in the folder. Leaving that
    mode and rerunning brings the page back under our own navigation.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    st.markdown(ARABIC_CSS, unsafe_allow_html=True)
    try:
        n = query(queries.sample_articles, saved_filters())
    except SchemaOutdated as exc:
        st.error(f"This database needs upgrading before the dashboard can read it: {exc}.",
                 icon=":material/upgrade:")
        st.stop()
    except VerdictsBusy:
        st.warning("Analysts' verdicts are being saved and could not be read; reload the page in a moment.",
                   icon=":material/hourglass:")
        st.stop()
    except DatabaseBusy:
        st.warning("The ETL is writing a large batch; the page will load in a moment.", icon=":material/hourglass:")
        st.stop()
    if n["shown"]:
        st.warning(f"**Sample data.** {n['shown']:,} of the articles the filters let through were written for "
                   "this project to demonstrate it (their outlet names end in “(sample)”). "
                   + ("Load real articles with `python -m etl ingest PATH` or on the *Add articles* page."
                      if not n["real"] else "Untick “Include the sample articles” in the sidebar to leave them out."),
                   icon=":material/science:")


TABLE_ROWS = 500  # rows a table shows: a reader scans the newest; its CSV holds them all


def query(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn`` (a `db.queries` function, called by the page itself so a reader can follow it to its SQL)
    on a short read-only connection; cached for CACHE_TTL seconds."""
    return _cached(str(db_path()), f"{fn.__module__}.{fn.__qualname__}", fn, *args)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False)
def _cached(db: str, key: str, _fn: Callable[..., Any], *args: Any) -> Any:
    """The cache is keyed on the function's name (``key``); the function itself is not hashed."""
    return queries.read(_fn, db, *args)


def clear_cache() -> None:
    """Forget every cached query (after a verdict: counts and tables that leave out wrong signals change)."""
    _cached.clear()


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
        elif field == "include_samples":
            out[field] = qp[param] in ("1", "true", "yes")
        elif field in _FLAGS:
            out[field] = qp[param] not in ("1", "true", "yes")
        else:
            out[field] = qp[param]
    return out


def url_params(f: Filters) -> dict[str, Any]:
    """The filters as URL parameters (lists as repeated keys, dates ISO, defaults left out)."""
    params: dict[str, Any] = {}
    for param, (field, is_list) in _PARAMS.items():
        v = getattr(f, field)
        if field == "include_samples":
            params[param] = "1" if v else "0"
        elif field in _FLAGS:
            if not v:
                params[param] = "1"
        elif is_list and v:
            params[param] = list(v)
        elif not is_list and v:
            params[param] = v.isoformat() if isinstance(v, date) else str(v)
    return params


def _to_url(f: Filters, keep: dict[str, str] | None = None) -> None:
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    # Parameters that are not filters (a page's own, such as the article id) stay as they are.
    others = {k: (v if len(v) > 1 else v[0]) for k, v in current.items() if k not in _PARAMS}
    params = {**others, **(keep or {}), **url_params(f)}
    wanted = {k: (v if isinstance(v, list) else [v]) for k, v in params.items()}
    if current != wanted:
        st.query_params.from_dict(params)


def saved_filters() -> Filters:
    """The filters chosen so far in this session (else from the URL). The project's sample articles are
    left out by default as soon as real articles are loaded (the URL's ``samples=1`` brings them back)."""
    if "filters" not in st.session_state:
        chosen = _from_url()
        if "include_samples" not in chosen:
            chosen["include_samples"] = not query(queries.sample_articles)["real"]
        st.session_state["filters"] = Filters(**chosen)
    return st.session_state["filters"]


def _labelled(counts: dict[str, int], in_words: bool):
    return lambda v: f"{readable(v) if in_words else v} ({counts.get(v, 0):,})"


def sidebar_filters(keep: dict[str, str] | None = None) -> Filters:
    """Draw the filters in the sidebar; return them, and mirror them in the URL (plus ``keep``)."""
    f = saved_filters()
    opts = query(queries.filter_options)
    counts = query(queries.facets, f)
    lo, hi = query(queries.date_bounds)
    sb = st.sidebar
    sb.header("Filters")
    dates = sb.date_input("Date range", value=(f.date_from or lo or date(2000, 1, 1), f.date_to or hi or date.today()),
                          key=f"w_dates_{f.date_from}_{f.date_to}")
    d_from, d_to = (tuple(dates) + (None, None))[:2] if isinstance(dates, (tuple, list)) else (dates, None)
    chosen = {}
    for field, label, col in (("topics", "Topic", "topic"), ("kinds", "Kind", "kind"), ("keys", "Key", "key"),
                              ("actors", "Actor (who says it)", "actor"), ("source_types", "Outlet type", "source_type"),
                              ("sources", "Outlet", "source")):
        options = sorted(set(opts[col]) | set(getattr(f, field)))
        fmt = _labelled(counts[field], field not in ("sources", "actors"))
        # The widget keeps its value by its key and matches it against the options' labels, which hold the
        # counts: when a count changes (a verdict, an ingest) the old value would match nothing and the filter
        # would silently clear on the next click. A key that changes with the labels starts it afresh.
        labels = zlib.crc32("\n".join(map(fmt, options)).encode())
        chosen[field] = tuple(sb.multiselect(label, options, default=list(getattr(f, field)), format_func=fmt,
                                             key=f"w_{field}_{'|'.join(getattr(f, field))}_{labels}"))
    text = sb.text_input("Text contains (Arabic or English)", value=f.text, key=f"w_text_{f.text}")
    relevant_only = sb.checkbox("Only articles about Iran–Russia relations", value=f.relevant_only,
                                key=f"w_rel_{f.relevant_only}")
    originals_only = sb.checkbox("Count each story once (leave out copies)", value=f.originals_only,
                                 key=f"w_orig_{f.originals_only}")
    hide_rejected = sb.checkbox("Leave out signals marked wrong", value=f.hide_rejected,
                                key=f"w_rej_{f.hide_rejected}")
    include_samples = sb.checkbox("Include the sample articles", value=f.include_samples,
                                  key=f"w_samples_{f.include_samples}",
                                  help="Articles written for this project to demonstrate it (outlets named "
                                       "“… (sample)”); left out by default once real articles are loaded.")
    count_events = sb.toggle("Count events (off: every mention)", value=f.count_events, key=f"w_count_{f.count_events}",
                             help="An event is one happening however many outlets and copies reported it.")
    # A date range equal to the data's whole span is no filter: keep URLs short and stable.
    new = Filters(date_from=d_from if d_from and d_from != lo else None,
                  date_to=d_to if d_to and d_to != hi else None,
                  text=text, relevant_only=relevant_only, originals_only=originals_only,
                  hide_rejected=hide_rejected, count_events=count_events, include_samples=include_samples,
                  **chosen)
    if new != f:
        st.session_state["filters"] = new
        _to_url(new, keep)
        st.rerun()
    _to_url(new, keep)
    cleared = Filters(include_samples=new.include_samples)
    if new != cleared and sb.button("Clear filters"):
        st.session_state["filters"] = cleared
        _to_url(cleared, keep)
        st.rerun()
    return new


_CURRENCY = {"usd": "$", "eur": "€", "rub": "₽", "irr": "IRR "}

# One colour per kind everywhere, friction in red so it reads against the rest.
KIND_COLORS = {"organisation": "#1f77b4", "project": "#17becf", "agreement": "#2ca02c", "trade_figure": "#9467bd",
               "meeting": "#ff7f0e", "joint_position": "#8c564b", "military": "#7f7f7f", "economic": "#bcbd22",
               "relations": "#e377c2", "friction": "#d62728"}
SOURCE_TYPE_LABELS = {t: readable(t) for t in ("iranian_state", "russian_state", "gulf", "western_arabic", "other")}
# Columns holding vocabulary codes, shown in words on the pages (the CSVs keep the codes).
CODE_COLUMNS = ("kind", "topic", "status", "source_type", "furthest step")


def figure_text(value: Any, unit: Any) -> str:
    """A trade figure for reading: ``95%``, ``$4.8bn``, ``€1.3bn``, ``10m tonnes``."""
    if value is None or pd.isna(value):
        return ""
    v = float(value)
    if unit == "percent":
        return f"{v:g}%"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(v) >= size:
            num = f"{v / size:.3g}{suffix}"
            break
    else:
        num = f"{v:g}"
    if unit in _CURRENCY:
        return _CURRENCY[unit] + num
    return f"{num} {unit or ''}".strip()


def with_figures(df: pd.DataFrame) -> pd.DataFrame:
    """The table with a readable ``figure`` column in place of value and unit."""
    out = df.copy()
    out.insert(list(out.columns).index("value"), "figure",
               [figure_text(v, u) for v, u in zip(out["value"], out["unit"])])
    return out.drop(columns=["value", "unit"])


# Characters Markdown reads, as HTML entities inside `rtl`'s block: the block is HTML, not Markdown, but a
# stray line ending (a lone "\r") could end it, and the rest would then be read as Markdown.
_MD_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "[]()!`*_~:.\\|{}#$@"}


def _html_text(s: str) -> str:
    return html.escape(s).translate(_MD_ENTITIES)


def rtl(text: str, marks: list[tuple[int, int]] | None = None, cls: str = "") -> str:
    """Arabic text as escaped right-to-left HTML, with ``marks`` (offsets) highlighted."""
    out, pos = [], 0
    for a, b in sorted(marks or []):
        if a < pos:
            continue
        out.append(_html_text(text[pos:a]))
        out.append(f"<mark>{_html_text(text[a:b])}</mark>")
        pos = b
    out.append(_html_text(text[pos:]))
    # Every line ending (\r\n, \r, \n and Unicode's separators) as <br>: no blank line can end the HTML block.
    body = re.sub("\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]", "<br>", "".join(out))
    return f'<div dir="rtl" lang="ar" class="ar {cls}">{body}</div>'


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_RLM = "\u200f"


def chart_label(text: str) -> str:
    """A name for a chart's axis or legend, which the chart lays out left to right: Arabic between right-to-left
    marks, so that a quote or bracket at either end stays at its end («الاتفاق «…»» not «»الاتفاق «…»)."""
    return f"{_RLM}{text}{_RLM}" if isinstance(text, str) and _ARABIC_LETTER.search(text) else text


_MD_PUNCTUATION = frozenset(string.punctuation)


def cue_marks(sig: dict) -> list[tuple[int, int]]:
    """Where the words that made a signal stand inside its sentence (its cue's offsets are the article's)."""
    cs, ce, start, end = (sig.get(k) for k in ("cue_start", "cue_end", "start", "end"))
    if any(v is None or v != v for v in (cs, ce, start, end)):  # None or NaN: extracted before cues were kept
        return []
    cs, ce, start, end = map(int, (cs, ce, start, end))
    return [(cs - start, ce - start)] if start <= cs < ce <= end else []


def md_text(value: Any) -> str:
    """Any stored or user-given string (an id, a title, an outlet, a URL, a file name, the filters' caption)
    made inert before it reaches Markdown: ``st.markdown``, ``st.caption``, headings, widget, link and toast
    labels. Every ASCII punctuation mark is backslash-escaped (CommonMark shows it as itself), so no link,
    image, code span, emphasis, heading, HTML, LaTeX, emoji shortcode or Streamlit directive can come out of
    it, and a word joiner stands before ":", "." and "@", so no autolink either; line breaks become spaces, so it
    cannot start a block of its own."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    s = " ".join(str(value).split())
    # Escapes do not stop GFM's autolinks, which are found in the text after escapes are read: a word joiner
    # (invisible) before every ":", "." and "@" breaks "http:", "www." and e-mail addresses.
    return "".join(("\u2060" if c in ":.@" else "") + "\\" + c if c in _MD_PUNCTUATION else c for c in s)


def md_link(label: Any, url: Any) -> str:
    """A Markdown link to a stored URL: only http(s), its label escaped by `md_text`, and every character
    that could end the link's target or start another piece of Markdown percent-encoded. Empty otherwise."""
    if not isinstance(url, str):
        return ""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    target = quote(url.strip(), safe="/:?#&=;%+~,@!$*'")
    return f"[{md_text(label)}](<{target}>)"


def readable_table(df: pd.DataFrame) -> pd.DataFrame:
    """A table for the page: vocabulary codes in words, and missing text empty (not "None")."""
    out = df.copy()
    for col in out.columns:
        if col in CODE_COLUMNS:
            out[col] = out[col].map(readable)
        elif out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).where(out[col].notna(), "")
    return out


def evidence_column(label: str = "evidence", **kwargs: Any) -> Any:
    """The column of Arabic sentences, aligned right: a cell too narrow cuts the end of the sentence
    (on its left), not its start."""
    return st.column_config.TextColumn(label, alignment="right", **kwargs)


def single_date_range(fig: go.Figure, dates: Any) -> None:
    """With a single date on a time axis, a month either side of it (Plotly would span a millisecond)."""
    values = pd.to_datetime(pd.Series(list(dates)), errors="coerce").dropna().unique()
    if len(values) == 1:
        day = pd.Timestamp(values[0])
        fig.update_xaxes(range=[day - pd.Timedelta(days=31), day + pd.Timedelta(days=31)])


def signals_csv(f: Filters) -> bytes:
    """The filtered signals as the export's CSV (every row, not just those shown); made on demand, not cached."""
    return queries.read(export.signals_csv, db_path(), f)


def download(table: pd.DataFrame | Callable[[], pd.DataFrame], name: str,
             label: str = "Download this table (CSV)") -> None:
    """A CSV download of a table (or of what ``table()`` returns): UTF-8 with BOM, ISO dates, a dated file
    name. The CSV is made when the button is pressed, not on every run of the page."""
    make = table if callable(table) else lambda: table
    st.download_button(label, data=lambda: to_csv_bytes(make()), file_name=f"{name}-{date.today().isoformat()}.csv",
                       mime="text/csv", key=f"dl_{name}", icon=":material/download:", on_click="ignore")


def every_row(fn: Callable[..., T], *args: Any) -> T:
    """``fn`` (a `db.queries` function) run afresh (not cached): for a download of every row, not only those
    shown."""
    return queries.read(fn, db_path(), *args)


def chart(fig: go.Figure, name: str, **kwargs: Any) -> Any:
    """A plotly chart whose toolbar saves it as a PNG named after the chart."""
    fig.update_layout(margin={"t": 50, "l": 10, "r": 10, "b": 10})
    config = {"toImageButtonOptions": {"format": "png", "filename": f"{name}-{date.today().isoformat()}",
                                       "scale": 2}, "displaylogo": False}
    return st.plotly_chart(fig, width="stretch", config=config, key=f"chart_{name}", **kwargs)


def drill(event: Any, narrow: Callable[[dict], Filters | None]) -> None:
    """Open the Explorer on exactly the signals behind the bar, cell or point clicked in a chart drawn with
    ``on_select="rerun"``: ``narrow`` turns the clicked point (its x, y and customdata) into the filters."""
    points = event.selection.points if event and event.selection else []
    f = narrow(points[0]) if points else None
    if f is None:
        return
    st.session_state["filters"] = f
    st.switch_page("pages/explorer.py", query_params=url_params(f))


def clicked_month(point: dict) -> date | None:
    """The month of a clicked point whose x is a date or a "YYYY-MM" category."""
    try:
        return pd.Timestamp(str(point.get("x"))[:7] + "-01").date()
    except ValueError:
        return None


def empty_state(message: str) -> None:
    """A useful message instead of an empty chart."""
    st.info(message + " Ingest articles with `python -m etl ingest PATH`, or widen the filters.",
            icon=":material/info:")


def signal_evidence(signal_id: str) -> None:
    """A signal's sentence, where it was reported, and a link to its article."""
    sig = query(queries.signal, signal_id)
    if sig is None:
        return
    st.markdown(rtl(sig["sentence"], cue_marks(sig)), unsafe_allow_html=True)
    status = f" · {md_text(readable(sig['status']))}" if isinstance(sig["status"], str) else ""
    st.caption(f"{md_text(readable(sig['kind']))} · {md_text(sig['key'])}{status} — "
               f"{md_text(sig['source'] or 'unknown outlet')}, {fmt_date(sig['published'])}")
    article_link(sig["article_id"])


def article_link(article_id: str, label: str = "Open the article with its evidence highlighted") -> None:
    """A link to the article page that keeps the current filters."""
    st.page_link("pages/article.py", label=label, icon=":material/article:",
                 query_params={**url_params(saved_filters()), "id": article_id})


def month_axis(covered: pd.DataFrame, f: Filters, *frames: pd.DataFrame) -> pd.DatetimeIndex:
    """Every month from the first to the last of the loaded articles, the charts' data and the dates chosen:
    explicit monthly bins, so a month with nothing in it is a bin of its own, not a stretch of the axis."""
    months = [pd.Series(pd.to_datetime(covered["month"]))] + [pd.Series(pd.to_datetime(d["month"])) for d in frames]
    every = pd.concat(months).dropna()
    if every.empty:
        return pd.DatetimeIndex([])
    lo, hi = every.min(), every.max()
    if f.date_from:
        lo = min(lo, pd.Timestamp(f.date_from).to_period("M").to_timestamp())
    if f.date_to:
        hi = max(hi, pd.Timestamp(f.date_to).to_period("M").to_timestamp())
    return pd.date_range(lo, hi, freq="MS")


def no_data_spans(months: pd.DatetimeIndex, covered: pd.DataFrame) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The runs of months in ``months`` with no article loaded, as (first month, last month)."""
    have = set(pd.to_datetime(covered["month"]))
    spans: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for m in months:
        if m in have:
            continue
        if spans and spans[-1][1] + pd.offsets.MonthBegin(1) == m:
            spans[-1] = (spans[-1][0], m)
        else:
            spans.append((m, m))
    return spans


def mark_coverage(fig: go.Figure, spans: list[tuple[pd.Timestamp, pd.Timestamp]], first: Any, last: Any) -> None:
    """Shade the months with no article loaded (no data, not zero) and mark where the loaded articles start
    and end, on a chart whose x axis is months (each bar centred on the month's first day)."""
    half = pd.Timedelta(days=15)
    # Plain dicts in one layout update: plotly's add_vrect/add_vline re-validate every shape already there
    # on each call (1.7 s of a 2.7 s Overview with a few dozen gaps).
    # (The page's caption says what the grey means: a label on each span would crowd the chart.)
    shapes = [dict(type="rect", xref="x", yref="paper", x0=a - half, x1=b + half, y0=0, y1=1,
                   fillcolor="#9e9e9e", opacity=0.18, line_width=0, layer="below") for a, b in spans]
    notes = []
    for day, text, side in ((first, "first article", "left"), (last, "last article", "right")):
        if day is not None and not pd.isna(day):
            x = pd.Timestamp(day)
            shapes.append(dict(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1,
                               line=dict(dash="dot", color="#616161")))
            notes.append(dict(xref="x", yref="paper", x=x, y=0, yanchor="bottom", xanchor=side, showarrow=False,
                              text=f"{text} {fmt_date(day)}", font_color="#616161", bgcolor="rgba(255,255,255,0.8)"))
    fig.update_layout(shapes=list(fig.layout.shapes) + shapes, annotations=list(fig.layout.annotations) + notes)


def verdict_widget(signal_id: str, current: Any, note: Any, on_saved: Callable[[], None] | None = None) -> None:
    """Let the analyst mark a signal right or wrong; stored apart from the ETL's database."""
    labels = {"": "No verdict", "right": "Right", "wrong": "Wrong"}
    cur = current if isinstance(current, str) else ""
    with st.form(key=f"verdict_{signal_id}", border=False):
        cols = st.columns([2, 3, 1])
        choice = cols[0].radio("Is this signal right?", list(labels), format_func=labels.get,
                               index=list(labels).index(cur), horizontal=True)
        text = cols[1].text_input("Note (optional)", value=note if isinstance(note, str) else "")
        if cols[2].form_submit_button("Save"):
            try:  # the only write the dashboard makes, to its own file
                set_verdict(signal_id, choice or None, text, db=db_path())
            except DatabaseBusy as exc:
                st.error(f"The verdict was not saved (the verdicts file is busy): {exc}. Try again.")
                return
            clear_cache()
            if on_saved:
                on_saved()
            st.toast("Verdict saved.")
            st.rerun()
