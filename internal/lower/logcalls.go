package lower

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
)

// logCallsRule makes log's messages name the lines Go names. With
// log.Lshortfile or log.Llongfile, a logger writes its caller's file and
// line, found with runtime.Caller: under yaegi that caller is the
// interpreter (reflect's value.go). The rule hands each printing call of
// the log package, and of a *log.Logger, the logger for its position, taken
// from the //line directives as the compiler takes it:
//
//	log.Printf("n=%d", n)   becomes   __rt.LogAt(log.Default(), "/src/prog.go", 12).Printf("n=%d", n)
//	l.Println("done")       becomes   __rt.LogAt(l, "/src/prog.go", 13).Println("done")
//
// The worker's LogAt returns a logger for this one call, which writes what
// the logger writes, with its flags as they are when the call writes, and
// file:line in the header if they name a file. Output(calldepth, s) names its caller for a
// calldepth of 1, and, for any other (a caller further up, which the rule
// cannot see), the position Go writes when it cannot find one: ???:0. So
// does a deferred call (defer log.Println(x)), for which Go names the line
// where the function returns (or the runtime's panic), and a call a go
// statement starts (the runtime's goexit): the rule cannot know them, and
// ???:0 says so rather than name a line Go would not. A call that
// fmtcalls.go formats in a helper (deferred, or started by a go statement)
// gets its position there.
func logCallsRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || p.boundFmt[call] {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn := p.calleeFunc(call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "log" || !logPrinters[fn.Name()] {
			return true
		}
		deferred := false
		if len(stack) > 0 {
			switch st := stack[len(stack)-1].(type) {
			case *ast.DeferStmt:
				deferred = st.Call == call
			case *ast.GoStmt:
				deferred = st.Call == call
			}
		}
		file, line := p.logPosition(call, deferred)
		rt := p.rt()
		sig := fn.Type().(*types.Signature)
		if sig.Recv() != nil && !isLogger(p.info.TypeOf(sel.X)) {
			return true // a logger embedded in a value of another type: the position stays unknown
		}
		if sig.Recv() == nil {
			p.replace(sel.X.Pos(), sel.X.End(), rt+".LogAt("+p.importName("log")+".Default(), "+file+", "+line+")")
		} else {
			p.insert(sel.X.Pos(), rt+".LogAt(")
			p.insert(sel.X.End(), ", "+file+", "+line+")")
		}
		return true
	})
	return nil
}

// logPrinters are the functions of log, and the methods of *log.Logger,
// that write a message with their caller's position.
var logPrinters = map[string]bool{
	"Print": true, "Printf": true, "Println": true,
	"Fatal": true, "Fatalf": true, "Fatalln": true,
	"Panic": true, "Panicf": true, "Panicln": true,
	"Output": true,
}

// isLogger reports whether t is *log.Logger.
func isLogger(t types.Type) bool {
	return t != nil && types.TypeString(t, nil) == "*log.Logger"
}

// logPosition is the file and line, as Go literals, that a call of log's
// names: the call's own; Go's unknown position for a deferred call or one a
// go statement starts (Go names where the function returns, or the
// runtime's goexit or panic, which the rule cannot know) and for Output
// with a calldepth other than 1.
func (p *program) logPosition(call *ast.CallExpr, deferred bool) (file, line string) {
	if deferred {
		return `"???"`, "0"
	}
	if fn := p.calleeFunc(call); fn != nil && fn.Name() == "Output" && len(call.Args) == 2 {
		tv := p.info.Types[call.Args[0]]
		if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); tv.Value == nil || !exact || v != 1 {
			return `"???"`, "0"
		}
	}
	pos := p.fset.Position(call.Lparen)
	return strconv.Quote(pos.Filename), strconv.Itoa(pos.Line)
}
