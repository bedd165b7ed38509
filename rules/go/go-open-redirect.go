package auth

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
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
		http.Redirect(w, r, "/", http.StatusFound)
		return
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

func FiberBack(c *fiber.Ctx) error {
	// ruleid: go-open-redirect
	return c.Redirect(c.Get("Referer"))
}

// Multi-step flows: the request value passes through variables, concatenation, fmt.Sprintf and
// helper functions of this file before it reaches the redirect.

func nextOf(r *http.Request) string {
	if v := r.FormValue("next"); v != "" {
		return v
	}
	return r.URL.Query().Get("next")
}

func Continue(w http.ResponseWriter, r *http.Request) {
	dest := nextOf(r)
	// ruleid: go-open-redirect
	http.Redirect(w, r, dest, http.StatusSeeOther)
}

func OAuthDone(c echo.Context) error {
	state := c.FormValue("state")
	target := strings.TrimSuffix(state, "/")
	target = fmt.Sprintf("%s?code=%s", target, c.QueryParam("code"))
	// ruleid: go-open-redirect
	return c.Redirect(http.StatusFound, target)
}

func Switch(c *gin.Context) {
	var host string
	host = c.GetHeader("X-Tenant-Host")
	loc := "https://" + host + "/home"
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, loc)
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

// safeLocal keeps only local paths, so a crafted ?next= cannot leave the site.
func safeLocal(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return u.Path
}

func LoginSafe(w http.ResponseWriter, r *http.Request) {
	next := safeLocal(r.FormValue("next"))
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func Tab(w http.ResponseWriter, r *http.Request) {
	tab := url.PathEscape(r.URL.Query().Get("tab"))
	// ok: go-open-redirect
	http.Redirect(w, r, tab, http.StatusFound)
}

const homeURL = "https://www.example.com/home"

var legacy = map[string]string{"/old": "/new", "/blog": "https://blog.example.com"}

func Legacy(w http.ResponseWriter, r *http.Request, path string) {
	target, ok := legacy[path]
	if !ok {
		target = homeURL
	}
	// ok: go-open-redirect
	http.Redirect(w, r, target, http.StatusMovedPermanently)
}

func AfterSignup(w http.ResponseWriter, r *http.Request) {
	page, err := strconv.Atoi(r.FormValue("step"))
	if err != nil {
		page = 1
	}
	next := fmt.Sprintf("%s?step=%d", homeURL, page+1)
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func Canonical(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusMovedPermanently)
}
