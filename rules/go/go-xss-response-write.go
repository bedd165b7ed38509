package web

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", r.URL.Query().Get("name"))
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
	w.Write([]byte("<div class=\"msg\">" + msg + "</div>"))
}

func Raw(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-response-write
	io.WriteString(w, r.PostFormValue("comment"))
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
		fmt.Fprint(w, r.Header.Get("X-Forwarded-For"))
	}
}

// Safe look-alikes.

func HelloEscaped(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(r.URL.Query().Get("name")))
}

func HelloText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	name := r.URL.Query().Get("name")
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<b>%s</b>", name)
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

func Static(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-response-write
	fmt.Fprintf(w, "<p>%d items</p>", 3)
}
