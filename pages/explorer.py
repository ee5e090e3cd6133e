"""Explorer: every filtered signal with its Arabic evidence, and the CSV of exactly those rows."""
from datetime import date

import streamlit as st

from db import queries
from pages._ui import (TABLE_ROWS, article_link, cue_marks, empty_state, evidence_column, fmt_date, md_text, page_frame, query,
                       readable, readable_table, rtl, sidebar_filters, signals_csv, verdict_widget, with_figures)

page_frame()
st.title("Signal explorer")
f = sidebar_filters()
total = query(queries.count_signals, f)
st.caption(f"{total:,} signals: {md_text(f.caption())}.")
if total == 0:
    empty_state("No signals match.")
    st.stop()

# The CSV is made only when the button is pressed: at archive scale it can hold a million rows.
st.download_button("Download these signals (CSV)", data=lambda: signals_csv(f), icon=":material/download:",
                   file_name=f"signals-{date.today().isoformat()}.csv", mime="text/csv", key="download",
                   on_click="ignore")

df = query(queries.signals_table, f, TABLE_ROWS)  # the newest; the CSV holds every row
if total > len(df):
    st.caption(f"The table shows the newest {len(df):,}; the CSV holds all {total:,}.")
shown = readable_table(with_figures(df[["published", "kind", "key", "value", "unit", "status", "actor", "sentence",
                                         "source", "outlets", "mentions", "verdict", "topic", "label",
                                         "article_id"]]))
# The signal in the panel is remembered by its id, not by its row: a verdict can take its row out of the
# table (signals marked wrong are left out) and move the rows after it up, so a row number kept across the
# verdict would point at another signal (or past the end). After a verdict the table starts afresh (a new
# key, no selection) and the panel stays on the signal just judged.
generation = st.session_state.get("explorer_generation", 0)
focus = st.session_state.get("explorer_focus")  # {"filters", "signal_id", "position", "kept"}
if focus and focus["filters"] != f:
    focus = None
event = st.dataframe(
    shown, hide_index=True, width="stretch", height=560, on_select="rerun", selection_mode="single-row",
    key=f"table_{generation}",
    column_config={
        "published": st.column_config.DateColumn("date"),
        "sentence": evidence_column(width="large"),
        "outlets": st.column_config.NumberColumn(help="Independent outlets that carried this story"),
    },
)
rows = [r for r in (event.selection.rows if event and event.selection else []) if r < len(df)]
if rows:
    focus = {"filters": f, "signal_id": df.iloc[rows[0]]["signal_id"], "position": rows[0], "kept": False}
elif focus and not focus["kept"]:
    focus = None  # the reader cleared the selection
st.session_state["explorer_focus"] = focus


def _keep_place() -> None:
    """After a verdict: a fresh table, and the panel stays on the signal just judged."""
    st.session_state["explorer_generation"] = generation + 1
    if st.session_state.get("explorer_focus"):
        st.session_state["explorer_focus"] = {**st.session_state["explorer_focus"], "kept": True}


sig = query(queries.signal, focus["signal_id"]) if focus else None
if focus and sig is None:
    st.caption("That signal is no longer in the database (its article was re-extracted). Select another row.")
elif sig is not None:
    ids = list(df["signal_id"])
    listed = sig["signal_id"] in ids
    st.subheader(f"{md_text(readable(sig['kind']))} · {md_text(sig['key'])} · {md_text(sig['label'])}")
    if isinstance(sig.get("title"), str) and sig["title"].strip():
        st.markdown(rtl(sig["title"], cls="title"), unsafe_allow_html=True)
    st.markdown(rtl(sig["sentence"], cue_marks(sig)), unsafe_allow_html=True)
    if cue_marks(sig):
        st.caption("Highlighted: the words that made the signal.")
    st.caption(f"{md_text(sig['source'] or 'unknown outlet')}, {fmt_date(sig['published'])} · characters "
               f"{sig['start']}–{sig['end']} · stated {sig['mentions']}× · carried by {sig['outlets']} outlet(s)")
    if not listed and sig["verdict"] == "wrong" and f.hide_rejected:
        st.caption("Marked wrong: it is now left out of the table (untick “Leave out signals marked wrong” in "
                   "the sidebar to list it again).")
    article_link(sig["article_id"])
    verdict_widget(sig["signal_id"], sig["verdict"], sig["verdict_note"], on_saved=_keep_place)
    after = ids.index(sig["signal_id"]) + 1 if listed else focus["position"]
    if focus["kept"] and after < len(df):
        nxt = df.iloc[after]
        if st.button(f"Next in the table: {md_text(readable(nxt['kind']))} · {md_text(nxt['key'])}",
                     icon=":material/arrow_downward:"):
            st.session_state["explorer_focus"] = {"filters": f, "signal_id": nxt["signal_id"], "position": after,
                                                  "kept": True}
            st.rerun()
else:
    st.caption("Select a row to read its sentence, open its article, or mark it right or wrong.")
