package auth

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"

	josejwt "github.com/go-jose/go-jose/v3/jwt"
	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	UserID string `json:"sub"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func AdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &Claims{}
		// ruleid: go-jwt-unverified
		_, _, err := jwt.NewParser().ParseUnverified(bearer(r), claims)
		if err != nil || claims.Role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func UserFromToken(tokenString string) (string, error) {
	// ruleid: go-jwt-unverified
	token, _, err := new(jwt.Parser).ParseUnverified(tokenString, jwt.MapClaims{})
	if err != nil {
		return "", err
	}
	claims, ok := token.Claims.(jwt.MapClaims)
	if !ok {
		return "", errors.New("unexpected claims")
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

func Subject(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("token")
	// ruleid: go-jwt-unverified
	token, _ := jwt.Parse(raw, nil)
	if token != nil {
		fmt.Fprint(w, token.Claims)
	}
}

func WithClaimsNoKey(tokenString string) (*Claims, error) {
	claims := &Claims{}
	// ruleid: go-jwt-unverified
	_, err := jwt.ParseWithClaims(tokenString, claims, nil)
	return claims, err
}

func JoseClaims(raw string) (map[string]interface{}, error) {
	tok, err := josejwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	out := map[string]interface{}{}
	// ruleid: go-jwt-unverified
	if err := tok.UnsafeClaimsWithoutVerification(&out); err != nil {
		return nil, err
	}
	return out, nil
}

// Safe look-alikes.

var secret = []byte(os.Getenv("JWT_SECRET"))

func keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return secret, nil
}

func Verified(w http.ResponseWriter, r *http.Request) {
	claims := &Claims{}
	// ok: go-jwt-unverified
	token, err := jwt.ParseWithClaims(bearer(r), claims, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !token.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	fmt.Fprint(w, claims.UserID)
}

func VerifiedInline(tokenString string) (jwt.MapClaims, error) {
	// ok: go-jwt-unverified
	token, err := jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !token.Valid {
		return nil, errors.New("invalid token")
	}
	return token.Claims.(jwt.MapClaims), nil
}

var keys = map[string][]byte{}

func ByKeyID(tokenString string) (*Claims, error) {
	// Read the kid from the header, then verify with that key.
	// ok: go-jwt-unverified
	unverified, _, err := jwt.NewParser().ParseUnverified(tokenString, &Claims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	claims := &Claims{}
	_, err = jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (interface{}, error) {
		return keys[kid], nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	return claims, err
}

func JoseVerified(raw string, key interface{}) (map[string]interface{}, error) {
	tok, err := josejwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	out := map[string]interface{}{}
	// ok: go-jwt-unverified
	err = tok.Claims(key, &out)
	return out, err
}
