package lower

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// boundsRule gives an index or a slice expression out of range the
// runtime's panic. yaegi's says "reflect: slice index out of range", with
// neither the index nor the length; the rule checks the bounds first, with
// helpers that panic with the runtime error Go would (a runtime.Error):
//
//	s[i]       becomes   s[__ix(i, len(s))]               runtime error: index out of range [5] with length 3
//	s[lo:hi]   becomes   s[lo:__sl2(lo, hi, cap(s), 2)]   runtime error: slice bounds out of range [:5] with capacity 3
//
// The operand is evaluated again for its length, so the rule leaves alone
// expressions whose operand or bounds have side effects (calls, receives)
// or hold other rules' edits, and map indexes. A check costs an
// interpreted call, ten times an index: inside a loop, an index or bound
// that is a variable or a constant is left alone (a matrix product went
// 20 times slower), but for the off-by-one of a loop up to i <= len(s).
func boundsRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && p.info.Types[e].Value != nil {
			// A constant expression is not evaluated: len(s[10]) of an s
			// of type [][30]int is 30, and a check inside it would be a
			// call, which no constant may hold.
			return false
		}
		switch x := n.(type) {
		case *ast.IndexExpr:
			p.boundsIndex(x, stack)
		case *ast.SliceExpr:
			if loop := innerLoop(stack); loop != nil && simpleBound(x.Low) && simpleBound(x.High) && simpleBound(x.Max) {
				return true // in a loop: the cheap case is left alone
			}
			p.boundsSlice(x)
		}
		return true
	})
	return nil
}

// indexable tells whether e is a string, array, pointer to array or slice
// whose bounds the rule checks, and whether slicing it bounds by capacity.
func (p *program) indexable(e ast.Expr) (ok, byCap bool) {
	t := p.info.TypeOf(e)
	if t == nil {
		return false, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return true, true
	case *types.Array:
		return true, false
	case *types.Pointer:
		_, isArr := u.Elem().Underlying().(*types.Array)
		return isArr, false
	case *types.Basic:
		return u.Info()&types.IsString != 0, false
	}
	return false, false
}

// pure reports whether evaluating e again has no effect and costs little.
func (p *program) pure(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		_, isFunc := p.info.Uses[x].(*types.Func)
		return !isFunc
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return p.pure(x.X)
	case *ast.SelectorExpr:
		if _, pkg := p.info.Uses[calleeIdent(x.X)].(*types.PkgName); pkg {
			return true
		}
		s, ok := p.info.Selections[x]
		return ok && s.Kind() == types.FieldVal && p.pure(x.X)
	case *ast.StarExpr:
		return p.pure(x.X)
	case *ast.IndexExpr:
		return p.pure(x.X) && p.pure(x.Index)
	case *ast.BinaryExpr:
		return p.pure(x.X) && p.pure(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && p.pure(x.X)
	}
	return false
}

// boundsText is e's source, if it can be evaluated again where it stands.
func (p *program) boundsText(e ast.Expr) (string, bool) {
	if !p.pure(e) || p.editedIn(e.Pos(), e.End()) || p.fset.Position(e.Pos()).Line != p.fset.Position(e.End()).Line {
		return "", false
	}
	return p.text(e), true
}

// intArg is the bound e as an int argument of the helpers.
func (p *program) intArg(e ast.Expr, text string) string {
	if b, ok := p.info.TypeOf(e).Underlying().(*types.Basic); ok && (b.Kind() == types.Int || b.Kind() == types.UntypedInt) {
		return text
	}
	return "int(" + text + ")"
}

func (p *program) boundsIndex(x *ast.IndexExpr, stack []ast.Node) {
	if tv, ok := p.info.Types[x.X]; !ok || tv.IsType() {
		return
	}
	if _, inst := p.info.Instances[calleeIdent(x.X)]; inst {
		return
	}
	ok, _ := p.indexable(x.X)
	if !ok {
		return
	}
	if tv := p.info.Types[x.Index]; tv.Value != nil {
		if _, isArr := p.info.TypeOf(x.X).Underlying().(*types.Array); isArr {
			return // checked by the compiler
		}
		if v, exact := constant.Int64Val(tv.Value); exact && v < 0 {
			return
		}
	}
	if p.safeIndex(x, stack) {
		return
	}
	if loop := innerLoop(stack); loop != nil && simpleBound(x.Index) && !p.offByOne(loop, x) {
		// A check costs an interpreted call, ten times the index: in a
		// loop only the suspicious indexes get one.
		return
	}
	s, ok := p.boundsText(x.X)
	if !ok || p.fset.Position(x.Index.Pos()).Line != p.fset.Position(x.Index.End()).Line {
		return
	}
	h := p.boundsHelpers()
	idx := x.Index
	conv := ""
	if b, ok := p.info.TypeOf(idx).Underlying().(*types.Basic); !ok || (b.Kind() != types.Int && b.Kind() != types.UntypedInt) {
		conv = "int("
	}
	p.insertOuter(idx.Pos(), h+"("+conv)
	closing := ", len(" + s + "))"
	if conv != "" {
		closing = ")" + closing
	}
	p.insert(idx.End(), closing)
}

// safeIndex reports whether a loop around x keeps its index in range.
func (p *program) safeIndex(x *ast.IndexExpr, stack []ast.Node) bool {
	id, ok := ast.Unparen(x.Index).(*ast.Ident)
	sid, ok2 := ast.Unparen(x.X).(*ast.Ident)
	if !ok || !ok2 {
		return false
	}
	iObj, sObj := p.info.Uses[id], p.info.Uses[sid]
	if iObj == nil || sObj == nil {
		return false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		switch l := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.RangeStmt:
			key, ok := l.Key.(*ast.Ident)
			rx, ok2 := ast.Unparen(l.X).(*ast.Ident)
			if ok && ok2 && l.Tok == token.DEFINE && p.info.Defs[key] == iObj && p.info.Uses[rx] == sObj {
				return !p.assignedIn(iObj, l.Body).IsValid() && !p.assignedIn(sObj, l.Body).IsValid()
			}
		case *ast.ForStmt:
			init, ok := l.Init.(*ast.AssignStmt)
			cond, ok2 := l.Cond.(*ast.BinaryExpr)
			post, ok3 := l.Post.(*ast.IncDecStmt)
			if !ok || !ok2 || !ok3 || len(init.Lhs) != 1 || len(init.Rhs) != 1 || init.Tok != token.DEFINE || post.Tok != token.INC {
				continue
			}
			if key, ok := init.Lhs[0].(*ast.Ident); !ok || p.info.Defs[key] != iObj {
				continue
			}
			if tv := p.info.Types[init.Rhs[0]]; tv.Value == nil || constant.Sign(tv.Value) < 0 {
				return false
			}
			ci, ok := cond.X.(*ast.Ident)
			call, ok2 := cond.Y.(*ast.CallExpr)
			if !ok || !ok2 || cond.Op != token.LSS || p.info.Uses[ci] != iObj || !p.isBuiltin(call, "len") || len(call.Args) != 1 {
				return false
			}
			if lid, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || p.info.Uses[lid] != sObj {
				return false
			}
			pid, ok := post.X.(*ast.Ident)
			return ok && p.info.Uses[pid] == iObj && !p.assignedIn(iObj, l.Body).IsValid() && !p.assignedIn(sObj, l.Body).IsValid()
		}
	}
	return false
}

func (p *program) boundsSlice(x *ast.SliceExpr) {
	ok, byCap := p.indexable(x.X)
	if !ok || (x.Low == nil && x.High == nil) {
		return
	}
	s, ok := p.boundsText(x.X)
	if !ok {
		return
	}
	text := func(e ast.Expr, def string) (string, bool) {
		if e == nil {
			return def, true
		}
		t, ok := p.boundsText(e)
		if !ok {
			return "", false
		}
		return p.intArg(e, t), true
	}
	lo, ok1 := text(x.Low, "0")
	hi, ok2 := text(x.High, "len("+s+")")
	if !ok1 || !ok2 {
		return
	}
	max, code := "len("+s+")", 1
	if byCap {
		max, code = "cap("+s+")", 2
	}
	h := p.boundsHelpers()
	if x.Slice3 {
		if _, ok := text(x.Max, ""); !ok {
			return
		}
		p.insertOuter(x.Max.Pos(), fmt.Sprintf("%s3(%s, %s, ", h, lo, hi))
		p.insert(x.Max.End(), fmt.Sprintf(", %s, %d)", max, code+3))
		return
	}
	if x.High != nil {
		p.insertOuter(x.High.Pos(), fmt.Sprintf("%s2(%s, ", h, lo))
		p.insert(x.High.End(), fmt.Sprintf(", %s, %d)", max, code))
		return
	}
	p.insertOuter(x.Low.Pos(), h+"2lo(")
	p.insert(x.Low.End(), fmt.Sprintf(", %s, %s, %d)", hi, max, code))
}

// boundsHelpers declares the helpers once and returns the prefix of their
// names: __ixN, __ixN2, __ixN2lo, __ixN3.
func (p *program) boundsHelpers() string {
	rt := p.rt()
	return p.helper("bounds", "__ix", func(n string) string {
		return fmt.Sprintf(`func %[1]s(i, n int) int {
	if i < 0 || i >= n {
		panic(%[2]s.BoundsError(0, i, n))
	}
	return i
}

func %[1]s2(lo, hi, max, code int) int {
	if hi < 0 || hi > max {
		panic(%[2]s.BoundsError(code, hi, max))
	}
	if lo < 0 || lo > hi {
		panic(%[2]s.BoundsError(3, lo, hi))
	}
	return hi
}

func %[1]s2lo(lo, hi, max, code int) int {
	%[1]s2(lo, hi, max, code)
	return lo
}

func %[1]s3(lo, hi, m, max, code int) int {
	if m < 0 || m > max {
		panic(%[2]s.BoundsError(code, m, max))
	}
	if hi < 0 || hi > m {
		panic(%[2]s.BoundsError(6, hi, m))
	}
	if lo < 0 || lo > hi {
		panic(%[2]s.BoundsError(7, lo, hi))
	}
	return m
}
`, n, rt)
	})
}

// innerLoop is the innermost loop around the node whose ancestors are
// stack, in its function, or nil.
func innerLoop(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch l := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.ForStmt, *ast.RangeStmt:
			return l
		}
	}
	return nil
}

// simpleBound reports whether a bound is absent, a variable or a constant.
func simpleBound(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case nil, *ast.Ident, *ast.BasicLit:
		return true
	}
	return e == nil
}

// offByOne reports whether loop runs its variable, the index of x, up to
// i <= len(s) of the indexed s.
func (p *program) offByOne(loop ast.Node, x *ast.IndexExpr) bool {
	f, ok := loop.(*ast.ForStmt)
	if !ok {
		return false
	}
	cond, ok := f.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.LEQ {
		return false
	}
	ci, ok1 := ast.Unparen(cond.X).(*ast.Ident)
	ii, ok2 := ast.Unparen(x.Index).(*ast.Ident)
	call, ok3 := ast.Unparen(cond.Y).(*ast.CallExpr)
	if !ok1 || !ok2 || !ok3 || p.info.Uses[ci] != p.info.Uses[ii] || !p.isBuiltin(call, "len") || len(call.Args) != 1 {
		return false
	}
	return p.text(call.Args[0]) == p.text(x.X)
}
