"""Sources and data quality: what the charts rest on."""
import plotly.express as px
import streamlit as st

from pages._ui import SOURCE_TYPE_LABELS, chart, download, fmt_date, page_frame, query, sidebar_filters

page_frame()
st.title("Sources and data quality")
f = sidebar_filters()
q = query("data_quality")
cols = st.columns(6)
for col, (label, key) in zip(cols, [("Articles", "articles"), ("About Iran–Russia", "relevant"),
                                   ("Copies of a story", "copies"), ("Undated", "undated"),
                                   ("Ingest errors", "errors"), ("Samples", "samples")]):
    col.metric(label, f"{q[key]:,}")
st.caption(f"Last update: {str(q['last_update'])[:16] + ' UTC' if q['last_update'] else 'never'}.")

by_outlet = query("articles_by_outlet", f)
if by_outlet.empty:
    st.info("No dated article matches the filters.")
else:
    split = st.radio("Split by", ["source_type", "source"], horizontal=True,
                     format_func={"source_type": "outlet type", "source": "outlet"}.get)
    by_outlet["source_type"] = by_outlet["source_type"].map(lambda t: SOURCE_TYPE_LABELS.get(t, t))
    fig = px.bar(by_outlet, x="month", y="articles", color=split, title="Articles per month")
    fig.update_layout(xaxis_title=None, legend_title_text="", bargap=0.1)
    chart(fig, "articles-per-outlet")
    download(by_outlet, "articles-per-outlet")

st.subheader("Ingest errors")
errors = query("ingest_errors")
if errors.empty:
    st.caption("No input has failed.")
else:
    st.dataframe(errors, hide_index=True, width="stretch")
    download(errors, "ingest-errors")

st.subheader("Undated articles")
undated = query("undated_articles")
if undated.empty:
    st.caption("Every article has a date.")
else:
    st.caption("These are left out of every timeline until a date is found for them.")
    st.dataframe(undated, hide_index=True, width="stretch")
    download(undated, "undated-articles")

st.subheader("Ingest runs")
runs = query("last_runs")
if runs.empty:
    st.caption("Nothing has been ingested yet.")
else:
    st.dataframe(runs, hide_index=True, width="stretch")
st.caption(f"Data as of {fmt_date(q['last_update']) if q['last_update'] else 'never'}; "
           "the dashboard rereads the database every 30 seconds.")
