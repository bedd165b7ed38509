package remoteops

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

const (
	maxBatch   = 200
	maxRetries = 5
)

type Runner struct {
	user   string
	signer ssh.Signer
	hosts  ssh.HostKeyCallback
	secret []byte
}

func NewRunner(user string, signer ssh.Signer, secret []byte) (*Runner, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, err
	}
	hosts, err := knownhosts.New(filepath.Join(home, ".ssh", "known_hosts"))
	if err != nil {
		return nil, fmt.Errorf("known_hosts: %w", err)
	}
	return &Runner{user: user, signer: signer, hosts: hosts, secret: secret}, nil
}

func (r *Runner) config() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            r.user,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(r.signer)},
		HostKeyCallback: r.hosts,
		Timeout:         10 * time.Second,
	}
}

func (r *Runner) Run(host, command string) (string, error) {
	client, err := ssh.Dial("tcp", net.JoinHostPort(host, "22"), r.config())
	if err != nil {
		return "", err
	}
	defer client.Close()
	session, err := client.NewSession()
	if err != nil {
		return "", err
	}
	defer session.Close()
	var out bytes.Buffer
	session.Stdout = &out
	if err := session.Run(command); err != nil {
		return "", err
	}
	return out.String(), nil
}

func (r *Runner) authorize(req *http.Request) (string, error) {
	raw := strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
	claims := &jwt.RegisteredClaims{}
	token, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return r.secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil || !token.Valid {
		return "", errors.New("invalid token")
	}
	return claims.Subject, nil
}

type result struct {
	Host   string `json:"host"`
	Output string `json:"output"`
}

// Batch runs the uptime command on the first n hosts of the inventory.
func (r *Runner) Batch(w http.ResponseWriter, req *http.Request, inventory []string) {
	if _, err := r.authorize(req); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	n, err := strconv.Atoi(req.URL.Query().Get("n"))
	if err != nil || n < 1 || n > maxBatch {
		http.Error(w, "n must be between 1 and 200", http.StatusBadRequest)
		return
	}
	if n > len(inventory) {
		n = len(inventory)
	}
	results := make([]result, 0, n)
	for _, host := range inventory[:n] {
		out, err := r.Run(host, "uptime")
		if err != nil {
			out = "unreachable"
		}
		results = append(results, result{Host: host, Output: out})
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(results)
}

// Retries returns a backoff schedule of at most maxRetries steps.
func Retries(req *http.Request) []time.Duration {
	count, err := strconv.Atoi(req.FormValue("retries"))
	if err != nil || count <= 0 {
		count = 1
	}
	count = min(count, maxRetries)
	schedule := make([]time.Duration, count)
	for i := range schedule {
		schedule[i] = time.Duration(1<<i) * time.Second
	}
	return schedule
}
