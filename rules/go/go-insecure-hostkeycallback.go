package deploy

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func RunRemote(host, user, password, command string) (string, error) {
	config := &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.Password(password)},
		// ruleid: go-insecure-hostkeycallback
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), //nolint:gosec
		Timeout:         10 * time.Second,
	}
	client, err := ssh.Dial("tcp", net.JoinHostPort(host, "22"), config)
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
	err = session.Run(command)
	return out.String(), err
}

func dialWithKey(addr string, signer ssh.Signer) (*ssh.Client, error) {
	hostKeyCallback := ssh.InsecureIgnoreHostKey()
	cfg := &ssh.ClientConfig{
		User: "deploy",
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ruleid: go-insecure-hostkeycallback
		HostKeyCallback: hostKeyCallback,
	}
	return ssh.Dial("tcp", addr, cfg)
}

func configure(cfg *ssh.ClientConfig) {
	cfg.Timeout = 5 * time.Second
	// ruleid: go-insecure-hostkeycallback
	cfg.HostKeyCallback = ssh.InsecureIgnoreHostKey()
}

func acceptAll(user string, signer ssh.Signer) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ruleid: go-insecure-hostkeycallback
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			return nil
		},
	}
}

func loggingCallback(user string, password string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.Password(password)},
		// ruleid: go-insecure-hostkeycallback
		HostKeyCallback: ssh.HostKeyCallback(func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			log.Printf("connecting to %s (%s) with key %s", hostname, remote, ssh.FingerprintSHA256(key))
			return nil
		}),
	}
}

// Safe look-alikes.

func knownHostsConfig(user string, signer ssh.Signer) (*ssh.ClientConfig, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, err
	}
	callback, err := knownhosts.New(filepath.Join(home, ".ssh", "known_hosts"))
	if err != nil {
		return nil, fmt.Errorf("load known_hosts: %w", err)
	}
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ok: go-insecure-hostkeycallback
		HostKeyCallback: callback,
	}, nil
}

func pinnedConfig(user string, signer ssh.Signer, serverKey ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ok: go-insecure-hostkeycallback
		HostKeyCallback: ssh.FixedHostKey(serverKey),
	}
}

func fingerprintConfig(user string, signer ssh.Signer, expected string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// ok: go-insecure-hostkeycallback
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error {
			if ssh.FingerprintSHA256(key) == expected {
				return nil
			}
			return errors.New("host key mismatch for " + hostname)
		},
	}
}

func withCallback(cfg *ssh.ClientConfig, verify ssh.HostKeyCallback) {
	// ok: go-insecure-hostkeycallback
	cfg.HostKeyCallback = verify
}

func withKnownHosts(cfg *ssh.ClientConfig, path string) error {
	cb, err := knownhosts.New(path)
	if err != nil {
		return err
	}
	// ok: go-insecure-hostkeycallback
	cfg.HostKeyCallback = cb
	return nil
}
