package cli

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Limits of a generated file name.
const (
	maxNamePart = 60  // characters per part (position, unit)
	maxName     = 150 // characters of the whole name
)

// reportFileName makes the default PDF name
// LAPKIN_<tahun>_TW<n>_<jabatan singkat or jabatan>_<unit>.pdf, safe on
// every OS: ASCII letters, digits, "_" and "-" only (accents dropped), so
// no path separator, no "..", no reserved Windows name, and length-limited.
func reportFileName(id kinerja.Identitas, q int) string {
	return reportFileNameJenis(id, q, false)
}

// reportFileNameJenis is reportFileName, with TAHUNAN in place of TW<n>
// for the annual report.
func reportFileNameJenis(id kinerja.Identitas, q int, tahunan bool) string {
	parts := []string{"LAPKIN"}
	if id.Tahun > 0 {
		parts = append(parts, strconv.Itoa(id.Tahun))
	}
	switch {
	case tahunan:
		parts = append(parts, "TAHUNAN")
	case q >= 1 && q <= 4:
		parts = append(parts, "TW"+strconv.Itoa(q))
	}
	jab := id.JabatanSingkat
	if strings.TrimSpace(jab) == "" {
		jab = id.Jabatan
	}
	for _, p := range []string{jab, id.Unit} {
		if s := safeNamePart(p, maxNamePart); s != "" {
			parts = append(parts, s)
		}
	}
	base := strings.Join(parts, "_")
	if len(base) > maxName-4 {
		base = strings.TrimRight(base[:maxName-4], "_-")
	}
	if reservedName(base) {
		base = "_" + base
	}
	return base + ".pdf"
}

// safeNamePart keeps ASCII letters, digits and "-" of s, turns every other
// run of characters into one "_", and drops accents ("Dinas Kesehatan/KB"
// → "Dinas_Kesehatan_KB", "Pelayanan Publik" stays readable).
func safeNamePart(s string, limit int) string {
	var b strings.Builder
	lastUnderscore := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent: "é" → "e"
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'):
			b.WriteRune(r)
			lastUnderscore = false
		default:
			if !lastUnderscore {
				b.WriteByte('_')
				lastUnderscore = true
			}
		}
	}
	out := strings.Trim(b.String(), "_-")
	if len(out) > limit {
		out = strings.TrimRight(out[:limit], "_-")
	}
	return out
}

// reservedName reports a name Windows reserves for devices, with or
// without an extension.
func reservedName(base string) bool {
	stem := strings.ToUpper(base)
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && stem[3] >= '0' && stem[3] <= '9' {
		return true
	}
	return false
}

// uniqueName gives a name not yet used in this run (case-insensitively,
// as on Windows and macOS) and marks it used: two workbooks of the same
// unit and quarter get "…_2.pdf" instead of one overwriting the other.
func uniqueName(name string, used map[string]bool) string {
	stem := strings.TrimSuffix(name, ".pdf")
	cand := name
	for i := 2; used[strings.ToLower(cand)]; i++ {
		cand = stem + "_" + strconv.Itoa(i) + ".pdf"
	}
	used[strings.ToLower(cand)] = true
	return cand
}
