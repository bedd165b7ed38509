// Package integrations calls third-party APIs with credentials read from the environment and
// fetches images only from an allow-listed set of hosts.
package integrations

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
)

const (
	apiKeyEnv        = "BILLING_API_KEY"
	authHeader       = "Authorization"
	apiKeyHeader     = "X-Api-Key"
	tokenField       = "access_token"
	PasswordMinChars = 12
	tokenURL         = "https://auth.example.com/oauth/token"
)

type Config struct {
	BillingAPIKey string
	DBPassword    string
	DBHost        string
}

func LoadConfig() (Config, error) {
	cfg := Config{
		BillingAPIKey: os.Getenv(apiKeyEnv),
		DBPassword:    os.Getenv("DB_PASSWORD"),
		DBHost:        os.Getenv("DB_HOST"),
	}
	if cfg.BillingAPIKey == "" || cfg.DBPassword == "" {
		return cfg, errors.New("BILLING_API_KEY and DB_PASSWORD must be set")
	}
	return cfg, nil
}

func OpenDB(cfg Config) (*sql.DB, error) {
	dsn := mysql.Config{
		User:      "app",
		Passwd:    cfg.DBPassword,
		Net:       "tcp",
		Addr:      net.JoinHostPort(cfg.DBHost, "3306"),
		DBName:    "app",
		ParseTime: true,
	}
	return sql.Open("mysql", dsn.FormatDSN())
}

func PostgresURL(user, password, host string) string {
	u := url.URL{Scheme: "postgres", User: url.UserPassword(user, password), Host: host, Path: "/app"}
	return u.String()
}

var httpClient = &http.Client{Timeout: 10 * time.Second}

func Invoice(ctx context.Context, cfg Config, customerID string) ([]byte, error) {
	endpoint := "https://billing.example.com/v1/customers/" + url.PathEscape(customerID) + "/invoice"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(apiKeyHeader, cfg.BillingAPIKey)
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("billing: %s", resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

var imageHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

// ImageProxy fetches an image for the client, but only from hosts on the allow-list.
func ImageProxy(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	u, err := url.Parse(src)
	if err != nil || u.Scheme != "https" || !imageHosts[strings.ToLower(u.Hostname())] {
		http.Error(w, "image source not allowed", http.StatusBadRequest)
		return
	}
	resp, err := httpClient.Get(u.String())
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "image/png")
	io.Copy(w, io.LimitReader(resp.Body, 5<<20))
}

// Weather calls a fixed API host; the city only ends up in the query string.
func Weather(w http.ResponseWriter, r *http.Request) {
	resp, err := httpClient.Get("https://api.weather.example.com/v2/current?city=" + url.QueryEscape(r.FormValue("city")))
	if err != nil {
		http.Error(w, "weather unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}
