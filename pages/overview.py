"""Overview: is cooperation deepening or cooling, and in which fields?"""
import pandas as pd
import plotly.express as px
import streamlit as st

from db import queries
from pages._ui import (KIND_COLORS, chart, empty_state, fmt_date, mark_coverage, md_text, month_axis, no_data_spans,
                       page_frame, query, readable, sidebar_filters, single_date_range)

page_frame()
st.title("Iran–Russia cooperation signals")
f = sidebar_filters()
st.caption(f"Showing {md_text(f.caption())}.")

head = query(queries.headline, f)
now, before = head["now"], head.get("before")
# A previous period with no article loaded is no data, not zero: comparing with it would show growth from nothing.
compare = bool(before) and before.get("loaded", 0) > 0
cols = st.columns(6)
for col, (label, k) in zip(cols, [("Events" if f.count_events else "Signals", "signals"), ("Articles", "articles"),
                                 ("Outlets", "sources"),
                                 ("Agreements", "agreements"), ("Trade figures", "trade_figures"),
                                 ("Friction", "friction")]):
    delta = now[k] - before[k] if compare else None
    col.metric(label, f"{now[k]:,}", delta=delta, delta_color="inverse" if k == "friction" else "normal",
               help="Change against the period of the same length just before." if compare else None)
if before and not compare:
    period = head["period"]
    st.caption(f"No data for the previous period ({fmt_date(period['before_from'])} to "
               f"{fmt_date(period['before_to'])}): no article was loaded then, so there is no change to show.")
elif not before:
    st.caption("Pick a start date to compare with the period of the same length before it.")

if now["signals"] == 0:
    empty_state("No signals match." if head["total_articles"]["n"] else "The database is empty.")
    st.stop()

charts = query(queries.overview, f)
monthly = charts["by_kind"]
if monthly.empty:
    st.info("The matching articles are undated, so there is no timeline.")
    st.stop()

covered = query(queries.coverage, f)
months = month_axis(covered, f, monthly)
gaps = no_data_spans(months, covered)
first, last = (covered["first"].min(), covered["last"].max()) if not covered.empty else (None, None)
st.caption(f"The loaded articles{' from the outlets chosen' if f.sources or f.source_types else ''} run from "
           f"{fmt_date(first)} to {fmt_date(last)}"
           + (f"; {sum((b.to_period('M') - a.to_period('M')).n + 1 for a, b in gaps)} month(s) in between have "
              "none (shaded grey: no data, not zero)" if gaps else "")
           + ". A month at either end may be only partly covered.")

bars = monthly.assign(kind=monthly["kind"].map(readable))
fig = px.bar(bars, x="month", y="signals", color="kind", title="Signals per month, by kind",
             color_discrete_map={readable(k): c for k, c in KIND_COLORS.items()},
             category_orders={"kind": [readable(k) for k in KIND_COLORS]})
fig.update_layout(legend_title_text="", bargap=0.1, xaxis_title=None)
fig.update_xaxes(range=[months[0] - pd.Timedelta(days=20), months[-1] + pd.Timedelta(days=20)])
mark_coverage(fig, gaps, first, last)
single_date_range(fig, months)
chart(fig, "signals-per-month")

left, right = st.columns(2)
# Every month of the axis: zero where articles were loaded and nothing matched, a gap (the line breaks)
# where no article was loaded at all.
cf = charts["cooperation_vs_friction"].assign(month=lambda d: pd.to_datetime(d["month"])).set_index("month")
cf = cf.reindex(months).fillna(0).astype(float)
cf.loc[~cf.index.isin(pd.to_datetime(covered["month"]))] = float("nan")
cf = cf.rename_axis("month").reset_index()
fig = px.line(cf, x="month", y=["cooperation", "friction"], markers=True, title="Cooperation against friction",
              color_discrete_map={"cooperation": "#2e7d32", "friction": "#c62828"})
fig.update_traces(connectgaps=False)
fig.update_layout(legend_title_text="", xaxis_title=None, yaxis_title="signals")
mark_coverage(fig, gaps, first, last)
single_date_range(fig, months)
with left:
    chart(fig, "cooperation-vs-friction")

# One column per month of the axis, as a category (a date axis stretched one month's cell over the
# months with no data); blank where no article was loaded.
topics = charts["by_topic"].assign(topic=lambda d: d["topic"].map(readable))
heat = topics.pivot_table(index="topic", columns="month", values="signals", fill_value=0)
heat.columns = pd.to_datetime(heat.columns)
heat = heat.reindex(columns=months, fill_value=0).astype(float)
heat.loc[:, ~heat.columns.isin(pd.to_datetime(covered["month"]))] = float("nan")
heat.columns = [m.strftime("%Y-%m") for m in heat.columns]
fig = px.imshow(heat, aspect="auto", color_continuous_scale="Blues", title="Topics over time",
                labels={"color": "signals", "x": "", "y": ""})
fig.update_xaxes(type="category")
with right:
    chart(fig, "topics-over-time")
    if gaps:
        st.caption("Blank columns: months with no article loaded.")

st.page_link("pages/explorer.py", label="Read the sentences behind these numbers in the Explorer",
             icon=":material/manage_search:", query_params=st.query_params.to_dict())
