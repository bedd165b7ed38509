package api

import (
	"encoding/json"
	"errors"
	"io"
	"io/ioutil"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Event struct {
	Name string `json:"name"`
}

func Ingest(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-unbounded-request-body
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
}

func Upload(w http.ResponseWriter, req *http.Request) {
	if req.Method == http.MethodPost {
		// ruleid: go-unbounded-request-body
		data, err := ioutil.ReadAll(req.Body)
		if err != nil {
			return
		}
		_ = data
	}
}

func GinHook(c *gin.Context) {
	// ruleid: go-unbounded-request-body
	payload, _ := io.ReadAll(c.Request.Body)
	c.JSON(http.StatusOK, gin.H{"bytes": len(payload)})
}

// Safe look-alikes.

func IngestLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	// ok: go-unbounded-request-body
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	_ = body
}

func Limited(w http.ResponseWriter, r *http.Request) {
	// ok: go-unbounded-request-body
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err == nil {
		_ = body
	}
}

func FetchUpstream(client *http.Client, url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	// ok: go-unbounded-request-body
	return io.ReadAll(resp.Body)
}
