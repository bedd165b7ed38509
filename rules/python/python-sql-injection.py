import sqlite3
import sys

from flask import Flask, g, request

app = Flask(__name__)


def get_user(conn: sqlite3.Connection, user_id: str):
    cursor = conn.cursor()
    # ruleid: python-sql-injection
    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")
    return cursor.fetchone()


def find_by_name(conn, name):
    cur = conn.cursor()
    # ruleid: python-sql-injection
    cur.execute(f"SELECT id, email FROM users WHERE name = '{name}' AND active = 1")
    return cur.fetchall()


def find_by_email(cur, email):
    # ruleid: python-sql-injection
    cur.execute("SELECT id FROM users WHERE email = '" + email + "'")
    return cur.fetchone()


def orders_for(cur, customer_id, status):
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM orders WHERE customer_id = %s AND status = '%s'" % (customer_id, status))
    return cur.fetchall()


def delete_item(cur, item_id):
    # ruleid: python-sql-injection
    cur.execute("DELETE FROM items WHERE id = {}".format(item_id))


def rename(cur, new_name, uid):
    # ruleid: python-sql-injection
    cur.execute("UPDATE users SET name = '{name}' WHERE id = {uid}".format(name=new_name, uid=uid))


def search(cur, term):
    # The value sits inside a LIKE pattern: reported, but no mechanical fix is offered.
    # ruleid: python-sql-injection
    cur.execute(f"SELECT * FROM products WHERE title LIKE '%{term}%'")
    return cur.fetchall()


def count_rows(cur, table):
    # A table name cannot be a bound parameter: reported, no fix.
    # ruleid: python-sql-injection
    cur.execute(f"SELECT COUNT(*) FROM {table}")
    return cur.fetchone()[0]


def latest(cur, user_id):
    query = f"SELECT * FROM events WHERE user_id = {user_id} ORDER BY ts DESC"
    # ruleid: python-sql-injection
    cur.execute(query)
    return cur.fetchall()


def bulk(cur, rows, table):
    # ruleid: python-sql-injection
    cur.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)


def index_sql(cur, index_name):
    # A query split over several literals: reported, no fix.
    # ruleid: python-sql-injection
    cur.execute(
        "SELECT sql FROM sqlite_master "
        "WHERE type='index' AND name='%s'" % index_name
    )
    return cur.fetchone()


def table_info(cur, table):
    # PRAGMA arguments are identifiers: reported, no fix.
    # ruleid: python-sql-injection
    cur.execute("PRAGMA table_info({})".format(table))
    return cur.fetchall()


def columns(cur, table_name):
    # ruleid: python-sql-injection
    cur.execute("SHOW COLUMNS FROM `%s`" % table_name)
    return cur.fetchall()


# ---- values from a request or the command line (reported with the path from there) ----


def status_filter():
    return request.args.get("status", "active")


@app.route("/orders")
def orders_view():
    status = status_filter()
    cur = g.db.cursor()
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM orders WHERE status = '%s'" % status)
    return {"orders": cur.fetchall()}


def cli_lookup(cur):
    email = sys.argv[1]
    query = "SELECT id FROM users WHERE email = '" + email + "'"
    # ruleid: python-sql-injection
    cur.execute(query)
    return cur.fetchone()


def safe_lookup(cur, user_id):
    # ok: python-sql-injection
    cur.execute("SELECT * FROM users WHERE id = ?", (user_id,))
    return cur.fetchone()


def safe_constant(cur):
    # ok: python-sql-injection
    cur.execute("SELECT * FROM users " + "WHERE active = 1")
    # ok: python-sql-injection
    cur.execute(f"SELECT * FROM users")
    return cur.fetchall()


def safe_prebuilt(cur, query, params):
    # ok: python-sql-injection
    cur.execute(query, params)


def not_sql(log, user):
    # ok: python-sql-injection
    log.execute(f"notify {user}")
    # ok: python-sql-injection
    print(f"SELECT * FROM users WHERE id = {user}")
    # ok: python-sql-injection
    log.execute(f"show version {user}")

