package signing

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"time"
)

func SignLegacy(key *rsa.PrivateKey, msg []byte) ([]byte, error) {
	digest := sha1.Sum(msg)
	// ruleid: go-weak-signature-hash
	return rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA1, digest[:])
}

func VerifyLegacy(pub *rsa.PublicKey, msg, sig []byte) error {
	digest := sha1.Sum(msg)
	// ruleid: go-weak-signature-hash
	return rsa.VerifyPKCS1v15(pub, crypto.SHA1, digest[:], sig)
}

func SignWith(signer crypto.Signer, digest []byte) ([]byte, error) {
	// ruleid: go-weak-signature-hash
	return signer.Sign(rand.Reader, digest, crypto.MD5)
}

func Template(cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now(),
		NotAfter:     time.Now().Add(365 * 24 * time.Hour),
		// ruleid: go-weak-signature-hash
		SignatureAlgorithm: x509.SHA1WithRSA,
	}
}

func Sign(key *rsa.PrivateKey, msg []byte) ([]byte, error) {
	digest := sha256.Sum256(msg)
	// ok: go-weak-signature-hash
	return rsa.SignPSS(rand.Reader, key, crypto.SHA256, digest[:], nil)
}

func ModernTemplate(cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: cn},
		// ok: go-weak-signature-hash
		SignatureAlgorithm: x509.SHA256WithRSA,
	}
}

func IsLegacy(cert *x509.Certificate) bool {
	// ok: go-weak-signature-hash
	return cert.SignatureAlgorithm == x509.SHA1WithRSA
}
