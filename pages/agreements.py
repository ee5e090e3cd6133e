"""Agreements: each agreement's status over time, drafted → signed → ratified → in force."""
import pandas as pd
import plotly.express as px
import streamlit as st

from pages._ui import article_link, chart, download, empty_state, fmt_date, page_frame, query, rtl, sidebar_filters

STEPS = ["proposed", "negotiating", "drafted", "signed", "ratified", "in_force", "implementing"]

page_frame()
st.title("Agreements")
f = sidebar_filters()
st.caption(f"Agreement signals: {f.caption()}.")
df = query("agreements", f)
if df.empty:
    empty_state("No agreement matches.")
    st.stop()

dated = df.dropna(subset=["published"])
if not dated.empty:
    fig = px.scatter(dated, x="published", y="agreement", color="status", symbol="status",
                     category_orders={"status": ["mentioned"] + STEPS}, hover_data=["source", "actor"],
                     custom_data=["signal_id"], title="Status of each agreement as reported over time")
    fig.update_traces(marker={"size": 12})
    fig.update_layout(xaxis_title=None, yaxis_title=None, legend_title_text="status")
    event = chart(fig, "agreements-timeline", on_select="rerun", selection_mode="points")
    points = event.selection.points if event and event.selection else []
    if points:
        sid = points[0]["customdata"][0]
        row = df[df["signal_id"] == sid].iloc[0]
        st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
        st.caption(f"{row['source']}, {fmt_date(row['published'])}: {row['status']}")
        article_link(row["article_id"])

# One row per agreement: the first date each step was reported, and the furthest step reached.
rows = []
for name, g in df.groupby("agreement", sort=False):
    row = {"agreement": name}
    for step in ["mentioned"] + STEPS:
        hits = g[g["status"] == step]
        row[step] = fmt_date(hits["published"].min()) if not hits.empty else ""
    steps = g[g["status"].isin(STEPS)]
    row["furthest step"] = STEPS[int(steps["step"].max()) - 1] if not steps.empty else "mentioned"
    row["reports"] = len(g)
    rows.append(row)
table = pd.DataFrame(rows).sort_values("reports", ascending=False)
st.subheader("Status history")
st.dataframe(table, hide_index=True, width="stretch")
download(table, "agreements-status")

st.subheader("Every report")
pick = st.dataframe(df[["published", "agreement", "status", "actor", "source", "sentence"]],
                    hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                    key="agreement_rows", column_config={"published": st.column_config.DateColumn("date"),
                                                         "sentence": st.column_config.TextColumn("evidence")})
download(df.drop(columns=["step"]), "agreement-reports", "Download every report (CSV)")
sel = pick.selection.rows if pick and pick.selection else []
if sel:
    row = df.iloc[sel[0]]
    st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
    article_link(row["article_id"])
