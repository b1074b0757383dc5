package xlsx

import (
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
// stored. It never guesses. This file is the lexer and parser;
// the conversions and operators are formula_values.go, the functions
// formula_funcs.go.

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
