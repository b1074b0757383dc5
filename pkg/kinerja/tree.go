package kinerja

import "strings"

// tree is the hierarchy of the Anggaran rows (docs/format.md, Anggaran:
// "Program, kegiatan, sub kegiatan"). Indexes are rows of l.Anggaran.
type tree struct {
	// hierarchical: the sheet has a Tingkat column, or some code is a
	// segment-prefix of another row's code. Otherwise every row is a leaf
	// at the top, exactly as a flat sheet always was.
	hierarchical bool
	parent       []int // -1 at the top
	children     [][]int
	tingkat      []Tingkat // as typed, else from the code or the position
	roots        []int     // rows without a parent, in sheet order
	// order is every row in tree order: each root followed by its
	// subtree, children in sheet order.
	order []int
	depth []int // 0 at the top
	// problems are the structure findings (LK032), in row order.
	problems []treeProblem
}

// treeProblem is one LK032 case.
type treeProblem struct {
	row  int
	kind problemKind
	// parent is the row the row was attached to (-1: none); missing is
	// the level whose row is missing; codeLevel the level the code's
	// segment count gives.
	parent    int
	missing   Tingkat
	codeLevel Tingkat
	// guess (problemNumberCode): the code the number-stored code was read
	// as ("7.10" for 7.1), "" when none could be told. suspect
	// (problemParentMissing): a row whose number-stored code lost its
	// zeros and may be the missing parent, else -1.
	guess   string
	suspect int
}

type problemKind int

const (
	// problemParentMissing: the direct parent level occurs in the sheet
	// but this row's own parent row does not.
	problemParentMissing problemKind = iota
	// problemSkipped: a level skipped (a sub kegiatan directly under a
	// program) where the skipped level occurs nowhere in the sheet.
	problemSkipped
	// problemOrder: the parent's level is not above the row's.
	problemOrder
	// problemCodeDepth: the typed Tingkat contradicts the code's depth.
	problemCodeDepth
	// problemNumberCode: a code stored as a number lost trailing zeros.
	problemNumberCode
	// problemNoLevel: a row with neither code nor Tingkat in a
	// hierarchical sheet: it cannot be placed.
	problemNoLevel
)

// isLeaf: the row has no children (every row of a flat sheet).
func (t *tree) isLeaf(i int) bool { return len(t.children[i]) == 0 }

// leaves appends the leaves under row i (i itself for a leaf), in tree
// order.
func (t *tree) leaves(i int, out []int) []int {
	if t.isLeaf(i) {
		return append(out, i)
	}
	for _, c := range t.children[i] {
		out = t.leaves(c, out)
	}
	return out
}

// codeKey is the code of a row for matching prefixes: its segments, upper
// case, joined by dots.
func codeKey(seg []string) string { return strings.ToUpper(strings.Join(seg, ".")) }

// buildTree finds each row's parent (docs/format.md, Anggaran): the row
// whose code is the longest proper segment-prefix of its own, anywhere in
// the sheet; for a row without a code, the nearest row above whose
// Tingkat is one level higher.
func buildTree(rows []Kegiatan, tingkatColumn bool) *tree {
	n := len(rows)
	t := &tree{
		hierarchical: tingkatColumn,
		parent:       make([]int, n),
		children:     make([][]int, n),
		tingkat:      make([]Tingkat, n),
		depth:        make([]int, n),
	}
	seg := make([][]string, n)
	byCode := make(map[string]int, n)
	for i := range rows {
		t.parent[i] = -1
		seg[i] = SegmenKode(rows[i].Kode.Teks)
		if len(seg[i]) > 0 {
			k := codeKey(seg[i])
			if _, dup := byCode[k]; !dup {
				byCode[k] = i
			}
		}
	}
	// Codes stored as numbers that lost trailing zeros: read as the one
	// longer code they can have been, so their children still attach
	// (the LK032 asking for a text cell is made all the same).
	lost := make([]bool, n)
	guess := make([]string, n)
	for i := range rows {
		lost[i] = rows[i].KodeAngka && lostDigits(seg, i)
	}
	for i := range rows {
		if !lost[i] {
			continue
		}
		if g := restoreZeros(seg, i, byCode); g != nil {
			guess[i] = strings.Join(g, ".")
			seg[i] = g
			byCode[codeKey(g)] = i
		}
	}
	for i := range rows {
		for l := len(seg[i]) - 1; l >= 1; l-- {
			if j, ok := byCode[codeKey(seg[i][:l])]; ok {
				t.parent[i] = j
				t.hierarchical = true
				break
			}
		}
	}
	if !t.hierarchical {
		for i := range rows {
			t.parent[i] = -1
			t.roots = append(t.roots, i)
		}
		t.order = t.roots
		return t
	}

	// Levels: as typed, else from the code's segment count.
	present := map[Tingkat]bool{}
	contradicted := make([]bool, n)
	for i := range rows {
		lv := rows[i].Tingkat
		if cl := codeTingkat(len(seg[i])); cl != TingkatKosong {
			if lv == TingkatKosong {
				lv = cl
			} else if lv != cl {
				t.problems = append(t.problems, treeProblem{row: i, kind: problemCodeDepth, parent: -1, codeLevel: cl})
				contradicted[i] = true
			}
		}
		t.tingkat[i] = lv
		if lv != TingkatKosong {
			present[lv] = true
		}
	}
	// Rows without a code: the nearest row above one level higher.
	for i := range rows {
		if len(seg[i]) > 0 {
			continue
		}
		lv := t.tingkat[i]
		if lv == TingkatKosong {
			t.problems = append(t.problems, treeProblem{row: i, kind: problemNoLevel, parent: -1})
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if t.tingkat[j] == lv-1 {
				t.parent[i] = j
				break
			}
		}
	}
	for i := range rows {
		if p := t.parent[i]; p >= 0 {
			t.children[p] = append(t.children[p], i)
		} else {
			t.roots = append(t.roots, i)
		}
	}
	// Levels still unknown (codes of another segment count, no Tingkat):
	// one below the parent; at the top, from the height of the subtree
	// (the leaves are sub kegiatan).
	var fill func(i int, lv Tingkat)
	fill = func(i int, lv Tingkat) {
		if t.tingkat[i] == TingkatKosong {
			t.tingkat[i] = lv
		}
		for _, c := range t.children[i] {
			fill(c, min(t.tingkat[i]+1, TingkatSubKegiatan))
		}
	}
	for _, r := range t.roots {
		fill(r, max(TingkatProgram, TingkatSubKegiatan-Tingkat(t.height(r))))
	}
	t.order = make([]int, 0, n)
	var walk func(i, d int)
	walk = func(i, d int) {
		t.depth[i] = d
		t.order = append(t.order, i)
		for _, c := range t.children[i] {
			walk(c, d+1)
		}
	}
	for _, r := range t.roots {
		walk(r, 0)
	}

	// Structure findings (LK032).
	for i := range rows {
		lv, p := t.tingkat[i], t.parent[i]
		switch {
		case len(seg[i]) == 0 && rows[i].Tingkat == TingkatKosong, contradicted[i]:
			// already reported: problemNoLevel, problemCodeDepth
		case p >= 0 && t.tingkat[p] >= lv:
			t.problems = append(t.problems, treeProblem{row: i, kind: problemOrder, parent: p})
		case p >= 0 && t.tingkat[p] < lv-1:
			kind := problemSkipped
			if present[lv-1] {
				kind = problemParentMissing
			}
			t.problems = append(t.problems, treeProblem{row: i, kind: kind, parent: p, missing: lv - 1, suspect: -1})
		case p < 0 && lv > TingkatProgram && present[lv-1]:
			t.problems = append(t.problems, treeProblem{row: i, kind: problemParentMissing, parent: -1, missing: lv - 1,
				suspect: lostParent(seg, lost, guess, i)})
		}
		if lost[i] {
			t.problems = append(t.problems, treeProblem{row: i, kind: problemNumberCode, parent: -1, guess: guess[i]})
		}
	}
	return t
}

// height is 0 for a leaf, else one more than its highest child's.
func (t *tree) height(i int) int {
	h := 0
	for _, c := range t.children[i] {
		h = max(h, t.height(c)+1)
	}
	return h
}

// lostDigits: row i's code, stored as a number with a decimal part, has a
// last segment shorter than the same segment of another code in the sheet
// (1.1 where the others have 1.10, 2.01: Excel drops trailing zeros).
func lostDigits(seg [][]string, i int) bool {
	s := seg[i]
	if len(s) < 2 {
		return false
	}
	last := len(s) - 1
	for j := range seg {
		if j != i && len(seg[j]) > last && len(seg[j][last]) > len(s[last]) {
			return true
		}
	}
	return false
}

// zerosLost: segment a (of a number-stored code) is segment b with its
// trailing zeros dropped ("1" of "10" or "100").
func zerosLost(a, b string) bool {
	return len(b) > len(a) && strings.HasPrefix(b, a) && strings.Trim(b[len(a):], "0") == ""
}

// lostPrefix: code s (stored as a number) is the first len(s) segments of
// code c with trailing zeros dropped from its last segment.
func lostPrefix(s, c []string) bool {
	last := len(s) - 1
	if len(c) <= len(s) || !zerosLost(s[last], c[last]) {
		return false
	}
	return codeKey(s[:last]) == codeKey(c[:last])
}

// restoreZeros is the code row i's number-stored code most likely was:
// the only code that, with its trailing zeros dropped, gives row i's code
// and is the prefix of some longer code in the sheet (7.1 → 7.10 above
// 7.10.01.2.10). nil when there is none or more than one, when some code
// already has row i's code as its prefix as typed, or when a row already
// has the restored code.
func restoreZeros(seg [][]string, i int, byCode map[string]int) []string {
	s := seg[i]
	var found []string
	for j := range seg {
		if j == i || len(seg[j]) <= len(s) {
			continue
		}
		c := seg[j][:len(s)]
		if codeKey(c) == codeKey(s) {
			return nil
		}
		if !lostPrefix(s, seg[j]) {
			continue
		}
		if found != nil && codeKey(found) != codeKey(c) {
			return nil
		}
		found = c
	}
	if found == nil {
		return nil
	}
	if _, taken := byCode[codeKey(found)]; taken {
		return nil
	}
	return append([]string(nil), found...)
}

// lostParent is a row whose number-stored code lost zeros and was not
// restored but can have been a prefix of row i's code (the likely missing
// parent), else -1.
func lostParent(seg [][]string, lost []bool, guess []string, i int) int {
	for j := range seg {
		if j != i && lost[j] && guess[j] == "" && lostPrefix(seg[j], seg[i]) {
			return j
		}
	}
	return -1
}
