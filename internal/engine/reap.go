package engine

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Every process of a run starts in the run's process group: the worker or
// the program's binary leads it, and what the program starts stays in it
// unless it leaves (setsid, a new process group). Killing the group ends
// them; the runner, the subreaper of what it starts (subreaper.go), kills
// those that left it. Nothing marks the program's processes in their
// environment: the program must see the environment it was started with
// and nothing of the runner's.

// killGroup sends SIGKILL to the process group pgid.
func killGroup(pgid int) {
	if pgid > 0 {
		syscall.Kill(-pgid, syscall.SIGKILL)
	}
}

// reap kills the run's process group.
func reap(pgid int) { killGroup(pgid) }

// treeRSS is the resident memory, in bytes, of pid and its descendants.
func treeRSS(pid int) int64 {
	var total int64
	seen := map[int]bool{}
	var walk func(int)
	walk = func(p int) {
		if seen[p] || len(seen) > 4096 {
			return
		}
		seen[p] = true
		total += rss(p)
		b, err := os.ReadFile("/proc/" + strconv.Itoa(p) + "/task/" + strconv.Itoa(p) + "/children")
		if err != nil {
			return
		}
		for _, f := range strings.Fields(string(b)) {
			if c, err := strconv.Atoi(f); err == nil {
				walk(c)
			}
		}
	}
	walk(pid)
	return total
}

var pageSize = int64(os.Getpagesize())

// rss reads the resident set of one process from /proc/PID/statm.
func rss(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.ParseInt(f[1], 10, 64)
	return n * pageSize
}
