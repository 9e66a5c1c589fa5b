package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/concbook/concurrency/site/build"
)

// Config says what to serve.
type Config struct {
	Build build.Config
	// Addr is where to listen: a loopback address such as 127.0.0.1:8000
	// (port 0 picks a free port).
	Addr string
	// Sources is the site's source directory (site/): its templates and
	// static files are read from there while serving, when present.
	Sources string
	Log     io.Writer
	// Report is told of every build's problems.
	Report func(*build.Result)
	// Ready, if set, is told the address the server listens on.
	Ready func(addr string)
}

// Run builds the site, serves it and rebuilds it on every change until ctx
// ends.
func Run(ctx context.Context, cfg Config) error {
	if err := loopbackOnly(cfg.Addr); err != nil {
		return err
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Report == nil {
		cfg.Report = func(*build.Result) {}
	}
	templates := filepath.Join(cfg.Sources, "render", "templates")
	static := filepath.Join(cfg.Sources, "assets", "files")
	if isDir(templates) {
		cfg.Build.Templates = os.DirFS(templates)
	}
	if isDir(static) {
		cfg.Build.Assets = os.DirFS(static)
	}
	events := newBroker()
	var mu sync.Mutex // one build at a time
	rebuild := func() {
		mu.Lock()
		defer mu.Unlock()
		res, err := build.Build(cfg.Build)
		if err != nil {
			fmt.Fprintf(cfg.Log, "site: %v\n", err)
			events.send("problems", err.Error())
			return
		}
		cfg.Report(res)
		fmt.Fprintf(cfg.Log, "site: rebuilt in %v\n", res.Elapsed.Round(time.Millisecond))
		events.send("reload", fmt.Sprintf("%d errors", len(res.Errors)))
	}
	res, err := build.Build(cfg.Build)
	if err != nil {
		return err
	}
	cfg.Report(res)

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle(ReloadPath, events)
	mux.HandleFunc(ReloadScript, serveReloadJS)
	mux.Handle("/", noCache(withReload(cfg.Build.Out, precompressed(cfg.Build.Out, http.FileServer(http.Dir(cfg.Build.Out))))))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchErr := make(chan error, 1)
	go func() {
		dirs := []string{
			filepath.Join(cfg.Build.Root, "chapters"),
			filepath.Join(cfg.Build.Root, "expected"),
			templates, static,
		}
		watchErr <- watch(ctx, dirs, rebuild)
	}()
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	fmt.Fprintf(cfg.Log, "site: serving http://%s/ (Ctrl-C stops)\n", ln.Addr())
	if cfg.Ready != nil {
		cfg.Ready(ln.Addr().String())
	}

	watching := true
	select {
	case <-ctx.Done():
		err = nil
	case err = <-watchErr:
		watching = false
	case err = <-serveErr:
	}
	events.close()
	shutdown, stop := context.WithTimeout(context.Background(), 2*time.Second)
	defer stop()
	_ = srv.Shutdown(shutdown)
	cancel()
	if watching {
		// A rebuild under way finishes, so that the site is left whole.
		if werr := <-watchErr; err == nil {
			err = werr
		}
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// loopbackOnly refuses an address that is not on this machine's loopback:
// the server is for the author, not for a network.
func loopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("serve: address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("serve: address %q is not a loopback address (use 127.0.0.1:PORT)", addr)
}

// noCache makes the browser ask again for every file, so that a reload shows
// the rebuilt site; the page runner's wasm, large and rarely rebuilt, may
// be kept if the server says it is unchanged.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Cache-Control", "no-cache")
		} else {
			w.Header().Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
