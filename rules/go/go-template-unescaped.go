package views

import (
	"bytes"
	"html"
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
)

type Post struct {
	Title string
	Body  template.HTML
}

var page = template.Must(template.New("post").Funcs(template.FuncMap{
	// ruleid: go-template-unescaped
	"safe": func(s string) template.HTML { return template.HTML(s) },
	// ruleid: go-template-unescaped
	"safeURL": func(s string) template.URL { return template.URL(s) },
}).Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

func Show(w http.ResponseWriter, r *http.Request) {
	post := Post{
		Title: r.FormValue("title"),
		// ruleid: go-template-unescaped
		Body: template.HTML(r.FormValue("body")),
	}
	page.Execute(w, post)
}

func Markdown(src []byte) (template.HTML, error) {
	var buf bytes.Buffer
	if err := goldmark.Convert(src, &buf); err != nil {
		return "", err
	}
	// ruleid: go-template-unescaped
	return template.HTML(buf.String()), nil
}

func Script(config string) template.JS {
	// ruleid: go-template-unescaped
	return template.JS("var config = " + config + ";")
}

func bioOf(r *http.Request) string {
	return r.PostFormValue("bio")
}

// A request value reaching the conversion through variables and a helper: reported with its path.
func Profile(w http.ResponseWriter, r *http.Request) {
	bio := bioOf(r)
	card := "<div class=\"bio\">" + bio + "</div>"
	// ruleid: go-template-unescaped
	page.Execute(w, Post{Title: "Profile", Body: template.HTML(card)})
}

// Safe look-alikes.

var policy = bluemonday.UGCPolicy()

func MarkdownSafe(src []byte) (template.HTML, error) {
	var buf bytes.Buffer
	if err := goldmark.Convert(src, &buf); err != nil {
		return "", err
	}
	// ok: go-template-unescaped
	return template.HTML(policy.Sanitize(buf.String())), nil
}

func Footer() template.HTML {
	// ok: go-template-unescaped
	return template.HTML(`<footer>&copy; Example Ltd</footer>`)
}

func Escaped(s string) template.HTML {
	// ok: go-template-unescaped
	return template.HTML("<b>" + html.EscapeString(s) + "</b>")
}

// Sanitized on the way: no longer a proven flow, but still a non-constant value converted to
// template.HTML, reported at the rule's own (medium) confidence.
func SanitizedProfile(w http.ResponseWriter, r *http.Request) {
	clean := policy.Sanitize(bioOf(r))
	// ruleid: go-template-unescaped
	page.Execute(w, Post{Title: "Profile", Body: template.HTML(clean)})
}

func Plain(w http.ResponseWriter, r *http.Request) {
	// ok: go-template-unescaped
	page.Execute(w, Post{Title: template.HTMLEscapeString(r.FormValue("title"))})
}
