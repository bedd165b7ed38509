// Package oauthlogin signs users in with an OAuth 2.0 provider: a fresh state per login kept in an
// HttpOnly cookie, a callback restricted to anchored, escaped host patterns, and a notification
// mail whose text is fixed and whose recipient comes from the verified profile.
package oauthlogin

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/smtp"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

var (
	allowedReturn = regexp.MustCompile(`^https://(app|admin)\.example\.com(/|$)`)
	slugPattern   = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)
	versionTag    = regexp.MustCompile(`^v\d+\.\d+\.\d+$`)
)

type Handler struct {
	conf     *oauth2.Config
	smtpAddr string
	smtpAuth smtp.Auth
	from     string
}

func New() *Handler {
	return &Handler{
		conf: &oauth2.Config{
			ClientID:     os.Getenv("OAUTH_CLIENT_ID"),
			ClientSecret: os.Getenv("OAUTH_CLIENT_SECRET"),
			RedirectURL:  os.Getenv("OAUTH_REDIRECT_URL"),
			Scopes:       []string{"openid", "email"},
		},
		smtpAddr: os.Getenv("SMTP_ADDR"),
		smtpAuth: smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), os.Getenv("SMTP_HOST")),
		from:     "noreply@example.com",
	}
}

func randomState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Login starts the flow with a state that only this browser knows.
func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	state, err := randomState()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     "oauth_state",
		Value:    state,
		Path:     "/auth",
		Expires:  time.Now().Add(10 * time.Minute),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
	http.Redirect(w, r, h.conf.AuthCodeURL(state, oauth2.AccessTypeOnline), http.StatusFound)
}

// Callback checks the state against the cookie before exchanging the code.
func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("oauth_state")
	if err != nil || subtle.ConstantTimeCompare([]byte(cookie.Value), []byte(r.FormValue("state"))) != 1 {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	if _, err := h.conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// ReturnAllowed accepts only the two first-party hosts, matched on the parsed URL.
func ReturnAllowed(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return false
	}
	return allowedReturn.MatchString(u.Scheme + "://" + u.Host + u.EscapedPath())
}

// TenantPattern matches sub-domains of a configured domain, quoted so its dots are literal.
func TenantPattern(domain string) *regexp.Regexp {
	return regexp.MustCompile(`^[a-z0-9-]+\.` + regexp.QuoteMeta(domain) + `$`)
}

func ValidSlug(s string) bool { return slugPattern.MatchString(s) }

func ValidVersion(s string) bool { return versionTag.MatchString(s) }

// NotifyLogin sends a fixed text to the address of the signed-in account.
func (h *Handler) NotifyLogin(to string, when time.Time) error {
	if strings.ContainsAny(to, "\r\n") {
		return fmt.Errorf("invalid address")
	}
	msg := fmt.Sprintf("Subject: New sign-in\r\n\r\nA new sign-in to your account happened at %s.\r\n", when.UTC().Format(time.RFC1123))
	return smtp.SendMail(h.smtpAddr, h.smtpAuth, h.from, []string{to}, []byte(msg))
}
