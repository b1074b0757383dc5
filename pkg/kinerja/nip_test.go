package kinerja

import (
	"strings"
	"testing"
	"time"
)

func TestCheckNIPSah(t *testing.T) {
	cases := []struct {
		nip   string
		acuan int
		jenis string
	}{
		// The two NIPs of the reference report.
		{"19651230 198703 1 012", 2023, JenisPNS}, // born 30 Dec 1965, TMT Mar 1987
		{"19671114 199003 1 004", 2023, JenisPNS}, // born 14 Nov 1967, TMT Mar 1990
		// Separators: none, dots, several spaces, a non-breaking space, a tab.
		{"196512301987031012", 2023, JenisPNS},
		{"19651230.198703.1.012", 2023, JenisPNS},
		{"  19651230  198703 1 012 ", 2023, JenisPNS},
		{"19651230\u00a0198703\u00a01\u00a0012", 2023, JenisPNS},
		{"19651230\t198703 1 012", 0, JenisPNS},
		{"\ufeff19651230\u200b198703 1 012", 0, JenisPNS}, // BOM, zero-width space
		// TMT in the year of the 18th birthday (1965 + 18 = 1983) is fine.
		{"19651230 198301 1 012", 2023, JenisPNS},
		// TMT exactly 70 years after the birth year.
		{"19651230 203501 2 001", 0, JenisPNS},
		// TMT in the reference year itself.
		{"19900101 202403 2 001", 2024, JenisPNS},
		// PPPK: appointment year then a code in place of the month.
		{"19900101 202221 1 001", 2023, JenisPPPK},
		{"19850512 202424 2 015", 2024, JenisPPPK},
		{"19850512 201921 2 015", 0, JenisPPPK}, // first PPPK year
		// Sequence 999.
		{"19651230 198703 1 999", 2023, JenisPNS},
	}
	for _, c := range cases {
		jenis, masalah := CheckNIP(c.nip, c.acuan)
		if masalah != "" || jenis != c.jenis {
			t.Errorf("CheckNIP(%q, %d) = %q, %q; want %q and no problem", c.nip, c.acuan, jenis, masalah, c.jenis)
		}
	}
	n, m := ParseNIP("19651230 198703 1 012", 2023)
	want := NIP{Angka: "196512301987031012", Jenis: JenisPNS, Lahir: time.Date(1965, 12, 30, 0, 0, 0, 0, time.UTC),
		TahunTMT: 1987, BulanTMT: 3, Kelamin: 1, Urut: 12}
	if m != "" || n != want {
		t.Errorf("ParseNIP = %+v %q, want %+v", n, m, want)
	}
	n, _ = ParseNIP("19850512 202424 2 015", 2024)
	if n.Jenis != JenisPPPK || n.TahunTMT != 2024 || n.KodePPPK != 24 || n.BulanTMT != 0 || n.Kelamin != 2 || n.Urut != 15 {
		t.Errorf("ParseNIP(PPPK) = %+v", n)
	}
}

func TestCheckNIPSalah(t *testing.T) {
	cases := []struct {
		nip   string
		acuan int
		want  []string // fragments the problem must contain
	}{
		{"", 0, []string{"kosong"}},
		{"19651230 198703 1 01", 0, []string{"17 angka", "seharusnya 18"}},
		{"19651230 198703 1 0123", 0, []string{"19 angka"}},
		{"19651230-198703-1-012", 0, []string{"'-'", "spasi atau titik"}},
		{"NIP. 19651230 198703 1 012", 0, []string{"\"NIP\"", "hapus"}},
		{"1.96512301987031E+17", 0, []string{"angka ilmiah", "ketik ' di depan"}},
		{"1,96512301987031E+17", 0, []string{"angka ilmiah"}},
		// Birth date: month 13; 30 February; before 1900; after the reference year.
		{"19651330 198703 1 012", 0, []string{"tanggal lahir 19651330", "bukan tanggal"}},
		{"19650230 198703 1 012", 0, []string{"tanggal lahir 19650230"}},
		{"18991230 192003 1 012", 0, []string{"tahun lahir 1899"}},
		{"20250101 204503 1 001", 2023, []string{"tahun lahir 2025", "sesudah tahun 2023"}},
		// TMT month 00; month 13 before PPPK existed.
		{"19651230 198700 1 012", 0, []string{"bulan TMT CPNS 00", "01–12"}},
		{"19651230 198713 1 012", 0, []string{"bulan TMT CPNS 13", "2019"}},
		// TMT before the 18th-birthday year (1965 + 18 = 1983).
		{"19651230 198212 1 012", 0, []string{"TMT 198212", "berumur 18", "lahir 1965"}},
		// TMT more than 70 years after the birth year (1965 + 70 = 2035).
		{"19651230 203601 1 012", 0, []string{"TMT 203601", "70 tahun"}},
		// TMT after the reference year.
		{"19900101 202403 1 001", 2023, []string{"TMT 202403", "sesudah tahun 2023"}},
		{"19900101 202421 1 001", 2023, []string{"TMT 202421", "sesudah tahun 2023"}},
		// Gender.
		{"19651230 198703 3 012", 0, []string{"angka ke-15", "adalah 3", "1 (laki-laki) atau 2 (perempuan)"}},
		{"19651230 198703 0 012", 0, []string{"adalah 0"}},
		// Sequence 000, the mark of an NIP once kept in a number cell.
		{"19651230 198703 1 000", 0, []string{"nomor urut 000", "disimpan sebagai angka"}},
		// Several problems at once are all named.
		{"19651230 198700 3 000", 0, []string{"bulan TMT CPNS 00", "angka ke-15", "nomor urut 000"}},
	}
	for _, c := range cases {
		jenis, masalah := CheckNIP(c.nip, c.acuan)
		if masalah == "" {
			t.Errorf("CheckNIP(%q, %d): no problem found", c.nip, c.acuan)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(masalah, w) {
				t.Errorf("CheckNIP(%q, %d) = %q; want it to contain %q", c.nip, c.acuan, masalah, w)
			}
		}
		if strings.Contains(masalah, "TMT") && jenis != "" {
			t.Errorf("CheckNIP(%q): jenis %q despite a TMT problem", c.nip, jenis)
		}
	}
}

func TestFormatNIP(t *testing.T) {
	cases := map[string]string{
		"196512301987031012":      "19651230 198703 1 012",
		"19651230.198703.1.012":   "19651230 198703 1 012",
		" 19651230 198703 1 012 ": "19651230 198703 1 012",
		" 1965 ":                  "1965",
		"NIP. 1965":               "NIP. 1965",
	}
	for in, want := range cases {
		if got := FormatNIP(in); got != want {
			t.Errorf("FormatNIP(%q) = %q, want %q", in, got, want)
		}
	}
}

func identitasNIP() Identitas {
	return Identitas{
		Tahun: 2023, Triwulan: 2,
		NIP: "19651230 198703 1 012", NamaAtasan: "Drs. Contoh",
		NIPAtasan: "19671114 199003 1 004",
		Refs: map[string]Ref{
			FieldNIP:       {Sheet: SheetIdentitas, Cell: "B9"},
			FieldNIPAtasan: {Sheet: SheetIdentitas, Cell: "B12"},
		},
	}
}

func TestPeriksaNIPSah(t *testing.T) {
	if ts := PeriksaNIP(identitasNIP()); len(ts) != 0 {
		t.Errorf("the reference report's NIPs gave findings: %+v", ts)
	}
	// Empty NIPs are LK004's business, not LK022's.
	id := identitasNIP()
	id.NIP, id.NIPAtasan = "", " "
	if ts := PeriksaNIP(id); len(ts) != 0 {
		t.Errorf("empty NIPs gave findings: %+v", ts)
	}
}

func TestPeriksaNIPAngka(t *testing.T) {
	id := identitasNIP()
	id.NIP, id.NIPAngka = "196512301987031000", true
	ts := PeriksaNIP(id)
	if len(ts) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(ts), ts)
	}
	want := Temuan{Rule: "LK022", Severity: Warning, Sheet: SheetIdentitas, Cell: "B9",
		Message: "NIP disimpan sebagai angka sehingga digit setelah ke-15 hilang; ubah sel menjadi teks (ketik ' di depan) dan ketik ulang NIP"}
	if ts[0] != want {
		t.Errorf("got %+v\nwant %+v", ts[0], want)
	}
	id = identitasNIP()
	id.NIPAtasanAngka = true
	ts = PeriksaNIP(id)
	if len(ts) != 1 || ts[0].Cell != "B12" || !strings.HasPrefix(ts[0].Message, "NIP Atasan disimpan sebagai angka") {
		t.Errorf("NIP Atasan as a number: %+v", ts)
	}
}

func TestPeriksaNIPSalah(t *testing.T) {
	id := identitasNIP()
	id.NIP = "19651330 198703 1 012"
	id.NIPAtasan = "19671114 199003 5 004"
	ts := PeriksaNIP(id)
	if len(ts) != 2 {
		t.Fatalf("got %d findings, want 2: %+v", len(ts), ts)
	}
	a, b := ts[0], ts[1]
	if a.Rule != "LK022" || a.Severity != Warning || a.Ref() != (Ref{SheetIdentitas, "B9"}) ||
		!strings.Contains(a.Message, `NIP "19651330 198703 1 012" tidak sah`) ||
		!strings.Contains(a.Message, "tanggal lahir") || !strings.Contains(a.Message, "SK atau kartu pegawai") {
		t.Errorf("NIP finding: %+v", a)
	}
	if b.Rule != "LK022" || b.Ref() != (Ref{SheetIdentitas, "B12"}) ||
		!strings.Contains(b.Message, `NIP Atasan "19671114 199003 5 004" tidak sah`) ||
		!strings.Contains(b.Message, "jenis kelamin") {
		t.Errorf("NIP Atasan finding: %+v", b)
	}
	// Without a cell reference the finding names the sheet.
	id.Refs = nil
	if ts := PeriksaNIP(id); len(ts) != 2 || ts[0].Sheet != SheetIdentitas || ts[0].Cell != "" {
		t.Errorf("without Refs: %+v", ts)
	}
}

func TestPeriksaNIPAcuan(t *testing.T) {
	// TMT 2024 in a 2023 report: the official was not yet appointed.
	id := identitasNIP()
	id.NIP = "19900101 202403 1 001"
	if ts := PeriksaNIP(id); len(ts) != 1 || !strings.Contains(ts[0].Message, "sesudah tahun 2023") {
		t.Errorf("TMT after the report year: %+v", ts)
	}
	// A report dated in 2024 (TW IV 2023 written in January) moves the
	// reference year to 2024.
	id.TanggalLaporan = time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)
	if ts := PeriksaNIP(id); len(ts) != 0 {
		t.Errorf("report dated 2024: %+v", ts)
	}
}

func TestPeriksaNIPSama(t *testing.T) {
	id := identitasNIP()
	id.NIPAtasan = "196512301987031012" // the official's own NIP, without spaces
	ts := PeriksaNIP(id)
	if len(ts) != 1 || ts[0].Cell != "B12" || !strings.Contains(ts[0].Message, "sama dengan NIP pejabat") ||
		!strings.Contains(ts[0].Message, "Drs. Contoh") {
		t.Errorf("same NIP: %+v", ts)
	}
}
