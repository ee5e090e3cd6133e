"""Overview: headline counts and signals over time, by kind and by topic."""
import plotly.express as px
import streamlit as st

from pages._ui import empty_state, page_frame, query, sidebar_filters

page_frame()

st.title("Iran–Russia cooperation signals")
f = sidebar_filters()
st.caption(f"Showing {f.caption()}.")

counts = query("overview_counts", f)
cols = st.columns(6)
for col, (label, k) in zip(cols, [("Signals", "signals"), ("Articles", "articles"), ("Outlets", "sources"),
                                 ("Agreements", "agreements"), ("Trade figures", "trade_figures"),
                                 ("Friction", "friction")]):
    col.metric(label, f"{counts[k]:,}")

if counts["signals"] == 0:
    empty_state("No signals match." if counts["articles_total"] else "The database is empty.")
    st.stop()

monthly = query("signals_by_month", f)
if monthly.empty:
    st.info("The matching articles are undated, so there is no timeline.")
else:
    fig = px.bar(monthly, x="month", y="signals", color="kind", title="Signals per month, by kind")
    fig.update_layout(legend_title_text="", bargap=0.1, xaxis_title=None)
    st.plotly_chart(fig, width="stretch")

left, right = st.columns(2)
by_topic = query("signals_by", f, "topic")
fig = px.bar(by_topic, x="signals", y="topic", orientation="h", title="Signals by topic")
fig.update_layout(yaxis={"categoryorder": "total ascending"}, yaxis_title=None)
left.plotly_chart(fig, width="stretch")
by_kind = query("signals_by", f, "kind")
fig = px.bar(by_kind, x="signals", y="kind", orientation="h", title="Signals by kind")
fig.update_layout(yaxis={"categoryorder": "total ascending"}, yaxis_title=None)
right.plotly_chart(fig, width="stretch")

st.page_link("pages/explorer.py", label="Read the sentences behind these numbers in the Explorer", icon=":material/manage_search:",
             query_params=st.query_params.to_dict())
