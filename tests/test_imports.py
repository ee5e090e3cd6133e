"""The dependency direction, as the tree shows it: read → extract → load → db ← pages.

pages never import etl (they never parse text); etl and db never import streamlit; db never imports etl;
etl.extract sees neither the readers nor the database (it turns a text into signals); only etl.load writes
(no other ETL module opens a connection or writes SQL); nothing in the product imports the developer tools.
"""
import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, dotted in full (``from a.b import c`` gives a.b and a.b.c)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def imports(path: Path) -> set[str]:
    return {m.split(".")[0] for m in imported_modules(path)}


def imports_under(path: Path, package: str) -> set[str]:
    return {m for m in imported_modules(path) if m == package or m.startswith(package + ".")}


def files(folder):
    return sorted((ROOT / folder).glob("**/*.py"))


def name(p: Path) -> str:
    return str(p.relative_to(ROOT))


PRODUCT = files("etl") + files("db") + files("pages") + [ROOT / "dashboard.py"]


@pytest.mark.parametrize("path", files("pages") + [ROOT / "dashboard.py"], ids=name)
def test_pages_do_not_import_etl(path):
    assert not imports(path) & {"etl", "camel_tools"}


@pytest.mark.parametrize("path", files("etl") + files("db"), ids=name)
def test_etl_and_db_do_not_import_streamlit(path):
    assert "streamlit" not in imports(path)


@pytest.mark.parametrize("path", files("db"), ids=name)
def test_db_does_not_import_etl(path):
    assert "etl" not in imports(path)


@pytest.mark.parametrize("path", files("etl/extract"), ids=name)
def test_extract_imports_neither_the_readers_nor_the_database(path):
    assert not imports_under(path, "etl.read") and not imports_under(path, "etl.load")
    assert "db" not in imports(path) and "duckdb" not in imports(path)


@pytest.mark.parametrize("path", [p for p in files("etl") if not p.is_relative_to(ROOT / "etl" / "load")], ids=name)
def test_only_load_writes_to_the_database(path):
    """The rest of the ETL reaches the database through etl.load only: it opens no connection, runs no SQL
    and uses none of the modules that write (the CLI may name db.connection's path and errors)."""
    text = path.read_text(encoding="utf-8")
    assert not {"db.connection.connect", "db.migrations", "db.rollup", "db.texts"} & imported_modules(path)
    assert not any(word in text for word in ("INSERT INTO", "UPDATE ", "DELETE FROM", ".execute(", "duckdb.connect"))


@pytest.mark.parametrize("path", PRODUCT, ids=name)
def test_nothing_in_the_product_imports_the_tools(path):
    assert "tools" not in imports(path) and "benchmarks" not in imports(path)


@pytest.mark.parametrize("path", files("pages"), ids=name)
def test_pages_call_their_queries_by_function_not_by_name(path):
    """``query(queries.x, ...)`` (or another db module's function: ``trends.rates``), never ``query("x")`` or
    getattr: a reader (or a tool) can follow a page to its SQL."""
    import importlib
    modules = {"queries", "trends", "review"}  # the db modules whose functions the pages run
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not any(isinstance(n, ast.Call) and getattr(n.func, "id", None) == "getattr" and n.args
                   and getattr(n.args[0], "id", None) in modules for n in ast.walk(tree))
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and getattr(n.func, "id", None) in ("query", "every_row") and n.args:
            fn = n.args[0]
            assert isinstance(fn, ast.Attribute) and getattr(fn.value, "id", None) in modules, ast.unparse(n)
            assert callable(getattr(importlib.import_module(f"db.{fn.value.id}"), fn.attr)), ast.unparse(n)


@pytest.mark.parametrize("path", PRODUCT + files("tools"), ids=name)
def test_statuses_kinds_and_units_are_written_once(path):
    """The vocabulary (db/vocabulary.py) is the one place the statuses, kinds and units are listed."""
    if path == ROOT / "db" / "vocabulary.py":
        return
    text = path.read_text(encoding="utf-8").replace("'", '"')
    for run in ('"negotiating", "drafted"', '"drafted", "signed"', '"trade_figure", "meeting"', '"usd": "US dollars"'):
        assert run not in text, run
