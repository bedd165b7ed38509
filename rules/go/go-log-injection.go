package main

import (
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type server struct {
	logger *log.Logger
	sugar  *zap.SugaredLogger
	zapLogger   *zap.Logger
}

type loginRequest struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

func loginHandler(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		// ok: go-log-injection
		log.Printf("invalid login body: %v", err)
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go-log-injection
	log.Printf("login attempt for user %s", req.Username)
	w.WriteHeader(http.StatusNoContent)
}

func searchHandler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// ruleid: go-log-injection
	log.Println("search:", q)
	// ruleid: go-log-injection
	logrus.Infof("search from %s for %s", r.Header.Get("X-Forwarded-For"), q)
	// ruleid: go-log-injection
	slog.Info("search for " + q)
	w.Write([]byte("[]"))
}

func (s *server) requestLogger(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		// ruleid: go-log-injection
		s.logger.Printf("%s %s %v", r.Method, r.URL.Path, time.Since(start))
	})
}

func (s *server) deleteItem(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	reason := r.FormValue("reason")
	msg := "deleting item " + id + ": " + reason
	// ruleid: go-log-injection
	s.sugar.Warnf(msg)
	// ruleid: go-log-injection
	s.zapLogger.Info(msg, zap.String("id", id))
	w.WriteHeader(http.StatusNoContent)
}

func refererOf(r *http.Request) string {
	return r.Referer()
}

func (s *server) landing(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-log-injection
	s.logger.Println("landing from", refererOf(r))
	w.WriteHeader(http.StatusOK)
}

func ginProfile(c *gin.Context) {
	handle := c.Param("handle")
	// ruleid: go-log-injection
	log.Printf("profile view: %s", handle)
	c.JSON(http.StatusOK, gin.H{"handle": handle})
}

// ---- safe look-alikes ----

var logSanitizer = strings.NewReplacer("\n", "", "\r", "")

func searchSafe(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// ok: go-log-injection
	log.Printf("search: %q", q)
	// ok: go-log-injection
	log.Printf("search: %s", strings.ReplaceAll(strings.ReplaceAll(q, "\n", ""), "\r", ""))
	// ok: go-log-injection
	log.Println("search:", logSanitizer.Replace(q))
	// ok: go-log-injection
	log.Println("search:", strconv.Quote(q))
	// ok: go-log-injection
	slog.Info("search", "q", q, "remote", r.RemoteAddr)
	w.Write([]byte("[]"))
}

func (s *server) pageSafe(w http.ResponseWriter, r *http.Request) {
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil {
		// ok: go-log-injection
		s.logger.Printf("bad page parameter: %v", err)
		http.Error(w, "bad page", http.StatusBadRequest)
		return
	}
	// ok: go-log-injection
	s.logger.Printf("page %d requested by %s with %s", page, r.RemoteAddr, r.Method)
	// ok: go-log-injection
	s.zapLogger.Info("page requested", zap.String("path", r.URL.Path), zap.Int("page", page))
	// ok: go-log-injection
	s.sugar.Infow("page requested", "path", r.URL.Path)
	w.WriteHeader(http.StatusOK)
}

// Not request data: configuration and values the program computes.
func startServer(addr string, workers int) {
	// ok: go-log-injection
	log.Printf("listening on %s with %d workers", addr, workers)
	// ok: go-log-injection
	logrus.Info("server started")
}
