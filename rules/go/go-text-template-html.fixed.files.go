package web

// ok: go-text-template-html
import "os"

// ruleid: go-text-template-html
import "html/template"

var pages = template.Must(template.ParseGlob("templates/*.html"))

func Render(name string, data any) error {
	return pages.ExecuteTemplate(os.Stdout, name, data)
}
