"""Article: the whole text with its evidence highlighted, its signals, and its copies elsewhere."""
import streamlit as st

from db.export import EXTRA_SIGNAL_COLUMNS, SIGNAL_COLUMNS
from db import queries
from pages._ui import (download, empty_state, fmt_date, md_link, md_text, page_frame, query, readable,
                       readable_table, rtl, saved_filters, url_params, verdict_widget, with_figures)

page_frame()
st.title("Article")
f = saved_filters()


def text_or(value, placeholder: str) -> str:
    """A stored value for reading, or ``placeholder`` where it is missing (None, NaN or blank)."""
    if value is None or (not isinstance(value, str) and value != value) or not str(value).strip():
        return placeholder
    return str(value)


def article_label(published, source, title, article_id) -> str:
    return f"{fmt_date(published)} · {text_or(source, 'unknown outlet')} · {text_or(title, article_id)}"


wanted = st.query_params.get("id")
search = st.text_input("Find an article (title, outlet or id)", key="article_search")
choices = query(queries.find_articles, f, search, 200)
ids = list(choices["article_id"])
# While searching, the list holds the matches only, so the search switches to the first of them; without a
# search, the article of the link stays listed even where the filters leave it out.
if wanted and wanted not in ids and not search.strip():
    ids.insert(0, wanted)
if not ids:
    empty_state("No article matches." if search else "There are no articles yet.")
    st.stop()
labels = {r.article_id: article_label(r.published, r.source, r.title, r.article_id) for r in choices.itertuples()}
aid = st.selectbox("Article", ids, index=ids.index(wanted) if wanted in ids else 0,
                   format_func=lambda i: labels.get(i, i), key=f"pick_{wanted}_{search}")
if aid != wanted:
    st.query_params.from_dict({**url_params(f), "id": aid})

art = query(queries.article, aid)
if art is None:
    st.error(f"No article with id {md_text(aid)}.")
    st.stop()

meta = [f"**Outlet** {md_text(text_or(art['source'], 'unknown'))} ({md_text(readable(art['source_type']))})",
        f"**Published** {fmt_date(art['published'])}"
        + (f" (date from {md_text(art['date_method'])})" if art["date_method"] not in (None, "metadata") else ""),
        f"**Id** {md_text(art['article_id'])}"]
if md_link("original", art["url"]):
    meta.append(md_link("original", art["url"]))
st.markdown(" · ".join(meta))
st.caption(("Relevant: " if art["relevant"] else "Not relevant: ") + md_text(art["relevance_reason"]))
if art["title"]:
    st.markdown(rtl(art["title"], cls="title"), unsafe_allow_html=True)

sigs = query(queries.article_signals, aid)
mentions = query(queries.article_mentions, aid)
left, right = st.columns([3, 2])
with left:
    marks = list(zip(mentions["char_start"], mentions["char_end"]))
    st.markdown(rtl(art["text"], marks), unsafe_allow_html=True)
with right:
    st.subheader(f"{len(sigs)} signals")
    if sigs.empty:
        st.caption("No cooperation signal found in this article.")
    else:
        table = readable_table(with_figures(sigs[["kind", "key", "label", "value", "unit", "status", "actor",
                                                  "mentions", "verdict", "start", "end"]]))
        event = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                             selection_mode="single-row", key="article_signals")
        # The same columns, in the same order, as the Explorer's CSV and `etl export`.
        download(sigs[SIGNAL_COLUMNS + EXTRA_SIGNAL_COLUMNS], f"signals-{aid}")
        rows = [r for r in (event.selection.rows if event and event.selection else []) if r < len(sigs)]
        if rows:
            row = sigs.iloc[rows[0]]
            st.markdown(rtl(row["sentence"]), unsafe_allow_html=True)
            verdict_widget(row["signal_id"], row["verdict"], row["verdict_note"])
    copies = query(queries.article_copies, aid)
    if not copies.empty:
        st.subheader("Same story elsewhere")
        if art["duplicate_of"]:
            st.caption("This article is a copy; its signals are counted under the original.")
        for c in copies.itertuples():
            st.page_link("pages/article.py", query_params={**url_params(f), "id": c.article_id},
                         label=md_text(f"{'Original' if c.original else 'Copy'}: "
                                       + article_label(c.published, c.source, c.title, c.article_id)))
