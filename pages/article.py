"""Article: the whole text with its evidence highlighted, its signals, and its copies elsewhere."""
import streamlit as st

from pages._ui import (download, empty_state, fmt_date, md_text, page_frame, query, rtl, saved_filters,
                       url_params, verdict_widget, with_figures)

page_frame()
st.title("Article")
f = saved_filters()
wanted = st.query_params.get("id")
search = st.text_input("Find an article (title, outlet or id)", key="article_search")
choices = query("find_articles", f, search, 200)
ids = list(choices["article_id"])
if wanted and wanted not in ids:
    ids.insert(0, wanted)
if not ids:
    empty_state("No article matches." if search else "There are no articles yet.")
    st.stop()
labels = {r.article_id: f"{fmt_date(r.published)} · {r.source or '?'} · {r.title or r.article_id}"
          for r in choices.itertuples()}
aid = st.selectbox("Article", ids, index=ids.index(wanted) if wanted in ids else 0,
                   format_func=lambda i: labels.get(i, i), key=f"pick_{wanted}_{search}")
if aid != wanted:
    st.query_params.from_dict({**url_params(f), "id": aid})

art = query("article", aid)
if art is None:
    st.error(f"No article with id {aid!r}.")
    st.stop()

meta = [f"**Outlet** {md_text(art['source'] or 'unknown')} ({art['source_type'].replace('_', ' ')})",
        f"**Published** {fmt_date(art['published'])}"
        + (f" (date from {art['date_method']})" if art["date_method"] not in (None, "metadata") else ""),
        f"**Id** `{art['article_id']}`"]
if art["url"]:
    meta.append(f"[original]({art['url']})")
st.markdown(" · ".join(meta))
st.caption(("Relevant: " if art["relevant"] else "Not relevant: ") + str(art["relevance_reason"]))
if art["title"]:
    st.markdown(rtl(art["title"], cls="title"), unsafe_allow_html=True)

sigs = query("article_signals", aid)
mentions = query("article_mentions", aid)
left, right = st.columns([3, 2])
with left:
    marks = list(zip(mentions["char_start"], mentions["char_end"]))
    st.markdown(rtl(art["text"], marks), unsafe_allow_html=True)
with right:
    st.subheader(f"{len(sigs)} signals")
    if sigs.empty:
        st.caption("No cooperation signal found in this article.")
    else:
        table = with_figures(sigs[["kind", "key", "label", "value", "unit", "status", "actor", "mentions", "verdict",
                                   "start", "end"]]).fillna({"status": "", "actor": "", "verdict": ""})
        event = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                             selection_mode="single-row", key="article_signals")
        download(sigs, f"signals-{aid}")
        rows = event.selection.rows if event and event.selection else []
        if rows:
            row = sigs.iloc[rows[0]]
            st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
            verdict_widget(row["signal_id"], row["verdict"], row["verdict_note"])
    copies = query("article_copies", aid)
    if not copies.empty:
        st.subheader("Same story elsewhere")
        if art["duplicate_of"]:
            st.caption("This article is a copy; its signals are counted under the original.")
        for c in copies.itertuples():
            st.page_link("pages/article.py", query_params={**url_params(f), "id": c.article_id},
                         label=f"{'Original' if c.original else 'Copy'}: {fmt_date(c.published)} · "
                               f"{c.source or '?'} · {c.title or c.article_id}")
