package client

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"os"
	"time"
)

func NewInsecureClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			// ruleid: go-tls-insecure-skip-verify
			InsecureSkipVerify: false,
		},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func QuickConfig() *tls.Config {
	// ruleid: go-tls-insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
}

func PatchDefault() {
	// ruleid: go-tls-insecure-skip-verify
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: false} //nolint:gosec
}

func Configure(tr *http.Transport) {
	tr.TLSClientConfig = &tls.Config{}
	// ruleid: go-tls-insecure-skip-verify
	tr.TLSClientConfig.InsecureSkipVerify = false
}

func SafeClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificates in CA file")
	}
	// ok: go-tls-insecure-skip-verify
	cfg := &tls.Config{RootCAs: pool, InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

func FromFlag(insecure bool) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: insecure}
}

func Pinned(verify func([][]byte, [][]*x509.Certificate) error) *tls.Config {
	return &tls.Config{
		// ok: go-tls-insecure-skip-verify
		InsecureSkipVerify:    true,
		VerifyPeerCertificate: verify,
	}
}

type Options struct {
	InsecureSkipVerify bool
}

func Reset(o *Options) {
	// ok: go-tls-insecure-skip-verify
	o.InsecureSkipVerify = false
}
