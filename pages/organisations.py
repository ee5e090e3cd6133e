"""Organisations and projects: how often each comes up, and in which fields."""
import plotly.express as px
import streamlit as st

from db import queries
from pages._ui import (chart, clicked_month, download, drill, empty_state, md_text, page_frame, query, readable,
                       sidebar_filters, single_date_range)

page_frame()
st.title("Organisations and projects")
f = sidebar_filters()
st.caption(f"Organisation and project signals: {md_text(f.caption())}. Click a bar to read its signals.")
df = query(queries.named_things_by_month, f)
if df.empty:
    empty_state("No organisation or project matches.")
    st.stop()

for kind, title in (("organisation", "Joint membership of organisations"), ("project", "Joint projects")):
    part = df[df["kind"] == kind]
    if part.empty:
        continue
    unit = "events" if f.count_events else "mentions"  # what the query counted (the column keeps its name)
    fig = px.bar(part, x="month", y="mentions", color="label", title=f"{title}: {unit} per month",
                 labels={"mentions": unit}, custom_data=["kind", "key"])
    fig.update_layout(xaxis_title=None, legend_title_text="", bargap=0.1)
    single_date_range(fig, part["month"])
    # A click on a bar opens its month's signals of that organisation or project in the Explorer.
    drill(chart(fig, f"{kind}-mentions", on_select="rerun", selection_mode="points"),
          lambda p: f.narrowed(clicked_month(p), kinds=p["customdata"][0], keys=p["customdata"][1])
          if clicked_month(p) and p.get("customdata") else None)

topics = query(queries.named_things_by_topic, f)
if not topics.empty:
    heat = topics.assign(topic=topics["topic"].map(readable)).pivot_table(index="label", columns="topic",
                                                                          values="signals", fill_value=0)
    fig = px.imshow(heat, aspect="auto", color_continuous_scale="Greens", text_auto=True,
                    title="What else the articles that name them are about (signals by topic)",
                    labels={"color": "signals", "x": "", "y": ""})
    chart(fig, "named-by-topic")

totals = df.groupby(["kind", "key", "label"], as_index=False)["mentions"].sum().sort_values("mentions", ascending=False)
st.subheader("Totals")
st.dataframe(totals, hide_index=True, width="stretch")
download(totals, "organisations-projects")
st.page_link("pages/explorer.py", label="Read these mentions in the Explorer", icon=":material/manage_search:",
             query_params={**st.query_params.to_dict(), "kind": ["organisation", "project"]})
