package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type User struct {
	ID    int64
	Name  string
	Email string
}

type Repo struct {
	db   *sql.DB
	dbx  *sqlx.DB
	conn *pgx.Conn
	orm  *gorm.DB
}

func (r *Repo) FindByName(name string) (*sql.Rows, error) {
	// ruleid: go-sql-injection
	return r.db.Query("SELECT id, name FROM users WHERE name = $1", name)
}

func (r *Repo) FindByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	// ruleid: go-sql-injection
	err := r.db.QueryRowContext(ctx, "SELECT id, name, email FROM users WHERE email = $1", email).Scan(&u.ID, &u.Name, &u.Email)
	return &u, err
}

func (r *Repo) Delete(id string) error {
	// ruleid: go-sql-injection
	_, err := r.db.Exec("DELETE FROM users WHERE id = $1", id)
	return err
}

func (r *Repo) Search(w http.ResponseWriter, req *http.Request) {
	term := req.URL.Query().Get("q")
	// ruleid: go-sql-injection
	query := fmt.Sprintf(`SELECT id, name
		FROM users
		WHERE name LIKE '%%%s%%'`, term)
	rows, err := r.db.Query(query)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (r *Repo) Load(id string) (User, error) {
	var u User
	// ruleid: go-sql-injection
	q := "SELECT id, name FROM users WHERE id = " + id
	err := r.db.QueryRow(q).Scan(&u.ID, &u.Name)
	return u, err
}

func (r *Repo) RenameChecked(ctx context.Context, id int64, name string) error {
	// ruleid: go-sql-injection
	stmt := "UPDATE users SET name = '" + name + "' WHERE id = " + strconv.FormatInt(id, 10)
	if _, err := r.db.ExecContext(ctx, stmt); err != nil {
		return err
	}
	return nil
}

func (r *Repo) Filter(name, role string) (*sql.Rows, error) {
	query := "SELECT id, name FROM users WHERE 1=1"
	if name != "" {
		// ruleid: go-sql-injection
		query += " AND name = '" + name + "'"
	}
	if role != "" {
		// ruleid: go-sql-injection
		query += fmt.Sprintf(" AND role = '%s'", role)
	}
	return r.db.Query(query)
}

func (r *Repo) Sorted(column string) ([]User, error) {
	var users []User
	// ruleid: go-sql-injection
	err := r.dbx.Select(&users, fmt.Sprintf("SELECT * FROM users ORDER BY %s", column))
	return users, err
}

func (r *Repo) ByTeam(ctx context.Context, team string) ([]User, error) {
	var users []User
	// ruleid: go-sql-injection
	err := r.dbx.SelectContext(ctx, &users, "SELECT * FROM users WHERE team = $1", team)
	return users, err
}

func (r *Repo) CountPgx(ctx context.Context, table string) (int, error) {
	var n int
	// ruleid: go-sql-injection
	err := r.conn.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s", table)).Scan(&n)
	return n, err
}

func (r *Repo) GormRaw(email string) (User, error) {
	var u User
	// ruleid: go-sql-injection
	res := r.orm.Raw(fmt.Sprintf("SELECT * FROM users WHERE email = %q", email)).Scan(&u)
	return u, res.Error
}

func (r *Repo) Prepare(col string) (*sql.Stmt, error) {
	// ruleid: go-sql-injection
	return r.db.Prepare(
		fmt.Sprintf("INSERT INTO audit (%s) VALUES (?)", col),
	)
}

// Request data reaching the SQL text through several steps: reported with the path from the
// request (a proven flow), like the lines above that build SQL from any non-constant value.

func (r *Repo) Lookup(w http.ResponseWriter, req *http.Request) {
	email := strings.ToLower(req.FormValue("email"))
	// ruleid: go-sql-injection
	where := "email = '" + email + "'"
	// ruleid: go-sql-injection
	sqlText := fmt.Sprintf("SELECT id, name FROM users WHERE %s AND active = 1", where)
	rows, err := r.db.QueryContext(req.Context(), sqlText)
	if err == nil {
		rows.Close()
	}
}

func tenantOf(req *http.Request) string {
	return req.Header.Get("X-Tenant")
}

func (r *Repo) Tenant(req *http.Request) (int, error) {
	var n int
	// ruleid: go-sql-injection
	err := r.db.QueryRow("SELECT count(*) FROM users WHERE tenant = $1", tenantOf(req)).Scan(&n)
	return n, err
}

func Purge(db *sql.DB) error {
	table := os.Args[1]
	// ruleid: go-sql-injection
	var stmt = "DELETE FROM " + table + " WHERE created_at < now() - interval '30 days'"
	_, err := db.Exec(stmt)
	return err
}

// Safe look-alikes below.

func (r *Repo) FindByNameSafe(name string) (*sql.Rows, error) {
	// ok: go-sql-injection
	return r.db.Query("SELECT id, name FROM users WHERE name = ?", name)
}

func (r *Repo) FindByEmailSafe(ctx context.Context, email string) (*User, error) {
	var u User
	// ok: go-sql-injection
	err := r.db.QueryRowContext(ctx, "SELECT id, name, email FROM users WHERE email = $1", email).Scan(&u.ID, &u.Name, &u.Email)
	return &u, err
}

func (r *Repo) Page(limit, offset int) (*sql.Rows, error) {
	// ok: go-sql-injection
	return r.db.Query(fmt.Sprintf("SELECT id, name FROM users ORDER BY id LIMIT %d OFFSET %d", limit, offset))
}

func (r *Repo) Top(n int) (*sql.Rows, error) {
	// ok: go-sql-injection
	return r.db.Query("SELECT id, name FROM users ORDER BY id LIMIT " + strconv.Itoa(n))
}

func (r *Repo) FilterSafe(name string) (*sql.Rows, error) {
	query := "SELECT id, name FROM users WHERE 1=1"
	args := []any{}
	if name != "" {
		query += " AND name = ?"
		args = append(args, name)
	}
	// ok: go-sql-injection
	return r.db.Query(query, args...)
}

func (r *Repo) InList(ids []int64) (*sql.Rows, error) {
	placeholders := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	query := "SELECT id, name FROM users WHERE id IN (" + placeholders + ")"
	// ok: go-sql-injection
	return r.db.Query(query, args...)
}

func (r *Repo) InListJoined(ids []string) (*sql.Rows, error) {
	marks := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		marks[i] = "$" + strconv.Itoa(i+1)
		args[i] = id
	}
	// ok: go-sql-injection
	return r.db.Query("SELECT id FROM users WHERE id IN ("+strings.Join(marks, ", ")+")", args...)
}

func Fetch(client *http.Client, base, id string) (*http.Response, error) {
	// ok: go-sql-injection
	return client.Get(fmt.Sprintf("%s/api/select/%s", base, id))
}

func Cached(cache interface{ Get(string) (string, bool) }, name string) (string, bool) {
	// ok: go-sql-injection
	return cache.Get("user:" + name)
}

func (r *Repo) GormSafe(email string) (User, error) {
	var u User
	// ok: go-sql-injection
	res := r.orm.Raw("SELECT * FROM users WHERE email = ?", email).Scan(&u)
	return u, res.Error
}

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

func (r *Repo) SortedSafe(sort string) (*sql.Rows, error) {
	col, ok := sortColumns[sort]
	if !ok {
		col = "id"
	}
	query := "SELECT id, name FROM users"
	query += " ORDER BY " + col
	// ok: go-sql-injection
	return r.db.Query(query)
}

func (r *Repo) Numbered(status string, limit int) (*sql.Rows, error) {
	query := "SELECT id, name FROM users WHERE 1=1"
	var args []any
	if status != "" {
		args = append(args, status)
		query += " AND status = $" + strconv.Itoa(len(args))
	}
	// ok: go-sql-injection
	return r.db.Query(query+fmt.Sprintf(" LIMIT %d", limit), args...)
}

func (r *Repo) GormWhere(name string) (User, error) {
	var u User
	// ruleid: go-sql-injection
	err := r.orm.Where("name = '" + name + "'").First(&u).Error
	return u, err
}

func (r *Repo) GormWhereFmt(email string) (User, error) {
	var u User
	// ruleid: go-sql-injection
	err := r.orm.Where(fmt.Sprintf("email = '%s' AND deleted_at IS NULL", email)).First(&u).Error
	return u, err
}

func (r *Repo) GormWhereSafe(name string) (User, error) {
	var u User
	// ok: go-sql-injection
	err := r.orm.Where("name = ?", name).First(&u).Error
	return u, err
}

func (r *Repo) ByStatus(req *http.Request) (*sql.Rows, error) {
	status := req.URL.Query().Get("status")
	query := "SELECT id, name FROM users WHERE status = $1"
	// ok: go-sql-injection
	return r.db.QueryContext(req.Context(), query, status)
}

func (r *Repo) Latest(req *http.Request) (*sql.Rows, error) {
	limit, err := strconv.Atoi(req.URL.Query().Get("limit"))
	if err != nil {
		limit = 10
	}
	// ok: go-sql-injection
	return r.db.Query(fmt.Sprintf("SELECT id, name FROM users ORDER BY id DESC LIMIT %d", limit))
}

func CacheLookup(cache interface{ Get(string) (string, bool) }, id string) (string, bool) {
	// ok: go-sql-injection
	return cache.Get("user=" + id)
}
