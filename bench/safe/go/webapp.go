// Package webapp is a small server-rendered web application: html/template pages, a login form
// with a session cookie, a JSON endpoint and a server with timeouts.
package webapp

import (
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

var pages = template.Must(template.New("search").Parse(`<!DOCTYPE html>
<html><body>
<h1>Results for {{.Query}}</h1>
<ul>{{range .Items}}<li><a href="/items/{{.ID}}">{{.Name}}</a></li>{{end}}</ul>
</body></html>`))

type Item struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

type App struct {
	Log      *slog.Logger
	Sessions interface {
		Create(user string) (string, error)
		Check(user, password string) bool
	}
	Search func(q string) ([]Item, error)
}

func (a *App) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /search", a.search)
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /api/items", a.createItem)
	mux.HandleFunc("GET /hello", a.hello)
	return mux
}

func (a *App) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	items, err := a.Search(q)
	if err != nil {
		a.Log.Error("search", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.Execute(w, map[string]any{"Query": q, "Items": items}); err != nil {
		a.Log.Error("render", "err", err)
	}
}

func (a *App) hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	io.WriteString(w, "Hello, "+r.URL.Query().Get("name")+"\n")
}

// safeNext keeps only local paths, so a crafted ?next= cannot send the user to another site.
func safeNext(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return u.Path
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	user := r.PostFormValue("user")
	if !a.Sessions.Check(user, r.PostFormValue("password")) {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sid, err := a.Sessions.Create(user)
	if err != nil {
		a.Log.Error("session", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    sid,
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "light", Path: "/"})
	http.Redirect(w, r, safeNext(r.FormValue("next")), http.StatusSeeOther)
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) createItem(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	var in Item
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "invalid JSON: "+err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(in)
}

func (a *App) Serve(addr string) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           a.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	return srv.ListenAndServe()
}
