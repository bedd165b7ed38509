package tokens

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand"
	"strconv"
	"time"
)

const letterBytes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var seededRand = rand.New(rand.NewSource(time.Now().UnixNano()))

func RandomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-weak-random
		b[i] = letterBytes[rand.Intn(len(letterBytes))]
	}
	return string(b)
}

func RandomSeeded(n int) string {
	const charset = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-weak-random
		b[i] = charset[seededRand.Int63()%int64(len(charset))]
	}
	return string(b)
}

func OTP() string {
	// ruleid: go-weak-random
	otp := rand.Intn(900000) + 100000
	return strconv.Itoa(otp)
}

type Session struct {
	ID    string
	Token string
}

func NewSession(userID int) Session {
	return Session{
		ID: strconv.Itoa(userID),
		// ruleid: go-weak-random
		Token: fmt.Sprintf("%x", rand.Int63()),
	}
}

func ResetCode() string {
	var resetCode string
	// ruleid: go-weak-random
	resetCode = fmt.Sprintf("%06d", seededRand.Intn(1000000))
	return resetCode
}

// Safe look-alikes.

func Jitter(base time.Duration) time.Duration {
	// ok: go-weak-random
	delay := base + time.Duration(rand.Int63n(int64(base)))
	return delay
}

func PickServer(servers []string) string {
	// ok: go-weak-random
	return servers[rand.Intn(len(servers))]
}

func SecureToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	// ok: go-weak-random
	token := base64.RawURLEncoding.EncodeToString(b)
	return token, nil
}

func SecureOTP() (string, error) {
	// ok: go-weak-random
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func SecureString(n int) (string, error) {
	b := make([]byte, n)
	for i := range b {
		k, err := crand.Int(crand.Reader, big.NewInt(int64(len(letterBytes))))
		if err != nil {
			return "", err
		}
		// ok: go-weak-random
		b[i] = letterBytes[k.Int64()]
	}
	return string(b), nil
}

func Pin() string {
	// ruleid: go-weak-random
	return string("0123456789"[rand.Intn(10)]) + string("0123456789"[rand.Intn(10)])
}

func Sample() map[string]int {
	// ok: go-weak-random
	return map[string]int{"count": rand.Intn(10)}
}

func Shuffle(items []string) {
	// ok: go-weak-random
	rand.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
}
