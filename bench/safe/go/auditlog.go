package web

import (
	"log"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
)

var oneLine = strings.NewReplacer("\r", " ", "\n", " ")

type AuditConfig struct {
	DBHost     string
	DBPassword string
	Logger     *slog.Logger
}

// AccessLog logs each request with its path quoted and the client's values as attributes.
func AccessLog(cfg AuditConfig, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %q from %s in %v", r.Method, r.URL.Path, r.RemoteAddr, time.Since(start))
		cfg.Logger.Info("request", "path", r.URL.Path, "agent", r.UserAgent())
	})
}

func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil {
		log.Printf("bad page: %v", err)
		http.Error(w, "bad page", http.StatusBadRequest)
		return
	}
	log.Printf("search %s page %d", oneLine.Replace(q), page)
	w.WriteHeader(http.StatusOK)
}

func Connect(cfg AuditConfig) {
	log.Printf("connecting to %s (password set: %t)", cfg.DBHost, cfg.DBPassword != "")
}
