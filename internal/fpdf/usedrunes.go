package fpdf

// lapkin patch 15: recording the runes a text uses. fpdf wrote every rune
// of every text into the font's usedRunes map, a map write per character:
// for a report of 2,000 pages about a tenth of laying it out. A prepared
// font remembers which runes it has written (a bit per rune of the Basic
// Multilingual Plane), so a rune already recorded costs a bit test. The
// map ends up exactly as before: a rune is written once with the value
// every later write would give it again. Rune 0 is always written (the
// subsetter deletes it from the map).

// runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [0x10000 / 64]uint64

// markUsed records the runes of s in usedRunes.
func (fd *fontDefType) markUsed(s string) {
	w := fd.written
	for _, r := range s {
		if w != nil && r > 0 && r < 0x10000 {
			bit := uint64(1) << (uint(r) & 63)
			if w[r>>6]&bit != 0 {
				continue
			}
			w[r>>6] |= bit
		}
		fd.usedRunes[int(r)] = int(r)
	}
}
