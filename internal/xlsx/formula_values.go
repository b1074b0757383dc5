package xlsx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The values of formulas: conversions between numbers, text and booleans
// as Excel makes them, and the operators (see formula.go for the
// evaluator that applies them).

func errValue(code string) Value { return Value{Type: 'e', Str: code} }

// toNumber coerces a value as Excel's arithmetic does.
func toNumber(v Value) (float64, *Value) {
	switch v.Type {
	case 'n', 'b':
		return v.Num, nil
	case 0:
		return 0, nil
	case 's':
		t := strings.TrimSpace(v.Str)
		if f, err := strconv.ParseFloat(t, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f, nil
		}
		e := errValue("#VALUE!")
		return 0, &e
	case 'e':
		return 0, &v
	}
	e := errValue("#VALUE!")
	return 0, &e
}

// toText coerces a value as Excel's & does.
func toText(v Value) (string, *Value) {
	switch v.Type {
	case 's':
		return v.Str, nil
	case 'n':
		return numberText(v.Num), nil
	case 'b':
		if v.Num != 0 {
			return "TRUE", nil
		}
		return "FALSE", nil
	case 0:
		return "", nil
	case 'e':
		return "", &v
	}
	e := errValue("#VALUE!")
	return "", &e
}

// numberText writes a number as a formula's text (15 significant digits,
// as Excel keeps): 2 → "2", 0.1+0.2 → "0.3".
func numberText(f float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	if err != nil {
		r = f
	}
	if a := math.Abs(r); a != 0 && (a >= 1e15 || a < 1e-9) {
		return strconv.FormatFloat(r, 'g', -1, 64)
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

func number(f float64) Value {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return errValue("#NUM!")
	}
	return Value{Type: 'n', Num: f}
}

func boolean(b bool) Value {
	if b {
		return Value{Type: 'b', Num: 1}
	}
	return Value{Type: 'b'}
}

func binary(op string, a, b Value) Value {
	if a.Type == 'e' {
		return a
	}
	if b.Type == 'e' && op != "=" && op != "<>" {
		return b
	}
	switch op {
	case "&":
		x, e := toText(a)
		if e != nil {
			return *e
		}
		y, e := toText(b)
		if e != nil {
			return *e
		}
		if utf8.RuneCountInString(x)+utf8.RuneCountInString(y) > MaxCellText {
			return errValue("#VALUE!") // as Excel: text over a cell's limit
		}
		return Value{Type: 's', Str: x + y}
	case "=", "<>", "<", ">", "<=", ">=":
		if b.Type == 'e' {
			return b
		}
		c := compare(a, b)
		switch op {
		case "=":
			return boolean(c == 0)
		case "<>":
			return boolean(c != 0)
		case "<":
			return boolean(c < 0)
		case ">":
			return boolean(c > 0)
		case "<=":
			return boolean(c <= 0)
		}
		return boolean(c >= 0)
	}
	x, e := toNumber(a)
	if e != nil {
		return *e
	}
	y, e := toNumber(b)
	if e != nil {
		return *e
	}
	switch op {
	case "+":
		return number(x + y)
	case "-":
		return number(x - y)
	case "*":
		return number(x * y)
	case "/":
		if y == 0 {
			return errValue("#DIV/0!")
		}
		return number(x / y)
	case "^":
		if x == 0 && y == 0 {
			return errValue("#NUM!")
		}
		return number(math.Pow(x, y))
	}
	return errValue("#VALUE!")
}

// compare orders values as Excel does: numbers < text < booleans; an
// empty cell is 0, "" or FALSE as the other side; text without case.
func compare(a, b Value) int {
	rank := func(v Value) int {
		switch v.Type {
		case 's':
			return 1
		case 'b':
			return 2
		}
		return 0
	}
	if a.Type == 0 {
		a = Value{Type: b.Type}
	}
	if b.Type == 0 {
		b = Value{Type: a.Type}
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	if a.Type == 's' {
		return strings.Compare(strings.ToLower(a.Str), strings.ToLower(b.Str))
	}
	switch {
	case a.Num < b.Num:
		return -1
	case a.Num > b.Num:
		return 1
	}
	return 0
}

func toBool(v Value) (bool, *Value) {
	switch v.Type {
	case 'n', 'b':
		return v.Num != 0, nil
	case 0:
		return false, nil
	case 's':
		switch strings.ToUpper(strings.TrimSpace(v.Str)) {
		case "TRUE":
			return true, nil
		case "FALSE":
			return false, nil
		}
	case 'e':
		return false, &v
	}
	e := errValue("#VALUE!")
	return false, &e
}
