package engine

import "strings"

// Under the virtual clock (faketime) the Go runtime's clock stands still
// while a program computes, and its concurrent garbage collector starves:
// with GOMAXPROCS below 4, marking falls to a fractional worker that
// stops as soon as it starts (its share of the time elapsed since the
// cycle began is undefined when none has elapsed), so a cycle ends only
// through the allocating goroutines' assists, far behind the heap. An
// interpreted program whose live heap is 2 MB then grows to hundreds of
// megabytes in seconds and dies "over the limit of 1GiB" where go run
// uses 30 MB (measured with test/divmod.go cut down: 175 MB after 13 s,
// against 25 MB with this setting, which ran no slower). A collection
// that stops the world marks with every P and takes no virtual time, so
// it costs the program nothing it could observe.
//
// The interpreter's worker is started with it in GODEBUG, which the
// runtime reads once at start, and puts the program's own GODEBUG back
// from WorkerGODEBUG (runner/worker, godebug.go), so that the program sees what go run
// would give it.
const virtualGCDebug = "gcstoptheworld=1"

// WorkerGODEBUG names the variable that carries the program's own GODEBUG
// to the worker: "=" and its value, or empty when it was unset (the
// worker's restoreGODEBUG reads it).
const WorkerGODEBUG = "CONCBOOK_GODEBUG"

// withVirtualGC returns env with GODEBUG set for a virtual-clock worker,
// and the program's own GODEBUG in WorkerGODEBUG. The program's settings
// are kept, and win where they set gcstoptheworld themselves.
func withVirtualGC(env []string) []string {
	out := make([]string, 0, len(env)+2)
	own := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			own = "=" + v
			continue
		}
		if strings.HasPrefix(kv, WorkerGODEBUG+"=") {
			continue
		}
		out = append(out, kv)
	}
	debug := virtualGCDebug
	if v := strings.TrimPrefix(own, "="); strings.Contains(","+v, ",gcstoptheworld=") {
		debug = v
	} else if v != "" {
		debug += "," + v
	}
	return append(out, "GODEBUG="+debug, WorkerGODEBUG+"="+own)
}
