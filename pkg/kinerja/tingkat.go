package kinerja

import (
	"fmt"
	"strings"
)

// Tingkat is a level of the Permendagri 90/2019 nomenclature: an Anggaran
// row is a Program, Kegiatan or Sub Kegiatan; a Target indicator may also
// be a Sasaran Strategis one (docs/format.md, Anggaran and Target).
type Tingkat int

const (
	// TingkatKosong: no level given (a flat Anggaran sheet).
	TingkatKosong Tingkat = iota
	TingkatSasaran
	TingkatProgram
	TingkatKegiatan
	TingkatSubKegiatan
)

// String is the JSON form: "sasaran_strategis", "program", "kegiatan",
// "sub_kegiatan", or "" for TingkatKosong.
func (t Tingkat) String() string {
	switch t {
	case TingkatSasaran:
		return "sasaran_strategis"
	case TingkatProgram:
		return "program"
	case TingkatKegiatan:
		return "kegiatan"
	case TingkatSubKegiatan:
		return "sub_kegiatan"
	}
	return ""
}

// Nama is the level as the report and the messages write it ("Sub
// Kegiatan").
func (t Tingkat) Nama() string {
	switch t {
	case TingkatSasaran:
		return "Sasaran Strategis"
	case TingkatProgram:
		return "Program"
	case TingkatKegiatan:
		return "Kegiatan"
	case TingkatSubKegiatan:
		return "Sub Kegiatan"
	}
	return ""
}

// MarshalJSON writes the String form, or null for TingkatKosong.
func (t Tingkat) MarshalJSON() ([]byte, error) {
	if t == TingkatKosong {
		return []byte("null"), nil
	}
	return []byte(`"` + t.String() + `"`), nil
}

// withoutSeparators drops the separators of a level's name; built once (a
// Replacer per call cost 30 MB and a third of the read time of an L-size
// workbook).
var withoutSeparators = strings.NewReplacer(" ", "", "-", "", "_", "", ".", "")

// ParseTingkat reads a level: Sasaran Strategis (Sasaran), Program,
// Kegiatan, Sub Kegiatan (Subkegiatan, Sub-Kegiatan), any case. Empty text
// gives TingkatKosong. sasaran says whether Sasaran Strategis is allowed
// (Target: yes; Anggaran: no).
func ParseTingkat(s string, sasaran bool) (Tingkat, error) {
	switch withoutSeparators.Replace(normWord(s)) {
	case "":
		return TingkatKosong, nil
	case "program", "prog":
		return TingkatProgram, nil
	case "kegiatan", "keg":
		return TingkatKegiatan, nil
	case "subkegiatan", "subkeg":
		return TingkatSubKegiatan, nil
	case "sasaranstrategis", "sasaran", "ss":
		if sasaran {
			return TingkatSasaran, nil
		}
	}
	if sasaran {
		return TingkatKosong, fmt.Errorf("%q bukan tingkat: tulis Sasaran Strategis, Program, Kegiatan atau Sub Kegiatan", s)
	}
	return TingkatKosong, fmt.Errorf("%q bukan tingkat anggaran: tulis Program, Kegiatan atau Sub Kegiatan", s)
}

// SegmenKode splits a budget code into its dot-separated segments, white
// space removed and a trailing "." dropped: "1.02.02. 2.01" gives [1 02 02
// 2 01]. Codes are compared segment by segment, whatever their digit
// counts. An empty code gives nil.
func SegmenKode(kode string) []string {
	s := strings.Join(strings.Fields(kode), "")
	s = strings.Trim(s, ".")
	if s == "" {
		return nil
	}
	return strings.Split(s, ".")
}

// codeTingkat is the level that a code's segment count gives in the
// nomenclature (U.BB.PP program, U.BB.PP.K.KK kegiatan, U.BB.PP.K.KK.SSSS
// sub kegiatan), TingkatKosong for any other count.
func codeTingkat(segments int) Tingkat {
	switch segments {
	case 3:
		return TingkatProgram
	case 5:
		return TingkatKegiatan
	case 6:
		return TingkatSubKegiatan
	}
	return TingkatKosong
}
