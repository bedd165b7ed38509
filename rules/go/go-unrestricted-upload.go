package upload

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

const dir = "/srv/uploads"

func Avatar(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("avatar")
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	target := filepath.Join(dir, header.Filename)
	// ruleid: go-unrestricted-upload
	out, err := os.Create(target)
	if err != nil {
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

func Doc(w http.ResponseWriter, r *http.Request) {
	_, header, _ := r.FormFile("doc")
	// ruleid: go-unrestricted-upload
	out, _ := os.OpenFile(dir+"/"+header.Filename, os.O_CREATE|os.O_WRONLY, 0o644)
	defer out.Close()
}

func Image(w http.ResponseWriter, r *http.Request) {
	file, header, _ := r.FormFile("image")
	defer file.Close()
	ext := filepath.Ext(header.Filename)
	if ext != ".png" && ext != ".jpg" {
		http.Error(w, "unsupported type", http.StatusUnsupportedMediaType)
		return
	}
	// ok: go-unrestricted-upload
	out, _ := os.Create(filepath.Join(dir, filepath.Base(header.Filename)))
	defer out.Close()
	io.Copy(out, file)
}

func Report(w http.ResponseWriter, r *http.Request) {
	file, _, _ := r.FormFile("report")
	defer file.Close()
	// ok: go-unrestricted-upload
	out, _ := os.Create(filepath.Join(dir, fmt.Sprintf("%d.pdf", time.Now().UnixNano())))
	defer out.Close()
	io.Copy(out, file)
}

func Save(name string, data []byte) error {
	// ok: go-unrestricted-upload
	return os.WriteFile(filepath.Join(dir, name), data, 0o600)
}
