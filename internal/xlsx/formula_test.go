package xlsx

import (
	"strings"
	"testing"
)

// mapEnv is a sheet of constant cells for Eval.
type mapEnv struct {
	cells map[string]Value
	steps int
}

func (e *mapEnv) Cell(sheet string, r, c int) (Value, string) {
	if sheet != "" && sheet != "Target" {
		return Value{}, "lembar lain"
	}
	return e.cells[sheet+CellName(c, r)], ""
}

func (e *mapEnv) Step() bool { e.steps--; return e.steps >= 0 }

func env() *mapEnv {
	return &mapEnv{steps: 1_000_000, cells: map[string]Value{
		"A1": {Type: 'n', Num: 24}, "A2": {Type: 'n', Num: 48}, "A3": {Type: 's', Str: "7"},
		"A4": {Type: 's', Str: "teks"}, "A5": {Type: 'b', Num: 1},
		"B1": {Type: 'e', Str: "#N/A"}, "TargetC2": {Type: 'n', Num: 100},
	}}
}

func TestEval(t *testing.T) {
	for _, c := range []struct {
		f    string
		want Value
	}{
		{"1+2*3", Value{Type: 'n', Num: 7}},
		{"(1+2)*3", Value{Type: 'n', Num: 9}},
		{"2^3^2", Value{Type: 'n', Num: 64}}, // Excel: left to right, (2^3)^2
		{"-2^2", Value{Type: 'n', Num: 4}},   // Excel: unary minus first
		{"A1+A2", Value{Type: 'n', Num: 72}},
		{"$A$1*2", Value{Type: 'n', Num: 48}},
		{"A3+1", Value{Type: 'n', Num: 8}}, // numeric text coerced
		{"A4+1", Value{Type: 'e', Str: "#VALUE!"}},
		{"A9+1", Value{Type: 'n', Num: 1}}, // empty is 0
		{`"IK"&2`, Value{Type: 's', Str: "IK2"}},
		{"1/0", Value{Type: 'e', Str: "#DIV/0!"}},
		{"B1*2", Value{Type: 'e', Str: "#N/A"}},
		{"50%", Value{Type: 'n', Num: 0.5}},
		{"SUM(A1:A5)", Value{Type: 'n', Num: 72}},     // text and TRUE in a range are skipped
		{"AVERAGE(A1:A2)", Value{Type: 'n', Num: 36}}, // (24+48)/2
		{"MAX(A1:A2,100)", Value{Type: 'n', Num: 100}},
		{"MIN(A1:A2)", Value{Type: 'n', Num: 24}},
		{"COUNT(A1:A5)", Value{Type: 'n', Num: 2}},
		{"COUNTA(A1:A5)", Value{Type: 'n', Num: 5}},
		{"ROUND(2.345,2)", Value{Type: 'n', Num: 2.35}},
		{"ROUND(-2.5,0)", Value{Type: 'n', Num: -3}}, // half away from zero
		{"ROUNDDOWN(2.349,2)", Value{Type: 'n', Num: 2.34}},
		{"ROUNDUP(2.341,2)", Value{Type: 'n', Num: 2.35}},
		{"IF(A1>20,\"ya\",\"tidak\")", Value{Type: 's', Str: "ya"}},
		{"IF(A1<20,1)", Value{Type: 'b'}},
		{"IFERROR(1/0,0)", Value{Type: 'n', Num: 0}},
		{"AND(A1>0,A2>0)", Value{Type: 'b', Num: 1}},
		{"NOT(OR(A1>100,FALSE))", Value{Type: 'b', Num: 1}},
		{"A2/A1*100", Value{Type: 'n', Num: 200}},
		{"Target!C2/2", Value{Type: 'n', Num: 50}},
		{"'Target'!C2", Value{Type: 'n', Num: 100}},
		{`"a"="A"`, Value{Type: 'b', Num: 1}}, // text compares without case
		{`1<"a"`, Value{Type: 'b', Num: 1}},   // numbers sort before text
		{"_xlfn.CONCATENATE(\"a\",1)", Value{Type: 's', Str: "a1"}},
		{"ABS(-3)+INT(-1.5)", Value{Type: 'n', Num: 1}}, // 3 + (-2)
	} {
		got, why := Eval(c.f, env())
		if why != "" || got != c.want {
			t.Errorf("%s = %+v (%s), want %+v", c.f, got, why, c.want)
		}
	}
}

// What is outside the subset, or beyond its limits, is not evaluated:
// never a wrong number, never a crash.
func TestEvalRefuses(t *testing.T) {
	for _, c := range []struct{ f, why string }{
		{"ROMAN(9E99)", "ROMAN"},
		{`LEN(REPT(REPT("x",32767),32767))`, "LEN"},
		{"MMULT(ROW(1:3000)*1,TRANSPOSE(ROW(1:3000)))", "MMULT"},
		{"SUM(A:A)", "tidak dikenali"},
		{"SUM(A1:XFD1048576)", "rumit"},
		{"Lain!A1", "lembar lain"},
		{"A1+", "tidak dikenali"},
		{"(((1", "tidak dikenali"},
		{strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200), "rumit"},
		{"NamaTerdefinisi*2", "tidak dikenali"},
		{"A1:A3", "tidak dikenali"},
		{strings.Repeat("1+", 5000) + "1", "rumit"},
	} {
		got, why := Eval(c.f, env())
		if why == "" || !strings.Contains(why, c.why) {
			t.Errorf("%.60s = %+v, why %q; want a refusal containing %q", c.f, got, why, c.why)
		}
	}
	// Text longer than a cell may hold is #VALUE!, as in Excel.
	e := env()
	e.cells["A6"] = Value{Type: 's', Str: strings.Repeat("x", MaxCellText)}
	if v, why := Eval(`A6&"y"`, e); why != "" || v.Type != 'e' || v.Str != "#VALUE!" {
		t.Errorf("over-long text: %+v %s", v.Type, why)
	}
	// The work budget.
	e = env()
	e.steps = 10
	if _, why := Eval("SUM(A1:A100)", e); why != WhyBudget {
		t.Errorf("budget: %q", why)
	}
}

func FuzzEval(f *testing.F) {
	for _, s := range []string{"1+2*3", "SUM(A1:A5)/COUNT(A1:A5)", `IF(A1>2,"x"&A3,ROUND(A2/3,2))`, "'Target'!C2%", "-(-(1))^2", "IFERROR(1/0,#N/A)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, formula string) {
		v, why := Eval(formula, env())
		if why == "" && v.Type == 'n' && (v.Num != v.Num) {
			t.Fatalf("%q gave NaN", formula)
		}
	})
}
