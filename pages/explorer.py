"""Explorer: every filtered signal with its Arabic evidence, and the CSV of exactly those rows."""
from datetime import date

import streamlit as st

from pages._ui import (TABLE_ROWS, article_link, empty_state, fmt_date, md_text, page_frame, query, rtl,
                       sidebar_filters, signals_csv, verdict_widget, with_figures)

page_frame()
st.title("Signal explorer")
f = sidebar_filters()
total = query("count_signals", f)
st.caption(f"{total:,} signals: {f.caption()}.")
if total == 0:
    empty_state("No signals match.")
    st.stop()

# The CSV is made only when the button is pressed: at archive scale it can hold a million rows.
st.download_button("Download these signals (CSV)", data=lambda: signals_csv(f), icon=":material/download:",
                   file_name=f"signals-{date.today().isoformat()}.csv", mime="text/csv", key="download",
                   on_click="ignore")

df = query("signals_table", f, TABLE_ROWS)  # the newest; the CSV holds every row
if total > len(df):
    st.caption(f"The table shows the newest {len(df):,}; the CSV holds all {total:,}.")
shown = with_figures(df[["published", "kind", "key", "value", "unit", "status", "actor", "sentence", "source",
                          "outlets", "mentions", "verdict", "topic", "label", "article_id"]]).fillna(
    {"status": "", "actor": "", "source": "", "verdict": ""})
event = st.dataframe(
    shown, hide_index=True, width="stretch", height=560, on_select="rerun", selection_mode="single-row", key="table",
    column_config={
        "published": st.column_config.DateColumn("date"),
        "sentence": st.column_config.TextColumn("evidence", width="large"),
        "outlets": st.column_config.NumberColumn(help="Independent outlets that carried this story"),
    },
)
rows = event.selection.rows if event and event.selection else []
if rows:
    row = df.iloc[rows[0]]
    st.subheader(f"{row['kind']} · {row['key']} · {row['label']}")
    st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
    st.caption(f"{md_text(row['source'] or 'unknown outlet')}, {fmt_date(row['published'])} · characters "
               f"{row['start']}–{row['end']} · stated {row['mentions']}× · carried by {row['outlets']} outlet(s)")
    article_link(row["article_id"])
    verdict_widget(row["signal_id"], row["verdict"], row["verdict_note"])
else:
    st.caption("Select a row to read its sentence, open its article, or mark it right or wrong.")
