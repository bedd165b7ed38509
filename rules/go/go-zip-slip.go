package archive

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func Unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		// ruleid: go-zip-slip
		path := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			os.MkdirAll(path, 0o755)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(path)
		if err != nil {
			rc.Close()
			return err
		}
		_, err = io.CopyN(out, rc, 100<<20)
		out.Close()
		rc.Close()
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
	}
	return nil
}

func Untar(r io.Reader, dest string) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		// ruleid: go-zip-slip
		target := dest + string(os.PathSeparator) + hdr.Name
		if hdr.Typeflag == tar.TypeDir {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		}
	}
}

func UnzipZR(zr *zip.Reader, dest string) {
	for _, file := range zr.File {
		if !file.FileInfo().IsDir() {
			// ruleid: go-zip-slip
			os.MkdirAll(filepath.Dir(filepath.Join(dest, file.Name)), 0o755)
		}
	}
}

func UnzipNested(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, "bundle/")
		dir, base := filepath.Split(name)
		// ruleid: go-zip-slip
		out := filepath.Join(dest, dir, base)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
	}
	return nil
}

func UntarFlat(tr *tar.Reader, dest string) error {
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		rel := hdr.Name
		// ruleid: go-zip-slip
		if err := os.WriteFile(path.Join(dest, rel), nil, 0o644); err != nil {
			return err
		}
	}
}

// Safe look-alikes.

func UnzipSafe(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		// ok: go-zip-slip
		path := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(path, filepath.Clean(dest)+string(os.PathSeparator)) {
			return fmt.Errorf("illegal file path: %s", f.Name)
		}
		_ = path
	}
	return nil
}

func UntarSafe(tr *tar.Reader, dest string) error {
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		if !filepath.IsLocal(hdr.Name) {
			return fmt.Errorf("unsafe entry %q", hdr.Name)
		}
		// ok: go-zip-slip
		target := filepath.Join(dest, hdr.Name)
		_ = target
	}
}

func UnzipFlat(zr *zip.Reader, dest string) {
	for _, f := range zr.File {
		// ok: go-zip-slip
		target := filepath.Join(dest, filepath.Base(f.Name))
		_ = target
	}
}

func Layout(dest string, parts []string) string {
	// ok: go-zip-slip
	return filepath.Join(append([]string{dest}, parts...)...)
}

func List(zr *zip.Reader) []string {
	var names []string
	for _, f := range zr.File {
		// ok: go-zip-slip
		names = append(names, f.Name)
	}
	return names
}
