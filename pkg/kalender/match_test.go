package kalender

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The expressions the table's lines were matched with before the
// hand-written matchers; the matchers must agree with them on every line.
var (
	oldYearHeading   = regexp.MustCompile(`^\[(\d{4})\]$`)
	oldDayLine       = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\s+(L|CB)\s+(\S.*)$`)
	oldAmendmentLine = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\s+(\S.*)$`)
)

func TestLineMatchersAsRegexp(t *testing.T) {
	lines := []string{
		"", "[2023]", "[202]", "[20233]", "[abcd]", "[2023] ", " [2023]", "2023", "[٢٠٢٣]",
		"2023-01-01  L   Tahun Baru", "2023-01-01 L x", "2023-01-01\tCB\tCuti", "2023-01-01  CB  ",
		"2023-01-01  L", "2023-01-01L x", "2023-01-01  LL x", "2023-01-01  C x", "2023-01-01  CBx y",
		"2023-01-01  L\nx", "2023-01-01  L  x\ny", "2023-01-01\f\rL\v x", "2023-01-01  L \u00a0x",
		"2023-1-01  L x", "2023/01/01  L x", "2023-01-0a  L x", "2023-01-01", "2023-01-01 ",
		"2023-03-29 Keputusan Bersama", "2023-03-29\tx", "2023-03-29 \n", "2023-03-29  a\xffb",
		"2023-03-29  \xff", "x2023-03-29 a", "2023-03-29 a ",
	}
	sc := bufio.NewScanner(bytes.NewReader(dataLibur))
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		lines = append(lines, s, strings.TrimSpace(strings.TrimPrefix(s, "perubahan:")))
	}
	// Random lines from the pieces the expressions look at.
	pieces := []string{"2", "0", "9", "-", "[", "]", " ", "\t", "\n", "\f", "\r", "\v", "L", "C", "B", "CB",
		"x", "é", "\u00a0", "\xff", "[20", "26]", "[2024]", "2023-", "01-", "2023-01-01", "2023-01-01 ", " L ", " CB "}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for range r.IntN(9) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	matched := [3]int{}
	for _, s := range lines {
		y, ok := yearHeading(s)
		if m := oldYearHeading.FindStringSubmatch(s); (m != nil) != ok || ok && m[1] != y {
			t.Fatalf("yearHeading(%q) = %q, %v; the expression: %q", s, y, ok, m)
		} else if ok {
			matched[0]++
		}
		if got, want := dayLine(s), oldDayLine.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("dayLine(%q) = %q; the expression: %q", s, got, want)
		} else if got != nil {
			matched[1]++
		}
		if got, want := amendmentLine(s), oldAmendmentLine.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("amendmentLine(%q) = %q; the expression: %q", s, got, want)
		} else if got != nil {
			matched[2]++
		}
	}
	// Each matcher must have matched lines, or the comparison says little.
	for i, n := range matched {
		if n < 10 {
			t.Errorf("matcher %d matched only %d lines", i, n)
		}
	}
	t.Logf("%d lines, matched %v", len(lines), matched)
}

// TahunBawaan reads only the year headings; it must give the parsed
// table's years.
func TestTahunBawaan(t *testing.T) {
	got, want := TahunBawaan(), Baru(nil).Tahun()
	if len(want) < 4 || !slices.Equal(got, want) {
		t.Fatalf("TahunBawaan() = %v, the parsed table's years %v", got, want)
	}
}
