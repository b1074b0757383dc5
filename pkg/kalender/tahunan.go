package kalender

import "time"

// AkhirTahun returns 31 December of a year, the end of the period an
// annual report (LKjIP) covers.
func AkhirTahun(tahun int) time.Time {
	return time.Date(tahun, time.December, 31, 0, 0, 0, 0, time.UTC)
}

// BatasTahunan returns the deadline of the annual report of a year: the
// last working day on or before 31 March of the next year (the three-month
// limit of PermenPANRB 53/2014; docs/kalender.md). diketahui is false when
// the holiday table does not cover the next year: then only weekends and
// the extra days were skipped.
func (k *Kalender) BatasTahunan(tahun int) (batas time.Time, diketahui bool) {
	d := time.Date(tahun+1, time.March, 31, 0, 0, 0, 0, time.UTC)
	for !k.HariKerja(d) {
		d = d.AddDate(0, 0, -1)
	}
	return d, k.Diketahui(tahun + 1)
}
