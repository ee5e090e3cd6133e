"""Agreements: each agreement's status over time, drafted → signed → ratified → in force."""
import pandas as pd
import plotly.express as px
import streamlit as st

from pages._ui import (article_link, chart, download, empty_state, fmt_date, page_frame, query, rtl, sidebar_filters,
                       signal_evidence)

STEPS = ["proposed", "negotiating", "drafted", "signed", "ratified", "in_force", "implementing"]

page_frame()
st.title("Agreements")
f = sidebar_filters()
st.caption(f"Agreement signals: {f.caption()}.")
steps = query("agreement_steps", f)
if steps.empty:
    empty_state("No agreement matches.")
    st.stop()

timeline = query("agreement_timeline", f)
if not timeline.empty:
    fig = px.scatter(timeline, x="month", y="agreement", color="status", symbol="status", size="reports",
                     size_max=18, category_orders={"status": ["mentioned"] + STEPS}, custom_data=["signal_id"],
                     title="Status of each agreement as reported, by month (click a point for its sentence)")
    fig.update_layout(xaxis_title=None, yaxis_title=None, legend_title_text="status",
                      height=max(350, 28 * timeline["agreement"].nunique() + 120))
    event = chart(fig, "agreements-timeline", on_select="rerun", selection_mode="points")
    points = event.selection.points if event and event.selection else []
    if points:
        signal_evidence(points[0]["customdata"][0])

# One row per agreement: the first date each step was reported, and the furthest step reached.
rows = []
for name, g in steps.groupby("agreement", sort=False):
    row = {"agreement": name}
    for step in ["mentioned"] + STEPS:
        hit = g[g["status"] == step]
        row[step] = fmt_date(hit["first_reported"].iloc[0]) if not hit.empty else ""
    reached = g[g["status"].isin(STEPS)]
    row["furthest step"] = STEPS[int(reached["step"].max()) - 1] if not reached.empty else "mentioned"
    row["reports"] = int(g["reports"].sum())
    rows.append(row)
table = pd.DataFrame(rows).sort_values("reports", ascending=False)
st.subheader("Status history")
st.caption("The date each step was first reported. Select an agreement to read its reports.")
picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                      key="agreement_table")
download(table, "agreements-status")

sel = picked.selection.rows if picked and picked.selection else []
reports = query("agreements", f, 2000)
if sel:
    name = table.iloc[sel[0]]["agreement"]
    reports = reports[reports["agreement"] == name]
    st.subheader(f"Reports of {name}")
else:
    st.subheader("Latest reports")
pick = st.dataframe(reports[["published", "agreement", "status", "actor", "source", "sentence"]],
                    hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                    key="agreement_rows", column_config={"published": st.column_config.DateColumn("date"),
                                                         "sentence": st.column_config.TextColumn("evidence")})
download(reports, "agreement-reports", "Download these reports (CSV)")
chosen = pick.selection.rows if pick and pick.selection else []
if chosen:
    row = reports.iloc[chosen[0]]
    st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
    article_link(row["article_id"])
