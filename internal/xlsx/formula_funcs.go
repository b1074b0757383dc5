package xlsx

import (
	"math"
	"strconv"
	"strings"
)

// The functions a formula may call (formulaFuncs): the small, safe set
// Eval knows. Anything else leaves the formula unevaluated.

type formulaFunc func(p *parser, args []Value) Value

var formulaFuncs map[string]formulaFunc

func init() {
	formulaFuncs = map[string]formulaFunc{
		"SUM":         func(p *parser, a []Value) Value { return aggregate(p, a, "SUM") },
		"AVERAGE":     func(p *parser, a []Value) Value { return aggregate(p, a, "AVERAGE") },
		"MIN":         func(p *parser, a []Value) Value { return aggregate(p, a, "MIN") },
		"MAX":         func(p *parser, a []Value) Value { return aggregate(p, a, "MAX") },
		"COUNT":       func(p *parser, a []Value) Value { return aggregate(p, a, "COUNT") },
		"COUNTA":      countA,
		"ROUND":       func(p *parser, a []Value) Value { return round(a, "ROUND") },
		"ROUNDUP":     func(p *parser, a []Value) Value { return round(a, "ROUNDUP") },
		"ROUNDDOWN":   func(p *parser, a []Value) Value { return round(a, "ROUNDDOWN") },
		"INT":         int1,
		"ABS":         abs1,
		"IF":          if3,
		"IFERROR":     ifError,
		"AND":         func(p *parser, a []Value) Value { return logic(p, a, true) },
		"OR":          func(p *parser, a []Value) Value { return logic(p, a, false) },
		"NOT":         not1,
		"CONCATENATE": concat,
	}
}

// aggregate computes SUM, AVERAGE, MIN, MAX and COUNT: numbers in ranges
// count, text and booleans in ranges are skipped; direct arguments are
// coerced (COUNT counts only those that are numbers).
func aggregate(p *parser, args []Value, fn string) Value {
	if len(args) == 0 {
		return errValue("#VALUE!")
	}
	sum, n := 0.0, 0
	lo, hi := math.Inf(1), math.Inf(-1)
	var errV *Value
	for _, a := range args {
		p.each(a, func(x Value, inRange bool) {
			if errV != nil {
				return
			}
			if x.Type == 'e' {
				if fn != "COUNT" {
					errV = &x
				}
				return
			}
			var f float64
			if inRange || fn == "COUNT" {
				if x.Type != 'n' {
					if !(fn == "COUNT" && !inRange && x.Type == 's' && isNumeric(x.Str)) {
						return
					}
				}
				f = x.Num
			} else {
				var e *Value
				if f, e = toNumber(x); e != nil {
					errV = e
					return
				}
			}
			sum += f
			n++
			lo, hi = math.Min(lo, f), math.Max(hi, f)
		})
	}
	if p.why != "" {
		return Value{}
	}
	if errV != nil {
		return *errV
	}
	switch fn {
	case "SUM":
		return number(sum)
	case "COUNT":
		return number(float64(n))
	case "AVERAGE":
		if n == 0 {
			return errValue("#DIV/0!")
		}
		return number(sum / float64(n))
	case "MIN":
		if n == 0 {
			return number(0)
		}
		return number(lo)
	}
	if n == 0 {
		return number(0)
	}
	return number(hi)
}

func isNumeric(s string) bool {
	_, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return err == nil
}

func countA(p *parser, args []Value) Value {
	n := 0
	for _, a := range args {
		p.each(a, func(Value, bool) { n++ })
	}
	if p.why != "" {
		return Value{}
	}
	return number(float64(n))
}

func round(args []Value, fn string) Value {
	if len(args) != 2 {
		return errValue("#VALUE!")
	}
	x, e := toNumber(scalar(args[0]))
	if e != nil {
		return *e
	}
	d, e := toNumber(scalar(args[1]))
	if e != nil {
		return *e
	}
	d = math.Trunc(d)
	if d > 15 || d < -15 {
		return errValue("#NUM!")
	}
	m := math.Pow(10, d)
	// Excel rounds the decimal it shows: 15 significant digits first.
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x*m, 'g', 15, 64), 64)
	switch fn {
	case "ROUND":
		v = math.Copysign(math.Floor(math.Abs(v)+0.5), v)
	case "ROUNDUP":
		v = math.Copysign(math.Ceil(math.Abs(v)), v)
	default:
		v = math.Trunc(v)
	}
	return number(v / m)
}

func int1(_ *parser, args []Value) Value {
	if len(args) != 1 {
		return errValue("#VALUE!")
	}
	x, e := toNumber(scalar(args[0]))
	if e != nil {
		return *e
	}
	return number(math.Floor(x))
}

func abs1(_ *parser, args []Value) Value {
	if len(args) != 1 {
		return errValue("#VALUE!")
	}
	x, e := toNumber(scalar(args[0]))
	if e != nil {
		return *e
	}
	return number(math.Abs(x))
}

func if3(_ *parser, args []Value) Value {
	if len(args) < 2 || len(args) > 3 {
		return errValue("#VALUE!")
	}
	c, e := toBool(scalar(args[0]))
	if e != nil {
		return *e
	}
	if c {
		return scalar(args[1])
	}
	if len(args) == 3 {
		return scalar(args[2])
	}
	return boolean(false)
}

func ifError(_ *parser, args []Value) Value {
	if len(args) != 2 {
		return errValue("#VALUE!")
	}
	if v := scalar(args[0]); v.Type != 'e' {
		return v
	}
	return scalar(args[1])
}

func logic(p *parser, args []Value, and bool) Value {
	if len(args) == 0 {
		return errValue("#VALUE!")
	}
	res := and
	var errV *Value
	for _, a := range args {
		p.each(a, func(x Value, inRange bool) {
			if errV != nil || (inRange && x.Type == 's') {
				return
			}
			b, e := toBool(x)
			if e != nil {
				errV = e
				return
			}
			if and {
				res = res && b
			} else {
				res = res || b
			}
		})
	}
	if p.why != "" {
		return Value{}
	}
	if errV != nil {
		return *errV
	}
	return boolean(res)
}

func not1(_ *parser, args []Value) Value {
	if len(args) != 1 {
		return errValue("#VALUE!")
	}
	b, e := toBool(scalar(args[0]))
	if e != nil {
		return *e
	}
	return boolean(!b)
}

func concat(_ *parser, args []Value) Value {
	out := Value{Type: 's'}
	for _, a := range args {
		out = binary("&", out, scalar(a))
		if out.Type == 'e' {
			return out
		}
	}
	return out
}
