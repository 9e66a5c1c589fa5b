// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE.golang file.

// This is Go 1.26's fmt/errors.go, but the errors it returns are made by
// fmt itself, so that they have fmt's types (%T prints *fmt.wrapError).

package fmtcopy

import (
	"errors"
	stdfmt "fmt"
	"slices"
	"strings"
)

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error, as stdfmt.Errorf does. An operand may be a Node
// of an error value: %w wraps the error it stands for (Node.Err).
func Errorf(format string, a ...any) (err error) {
	if len(a) == 0 && strings.IndexByte(format, '%') == -1 {
		return errors.New(format)
	}
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	wrapped := p.wrappedErrs
	reordered := p.reordered
	p.free()
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		e, ok := asError(a[wrapped[0]])
		if !ok {
			return &wrapError{msg: s}
		}
		return stdfmt.Errorf("%s%.0w", s, e)
	}
	if reordered {
		slices.Sort(wrapped)
	}
	var errs []any
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := asError(a[argNum]); ok {
			errs = append(errs, e)
		}
	}
	return stdfmt.Errorf("%s"+strings.Repeat("%.0w", len(errs)), append([]any{s}, errs...)...)
}

// asError is the error an operand of %w stands for.
func asError(arg any) (error, bool) {
	if n, ok := arg.(*Node); ok {
		return n.Err, n.Err != nil
	}
	e, ok := arg.(error)
	return e, ok
}

// wrapError is what stdfmt.Errorf returns for %w of an operand that is no
// error, which stdfmt.Errorf cannot be asked for.
type wrapError struct {
	msg string
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return nil }
