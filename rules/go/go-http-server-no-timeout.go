package main

import (
	"log"
	"net"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })

	go func() {
		// ruleid: go-http-server-no-timeout
		log.Fatal(http.ListenAndServe(":8080", mux))
	}()

	// ruleid: go-http-server-no-timeout
	go http.ListenAndServeTLS(":8443", "cert.pem", "key.pem", mux)

	// ruleid: go-http-server-no-timeout
	srv := &http.Server{
		Addr:         ":9090",
		Handler:      mux,
		WriteTimeout: 10 * time.Second,
	}
	go srv.ListenAndServe()

	l, err := net.Listen("tcp", ":9091")
	if err != nil {
		log.Fatal(err)
	}
	// ruleid: go-http-server-no-timeout
	go http.Serve(l, mux)

	// ok: go-http-server-no-timeout
	safe := &http.Server{
		Addr:              ":9092",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	// ok: go-http-server-no-timeout
	log.Fatal(safe.ListenAndServe())
}
