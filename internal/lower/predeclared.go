package lower

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"

	"github.com/concbook/concurrency/internal/typecheck"
)

// renamePredeclaredValues renames the package's constants and variables
// that redeclare predeclared names (const int64 = 19, var len = 3;
// test/rename.go declares them all) and type-checks the program again:
// the code the rules insert names Go's own int64, len, nil, true, error...,
// which such a declaration would shadow in the whole package. A
// constant's or a variable's name is not seen at run time, so the renamed
// program (int64 is __pd_int64) means what the program does. Predeclared
// names redeclared as types or functions, whose names panics, %T and
// tracebacks print, keep their names (checkPredeclared refuses them if the
// inserted code uses them). A program with none is returned as it is.
func renamePredeclaredValues(tp *typecheck.Program) (*typecheck.Program, error) {
	src := renamedSource(tp)
	if src == nil {
		return tp, nil
	}
	return tp.Recheck(src)
}

// renamedSource returns tp's source with every identifier of a package
// constant or variable named like a predeclared one renamed, nil when
// there is none.
func renamedSource(tp *typecheck.Program) []byte {
	scope := tp.Pkg.Scope()
	objs := map[types.Object]bool{}
	for _, name := range scope.Names() {
		if types.Universe.Lookup(name) == nil {
			continue
		}
		switch obj := scope.Lookup(name).(type) {
		case *types.Const, *types.Var:
			objs[obj] = true
		}
	}
	if len(objs) == 0 {
		return nil
	}
	base := tp.Fset.File(tp.File.Pos()).Base()
	var offs []int
	names := map[int]string{}
	ast.Inspect(tp.File, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := tp.Info.Defs[id]
		if obj == nil {
			obj = tp.Info.Uses[id]
		}
		if objs[obj] {
			off := int(id.Pos()) - base
			offs = append(offs, off)
			names[off] = id.Name
		}
		return true
	})
	sort.Ints(offs)
	var out []byte
	last := 0
	for _, off := range offs {
		out = append(out, tp.Src[last:off]...)
		out = append(out, predeclaredRename+names[off]...)
		last = off + len(names[off])
	}
	return append(out, tp.Src[last:]...)
}

// predeclaredRename starts the new names of the program's constants and
// variables named like predeclared ones.
const predeclaredRename = "__pd_"

// checkPredeclared refuses a program whose package declares a predeclared
// name as a type or a function (type int64 struct{}, func len()) that the
// code the rules inserted uses (constants and variables so named were
// renamed: checkRenamed). Go allows the declaration, which shadows the
// predeclared name in the whole package, but the inserted code means the
// predeclared one (map[int64]any, len(s)) and would find the program's:
// the interpreter then fails on code the program does not hold ("too many
// arguments" at a line past its end). A declaration that no inserted code
// names is left alone (func min, func copy are common). inserted holds the
// inserted texts; an identifier after a dot is a selector, not the name.
func (p *program) checkPredeclared(inserted []string) error {
	scope := p.pkg.Scope()
	shadowed := map[string]types.Object{}
	for _, name := range scope.Names() {
		if types.Universe.Lookup(name) != nil {
			shadowed[name] = scope.Lookup(name)
		}
	}
	if len(shadowed) == 0 {
		return nil
	}
	for _, text := range inserted {
		var s scanner.Scanner
		fset := token.NewFileSet()
		s.Init(fset.AddFile("", -1, len(text)), []byte(text), nil, 0)
		prev := token.ILLEGAL
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if obj, ok := shadowed[lit]; ok && tok == token.IDENT && prev != token.PERIOD {
				return p.errorf(obj.Pos(), "unsupported: the package declares %s, a predeclared name, which the code the runner adds to the program uses for Go's own %s; rename it", lit, lit)
			}
			prev = tok
		}
	}
	return nil
}
