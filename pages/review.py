"""Review: the filtered signals one by one, each marked right or wrong from the keyboard; the queue keeps its
place after every verdict (db.review)."""
import streamlit as st

from db import queries, review
from db.connection import DatabaseBusy, db_path
from db.verdicts import set_verdict
from pages._ui import (article_link, clear_cache, cue_marks, empty_state, every_row, fmt_date, md_text, page_frame,
                       query, readable, rtl, sidebar_filters)

page_frame()
st.title("Review signals")
f = sidebar_filters()
st.caption(f"The queue: {md_text(f.caption())}, newest first. Keys: **Y** right, **N** wrong, **S** skip.")

# Where the reader stands in the queue: the signal judged or skipped last (for these filters).
place = st.session_state.get("review_after")
after = place["signal_id"] if place and place["filters"] == f else None
done = every_row(review.progress, f)  # verdicts change it at every click: never from the cache
if done["total"] == 0:
    empty_state("No signals match.")
    st.stop()
st.progress(1 - done["unreviewed"] / done["total"],
            text=f"{done['total'] - done['unreviewed']:,} of {done['total']:,} reviewed "
                 f"({done['right']:,} right, {done['wrong']:,} wrong)")

current = every_row(review.next_unreviewed, f, after)
if current is None and after is not None:
    st.success("Nothing left to review after this point.", icon=":material/task_alt:")
    if done["unreviewed"] and st.button("Start again from the top", icon=":material/restart_alt:"):
        st.session_state["review_after"] = None
        st.rerun()
    st.stop()
if current is None:
    st.success("Every signal the filters let through has a verdict.", icon=":material/task_alt:")
    st.stop()

sig = query(queries.signal, current)
st.subheader(f"{md_text(readable(sig['kind']))} · {md_text(sig['key'])} · {md_text(sig['label'])}")
if isinstance(sig.get("title"), str) and sig["title"].strip():
    st.markdown(rtl(sig["title"], cls="title"), unsafe_allow_html=True)
st.markdown(rtl(sig["sentence"], cue_marks(sig)), unsafe_allow_html=True)
status = f"{md_text(readable(sig['status']))} · " if isinstance(sig["status"], str) else ""
st.caption(f"{md_text(sig['source'] or 'unknown outlet')}, {fmt_date(sig['published'])} · {status}"
           f"stated {sig['mentions']}× · highlighted: the words that made the signal")


def _judge(verdict: str | None) -> None:
    """Record the verdict (None: skip) and move past this signal."""
    if verdict is not None:
        try:  # the dashboard's only write, to the verdicts file beside the database
            set_verdict(current, verdict, "", db=db_path())
        except DatabaseBusy as exc:
            st.session_state["review_error"] = f"The verdict was not saved (the verdicts file is busy): {exc}."
            return
        clear_cache()
    st.session_state["review_after"] = {"filters": f, "signal_id": current}


cols = st.columns([1, 1, 1, 3])
cols[0].button("Right", icon=":material/check:", type="primary", shortcut="Y", on_click=_judge, args=("right",),
               width="stretch")
cols[1].button("Wrong", icon=":material/close:", shortcut="N", on_click=_judge, args=("wrong",), width="stretch")
cols[2].button("Skip", icon=":material/skip_next:", shortcut="S", on_click=_judge, args=(None,), width="stretch")
if error := st.session_state.pop("review_error", None):
    st.error(error)
with cols[3]:
    article_link(sig["article_id"])
