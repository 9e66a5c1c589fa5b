package broken

func f() { undefined() }
