package lower

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"

	"github.com/concbook/concurrency/internal/typecheck"
)

// testCallsRule, for a test program (TestProgram), makes the testing
// package's messages name the lines Go names. t.Log, t.Errorf, t.Fatal and
// the others prefix their message with the file and line of their caller,
// found with runtime.Callers: under yaegi that caller is the interpreter,
// not the program. The rule hands each such call its position, taken from
// the //line directives as the compiler takes it:
//
//	t.Errorf("got %d", n)   becomes   __rt.TestPrintf(t, "11-testing.md:42", "Errorf")("got %d", n)
//	t.Log("done")           becomes   __rt.TestPrint(t, "11-testing.md:43", "Log")("done")
//
// The worker's helper writes "POS: message" to t.Output(), as t.Log does,
// then fails, stops or skips the test as the method does. It formats with
// compiled fmt, so a call with operands that compiled fmt prints otherwise
// than Go (values of the program's types with methods, see fmtcalls.go) is
// refused, as are what the rule cannot place: t.Helper (the message would
// name the helper's line), method values of these methods, and TestMain,
// examples and fuzz tests, which the worker does not run.
func testCallsRule(p *program) error {
	if !p.test {
		return nil
	}
	for _, d := range p.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil {
			continue
		}
		name := fd.Name.Name
		if name == "main" {
			// go test never runs a test file's main; yaegi would, after
			// the inits: it becomes a function of another name.
			p.replace(fd.Name.Pos(), fd.Name.End(), p.name("__mainOfTest"))
			continue
		}
		if name == "TestMain" || typecheck.IsTestName(name, "Example") || typecheck.IsTestName(name, "Fuzz") {
			return p.errorf(fd.Name.Pos(), "unsupported: %s in a test program: the runner runs its Test functions only (go test would run it too)", name)
		}
	}
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		method, ok := testingMethod(p.info, sel)
		if !ok {
			return true
		}
		var call *ast.CallExpr
		if len(stack) > 0 {
			if c, ok := stack[len(stack)-1].(*ast.CallExpr); ok && c.Fun == sel {
				call = c
			}
		}
		switch {
		case method == "Helper":
			err = p.errorf(sel.Sel.Pos(), "unsupported: t.Helper in a test program: the runner would name the helper's line in its messages; report from the test function itself")
			return false
		case call == nil:
			err = p.errorf(sel.Sel.Pos(), "unsupported: the method value %s: call it", p.text(sel))
			return false
		}
		kind, helper := "Println", "TestPrint"
		if method[len(method)-1] == 'f' {
			kind, helper = "Printf", "TestPrintf"
		}
		needs, nerr := p.fmtNeeds(fmtCall{call: call, kind: kind, out: "sprint"})
		if nerr != nil {
			err = nerr
			return false
		}
		for _, need := range needs {
			if need {
				err = p.errorf(call.Lparen, "unsupported: %s with an operand of the program's types that the worker's fmt cannot print here; format it first with fmt.Sprint", p.text(sel))
				return false
			}
		}
		pos := p.fset.Position(call.Lparen)
		where := filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
		p.insert(sel.X.Pos(), p.rt()+"."+helper+"(")
		p.replace(sel.X.End(), sel.Sel.End(), ", "+strconv.Quote(where)+", "+strconv.Quote(method)+")")
		return true
	})
	return err
}

// testingOutputMethods are the methods of testing's T, B, F and TB that
// write a message prefixed with their caller's position, and Helper.
var testingOutputMethods = map[string]bool{
	"Log": true, "Logf": true, "Error": true, "Errorf": true,
	"Fatal": true, "Fatalf": true, "Skip": true, "Skipf": true, "Helper": true,
}

// testingMethod reports whether sel selects one of testingOutputMethods of
// a value of testing's types.
func testingMethod(info *types.Info, sel *ast.SelectorExpr) (string, bool) {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || !testingOutputMethods[sel.Sel.Name] {
		return "", false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "testing" {
		return "", false
	}
	return sel.Sel.Name, true
}
