package xlsx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Formulas stored without their value come from scripts (Excel and
// LibreOffice always store the result). Eval computes a small, safe subset
// of Excel's formula language — numbers, text, TRUE/FALSE, cell and range
// references, + - * / ^ & % and comparisons, and the functions in
// formulaFuncs — with limits on the formula's length and nesting, on the
// size of ranges and of text, and on the work (Env.Step). Anything else is
// not evaluated: the caller reports the cell and asks the user to open and
// save the workbook in Excel or LibreOffice, so that the values are
// stored. It never guesses.

// Value is a formula's value. Type: 'n' number, 's' text, 'b' boolean,
// 'e' error value (Str holds it, "#DIV/0!"), 0 empty.
type Value struct {
	Type byte
	Num  float64
	Str  string
}

// Env is what Eval asks of the workbook.
type Env interface {
	// Cell returns the value of a cell; sheet is "" for the formula's own
	// sheet. why is not empty when the value cannot be known (the cell's
	// own formula cannot be evaluated, the sheet is not read …).
	Cell(sheet string, row, col int) (v Value, why string)
	// Step takes one unit of the evaluation budget; false when none is
	// left.
	Step() bool
}

// Limits of Eval.
const (
	maxFormulaDepth = 32      // nesting of parentheses and function calls
	maxRangeCells   = 100_000 // cells of one range argument
)

// Reasons a formula is not evaluated, for the user's message.
const (
	WhyFunction = "memakai fungsi %s yang tidak dihitung lapkin"
	WhySyntax   = "bentuknya tidak dikenali lapkin"
	WhyTooBig   = "terlalu panjang atau rumit untuk dihitung lapkin"
	WhyBudget   = "perhitungan rumus tanpa nilai di buku kerja ini melebihi batas lapkin"
)

// Eval evaluates formula (without the leading "="). why is not empty when
// it is not evaluated.
func Eval(formula string, env Env) (v Value, why string) {
	if len(formula) > MaxFormula || strings.HasSuffix(formula, "…") {
		return Value{}, WhyTooBig
	}
	p := &parser{src: formula, env: env}
	p.next()
	v = p.expr(0)
	if p.why == "" && p.tok.kind != tEOF {
		p.fail(WhySyntax)
	}
	if p.why != "" {
		return Value{}, p.why
	}
	if v.Type == 'r' {
		// A bare range (=A1:A3) spills in Excel 365: not supported.
		return Value{}, WhySyntax
	}
	return v, ""
}

// Token kinds.
const (
	tEOF = iota
	tNum
	tStr
	tErr    // an error literal, #N/A
	tRef    // a cell reference, possibly with a sheet
	tName   // a function name or TRUE/FALSE
	tOp     // + - * / ^ & = <> < > <= >= %
	tLParen // (
	tRParen // )
	tComma  // , or ;
	tColon  // :
)

type token struct {
	kind     int
	text     string
	num      float64
	sheet    string
	row, col int
}

type parser struct {
	src    string
	pos    int
	tok    token
	env    Env
	why    string
	depth  int
	ranges []rangeRef
}

func (p *parser) fail(why string) {
	if p.why == "" {
		p.why = why
	}
}

var excelErrorLiterals = []string{"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"}

// next reads the next token into p.tok.
func (p *parser) next() {
	s := p.src
	for p.pos < len(s) && (s[p.pos] == ' ' || s[p.pos] == '\n' || s[p.pos] == '\r' || s[p.pos] == '\t') {
		p.pos++
	}
	if p.pos >= len(s) {
		p.tok = token{kind: tEOF}
		return
	}
	c := s[p.pos]
	start := p.pos
	switch {
	case c == '"':
		var b strings.Builder
		p.pos++
		for {
			if p.pos >= len(s) {
				p.fail(WhySyntax)
				p.tok = token{kind: tEOF}
				return
			}
			if s[p.pos] == '"' {
				if p.pos+1 < len(s) && s[p.pos+1] == '"' {
					b.WriteByte('"')
					p.pos += 2
					continue
				}
				p.pos++
				break
			}
			b.WriteByte(s[p.pos])
			p.pos++
		}
		p.tok = token{kind: tStr, text: b.String()}
		return
	case c == '#':
		up := strings.ToUpper(s[p.pos:])
		for _, e := range excelErrorLiterals {
			if strings.HasPrefix(up, e) {
				p.pos += len(e)
				p.tok = token{kind: tErr, text: e}
				return
			}
		}
		p.fail(WhySyntax)
		p.tok = token{kind: tEOF}
		return
	case c >= '0' && c <= '9' || c == '.':
		for p.pos < len(s) && (s[p.pos] >= '0' && s[p.pos] <= '9' || s[p.pos] == '.') {
			p.pos++
		}
		if p.pos < len(s) && (s[p.pos] == 'e' || s[p.pos] == 'E') {
			q := p.pos + 1
			if q < len(s) && (s[q] == '+' || s[q] == '-') {
				q++
			}
			if q < len(s) && s[q] >= '0' && s[q] <= '9' {
				for q < len(s) && s[q] >= '0' && s[q] <= '9' {
					q++
				}
				p.pos = q
			}
		}
		// A row range such as 1:3 is not supported; "1:" fails below.
		f, err := strconv.ParseFloat(s[start:p.pos], 64)
		if err != nil {
			p.fail(WhySyntax)
			p.tok = token{kind: tEOF}
			return
		}
		p.tok = token{kind: tNum, num: f}
		return
	case c == '(':
		p.pos++
		p.tok = token{kind: tLParen}
		return
	case c == ')':
		p.pos++
		p.tok = token{kind: tRParen}
		return
	case c == ',' || c == ';':
		p.pos++
		p.tok = token{kind: tComma}
		return
	case c == ':':
		p.pos++
		p.tok = token{kind: tColon}
		return
	case c == '<' || c == '>':
		p.pos++
		if p.pos < len(s) && (s[p.pos] == '=' || (c == '<' && s[p.pos] == '>')) {
			p.pos++
		}
		p.tok = token{kind: tOp, text: s[start:p.pos]}
		return
	case strings.IndexByte("+-*/^&=%", c) >= 0:
		p.pos++
		p.tok = token{kind: tOp, text: string(c)}
		return
	case c == '\'':
		// 'Sheet name'!A1
		var b strings.Builder
		p.pos++
		for {
			if p.pos >= len(s) {
				p.fail(WhySyntax)
				p.tok = token{kind: tEOF}
				return
			}
			if s[p.pos] == '\'' {
				if p.pos+1 < len(s) && s[p.pos+1] == '\'' {
					b.WriteByte('\'')
					p.pos += 2
					continue
				}
				p.pos++
				break
			}
			b.WriteByte(s[p.pos])
			p.pos++
		}
		if p.pos >= len(s) || s[p.pos] != '!' {
			p.fail(WhySyntax)
			p.tok = token{kind: tEOF}
			return
		}
		p.pos++
		p.refAfterSheet(b.String())
		return
	}
	r, _ := utf8.DecodeRuneInString(s[p.pos:])
	if !isNameRune(r) {
		p.fail(WhySyntax)
		p.tok = token{kind: tEOF}
		return
	}
	for p.pos < len(s) {
		r, size := utf8.DecodeRuneInString(s[p.pos:])
		if !isNameRune(r) {
			break
		}
		p.pos += size
	}
	word := s[start:p.pos]
	if p.pos < len(s) && s[p.pos] == '!' {
		p.pos++
		p.refAfterSheet(word)
		return
	}
	if c, r, ok := ParseCell(word); ok && !(p.pos < len(s) && s[p.pos] == '(') {
		p.tok = token{kind: tRef, row: r, col: c}
		return
	}
	p.tok = token{kind: tName, text: strings.ToUpper(word)}
}

func isNameRune(r rune) bool {
	return r == '_' || r == '.' || r == '$' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != utf8.RuneError
}

// refAfterSheet reads the cell after "Sheet!".
func (p *parser) refAfterSheet(sheet string) {
	s := p.src
	start := p.pos
	for p.pos < len(s) && (s[p.pos] == '$' || s[p.pos] >= 'A' && s[p.pos] <= 'Z' || s[p.pos] >= 'a' && s[p.pos] <= 'z' || s[p.pos] >= '0' && s[p.pos] <= '9') {
		p.pos++
	}
	c, r, ok := ParseCell(s[start:p.pos])
	if !ok {
		p.fail(WhySyntax)
		p.tok = token{kind: tEOF}
		return
	}
	p.tok = token{kind: tRef, sheet: sheet, row: r, col: c}
}

// Binary operators by precedence (higher binds tighter).
func precedence(op string) int {
	switch op {
	case "=", "<>", "<", ">", "<=", ">=":
		return 1
	case "&":
		return 2
	case "+", "-":
		return 3
	case "*", "/":
		return 4
	case "^":
		return 5
	}
	return 0
}

func (p *parser) step() bool {
	if !p.env.Step() {
		p.fail(WhyBudget)
		return false
	}
	return true
}

// expr parses and evaluates an expression of operators binding tighter
// than minPrec.
func (p *parser) expr(minPrec int) Value {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxFormulaDepth {
		p.fail(WhyTooBig)
		return Value{}
	}
	left := p.unary()
	for p.why == "" && p.tok.kind == tOp {
		op := p.tok.text
		prec := precedence(op)
		if prec == 0 || prec <= minPrec {
			break
		}
		p.next()
		// ^ is left-associative in Excel, like the others.
		right := p.expr(prec)
		if p.why != "" || !p.step() {
			return Value{}
		}
		left = binary(op, scalar(left), scalar(right))
	}
	return left
}

func (p *parser) unary() Value {
	if p.tok.kind == tOp && (p.tok.text == "-" || p.tok.text == "+") {
		neg := p.tok.text == "-"
		p.next()
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxFormulaDepth {
			p.fail(WhyTooBig)
			return Value{}
		}
		v := scalar(p.unary())
		if !neg {
			return v
		}
		n, e := toNumber(v)
		if e != nil {
			return *e
		}
		return Value{Type: 'n', Num: -n}
	}
	v := p.primary()
	for p.why == "" && p.tok.kind == tOp && p.tok.text == "%" {
		p.next()
		n, e := toNumber(scalar(v))
		if e != nil {
			v = *e
			continue
		}
		v = Value{Type: 'n', Num: n / 100}
	}
	return v
}

// A range is carried as a Value of Type 'r' (Str: sheet; Num unused) with
// its bounds in the parser's result; only function arguments take one.
type rangeRef struct {
	sheet          string
	r1, c1, r2, c2 int
}

func (p *parser) primary() Value {
	if p.why != "" {
		return Value{}
	}
	t := p.tok
	switch t.kind {
	case tNum:
		p.next()
		return Value{Type: 'n', Num: t.num}
	case tStr:
		p.next()
		return Value{Type: 's', Str: t.text}
	case tErr:
		p.next()
		return Value{Type: 'e', Str: t.text}
	case tLParen:
		p.next()
		v := p.expr(0)
		if p.tok.kind != tRParen {
			p.fail(WhySyntax)
			return Value{}
		}
		p.next()
		return v
	case tRef:
		p.next()
		if p.tok.kind == tColon {
			p.next()
			if p.tok.kind != tRef || (p.tok.sheet != "" && p.tok.sheet != t.sheet) {
				p.fail(WhySyntax)
				return Value{}
			}
			e := p.tok
			p.next()
			rr := rangeRef{sheet: t.sheet, r1: min(t.row, e.row), c1: min(t.col, e.col), r2: max(t.row, e.row), c2: max(t.col, e.col)}
			p.ranges = append(p.ranges, rr)
			return Value{Type: 'r', Num: float64(len(p.ranges) - 1)}
		}
		if !p.step() {
			return Value{}
		}
		v, why := p.env.Cell(t.sheet, t.row, t.col)
		if why != "" {
			p.fail(why)
			return Value{}
		}
		return v
	case tName:
		name := strings.TrimPrefix(t.text, "_XLFN.")
		p.next()
		if p.tok.kind != tLParen {
			switch name {
			case "TRUE":
				return Value{Type: 'b', Num: 1}
			case "FALSE":
				return Value{Type: 'b'}
			}
			p.fail(WhySyntax) // a defined name
			return Value{}
		}
		p.next()
		fn, ok := formulaFuncs[name]
		if !ok {
			p.fail(strings.Replace(WhyFunction, "%s", name, 1))
			return Value{}
		}
		var args []Value
		if p.tok.kind != tRParen {
			for {
				if p.tok.kind == tComma || p.tok.kind == tRParen {
					args = append(args, Value{}) // an omitted argument
				} else {
					args = append(args, p.expr(0))
				}
				if p.why != "" {
					return Value{}
				}
				if p.tok.kind == tComma {
					p.next()
					continue
				}
				break
			}
		}
		if p.tok.kind != tRParen {
			p.fail(WhySyntax)
			return Value{}
		}
		p.next()
		if !p.step() {
			return Value{}
		}
		return fn(p, args)
	}
	p.fail(WhySyntax)
	return Value{}
}

// scalar turns a range used as a single value into #VALUE! (Excel's
// implicit intersection is not supported: such a formula fails earlier
// in practice).
func scalar(v Value) Value {
	if v.Type == 'r' {
		return Value{Type: 'e', Str: "#VALUE!"}
	}
	return v
}

// each calls fn for every value of an argument: a range's cells (empty
// cells skipped), or the value itself. inRange tells fn which.
func (p *parser) each(v Value, fn func(x Value, inRange bool)) {
	if v.Type != 'r' {
		fn(v, false)
		return
	}
	rr := p.ranges[int(v.Num)]
	if (rr.r2-rr.r1+1)*(rr.c2-rr.c1+1) > maxRangeCells {
		p.fail(WhyTooBig)
		return
	}
	for r := rr.r1; r <= rr.r2 && p.why == ""; r++ {
		for c := rr.c1; c <= rr.c2 && p.why == ""; c++ {
			if !p.step() {
				return
			}
			x, why := p.env.Cell(rr.sheet, r, c)
			if why != "" {
				p.fail(why)
				return
			}
			if x.Type != 0 {
				fn(x, true)
			}
		}
	}
}

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
