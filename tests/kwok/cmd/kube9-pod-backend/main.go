// Command kube9-pod-backend is what the test cluster's simulated pods are made of where kwok points their
// debugging endpoints at local things: it appends a container log line in CRI format at a fixed interval (so
// `kubectl logs -f` has something to follow) and serves a small HTTP answer (the target of `kubectl
// port-forward`). It has no other state and stops on SIGTERM or SIGINT.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// answerPrefix starts every HTTP answer; the test-support bundle's KubeletContent states the same text.
const answerPrefix = "kube9 port-forward target: "

func main() {
	logFile := flag.String("log", "", "container log file to append to (CRI format)")
	interval := flag.Duration("interval", 100*time.Millisecond, "time between two log lines")
	rotateBytes := flag.Int64("rotate-bytes", 16<<20, "rename the log to <log>.1 and start a new one beyond this size")
	listen := flag.String("listen", "", "host:port of the HTTP answer")
	flag.Parse()
	if *logFile == "" || *listen == "" {
		flag.Usage()
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	listener, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatalf("kube9-pod-backend: %v", err)
	}
	server := &http.Server{Handler: http.HandlerFunc(answer), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := server.Serve(listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Fatalf("kube9-pod-backend: %v", err)
		}
	}()

	writer := &ticker{path: *logFile, rotateBytes: *rotateBytes}
	if err := writer.run(ctx, *interval); err != nil {
		log.Fatalf("kube9-pod-backend: %v", err)
	}
	shutdown, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = server.Shutdown(shutdown)
}

// answer tells who answered and what was asked, so a test sees that its own request went through.
func answer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "%s%s %s\n", answerPrefix, r.Method, r.URL.Path)
}

// ticker appends numbered lines, the way a busy web server writes its access log.
type ticker struct {
	path        string
	rotateBytes int64
	file        *os.File
	size        int64
}

func (t *ticker) run(ctx context.Context, interval time.Duration) error {
	if err := t.open(); err != nil {
		return err
	}
	defer t.file.Close()
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for sequence := 1; ; sequence++ {
		if err := t.write(sequence, time.Now()); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// write appends one CRI line: "<RFC 3339 time> stdout F <text>". The text format is part of the contract.
func (t *ticker) write(sequence int, now time.Time) error {
	line := fmt.Sprintf("%s stdout F seq=%d GET /orders/%d 200\n", now.UTC().Format(time.RFC3339Nano), sequence,
		sequence)
	n, err := t.file.WriteString(line)
	t.size += int64(n)
	if err != nil {
		return err
	}
	if t.size < t.rotateBytes {
		return nil
	}
	// Rotated as the kubelet rotates container logs; a follower reopens the new file by its name.
	if err := t.file.Close(); err != nil {
		return err
	}
	if err := os.Rename(t.path, t.path+".1"); err != nil {
		return err
	}
	return t.open()
}

func (t *ticker) open() error {
	file, err := os.OpenFile(t.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return err
	}
	t.file, t.size = file, info.Size()
	return nil
}
