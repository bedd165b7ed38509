package server

import (
	"crypto/tls"
	"net/http"
	"time"
)

func LegacyServer(cert tls.Certificate) *http.Server {
	return &http.Server{
		Addr:              ":8443",
		ReadHeaderTimeout: 5 * time.Second,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			// ruleid: go-tls-weak-version
			MinVersion: tls.VersionTLS10,
		},
	}
}

func OldClients() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS11}
}

func Downgrade(cfg *tls.Config) {
	// ruleid: go-tls-weak-version
	cfg.MinVersion = tls.VersionSSL30
}

func CappedAtOld() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// ruleid: go-tls-weak-version
		MaxVersion: tls.VersionTLS11,
	}
}

func Numeric() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: 0x0301}
}

func Modern() *tls.Config {
	// ok: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func Strict(cfg *tls.Config) {
	// ok: go-tls-weak-version
	cfg.MinVersion = tls.VersionTLS13
}

type Limits struct {
	MinVersion int
}

func Unrelated() Limits {
	// ok: go-tls-weak-version
	return Limits{MinVersion: 10}
}
