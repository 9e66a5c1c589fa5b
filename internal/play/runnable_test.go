package play

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/concbook/concurrency/internal/book"
)

func TestRunnableSource(t *testing.T) {
	for _, c := range []struct {
		name, src string
		reason    string
	}{
		{"hello", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n", ""},
		{"sleep", "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() { time.Sleep(1); fmt.Println(1) }\n", ""},
		{"errgroup", "package main\n\nimport \"golang.org/x/sync/errgroup\"\n\nfunc main() { var g errgroup.Group; g.Wait() }\n", ""},
		{"exit", "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(3) }\n", ""},
		{"stdout", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Fprintln(os.Stderr, 1) }\n", ""},
		{"exec", "package main\n\nimport \"os/exec\"\n\nfunc main() { exec.Command(\"ls\").Run() }\n", ReasonProcesses},
		{"signal", "package main\n\nimport \"os/signal\"\n\nfunc main() { signal.Reset() }\n", ReasonSignals},
		{"mmap", "package main\n\nimport \"syscall\"\n\nfunc main() { syscall.Getpid() }\n", ReasonSignals},
		{"http", "package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"x\") }\n", ReasonNetwork},
		{"files", "package main\n\nimport \"os\"\n\nfunc main() { os.WriteFile(\"x\", nil, 0o644) }\n", ReasonFiles},
		{"renamed os", "package main\n\nimport xos \"os\"\n\nfunc main() { xos.Open(\"x\") }\n", ReasonFiles},
		{"process", "package main\n\nimport \"os\"\n\nfunc main() { os.StartProcess(\"x\", nil, nil) }\n", ReasonProcesses},
		{"other", "package main\n\nimport \"image/png\"\n\nfunc main() { _ = png.Decode }\n", "It imports image/png, which the page's runner does not carry: run it with `go run`."},
		{"broken", "package main\n\nfunc main() {", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ok, reason := RunnableSource(c.src)
			assert.Equal(t, c.reason == "", ok)
			assert.Equal(t, c.reason, reason)
		})
	}
}

// TestBookPrograms checks the book: only programs that start processes,
// use system calls or measure CPU time are left out.
func TestBookPrograms(t *testing.T) {
	bk, err := book.Load(filepath.Join("..", ".."))
	require.NoError(t, err)
	allowed := map[string]bool{ReasonRealClock: true, ReasonProcesses: true, ReasonSignals: true, ReasonCompiled: true,
		// Not yet in the page (issue 11 is open on them): test programs,
		// the profiling and tracing packages of chapter 12, and net (net.Pipe).
		importReason("testing"):       true,
		importReason("runtime/pprof"): true,
		importReason("runtime/trace"): true,
		ReasonNetwork:                 true,
	}
	runnable := 0
	for _, p := range bk.Programs() {
		ok, reason := Runnable(p)
		if ok {
			runnable++
			continue
		}
		assert.True(t, allowed[reason], "%s: %s", p.ID(), reason)
	}
	assert.Greater(t, runnable, len(bk.Programs())/2)
}

func TestRealClock(t *testing.T) {
	p := &book.Program{Clock: "real", Segments: []*book.CodeBlock{{Code: "package main\n\nfunc main() {}\n"}}}
	ok, reason := Runnable(p)
	assert.False(t, ok)
	assert.Equal(t, ReasonRealClock, reason)
}
