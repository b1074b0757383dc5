package kalender

import (
	"testing"
	"time"
)

// The annual deadline is the last working day on or before 31 March of the
// next year. Worked by hand from the holiday table:
//   - 2023 → 31 March 2024 is a Sunday, 30 March a Saturday, 29 March Good
//     Friday (Wafat Isa Almasih): Thursday 28 March 2024.
//   - 2024 → 31 March 2025 is Monday, Idul Fitri 1446 H; 29–30 March a
//     weekend; 28 March cuti bersama Nyepi: Thursday 27 March 2025.
//   - 2025 → 31 March 2026 is a Tuesday and not in the table (Idul Fitri
//     1447 H falls on 21–22 March 2026): Tuesday 31 March 2026.
func TestBatasTahunan(t *testing.T) {
	k := Baru(nil)
	for _, c := range []struct {
		tahun int
		want  time.Time
	}{
		{2023, time.Date(2024, 3, 28, 0, 0, 0, 0, time.UTC)},
		{2024, time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)},
		{2025, time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)},
	} {
		got, ok := k.BatasTahunan(c.tahun)
		if !got.Equal(c.want) || !ok {
			t.Errorf("BatasTahunan(%d) = %s, %v; want %s, true", c.tahun, got.Format("2006-01-02 Mon"), ok, c.want.Format("2006-01-02 Mon"))
		}
	}
	// A year the table lacks: weekends only, and diketahui false.
	// 31 March 2031 is a Monday.
	got, ok := k.BatasTahunan(2030)
	if want := time.Date(2031, 3, 31, 0, 0, 0, 0, time.UTC); !got.Equal(want) || ok {
		t.Errorf("BatasTahunan(2030) = %s, %v; want %s, false", got, ok, want)
	}
	// An extra non-working day moves it earlier.
	k2 := Baru([]time.Time{time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)})
	if got, _ := k2.BatasTahunan(2025); !got.Equal(time.Date(2026, 3, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("with 31 March 2026 off: %s, want 2026-03-30", got)
	}
}
