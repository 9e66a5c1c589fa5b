package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Done
)

var names = [...]string{"idle", "running", "done"}

func (s State) String() string { return names[s] }

type Task struct {
	Name  string
	State State
}

func (t *Task) String() string { return "task " + t.Name + " (" + t.State.String() + ")" }

func main() {
	s := Running
	fmt.Println(s)
	fmt.Printf("%v %s %d %q %x\n", s, s, s, s, s)
	fmt.Printf("%v\n", []State{Idle, Done})
	fmt.Printf("%d\n", []State{Idle, Done})
	t := &Task{"load", Done}
	fmt.Println(t)
	fmt.Printf("%v %s\n", t, t)
	fmt.Printf("%+v\n", *t)
	m := map[State]int{Idle: 1, Running: 2}
	fmt.Println(m)
	var x any = s
	fmt.Println(x)
	if st, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	fmt.Println(fmt.Sprint(Idle, Done), fmt.Sprintf("%6s|%-8v|", Idle, Running))
}
