"""Agreements: each agreement's status over time, drafted → signed → ratified → in force."""
import plotly.express as px
import streamlit as st

from db import queries
from db.vocabulary import STATUSES
from pages._ui import (article_link, chart, chart_label, download, empty_state, evidence_column, md_text, page_frame,
                       query, readable, readable_table, rtl, sidebar_filters, signal_evidence, single_date_range)

REPORTS = 2000  # the newest reports listed (of the agreement chosen, or of all)

page_frame()
st.title("Agreements")
f = sidebar_filters()
st.caption(f"Agreement signals: {md_text(f.caption())}.")
table = query(queries.agreement_status, f)
if table.empty:
    empty_state("No agreement matches.")
    st.stop()

timeline = query(queries.agreement_timeline, f)
if not timeline.empty:
    shown = timeline.assign(status=timeline["status"].map(readable), agreement=timeline["agreement"].map(chart_label))
    fig = px.scatter(shown, x="month", y="agreement", color="status", symbol="status", size="reports",
                     size_max=18, category_orders={"status": [readable(s) for s in STATUSES]},
                     custom_data=["signal_id"],
                     title="Status of each agreement as reported, by month (click a point for its sentence)")
    fig.update_layout(xaxis_title=None, yaxis_title=None, legend_title_text="status",
                      height=max(350, 28 * timeline["agreement"].nunique() + 120))
    single_date_range(fig, timeline["month"])
    event = chart(fig, "agreements-timeline", on_select="rerun", selection_mode="points")
    points = event.selection.points if event and event.selection else []
    if points:
        signal_evidence(points[0]["customdata"][0])

st.subheader("Status history")
st.caption("The date each step was first reported (a later step can be reported before an earlier one: the "
           "history lists the steps in their order). Select an agreement to read its reports.")
date_columns = {readable(s): st.column_config.TextColumn(readable(s), width=100) for s in STATUSES}
picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                      key="agreement_table", column_config={**date_columns,
                                                            "history": st.column_config.TextColumn(width="large")})
download(table, "agreements-status")

sel = [r for r in (picked.selection.rows if picked and picked.selection else []) if r < len(table)]
if sel:
    name = table.iloc[sel[0]]["agreement"]
    reports = query(queries.agreements, f, REPORTS, name)  # this agreement's reports, then the newest of them
    st.subheader(f"Reports of {md_text(name)}")
else:
    reports = query(queries.agreements, f, REPORTS)
    st.subheader("Latest reports")
pick = st.dataframe(readable_table(reports[["published", "agreement", "status", "actor", "source", "sentence"]]),
                    hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                    key="agreement_rows", column_config={"published": st.column_config.DateColumn("date"),
                                                         "sentence": evidence_column(width="large")})
download(reports, "agreement-reports", "Download these reports (CSV)")
chosen = [r for r in (pick.selection.rows if pick and pick.selection else []) if r < len(reports)]
if chosen:
    row = reports.iloc[chosen[0]]
    st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
    article_link(row["article_id"])
