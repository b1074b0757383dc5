package kinerja

import "testing"

func TestParseMargin(t *testing.T) {
	for in, want := range map[string]Margin{
		"":                {},
		"3,2,2,2":         {3, 2, 2, 2},
		"3, 2,5, 2, 2":    {3, 2.5, 2, 2},
		"3cm,2cm,2cm,2cm": {3, 2, 2, 2},
		"4,3,3,3":         {4, 3, 3, 3},
		"3,2.5,2,2":       {3, 2.5, 2, 2},
		"3; 2,5; 2; 2":    {3, 2.5, 2, 2},
		"3 2,5 2 2":       {3, 2.5, 2, 2},
		"3/2/2/2":         {3, 2, 2, 2},
		" 3,5 cm; 2; 2;2": {3.5, 2, 2, 2},
		"6;2;3;2":         {6, 2, 3, 2},   // 21 − 6 − 3 = 12 cm wide: the least
		"3;5;2;4,7":       {3, 5, 2, 4.7}, // 29,7 − 5 − 4,7 = 20 cm high: the least
	} {
		got, err := ParseMargin(in)
		if err != nil || got != want {
			t.Errorf("ParseMargin(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"3", "3,2,2,2,2", "2,9;2;2;2", "3;1,9;2;2", "3;2;2;1", "a,b,c,d", "3,2,2,NaN", "6,2;2;3;2", "3;5;2;4,8", "3,2,2,-2"} {
		if m, err := ParseMargin(in); err == nil {
			t.Errorf("ParseMargin(%q) = %v, want an error", in, m)
		}
	}
}
