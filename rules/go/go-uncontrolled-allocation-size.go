package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

const maxPageSize = 500

func listItems(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n < 0 {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	// ruleid: go-uncontrolled-allocation-size
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{ID: i, Name: fmt.Sprintf("item-%d", i)}
	}
	json.NewEncoder(w).Encode(items)
}

func buffer(w http.ResponseWriter, r *http.Request) {
	size, err := strconv.ParseInt(r.Header.Get("X-Buffer-Size"), 10, 64)
	if err != nil {
		http.Error(w, "bad size", http.StatusBadRequest)
		return
	}
	// ruleid: go-uncontrolled-allocation-size
	buf := make([]byte, 0, int(size))
	buf = append(buf, "ok"...)
	w.Write(buf)
}

type batchRequest struct {
	Count int `json:"count"`
}

func batch(w http.ResponseWriter, r *http.Request) {
	var req batchRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	// ruleid: go-uncontrolled-allocation-size
	ids := make(map[int]bool, req.Count)
	for i := 0; i < req.Count; i++ {
		ids[i] = true
	}
	fmt.Fprintf(w, "%d ids", len(ids))
}

func ginMatrix(c *gin.Context) {
	rows, _ := strconv.Atoi(c.Query("rows"))
	cols, _ := strconv.Atoi(c.DefaultQuery("cols", "10"))
	if rows <= 0 || cols <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "rows and cols must be positive"})
		return
	}
	// ruleid: go-uncontrolled-allocation-size
	grid := make([][]float64, rows)
	for i := range grid {
		// ruleid: go-uncontrolled-allocation-size
		grid[i] = make([]float64, cols)
	}
	c.JSON(http.StatusOK, grid)
}

func workers(w http.ResponseWriter, r *http.Request) {
	queue, _ := strconv.Atoi(r.FormValue("queue"))
	// ruleid: go-uncontrolled-allocation-size
	jobs := make(chan int, queue)
	close(jobs)
	w.WriteHeader(http.StatusAccepted)
}

// Safe look-alikes.

func listItemsBounded(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n <= 0 || n > maxPageSize {
		http.Error(w, "n must be between 1 and 500", http.StatusBadRequest)
		return
	}
	// ok: go-uncontrolled-allocation-size
	items := make([]Item, n)
	json.NewEncoder(w).Encode(items)
}

func clamped(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	limit = min(limit, maxPageSize)
	// ok: go-uncontrolled-allocation-size
	page := make([]Item, 0, limit)
	json.NewEncoder(w).Encode(page)
}

func echoUpper(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ok: go-uncontrolled-allocation-size
	out := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		out = append(out, name[i]&^0x20)
	}
	w.Write(out)
}

func fixedPage(w http.ResponseWriter, r *http.Request) {
	// ok: go-uncontrolled-allocation-size
	items := make([]Item, 0, maxPageSize)
	json.NewEncoder(w).Encode(items)
}

func chunks(data []byte, size int) [][]byte {
	// ok: go-uncontrolled-allocation-size
	out := make([][]byte, 0, (len(data)+size-1)/size)
	for len(data) > size {
		out = append(out, data[:size])
		data = data[size:]
	}
	return append(out, data)
}

func limitChecked(w http.ResponseWriter, r *http.Request) {
	count, err := strconv.Atoi(r.URL.Query().Get("count"))
	if err != nil {
		http.Error(w, "bad count", http.StatusBadRequest)
		return
	}
	if count > 1000 {
		count = 1000
	}
	// ok: go-uncontrolled-allocation-size
	values := make([]int, count)
	json.NewEncoder(w).Encode(values)
}
