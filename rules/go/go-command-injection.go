package tools

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go-command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Write(out)
}

func Archive(ctx context.Context, dir string) error {
	// ruleid: go-command-injection
	cmd := exec.CommandContext(ctx, "/bin/bash", "-c", fmt.Sprintf("tar czf /tmp/a.tgz %s", dir))
	return cmd.Run()
}

func Run(script string) error {
	// ruleid: go-command-injection
	return exec.Command("bash", "-c", script).Run()
}

func SafePing(host string) ([]byte, error) {
	// ok: go-command-injection
	return exec.Command("ping", "-c", "1", host).Output()
}

func SafeConstant() error {
	// ok: go-command-injection
	return exec.Command("sh", "-c", "ls -la /tmp | wc -l").Run()
}

func SafeArgs(ctx context.Context, file string) error {
	// ok: go-command-injection
	return exec.CommandContext(ctx, "sh", "./scripts/check.sh", file).Run()
}
