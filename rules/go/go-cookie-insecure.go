package session

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func Login(w http.ResponseWriter, r *http.Request, sessionID string) {
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:    "session_id",
		Value:   sessionID,
		Path:    "/",
		Expires: time.Now().Add(24 * time.Hour),
	})
}

func Remember(w http.ResponseWriter, token string) {
	// ruleid: go-cookie-insecure
	cookie := http.Cookie{Name: "remember_me", Value: token, HttpOnly: true, Secure: false}
	http.SetCookie(w, &cookie)
}

func JWT(w http.ResponseWriter, jwt string) {
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: jwt, Secure: true, SameSite: http.SameSiteStrictMode})
}

func GinLogin(c *gin.Context, token string) {
	// ruleid: go-cookie-insecure
	c.SetCookie("token", token, 3600, "/", "localhost", false, true)
}

func Refresh(w http.ResponseWriter, token string) {
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:     "refresh_token",
		Value:    token,
		HttpOnly: true,
		MaxAge:   3600,
	})
}

// Safe look-alikes.

func LoginSafe(w http.ResponseWriter, r *http.Request, sessionID string) {
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    sessionID,
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

func LoginBehindProxy(w http.ResponseWriter, r *http.Request, sid string) {
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: r.TLS != nil, HttpOnly: true})
}

func Logout(w http.ResponseWriter) {
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
}

func Theme(w http.ResponseWriter, theme string) {
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: theme, Path: "/"})
}

func GinLoginSafe(c *gin.Context, token string) {
	// ok: go-cookie-insecure
	c.SetCookie("token", token, 3600, "/", "example.com", true, true)
}
