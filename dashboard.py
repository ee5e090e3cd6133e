"""Iran–Russia Cooperation Monitor: the Streamlit frame (page config, navigation)."""
import streamlit as st

from db.queries import shared_reads

st.set_page_config(page_title="Iran–Russia Cooperation Monitor", page_icon=":material/handshake:", layout="wide")

PAGES = {
    "Analysis": [
        st.Page("pages/overview.py", title="Overview", icon=":material/insights:", url_path="overview", default=True),
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
