// Package ginapi is a JSON API on gin: bound queries, generic error bodies, secure cookies and
// redirects to fixed paths only.
package ginapi

import (
	"database/sql"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type API struct {
	DB  *sql.DB
	Log *slog.Logger
}

func (a *API) Register(r *gin.Engine) {
	r.GET("/users/:id", a.getUser)
	r.POST("/login", a.login)
	r.GET("/old-dashboard", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/dashboard") })
}

func (a *API) getUser(c *gin.Context) {
	var name, email string
	err := a.DB.QueryRowContext(c.Request.Context(), "SELECT name, email FROM users WHERE id = ?", c.Param("id")).Scan(&name, &email)
	switch {
	case err == sql.ErrNoRows:
		c.JSON(http.StatusNotFound, gin.H{"error": "user not found"})
	case err != nil:
		a.Log.Error("get user", "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
	default:
		c.JSON(http.StatusOK, gin.H{"name": name, "email": email})
	}
}

type loginRequest struct {
	Email    string `json:"email" binding:"required,email"`
	Password string `json:"password" binding:"required"`
}

func (a *API) login(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 16<<10)
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	token, err := a.startSession(c, req.Email, req.Password)
	if err != nil {
		a.Log.Warn("login failed", "email", req.Email, "err", err)
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_token", token, int((12 * time.Hour).Seconds()), "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func (a *API) startSession(c *gin.Context, email, password string) (string, error) {
	var token string
	err := a.DB.QueryRowContext(c.Request.Context(),
		"INSERT INTO sessions (user_id, token) SELECT id, encode(gen_random_bytes(32), 'hex') FROM users WHERE email = $1 AND password_hash = crypt($2, password_hash) RETURNING token",
		email, password).Scan(&token)
	return token, err
}
