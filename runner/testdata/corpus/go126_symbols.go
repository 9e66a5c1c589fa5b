package main

import (
	"fmt"
	"maps"
	"runtime"
	"runtime/trace"
	"slices"
	"strings"
)

// Symbols that Go 1.23-1.26 added to packages yaegi v0.16.1 already had.
func main() {
	runtime.SetDefaultGOMAXPROCS()
	fr := trace.NewFlightRecorder(trace.FlightRecorderConfig{})
	fmt.Println("flight recorder:", fr != nil, fr.Enabled())
	for l := range strings.Lines("a\nb\n") {
		fmt.Printf("%q\n", l)
	}
	for f := range strings.FieldsSeq(" x  y ") {
		fmt.Println(f)
	}
	for part := range strings.SplitSeq("1,2,3", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)))
}
