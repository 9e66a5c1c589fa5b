package main

// rtExports are the worker functions that lowered programs call as
// __rt.NAME, besides Crash (see runtimeSymbols in run.go).
func rtExports(c *crasher) map[string]any {
	g := newGoroutines(c)
	return map[string]any{
		"Start":               g.Start,
		"NewGoroutine":        g.NewGoroutine,
		"Goroutine":           g.Goroutine,
		"GoroutineErr":        g.GoroutineErr,
		"CrashIn":             g.CrashIn,
		"CrashHere":           g.CrashHere,
		"CrashHereRepanicked": g.CrashHereRepanicked,
		"Goid":                Goid,
		"Unbox":               Unbox,
		"UnwrapN":             UnwrapN,
		"UnwrapI":             UnwrapI,
		"Same":                Same,
		"IsMethod":            IsMethod,
		"Compiled":            Compiled,
		"IsPointer":           IsPointer,
		"AsError":             AsError,
		"AsStringer":          AsStringer,
		"TypeName":            TypeName,
		"AssertionError":      AssertionError,
		"HasMethods":          HasMethods,
		"MissingMethod":       MissingMethod,
		"Unsupported":         Unsupported,
		"CallMethod":          CallMethod,
		"Unadapt":             Unadapt,
		"BoundsError":         BoundsError,
		"RangeState":          RangeState,
		"CtxKey":              CtxKey,
		"Equal":               Equal,
		"Describe":            Describe,
		"Repanicked":          Repanicked,
		"SameValue":           SameValue,
		"Print":               Print,
		"Println":             Println,
		"Iface":               MakeIface,
		"PrintValue":          PrintValue,
		"Select":              Select,
		"SelectRecv":          SelectRecv,
		"SelectSend":          SelectSend,
		"SelectDefault":       SelectDefault,
		"LogAt":               LogAt,
	}
}
