package proxy

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

var client = &http.Client{Timeout: 10 * time.Second}

func Fetch(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func Preview(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	if target == "" {
		http.Error(w, "missing target", http.StatusBadRequest)
		return
	}
	// ruleid: go-ssrf
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, target, nil)
	if err != nil {
		return
	}
	resp, err := client.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

func Webhook(ctx context.Context, r *http.Request) error {
	callback := strings.TrimSpace(r.PostFormValue("callback"))
	// ruleid: go-ssrf
	resp, err := client.Post(callback, "application/json", strings.NewReader(`{"ok":true}`))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Status(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	// ruleid: go-ssrf
	resp, err := http.Get("http://" + host + "/healthz")
	if err == nil {
		resp.Body.Close()
	}
}

func Avatar(c *gin.Context) {
	// ruleid: go-ssrf
	req, _ := http.NewRequest("GET", c.Query("avatar_url"), nil)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

func Mirror(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf
	resp, err := http.DefaultClient.Get(fmt.Sprintf("https://%s/export", r.URL.Query().Get("host")))
	if err == nil {
		resp.Body.Close()
	}
}

// Safe look-alikes.

func Search(w http.ResponseWriter, r *http.Request) {
	q := url.QueryEscape(r.URL.Query().Get("q"))
	// ok: go-ssrf
	resp, err := http.Get("https://api.example.com/search?q=" + q)
	if err == nil {
		resp.Body.Close()
	}
}

func User(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf
	resp, err := http.Get(fmt.Sprintf("https://users.internal.example.com/v1/users/%s", url.PathEscape(r.PathValue("id"))))
	if err == nil {
		resp.Body.Close()
	}
}

func Forward(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf
	resp, err := http.Post("https://audit.example.com/events", "text/plain", strings.NewReader(r.FormValue("event")))
	if err == nil {
		resp.Body.Close()
	}
}

var allowedHosts = map[string]bool{"images.example.com": true}

func Checked(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("src")
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go-ssrf
	resp, err := http.Get(u.String())
	if err == nil {
		resp.Body.Close()
	}
}

func CheckedRaw(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("src")
	if !isAllowedURL(raw) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go-ssrf
	resp, err := http.Get(raw)
	if err == nil {
		resp.Body.Close()
	}
}

func isAllowedURL(s string) bool { return strings.HasPrefix(s, "https://images.example.com/") }

func FromConfig(ctx context.Context, endpoint string) error {
	// ok: go-ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Session(c *gin.Context) {
	// ok: go-ssrf
	v, _ := c.Get(c.Query("key"))
	c.JSON(http.StatusOK, v)
}

type kv interface {
	Get(ctx context.Context, key string) (string, error)
}

func Lookup(w http.ResponseWriter, r *http.Request, redisClient kv) {
	key := r.URL.Query().Get("key")
	// ok: go-ssrf
	v, _ := redisClient.Get(r.Context(), key)
	// ok: go-ssrf
	v2, _ := redisClient.Get(r.Context(), r.FormValue("key2"))
	fmt.Fprint(w, v, v2)
}
