"""Data access for accounts: every query is constant text with bound parameters."""

import sqlite3
from contextlib import closing
from typing import Iterable, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    email TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
)
"""

SORTABLE = {"name": "name", "email": "email", "id": "id"}


class AccountStore:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.execute(SCHEMA)

    def add(self, email: str, name: str) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO accounts (email, name) VALUES (?, ?)", (email, name))
        return cur.lastrowid

    def add_many(self, rows: Iterable[tuple[str, str]]) -> None:
        with self.conn:
            self.conn.executemany("INSERT INTO accounts (email, name) VALUES (?, ?)", rows)

    def by_email(self, email: str) -> Optional[tuple]:
        with closing(self.conn.cursor()) as cur:
            cur.execute("SELECT id, email, name FROM accounts WHERE email = ?", (email,))
            return cur.fetchone()

    def search(self, term: str, order: str = "name") -> list[tuple]:
        column = SORTABLE.get(order, "name")
        query = "SELECT id, email, name FROM accounts WHERE name LIKE ? ORDER BY " + column
        with closing(self.conn.cursor()) as cur:
            cur.execute(query, (f"%{term}%",))
            return cur.fetchall()

    def deactivate(self, account_id: int) -> None:
        with self.conn:
            self.conn.execute("UPDATE accounts SET active = 0 WHERE id = ?", (account_id,))

    def count_active(self) -> int:
        with closing(self.conn.cursor()) as cur:
            cur.execute("SELECT COUNT(*) FROM accounts WHERE active = 1")
            return cur.fetchone()[0]
