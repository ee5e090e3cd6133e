"""Overview: is cooperation deepening or cooling, and in which fields?"""
import plotly.express as px
import streamlit as st

from pages._ui import KIND_COLORS, chart, empty_state, page_frame, query, sidebar_filters

page_frame()
st.title("Iran–Russia cooperation signals")
f = sidebar_filters()
st.caption(f"Showing {f.caption()}.")

head = query("headline", f)
now, before = head["now"], head.get("before")
cols = st.columns(6)
for col, (label, k) in zip(cols, [("Signals", "signals"), ("Articles", "articles"), ("Outlets", "sources"),
                                 ("Agreements", "agreements"), ("Trade figures", "trade_figures"),
                                 ("Friction", "friction")]):
    delta = None if not before else now[k] - before[k]
    col.metric(label, f"{now[k]:,}", delta=delta, delta_color="inverse" if k == "friction" else "normal",
               help="Change against the period of the same length just before." if before else None)
if not before:
    st.caption("Pick a start date to compare with the period of the same length before it.")

if now["signals"] == 0:
    empty_state("No signals match." if head["total_articles"]["n"] else "The database is empty.")
    st.stop()

charts = query("overview", f)
monthly = charts["by_kind"]
if monthly.empty:
    st.info("The matching articles are undated, so there is no timeline.")
    st.stop()

fig = px.bar(monthly, x="month", y="signals", color="kind", title="Signals per month, by kind",
             color_discrete_map=KIND_COLORS)
fig.update_layout(legend_title_text="", bargap=0.1, xaxis_title=None)
chart(fig, "signals-per-month")

left, right = st.columns(2)
cf = charts["cooperation_vs_friction"]
fig = px.line(cf, x="month", y=["cooperation", "friction"], markers=True, title="Cooperation against friction",
              color_discrete_map={"cooperation": "#2e7d32", "friction": "#c62828"})
fig.update_layout(legend_title_text="", xaxis_title=None, yaxis_title="signals")
with left:
    chart(fig, "cooperation-vs-friction")

topics = charts["by_topic"]
heat = topics.pivot_table(index="topic", columns="month", values="signals", fill_value=0)
fig = px.imshow(heat, aspect="auto", color_continuous_scale="Blues", title="Topics over time",
                labels={"color": "signals", "x": "", "y": ""})
with right:
    chart(fig, "topics-over-time")

st.page_link("pages/explorer.py", label="Read the sentences behind these numbers in the Explorer",
             icon=":material/manage_search:", query_params=st.query_params.to_dict())
