package ingest

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func Gunzip(w http.ResponseWriter, r *http.Request) {
	gz, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	defer gz.Close()
	var buf bytes.Buffer
	// ruleid: go-decompression-bomb
	if _, err := io.Copy(&buf, gz); err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
}

func Inflate(data []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	// ruleid: go-decompression-bomb
	return io.ReadAll(zr)
}

func Extract(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return fmt.Errorf("unsafe name %q", f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(filepath.Join(dest, f.Name))
		if err != nil {
			rc.Close()
			return err
		}
		// ruleid: go-decompression-bomb
		_, err = io.Copy(out, rc)
		out.Close()
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func UntarGz(r io.Reader, dest string) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		out, err := os.Create(filepath.Join(dest, filepath.Base(hdr.Name)))
		if err != nil {
			return err
		}
		// ruleid: go-decompression-bomb
		_, err = io.CopyBuffer(out, tr, make([]byte, 32<<10))
		out.Close()
		if err != nil {
			return err
		}
	}
}

// Safe look-alikes.

const maxSize = 10 << 20

var errTooLarge = errors.New("decompressed data too large")

func GunzipLimited(r io.Reader, dst io.Writer) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	defer gz.Close()
	// ok: go-decompression-bomb
	n, err := io.CopyN(dst, gz, maxSize+1)
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if n > maxSize {
		return errTooLarge
	}
	return nil
}

func InflateLimited(data []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	// ok: go-decompression-bomb
	return io.ReadAll(io.LimitReader(zr, maxSize))
}

func GunzipBounded(r io.Reader) ([]byte, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	lr := &io.LimitedReader{R: gz, N: maxSize + 1}
	// ok: go-decompression-bomb
	data, err := io.ReadAll(lr)
	if err == nil && lr.N <= 0 {
		return nil, errTooLarge
	}
	return data, err
}

func CopyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	defer out.Close()
	// ok: go-decompression-bomb
	_, err = io.Copy(out, in)
	return err
}
