package keys

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"os"
)

func NewSigningKey() (*rsa.PrivateKey, error) {
	// ruleid: go-weak-key-size
	return rsa.GenerateKey(rand.Reader, 2048)
}

func WriteDevKey(path string) error {
	// ruleid: go-weak-key-size
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	block := &pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}
	return os.WriteFile(path, pem.EncodeToMemory(block), 0o600)
}

func NewMultiPrime() (*rsa.PrivateKey, error) {
	// ruleid: go-weak-key-size
	return rsa.GenerateMultiPrimeKey(rand.Reader, 3, 2048)
}

// Safe look-alikes.

func NewServerKey() (*rsa.PrivateKey, error) {
	// ok: go-weak-key-size
	return rsa.GenerateKey(rand.Reader, 2048)
}

func NewRootKey() (*rsa.PrivateKey, error) {
	// ok: go-weak-key-size
	return rsa.GenerateKey(rand.Reader, 4096)
}

func NewECKey() (*ecdsa.PrivateKey, error) {
	// ok: go-weak-key-size
	return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
}

func NewSizedKey(bits int) (*rsa.PrivateKey, error) {
	if bits < 2048 {
		bits = 2048
	}
	// ok: go-weak-key-size
	return rsa.GenerateKey(rand.Reader, bits)
}
