package serve

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/site/assets"
	"github.com/concbook/concurrency/site/build"
	"github.com/concbook/concurrency/site/render"
)

func TestLoopbackOnly(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8000", true},
		{"127.0.0.1:0", true},
		{"localhost:8000", true},
		{"[::1]:8000", true},
		{"0.0.0.0:8000", false},
		{":8000", false},
		{"192.168.1.2:8000", false},
		{"example.com:80", false},
		{"127.0.0.1", false},
	}
	for _, tt := range tests {
		err := loopbackOnly(tt.addr)
		if tt.ok {
			assert.NoError(t, err, tt.addr)
		} else {
			assert.Error(t, err, tt.addr)
		}
	}
}

// copyDir copies a directory of the fixture (or an embedded one) to dst.
func copyDir(t *testing.T, src fs.FS, dst string) {
	t.Helper()
	require.NoError(t, fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	}))
}

// server runs Run on a copy of the fixture book, with the site's sources
// (templates, static files) copied too, and returns its URL. The server
// stops when stop is called, or at the end of the test.
func server(t *testing.T) (root, sources, out, url string, stop func()) {
	t.Helper()
	root, sources, out = t.TempDir(), t.TempDir(), t.TempDir()
	copyDir(t, os.DirFS("../testdata/book"), root)
	copyDir(t, render.Templates, filepath.Join(sources, "render", "templates"))
	copyDir(t, assets.Files, filepath.Join(sources, "assets", "files"))

	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{
			Build:   build.Config{Root: root, Out: out},
			Addr:    "127.0.0.1:0",
			Sources: sources,
			Ready:   func(addr string) { ready <- addr },
		})
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				assert.NoError(t, err)
			case <-time.After(10 * time.Second):
				t.Error("the server did not stop")
			}
		})
	}
	t.Cleanup(stop)
	select {
	case addr := <-ready:
		return root, sources, out, "http://" + addr + "/", stop
	case err := <-done:
		t.Fatalf("the server did not start: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not start")
	}
	return "", "", "", "", nil
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, url)
	assert.Equal(t, "no-store", resp.Header.Get("Cache-Control"))
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(body)
}

// events opens the reload stream and returns its event names.
func events(t *testing.T, url string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+strings.TrimPrefix(ReloadPath, "/"), nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	names := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				names <- name
			}
		}
	}()
	return names
}

// waitEvent waits for a reload event; the limit is for a broken watcher,
// not a measure of speed.
func waitEvent(t *testing.T, names <-chan string, want string) {
	t.Helper()
	for {
		select {
		case name := <-names:
			if name == want {
				return
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no %q event", want)
		}
	}
}

func TestServeRebuildsAndReloads(t *testing.T) {
	root, sources, out, url, _ := server(t)
	for _, p := range []string{"cells.html", "", "index.html"} {
		page := get(t, url+p)
		assert.Contains(t, page, `<script src="/_reload.js" defer></script>`+"\n</head>", "served pages reload: %q", p)
	}
	assert.Contains(t, get(t, url+"_reload.js"), `new EventSource("/_reload")`)
	onDisk, err := os.ReadFile(filepath.Join(out, "cells.html"))
	require.NoError(t, err)
	assert.NotContains(t, string(onDisk), "_reload", "the page on disk is the site's")

	tests := []struct {
		name, file, add, page, want string
	}{
		{"chapter", filepath.Join(root, "chapters", "01-cells.md"), "\nA paragraph added while serving.\n", "cells.html", "A paragraph added while serving."},
		{"transcript", filepath.Join(root, "expected", "cells", "hello.txt"), "a line added while serving\n", "cells.html", "a line added while serving"},
		{"stylesheet", filepath.Join(sources, "assets", "files", "style.css"), "\n.added-while-serving { color: red }\n", "style.css", ".added-while-serving"},
		{"template", filepath.Join(sources, "render", "templates", "layout.html"), "", "cells.html", `<meta name="edited-while-serving">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names := events(t, url)
			data, err := os.ReadFile(tt.file)
			require.NoError(t, err)
			if tt.add != "" {
				data = append(data, tt.add...)
			} else { // a template: an edit inside it
				data = []byte(strings.Replace(string(data), "</head>", tt.want+"\n</head>", 1))
			}
			require.NoError(t, os.WriteFile(tt.file, data, 0o644))
			waitEvent(t, names, "reload")
			assert.True(t, strings.Contains(get(t, url+tt.page), tt.want), "%s has no %q after the edit", tt.page, tt.want)
		})
	}
}

// TestServeLeavesTheSite: after serving and rebuilding, the site on disk is
// byte for byte what a build of the same book writes: nothing of the
// server's is left in it.
func TestServeLeavesTheSite(t *testing.T) {
	root, _, out, url, stop := server(t)
	names := events(t, url)
	chapter := filepath.Join(root, "chapters", "01-cells.md")
	data, err := os.ReadFile(chapter)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(chapter, append(data, "\nA paragraph added while serving.\n"...), 0o644))
	waitEvent(t, names, "reload")
	assert.Contains(t, get(t, url+"cells.html"), "A paragraph added while serving.")
	stop()

	built := t.TempDir()
	_, err = build.Build(build.Config{Root: root, Out: built})
	require.NoError(t, err)
	assert.Equal(t, tree(t, built), tree(t, out))
}

// tree is every file under dir, by path, with its bytes.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	}))
	require.NotEmpty(t, files)
	return files
}

func TestAddReload(t *testing.T) {
	assert.Equal(t, "<html><head><title>x</title>"+reloadTag+"</head><body></body>", string(addReload([]byte("<html><head><title>x</title></head><body></body>"))))
	assert.Equal(t, "<p>no head"+reloadTag, string(addReload([]byte("<p>no head"))))
}

func TestServeRefusesNetwork(t *testing.T) {
	err := Run(context.Background(), Config{Build: build.Config{Root: "../testdata/book", Out: t.TempDir()}, Addr: "0.0.0.0:0"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not a loopback address")
}

func TestStatic(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "play"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>hi</p>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "play", "runner.wasm"), []byte("raw"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "play", "runner.wasm.br"), []byte("br"), 0o644))
	srv := httptest.NewServer(Static(dir))
	defer srv.Close()

	res, err := http.Get(srv.URL + "/index.html")
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, "<p>hi</p>", string(body))

	req, _ := http.NewRequest("GET", srv.URL+"/play/runner.wasm", nil)
	req.Header.Set("Accept-Encoding", "br")
	res, err = srv.Client().Transport.RoundTrip(req)
	require.NoError(t, err)
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, "br", res.Header.Get("Content-Encoding"))
	assert.Equal(t, "br", string(body))
}
