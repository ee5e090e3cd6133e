"""Trade and economy: every trade figure claimed, who claimed it, when and where; economic measures."""
import plotly.express as px
import streamlit as st

from db.filters import Filters
from db import queries
from pages._ui import (TABLE_ROWS, article_link, chart, download, empty_state, evidence_column, every_row,
                       figure_text, fmt_date, md_text, page_frame, query, readable_table, rtl, sidebar_filters,
                       single_date_range, with_figures)

from db.vocabulary import FIGURE_TYPES, UNITS

# Actual figures, targets and forecasts look different: a target or a forecast is a claim about the future.
SYMBOLS = dict(zip(FIGURE_TYPES, ["circle", "diamond-open", "triangle-up-open"]))

page_frame()
st.title("Trade and economy")
f = sidebar_filters()
st.caption(f"Trade figures: {md_text(f.caption())}.")
df = query(queries.trade_figures, f, 2000)
if df.empty:
    empty_state("No trade figure matches.")
else:
    picked = None
    # A measure keeps its colour from one chart to the next.
    colours = dict(zip(sorted(df["label"].unique()), px.colors.qualitative.Bold * 10))
    for unit in [u for u in UNITS if u in set(df["unit"])]:
        part = df[(df["unit"] == unit) & df["published"].notna()]
        if part.empty:
            continue
        # One trace per measure (outlet type in the hover, not a symbol): a trace per measure and outlet type
        # made 25 legend entries and half the page's time at a million signals.
        fig = px.scatter(part, x="published", y="value", color="label", render_mode="webgl",
                         color_discrete_map=colours, symbol="figure_type", symbol_map=SYMBOLS,
                         hover_data={"figure_type": True, "period": True, "speaker": True, "actor": True,
                                     "source": True, "source_type": True, "value": ":,.0f", "published": True,
                                     "label": False},
                         labels={"source_type": "outlet type", "figure_type": "figure"},
                         custom_data=["signal_id"], title=f"Figures claimed, in {UNITS[unit]}")
        fig.update_traces(marker={"size": 11})
        fig.update_layout(xaxis_title=None, yaxis_title=UNITS[unit][0].upper() + UNITS[unit][1:], legend_title_text="")
        fig.update_yaxes(rangemode="tozero")  # amounts and shares read against zero
        single_date_range(fig, part["published"])  # one date: a month either side, not a span of milliseconds
        event = chart(fig, f"trade-{unit}", on_select="rerun", selection_mode="points")
        points = event.selection.points if event and event.selection else []
        if points:
            picked = points[0]["customdata"][0]
    if picked:
        row = df[df["signal_id"] == picked].iloc[0]
        st.subheader(md_text(f"{row['label']}: {figure_text(row['value'], row['unit'])}"))
        st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
        period = f" for {md_text(row['period'])}" if row["period"] else ""
        st.caption(f"{md_text(row['figure_type'].capitalize())} figure{period}, said by "
                   f"{md_text(row['speaker'] or row['actor'] or 'an unnamed source')}, reported by "
                   f"{md_text(row['source'] or 'an unknown outlet')} on {fmt_date(row['published'])}.")
        article_link(row["article_id"])
    elif len(df) == 2000:
        st.caption("Showing the newest 2,000 figures; narrow the dates to see older ones. Click a point to read "
                   "the sentence behind it.")
    else:
        st.caption("Click a point to read the sentence behind it.")
    st.subheader("The figures")
    if len(df) > TABLE_ROWS:
        st.caption(f"The newest {TABLE_ROWS:,} of the {len(df):,} in the charts; the CSV holds every figure.")
    shown = df[["published", "key", "value", "unit", "figure_type", "period", "speaker", "actor", "source",
                "sentence"]].head(TABLE_ROWS)
    st.dataframe(readable_table(with_figures(shown)), hide_index=True, width="stretch",
                 column_config={"published": st.column_config.DateColumn("date"),
                                "sentence": evidence_column(width="large")})
    download(lambda: every_row(queries.trade_figures, f, None), "trade-figures", "Download every figure (CSV)")

st.subheader("Economic measures")
economic = Filters(**{**f.__dict__, "kinds": ("economic",)})
measures = query(queries.signals_table, economic, TABLE_ROWS)
if measures.empty:
    st.caption("No economic measure matches.")
else:
    if len(measures) == TABLE_ROWS:
        st.caption(f"The newest {TABLE_ROWS:,}; the CSV holds every measure.")
    st.dataframe(readable_table(measures[["published", "key", "label", "actor", "source", "sentence"]]),
                 hide_index=True, width="stretch",
                 column_config={"published": st.column_config.DateColumn("date"),
                                "sentence": evidence_column(width="large")})
    download(lambda: every_row(queries.signals_table, economic, None), "economic-measures",
             "Download every measure (CSV)")
