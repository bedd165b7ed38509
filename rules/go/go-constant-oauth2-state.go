package login

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
	"golang.org/x/oauth2/google"
)

var googleConfig = &oauth2.Config{
	ClientID:     os.Getenv("GOOGLE_CLIENT_ID"),
	ClientSecret: os.Getenv("GOOGLE_CLIENT_SECRET"),
	RedirectURL:  os.Getenv("GOOGLE_REDIRECT_URL"),
	Scopes:       []string{"openid", "email"},
	Endpoint:     google.Endpoint,
}

var githubConfig = &oauth2.Config{
	ClientID:     os.Getenv("GITHUB_CLIENT_ID"),
	ClientSecret: os.Getenv("GITHUB_CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/auth/github/callback",
	Endpoint:     github.Endpoint,
}

const oauthStateString = "pseudo-random"

var stateToken = "my-state-" + "v1"

func handleGoogleLogin(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-constant-oauth2-state
	url := googleConfig.AuthCodeURL(oauthStateString)
	http.Redirect(w, r, url, http.StatusTemporaryRedirect)
}

func handleGitHubLogin(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-constant-oauth2-state
	http.Redirect(w, r, githubConfig.AuthCodeURL("state", oauth2.AccessTypeOnline), http.StatusFound)
}

func handleOfflineLogin(w http.ResponseWriter, r *http.Request) {
	state := "random"
	// ruleid: go-constant-oauth2-state
	authURL := googleConfig.AuthCodeURL(state, oauth2.AccessTypeOffline, oauth2.ApprovalForce)
	http.Redirect(w, r, authURL, http.StatusFound)
}

func handleVersioned(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-constant-oauth2-state
	http.Redirect(w, r, githubConfig.AuthCodeURL(stateToken), http.StatusFound)
}

type Server struct{ oauth *oauth2.Config }

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-constant-oauth2-state
	http.Redirect(w, r, s.oauth.AuthCodeURL(""), http.StatusFound)
}

// Safe look-alikes.

func newState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func handleSafeLogin(w http.ResponseWriter, r *http.Request) {
	state, err := newState()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "oauthstate", Value: state, Expires: time.Now().Add(10 * time.Minute), HttpOnly: true, Secure: true})
	// ok: go-constant-oauth2-state
	http.Redirect(w, r, googleConfig.AuthCodeURL(state), http.StatusFound)
}

func handlePrefixed(w http.ResponseWriter, r *http.Request) {
	nonce, _ := newState()
	// ok: go-constant-oauth2-state
	http.Redirect(w, r, githubConfig.AuthCodeURL("login-"+nonce), http.StatusFound)
}

func handleSprintf(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	state := fmt.Sprintf("%x", b)
	// ok: go-constant-oauth2-state
	http.Redirect(w, r, githubConfig.AuthCodeURL(state), http.StatusFound)
}

func (s *Server) LoginWithState(w http.ResponseWriter, r *http.Request, state string) {
	// ok: go-constant-oauth2-state
	http.Redirect(w, r, s.oauth.AuthCodeURL(state), http.StatusFound)
}

// A command-line tool: the user opens the URL and pastes the code back.
func cliToken() (*oauth2.Token, error) {
	conf := &oauth2.Config{
		ClientID:    os.Getenv("CLIENT_ID"),
		RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
		Endpoint:    google.Endpoint,
	}
	// ok: go-constant-oauth2-state
	fmt.Println("Visit:", conf.AuthCodeURL("state-token", oauth2.AccessTypeOffline))
	reader := bufio.NewReader(os.Stdin)
	code, _ := reader.ReadString('\n')
	return conf.Exchange(nil, code)
}
