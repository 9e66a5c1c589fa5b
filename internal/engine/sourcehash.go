package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/concbook/concurrency/internal/atomicfile"
)

// workerSources are the folders, relative to the module root, whose Go files
// the worker binaries are built from: the worker itself and the patched copy
// of yaegi that go.mod's replace points at.
var workerSources = []string{workerPackage, "third_party/yaegi"}

// sourceHash hashes what the worker is built from: the Go version, go.mod,
// go.sum and the Go files of workerSources.
func sourceHash(root, cache string) (string, error) { return SourceHash(root, cache, workerSources...) }

// SourceHash hashes what a binary of the module at root is built from: the
// Go version, go.mod, go.sum and the Go files under the folders dirs
// (relative to root), their tests excepted. The in-page runner's build (internal/playbuild) keys
// its cache by it, as the engine keys the worker binaries.
//
// Reading every file costs tens of milliseconds (yaegi's symbol tables are
// about 10 MB), more than a hello-world run. So the content hash is
// remembered in cache under a fingerprint of the files' metadata (path,
// size, modification time, inode): when no file was touched, the walk is
// a few hundred stat calls and the content is not read. A file edited in
// place changes its modification time, hence the fingerprint, hence a new
// content hash is computed.
func SourceHash(root, cache string, dirs ...string) (string, error) {
	files, err := listSources(root, dirs)
	if err != nil {
		return "", err
	}
	fp := sha256.New()
	fmt.Fprintln(fp, runtime.Version(), root, dirs)
	for _, f := range files {
		fmt.Fprintf(fp, "%s %d %d %d\n", f.rel, f.size, f.mtime, f.ino)
	}
	memo := filepath.Join(cache, "sources", hex.EncodeToString(fp.Sum(nil))[:32])
	if b, err := os.ReadFile(memo); err == nil && len(b) == 64 {
		return string(b), nil
	}
	h := sha256.New()
	fmt.Fprintln(h, runtime.Version())
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(root, f.rel))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f.rel, len(b))
		h.Write(b)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if err := atomicfile.WriteFile(memo, []byte(sum)); err != nil {
		return "", err
	}
	return sum, nil
}

// sourceFile is one file sourceHash reads, with the metadata it
// fingerprints.
type sourceFile struct {
	rel         string
	size, mtime int64
	ino         uint64
}

// listSources returns go.mod, go.sum and the Go files under dirs, tests
// excepted (they are not built into the binary), in a fixed order.
func listSources(root string, dirs []string) ([]sourceFile, error) {
	var files []sourceFile
	add := func(p string, info fs.FileInfo) {
		rel, _ := filepath.Rel(root, p)
		files = append(files, sourceFile{rel: filepath.ToSlash(rel), size: info.Size(), mtime: info.ModTime().UnixNano(), ino: inode(info)})
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		info, err := os.Stat(filepath.Join(root, name))
		if err != nil {
			return nil, err
		}
		add(filepath.Join(root, name), info)
	}
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			add(p, info)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// inode is the file's inode number, 0 where the system does not say: with
// its size and modification time, it tells a rebuilt or replaced file from
// the one fingerprinted before (SourceHash, ExecutableID).
func inode(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return st.Ino
	}
	return 0
}
