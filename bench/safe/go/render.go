// Package render turns user-written Markdown into sanitised HTML and writes small HTML fragments
// with every request value escaped.
package render

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
)

var policy = bluemonday.UGCPolicy()

var postPage = template.Must(template.New("post").Parse(
	`<article><h1>{{.Title}}</h1>{{.Body}}<footer>{{.Footer}}</footer></article>`))

type Post struct {
	Title  string
	Body   template.HTML
	Footer template.HTML
}

// Markdown renders Markdown and removes any script, event handler or unsafe URL from the result.
func Markdown(src string) (template.HTML, error) {
	var buf bytes.Buffer
	if err := goldmark.Convert([]byte(src), &buf); err != nil {
		return "", err
	}
	return template.HTML(policy.SanitizeBytes(buf.Bytes())), nil
}

func ShowPost(w http.ResponseWriter, r *http.Request) {
	body, err := Markdown(r.FormValue("body"))
	if err != nil {
		http.Error(w, "cannot render", http.StatusBadRequest)
		return
	}
	post := Post{
		Title:  r.FormValue("title"),
		Body:   body,
		Footer: template.HTML(`<small>Posted with <a href="/">Example</a></small>`),
	}
	if err := postPage.Execute(w, post); err != nil {
		http.Error(w, "cannot render", http.StatusInternalServerError)
	}
}

func Preview(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p class=\"preview\">%s</p>", html.EscapeString(r.URL.Query().Get("text")))
}

func Count(w http.ResponseWriter, r *http.Request, n int) {
	fmt.Fprintf(w, "<p>%d results</p>", n)
}
