package playbuild

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"

	"github.com/concbook/concurrency/internal/engine"
	"github.com/concbook/concurrency/internal/play/pagepkgs"
	"github.com/concbook/concurrency/internal/typecheck"
)

// workerPackage is what the wasm is built from, relative to the module root.
const workerPackage = "./runner/worker"

// sources are the folders whose Go files the wasm's cache key covers: the
// worker, yaegi, the type checker, the lowering, the matcher, the page's
// packages, and this package (the runtime patch, the export data).
var sources = []string{
	"runner/worker", "third_party/yaegi",
	"internal/typecheck", "internal/lower", "internal/transcript", "internal/runout",
	"internal/play/pagepkgs", "internal/playbuild",
}

// Progress is where the builds that take minutes say what they do (the
// site's build prints it on the terminal); nil for nowhere.
var Progress io.Writer = os.Stderr

func progress(format string, args ...any) {
	if Progress != nil {
		fmt.Fprintf(Progress, "site: "+format+"\n", args...)
	}
}

// Artifacts are the built runner, in the cache: the wasm and its
// precompressed forms.
type Artifacts struct {
	Wasm, Gzip, Brotli string
}

// Build returns the in-page runner of the module at root, building it into
// the cache folder cache ("" for the runner's, internal/engine.CacheDir)
// unless its sources are unchanged since the last build.
func Build(root, cache string) (*Artifacts, error) {
	wasm, err := BuildWasm(root, cache)
	if err != nil {
		return nil, err
	}
	if cache == "" {
		cache = engine.DefaultCacheDir()
	}
	a := &Artifacts{Wasm: wasm, Gzip: wasm + ".gz", Brotli: wasm + ".br"}
	if err := engine.BuildCached(cache, a.Gzip, func(tmp string) error { return gzipFile(a.Wasm, tmp) }); err != nil {
		return nil, err
	}
	if err := engine.BuildCached(cache, a.Brotli, func(tmp string) error {
		progress("compressing the in-page runner with brotli -11 into %s (minutes of CPU, once)", filepath.Base(a.Brotli))
		return compress(a.Wasm, tmp, brotliWriter)
	}); err != nil {
		return nil, err
	}
	return a, nil
}

// BuildWasm is Build without the compressed forms: the wasm's path in the
// cache.
func BuildWasm(root, cache string) (string, error) {
	if cache == "" {
		cache = engine.DefaultCacheDir()
	}
	sum, err := engine.SourceHash(root, cache, sources...)
	if err != nil {
		return "", fmt.Errorf("hashing the page runner's sources: %w", err)
	}
	wasm := filepath.Join(cache, "play-runner-"+sum[:16]+".wasm")
	if err := engine.BuildCached(cache, wasm, func(tmp string) error {
		progress("building the in-page runner (the worker for js/wasm) into %s: its sources changed or it was never built; about a minute of CPU, once", cache)
		return buildWasm(root, tmp)
	}); err != nil {
		return "", err
	}
	return wasm, nil
}

// buildFlags are the wasm's size flags: no symbol table, and no inlining
// but in the runtime (-l). Inlining makes the wasm a little larger and its
// compressed forms much larger (gzip 4.62 MB with it, 3.97 without, raw
// 19.9 and 18.9 MB); without it outside the runtime (whose inlining is
// kept), an interpreted CPU-bound program ran no slower in node, within the
// noise of a loaded machine. Without it everywhere, gzip is 3.87 MB but
// runs were slower.
var buildFlags = []string{"-ldflags=-s -w", "-gcflags=all=-l", "-gcflags=runtime/...=", "-gcflags=internal/...="}

// buildWasm compiles the worker for js/wasm to out, with the overlay.
func buildWasm(root, out string) error {
	dir, err := os.MkdirTemp("", "concbook-playbuild-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	overlay, err := writeOverlay(root, dir)
	if err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", append([]string{"build", "-trimpath", "-tags", "faketime", "-overlay", overlay, "-o", absOut}, append(buildFlags, workerPackage)...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the page runner (GOOS=js GOARCH=wasm go build): %v\n%s", err, b)
	}
	return nil
}

// writeOverlay writes the overlay's files and its JSON description into
// dir, and returns the JSON's path. The standard packages are patched
// first, and the type checker's export data is taken from them as patched
// (a page program sees syscall.SIGTERM as 15, as the runner gives it).
func writeOverlay(root, dir string) (string, error) {
	std, replace, err := writeStdOverlay(dir)
	if err != nil {
		return "", err
	}
	bundle, err := typecheck.NewFor(root, "js", "wasm", std).Bundle(pagepkgs.All())
	if err != nil {
		return "", fmt.Errorf("the type checker's export data for the page: %w", err)
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "exportdata_js.go")
	if err := os.WriteFile(path, exportDataFile(bundle), 0o644); err != nil {
		return "", err
	}
	replace[filepath.Join(absRoot, "internal", "typecheck", "exportdata_js.go")] = path
	return writeOverlayJSON(filepath.Join(dir, "overlay.json"), replace)
}

// writeStdOverlay writes into dir the standard packages' files as the page
// has them, patched, and an overlay of them alone, whose path it returns
// with its table of replacements (GOROOT's file -> the patched one).
func writeStdOverlay(dir string) (string, map[string]string, error) {
	goroot, err := goRoot()
	if err != nil {
		return "", nil, err
	}
	read := func(path ...string) ([]byte, error) {
		return os.ReadFile(filepath.Join(append([]string{goroot, "src"}, path...)...))
	}
	lockJS, err := read("runtime", "lock_js.go")
	if err != nil {
		return "", nil, err
	}
	if lockJS, err = PatchLockJS(lockJS); err != nil {
		return "", nil, err
	}
	tablesJS, err := read("syscall", "tables_js.go")
	if err != nil {
		return "", nil, err
	}
	syscallJS, err := read("syscall", "syscall_js.go")
	if err != nil {
		return "", nil, err
	}
	linux, err := read("syscall", "zerrors_linux_amd64.go")
	if err != nil {
		return "", nil, err
	}
	if tablesJS, err = PatchErrorsJS(tablesJS, linux); err != nil {
		return "", nil, err
	}
	if syscallJS, err = PatchSignalsJS(syscallJS, linux); err != nil {
		return "", nil, err
	}
	replace := map[string]string{}
	for name, b := range map[string][]byte{
		"runtime/lock_js.go":    lockJS,
		"syscall/tables_js.go":  tablesJS,
		"syscall/syscall_js.go": syscallJS,
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, "/", "_"))
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return "", nil, err
		}
		replace[filepath.Join(goroot, "src", filepath.FromSlash(name))] = path
	}
	std, err := writeOverlayJSON(filepath.Join(dir, "overlay-std.json"), replace)
	return std, replace, err
}

// writeOverlayJSON writes go build's overlay description of replace to
// path, and returns path.
func writeOverlayJSON(path string, replace map[string]string) (string, error) {
	j, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, j, 0o644)
}

// exportDataFile is the Go file that replaces
// internal/typecheck/exportdata_js.go: the bundle as a string constant.
func exportDataFile(bundle []byte) []byte {
	return []byte("// Code generated by internal/playbuild. DO NOT EDIT.\n\n//go:build js\n\npackage typecheck\n\nconst exportBundle = " + strconv.Quote(string(bundle)) + "\n")
}

// gzipFile writes src gzipped to dst: with zopfli (Debian's zopfli
// package) where it is installed, else with compress/gzip at its best
// level. zopfli writes a gzip stream any browser reads, 4.8% smaller for
// the wasm (3.84 MB against 4.04 MB), in about 40 s of CPU where
// compress/gzip takes 2 s; the result is cached like the wasm.
func gzipFile(src, dst string) error {
	zopfli, err := exec.LookPath("zopfli")
	if err != nil {
		progress("compressing the in-page runner with compress/gzip -9 (zopfli, 5%% smaller, is not installed)")
		return compress(src, dst, gzipWriter)
	}
	progress("compressing the in-page runner with zopfli -i1 for its .gz (under a minute of CPU, once)")
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	cmd := exec.Command(zopfli, "--i1", "-c", src)
	cmd.Stdout = out
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		out.Close()
		return fmt.Errorf("zopfli --i1 -c %s: %v\n%s", src, err, stderr.String())
	}
	return out.Close()
}

func gzipWriter(w io.Writer) (io.WriteCloser, error) {
	return gzip.NewWriterLevel(w, gzip.BestCompression)
}

func brotliWriter(w io.Writer) (io.WriteCloser, error) {
	return brotli.NewWriterLevel(w, brotli.BestCompression), nil
}

// compress writes src compressed by the writer newW makes to dst.
func compress(src, dst string, newW func(io.Writer) (io.WriteCloser, error)) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	w, err := newW(out)
	if err == nil {
		_, err = io.Copy(w, in)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
