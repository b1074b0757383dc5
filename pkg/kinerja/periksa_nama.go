package kinerja

import (
	"strings"
	"unicode"
)

// Words that make an indicator a percentage wherever they stand in its name.
var kataPersen = map[string]bool{
	"persentase": true, "prosentase": true, "presentase": true, "persen": true, "prosen": true,
}

// Words that make an indicator a percentage when its name starts with them.
// Such indicators are also often measured as a score, so units like these
// are accepted for them.
var (
	awalPersen = map[string]bool{"rasio": true, "tingkat": true}
	satuanSkor = map[string]bool{"indeks": true, "nilai": true, "skor": true, "poin": true, "angka": true, "peringkat": true, "predikat": true, "kategori": true, "level": true, "rasio": true}
	awalJumlah = map[string]bool{"jumlah": true, "banyaknya": true, "banyak": true}
)

// kataNama splits an indicator's name into lower-case words; "%" is a word
// of its own.
func kataNama(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '%':
			flush()
			out = append(out, "%")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// periksaNamaPersen: LK015, an indicator named as a percentage whose Satuan
// is not %, or Satuan % on an indicator named Jumlah/Banyaknya. The finding
// is at the Satuan cell.
func (p *pemeriksa) periksaNamaPersen() {
	for _, ind := range p.l.Target {
		sat := strings.TrimSpace(ind.Satuan.Teks)
		if sat == "" {
			continue
		}
		words := kataNama(ind.Indikator.Teks)
		if len(words) == 0 {
			continue
		}
		at := di(ind.Satuan.Ref, di(ind.Indikator.Ref, ind.Kode.Ref))
		key := ind.Kode.Teks
		persen := ""
		for _, w := range words {
			if kataPersen[w] || w == "%" {
				persen = w
				break
			}
		}
		if persen == "" && awalPersen[words[0]] && !satuanSkor[normSatuan(sat)] {
			persen = words[0]
		}
		switch {
		case persen != "" && !IsPersen(sat):
			p.add("LK015", Warning, at, key,
				"Nama indikator %s memuat kata %q sehingga terbaca sebagai persentase, tetapi Satuannya %q, bukan %%. "+
					"Bila yang diukur persentase, ubah Satuan menjadi %% dan isi target serta realisasinya dalam persen; "+
					"bila yang diukur jumlah, sesuaikan nama indikatornya (mis. \"Jumlah …\").",
				key, persen, sat)
		case persen == "" && awalJumlah[words[0]] && IsPersen(sat):
			p.add("LK015", Warning, at, key,
				"Nama indikator %s diawali %q (jumlah) tetapi Satuannya %%. "+
					"Isi Satuan dengan satuan hitungnya (mis. Desa, Dokumen, Kali), atau ubah namanya menjadi \"Persentase …\" bila yang diukur persentase.",
				key, firstWord(ind.Indikator.Teks))
		}
	}
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ".,;:")
}
