package kinerja

import (
	"strconv"
	"strings"
	"time"

	"github.com/lapkin/lapkin/pkg/kalender"
)

// hariKerjaBawaan is the reporting deadline in working days when Identitas
// gives none (docs/format.md#sheets).
const hariKerjaBawaan = 5

// periksaTanggal: LK021, the report date after the deadline (the N-th
// working day after the quarter's last day, docs/kalender.md, with the Libur sheet's
// days), or before the quarter's last day (the last day itself is fine).
//
// The report date is Identitas' Tanggal Laporan, else PeriksaOpsi.Hari (the
// date generate would print). When the holiday table lacks the year, the
// deadline counts only weekends and the Libur sheet: a date within that
// deadline is in time whatever the holidays (they only push the deadline
// later), so only an info is given; a date after it is a warning that says
// the real deadline may be later.
func (p *pemeriksa) periksaTanggal() {
	if p.o.Jenis == Tahunan {
		p.periksaTanggalTahunan()
		return
	}
	id := p.l.Identitas
	if p.q == 0 {
		return
	}
	tgl, at, asal, ok := p.tanggalLaporan()
	if !ok {
		return
	}
	n := id.HariKerja
	if n <= 0 {
		n = hariKerjaBawaan
	}
	akhir := kalender.AkhirTriwulan(id.Tahun, p.q)
	if tgl.Before(akhir) {
		p.add("LK021", Warning, at, "",
			"%s jatuh sebelum %s berakhir (%s): laporan triwulan dibuat setelah triwulannya selesai. "+
				"Perbaiki Tanggal Laporan di lembar Identitas, atau periksa Tahun Anggaran dan Triwulan.",
			asal, p.periodeLaporan(), FormatTanggal(akhir))
		return
	}
	var libur []time.Time
	for _, l := range p.l.Libur {
		libur = append(libur, l.Tanggal)
	}
	kal := kalender.Baru(libur)
	r, ok := kal.Hitung(id.Tahun, p.q, n)
	if !ok {
		return
	}
	tak := ""
	if !r.Diketahui {
		ys := make([]string, len(r.TahunTakDikenal))
		for i, y := range r.TahunTakDikenal {
			ys[i] = strconv.Itoa(y)
		}
		tak = "tabel hari libur lapkin belum memuat tahun " + strings.Join(ys, ", ") +
			", jadi batas ini hanya memperhitungkan akhir pekan dan lembar Libur"
	}
	if tgl.After(r.Batas) {
		msg := asal + " melewati batas pelaporan " + FormatHariTanggal(r.Batas) + " (" + strconv.Itoa(n) +
			" hari kerja setelah " + FormatTanggal(r.Akhir) + "). "
		if tak != "" {
			msg += "Catatan: " + tak + "; batas sebenarnya bisa lebih lambat bila ada hari libur nasional atau cuti bersama, " +
				"yang dapat ditambahkan di lembar Libur. "
		}
		msg += "Serahkan laporan paling lambat pada batas itu; bila tanggalnya salah ketik, perbaiki Tanggal Laporan di lembar Identitas."
		p.add("LK021", Warning, at, "", "%s", msg)
		return
	}
	if tak != "" {
		p.add("LK021", Info, at, "",
			"Batas pelaporan dihitung %s, tetapi %s. %s sudah dalam batas itu; "+
				"hari libur nasional dan cuti bersama tahun itu dapat ditambahkan di lembar Libur.",
			FormatHariTanggal(r.Batas), tak, asal)
	}
}

// periksaNIP: LK022, the NIPs of the official and the superior (nip.go).
func (p *pemeriksa) periksaNIP() {
	p.out = append(p.out, PeriksaNIP(p.l.Identitas)...)
}

// tanggalLaporan is the date LK021 checks: Identitas Tanggal Laporan, else
// today (or --tanggal), with the cell to name and how the message
// introduces it. ok is false when there is no year or no date to check.
func (p *pemeriksa) tanggalLaporan() (tgl time.Time, at Ref, asal string, ok bool) {
	id := p.l.Identitas
	if id.Tahun == 0 {
		return time.Time{}, Ref{}, "", false
	}
	tgl, dariIdentitas := id.TanggalLaporan, true
	if tgl.IsZero() {
		tgl, dariIdentitas = p.o.Hari, false
	}
	if tgl.IsZero() {
		return time.Time{}, Ref{}, "", false
	}
	tgl = kalender.Tanggal(tgl)
	asal = "Tanggal Laporan " + FormatTanggal(tgl)
	if !dariIdentitas {
		asal = "Tanggal laporan (tidak diisi di lembar Identitas, jadi dipakai tanggal hari ini atau --tanggal: " + FormatTanggal(tgl) + ")"
	}
	return tgl, id.Ref(FieldTanggalLaporan), asal, true
}
