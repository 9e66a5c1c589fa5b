package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// decodeErrorsRule hands the error of encoding/json's Unmarshal and
// Decoder.Decode to the worker's __rt.DecodeError, with a table of the
// program's struct types the target's type reaches and the names Go gives
// them: the interpreter's struct types have no names, so a decoding error
// said "Go struct field .count" where Go says "Go struct field Opt.count"
// (runner/worker/decodeerrors.go). A call in a go or defer statement is
// left as it is: wrapping it would run it at once.
func decodeErrorsRule(p *program) error {
	if p.imported["encoding/json"] == "" {
		return nil
	}
	spawned := map[*ast.CallExpr]bool{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.GoStmt:
			spawned[s.Call] = true
		case *ast.DeferStmt:
			spawned[s.Call] = true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || spawned[call] {
			return true
		}
		target, ok := p.decodeTarget(call)
		if !ok {
			return true
		}
		tab, ok := p.decodeTable(target)
		if !ok {
			return true
		}
		p.insertOuter(call.Pos(), p.rt()+".DecodeError(")
		p.insert(call.End(), ", "+tab+")")
		return true
	})
	return nil
}

// decodeTarget returns the static type of the value a call of
// json.Unmarshal or (*json.Decoder).Decode decodes into.
func (p *program) decodeTarget(call *ast.CallExpr) (types.Type, bool) {
	fn := p.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return nil, false
	}
	var arg ast.Expr
	switch sig := fn.Type().(*types.Signature); {
	case fn.Name() == "Unmarshal" && sig.Recv() == nil && len(call.Args) == 2:
		arg = call.Args[1]
	case fn.Name() == "Decode" && sig.Recv() != nil && len(call.Args) == 1:
		arg = call.Args[0]
	default:
		return nil, false
	}
	t := p.info.TypeOf(arg)
	if t == nil || types.IsInterface(t) {
		return nil, false
	}
	return t, true
}

// decodeTable declares the table of target's struct types, once per
// type, and returns its name; false when target reaches none of the
// program's struct types, or one the lowering cannot write.
func (p *program) decodeTable(target types.Type) (string, bool) {
	structs := programStructs(p.pkg, target)
	if len(structs) == 0 {
		return "", false
	}
	ts, err := p.typeString(target, token.NoPos)
	if err != nil {
		return "", false
	}
	rows := make([]string, len(structs))
	for i, st := range structs {
		s, err := p.typeString(st, token.NoPos)
		if err != nil {
			return "", false
		}
		name := ""
		if _, ok := st.(*types.Named); ok {
			name = strings.TrimPrefix(reflectName(st), "main.")
		}
		rows[i] = fmt.Sprintf("{Type: %s.ElemType((*%s)(nil)), Name: %q}", p.rt(), s, name)
	}
	// The types through __rt.ElemType, not reflect, which the program may
	// not import (nor the page's runner carry).
	rt := p.rt()
	return p.helper("decodeTable "+ts, "__jt", func(name string) string {
		return fmt.Sprintf("var %s = %s.DecodeTypes{Target: %s.ElemType((*%s)(nil)), Structs: []%s.DecodeStruct{%s}}\n",
			name, rt, rt, ts, rt, strings.Join(rows, ", "))
	}), true
}

// programStructs lists the struct types of the package pkg that a value of
// type t holds or points to: named ones, and struct literal types that
// hold one of them. Types of other packages keep their names in reflect.
func programStructs(pkg *types.Package, t types.Type) []types.Type {
	var out []types.Type
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool // reports whether t involves pkg's types
	walk = func(t types.Type) bool {
		t = types.Unalias(t)
		if seen[t] {
			return true
		}
		if named, ok := t.(*types.Named); ok {
			if named.Obj().Pkg() != pkg {
				return false
			}
			seen[t] = true
			if _, ok := named.Underlying().(*types.Struct); !ok {
				walk(named.Underlying())
				return true
			}
			for _, e := range dataElems(named.Underlying(), false) {
				walk(e) // its fields: the struct itself is named
			}
			out = append(out, t)
			return true
		}
		mine := false
		for _, e := range dataElems(t, false) {
			if walk(e) {
				mine = true
			}
		}
		if _, ok := t.(*types.Struct); ok && mine {
			seen[t] = true
			out = append(out, t)
		}
		return mine
	}
	walk(t)
	return out
}
