package kinerja

import (
	"strings"
	"testing"
)

func TestParseMargin(t *testing.T) {
	for in, want := range map[string]Margin{
		"":                       {},
		"3,2,2,2":                {3, 2, 2, 2},
		"3, 2,5, 2, 2":           {3, 2.5, 2, 2},
		"3cm,2cm,2cm,2cm":        {3, 2, 2, 2},
		"4,3,3,3":                {4, 3, 3, 3},
		"3,2.5,2,2":              {3, 2.5, 2, 2},
		"3; 2,5; 2; 2":           {3, 2.5, 2, 2},
		"3 2,5 2 2":              {3, 2.5, 2, 2},
		"3/2/2/2":                {3, 2, 2, 2},
		" 3,5 cm; 2; 2;2":        {3.5, 2, 2, 2},
		"6;2;3;2":                {6, 2, 3, 2},   // 21 − 6 − 3 = 12 cm wide: the least
		"3;5;2;4,7":              {3, 5, 2, 4.7}, // 29,7 − 5 − 4,7 = 20 cm high: the least
		"4 cm, 3 cm, 3 cm, 3 cm": {4, 3, 3, 3},
		"3 , 2 , 2 , 2":          {3, 2, 2, 2},
		"4;3;3;3CM":              {4, 3, 3, 3},
		"3,5 cm; 2 Cm; 2; 2":     {3.5, 2, 2, 2},
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
	// The message counts the values as read and names a value that is
	// not a plain decimal number as written.
	for in, want := range map[string]string{
		"4 cm, 3 cm, 3 cm":  "harus berisi 4 angka (ditemukan 3)",
		"3 , 2 , 2 , 2 , 2": "harus berisi 4 angka (ditemukan 5)",
		"1e1,2,2,2":         `margin kiri "1e1" bukan angka desimal biasa`,
		"3;2;2;1e300":       `margin bawah "1e300" bukan angka desimal biasa`,
		"3,2,2,NaN":         `margin bawah "NaN" bukan angka desimal biasa`,
		"3;2;Inf;2":         `margin kanan "Inf" bukan angka desimal biasa`,
		"0x3;2;2;2":         `margin kiri "0x3" bukan angka desimal biasa`,
		"3;2;2;2 mm":        `margin bawah "2 mm" bukan angka desimal biasa`,
		"3;2;2;cm":          `margin bawah "cm" bukan angka desimal biasa`,
		"3,2,2,-2":          "margin bawah -2 cm kurang dari 2 cm",
	} {
		_, err := ParseMargin(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseMargin(%q) = %v; want a message with %q", in, err, want)
		}
	}
}
