package workbook

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The expressions the matchers of match.go replace; the matchers must
// agree with them on every string.
var (
	oldParens     = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
	oldQuarter    = regexp.MustCompile(`^(?:tw|triwulan|trw|tri wulan|q)\s*\.?\s*(?:ke\s*)?(i{1,3}|iv|[1-4])$`)
	oldTargetYear = regexp.MustCompile(`^target (?:tahun )?(?:anggaran )?\d{4}$`)
	oldYear       = regexp.MustCompile(`^(?:(?:ta|tahun|tahun anggaran)\.?\s*)?(\d{4})$`)
)

func TestMatchersAsRegexp(t *testing.T) {
	inputs := []string{
		"", "capaian (%)", "pagu (rp)", "pagu (rp) ", " (x)", "(x)", "a (b) (c)", "a (b (c))", "a (b)c",
		"a ()", "a)", "a (", "a (b\n)\t\r", "a\f(b)\v", "a (é\xff)", "x ((y))",
		"tw i", "tw 1", "tw.2", "tw. 2", "tw .2", "tw . ke 3", "triwulan iii", "triwulan ke 4", "triwulan ke4",
		"q1", "trw ii", "tri wulan iv", "tw v", "tw iiii", "tw 5", "tw 0", "tw", "twi", "tw1 ", " tw1",
		"tw ke", "tw kei", "tw ..1", "tw\t\n1", "tw\v1", "triwulan", "triwulanii", "tw ivi", "q 4", "qq1",
		"target 2023", "target tahun 2023", "target anggaran 2023", "target tahun anggaran 2023",
		"target anggaran tahun 2023", "target  2023", "target 20233", "target 202", "target tahun", "target",
		"2023", "ta 2023", "ta. 2023", "ta.2023", "ta2023", "tahun 2023", "tahun anggaran 2023",
		"tahun anggaran. 2023", "tahun  anggaran 2023", "tahunanggaran 2023", "t.a. 2023", "ta..2023",
		"ta 20234", "20234", "202", "ta\n\f\r\t 2023", "ta\v2023", "ta ２０２３",
	}
	pieces := []string{"t", "w", "tw", "tri", "wulan", "triwulan", "trw", "q", "ke", "k", "e", "i", "v", "ii", "iv",
		"1", "2", "4", "5", "9", "2023", ".", " ", "\t", "\n", "\f", "\r", "\v", "(", ")", "(%)", "x", "é", "\xff",
		"target ", "target", "tahun ", "tahun", "anggaran ", "anggaran", "ta", "ta."}
	r := rand.New(rand.NewPCG(3, 4))
	for range 300000 {
		var b strings.Builder
		if r.IntN(3) == 0 {
			b.WriteString("target ")
		}
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	var matched [4]int
	for _, s := range inputs {
		if got, want := cutParens(s), oldParens.ReplaceAllString(s, ""); got != want {
			t.Fatalf("cutParens(%q) = %q; the expression: %q", s, got, want)
		} else if got != s {
			matched[0]++
		}
		m := oldQuarter.FindStringSubmatch(s)
		if q, ok := quarterNumeral(s); ok != (m != nil) || ok && q != m[1] {
			t.Fatalf("quarterNumeral(%q) = %q, %v; the expression: %q", s, q, ok, m)
		} else if ok {
			matched[1]++
		}
		if got, want := isTargetYear(s), oldTargetYear.MatchString(s); got != want {
			t.Fatalf("isTargetYear(%q) = %v; the expression: %v", s, got, want)
		} else if got {
			matched[2]++
		}
		m = oldYear.FindStringSubmatch(s)
		if y, ok := yearDigits(s); ok != (m != nil) || ok && y != m[1] {
			t.Fatalf("yearDigits(%q) = %q, %v; the expression: %q", s, y, ok, m)
		} else if ok {
			matched[3]++
		}
	}
	// Each matcher must have matched many strings, or the comparison says
	// little.
	for i, n := range matched {
		if n < 50 {
			t.Errorf("matcher %d matched only %d strings", i, n)
		}
	}
	t.Logf("%d strings, matched %v", len(inputs), matched)
}

// quarterOf maps every numeral of quarterNumeral to its quarter.
func TestQuarterOf(t *testing.T) {
	for s, want := range map[string]int{"tw i": 1, "tw 1": 1, "tw.2": 2, "triwulan ii": 2, "triwulan iii": 3,
		"trw 3": 3, "triwulan ke 4": 4, "q4": 4, "tri wulan iv": 4, "tw 5": 0, "kuartal 1": 0} {
		if got := quarterOf(s); got != want {
			t.Errorf("quarterOf(%q) = %d, want %d", s, got, want)
		}
	}
}

// The quarter columns are written out in the specs: each has the id of its
// quarter and the title of the quarter's roman numeral, and its headers
// are read as that quarter's.
func TestQuarterColumns(t *testing.T) {
	for _, c := range []struct {
		sp     *sheetSpec
		ids    [4]string
		title  string
		header string
	}{
		{&specTarget, idTargetTW, "Target TW ", "target triwulan "},
		{&specRealisasi, idTW, "TW ", "realisasi kinerja tw "},
		{&specAnggaran, idRealisasiTW, "Realisasi TW ", "realisasi anggaran q"},
	} {
		for q := 1; q <= 4; q++ {
			k := c.sp.columnSpec[c.sp.indeks(c.ids[q-1])]
			if k.quarter != q || k.judul() != c.title+kinerja.Romawi(q) {
				t.Errorf("%s column %s: quarter %d, title %q", c.sp.lembar, k.id, k.quarter, k.judul())
			}
			for h := 1; h <= 4; h++ {
				if got := k.isQuarter(c.header + strconv.Itoa(h)); got != (h == q) {
					t.Errorf("%s column %s reads %q: %v", c.sp.lembar, k.id, c.header+strconv.Itoa(h), got)
				}
			}
		}
	}
}
