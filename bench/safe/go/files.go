// Package files serves user uploads from one directory and unpacks archives safely.
package files

import (
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const maxEntry = 50 << 20

type Server struct {
	Root string
}

// Download streams a file from the upload directory; os.OpenInRoot refuses names that leave it.
func (s *Server) Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if !filepath.IsLocal(name) {
		http.Error(w, "invalid file name", http.StatusBadRequest)
		return
	}
	f, err := os.OpenInRoot(s.Root, name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", filepath.Base(name)))
	io.Copy(w, f)
}

// Avatar serves a user's avatar; the id is reduced to its base name.
func (s *Server) Avatar(w http.ResponseWriter, r *http.Request) {
	id := filepath.Base(r.PathValue("id"))
	http.ServeFile(w, r, filepath.Join(s.Root, "avatars", id+".png"))
}

func (s *Server) Upload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxEntry)
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "invalid upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	if ext := filepath.Ext(header.Filename); ext != ".png" && ext != ".pdf" {
		http.Error(w, "unsupported file type", http.StatusUnsupportedMediaType)
		return
	}
	dst := filepath.Join(s.Root, filepath.Base(header.Filename))
	out, err := os.Create(dst)
	if err != nil {
		http.Error(w, "cannot store upload", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

// Unzip extracts an archive into dest, refusing entries that would land outside it and bounding
// the size of each entry.
func Unzip(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	base := filepath.Clean(dest) + string(os.PathSeparator)
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, base) {
			return fmt.Errorf("entry %q escapes the destination", f.Name)
		}
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
			continue
		}
		if err := extract(f, target); err != nil {
			return err
		}
	}
	return nil
}

func extract(f *zip.File, target string) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()
	n, err := io.CopyN(out, rc, maxEntry+1)
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if n > maxEntry {
		return errors.New("archive entry too large")
	}
	return nil
}

// Gunzip decompresses at most maxEntry bytes.
func Gunzip(r io.Reader) ([]byte, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer gz.Close()
	return io.ReadAll(io.LimitReader(gz, maxEntry))
}
