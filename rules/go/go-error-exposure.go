package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

type Handler struct{ db *sql.DB }

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.QueryContext(r.Context(), "SELECT id, name FROM items")
	if err != nil {
		// ruleid: go-error-exposure
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	var name string
	if err := h.db.QueryRow("SELECT name FROM items WHERE id = $1", r.PathValue("id")).Scan(&name); err != nil {
		// ruleid: go-error-exposure
		http.Error(w, "query failed: "+err.Error(), 500)
		return
	}
	if err := json.NewEncoder(w).Encode(name); err != nil {
		// ruleid: go-error-exposure
		http.Error(w, fmt.Sprintf("encode: %v", err), http.StatusInternalServerError)
	}
}

func (h *Handler) GinList(c *gin.Context) {
	_, err := h.db.Exec("DELETE FROM sessions WHERE expired")
	if err != nil {
		// ruleid: go-error-exposure
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *Handler) EchoGet(c echo.Context) error {
	if err := h.db.Ping(); err != nil {
		// ruleid: go-error-exposure
		return echo.NewHTTPError(http.StatusServiceUnavailable, err.Error())
	}
	return c.NoContent(http.StatusOK)
}

// Safe look-alikes.

func (h *Handler) ListSafe(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.QueryContext(r.Context(), "SELECT id, name FROM items")
	if err != nil {
		log.Printf("list items: %v", err)
		// ok: go-error-exposure
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		// ok: go-error-exposure
		http.Error(w, "invalid JSON: "+err.Error(), http.StatusBadRequest)
		return
	}
	// ok: go-error-exposure
	http.Error(w, "not implemented yet", http.StatusNotImplemented)
}

func (h *Handler) GinSafe(c *gin.Context) {
	if err := h.db.Ping(); err != nil {
		log.Printf("ping: %v", err)
		// ok: go-error-exposure
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
	}
}
