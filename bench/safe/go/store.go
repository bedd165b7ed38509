// Package store is a database access layer over database/sql and sqlx with bound parameters only.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"
)

type Order struct {
	ID       int64
	Customer string
	Status   string
	Total    int64
}

type Store struct {
	db  *sql.DB
	dbx *sqlx.DB
}

var ErrNotFound = errors.New("not found")

// sortColumns maps the API's sort keys to fixed column names: identifiers cannot be bound.
var sortColumns = map[string]string{"id": "id", "total": "total", "customer": "customer"}

func (s *Store) Get(ctx context.Context, id int64) (Order, error) {
	var o Order
	err := s.db.QueryRowContext(ctx, "SELECT id, customer, status, total FROM orders WHERE id = $1", id).
		Scan(&o.ID, &o.Customer, &o.Status, &o.Total)
	if errors.Is(err, sql.ErrNoRows) {
		return o, ErrNotFound
	}
	return o, err
}

func (s *Store) List(ctx context.Context, status, customer, sort string, limit, offset int) ([]Order, error) {
	query := "SELECT id, customer, status, total FROM orders WHERE 1=1"
	var args []any
	if status != "" {
		args = append(args, status)
		query += " AND status = $" + strconv.Itoa(len(args))
	}
	if customer != "" {
		args = append(args, "%"+customer+"%")
		query += fmt.Sprintf(" AND customer ILIKE $%d", len(args))
	}
	col, ok := sortColumns[sort]
	if !ok {
		col = "id"
	}
	query += " ORDER BY " + col
	query += fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list orders: %w", err)
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Customer, &o.Status, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func (s *Store) ByIDs(ctx context.Context, ids []int64) ([]Order, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	placeholders := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		placeholders[i] = "$" + strconv.Itoa(i+1)
		args[i] = id
	}
	var out []Order
	err := s.dbx.SelectContext(ctx, &out,
		"SELECT id, customer, status, total FROM orders WHERE id IN ("+strings.Join(placeholders, ", ")+")", args...)
	return out, err
}

func (s *Store) SetStatus(ctx context.Context, id int64, status string) error {
	res, err := s.db.ExecContext(ctx, "UPDATE orders SET status = $1 WHERE id = $2", status, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.dbx.GetContext(ctx, &n, "SELECT count(*) FROM orders")
	return n, err
}

func (s *Store) Migrate(ctx context.Context) error {
	const schema = `CREATE TABLE IF NOT EXISTS orders (
		id BIGSERIAL PRIMARY KEY,
		customer TEXT NOT NULL,
		status TEXT NOT NULL DEFAULT 'new',
		total BIGINT NOT NULL
	)`
	_, err := s.db.ExecContext(ctx, schema)
	return err
}
