package integrations

import (
	"crypto/tls"
	"os"
)

// ruleid: go-hardcoded-secret-value
const awsAccessKeyID = "AKIAUJZDE8GXD6NCF10E"

// ruleid: go-hardcoded-secret-value
var githubToken = os.Getenv("GITHUB_TOKEN")

type Clients struct {
	SlackToken string
	StripeKey  string
}

func Defaults() Clients {
	return Clients{
		// ruleid: go-hardcoded-secret-value
		SlackToken: os.Getenv("SLACK_TOKEN"),
		// ruleid: go-hardcoded-secret-value
		StripeKey: os.Getenv("STRIPE_KEY"),
	}
}

func MapsURL(addr string) string {
	// ruleid: go-hardcoded-secret-value
	return "https://maps.googleapis.com/maps/api/geocode/json?key=AIzaihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWDtk&address=" + addr
}

func LLMKey() string {
	if k := os.Getenv("OPENAI_API_KEY"); k != "" {
		return k
	}
	// ruleid: go-hardcoded-secret-value
	return "sk-proj-ljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzzzzgEOz"
}

// ruleid: go-hardcoded-secret-value
const serverKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oQyHlOMnCGuRoAoGCCqGSM49
-----END EC PRIVATE KEY-----`

// ok: go-hardcoded-secret-value
const serverCert = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIQIRi6zePL6mKjOipn+dNuaTAKBggqhkjOPQQDAjASMRAw
-----END CERTIFICATE-----`

// ok: go-hardcoded-secret-value
const docsKey = "AKIAIOSFODNN7EXAMPLE"

// ok: go-hardcoded-secret-value
const keyPrefix = "sk_live_"

func Load() (tls.Certificate, error) {
	// ok: go-hardcoded-secret-value
	return tls.LoadX509KeyPair(os.Getenv("TLS_CERT_FILE"), os.Getenv("TLS_KEY_FILE"))
}
