// Command deployer renders a config file from a text template, runs a few tools without a shell
// and polls a configured health endpoint with jittered back-off.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"text/template"
	"time"
)

var unitTemplate = template.Must(template.New("unit").Parse(`[Unit]
Description={{.Name}}

[Service]
ExecStart={{.Binary}} --port {{.Port}}
Restart=always
`))

type unit struct {
	Name   string
	Binary string
	Port   int
}

func main() {
	configPath := flag.String("config", "deploy.yaml", "deployment config")
	health := flag.String("health", "http://localhost:8080/healthz", "health endpoint")
	flag.Parse()

	data, err := os.ReadFile(*configPath)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("loaded %d bytes of config", len(data))

	f, err := os.Create("/etc/systemd/system/app.service")
	if err != nil {
		log.Fatal(err)
	}
	if err := unitTemplate.Execute(f, unit{Name: "app", Binary: "/usr/local/bin/app", Port: 8080}); err != nil {
		log.Fatal(err)
	}
	f.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, args := range [][]string{{"systemctl", "daemon-reload"}, {"systemctl", "restart", "app"}} {
		cmd := exec.CommandContext(ctx, args[0], args[1:]...)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("%v: %v", args, err)
		}
	}
	if err := exec.Command("sh", "-c", "sync && echo flushed").Run(); err != nil {
		log.Print(err)
	}
	waitHealthy(ctx, *health)
}

func waitHealthy(ctx context.Context, endpoint string) {
	client := &http.Client{Timeout: 5 * time.Second}
	backoff := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
		if err != nil {
			log.Fatal(err)
		}
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				fmt.Println("healthy after", attempt, "attempts")
				return
			}
		}
		jitter := time.Duration(rand.Int63n(int64(backoff)))
		select {
		case <-ctx.Done():
			log.Fatal("gave up waiting for ", endpoint)
		case <-time.After(backoff + jitter):
		}
		backoff *= 2
	}
}
