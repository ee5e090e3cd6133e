"""Overview: is cooperation deepening or cooling, and in which fields?"""
import pandas as pd
import plotly.express as px
import streamlit as st

from db import queries, trends
from db.vocabulary import KINDS
from pages._ui import (KIND_COLORS, chart, clicked_month, drill, empty_state, fmt_date, mark_coverage, md_text,
                       month_axis, no_data_spans, page_frame, query, readable, sidebar_filters, single_date_range)

page_frame()
st.title("Iran–Russia cooperation signals")
f = sidebar_filters()
st.caption(f"Showing {md_text(f.caption())}.")

head = query(queries.headline, f)
now, before = head["now"], head.get("before")
# A previous period with no article loaded is no data, not zero: comparing with it would show growth from
# nothing. One with far fewer articles loaded (a corpus that starts midway) would show growth from little.
COMPARABLE = 0.5  # the previous period's articles loaded, at least this share of the current period's
compare = bool(before) and before.get("loaded", 0) > 0 and before["loaded"] >= COMPARABLE * now.get("loaded", 0)
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
    when = f"{fmt_date(period['before_from'])} to {fmt_date(period['before_to'])}"
    if before.get("loaded", 0) == 0:
        st.caption(f"No data for the previous period ({when}): no article was loaded then, so there is no change "
                   "to show.")
    else:
        st.caption(f"No change shown: the previous period ({when}) has {before['loaded']:,} articles loaded against "
                   f"{now['loaded']:,} now, too few to compare with.")
elif not before:
    st.caption("Pick a start date to compare with the period of the same length before it.")

if now["signals"] == 0:
    empty_state("No signals match." if head["total_articles"]["n"] else "The database is empty.")
    st.stop()

# One query for the page's timelines: the articles loaded per month are counted once for all of them.
tl = query(trends.timeline, f, None)
by_kind = tl.by_kind
if by_kind.empty:
    st.info("The matching articles are undated, so there is no timeline.")
    st.stop()

covered = tl.coverage
months = month_axis(covered, f, by_kind)
gaps = no_data_spans(months, covered)
first, last = (covered["first"].min(), covered["last"].max()) if not covered.empty else (None, None)
st.caption(f"The loaded articles{' from the outlets chosen' if f.sources or f.source_types else ''} run from "
           f"{fmt_date(first)} to {fmt_date(last)}"
           + (f"; {sum((b.to_period('M') - a.to_period('M')).n + 1 for a, b in gaps)} month(s) in between have "
              "none (shaded grey: no data, not zero)" if gaps else "")
           + ". A month at either end may be only partly covered.")

unit = "events" if f.count_events else "signals"
# Counts follow how much news was loaded; a rate per 1,000 articles loaded (same month, same outlets) does not.
per = st.radio("Show", ["count", "rate"], horizontal=True, key="overview_measure",
               format_func={"count": f"{unit} per month", "rate": f"{unit} per 1,000 articles loaded"}.get,
               index=1 if st.query_params.get("rate") == "1" else 0)
if per == "rate":
    st.query_params["rate"] = "1"
elif "rate" in st.query_params:
    del st.query_params["rate"]
y, y_title = ("per_1000", f"{unit} per 1,000 articles") if per == "rate" else ("count", unit)
st.caption("Click a bar, a point or a cell to read exactly its signals in the Explorer.")


def _kind(point: dict):
    """The Explorer's filters for a clicked bar: its month and kind."""
    month, data = clicked_month(point), point.get("customdata") or []
    return f.narrowed(month, kinds=data[0]) if month and data else None


bars = by_kind.assign(label=by_kind["kind"].map(readable))
fig = px.bar(bars, x="month", y=y, color="label", custom_data=["kind", "count", "articles"],
             title=f"{y_title[0].upper() + y_title[1:]} per month, by kind",
             color_discrete_map={readable(k): c for k, c in KIND_COLORS.items()},
             category_orders={"label": [readable(k) for k in KIND_COLORS]}, labels={y: y_title})
fig.update_traces(hovertemplate="%{x|%Y-%m}: %{customdata[1]} " + unit + " in %{customdata[2]} articles loaded"
                                "<extra>%{fullData.name}</extra>")
fig.update_layout(legend_title_text="", bargap=0.1, xaxis_title=None)
fig.update_xaxes(range=[months[0] - pd.Timedelta(days=20), months[-1] + pd.Timedelta(days=20)])
mark_coverage(fig, gaps, first, last)
single_date_range(fig, months)
drill(chart(fig, "signals-per-month", on_select="rerun", selection_mode="points"), _kind)

left, right = st.columns(2)
# Every month of the axis: zero where articles were loaded and nothing matched, a gap (the line breaks)
# where no article was loaded at all.
FRICTION = ("friction",)
COOPERATION = tuple(k for k in KINDS if k != "friction")
cf = by_kind.assign(side=by_kind["kind"].map(lambda k: "friction" if k in FRICTION else "cooperation"))
cf = cf.pivot_table(index="month", columns="side", values=y, aggfunc="sum", fill_value=0)
cf = cf.reindex(columns=["cooperation", "friction"], fill_value=0)
cf.index = pd.to_datetime(cf.index)
cf = cf.reindex(months).fillna(0).astype(float)
cf.loc[~cf.index.isin(pd.to_datetime(covered["month"]))] = float("nan")
cf = cf.rename_axis("month").reset_index()
fig = px.line(cf, x="month", y=["cooperation", "friction"], markers=True, title="Cooperation against friction",
              color_discrete_map={"cooperation": "#2e7d32", "friction": "#c62828"})
fig.update_traces(connectgaps=False)
fig.update_layout(legend_title_text="", xaxis_title=None, yaxis_title=y_title)
mark_coverage(fig, gaps, first, last)
single_date_range(fig, months)


def _side(point: dict):
    """The Explorer's filters for a clicked point: its month, and cooperation (every kind but friction) or friction."""
    month = clicked_month(point)
    if not month:
        return None
    return f.narrowed(month, kinds=FRICTION if point.get("curve_number") == 1 else COOPERATION)


with left:
    drill(chart(fig, "cooperation-vs-friction", on_select="rerun", selection_mode="points"), _side)

# One cell per month of the axis and topic, drawn as squares so a cell can be clicked; none where no
# article was loaded.
topics = tl.by_topic
loaded = pd.to_datetime(covered["month"]).dt.strftime("%Y-%m")
cells = pd.MultiIndex.from_product([sorted(topics["topic"].unique()), loaded], names=["topic", "m"])
topics = (topics.assign(m=pd.to_datetime(topics["month"]).dt.strftime("%Y-%m")).set_index(["topic", "m"])
          [list(dict.fromkeys(["count", y]))].reindex(cells, fill_value=0).reset_index())  # a loaded month with nothing is a zero
topics = topics.assign(label=topics["topic"].map(readable))
fig = px.scatter(topics, x="m", y="label", color=y, custom_data=["topic", "count"], color_continuous_scale="Blues",
                 title="Topics over time", labels={y: y_title, "m": "", "label": ""},
                 category_orders={"m": [m.strftime("%Y-%m") for m in months]})
fig.update_traces(marker={"symbol": "square", "size": 22, "line": {"width": 0}},
                  hovertemplate="%{x} · %{y}: %{customdata[1]} " + unit + "<extra></extra>")
fig.update_xaxes(type="category", categoryorder="array", categoryarray=[m.strftime("%Y-%m") for m in months])


def _topic(point: dict):
    """The Explorer's filters for a clicked cell: its month and topic."""
    month, data = clicked_month(point), point.get("customdata") or []
    return f.narrowed(month, topics=data[0]) if month and data else None


with right:
    drill(chart(fig, "topics-over-time", on_select="rerun", selection_mode="points"), _topic)
    if gaps:
        st.caption("Months without a square in any row: no article was loaded then, or nothing matched.")

# The balance weighs each event by what it is (db.trends.WEIGHTS): +1 only cooperation, −1 only friction.
bal = tl.balance
bal = bal.assign(month=pd.to_datetime(bal["month"])).set_index("month").reindex(months).rename_axis("month").reset_index()
fig = px.line(bal, x="month", y="balance", markers=True, custom_data=["cooperation", "friction", "count"],
              title="Cooperation–friction balance, (C − F) / (C + F) of the weighted events",
              range_y=[-1.05, 1.05])
fig.update_traces(connectgaps=False, line_color="#37474f",
                  hovertemplate="%{x|%Y-%m}: %{y:+.2f} (cooperation %{customdata[0]:.0f}, friction "
                                "%{customdata[1]:.0f}, " "%{customdata[2]:.0f} " + unit + ")<extra></extra>")
fig.add_hline(y=0, line_dash="dot", line_color="#9e9e9e")
fig.update_layout(xaxis_title=None, yaxis_title="balance")
mark_coverage(fig, gaps, first, last)
single_date_range(fig, months)
drill(chart(fig, "balance", on_select="rerun", selection_mode="points"),
      lambda p: f.narrowed(clicked_month(p)) if clicked_month(p) else None)
with st.expander("How the balance is computed"):
    st.markdown("Each event (or mention) weighs what it is: cooperation is positive, friction negative. "
                "C is the sum of the positive weights in a month, F that of the negative ones, and the balance "
                "(C − F) / (C + F) runs from −1 (only friction) to +1 (only cooperation), whatever the volume "
                "of news. Months with no article loaded have no value; months with articles but no signal "
                "have none either (nothing to weigh).")
    st.dataframe(pd.DataFrame([{"kind or step": readable(k.replace("/", " · ")), "weight": w}
                               for k, w in trends.WEIGHTS.items()]), hide_index=True)

st.page_link("pages/explorer.py", label="Read the sentences behind these numbers in the Explorer",
             icon=":material/manage_search:", query_params=st.query_params.to_dict())
