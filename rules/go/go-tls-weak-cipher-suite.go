package server

import "crypto/tls"

func LegacySuites() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			// ruleid: go-tls-weak-cipher-suite
			tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
			// ruleid: go-tls-weak-cipher-suite
			tls.TLS_RSA_WITH_RC4_128_SHA,
			// ruleid: go-tls-weak-cipher-suite
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
		},
	}
}

// ruleid: go-tls-weak-cipher-suite
var compatSuites = []uint16{tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384}

func ModernSuites() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			// ok: go-tls-weak-cipher-suite
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
			// ok: go-tls-weak-cipher-suite
			tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
			// ok: go-tls-weak-cipher-suite
			tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
		},
	}
}

func Reject(state tls.ConnectionState) bool {
	// ok: go-tls-weak-cipher-suite
	return state.CipherSuite == tls.TLS_RSA_WITH_RC4_128_SHA
}
