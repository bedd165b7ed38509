package main

import (
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"golang.org/x/crypto/bcrypt"
)

type Config struct {
	DBHost       string
	DBPassword   string
	JWTSecret    string
	StripeAPIKey string
	TokenTTL     int
}

type server struct {
	cfg    Config
	logger *zap.SugaredLogger
}

type signupRequest struct {
	Email    string
	Password string
}

func loadConfig() Config {
	cfg := Config{
		DBHost:     os.Getenv("DB_HOST"),
		DBPassword: os.Getenv("DB_PASSWORD"),
		JWTSecret:  os.Getenv("JWT_SECRET"),
	}
	// ruleid: go-cleartext-logging
	log.Printf("connecting to %s with password %s", cfg.DBHost, cfg.DBPassword)
	// ruleid: go-cleartext-logging
	log.Println("jwt secret:", cfg.JWTSecret)
	// ok: go-cleartext-logging
	log.Printf("connecting to %s (password set: %t, %d characters)", cfg.DBHost, cfg.DBPassword != "", len(cfg.DBPassword))
	// ok: go-cleartext-logging
	log.Printf("token ttl %d seconds", cfg.TokenTTL)
	return cfg
}

func (s *server) signup(w http.ResponseWriter, r *http.Request, req signupRequest) {
	// ruleid: go-cleartext-logging
	s.logger.Infow("signup", "email", req.Email, "password", req.Password)
	hashedPassword, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		// ok: go-cleartext-logging
		s.logger.Errorf("hashing failed for %s: %v", req.Email, err)
		return
	}
	// ok: go-cleartext-logging
	s.logger.Debugf("stored hash %s", hashedPassword)
	// ok: go-cleartext-logging
	slog.Warn("Invalid password", "email", req.Email)
	w.WriteHeader(http.StatusCreated)
}

func issueToken(userID string, token string, apiKey string) {
	// ruleid: go-cleartext-logging
	slog.Info("issued token", "user", userID, "token", token)
	// ruleid: go-cleartext-logging
	logrus.Debugf("calling billing API with key %s", apiKey)
	msg := "bearer " + token
	// ruleid: go-cleartext-logging
	zap.L().Info(msg)
	// ok: go-cleartext-logging
	logrus.Debugf("calling billing API with key %s...", apiKey[:4])
	// ok: go-cleartext-logging
	slog.Info("issued token", "user", userID, "tokenLength", len(token))
}

func countTokens(tokenizer interface{ Count(string) int }, prompt string, maxTokens int) {
	tokenCount := tokenizer.Count(prompt)
	// ok: go-cleartext-logging
	log.Printf("prompt uses %d of %d tokens", tokenCount, maxTokens)
	pwd, _ := os.Getwd()
	// ok: go-cleartext-logging
	log.Printf("working directory %s", pwd)
}
