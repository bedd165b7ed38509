"""Nightly metrics archive: PostgreSQL through psycopg2, job settings in YAML, a device shell.

Values always travel as bound parameters; the only names built into SQL text are module
constants, and the device's execute() runs shell commands, not SQL.
"""

import logging
from contextlib import closing

import psycopg2
import yaml

log = logging.getLogger(__name__)

METRICS_TABLE = "metrics_daily"
ARCHIVE_TABLE = "metrics_archive"


def load_job_settings(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)


def load_defaults(text):
    return yaml.safe_load(text) or {}


def connect(settings):
    return psycopg2.connect(
        host=settings["host"],
        dbname=settings["database"],
        user=settings["user"],
        password=settings.get("password"),
    )


def list_tables(conn):
    with closing(conn.cursor()) as cur:
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        return [row[0] for row in cur.fetchall()]


def archive_day(conn, day, source):
    with conn, closing(conn.cursor()) as cur:
        cur.execute(
            f"INSERT INTO {ARCHIVE_TABLE} SELECT * FROM {METRICS_TABLE} WHERE day = %s AND source = %s",
            (day, source),
        )
        cur.execute("DELETE FROM " + METRICS_TABLE + " WHERE day = %s", (day,))
        moved = cur.rowcount
    log.info("archived %d rows for %s from %s", moved, day, source)
    return moved


def totals(conn, since, sources):
    query = "SELECT source, sum(value) FROM metrics_archive WHERE day >= %(since)s AND source = ANY(%(sources)s) GROUP BY source"
    with closing(conn.cursor()) as cur:
        cur.execute(query, {"since": since, "sources": list(sources)})
        return dict(cur.fetchall())


def compress_on_device(device, tarball):
    # device.execute runs a shell command on the test device; the path is quoted by the helper.
    device.execute("busybox gzip -f %s" % device.quote(tarball))
    device.execute("sync")
