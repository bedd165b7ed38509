package web

import (
	// ok: go-text-template-html
	"net/http"
	// ruleid: go-text-template-html
	"html/template"
	// ok: go-text-template-html
	ttemplate "text/template"
)

var index = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html><body><h1>Hello, {{.Name}}</h1></body></html>`))

var motd = ttemplate.Must(ttemplate.New("motd").Parse("Welcome {{.Name}}\n"))

func Index(w http.ResponseWriter, r *http.Request) {
	index.Execute(w, map[string]string{"Name": r.URL.Query().Get("name")})
}
