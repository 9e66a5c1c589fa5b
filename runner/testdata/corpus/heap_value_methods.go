package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// A priority queue of the program's, as container/heap's documentation
// writes one: value methods (Len, Less, Swap) called through an interface
// that holds a pointer see the slice as Push and Pop leave it.
type Task struct {
	Name     string
	Priority int
}

type Queue []*Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Priority > q[j].Priority }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(*Task)) }
func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

func main() {
	q := &Queue{}
	heap.Init(q)
	for i, name := range []string{"write", "test", "ship", "plan", "review"} {
		heap.Push(q, &Task{name, (i * 7) % 5})
	}
	var si sort.Interface = q
	fmt.Println("queued:", si.Len())
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Println(t.Priority, t.Name, "left:", si.Len())
	}
	w := &Words{"pear", "apple"}
	var wi sort.Interface = w
	*w = append(*w, "fig")
	sort.Sort(wi)
	fmt.Println(*w, wi.Len())
}
