package main

// Two empty struct types: the interpreter holds a *Token and a *Done alike,
// as a *struct{}, so a switch cannot tell them apart.
type Token struct{}

type Done struct{}

func (*Done) Close() {}

func kind(v any) string {
	switch v.(type) {
	case *Token:
		return "token"
	case *Done:
		return "done"
	}
	return "other"
}

func main() {
	println(kind(&Token{}), kind(&Done{}))
}
