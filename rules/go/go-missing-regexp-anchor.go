package webhooks

import (
	"net/http"
	"net/url"
	"regexp"
)

// ruleid: go-missing-regexp-anchor
var trustedOrigin = regexp.MustCompile(`https://app\.example\.com`)

const repoHost = "github\\.com/"

func allowedOrigin(r *http.Request) bool {
	return trustedOrigin.MatchString(r.Header.Get("Origin"))
}

func isRepoURL(raw string) bool {
	// ruleid: go-missing-regexp-anchor
	ok, _ := regexp.MatchString(repoHost, raw)
	return ok
}

func isPartner(host string) bool {
	// ruleid: go-missing-regexp-anchor
	return regexp.MustCompile("(www\\.)?partner\\.io").MatchString(host)
}

func isStaging(host string) bool {
	// ruleid: go-missing-regexp-anchor
	re, err := regexp.Compile(`^staging\.example\.org|preview\.example\.org`)
	return err == nil && re.MatchString(host)
}

func isMirror(host string) bool {
	// ruleid: go-missing-regexp-anchor
	ok, _ := regexp.MatchString(`mirror1\.example\.net|mirror2\.example\.net$`, host)
	return ok
}

func webhookSource(raw string) bool {
	// ruleid: go-missing-regexp-anchor
	return regexp.MustCompile("hooks.slack.com/services/").MatchString(raw)
}

// Safe look-alikes.

// ok: go-missing-regexp-anchor
var anchoredOrigin = regexp.MustCompile(`^https://app\.example\.com$`)

func isDocs(raw string) bool {
	// ok: go-missing-regexp-anchor
	ok, _ := regexp.MatchString(`\Ahttps://docs\.example\.com/`, raw)
	return ok
}

func isCDN(host string) bool {
	// ok: go-missing-regexp-anchor
	return regexp.MustCompile(`^(cdn1|cdn2)\.example\.com$`).MatchString(host)
}

func isCorp(host string) bool {
	// ok: go-missing-regexp-anchor
	return regexp.MustCompile(`^corp\.example\.com$|^vpn\.example\.com$`).MatchString(host)
}

func sameHost(raw string) bool {
	u, err := url.Parse(raw)
	// ok: go-missing-regexp-anchor
	return err == nil && u.Hostname() == "app.example.com"
}

// ok: go-missing-regexp-anchor
var words = regexp.MustCompile(`[a-z]+\.(go|rs|py)`)

// ok: go-missing-regexp-anchor
var level = regexp.MustCompile(`debug|info|warn`)

// ok: go-missing-regexp-anchor
var domainLike = regexp.MustCompile(`[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}`)

func exactHost(host string) bool {
	trusted := "auth.example.com"
	// ok: go-missing-regexp-anchor
	return regexp.MustCompile(`^` + regexp.QuoteMeta(trusted) + `$`).MatchString(host)
}
