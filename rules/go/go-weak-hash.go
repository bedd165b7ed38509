package accounts

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email        string
	Password     string
	PasswordHash string
}

func HashPassword(password string) string {
	// ruleid: go-weak-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func HashWithSalt(u *User, salt string) string {
	// ruleid: go-weak-hash
	return fmt.Sprintf("%x", sha1.Sum([]byte(salt+u.Password)))
}

func TokenDigest(token string) string {
	// ruleid: go-weak-hash
	h := md5.New()
	h.Write([]byte(token))
	return hex.EncodeToString(h.Sum(nil))
}

func APIKeyFingerprint(apiKey string) string {
	// ruleid: go-weak-hash
	h := sha1.New()
	io.WriteString(h, apiKey)
	return hex.EncodeToString(h.Sum(nil))
}

func hashPW(pw string) string {
	// ruleid: go-weak-hash
	h := md5.Sum([]byte(pw))
	return hex.EncodeToString(h[:])
}

func (u *User) SetPassword(plain string) {
	// ruleid: go-weak-hash
	u.PasswordHash = fmt.Sprintf("%x", sha1.Sum([]byte(plain)))
}

// Safe look-alikes.

func ContentHash(data []byte) string {
	// ok: go-weak-hash
	return fmt.Sprintf("%x", md5.Sum(data))
}

func Gravatar(email string) string {
	// ok: go-weak-hash
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return "https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])
}

func FileChecksum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// ok: go-weak-hash
	h := md5.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func ETag(body []byte) string {
	// ok: go-weak-hash
	return fmt.Sprintf(`"%x"`, sha1.Sum(body))
}

func StrongPassword(password string) ([]byte, error) {
	// ok: go-weak-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func TokenSHA256(token string) string {
	// ok: go-weak-hash
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
