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



# ---- more shapes of built SQL ----


def drop_trigger(cur, trigger_name, table_name):
    # Identifiers cannot be bound: reported, no fix.
    # ruleid: python-sql-injection
    cur.execute("DROP TRIGGER IF EXISTS %s ON %s;" % (trigger_name, table_name))


def dump_table(cur, table):
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM {}".format(table))
    return cur.fetchall()


def next_id(cur, sequence):
    # ruleid: python-sql-injection
    cur.execute("SELECT nextval('%s')" % sequence)
    return cur.fetchone()[0]


def create_database(cur, name, owner):
    statement = "CREATE DATABASE {name} " + ("OWNER {owner}" if owner else "")
    # ruleid: python-sql-injection
    cur.execute(statement.format(name=name, owner=owner))


def forget_sessions(cur, account):
    stmt = "DELETE FROM sessions WHERE account = '%s'"
    # ruleid: python-sql-injection
    cur.execute(stmt % account)


def audit_entries(cur, actor):
    # ruleid: python-sql-injection
    cur.execute("""
        SELECT at, action
          FROM audit_log
         WHERE actor = '%s'
    """ % actor)
    return cur.fetchall()


def recent_orders(conn, customer):
    query = f"SELECT * FROM orders WHERE customer = '{customer}'"
    with conn:
        # ruleid: python-sql-injection
        rows = conn.execute(query)
    return list(rows)


def archive(conn, cutoff):
    sql = "UPDATE posts SET archived = 1 WHERE created < '" + cutoff + "'"
    try:
        # ruleid: python-sql-injection
        conn.execute(sql)
    finally:
        conn.close()


def report_frame(pd, conn, region):
    # ruleid: python-sql-injection
    return pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)


def people_named(Person, name):
    # ruleid: python-sql-injection
    return Person.objects.raw("SELECT * FROM app_person WHERE name = '%s'" % name)


# ---- look-alikes that are not injectable SQL ----

TABLE = "events"


def list_tables(cur):
    # ok: python-sql-injection
    cur.execute("SHOW TABLES;")
    return cur.fetchall()


def by_owner(cur, owner):
    # ok: python-sql-injection
    cur.execute("SELECT * FROM pets WHERE owner = %s", (owner,))
    # ok: python-sql-injection
    cur.execute("SELECT * FROM pets WHERE owner = %(owner)s", {"owner": owner})
    return cur.fetchall()


def prepared_elsewhere(cur, uid):
    stmt = "SELECT * FROM users WHERE id = %s"
    # ok: python-sql-injection
    cur.execute(stmt, (uid,))
    query = "SELECT name FROM users"
    # ok: python-sql-injection
    cur.execute(query)


def constant_table(cur, event_id):
    # A module constant (ALL_CAPS by convention) as the table name, the value bound.
    # ok: python-sql-injection
    cur.execute(f"SELECT * FROM {TABLE} WHERE id = ?", (event_id,))
    # ok: python-sql-injection
    cur.execute("DELETE FROM %s WHERE id = ?" % TABLE, (event_id,))


def constant_table_prepared(cur, event_id):
    query = f"SELECT * FROM {TABLE} WHERE id = ?"
    # ok: python-sql-injection
    cur.execute(query, (event_id,))


def tool_commands(session, repo, runner, a, b, path, target):
    # ok: python-sql-injection
    session.execute("make %s -[%s]> %s" % (a, "label", b))
    # ok: python-sql-injection
    repo.execute("git update-index --assume-unchanged %s" % path)
    command = "make {target}"
    # ok: python-sql-injection
    runner.execute(command.format(target=target))
    # ok: python-sql-injection
    runner.execute("save.file @shown %s" % path)
    prompt = f"Select a row from {path}"
    # ok: python-sql-injection
    runner.execute(prompt)
