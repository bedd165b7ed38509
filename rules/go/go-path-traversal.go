package files

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

const uploadDir = "/srv/uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, r.URL.Query().Get("file")))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

func Serve(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ruleid: go-path-traversal
	http.ServeFile(w, r, uploadDir+"/"+name)
}

func Delete(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	// ruleid: go-path-traversal
	if err := os.Remove(fmt.Sprintf("/var/data/%s.json", id)); err != nil {
		http.Error(w, "cannot delete", http.StatusInternalServerError)
	}
}

func Save(w http.ResponseWriter, r *http.Request) {
	dir := chi.URLParam(r, "dir")
	// ruleid: go-path-traversal
	target := filepath.Join(uploadDir, dir, "avatar.png")
	// ruleid: go-path-traversal
	f, err := os.Create(
		uploadDir + "/" + dir + "/avatar.png",
	)
	if err != nil {
		return
	}
	defer f.Close()
	_ = target
}

func Attachment(c *gin.Context) {
	// ruleid: go-path-traversal
	c.FileAttachment("./reports/"+c.Param("report"), "report.pdf")
}

func Open(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	f, err := os.OpenFile(r.PathValue("path"), os.O_RDONLY, 0)
	if err == nil {
		f.Close()
	}
}

// Safe look-alikes.

func DownloadBase(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, filepath.Base(r.URL.Query().Get("file"))))
	if err == nil {
		w.Write(data)
	}
}

func DownloadLocal(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if !filepath.IsLocal(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func DownloadRoot(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	f, err := os.OpenInRoot(uploadDir, r.URL.Query().Get("file"))
	if err == nil {
		f.Close()
	}
}

func Prefix(w http.ResponseWriter, r *http.Request) {
	p := filepath.Clean(filepath.Join(uploadDir, r.FormValue("p")))
	if !strings.HasPrefix(p, uploadDir+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	http.ServeFile(w, r, p)
}

func Static(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	http.ServeFile(w, r, "./static/index.html")
}

func Config(name string) ([]byte, error) {
	// ok: go-path-traversal
	return os.ReadFile(filepath.Join("/etc/myapp", name))
}

func Header(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	os.WriteFile("/tmp/last-agent.txt", []byte(r.Header.Get("User-Agent")), 0o600)
}
