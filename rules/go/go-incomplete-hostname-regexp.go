package gateway

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// ruleid: go-incomplete-hostname-regexp
var allowedOrigin = regexp.MustCompile(`^https?://(www.)?example\.com$`)

const callbackPattern = "^https://auth.example.com/callback"

var trustedHosts = []*regexp.Regexp{
	// ruleid: go-incomplete-hostname-regexp
	regexp.MustCompile("^api.partner.io$"),
	// ok: go-incomplete-hostname-regexp
	regexp.MustCompile(`^cdn\.partner\.io$`),
}

func corsMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowedOrigin.MatchString(origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		next.ServeHTTP(w, r)
	})
}

func validCallback(raw string) bool {
	// ruleid: go-incomplete-hostname-regexp
	re := regexp.MustCompile(callbackPattern)
	return re.MatchString(raw)
}

func isGitHubURL(raw string) bool {
	// ruleid: go-incomplete-hostname-regexp
	ok, _ := regexp.MatchString("^https://github.com/[^/]+/[^/]+$", raw)
	return ok
}

func tenantMatcher(tenant string) (*regexp.Regexp, error) {
	pattern := "^https://" + tenant + ".example.org/"
	// ruleid: go-incomplete-hostname-regexp
	return regexp.Compile(pattern)
}

func isInternal(host string) bool {
	// ruleid: go-incomplete-hostname-regexp
	return regexp.MustCompile(`^[a-z0-9-]+.example\.net$`).MatchString(host)
}

// Safe look-alikes.

// ok: go-incomplete-hostname-regexp
var exactOrigin = regexp.MustCompile(`^https://(www\.)?example\.com$`)

func allowedRedirect(raw string) bool {
	// ok: go-incomplete-hostname-regexp
	ok, _ := regexp.MatchString("^https://accounts\\.example\\.com/", raw)
	return ok
}

func hostFor(domain string) *regexp.Regexp {
	// ok: go-incomplete-hostname-regexp
	return regexp.MustCompile(`^([a-z0-9-]+\.)?` + regexp.QuoteMeta(domain) + `$`)
}

func isLocal(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	// ok: go-incomplete-hostname-regexp
	return u.Hostname() == "example.com" || strings.HasSuffix(u.Hostname(), ".example.com")
}

// ok: go-incomplete-hostname-regexp
var version = regexp.MustCompile(`^v(\d+).(\d+).(\d+)$`)

// ok: go-incomplete-hostname-regexp
var imageName = regexp.MustCompile(`^[a-z0-9_-]+.(png|jpe?g|gif)$`)

// ok: go-incomplete-hostname-regexp
var email = regexp.MustCompile(`^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$`)

func docsLink(page string) string {
	// ok: go-incomplete-hostname-regexp
	return strings.Replace("https://docs.example.com/PAGE", "PAGE", page, 1)
}

// ok: go-incomplete-hostname-regexp
var commit = regexp.MustCompile(`^[0-9a-f]{7,40}.commit$`)

const apiHost = "api.example.com"

func apiURL(raw string) bool {
	// ok: go-incomplete-hostname-regexp
	return regexp.MustCompile(`^https://` + regexp.QuoteMeta(apiHost) + `(/|$)`).MatchString(raw)
}
