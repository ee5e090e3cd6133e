"""Load: the only writer to the database. `rows` turns processed articles into the tables a batch writes
(one transaction each) and links near-duplicate copies (banded by `copies`); `runs` holds the ETL's lock,
the run records and the write connection, and reads what a run needs of what is stored."""
from etl.load.rows import Processed, Rows, write_batch
from etl.load.runs import (EtlBusy, Started, Writer, etl_lock, finish_run, ids_to_reextract, migrate_db, start_run,
                           stored_articles, stored_ids)

__all__ = ["EtlBusy", "Processed", "Rows", "Started", "Writer", "etl_lock", "finish_run", "ids_to_reextract",
           "migrate_db", "start_run", "stored_articles", "stored_ids", "write_batch"]
