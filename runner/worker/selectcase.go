package main

import "reflect"

// yaegi runs a select statement with one slice of cases per statement,
// shared by every goroutine that runs it: two goroutines entering the same
// select at once can wait on each other's channels. The lowering
// (internal/lower/hostselect.go) turns each select into a switch on
// __rt.Select, which builds its cases anew at each call.

// SelectCase is one case of a select, built by SelectRecv, SelectSend or
// SelectDefault.
type SelectCase struct {
	c reflect.SelectCase
}

// SelectRecv is a case that receives from ch.
func SelectRecv(ch any) SelectCase {
	return SelectCase{reflect.SelectCase{Dir: reflect.SelectRecv, Chan: chanValue(ch)}}
}

// SelectSend is a case that sends v on ch.
func SelectSend(ch, v any) SelectCase {
	c := chanValue(ch)
	send := reflect.ValueOf(v)
	if c.IsValid() {
		elem := c.Type().Elem()
		if !send.IsValid() {
			send = reflect.Zero(elem) // a nil interface value
		} else if send.Type() != elem && send.Type().ConvertibleTo(elem) {
			send = send.Convert(elem)
		}
	}
	return SelectCase{reflect.SelectCase{Dir: reflect.SelectSend, Chan: c, Send: send}}
}

// SelectSendElem is the send case ch <- vs[0], for a channel of an
// interface type: vs is a one-element slice of the channel's element type,
// so the value keeps the dynamic type the interpreter gave it there (a
// value of the program's U32 passed as any would arrive a bare uint32).
func SelectSendElem(ch, vs any) SelectCase {
	return SelectCase{reflect.SelectCase{Dir: reflect.SelectSend, Chan: chanValue(ch), Send: reflect.ValueOf(vs).Index(0)}}
}

// SelectDefault is the default case.
func SelectDefault() SelectCase {
	return SelectCase{reflect.SelectCase{Dir: reflect.SelectDefault}}
}

// Select runs a select statement: it returns the index of the case that
// ran, and for a receive the value received and whether it came from a send
// (false: the channel was closed).
func Select(cases ...SelectCase) (int, any, bool) {
	rc := make([]reflect.SelectCase, len(cases))
	for i, c := range cases {
		rc[i] = c.c
	}
	chosen, v, ok := reflect.Select(rc)
	if !v.IsValid() || !v.CanInterface() {
		return chosen, nil, ok
	}
	return chosen, v.Interface(), ok
}

// chanValue is ch as a channel; a nil channel (never ready) is the zero
// Value, which reflect.Select ignores.
func chanValue(ch any) reflect.Value {
	v := reflect.ValueOf(ch)
	if !v.IsValid() || v.Kind() != reflect.Chan || v.IsNil() {
		return reflect.Value{}
	}
	return v
}
