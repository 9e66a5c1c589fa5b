package book

import "fmt"

// solutionRef is a solution=NAME attribute: the exercise it names and the
// line of the fence that names it.
type solutionRef struct {
	exercise string
	line     int
}

// linkExercises pairs each exercise of a chapter with its solution and
// returns what is wrong: a solution naming no exercise, an exercise
// without a solution or with two, an exercise or solution split over
// several blocks, a solution before its exercise, and a starter and a
// solution that are not both tests or both programs.
func linkExercises(c *Chapter, byName map[string]*Program, solves map[*Program]solutionRef, errorAt func(line, col int, format string, args ...any) *Error) ErrorList {
	var errs ErrorList
	for _, p := range c.Programs {
		ref, ok := solves[p]
		if !ok {
			continue
		}
		ex := byName[ref.exercise]
		switch {
		case ex == nil:
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: the chapter has no exercise %q (its starter is a block ```go name=%s exercise)", ref.exercise, ref.exercise, ref.exercise))
		case ex == p:
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: a program cannot solve itself; the solution is a program of its own, such as %s-solution", ref.exercise, ref.exercise))
		case !ex.Exercise:
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: program %q (line %d) is not an exercise (its fence lacks the exercise attribute)", ref.exercise, ex.Name, ex.Line()))
		case ex.Solution != nil:
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: exercise %q already has a solution, %q at line %d", ref.exercise, ex.Name, ex.Solution.Name, ex.Solution.Line()))
		case p.Line() < ex.Line():
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: a solution comes after its exercise (line %d)", ref.exercise, ex.Line()))
		case p.Test != ex.Test:
			errs = append(errs, errorAt(ref.line, 1, "solution=%s: the starter and its solution are both tests or both programs", ref.exercise))
		default:
			ex.Solution, p.SolutionOf = p, ex
		}
	}
	for _, p := range c.Programs {
		if (p.Exercise || solves[p] != solutionRef{}) && len(p.Segments) > 1 {
			what := "an exercise"
			if !p.Exercise {
				what = "a solution"
			}
			errs = append(errs, errorAt(p.Segments[1].FenceLine, 1, "%s is one code block: %q is also defined at line %d", what, p.Name, p.Line()))
		}
		if p.Exercise && p.Solution == nil && !hasRefTo(solves, p.Name) {
			errs = append(errs, errorAt(p.Line(), 1, "exercise %q has no solution: add a block ```go name=%s-solution solution=%s", p.Name, p.Name, p.Name))
		}
	}
	return errs
}

// hasRefTo reports whether some solution= attribute names the exercise (an
// exercise whose solution is wrong has that error only).
func hasRefTo(solves map[*Program]solutionRef, name string) bool {
	for _, ref := range solves {
		if ref.exercise == name {
			return true
		}
	}
	return false
}

// Describe says what a program is, for messages: "program", "test",
// "exercise" or "solution of exercise NAME".
func (p *Program) Describe() string {
	switch {
	case p.Exercise:
		return "exercise"
	case p.SolutionOf != nil:
		return fmt.Sprintf("solution of exercise %s", p.SolutionOf.Name)
	case p.Test:
		return "test"
	}
	return "program"
}
