package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// shimsRule brings the standard library up to Go 1.26 where yaegi's tables
// (Go 1.22's) lack it, with helpers in the program itself: generic ones
// cannot be compiled into the worker, and yaegi's generics are too frail for
// a generic helper, so each is declared per instantiation (the types come
// from the type checker):
//
//	iter.Seq[V], iter.Seq2[K, V]   become   func(func(V) bool), func(func(K, V) bool)
//	iter.Pull(seq)                 becomes  __iter_Pull1(seq) (a goroutine and channels)
//	slices.Collect(maps.Keys(m))   becomes  __slices_Collect1(__maps_Keys2(m))
//	sync.OnceValue(f)              becomes  __sync_OnceValue1(f)
//	atomic.Pointer[T]              becomes  __atomic_Pointer1 (a mutex and a *T)
//
// and the same for slices.All, Values, Backward, AppendSeq, Sorted,
// SortedFunc, SortedStableFunc, Chunk; maps.Keys, Values, All, Collect,
// Insert; sync.OnceValues; strings and bytes Lines, SplitSeq,
// SplitAfterSeq, FieldsSeq, FieldsFuncSeq. An import of iter, which yaegi
// does not have, becomes a blank import of errors.
func shimsRule(p *program) error {
	var err error
	for _, s := range p.file.Imports {
		if path, _ := strconv.Unquote(s.Path.Value); path == "iter" {
			p.replace(s.Pos(), s.End(), `_ "errors"`)
		}
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			var base ast.Expr
			var lbrack, rbrack token.Pos
			if ix, ok := x.(*ast.IndexExpr); ok {
				base, lbrack, rbrack = ix.X, ix.Lbrack, ix.Rbrack
			} else {
				il := x.(*ast.IndexListExpr)
				base, lbrack, rbrack = il.X, il.Lbrack, il.Rbrack
			}
			sel, ok := base.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			obj := p.info.Uses[sel.Sel]
			if obj == nil || obj.Pkg() == nil {
				return true
			}
			switch obj.Pkg().Path() + "." + obj.Name() {
			case "iter.Seq", "iter.Seq2":
				p.replace(sel.Pos(), lbrack+1, "func(func(")
				p.replace(rbrack, rbrack+1, ") bool)")
				return true
			case "sync/atomic.Pointer":
				name, herr := p.shimType(obj, x.(ast.Expr))
				if herr != nil {
					err = herr
					return false
				}
				if p.fset.Position(x.Pos()).Line != p.fset.Position(x.End()).Line {
					err = p.errorf(x.Pos(), "unsupported: atomic.Pointer[...] over several lines; write it on one line")
					return false
				}
				p.replace(x.Pos(), x.End(), name)
				return false
			}
			if _, ok := shimFuncs[obj.Pkg().Path()+"."+obj.Name()]; ok {
				name, herr := p.shimFunc(sel.Sel, x.Pos())
				if herr != nil {
					err = herr
					return false
				}
				if p.fset.Position(x.Pos()).Line != p.fset.Position(x.End()).Line {
					err = p.errorf(x.Pos(), "unsupported: %s.%s[...] over several lines; write it on one line", obj.Pkg().Name(), obj.Name())
					return false
				}
				p.replace(x.Pos(), x.End(), name)
				return false
			}
		case *ast.SelectorExpr:
			obj := p.info.Uses[x.Sel]
			if obj == nil || obj.Pkg() == nil {
				return true
			}
			if _, ok := shimFuncs[obj.Pkg().Path()+"."+obj.Name()]; ok {
				name, herr := p.shimFunc(x.Sel, x.Pos())
				if herr != nil {
					err = herr
					return false
				}
				p.replace(x.Pos(), x.End(), name)
				return false
			}
		}
		return true
	})
	return err
}

// shimFunc declares the helper for the instance of the stdlib function
// that id names, and returns its name.
func (p *program) shimFunc(id *ast.Ident, at token.Pos) (string, error) {
	obj := p.info.Uses[id]
	full := obj.Pkg().Path() + "." + obj.Name()
	tmpl := shimFuncs[full]
	var targs []string
	if inst, ok := p.info.Instances[id]; ok {
		for i := range inst.TypeArgs.Len() {
			ts, err := p.typeString(inst.TypeArgs.At(i), token.NoPos)
			if err != nil {
				return "", p.errorf(at, "unsupported: %s.%s on %s, a type declared in a function or a type parameter; declare the type at the package level", obj.Pkg().Name(), obj.Name(), inst.TypeArgs.At(i))
			}
			targs = append(targs, ts)
		}
	}
	key := full + "[" + strings.Join(targs, ",") + "]"
	prefix := "__" + strings.ReplaceAll(strings.ReplaceAll(full, "/", "_"), ".", "_")
	return p.helper(key, prefix, func(name string) string {
		return p.expandShim(tmpl, name, targs)
	}), nil
}

// shimType declares the helper type for atomic.Pointer[T].
func (p *program) shimType(obj types.Object, x ast.Expr) (string, error) {
	t := p.info.TypeOf(x)
	named, ok := t.(*types.Named)
	if !ok || named.TypeArgs().Len() != 1 {
		return "", p.errorf(x.Pos(), "unsupported: %s", p.text(x))
	}
	ts, err := p.typeString(named.TypeArgs().At(0), token.NoPos)
	if err != nil {
		return "", p.errorf(x.Pos(), "unsupported: atomic.Pointer of %s, a type declared in a function; declare it at the package level", named.TypeArgs().At(0))
	}
	return p.helper("atomic.Pointer["+ts+"]", "__atomic_Pointer", func(name string) string {
		return p.expandShim(atomicPointerShim, name, []string{ts})
	}), nil
}

var typeArgPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\bT[0-9]\b`) })

// expandShim fills a template: NAME is the helper's name, T0, T1... its
// type arguments, and PKG_x the name under which package x is imported.
func (p *program) expandShim(tmpl, name string, targs []string) string {
	out := strings.ReplaceAll(tmpl, "NAME", name)
	out = typeArgPattern().ReplaceAllStringFunc(out, func(m string) string {
		i, _ := strconv.Atoi(m[1:])
		if i < len(targs) {
			return targs[i]
		}
		return m
	})
	for _, pkg := range []string{"sync", "sort", "strings", "bytes", "unicode", "cmp"} {
		if strings.Contains(out, "PKG_"+pkg+".") {
			out = strings.ReplaceAll(out, "PKG_"+pkg+".", p.importName(pkg)+".")
		}
	}
	if strings.Contains(out, "RT.") {
		out = strings.ReplaceAll(out, "RT.", p.rt()+".")
	}
	return out
}
