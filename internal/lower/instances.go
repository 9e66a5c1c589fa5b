package lower

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"sort"
	"strings"

	"github.com/concbook/concurrency/internal/typecheck"
)

// One body of a generic function serves every instance, under yaegi as
// under the rules here: a case T of a type switch, an assertion x.(T), a
// comparison of an interface value with a T, or generic code instantiated
// with an instance of a generic type, is a different thing in each
// instance, and the rules (typeswitch.go, equality.go, generics.go), which
// number the program's concrete types, refuse it. Where they do, the
// lowering gives the generic function one non-generic copy per instance,
// and lowers that program instead:
//
//   - each copy is the function's source with its type parameters' names
//     replaced by the type arguments' source, its type parameter list
//     removed and a new name, appended after the last line behind a //line
//     directive, so that errors, panics and runtime.Caller in the copy
//     name the original's lines; funcnames.go names its frames as Go
//     names the original's (main.F[...]);
//   - every instantiation (F[int](x), F(x) inferred, F[int] as a value)
//     calls the copy for its type arguments;
//   - the original declaration, dead once nothing instantiates it, is
//     blanked, its line breaks kept;
//   - what the type arguments make duplicate or impossible, which generic
//     code may hold and ordinary code may not (case T next to case int
//     with T int; case T, x.(T) with T string on an interface with
//     methods), is removed or made to fail as Go's does at run time
//     (duplicateCases, impossibleAssertions).
//
// A generic function G that instantiates F with its own type parameters
// (F[T] in G[T]) is copied too, and F's instances in G's copies get copies
// of their own in the next pass, up to a fixpoint.
//
// Which functions are copied is decided by the rules themselves: a
// program is lowered as it is, and only when a refusal lies in the body of
// a generic function (or, for generics.go, refuses its instantiation) is
// that function copied and the program lowered again. A program the rules
// take is lowered exactly as before. A type argument declared in a
// function is moved to the top level first (hoistTypes), as hoist.go
// would move it, so that the copies can name it. One the copies do not
// help (a copy that does not type-check, a type argument that cannot be
// written at the top level, such as a type declared in a function that
// uses the function's own declarations, or a refusal that has nothing to
// do with the instances) keeps its first refusal. Methods of
// generic types keep one body: copying the type would rename it, which %T
// and panics show.

// The bounds of the fixpoint: lowering attempts, passes of copying for
// one attempt, and copies in all.
const (
	maxInstanceRounds = 8
	maxInstancePasses = 8
	maxInstanceCopies = 64
)

// checked lowers a checked program, with copies of generic functions per
// instance where the rules refuse the generic one.
func checked(tp *typecheck.Program, test bool) ([]byte, error) {
	tp, err := renamePredeclaredValues(tp)
	if err != nil {
		return nil, err
	}
	out, err := lowerOnce(tp, test, nil)
	first, ok := err.(*Error)
	if !ok {
		return out, err
	}
	ic := &instanceCopies{copyOf: map[string]string{}, names: map[string]string{}, set: map[string]bool{}, taken: map[string]bool{}, impossible: map[string]bool{}}
	cur, e := tp, first
	for range maxInstanceRounds {
		fn := ic.toCopy(cur, e)
		if fn == "" || ic.set[fn] {
			return nil, first
		}
		ic.set[fn] = true
		saved := ic.clone()
		next, err := ic.copy(cur)
		if err != nil {
			// A type argument declared in a function cannot be written
			// in a copy at the top level: moved there first (as hoist.go
			// moves it anyway), it can. The failed pass's names go.
			hoisted, ok := hoistTypes(cur)
			if !ok {
				return nil, first
			}
			*ic = *saved
			if next, err = ic.copy(hoisted); err != nil {
				return nil, first
			}
		}
		cur = next
		out, err = lowerCopies(cur, test, ic)
		if err == nil {
			return out, nil
		}
		if e, ok = err.(*Error); !ok {
			return nil, first
		}
	}
	return nil, first
}

// lowerCopies lowers a program with copies. A rule that fails on the
// copies (a panic: an edit it cannot make there) leaves the program
// refused as it was without them.
func lowerCopies(tp *typecheck.Program, test bool, ic *instanceCopies) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("lower: with copies of generic functions: %v", r)
		}
	}()
	return lowerOnce(tp, test, ic)
}

// instanceCopies is the state of the copying across passes.
type instanceCopies struct {
	set    map[string]bool   // the generic functions to copy, by name
	names  map[string]string // "F\x00type args" -> the copy's name
	copyOf map[string]string // the copy's name -> the original's
	copies int
	after  string          // the //line directive after the copies
	taken  map[string]bool // the names freshName gave
	// impossible names the functions of impossibleAssertions
	impossible map[string]bool
}

// clone is a copy of the state, to go back to after a failed pass.
func (ic *instanceCopies) clone() *instanceCopies {
	c := *ic
	c.set, c.names, c.copyOf, c.taken, c.impossible = maps.Clone(ic.set), maps.Clone(ic.names), maps.Clone(ic.copyOf), maps.Clone(ic.taken), maps.Clone(ic.impossible)
	return &c
}

// toCopy names the top-level generic function (not a method) that a copy
// per instance may get past the refusal e: the one generics.go refuses to
// instantiate, or the one whose body holds e. "" if there is none.
func (ic *instanceCopies) toCopy(tp *typecheck.Program, e *Error) string {
	if f, ok := e.instantiated.(*types.Func); ok {
		if fd := genericFuncDecl(tp, f.Name()); fd != nil && tp.Info.Defs[fd.Name] == f.Origin() {
			return f.Name()
		}
		return ""
	}
	if fd := enclosingFuncDecl(tp.File, e.at); fd != nil && fd.Recv == nil && fd.Type.TypeParams != nil {
		return fd.Name.Name
	}
	return ""
}

// genericFuncDecl is the top-level generic function (not a method) named
// name, or nil.
func genericFuncDecl(tp *typecheck.Program, name string) *ast.FuncDecl {
	for _, d := range tp.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Name.Name == name {
			return fd
		}
	}
	return nil
}

// copy makes the copies of the functions of ic.set, pass after pass,
// until no function of the set is instantiated, and returns the checked
// program.
func (ic *instanceCopies) copy(tp *typecheck.Program) (*typecheck.Program, error) {
	for range maxInstancePasses {
		ip := &instancePass{ic: ic, tp: tp}
		src, changed, err := ip.run()
		if err != nil {
			return nil, err
		}
		if !changed {
			return tp, nil
		}
		if tp, err = tp.Recheck(src); err != nil {
			return nil, fmt.Errorf("lower: copies of generic functions: %w", err)
		}
	}
	return nil, fmt.Errorf("lower: copies of generic functions: no fixpoint after %d passes", maxInstancePasses)
}

// instancePass is one pass of the copying over a checked program.
type instancePass struct {
	ic      *instanceCopies
	tp      *typecheck.Program
	base    int
	decls   map[string]*ast.FuncDecl // the set's functions still declared
	parents map[ast.Node]ast.Node
	edits   []textEdit
	blanks  [][2]int
	appends []string
}

// textEdit replaces src[off:end] by text.
type textEdit struct {
	off, end int
	text     string
}

func (ip *instancePass) off(pos token.Pos) int { return int(pos) - ip.base }

// run returns the program's source with this pass's copies, redirections
// and blanked declarations, and whether it changed anything.
func (ip *instancePass) run() ([]byte, bool, error) {
	tp := ip.tp
	ip.base = tp.Fset.File(tp.File.Pos()).Base()
	ip.parents = map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(tp.File, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			ip.parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	if err := ip.closeSet(); err != nil {
		return nil, false, err
	}
	// The instantiations of the set's functions, in the order of the
	// source: those with concrete type arguments call a copy, which is
	// written once every call is redirected, the redirections inside it
	// made too.
	var ids []*ast.Ident
	for id := range tp.Info.Instances {
		if ip.instantiated(id) != nil {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	newCopies := map[string]bool{}
	outside := map[string]bool{} // functions instantiated with type parameters outside their own body
	var pending []pendingCopy
	for _, id := range ids {
		inst := tp.Info.Instances[id]
		fd := ip.instantiated(id)
		if !concrete(inst.TypeArgs) {
			if !(fd.Pos() <= id.Pos() && id.Pos() < fd.End()) {
				outside[fd.Name.Name] = true
			}
			continue
		}
		c, made, err := ip.copyFor(fd, inst.TypeArgs)
		if err != nil {
			return nil, false, err
		}
		if made {
			newCopies[fd.Name.Name] = true
			pending = append(pending, c)
		}
		if err := ip.redirect(id, c.name); err != nil {
			return nil, false, err
		}
	}
	for _, c := range pending {
		if err := ip.write(c); err != nil {
			return nil, false, err
		}
	}
	for name, fd := range ip.decls {
		if !newCopies[name] && !outside[name] {
			ip.blanks = append(ip.blanks, [2]int{ip.off(fd.Pos()), ip.off(fd.End())})
		}
	}
	if len(ip.edits) == 0 && len(ip.blanks) == 0 && len(ip.appends) == 0 {
		return tp.Src, false, nil
	}
	return ip.source(), true, nil
}

// closeSet adds to the set the generic functions that instantiate one of
// it with their own type parameters, until none does, and records the
// set's functions still declared. An instantiation with type parameters
// of something else (a method of a generic type) cannot be copied.
func (ip *instancePass) closeSet() error {
	tp := ip.tp
	ip.decls = map[string]*ast.FuncDecl{}
	for name := range ip.ic.set {
		if fd := genericFuncDecl(tp, name); fd != nil {
			ip.decls[name] = fd
		}
	}
	for grew := true; grew; {
		grew = false
		for id, inst := range tp.Info.Instances {
			if ip.instantiated(id) == nil || concrete(inst.TypeArgs) {
				continue
			}
			outer := enclosingFuncDecl(tp.File, id.Pos())
			if outer == nil || outer.Recv != nil || outer.Type.TypeParams == nil {
				return fmt.Errorf("lower: %s is instantiated with type parameters outside a generic function", id.Name)
			}
			if ip.decls[outer.Name.Name] == nil {
				ip.ic.set[outer.Name.Name] = true
				ip.decls[outer.Name.Name] = outer
				grew = true
			}
		}
	}
	return nil
}

// enclosingFuncDecl is the top-level function declaration at pos, or nil.
func enclosingFuncDecl(f *ast.File, pos token.Pos) *ast.FuncDecl {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
			return fd
		}
	}
	return nil
}

// concrete reports whether no type argument names a type parameter.
func concrete(args *types.TypeList) bool {
	for i := range args.Len() {
		if hasTypeParam(args.At(i)) {
			return false
		}
	}
	return true
}

// redirect makes the instantiation at id (F, F[int], F[int, string]) call
// the copy name.
func (ip *instancePass) redirect(id *ast.Ident, name string) error {
	var end token.Pos = id.End()
	switch x := ip.parents[id].(type) {
	case *ast.IndexExpr:
		if x.X == id {
			end = x.End()
		}
	case *ast.IndexListExpr:
		if x.X == id {
			end = x.End()
		}
	}
	off, e := ip.off(id.Pos()), ip.off(end)
	if bytes.ContainsRune(ip.tp.Src[off:e], '\n') {
		return fmt.Errorf("lower: the instantiation of %s at %s spans lines", id.Name, ip.tp.Fset.Position(id.Pos()))
	}
	ip.edits = append(ip.edits, textEdit{off, e, name})
	return nil
}

// pendingCopy is a copy of fd for the type arguments args, written as
// texts, named name.
type pendingCopy struct {
	fd    *ast.FuncDecl
	args  *types.TypeList
	texts []string
	name  string
}

// instantiated is the function of the set that id instantiates, or nil.
func (ip *instancePass) instantiated(id *ast.Ident) *ast.FuncDecl {
	f, ok := ip.tp.Info.Uses[id].(*types.Func)
	if !ok {
		return nil
	}
	fd := ip.decls[f.Name()]
	if fd == nil || ip.tp.Info.Defs[fd.Name] != f.Origin() {
		return nil
	}
	return fd
}

// copyFor returns fd's copy for the type arguments args, new (made) if
// no pass has made it yet.
func (ip *instancePass) copyFor(fd *ast.FuncDecl, args *types.TypeList) (c pendingCopy, made bool, err error) {
	c = pendingCopy{fd: fd, args: args}
	for i := range args.Len() {
		s, err := ip.typeArgText(args.At(i))
		if err != nil {
			return c, false, err
		}
		c.texts = append(c.texts, s)
	}
	key := fd.Name.Name + "\x00" + strings.Join(c.texts, "\x00")
	if n, ok := ip.ic.names[key]; ok {
		c.name = n
		return c, false, nil
	}
	if ip.ic.copies++; ip.ic.copies > maxInstanceCopies {
		return c, false, fmt.Errorf("lower: more than %d copies of generic functions", maxInstanceCopies)
	}
	c.name = ip.freshName(fd.Name.Name)
	ip.ic.names[key] = c.name
	ip.ic.copyOf[c.name] = fd.Name.Name
	return c, true, nil
}

// write appends the copy c: the function's source with its name, its
// type parameter list removed, its type parameters' names replaced by
// the type arguments, and the pass's redirections inside it made.
func (ip *instancePass) write(c pendingCopy) error {
	tp, fd := ip.tp, c.fd
	tparams := tp.Info.Defs[fd.Name].(*types.Func).Type().(*types.Signature).TypeParams()
	subst := map[types.Object]int{}
	for i := range tparams.Len() {
		subst[tparams.At(i).Obj()] = i
	}
	lo, hi := ip.off(fd.Pos()), ip.off(fd.End())
	tpl := fd.Type.TypeParams
	// The type parameter list goes, its line breaks moved after the
	// parameters' parenthesis, where they end no statement.
	params := ip.off(fd.Type.Params.Opening)
	edits := []textEdit{
		{ip.off(fd.Name.Pos()), ip.off(fd.Name.End()), c.name},
		{ip.off(tpl.Opening), params + 1, "(" + keepLineBreaks(tp.Src[ip.off(tpl.Opening):params])},
	}
	var bad error
	ast.Inspect(fd, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || bad != nil || (tpl.Pos() <= id.Pos() && id.Pos() < tpl.End()) {
			return bad == nil
		}
		i, ok := subst[tp.Info.Uses[id]]
		if !ok {
			return true
		}
		if err := ip.sameMeaning(c.args.At(i), id.Pos()); err != nil {
			bad = err
			return false
		}
		text := c.texts[i]
		if ip.needsParens(id, text) {
			text = "(" + text + ")"
		}
		edits = append(edits, textEdit{ip.off(id.Pos()), ip.off(id.End()), text})
		return true
	})
	if bad != nil {
		return bad
	}
	m := map[*types.TypeParam]types.Type{} // the copy's type arguments
	for obj, i := range subst {
		m[obj.Type().(*types.TypeParam)] = c.args.At(i)
	}
	cases, err := ip.duplicateCases(c, m, edits)
	if err != nil {
		return err
	}
	edits = append(cases, edits...)
	edits = append(ip.impossibleAssertions(c, m), edits...)
	edits = append(edits, within(ip.edits, lo, hi)...)
	body := applyTextEdits(tp.Src[lo:hi], edits, lo)
	pos := tp.Fset.Position(fd.Pos())
	ip.appends = append(ip.appends, fmt.Sprintf("//line %s:%d:%d\n%s", pos.Filename, pos.Line, pos.Column, body))
	return nil
}

// keepLineBreaks is b with everything but its line breaks removed.
func keepLineBreaks(b []byte) string {
	return strings.Repeat("\n", bytes.Count(b, []byte("\n")))
}

// freshName is a name for a copy of the function name that no identifier
// of the program uses.
func (ip *instancePass) freshName(name string) string {
	if o, ok := ip.ic.copyOf[name]; ok {
		name = o
	}
	for i := 1; ; i++ {
		n := fmt.Sprintf("%s__i%d", name, i)
		if !ip.ic.taken[n] && !identInFile(ip.tp.File, n) {
			ip.ic.taken[n] = true
			return n
		}
	}
}

// identInFile reports whether the file has an identifier named name.
func identInFile(f *ast.File, name string) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// typeArgText writes a type argument as source at the top level, or
// fails for one it cannot write there (a type declared in a function, a
// package the program does not import, an unexported type of another).
func (ip *instancePass) typeArgText(t types.Type) (string, error) {
	tp := ip.tp
	imported := map[string]string{}
	for _, s := range tp.File.Imports {
		if pn := tp.Info.PkgNameOf(s); pn != nil && pn.Name() != "_" && pn.Name() != "." {
			imported[pn.Imported().Path()] = pn.Name()
		}
	}
	var bad error
	s := types.TypeString(t, func(pkg *types.Package) string {
		if pkg == tp.Pkg {
			return ""
		}
		n, ok := imported[pkg.Path()]
		if !ok && bad == nil {
			bad = fmt.Errorf("lower: type argument %s: package %s is not imported", t, pkg.Path())
		}
		return n
	})
	visit(t, func(t types.Type) {
		if param, ok := t.(*types.TypeParam); ok {
			bad = fmt.Errorf("lower: type argument %s names a type parameter", param)
			return
		}
		obj := typeNameOf(t)
		if obj == nil {
			return
		}
		if obj.Pkg() == tp.Pkg && obj.Parent() != tp.Pkg.Scope() {
			bad = fmt.Errorf("lower: type argument %s: %s is declared in a function", t, obj.Name())
		}
		if obj.Pkg() != nil && obj.Pkg() != tp.Pkg && !obj.Exported() {
			bad = fmt.Errorf("lower: type argument %s: %s is not exported", t, obj.Name())
		}
	})
	return s, bad
}

// sameMeaning checks that the names a type argument is written with mean
// at pos what they mean at the top level.
func (ip *instancePass) sameMeaning(t types.Type, pos token.Pos) error {
	tp := ip.tp
	scope := tp.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return fmt.Errorf("lower: no scope at %s", tp.Fset.Position(pos))
	}
	var bad error
	check := func(name string, want func(types.Object) bool) {
		if _, obj := scope.LookupParent(name, pos); !want(obj) && bad == nil {
			bad = fmt.Errorf("lower: %s is shadowed at %s", name, tp.Fset.Position(pos))
		}
	}
	visit(t, func(t types.Type) {
		obj := typeNameOf(t)
		if b, ok := t.(*types.Basic); ok {
			obj, _ = types.Universe.Lookup(b.Name()).(*types.TypeName) // int, string: the universe's unless redeclared
		}
		if obj == nil {
			return
		}
		switch {
		case obj.Pkg() == tp.Pkg:
			check(obj.Name(), func(o types.Object) bool { return o == obj })
		case obj.Pkg() != nil:
			check(ip.importedAs(obj.Pkg()), func(o types.Object) bool {
				pn, ok := o.(*types.PkgName)
				return ok && pn.Imported() == obj.Pkg()
			})
		default: // predeclared: error, any, comparable
			check(obj.Name(), func(o types.Object) bool { return o == obj })
		}
	})
	return bad
}

// typeNameOf is the name of a named type or an alias, or nil.
func typeNameOf(t types.Type) *types.TypeName {
	switch t := t.(type) {
	case *types.Named:
		return t.Obj()
	case *types.Alias:
		return t.Obj()
	}
	return nil
}

// importedAs is the name under which the file imports pkg.
func (ip *instancePass) importedAs(pkg *types.Package) string {
	for _, s := range ip.tp.File.Imports {
		if pn := ip.tp.Info.PkgNameOf(s); pn != nil && pn.Imported() == pkg {
			return pn.Name()
		}
	}
	return pkg.Name()
}

// needsParens reports whether the type text replacing the type
// parameter's name id must be parenthesized: where it is an operand (a
// conversion T(x), a method expression T.m) and starts with an operator or
// func, or is the element of a channel type and starts with <-. A
// composite literal's type cannot be parenthesized, and needs not.
func (ip *instancePass) needsParens(id *ast.Ident, text string) bool {
	prefixed := strings.HasPrefix(text, "*") || strings.HasPrefix(text, "<-") || strings.HasPrefix(text, "func")
	switch x := ip.parents[id].(type) {
	case *ast.CallExpr:
		return x.Fun == id && prefixed
	case *ast.SelectorExpr:
		return x.X == id && prefixed
	case *ast.ChanType:
		return strings.HasPrefix(text, "<-")
	case *ast.CompositeLit:
		return false
	}
	return false
}

// applyTextEdits applies edits (offsets from base) to b.
func applyTextEdits(b []byte, edits []textEdit, base int) string {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].off < edits[j].off })
	var out strings.Builder
	last := 0
	for _, e := range edits {
		off, end := e.off-base, e.end-base
		if off < last {
			continue // inside an edit already made
		}
		out.Write(b[last:off])
		out.WriteString(e.text)
		last = end
	}
	out.Write(b[last:])
	return out.String()
}

// source is the program's source with the pass's edits made, the blanked
// declarations' text replaced by spaces (their line breaks kept), and the
// copies appended after the last line, followed by a //line directive
// that gives what comes after them (the rules' helpers) the positions
// they would have had.
func (ip *instancePass) source() []byte {
	src := ip.tp.Src
	var edits []textEdit
	for _, e := range ip.edits {
		inBlank := false
		for _, b := range ip.blanks {
			inBlank = inBlank || (b[0] <= e.off && e.end <= b[1])
		}
		if !inBlank {
			edits = append(edits, e)
		}
	}
	for _, b := range ip.blanks {
		blank := bytes.Map(func(r rune) rune {
			if r == '\n' {
				return r
			}
			return ' '
		}, src[b[0]:b[1]])
		edits = append(edits, textEdit{b[0], b[1], string(blank)})
	}
	out := []byte(applyTextEdits(src, edits, 0))
	if len(ip.appends) == 0 {
		return out
	}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	if ip.ic.after == "" {
		// The line after the program's last byte, where the rules'
		// helpers would begin.
		last := ip.tp.Fset.Position(ip.tp.File.FileEnd - 1)
		ip.ic.after = fmt.Sprintf("//line %s:%d:1\n", last.Filename, last.Line+1)
	}
	for _, a := range ip.appends {
		out = append(out, a...)
		out = append(out, '\n')
	}
	return append(out, ip.ic.after...)
}

// duplicateCases are the edits that remove, in the copy c, the cases of
// its type switches that the type arguments make duplicates of earlier
// ones (case T and case int, with T int) or impossible (case T with T
// string, on an interface with methods): the first case that matches is
// taken, in a generic function as in Go, and an impossible one never
// matches, but neither compiles in an ordinary one. A clause left without cases is removed (it
// never ran). A clause with a variable left with one case of several
// gets a second one that never matches, so that the variable keeps the
// switch's type.
func (ip *instancePass) duplicateCases(c pendingCopy, m map[*types.TypeParam]types.Type, idEdits []textEdit) ([]textEdit, error) {
	tp := ip.tp
	var edits []textEdit
	var bad error
	ast.Inspect(c.fd, func(n ast.Node) bool {
		sw, ok := n.(*ast.TypeSwitchStmt)
		if !ok || bad != nil {
			return bad == nil
		}
		_, binds := sw.Assign.(*ast.AssignStmt)
		var operand types.Type
		if ta := switchGuard(sw); ta != nil {
			operand, _ = substTypeParams(tp.Info.TypeOf(ta.X), m)
		}
		var seen []types.Type
		for _, st := range sw.Body.List {
			cc := st.(*ast.CaseClause)
			var kept []ast.Expr
			for _, e := range cc.List {
				t := tp.Info.TypeOf(e)
				if t != nil {
					if s, ok := substTypeParams(t, m); ok {
						t = s
					}
				}
				dup := false
				for _, u := range seen {
					dup = dup || (t != nil && u != nil && types.Identical(t, u))
				}
				if dup || impossible(operand, t) {
					continue // a case that never matches
				}
				seen = append(seen, t)
				kept = append(kept, e)
			}
			switch {
			case len(kept) == len(cc.List):
			case len(kept) == 0:
				edits = append(edits, textEdit{ip.off(cc.Pos()), ip.off(cc.End()), keepLineBreaks(tp.Src[ip.off(cc.Pos()):ip.off(cc.End())])})
			default:
				lo, hi := ip.off(cc.List[0].Pos()), ip.off(cc.List[len(cc.List)-1].End())
				if bytes.ContainsRune(tp.Src[lo:hi], '\n') {
					bad = fmt.Errorf("lower: at %s, a case list over several lines loses a duplicate in a copy", tp.Fset.Position(cc.Pos()))
					break
				}
				var texts []string
				for _, e := range kept {
					texts = append(texts, applyTextEdits(tp.Src[ip.off(e.Pos()):ip.off(e.End())], within(idEdits, ip.off(e.Pos()), ip.off(e.End())), ip.off(e.Pos())))
				}
				if len(kept) == 1 && binds {
					// The clause's variable keeps the switch's type with a
					// second case, of a type of its own that no value has.
					never, err := ip.neverType(sw, m)
					if err != nil {
						bad = err
						break
					}
					texts = append(texts, never)
				}
				edits = append(edits, textEdit{lo, hi, strings.Join(texts, ", ")})
			}
		}
		return true
	})
	return edits, bad
}

// switchGuard is the x.(type) of a type switch.
func switchGuard(sw *ast.TypeSwitchStmt) *ast.TypeAssertExpr {
	switch a := sw.Assign.(type) {
	case *ast.AssignStmt:
		ta, _ := a.Rhs[0].(*ast.TypeAssertExpr)
		return ta
	case *ast.ExprStmt:
		ta, _ := a.X.(*ast.TypeAssertExpr)
		return ta
	}
	return nil
}

// impossible reports whether no value of the interface type operand can
// have the concrete type t: t lacks a method of it (string for an
// interface{ M() byte }). Generic code may assert so, the type checker
// rejects it in ordinary code.
func impossible(operand, t types.Type) bool {
	if operand == nil || t == nil || isNilType(t) || types.IsInterface(t) {
		return false
	}
	iface, ok := operand.Underlying().(*types.Interface)
	return ok && !types.AssertableTo(iface, t)
}

// impossibleAssertions are the edits that make, in the copy c, the type
// assertions x.(T) that the type arguments make impossible compile: x
// goes through a function of no use that returns it as an interface{}
// (x.(string) on an I[byte] becomes __impossible__i1(x).(string)).
// typeswitch.go, told the function's name, asserts from x itself, as Go
// does: the assertion fails, and panics naming x's type ("interface
// conversion: main.I[uint8] is main.S, not string").
func (ip *instancePass) impossibleAssertions(c pendingCopy, m map[*types.TypeParam]types.Type) []textEdit {
	tp := ip.tp
	var edits []textEdit
	ast.Inspect(c.fd, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		operand, ok1 := substTypeParams(tp.Info.TypeOf(ta.X), m)
		asserted, ok2 := substTypeParams(tp.Info.TypeOf(ta.Type), m)
		if !ok1 || !ok2 || !impossible(operand, asserted) {
			return true
		}
		ot, err := ip.typeArgText(operand)
		if err != nil {
			return true // the copy stays impossible, and refused
		}
		name := ip.freshName("__impossible")
		ip.ic.impossible[name] = true
		ip.appends = append(ip.appends, fmt.Sprintf("func %s(x %s) any { return x }\n", name, ot))
		edits = append(edits, textEdit{ip.off(ta.X.Pos()), ip.off(ta.X.Pos()), name + "("}, textEdit{ip.off(ta.X.End()), ip.off(ta.X.End()), ")"})
		return true
	})
	return edits
}

// within is the edits inside src[lo:hi].
func within(edits []textEdit, lo, hi int) []textEdit {
	var in []textEdit
	for _, e := range edits {
		if lo <= e.off && e.end <= hi {
			in = append(in, e)
		}
	}
	return in
}

// neverType declares a type that no value of the program has and that
// can be a case of the type switch sw (it has the methods of the switch's
// interface, substituted by m), and returns its name.
func (ip *instancePass) neverType(sw *ast.TypeSwitchStmt, m map[*types.TypeParam]types.Type) (string, error) {
	t, ok := substTypeParams(ip.tp.Info.TypeOf(switchGuard(sw).X), m)
	if !ok {
		return "", fmt.Errorf("lower: the type switch at %s is on a type the copy cannot write", ip.tp.Fset.Position(sw.Pos()))
	}
	field := ""
	if iface, _ := t.Underlying().(*types.Interface); iface == nil || !iface.Empty() {
		if _, named := types.Unalias(t).(*types.Named); !named {
			return "", fmt.Errorf("lower: the type switch at %s is on an unnamed interface", ip.tp.Fset.Position(sw.Pos()))
		}
		s, err := ip.typeArgText(t)
		if err != nil {
			return "", err
		}
		field = " " + s + " "
	}
	never := ip.freshName("never")
	ip.appends = append(ip.appends, "type "+never+" struct{"+field+"}")
	return never, nil
}
