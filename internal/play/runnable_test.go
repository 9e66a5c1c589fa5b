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
		{"signal", "package main\n\nimport \"os/signal\"\n\nfunc main() { signal.Reset() }\n", ""},
		{"kill", "package main\n\nimport \"syscall\"\n\nfunc main() { syscall.Kill(syscall.Getpid(), syscall.SIGINT) }\n", ""},
		{"mmap", "package main\n\nimport \"syscall\"\n\nfunc main() { syscall.Mmap(0, 0, 0, 0, 0) }\n", ReasonSignals},
		{"unsafe", "package main\n\nimport \"unsafe\"\n\nfunc main() { _ = unsafe.Sizeof(1) }\n", "It imports unsafe, which the page's runner does not carry: run it with `go run`."},
		{"http", "package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"x\") }\n", ReasonNetwork},
		{"pipe", "package main\n\nimport \"net\"\n\nfunc main() { var c net.Conn; c, _ = net.Pipe(); c.Close() }\n", ""},
		{"dial", "package main\n\nimport \"net\"\n\nfunc main() { c, _ := net.Pipe(); c.Close(); net.Dial(\"tcp\", \"x:1\") }\n", ReasonNetwork},
		{"renamed net", "package main\n\nimport n \"net\"\n\nfunc main() { n.Listen(\"tcp\", \":0\") }\n", ReasonNetwork},
		{"pprof", "package main\n\nimport \"runtime/pprof\"\n\nfunc main() { pprof.Lookup(\"goroutine\") }\n", ""},
		{"test", "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { t.Log(1) }\n", ""},
		{"files", "package main\n\nimport \"os\"\n\nfunc main() { os.WriteFile(\"x\", nil, 0o644) }\n", ""},
		{"filepath", "package main\n\nimport \"path/filepath\"\n\nfunc main() { filepath.WalkDir(\".\", nil) }\n", ""},
		{"os pipe", "package main\n\nimport \"os\"\n\nfunc main() { os.Pipe() }\n", ReasonSignals},
		{"renamed os", "package main\n\nimport xos \"os\"\n\nfunc main() { xos.Executable() }\n", ReasonProcesses},
		{"embed", "package main\n\nimport _ \"embed\"\n\nfunc main() {}\n", ReasonEmbed},
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

// TestBookPrograms checks the book: only programs that start processes or
// that measure CPU time on the real clock are left out (issue 11); the
// graceful shutdown, which sends itself a signal, and chapter 12's
// goroutine stacks run.
func TestBookPrograms(t *testing.T) {
	bk, err := book.Load(filepath.Join("..", ".."))
	require.NoError(t, err)
	allowed := map[string]bool{ReasonRealClock: true, ReasonProcesses: true}
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
