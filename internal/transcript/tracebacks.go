package transcript

import (
	"regexp"
	"strings"
	"sync"
)

// A Go traceback names goroutines by number and lists their frames, with
// paths and offsets that differ between machines, builds and engines:
//
//	panic: boom
//
//	goroutine 19 [running]:
//	main.worker(0x3)
//		/tmp/x/main.go:12 +0x1d
//	created by main.main in goroutine 1
//		/tmp/x/main.go:20 +0x45
//	exit status 2
//
// A transcript that -update writes keeps the goroutine line and puts
// "-- skip --" in place of what follows it in the traceback: frames, blank
// lines and the other goroutines with their frames. A goroutine number other
// than 1 (main's) becomes {{int N}}. So the transcript above is written
//
//	panic: boom
//
//	goroutine {{int 19}} [running]:
//	-- skip --
//	exit status 2
//
// A goroutine line starts a traceback when frames follow it, or when it
// follows a blank line after a "panic: " or "fatal error: " line (the
// interpreter's traceback has no frames of the program).

var (
	goroutineLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^goroutine (\d+) (\[[^\]]*\]:)$`) })
	frameCall     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\S+\(.*\)$`) })
	createdBy     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^created by \S+`) })
)

// isFrame reports whether an output line is part of a goroutine's frames.
func isFrame(l string) bool {
	return strings.HasPrefix(l, "\t") || frameCall().MatchString(l) || createdBy().MatchString(l) ||
		l == "...additional frames elided..."
}

// tracebackLines marks in out the goroutine lines that start a traceback
// (header) and the lines that follow them in it (rest): frames, blank lines
// and further goroutines, up to the last frame.
func tracebackLines(out []string) (header, rest []bool) {
	header, rest = make([]bool, len(out)), make([]bool, len(out))
	crashed := false
	for j := 0; j < len(out); j++ {
		l := out[j]
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			crashed = true
			continue
		}
		framed := j+1 < len(out) && isFrame(out[j+1])
		if !goroutineLine().MatchString(l) || !framed && !(crashed && j > 0 && out[j-1] == "") {
			continue
		}
		header[j] = true
		end := j + 1
		for k := j + 1; k < len(out); k++ {
			if isFrame(out[k]) || goroutineLine().MatchString(out[k]) {
				end = k + 1
			} else if out[k] != "" {
				break
			}
		}
		for k := j + 1; k < end; k++ {
			rest[k] = true
		}
		j = end - 1
	}
	return header, rest
}

// skipTracebacks rewrites the tracebacks among the lines written from the
// output (not those kept from a transcript, nor lines inside a block): a
// goroutine number other than 1 becomes {{int N}}, and the lines after the
// goroutine line become one "-- skip --".
func skipTracebacks(lines []mergedLine, out []string) []mergedLine {
	header, rest := tracebackLines(out)
	var res []mergedLine
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		if l.out < 0 || l.block {
			res = append(res, l)
			continue
		}
		if rest[l.out] {
			// A run of written traceback lines: one skip, unless a kept
			// skip is beside it.
			for k+1 < len(lines) && lines[k+1].out >= 0 && !lines[k+1].block && rest[lines[k+1].out] {
				k++
			}
			nextSkip := k+1 < len(lines) && lines[k+1].skip
			if !nextSkip && (len(res) == 0 || !res[len(res)-1].skip) {
				res = append(res, mergedLine{text: "-- skip --", out: -1, skip: true})
			}
			continue
		}
		if header[l.out] {
			m := goroutineLine().FindStringSubmatch(out[l.out])
			if m[1] != "1" {
				l.text = "goroutine {{int " + m[1] + "}} " + strings.ReplaceAll(m[2], "{{", "{{{{")
			}
			res = append(res, l)
			// A traceback without frames (the interpreter's): the skip
			// stands for the frames another engine prints.
			if !(k+1 < len(lines) && (lines[k+1].skip || lines[k+1].out >= 0 && rest[lines[k+1].out])) {
				res = append(res, mergedLine{text: "-- skip --", out: -1, skip: true})
			}
			continue
		}
		res = append(res, l)
	}
	return res
}
