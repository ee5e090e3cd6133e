"""Article: the whole text with its evidence highlighted, and its signals."""
import streamlit as st

from pages._ui import empty_state, fmt_date, page_frame, query, rtl, saved_filters

page_frame()

st.title("Article")
f = saved_filters()
choices = query("article_ids", f.relevant_only)
if choices.empty:
    empty_state("There are no articles yet.")
    st.stop()

ids = list(choices["article_id"])
wanted = st.query_params.get("id")
if wanted and wanted not in ids:
    ids.insert(0, wanted)
labels = {r.article_id: f"{fmt_date(r.published)} · {r.source or '?'} · {r.title or r.article_id}"
          for r in choices.itertuples()}
aid = st.selectbox("Article", ids, index=ids.index(wanted) if wanted in ids else 0,
                   format_func=lambda i: labels.get(i, i), key=f"pick_{wanted}")
if aid != wanted:
    st.query_params["id"] = aid

art = query("article", aid)
if art is None:
    st.error(f"No article with id {aid!r}.")
    st.stop()

meta = [f"**Source** {art['source'] or 'unknown'}", f"**Published** {fmt_date(art['published'])}"
        + (f" ({art['date_method']})" if art["date_method"] not in (None, "metadata") else ""),
        f"**Id** `{art['article_id']}`"]
if art["url"]:
    meta.append(f"[original]({art['url']})")
st.markdown(" · ".join(meta))
st.caption(("Relevant: " if art["relevant"] else "Not relevant: ") + str(art["relevance_reason"]))
if art["title"]:
    st.markdown(rtl(art["title"]).replace('class="ar"', 'class="ar" style="font-size:1.5rem;font-weight:700"'),
                unsafe_allow_html=True)

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
        st.dataframe(sigs[["kind", "key", "label", "value", "unit", "status", "actor", "mentions", "start", "end"]],
                     hide_index=True, width="stretch")
    copies = query("article_copies", aid)
    if not copies.empty:
        st.subheader("Same story elsewhere")
        if art["duplicate_of"]:
            st.caption("This article is a copy; its signals are counted under the original.")
        for c in copies.itertuples():
            st.page_link("pages/article.py", query_params={"id": c.article_id},
                         label=f"{'Original' if c.original else 'Copy'}: {fmt_date(c.published)} · "
                               f"{c.source or '?'} · {c.title or c.article_id}")
