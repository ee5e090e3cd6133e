"""The dependency direction: pages → db ← etl; pages never parse text; etl and db never import streamlit."""
import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module.split(".")[0])
    return out


def files(folder):
    return sorted((ROOT / folder).glob("**/*.py"))


@pytest.mark.parametrize("path", files("pages") + [ROOT / "dashboard.py"], ids=lambda p: p.name)
def test_pages_do_not_import_etl(path):
    assert not imports(path) & {"etl", "camel_tools"}


@pytest.mark.parametrize("path", files("etl") + files("db"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_etl_and_db_do_not_import_streamlit(path):
    assert "streamlit" not in imports(path)


@pytest.mark.parametrize("path", files("db"), ids=lambda p: p.name)
def test_db_does_not_import_etl(path):
    assert "etl" not in imports(path)
