"""Sources and data quality: what the charts rest on."""
import pandas as pd
import plotly.express as px
import streamlit as st

from db import queries, trends
from pages._ui import (SOURCE_TYPE_LABELS, chart, download, fmt_date, page_frame, query, readable_table,
                       sidebar_filters, single_date_range)

page_frame()
st.title("Sources and data quality")
f = sidebar_filters()
q = query(queries.data_quality)
cols = st.columns(6)
for col, (label, key) in zip(cols, [("Articles", "articles"), ("About Iran–Russia", "relevant"),
                                   ("Copies of a story", "copies"), ("Undated", "undated"),
                                   ("Ingest errors", "errors"), ("Samples", "samples")]):
    col.metric(label, f"{q[key]:,}")
st.caption(f"Last update: {str(q['last_update'])[:16] + ' UTC' if q['last_update'] else 'never'}.")

by_outlet = query(queries.articles_by_outlet, f)
if by_outlet.empty:
    st.info("No dated article matches the filters.")
else:
    split = st.radio("Split by", ["source_type", "source"], horizontal=True,
                     format_func={"source_type": "outlet type", "source": "outlet"}.get)
    by_outlet["source_type"] = by_outlet["source_type"].map(lambda t: SOURCE_TYPE_LABELS.get(t, t))
    fig = px.bar(by_outlet, x="month", y="articles", color=split, title="Articles per month")
    fig.update_layout(xaxis_title=None, legend_title_text="", bargap=0.1)
    single_date_range(fig, by_outlet["month"])
    chart(fig, "articles-per-outlet")
    download(by_outlet, "articles-per-outlet")

# Which period each outlet's archive covers: the end of one outlet's articles is not the end of cooperation.
spans = query(trends.outlet_coverage, f)
if not spans.empty:
    spans = spans.assign(source_type=spans["source_type"].map(lambda t: SOURCE_TYPE_LABELS.get(t, t)),
                         end=pd.to_datetime(spans["last"]) + pd.Timedelta(days=1))
    fig = px.timeline(spans, x_start="first", x_end="end", y="source", color="source_type",
                      custom_data=["articles", "months"], title="The period each outlet covers")
    fig.update_traces(hovertemplate="%{y}: %{base|%Y-%m-%d} to %{x|%Y-%m-%d}, %{customdata[0]:,} articles in "
                                    "%{customdata[1]} month(s)<extra></extra>")
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_layout(xaxis_title=None, legend_title_text="", height=max(250, 26 * len(spans) + 120))
    chart(fig, "outlet-coverage")
    download(spans.drop(columns=["end"]), "outlet-coverage")


def section(title: str, df, name: str, empty: str, note: str = "") -> None:
    """A titled table with its CSV (``name``), or a sentence saying there is nothing to show."""
    st.subheader(title)
    if df.empty:
        st.caption(empty)
        return
    if note:
        st.caption(note)
    st.dataframe(readable_table(df), hide_index=True, width="stretch")
    download(df, name)


section("Ingest errors", query(queries.ingest_errors), "ingest-errors", "No input has failed.")
section("Undated articles", query(queries.undated_articles), "undated-articles",
        "Every article has a date.",
        "These are left out of every timeline until a date is found for them.")
section("Ingest runs", query(queries.last_runs), "last-runs", "Nothing has been ingested yet.")
st.caption(f"Data as of {fmt_date(q['last_update']) if q['last_update'] else 'never'}; "
           "the dashboard rereads the database every 30 seconds.")
