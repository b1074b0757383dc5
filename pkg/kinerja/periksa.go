package kinerja

import "time"

// PeriksaOpsi are the settings of a check.
type PeriksaOpsi struct {
	Triwulan int    // the reporting quarter in force
	Metode   Metode // efficiency method, for LK020
	// Hari is "today" for the report date default (zero: the report date
	// from Identitas only).
	Hari time.Time
}

// Periksa applies the domain rules of SPEC §4 (LK007, LK009–LK024) to a
// workbook's content and its computed figures. The reading rules (LK001–
// LK006, LK008, LK025) are applied by pkg/workbook while reading.
func Periksa(l *Laporan, h *Hasil, o PeriksaOpsi) Temuans {
	// TODO(validate issue): the rules.
	return nil
}
