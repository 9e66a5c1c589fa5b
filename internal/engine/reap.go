package engine

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Every process of a run carries the environment variable runTokenEnv with a
// value unique to the run, inherited by the worker's children and theirs.
// Killing the worker's process group reaches the processes that stayed in it;
// reap also finds those that left it (setsid, a new process group) by that
// token, so that no process of a program outlives its run.
const runTokenEnv = "CONCBOOK_RUN"

// killGroup sends SIGKILL to the process group pgid.
func killGroup(pgid int) {
	if pgid > 0 {
		syscall.Kill(-pgid, syscall.SIGKILL)
	}
}

// reap kills the process group and every process that carries token, until
// none is left or a second has passed.
func reap(pgid int, token string) {
	killGroup(pgid)
	needle := []byte(runTokenEnv + "=" + token + "\x00")
	deadline := time.Now().Add(time.Second)
	for {
		pids := processesWith(needle)
		if len(pids) == 0 || time.Now().After(deadline) {
			return
		}
		for _, pid := range pids {
			syscall.Kill(pid, syscall.SIGKILL)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// processesWith lists the live processes below this one whose
// environment contains needle (zombies, which have no environment left,
// are not listed). Every process a run started is below this one
// (subreaper.go); reading only those is much quicker than reading every
// process's environment.
func processesWith(needle []byte) []int {
	var pids []int
	for _, pid := range descendants() {
		env, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/environ")
		if err != nil || !bytes.Contains(append(env, 0), needle) {
			continue
		}
		pids = append(pids, pid)
	}
	return pids
}

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
