package lower

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// A crash prints the program's frames as a Go traceback does: each
// function by its Go name, main.work, main.T.m, main.(*T).m,
// main.main.func1, main.main.func1.2 (the closures of a function are
// numbered in the order of the source, those of a closure after its name),
// main.init.func1 for a closure at the package level. The interpreter knows
// where each function it unwinds is declared, in the lowered program, but
// not its Go name, which the lowering's own functions and closures would
// change. The lowering appends to the program, after its last line, one
// comment for each function of the program's own source:
//
//	//concbook:func	NAME	ARGS	FILE:LINE:COL
//
// fields separated by tabs: the function's Go name, "()" when it has no
// receiver and no parameters (Go prints main.main()) and "(...)" otherwise
// (Go's arguments cannot be matched), and the position of its func keyword
// in the lowered program, as the interpreter reports it (its //line
// directives applied). The worker's crash.go reads them; a frame of a
// function that has none (the lowering's) is not the program's and is not
// printed.

// funcNamePrefix starts each comment of the table.
const funcNamePrefix = "//concbook:func\t"

// funcName is a function of the program's source and its Go name.
type funcName struct {
	node   ast.Node  // *ast.FuncDecl or *ast.FuncLit
	funcAt token.Pos // its func keyword
	name   string
	noArgs bool
}

// funcNames names the program's functions, in the order of the source,
// and records the function each go statement is in (goCreators).
func (p *program) funcNames() []funcName {
	if p.fnames != nil {
		return p.fnames
	}
	pkg := "main."
	type outer struct {
		name     string
		closures int
		ranges   int
		lit      bool
		by       string // the goroutine it runs in, if known: "1" in main, __gid in a go statement's literal
	}
	initClosures := &outer{name: pkg + "init"}
	inits := 0
	var stack []*outer
	var names []funcName
	p.goCreators = map[*ast.GoStmt]goCreator{}
	goBodies := map[*ast.FuncLit]bool{}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			name := pkg + funcDeclName(x)
			if orig, ok := p.copyOf[x.Name.Name]; ok && x.Recv == nil {
				name = pkg + orig + "[...]" // a copy of a generic function (instances.go)
			}
			if x.Recv == nil && x.Name.Name == "init" {
				name = fmt.Sprintf("%sinit.%d", pkg, inits)
				inits++
			}
			noArgs := x.Recv == nil && x.Type.Params.NumFields() == 0
			names = append(names, funcName{node: x, funcAt: x.Type.Func, name: name, noArgs: noArgs})
			by := ""
			if x.Recv == nil && x.Name.Name == "main" && !p.test {
				by = "1"
			}
			stack = append(stack, &outer{name: name, by: by})
			if x.Body != nil {
				ast.Inspect(x.Body, visit)
			}
			stack = stack[:len(stack)-1]
			return false
		case *ast.FuncLit:
			o := initClosures
			if len(stack) > 0 {
				o = stack[len(stack)-1]
			}
			o.closures++
			name := o.name + ".func" + strconv.Itoa(o.closures)
			if o.lit {
				name = o.name + "." + strconv.Itoa(o.closures)
			}
			names = append(names, funcName{node: x, funcAt: x.Type.Func, name: name, noArgs: x.Type.Params.NumFields() == 0})
			by := ""
			if goBodies[x] {
				by = "__gid" // crash.go's parameter: the goroutine's number
			}
			stack = append(stack, &outer{name: name, lit: true, by: by})
			ast.Inspect(x.Body, visit)
			stack = stack[:len(stack)-1]
			return false
		case *ast.GoStmt:
			if lit, ok := ast.Unparen(x.Call.Fun).(*ast.FuncLit); ok {
				goBodies[lit] = true
			}
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				p.goCreators[x] = goCreator{fn: o.name, by: o.by}
			} else {
				p.goCreators[x] = goCreator{fn: initClosures.name}
			}
		case *ast.RangeStmt:
			if len(stack) > 0 && p.isRangeFunc(x) {
				// Go names the loop's body, a function of its own, after
				// the function the loop is in: main.main-range1.
				o := stack[len(stack)-1]
				o.ranges++
				p.rangeBodies = append(p.rangeBodies, rangeBody{for_: x.For, name: o.name + "-range" + strconv.Itoa(o.ranges)})
			}
		}
		return true
	}
	for _, d := range p.file.Decls {
		ast.Inspect(d, visit)
	}
	p.fnames = names
	return names
}

// rangeBody is a loop over a function, whose body rangefunc.go makes a
// function literal on the loop's first line, and Go's name for it.
type rangeBody struct {
	for_ token.Pos
	name string
}

// funcDeclName is a declared function's name after the package's:
// f, f[...], T.m, (*T).m, T[...].m, (*T[...]).m.
func funcDeclName(fd *ast.FuncDecl) string {
	name := fd.Name.Name
	if fd.Type.TypeParams != nil {
		name += "[...]"
	}
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return name
	}
	t := fd.Recv.List[0].Type
	ptr := false
	if s, ok := t.(*ast.StarExpr); ok {
		ptr, t = true, s.X
	}
	recv := ""
	switch r := t.(type) {
	case *ast.Ident:
		recv = r.Name
	case *ast.IndexExpr:
		recv = exprName(r.X) + "[...]"
	case *ast.IndexListExpr:
		recv = exprName(r.X) + "[...]"
	}
	if ptr {
		recv = "(*" + recv + ")"
	}
	return recv + "." + fd.Name.Name
}

func exprName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

// goCreator is where a go statement is: the Go name of the function it is
// in and the expression that is the number of the goroutine running it,
// where the source tells: 1 in main's body, __gid (crash.go's parameter)
// in the body of a go statement's literal; "" elsewhere (the worker looks
// the goroutine up, which costs a traceback of its stack).
type goCreator struct {
	fn string
	by string
}

// newGoroutineCall is the call that numbers the goroutine a go statement
// starts (see runner/worker/goroutines.go) and records where it was
// created, for the "created by" lines of a crash.
func (p *program) newGoroutineCall(g *ast.GoStmt) string {
	p.funcNames()
	c := p.goCreators[g]
	pos := p.fset.Position(g.Go)
	return fmt.Sprintf("%s.NewGoroutineAt(%q, %q, %d, %s)", p.rt(), c.fn, pos.Filename, pos.Line, cmp.Or(c.by, "0"))
}

// funcTable is the comments that name the program's functions in out, the
// lowered program, given the edits that made it from the source.
func (p *program) funcTable(out []byte) (string, error) {
	names := p.funcNames()
	if len(names) == 0 {
		return "", nil
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, p.fset.File(p.file.Pos()).Name(), out, parser.SkipObjectResolution)
	if err != nil {
		return "", fmt.Errorf("lower: the lowered program does not parse: %w", err)
	}
	tf := fset.File(f.Pos())
	var b strings.Builder
	named := map[int]bool{} // final offsets of the source's functions
	for _, fn := range names {
		off := p.finalOffset(p.offset(fn.funcAt))
		if off < 0 || off+len("func") > len(out) || string(out[off:off+len("func")]) != "func" {
			continue // rewritten: its frames are not named
		}
		named[off] = true
		args := "(...)"
		if fn.noArgs {
			args = "()"
		}
		fmt.Fprintf(&b, "%s%s\t%s\t%s\n", funcNamePrefix, fn.name, args, fset.Position(tf.Pos(off)))
	}
	// The body of a loop over a function is the first literal the
	// lowering wrote on the loop's first line.
	bodies := p.rangeBodies
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || len(bodies) == 0 || named[tf.Offset(lit.Type.Func)] {
			return len(bodies) > 0
		}
		at, want := fset.Position(lit.Type.Func), p.fset.Position(bodies[0].for_)
		if at.Filename == want.Filename && at.Line == want.Line {
			fmt.Fprintf(&b, "%s%s\t(...)\t%s\n", funcNamePrefix, bodies[0].name, at)
			bodies = bodies[1:]
		}
		return true
	})
	return b.String(), nil
}

// finalOffset is where the source's offset off is in the lowered program,
// the edits made (sorted, as apply sorts them): text inserted at off comes
// before it. -1 if an edit replaced it.
func (p *program) finalOffset(off int) int {
	delta := 0
	for _, e := range p.edits {
		switch {
		case e.off > off:
			return off + delta
		case e.off <= off && off < e.end:
			return -1
		default: // before off, or inserted at off
			delta += len(e.text) - (e.end - e.off)
		}
	}
	return off + delta
}
