package config

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/go-sql-driver/mysql"
	"github.com/golang-jwt/jwt/v5"
	"github.com/redis/go-redis/v9"
)

// ruleid: go-hardcoded-credentials
const dbPassword = "Sup3rS3cret!"

// ruleid: go-hardcoded-credentials
var jwtSecret = []byte("your-256-bit-secret")

const (
	// ruleid: go-hardcoded-credentials
	AdminPassword = "admin123"
	// ok: go-hardcoded-credentials
	PasswordMinLength = 8
	// ok: go-hardcoded-credentials
	TokenHeader = "X-Auth-Token"
	// ok: go-hardcoded-credentials
	passwordEnv = "DB_PASSWORD"
	// ok: go-hardcoded-credentials
	tokenField = "access_token"
	// ok: go-hardcoded-credentials
	TokenEndpoint = "https://oauth2.example.com/token"
)

func Open() (*sql.DB, error) {
	cfg := mysql.Config{
		User: "app",
		// ruleid: go-hardcoded-credentials
		Passwd: os.Getenv("PASSWD"),
		Net:    "tcp",
		Addr:   "db:3306",
		DBName: "app",
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

func OpenDSN() (*sql.DB, error) {
	// ruleid: go-hardcoded-credentials
	return sql.Open("mysql", "root:hunter22@tcp(127.0.0.1:3306)/shop?parseTime=true")
}

func OpenPG() (*sql.DB, error) {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		// ruleid: go-hardcoded-credentials
		dsn = os.Getenv("DSN")
	}
	return sql.Open("pgx", dsn)
}

func Redis() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr: "localhost:6379",
		// ruleid: go-hardcoded-credentials
		Password: "r3disPass",
	})
}

func Sign(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID, "exp": time.Now().Add(time.Hour).Unix()})
	// ruleid: go-hardcoded-credentials
	return token.SignedString([]byte("my_jwt_signing_key"))
}

func MAC(msg []byte) []byte {
	// ruleid: go-hardcoded-credentials
	m := hmac.New(sha256.New, []byte("webhook-secret-value"))
	m.Write(msg)
	return m.Sum(nil)
}

func Call(req *http.Request) {
	// ruleid: go-hardcoded-credentials
	req.SetBasicAuth("admin", "changeme")
	// ruleid: go-hardcoded-credentials
	apiKey := os.Getenv("API_KEY")
	req.Header.Set("X-Api-Key", apiKey)
}

func AWS() *credentials.Credentials {
	// ruleid: go-hardcoded-credentials
	return credentials.NewStaticCredentials("AKID", "wJalrXUtnFEMIK7MDENGbPxRfiCY", "")
}

// Safe look-alikes.

func FromEnv() (string, error) {
	// ok: go-hardcoded-credentials
	password := os.Getenv("DB_PASSWORD")
	// ok: go-hardcoded-credentials
	token := ""
	// ok: go-hardcoded-credentials
	secret := []byte(os.Getenv("JWT_SECRET"))
	_, _ = token, secret
	return password, nil
}

func Messages() map[string]string {
	return map[string]string{
		// ok: go-hardcoded-credentials
		"password": "must be at least 8 characters",
		// ok: go-hardcoded-credentials
		"token": "invalid or expired token",
	}
}

func DSN(user, pass, host string) string {
	// ok: go-hardcoded-credentials
	return "postgres://" + user + ":" + pass + "@" + host + "/app"
}

func Templated() string {
	// ok: go-hardcoded-credentials
	dsnTemplate := "%s:%s@tcp(%s)/%s"
	// ok: go-hardcoded-credentials
	password := "${DB_PASSWORD}"
	_ = password
	return dsnTemplate
}

func MACFromEnv(msg []byte) []byte {
	// ok: go-hardcoded-credentials
	m := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SECRET")))
	m.Write(msg)
	return m.Sum(nil)
}

func Masked() string {
	// ok: go-hardcoded-credentials
	password := "********"
	return password
}
