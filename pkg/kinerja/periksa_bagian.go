package kinerja

import "strings"

// periksaBagian: a Narasi row whose Bagian is not a part of the report
// (LK008, an invalid value in a list field). Its text would be left out of
// the report, so this is an error, not a note.
func (p *pemeriksa) periksaBagian() {
	for _, n := range p.l.Narasi {
		if _, ok := FindBagian(n.Bagian.Teks); ok || strings.TrimSpace(n.Bagian.Teks) == "" {
			continue
		}
		p.add("LK008", Error, n.Bagian.Ref, "",
			"Bagian %q tidak dikenal, sehingga teksnya tidak akan masuk ke laporan; tulis salah satu dari: %s",
			n.Bagian.Teks, strings.Join(NamaBagian(), ", "))
	}
}
