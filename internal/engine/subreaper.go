package engine

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// A process of a program can leave the program's process group (setsid, a
// process group of its own), so that the group kill of reap.go misses it. The runner is therefore a child subreaper
// (PR_SET_CHILD_SUBREAPER): a process orphaned below it becomes its child,
// not init's. When no program is running, every child of the runner is such
// an orphan, and ReapOrphans kills it.

const prSetChildSubreaper = 36

var (
	subreaperOnce sync.Once
	activeMu      sync.Mutex
	active        = map[int]bool{} // pids of the running programs' processes
)

// becomeSubreaper makes this process the subreaper of what it starts.
func becomeSubreaper() {
	subreaperOnce.Do(func() {
		syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
	})
}

// finished records that a program's process has been waited for, and reaps
// the orphans when it was the last running one.
func finished(pid int) {
	activeMu.Lock()
	delete(active, pid)
	idle := len(active) == 0
	activeMu.Unlock()
	if idle {
		ReapOrphans()
	}
}

// ReapOrphans kills and waits for every child of this process that is not
// a running program and not in this process's group: orphans of finished
// programs that the subreaper inherited (the tools the runner starts itself,
// go build and go list, stay in its group). Call it when no program is
// running (runs do, when the last running one ends).
func ReapOrphans() {
	group := syscall.Getpgrp()
	for _, pid := range children() {
		if pgid, err := syscall.Getpgid(pid); err != nil || pgid == group {
			continue
		}
		activeMu.Lock()
		running := active[pid]
		activeMu.Unlock()
		if running {
			continue
		}
		syscall.Kill(pid, syscall.SIGKILL)
		var ws syscall.WaitStatus
		syscall.Wait4(pid, &ws, 0, nil)
	}
}

// children lists the children of this process: the kernel keeps each
// thread's in /proc/self/task/TID/children (a few files, where scanning
// every process's /proc/PID/stat reads hundreds). Kernels built without
// those files get the scan.
func children() []int {
	pids, ok := childrenOf("self")
	if !ok {
		return childrenByScan()
	}
	return pids
}

// childrenOf lists the children of the process pid ("self" for this one)
// from its threads' children files; ok is false when the kernel has none.
func childrenOf(pid string) (pids []int, ok bool) {
	dir := "/proc/" + pid + "/task"
	tasks, err := os.ReadDir(dir)
	if err != nil {
		return nil, false
	}
	for _, t := range tasks {
		b, err := os.ReadFile(dir + "/" + t.Name() + "/children")
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && pid == "self" {
				return nil, false
			}
			continue
		}
		for _, f := range strings.Fields(string(b)) {
			if c, err := strconv.Atoi(f); err == nil {
				pids = append(pids, c)
			}
		}
	}
	return pids, true
}

// childrenByScan lists the children of this process from every process's
// /proc/PID/stat.
func childrenByScan() []int {
	self := strconv.Itoa(os.Getpid())
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var pids []int
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses.
		s := string(b)
		end := strings.LastIndexByte(s, ')')
		if end < 0 {
			continue
		}
		fields := strings.Fields(s[end+1:]) // state ppid ...
		if len(fields) < 2 || fields[1] != self {
			continue
		}
		if pid, err := strconv.Atoi(strings.Fields(s)[0]); err == nil {
			pids = append(pids, pid)
		}
	}
	return pids
}
