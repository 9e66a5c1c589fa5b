package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/concbook/concurrency/internal/atomicfile"

	"github.com/concbook/concurrency/internal/lower"
	"github.com/concbook/concurrency/internal/typecheck"
)

// prepare turns a request's source into the source the yaegi worker runs:
// named in the interpreter's messages, and lowered (internal/lower) from Go
// 1.26 to the Go that yaegi runs with the same meaning.
func prepare(req Request) ([]byte, error) {
	src := req.Source
	if !bytes.HasPrefix(src, []byte("//line ")) {
		src = append([]byte("//line "+req.Filename+":1:1\n"), src...)
	}
	// Go 1.26 fidelity: lower.Program first checks the program as the Go
	// 1.26 compiler does (internal/typecheck, every error at the Markdown
	// positions), then lowers it with its types.
	// Positions come from the //line directive; the file name given to the
	// parser has no folder, against which a relative directive would be
	// resolved (chapters/x.md would become chapters/chapters/x.md).
	lowerProgram := lower.Program
	if req.Test {
		lowerProgram = lower.TestProgram
	}
	out, err := lowerProgram("main.go", src)
	if err != nil {
		var le *lower.Error
		if errors.As(err, &le) {
			return nil, &CompileError{Msg: le.Error()}
		}
		var te *typecheck.Error
		if errors.As(err, &te) {
			return nil, &CompileError{Msg: te.Error()}
		}
		return nil, err
	}
	return out, nil
}

// preparedCache keeps what prepare made of a program, as Go's build cache
// keeps compiled packages: preparing (type-checking against the standard
// library's export data, then lowering) is most of what the runner itself
// spends on a small program. An entry is keyed by the program (its source,
// file name and whether it is a test) and by the runner binary doing the
// preparing, so a changed lowering or type checker never reads an entry of
// another: entries live in a folder named after the binary, and the
// folders of other binaries are removed once they are a day old.
type preparedCache struct {
	dir string // the cache's root: CACHE/prepared

	once     sync.Once
	binDir   string // this binary's folder under dir, "" when unknown
	trimOnce sync.Once
}

// prepare returns prepare(req), from the cache when it has it.
func (c *preparedCache) prepare(req Request) ([]byte, error) {
	c.once.Do(func() {
		if id := ExecutableID(); id != "" {
			c.binDir = filepath.Join(c.dir, id)
		}
	})
	if c.binDir == "" {
		return prepare(req)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%q %t %d\n", req.Filename, req.Test, len(req.Source))
	h.Write(req.Source)
	path := filepath.Join(c.binDir, hex.EncodeToString(h.Sum(nil))[:32]+".go")
	if src, err := os.ReadFile(path); err == nil {
		return src, nil
	}
	src, err := prepare(req)
	if err != nil {
		return nil, err
	}
	if atomicfile.WriteFile(path, src) == nil {
		c.trimOnce.Do(c.trim)
	}
	return src, nil
}

// trim removes the folders of other runner binaries that were last
// written more than a day ago.
func (c *preparedCache) trim() {
	entries, _ := os.ReadDir(c.dir)
	for _, e := range entries {
		p := filepath.Join(c.dir, e.Name())
		if info, err := e.Info(); err == nil && p != c.binDir && time.Since(info.ModTime()) > 24*time.Hour {
			os.RemoveAll(p)
		}
	}
}

// ExecutableID names this binary by its path and file metadata (size,
// modification time, inode), which change when it is rebuilt; "" when
// they cannot be read.
var ExecutableID = sync.OnceValue(executableID)

func executableID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	h := sha256.Sum256([]byte(fmt.Sprintf("%s %d %d %d", exe, info.Size(), info.ModTime().UnixNano(), inode(info))))
	return strings.ToLower(hex.EncodeToString(h[:]))[:16]
}
