"""Iran–Russia Cooperation Monitor: the Streamlit frame (page config, navigation)."""
import streamlit as st

from db.queries import shared_reads

st.set_page_config(page_title="Iran–Russia Cooperation Monitor", page_icon=":material/handshake:", layout="wide")

OVERVIEW = st.Page("pages/overview.py", title="Overview", icon=":material/insights:", url_path="overview")


def _home() -> None:
    """The app's root URL opens the overview at /overview, with the link's filters. (Streamlit serves its
    default page at the root only, so an overview marked default answered /overview with "Page not found".)"""
    st.switch_page(OVERVIEW, query_params=[(k, v) for k in st.query_params for v in st.query_params.get_all(k)])


PAGES = {
    "": [st.Page(_home, title="Home", url_path="home", default=True, visibility="hidden")],
    "Analysis": [
        OVERVIEW,
        st.Page("pages/agreements.py", title="Agreements", icon=":material/handshake:", url_path="agreements"),
        st.Page("pages/trade.py", title="Trade and economy", icon=":material/payments:", url_path="trade"),
        st.Page("pages/organisations.py", title="Organisations and projects", icon=":material/hub:",
                url_path="organisations"),
    ],
    "Evidence": [
        st.Page("pages/explorer.py", title="Explorer", icon=":material/manage_search:", url_path="explorer"),
        st.Page("pages/article.py", title="Article", icon=":material/article:", url_path="article"),
    ],
    "Data": [
        st.Page("pages/sources.py", title="Sources and data quality", icon=":material/fact_check:",
                url_path="sources"),
        st.Page("pages/add.py", title="Add articles", icon=":material/upload_file:", url_path="add"),
    ],
}
with shared_reads():  # a page's queries share one short read-only connection
    st.navigation(PAGES).run()
