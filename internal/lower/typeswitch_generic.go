package lower

import (
	"go/ast"
	"go/types"
	"slices"
)

// leaveToYaegi reports whether a type switch or assertion on a value of
// type operand for these types is one yaegi gets right. With a type
// parameter in them, that depends on the instances: a case []T names no
// type of the program, but is one in an instance with T a type of the
// program, which yaegi matches by shape.
func (p *program) leaveToYaegi(stack []ast.Node, operand types.Type, asserted ...types.Type) bool {
	if mentionsTypeParam(append([]types.Type{operand}, asserted...)...) {
		return p.leftToYaegiInEveryInstance(stack, operand, asserted...)
	}
	return !p.assertionNeedsHelp(operand, asserted...)
}

// leftToYaegiInEveryInstance reports whether a type switch or assertion
// inside a generic function, whose operand or case types name the
// function's type parameters, can be left to yaegi: it can when, in every
// instance of the function the program makes, the types with the type
// arguments put in are ones assertionNeedsHelp leaves to yaegi (compiled
// concrete types asserted from an interface{}). yaegi instantiates the
// function, so that case T is then a case of a concrete type. For a method
// of a generic type, the instances are those of the type.
//
// The helpers of typeswitch.go cannot take such a switch: one body serves
// every instance, and a case T would be one __dynN number in some
// instances and a compiled type or an interface in others. So anything
// else (an instance with an interface, a program type, or type arguments
// that are themselves type parameters) stays refused by assertable.
func (p *program) leftToYaegiInEveryInstance(stack []ast.Node, operand types.Type, cases ...types.Type) bool {
	all := append([]types.Type{operand}, cases...)
	var fd *ast.FuncDecl
	for i := len(stack) - 1; i >= 0 && fd == nil; i-- {
		fd, _ = stack[i].(*ast.FuncDecl)
	}
	if fd == nil {
		return false
	}
	fn, ok := p.info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	// The type parameters are the function's, or for a method those of
	// its receiver, whose instances are those of the generic type.
	sig := fn.Type().(*types.Signature)
	tparams := sig.TypeParams()
	var origin types.Object = fn
	if fd.Recv != nil {
		tparams = sig.RecvTypeParams()
		recv := types.Unalias(sig.Recv().Type())
		if ptr, ok := recv.(*types.Pointer); ok {
			recv = types.Unalias(ptr.Elem())
		}
		named, ok := recv.(*types.Named)
		if !ok {
			return false
		}
		origin = named.Origin().Obj()
	}
	if tparams == nil {
		return false
	}
	// The Temp[T] of a receiver is an instance with the receiver's own
	// type parameters, which stand for the instances made elsewhere.
	var receivers []ast.Node
	for _, d := range p.file.Decls {
		if f, ok := d.(*ast.FuncDecl); ok && f.Recv != nil {
			receivers = append(receivers, f.Recv)
		}
	}
	inReceiver := func(id *ast.Ident) bool {
		for _, r := range receivers {
			if r.Pos() <= id.Pos() && id.End() <= r.End() {
				return true
			}
		}
		return false
	}
	instances := 0
	for id, inst := range p.info.Instances {
		if inReceiver(id) {
			continue
		}
		used := p.info.Uses[id]
		if f, ok := used.(*types.Func); ok {
			used = f.Origin()
		}
		if used != origin {
			continue
		}
		if inst.TypeArgs.Len() != tparams.Len() {
			return false
		}
		m := map[*types.TypeParam]types.Type{}
		for i := range tparams.Len() {
			arg := inst.TypeArgs.At(i)
			if mentionsTypeParam(arg) {
				return false // instantiated in generic code
			}
			m[tparams.At(i)] = arg
		}
		var subst []types.Type
		for _, t := range all {
			if t == nil {
				subst = append(subst, t)
				continue
			}
			s, ok := substTypeParams(t, m)
			if !ok {
				return false
			}
			subst = append(subst, s)
		}
		if p.assertionNeedsHelp(subst[0], subst[1:]...) {
			return false
		}
		instances++
	}
	// With no instance (a function never instantiated, or one passed as a
	// value, f[int] being an instance too) there is nothing to check
	// against; refuse.
	return instances > 0
}

// mentionsTypeParam reports whether one of ts names a type parameter.
func mentionsTypeParam(ts ...types.Type) bool {
	return slices.ContainsFunc(ts, hasTypeParam)
}

// substTypeParams is t with the type parameters of m replaced. It reports
// false for types it does not rebuild (interfaces and methods that name a
// type parameter): the caller refuses those.
func substTypeParams(t types.Type, m map[*types.TypeParam]types.Type) (types.Type, bool) {
	if !mentionsTypeParam(t) {
		return t, true
	}
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		s, ok := m[t]
		return s, ok
	case *types.Pointer:
		e, ok := substTypeParams(t.Elem(), m)
		return types.NewPointer(e), ok
	case *types.Slice:
		e, ok := substTypeParams(t.Elem(), m)
		return types.NewSlice(e), ok
	case *types.Array:
		e, ok := substTypeParams(t.Elem(), m)
		return types.NewArray(e, t.Len()), ok
	case *types.Chan:
		e, ok := substTypeParams(t.Elem(), m)
		return types.NewChan(t.Dir(), e), ok
	case *types.Map:
		k, ok1 := substTypeParams(t.Key(), m)
		e, ok2 := substTypeParams(t.Elem(), m)
		return types.NewMap(k, e), ok1 && ok2
	case *types.Struct:
		var fields []*types.Var
		var tags []string
		for i := range t.NumFields() {
			f := t.Field(i)
			ft, ok := substTypeParams(f.Type(), m)
			if !ok {
				return nil, false
			}
			fields = append(fields, types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded()))
			tags = append(tags, t.Tag(i))
		}
		return types.NewStruct(fields, tags), true
	case *types.Signature:
		if t.Recv() != nil || t.TypeParams() != nil {
			return nil, false
		}
		params, ok1 := substTuple(t.Params(), m)
		results, ok2 := substTuple(t.Results(), m)
		return types.NewSignatureType(nil, nil, nil, params, results, t.Variadic()), ok1 && ok2
	case *types.Named:
		args := t.TypeArgs()
		if args == nil {
			return nil, false
		}
		var subst []types.Type
		for i := range args.Len() {
			a, ok := substTypeParams(args.At(i), m)
			if !ok {
				return nil, false
			}
			subst = append(subst, a)
		}
		inst, err := types.Instantiate(nil, t.Origin(), subst, true)
		return inst, err == nil
	}
	return nil, false
}

// substTuple is the parameters or results t with the type parameters of m
// replaced.
func substTuple(t *types.Tuple, m map[*types.TypeParam]types.Type) (*types.Tuple, bool) {
	if t == nil {
		return nil, true
	}
	vars := make([]*types.Var, t.Len())
	for i := range t.Len() {
		v := t.At(i)
		vt, ok := substTypeParams(v.Type(), m)
		if !ok {
			return nil, false
		}
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt)
	}
	return types.NewTuple(vars...), true
}
