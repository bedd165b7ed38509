package proxy

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
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

// Multi-step flows: the request value passes through variables, concatenation, fmt.Sprintf and
// helper functions of this file before it reaches the client.

func Relay(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	target := "https://" + host
	target += "/v1/status"
	// ruleid: go-ssrf
	resp, err := client.Get(target)
	if err == nil {
		resp.Body.Close()
	}
}

func callbackOf(r *http.Request) string {
	return strings.TrimSpace(r.Header.Get("X-Callback-URL"))
}

func Notify(w http.ResponseWriter, r *http.Request) {
	cb := callbackOf(r)
	payload := strings.NewReader(`{"event":"done"}`)
	// ruleid: go-ssrf
	req, err := http.NewRequest(http.MethodPost, cb, payload)
	if err != nil {
		return
	}
	client.Do(req)
}

func Thumbnail(c *gin.Context) {
	base := c.DefaultQuery("base", "https://img.example.com")
	size := c.Param("size")
	thumb := fmt.Sprintf("%s/thumb/%s.png", base, size)
	// ruleid: go-ssrf
	resp, err := http.PostForm(thumb, url.Values{"size": {size}})
	if err == nil {
		resp.Body.Close()
	}
}

func Health(w http.ResponseWriter, r *http.Request) {
	var probe string
	probe = mux.Vars(r)["probe"]
	// ruleid: go-ssrf
	resp, err := http.Head(probe)
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
	img, err := safeImageURL(raw)
	if err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	// ok: go-ssrf
	resp, err := http.Get(img)
	if err == nil {
		resp.Body.Close()
	}
}

// safeImageURL returns the URL rebuilt from its parts when it points to the image host.
func safeImageURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		return "", fmt.Errorf("image URL not allowed: %q", s)
	}
	return u.String(), nil
}

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

const statusAPI = "https://status.example.com"

var regions = []string{"eu-west", "us-east"}

func Regions(w http.ResponseWriter, r *http.Request) {
	for _, region := range regions {
		endpoint := statusAPI + "/" + region
		// ok: go-ssrf
		resp, err := http.Get(endpoint)
		if err == nil {
			resp.Body.Close()
		}
	}
}

type Catalog struct {
	apiBase string
}

func (s *Catalog) Item(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return
	}
	// ok: go-ssrf
	resp, err := http.Get(fmt.Sprintf("%s/items/%d", s.apiBase, id))
	if err == nil {
		resp.Body.Close()
	}
}

func EscapedOnly(w http.ResponseWriter, r *http.Request) {
	q := url.QueryEscape(r.FormValue("q"))
	// ok: go-ssrf
	resp, err := http.Get(q)
	if err == nil {
		resp.Body.Close()
	}
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
