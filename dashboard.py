"""Iran–Russia Cooperation Monitor: the Streamlit frame (page config, navigation)."""
import streamlit as st

st.set_page_config(page_title="Iran–Russia Cooperation Monitor", page_icon="🤝", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon="📈", url_path="overview", default=True),
    st.Page("pages/explorer.py", title="Explorer", icon="🔎", url_path="explorer"),
    st.Page("pages/article.py", title="Article", icon="📰", url_path="article"),
]
st.navigation(PAGES).run()
