package kinerja

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Kinds of NIP (nomor induk pegawai).
const (
	JenisPNS  = "PNS"  // civil servant: TMT CPNS year and month
	JenisPPPK = "PPPK" // government employee on contract: year and a code
)

// NIP is an 18-digit employee number taken apart (Perka BKN 22/2007):
//
//	19651230 198703 1 012
//	│        │      │ └ sequence number (Urut)
//	│        │      └── gender: 1 male, 2 female (Kelamin)
//	│        └───────── TMT CPNS year and month (PNS), or appointment year
//	│                   and a two-digit code (PPPK)
//	└────────────────── birth date YYYYMMDD (Lahir)
type NIP struct {
	Angka    string    // the 18 digits, without separators
	Jenis    string    // JenisPNS or JenisPPPK
	Lahir    time.Time // birth date (UTC midnight)
	TahunTMT int       // TMT CPNS year (PNS) or appointment year (PPPK)
	BulanTMT int       // TMT CPNS month 1–12 (PNS); 0 for PPPK
	KodePPPK int       // PPPK: the code in place of the month (13–99)
	Kelamin  int       // 1 or 2
	Urut     int       // sequence number
}

// Bounds of the plausibility checks, documented in CheckNIP.
const (
	nipTahunLahirMin = 1900
	nipUmurMin       = 18   // TMT not before the 18th-birthday year
	nipUmurMaks      = 70   // TMT not after the birth year + 70
	nipTahunPPPK     = 2019 // first PPPK appointments (PP 49/2018)
)

// CheckNIP checks an NIP as typed. It returns the kind read from digits 9–14
// (JenisPNS or JenisPPPK; "" when they cannot be read) and what is wrong, in Indonesian, ""
// when the NIP is valid. acuan is the reference year (the report's year):
// neither the birth date nor the TMT may lie after it; 0 skips that check.
//
// Rules:
//   - 18 digits; spaces (also non-breaking) and dots between them are
//     allowed ("19651230 198703 1 012", "19651230.198703.1.012"), and
//     invisible format characters (zero-width space) are ignored; any other
//     character is not.
//   - Digits 1–8: a real birth date, year 1900 or later.
//   - Digits 9–14: the TMT CPNS year and month 01–12 (PNS), or the
//     appointment year and a code 13–99 in place of the month (PPPK, e.g.
//     21 or 24: BKN's codes, which may grow, are all accepted); a PPPK code
//     with a year before 2019 is rejected as a bad month, since PPPK
//     appointments began in 2019; 00 is never valid. The year may not be
//     before the year of the 18th birthday nor more than 70 years after
//     the birth year.
//   - Digit 15: gender, 1 or 2.
//   - Digits 16–18: the sequence number, 001–999. 000 is rejected: numbers
//     start at 001, and 000 is exactly what an NIP kept in an Excel number
//     cell ends with (Excel keeps 15 significant digits).
func CheckNIP(nip string, acuan int) (jenis, masalah string) {
	n, m := ParseNIP(nip, acuan)
	return n.Jenis, m
}

var reNIPIlmiah = lazyRE(`(?i)^\d([.,]\d+)?e\+?\d+$`)

// ParseNIP takes an NIP apart and checks it like CheckNIP, returning the parts
// read so far and the problems found ("" when valid). When several parts
// are wrong, every problem is named, separated by "; ".
func ParseNIP(nip string, acuan int) (NIP, string) {
	s := strings.TrimSpace(strings.Map(normSpace, nip))
	if s == "" {
		return NIP{}, "NIP kosong"
	}
	if reNIPIlmiah.MatchString(strings.ReplaceAll(s, " ", "")) {
		return NIP{}, "NIP tertulis sebagai angka ilmiah (E+17), artinya sel disimpan sebagai angka dan digit setelah ke-15 hilang; ubah sel menjadi teks (ketik ' di depan) dan ketik ulang NIP"
	}
	if u := strings.ToUpper(s); strings.HasPrefix(u, "NIP") {
		return NIP{}, "isi sel diawali tulisan \"NIP\"; hapus tulisan itu dan isi sel hanya dengan angka NIP"
	}
	d, asing := splitNIPDigits(s)
	if asing != 0 {
		return NIP{}, fmt.Sprintf("NIP memuat karakter %q; NIP hanya berisi angka, boleh dipisah spasi atau titik", asing)
	}
	if len(d) != 18 {
		return NIP{}, fmt.Sprintf("NIP terdiri dari %d angka, seharusnya 18 angka (8 tanggal lahir, 6 TMT, 1 jenis kelamin, 3 nomor urut)", len(d))
	}
	n := NIP{Angka: d}
	var salah []string

	// Birth date, digits 1–8.
	y, mo, dd := atoi(d[0:4]), atoi(d[4:6]), atoi(d[6:8])
	lahir := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
	lahirOK := true
	switch {
	case lahir.Year() != y || int(lahir.Month()) != mo || lahir.Day() != dd:
		salah = append(salah, fmt.Sprintf("tanggal lahir %s (angka ke-1 sampai ke-8, TTTTBBHH) bukan tanggal yang ada", d[0:8]))
		lahirOK = false
	case y < nipTahunLahirMin:
		salah = append(salah, fmt.Sprintf("tahun lahir %d (angka ke-1 sampai ke-4) tidak mungkin", y))
		lahirOK = false
	case acuan > 0 && y > acuan:
		salah = append(salah, fmt.Sprintf("tahun lahir %d (angka ke-1 sampai ke-4) sesudah tahun %d", y, acuan))
		lahirOK = false
	default:
		n.Lahir = lahir
	}

	// TMT CPNS (PNS) or appointment year and code (PPPK), digits 9–14.
	ty, tm := atoi(d[8:12]), atoi(d[12:14])
	n.TahunTMT = ty
	tmtOK := true
	switch {
	case tm >= 1 && tm <= 12:
		n.Jenis, n.BulanTMT = JenisPNS, tm
	case tm >= 13 && ty >= nipTahunPPPK:
		n.Jenis, n.KodePPPK = JenisPPPK, tm
	case tm >= 13:
		salah = append(salah, fmt.Sprintf("bulan TMT CPNS %s (angka ke-13 dan ke-14) tidak ada: bulan ditulis 01–12 (kode PPPK seperti 21 baru dipakai sejak %d)", d[12:14], nipTahunPPPK))
		tmtOK = false
	default:
		salah = append(salah, fmt.Sprintf("bulan TMT CPNS %s (angka ke-13 dan ke-14) tidak ada: bulan ditulis 01–12", d[12:14]))
		tmtOK = false
	}
	tmtTeks := d[8:14]
	switch {
	case lahirOK && ty < y+nipUmurMin:
		salah = append(salah, fmt.Sprintf("TMT %s (angka ke-9 sampai ke-14) sebelum tahun pegawai berumur %d tahun (lahir %d)", tmtTeks, nipUmurMin, y))
		tmtOK = false
	case lahirOK && ty > y+nipUmurMaks:
		salah = append(salah, fmt.Sprintf("TMT %s (angka ke-9 sampai ke-14) lebih dari %d tahun sesudah tahun lahir %d", tmtTeks, nipUmurMaks, y))
		tmtOK = false
	case acuan > 0 && ty > acuan:
		salah = append(salah, fmt.Sprintf("TMT %s (angka ke-9 sampai ke-14) sesudah tahun %d", tmtTeks, acuan))
		tmtOK = false
	}
	if !tmtOK {
		n.Jenis = ""
	}

	// Gender, digit 15.
	switch d[14] {
	case '1', '2':
		n.Kelamin = int(d[14] - '0')
	default:
		salah = append(salah, fmt.Sprintf("angka ke-15 (jenis kelamin) adalah %c, seharusnya 1 (laki-laki) atau 2 (perempuan)", d[14]))
	}

	// Sequence, digits 16–18.
	n.Urut = atoi(d[15:18])
	if n.Urut == 0 {
		salah = append(salah, "nomor urut 000 (3 angka terakhir) tidak dipakai; NIP yang pernah disimpan sebagai angka di Excel kehilangan 3 angka terakhirnya seperti ini")
	}
	return n, strings.Join(salah, "; ")
}

// FormatNIP writes an NIP in the usual groups: "19651230 198703 1 012".
// Text that is not an 18-digit NIP (after removing spaces and dots) is
// returned trimmed, unchanged.
func FormatNIP(nip string) string {
	d := nipAngka(nip)
	if len(d) != 18 {
		return strings.TrimSpace(nip)
	}
	return d[0:8] + " " + d[8:14] + " " + d[14:15] + " " + d[15:18]
}

// nipAngka returns the digits of an NIP typed with spaces and dots, or ""
// when it holds any other character.
func nipAngka(nip string) string {
	d, asing := splitNIPDigits(nip)
	if asing != 0 {
		return ""
	}
	return d
}

// splitNIPDigits returns the digits of an NIP, skipping separators ("." and
// spaces) and invisible format characters (zero-width space, BOM) that
// come with text copied from the web; asing is the first other character,
// 0 when there is none.
func splitNIPDigits(nip string) (digits string, asing rune) {
	var b strings.Builder
	for _, r := range nip {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '.' || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
		default:
			return "", r
		}
	}
	return b.String(), 0
}

// PeriksaNIP applies rule LK022 to the NIP and the NIP Atasan of the
// Identitas sheet: a warning at the value's cell for an NIP kept in a
// number cell (digits lost), for an NIP that is not a valid PNS or PPPK
// number (saying which part is wrong and what to do), and when both NIPs
// are the same. An empty NIP gives nothing here: a missing required field
// is LK004. The reference year for the checks is the later of the report
// year and the report date's year.
func PeriksaNIP(id Identitas) DaftarTemuan {
	acuan := id.Tahun
	if !id.TanggalLaporan.IsZero() && id.TanggalLaporan.Year() > acuan {
		acuan = id.TanggalLaporan.Year()
	}
	var ts DaftarTemuan
	cek := func(field, label, nip string, angka bool) bool {
		at := id.Ref(field)
		switch {
		case angka:
			ts = append(ts, Baru("LK022", Warning, at, "",
				"%s disimpan sebagai angka sehingga digit setelah ke-15 hilang; ubah sel menjadi teks (ketik ' di depan) dan ketik ulang %s", label, label))
			return false
		case strings.TrimSpace(nip) == "":
			return false
		}
		if _, masalah := CheckNIP(nip, acuan); masalah != "" {
			ts = append(ts, Baru("LK022", Warning, at, "",
				"%s \"%s\" tidak sah: %s. Salin %s dari SK atau kartu pegawai: 18 angka, misalnya 19651230 198703 1 012 (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)",
				label, strings.TrimSpace(nip), masalah, label))
			return false
		}
		return true
	}
	ok1 := cek(FieldNIP, "NIP", id.NIP, id.NIPAngka)
	ok2 := false
	if !(id.AtasanDipilih() && TanpaNIP(id.NIPAtasan)) { // an elected superior has no NIP
		ok2 = cek(FieldNIPAtasan, "NIP Atasan", id.NIPAtasan, id.NIPAtasanAngka)
	}
	if ok1 && ok2 && nipAngka(id.NIP) == nipAngka(id.NIPAtasan) {
		ts = append(ts, Baru("LK022", Warning, id.Ref(FieldNIPAtasan), "",
			"NIP Atasan \"%s\" sama dengan NIP pejabat yang melapor; isi NIP Atasan dengan NIP atasan langsung (%s)",
			strings.TrimSpace(id.NIPAtasan), namaAtau(id.NamaAtasan, "Nama Atasan")))
	}
	return ts
}

func namaAtau(s, alt string) string {
	if strings.TrimSpace(s) != "" {
		return strings.TrimSpace(s)
	}
	return alt
}
