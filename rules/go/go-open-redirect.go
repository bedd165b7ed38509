package auth

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func Login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	// ... check the credentials ...
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.FormValue("next"), http.StatusSeeOther)
}

func Logout(w http.ResponseWriter, r *http.Request) {
	returnTo := r.URL.Query().Get("return_to")
	if returnTo == "" {
		returnTo = "/"
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, returnTo, http.StatusFound)
}

func Back(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.Referer(), http.StatusFound)
}

func Slash(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("to")
	// ruleid: go-open-redirect
	http.Redirect(w, r, "/"+target, http.StatusMovedPermanently)
}

func GinCallback(c *gin.Context) {
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, c.Query("redirect_uri"))
}

func EchoCallback(c echo.Context) error {
	dest := c.QueryParam("dest")
	// ruleid: go-open-redirect
	return c.Redirect(http.StatusTemporaryRedirect, fmt.Sprintf("%s?from=login", dest))
}

// Safe look-alikes.

func Dashboard(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func Item(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "/items/"+url.PathEscape(r.FormValue("id")), http.StatusSeeOther)
}

func Docs(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, fmt.Sprintf("https://docs.example.com/%s", r.PathValue("page")), http.StatusFound)
}

func SafeNext(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		next = "/"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func Canonical(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusMovedPermanently)
}
