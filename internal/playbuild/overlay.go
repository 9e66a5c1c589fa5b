package playbuild

import (
	"bytes"
	"fmt"
)

// lockJSAnchor is the start of beforeIdle in GOROOT's runtime/lock_js.go
// (Go 1.26). The patch goes right after it; if the upstream text changes,
// PatchLockJS fails rather than build a runtime that hangs.
const lockJSAnchor = "func beforeIdle(now, pollUntil int64) (gp *g, otherReady bool) {\n\tdelay := int64(-1)\n"

// lockJSPatch makes the scheduler, when it goes idle under faketime with a
// timer pending (pollUntil) and no JS event being handled (or only one
// whose Go handler has returned and waits for Go to go idle), jump the
// fake clock to the timer and look for work again, as checkdead does on
// other platforms, instead of handing control to JS with a real
// setTimeout. With no timer pending it goes on as before: the page then
// sees Go pause with nothing scheduled, a deadlock, and resumes it with
// event 0 so that the runtime reports it (play/worker.js). The program may
// run during a call from JS (concbookStart, runner/worker/main_js.go):
// that call then returns when the program exits or deadlocks.
const lockJSPatch = `func beforeIdle(now, pollUntil int64) (gp *g, otherReady bool) {
	// concbook: the playground's clock on js/wasm (internal/playbuild).
	if faketime != 0 && pollUntil != 0 && (len(events) == 0 || events[len(events)-1].returned) {
		if pollUntil > faketime {
			faketime = pollUntil
		}
		return nil, true
	}
	delay := int64(-1)
`

// PatchLockJS applies the faketime patch to the text of runtime/lock_js.go.
func PatchLockJS(src []byte) ([]byte, error) {
	if n := bytes.Count(src, []byte(lockJSAnchor)); n != 1 {
		return nil, fmt.Errorf("runtime/lock_js.go: the start of beforeIdle occurs %d times, want once: the Go release changed the file; update internal/playbuild/overlay.go", n)
	}
	return bytes.Replace(src, []byte(lockJSAnchor), []byte(lockJSPatch), 1), nil
}
