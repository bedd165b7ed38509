package tools

import (
	"context"
	"fmt"
	"net/http"
	"os"
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

func Login(ctx context.Context, user string) ([]byte, error) {
	// ruleid: go-command-injection
	return exec.CommandContext(ctx, "bash", "-lc", "id "+user).Output()
}

func WinDir(path string) ([]byte, error) {
	// ruleid: go-command-injection
	return exec.Command("cmd", "/C", "dir "+path).Output()
}

func PS(name string) error {
	// ruleid: go-command-injection
	return exec.Command("powershell.exe", "-Command", fmt.Sprintf("Get-Process %s", name)).Run()
}

func hostParam(r *http.Request) string {
	return r.URL.Query().Get("host")
}

// A request value reaching the shell through variables, fmt.Sprintf and a helper: reported with
// its path.
func Trace(w http.ResponseWriter, r *http.Request) {
	host := hostParam(r)
	script := fmt.Sprintf("traceroute -m 10 %s", host)
	script += " 2>&1"
	// ruleid: go-command-injection
	out, _ := exec.CommandContext(r.Context(), "sh", "-c", script).CombinedOutput()
	w.Write(out)
}

func Grep() ([]byte, error) {
	// ruleid: go-command-injection
	return exec.Command("sh", "-c", "grep -r "+os.Args[1]+" /var/log/app").Output()
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

func SafeWin() error {
	// ok: go-command-injection
	return exec.Command("cmd", "/C", "ver").Run()
}

func SafeGit(ref string) ([]byte, error) {
	// ok: go-command-injection
	return exec.Command("git", "-C", "/srv/repo", "show", ref).Output()
}
