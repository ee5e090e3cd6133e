"""Iran–Russia Cooperation Monitor: the Streamlit frame (page config, navigation)."""
import streamlit as st

st.set_page_config(page_title="Iran–Russia Cooperation Monitor", page_icon=":material/handshake:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/insights:", url_path="overview", default=True),
    st.Page("pages/explorer.py", title="Explorer", icon=":material/manage_search:", url_path="explorer"),
    st.Page("pages/article.py", title="Article", icon=":material/article:", url_path="article"),
]
st.navigation(PAGES).run()
