package main

func main() {
	x := undefined + 1
}
