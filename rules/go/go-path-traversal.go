package files

import (
	"fmt"
	"io/ioutil"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	securejoin "github.com/cyphar/filepath-securejoin"

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
	target := filepath.Join(uploadDir, dir, "avatar.png")
	// ruleid: go-path-traversal
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return
	}
	// ruleid: go-path-traversal
	f, err := os.Create(
		uploadDir + "/" + dir + "/avatar.png",
	)
	if err != nil {
		return
	}
	defer f.Close()
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

// Multi-step flows: the request value passes through variables, concatenation, fmt.Sprintf,
// filepath calls and helper functions of this file before it reaches the file system.

func reportName(r *http.Request) string {
	name := r.Header.Get("X-Report")
	return strings.TrimSuffix(name, ".pdf") + ".pdf"
}

func Report(w http.ResponseWriter, r *http.Request) {
	name := reportName(r)
	full := filepath.Clean(filepath.Join("/srv/reports", name))
	// ruleid: go-path-traversal
	data, err := ioutil.ReadFile(full)
	if err == nil {
		w.Write(data)
	}
}

func Move(w http.ResponseWriter, r *http.Request) {
	from := r.FormValue("from")
	to := fmt.Sprintf("%s/archive/%s", uploadDir, from)
	// ruleid: go-path-traversal
	os.Rename(filepath.Join(uploadDir, "inbox", "current.json"), to)
}

func Theme(c *gin.Context) {
	var theme string
	theme = c.DefaultQuery("theme", "light")
	css := "./themes/" + theme
	css += ".css"
	// ruleid: go-path-traversal
	c.File(css)
}

// Safe look-alikes.

func DownloadBase(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, filepath.Base(r.URL.Query().Get("file"))))
	if err == nil {
		w.Write(data)
	}
}

func DownloadRootDir(w http.ResponseWriter, r *http.Request) {
	root, err := os.OpenRoot(uploadDir)
	if err != nil {
		return
	}
	defer root.Close()
	// ok: go-path-traversal
	f, err := root.Open(r.URL.Query().Get("file"))
	if err == nil {
		f.Close()
	}
}

func DownloadRoot(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	f, err := os.OpenInRoot(uploadDir, r.URL.Query().Get("file"))
	if err == nil {
		f.Close()
	}
}

func Secure(w http.ResponseWriter, r *http.Request) {
	p, err := securejoin.SecureJoin(uploadDir, r.FormValue("p"))
	if err != nil {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	http.ServeFile(w, r, p)
}

// safeUpload keeps the file name only.
func safeUpload(name string) string {
	return filepath.Join(uploadDir, filepath.Base(filepath.Clean("/"+name)))
}

func Thumbnail(w http.ResponseWriter, r *http.Request) {
	p := safeUpload(mux.Vars(r)["name"]) + ".thumb"
	// ok: go-path-traversal
	http.ServeFile(w, r, p)
}

func Page(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil {
		return
	}
	// ok: go-path-traversal
	data, err := os.ReadFile(fmt.Sprintf("/srv/pages/%d.html", n))
	if err == nil {
		w.Write(data)
	}
}

func Cache(key string) ([]byte, error) {
	path := filepath.Join(os.TempDir(), "cache", key)
	// ok: go-path-traversal
	return os.ReadFile(path)
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
