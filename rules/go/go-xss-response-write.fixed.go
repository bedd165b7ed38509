package web

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"github.com/microcosm-cc/bluemonday"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(r.URL.Query().Get("name")))
}

func Search(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintln(w, "<html><body>")
	if q != "" {
		// ruleid: go-xss-response-write
		fmt.Fprintf(w, "<p>No results for <b>%s</b></p>", q)
	}
	fmt.Fprintln(w, "</body></html>")
}

func Echo(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	// ruleid: go-xss-response-write
	w.Write([]byte("<div class=\"msg\">" + html.EscapeString(msg) + "</div>"))
}

func Raw(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-response-write
	io.WriteString(w, html.EscapeString(r.PostFormValue("comment")))
}

func Profile(w http.ResponseWriter, r *http.Request) {
	user := mux.Vars(r)["user"]
	// ruleid: go-xss-response-write
	w.Write([]byte(user))
}

func GinPage(c *gin.Context) {
	name := c.Query("name")
	// ruleid: go-xss-response-write
	c.Writer.Write([]byte(fmt.Sprintf("<title>%s</title>", name)))
}

func Handler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-xss-response-write
		fmt.Fprint(w, html.EscapeString(r.Header.Get("X-Forwarded-For")))
	}
}

func EchoBanner(c echo.Context) error {
	// ruleid: go-xss-response-write
	return c.HTML(http.StatusOK, "<div class=\"banner\">"+html.EscapeString(c.QueryParam("msg"))+"</div>")
}

// Multi-step flows: the request value passes through variables, concatenation, fmt.Sprintf and
// helper functions of this file before it is written.

func titleOf(r *http.Request) string {
	t := strings.TrimSpace(r.FormValue("title"))
	return strings.ToUpper(t[:1]) + t[1:]
}

func Page(w http.ResponseWriter, r *http.Request) {
	title := titleOf(r)
	head := fmt.Sprintf("<head><title>%s</title></head>", title)
	page := "<html>" + head
	page += "<body></body></html>"
	// ruleid: go-xss-response-write
	io.WriteString(w, page)
}

func Card(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<section>%s</section>", r.URL.Query().Get("card"))
	// ruleid: go-xss-response-write
	w.Write([]byte(sb.String()))
}

// Safe look-alikes.

func HelloEscaped(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(r.URL.Query().Get("name")))
}

func Greeting(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(w, "Hello, %s!", r.URL.Query().Get("name"))
}

func JSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	name := r.URL.Query().Get("name")
	// ok: go-xss-response-write
	fmt.Fprintf(w, `{"greeting": %q}`, name)
	json.NewEncoder(w).Encode(map[string]string{"name": name})
}

func HelloReassigned(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	name = html.EscapeString(name)
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func Log(logw io.Writer, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(logw, "<request> %s\n", r.URL.Query().Get("q"))
}

func Count(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		return
	}
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<p>%d items</p>", n)
}

var policy = bluemonday.UGCPolicy()

func Comment(w http.ResponseWriter, r *http.Request) {
	body := policy.Sanitize(r.PostFormValue("body"))
	// ok: go-xss-response-write
	w.Write([]byte("<article>" + body + "</article>"))
}

const banner = "<p>Maintenance at 22:00 UTC</p>"

func Render(w http.ResponseWriter, version string) {
	footer := fmt.Sprintf("<footer>v%s</footer>", version)
	// ok: go-xss-response-write
	io.WriteString(w, banner+footer)
}

func Static(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<p>%d items</p>", 3)
}
