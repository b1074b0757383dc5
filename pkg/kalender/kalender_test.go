package kalender

import (
	"strings"
	"testing"
	"time"
)

func tgl(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestEmbeddedTableParses(t *testing.T) {
	tb, err := parse(dataLibur)
	if err != nil {
		t.Fatalf("embedded libur.txt: %v", err)
	}
	k := Baru(nil)
	want := []int{2023, 2024, 2025, 2026}
	if got := k.Tahun(); len(got) != len(want) {
		t.Fatalf("Tahun() = %v, want %v", got, want)
	} else {
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("Tahun() = %v, want %v", got, want)
			}
		}
	}
	// Each year names its SKB 3 Menteri; the amended years name their
	// amendments with the date signed.
	skb := map[int]string{
		2023: "Nomor 1066 Tahun 2022",
		2024: "Nomor 855 Tahun 2023",
		2025: "Nomor 1017 Tahun 2024",
		2026: "Nomor 1497 Tahun 2025",
	}
	perubahan := map[int][]time.Time{
		2023: {tgl(2023, 3, 29), tgl(2023, 6, 16)},
		2024: {tgl(2024, 2, 6), tgl(2024, 11, 21)},
		2025: {tgl(2025, 8, 7)},
	}
	for y, nomor := range skb {
		kp, ok := k.Sumber(y)
		if !ok || !strings.Contains(kp.Dasar, nomor) || !strings.Contains(kp.Dasar, "Keputusan Bersama") {
			t.Errorf("Sumber(%d) = %+v, want the decree %s", y, kp, nomor)
		}
		if len(kp.Perubahan) != len(perubahan[y]) {
			t.Errorf("Sumber(%d): %d amendments, want %d", y, len(kp.Perubahan), len(perubahan[y]))
			continue
		}
		for i, d := range perubahan[y] {
			if !kp.Perubahan[i].Tanggal.Equal(d) || kp.Perubahan[i].Uraian == "" {
				t.Errorf("Sumber(%d).Perubahan[%d] = %+v, want signed %s", y, i, kp.Perubahan[i], d.Format(time.DateOnly))
			}
		}
	}
	// Counts from the holiday facts (pkg/kalender/libur.txt, with their decrees): 2023 has
	// 16 L + 11 CB (final list); 2024 17 L + 10 CB + 14 Feb (election) +
	// 27 Nov (regional elections); 2025 17 L + 11 CB; 2026 17 L + 8 CB.
	count := map[int][2]int{2023: {16, 11}, 2024: {19, 10}, 2025: {17, 11}, 2026: {17, 8}}
	got := map[int][2]int{}
	for d, l := range tb.hari {
		c := got[d.Year()]
		c[l.Jenis]++
		got[d.Year()] = c
	}
	for y, c := range count {
		if got[y] != c {
			t.Errorf("%d: %d L and %d CB, want %d and %d", y, got[y][0], got[y][1], c[0], c[1])
		}
	}
}

func TestParseRejects(t *testing.T) {
	cases := map[string]string{
		"no year":        "2023-01-01 L Tahun Baru\n",
		"no decree":      "[2023]\n2023-01-01 L Tahun Baru\n",
		"outside year":   "[2023]\nkeputusan: SKB\n2024-01-01 L Tahun Baru\n",
		"duplicate day":  "[2023]\nkeputusan: SKB\n2023-01-01 L A\n2023-01-01 CB B\n",
		"duplicate year": "[2023]\nkeputusan: SKB\n[2023]\nkeputusan: SKB\n",
		"bad kind":       "[2023]\nkeputusan: SKB\n2023-01-01 X Tahun Baru\n",
		"bad date":       "[2023]\nkeputusan: SKB\n2023-02-30 L Tidak ada\n",
		"no text":        "[2023]\nkeputusan: SKB\n2023-01-01 L\n",
		"bad amendment":  "[2023]\nkeputusan: SKB\nperubahan: Maret 2023 ubah\n",
	}
	for name, data := range cases {
		if _, err := parse([]byte(data)); err == nil {
			t.Errorf("%s: parse accepted %q", name, data)
		} else if !strings.Contains(err.Error(), "libur.txt") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}

func TestAkhirTriwulan(t *testing.T) {
	want := map[int]time.Time{1: tgl(2024, 3, 31), 2: tgl(2024, 6, 30), 3: tgl(2024, 9, 30), 4: tgl(2024, 12, 31)}
	for q, d := range want {
		if got := AkhirTriwulan(2024, q); !got.Equal(d) {
			t.Errorf("AkhirTriwulan(2024, %d) = %v, want %v", q, got, d)
		}
	}
	if !AkhirTriwulan(2024, 5).IsZero() || !AkhirTriwulan(2024, 0).IsZero() {
		t.Error("AkhirTriwulan accepts a quarter outside 1–4")
	}
}

// TestBatasSemuaTriwulan: every quarter of 2023–2026 with 5 working days.
// Each expected date is worked out by hand from libur.txt; "n" marks the
// n-th working day, weekends are "we", skipped holidays are named.
func TestBatasSemuaTriwulan(t *testing.T) {
	cases := []struct {
		tahun, tw int
		want      time.Time
		dilewati  []time.Time // weekdays skipped as holidays
	}{
		// TW I 2023 ends Fri 31 Mar. Apr 1–2 we; Mon 3 (1), 4 (2), 5 (3),
		// 6 (4); Fri 7 Wafat Isa Almasih (L); 8–9 we; Mon 10 (5).
		{2023, 1, tgl(2023, 4, 10), []time.Time{tgl(2023, 4, 7)}},
		// TW II 2023 ends Fri 30 Jun (itself CB). Jul 1–2 we; Mon 3 (1) …
		// Fri 7 (5): the worked example of docs/kalender.md#batas-triwulan.
		{2023, 2, tgl(2023, 7, 7), nil},
		// TW III 2023 ends Sat 30 Sep. Oct 1 we; Mon 2 (1) … Fri 6 (5).
		{2023, 3, tgl(2023, 10, 6), nil},
		// TW IV 2023 ends Sun 31 Dec. Mon 1 Jan 2024 Tahun Baru (L); Tue 2
		// (1), 3 (2), 4 (3), Fri 5 (4); 6–7 we; Mon 8 (5).
		{2023, 4, tgl(2024, 1, 8), []time.Time{tgl(2024, 1, 1)}},
		// TW I 2024 ends Sun 31 Mar (Paskah). Mon 1 Apr (1) … Fri 5 (5);
		// the Idul Fitri days 8–15 Apr come after.
		{2024, 1, tgl(2024, 4, 5), nil},
		// TW II 2024 ends Sun 30 Jun. Mon 1 Jul (1) … Fri 5 (5).
		{2024, 2, tgl(2024, 7, 5), nil},
		// TW III 2024 ends Mon 30 Sep. Tue 1 Oct (1), 2 (2), 3 (3), Fri 4
		// (4); 5–6 we; Mon 7 (5).
		{2024, 3, tgl(2024, 10, 7), nil},
		// TW IV 2024 ends Tue 31 Dec. Wed 1 Jan 2025 Tahun Baru (L); Thu 2
		// (1), Fri 3 (2); 4–5 we; Mon 6 (3), 7 (4), Wed 8 (5).
		{2024, 4, tgl(2025, 1, 8), []time.Time{tgl(2025, 1, 1)}},
		// TW I 2025 ends Mon 31 Mar (Idul Fitri, L). Tue 1 Apr Idul Fitri
		// (L); Wed 2, Thu 3, Fri 4 CB; 5–6 we; Mon 7 CB; Tue 8 (1), 9 (2),
		// 10 (3), Fri 11 (4); 12–13 we; Mon 14 (5).
		{2025, 1, tgl(2025, 4, 14), []time.Time{tgl(2025, 4, 1), tgl(2025, 4, 2), tgl(2025, 4, 3), tgl(2025, 4, 4), tgl(2025, 4, 7)}},
		// TW II 2025 ends Mon 30 Jun. Tue 1 Jul (1), 2 (2), 3 (3), Fri 4
		// (4); 5–6 we; Mon 7 (5).
		{2025, 2, tgl(2025, 7, 7), nil},
		// TW III 2025 ends Tue 30 Sep. Wed 1 Oct (1), 2 (2), Fri 3 (3);
		// 4–5 we; Mon 6 (4), Tue 7 (5).
		{2025, 3, tgl(2025, 10, 7), nil},
		// TW IV 2025 ends Wed 31 Dec. Thu 1 Jan 2026 Tahun Baru (L); Fri 2
		// (1) — not CB in the list that cites the decree; 3–4 we; Mon 5
		// (2), 6 (3), 7 (4), Thu 8 (5).
		{2025, 4, tgl(2026, 1, 8), []time.Time{tgl(2026, 1, 1)}},
		// TW I 2026 ends Tue 31 Mar. Wed 1 Apr (1), Thu 2 (2); Fri 3 Wafat
		// Yesus Kristus (L); 4–5 we (5 Paskah); Mon 6 (3), 7 (4), Wed 8 (5).
		{2026, 1, tgl(2026, 4, 8), []time.Time{tgl(2026, 4, 3)}},
		// TW II 2026 ends Tue 30 Jun. Wed 1 Jul (1), 2 (2), Fri 3 (3); 4–5
		// we; Mon 6 (4), Tue 7 (5).
		{2026, 2, tgl(2026, 7, 7), nil},
		// TW III 2026 ends Wed 30 Sep. Thu 1 Oct (1), Fri 2 (2); 3–4 we;
		// Mon 5 (3), 6 (4), Wed 7 (5).
		{2026, 3, tgl(2026, 10, 7), nil},
		// TW IV 2026: see TestBatasTahunTakDikenal (2027 is not in the
		// table): Fri 1 Jan 2027 (1); 2–3 we; Mon 4 (2) … Thu 7 (5).
		{2026, 4, tgl(2027, 1, 7), nil},
	}
	k := Baru(nil)
	for _, c := range cases {
		got, diketahui := k.Batas(c.tahun, c.tw, 5)
		if !got.Equal(c.want) {
			t.Errorf("Batas(%d, %d, 5) = %s %s, want %s %s", c.tahun, c.tw,
				got.Weekday(), got.Format(time.DateOnly), c.want.Weekday(), c.want.Format(time.DateOnly))
		}
		if wantKnown := c.want.Year() <= 2026; diketahui != wantKnown {
			t.Errorf("Batas(%d, %d, 5): diketahui = %v, want %v", c.tahun, c.tw, diketahui, wantKnown)
		}
		r, _ := k.Hitung(c.tahun, c.tw, 5)
		if len(r.Dilewati) != len(c.dilewati) {
			t.Errorf("Hitung(%d, %d, 5).Dilewati = %v, want %v", c.tahun, c.tw, r.Dilewati, c.dilewati)
			continue
		}
		for i, d := range c.dilewati {
			if !r.Dilewati[i].Tanggal.Equal(d) || r.Dilewati[i].Keterangan == "" {
				t.Errorf("Hitung(%d, %d, 5).Dilewati[%d] = %+v, want %s", c.tahun, c.tw, i, r.Dilewati[i], d.Format(time.DateOnly))
			}
		}
	}
}

func TestContohDocs(t *testing.T) {
	// docs/kalender.md#batas-triwulan: TW II 2023 ends Fri 30 Jun 2023 (CB);
	// Mon 3 (1) … Fri 7 Jul (5).
	got, ok := Baru(nil).Batas(2023, 2, 5)
	if !got.Equal(tgl(2023, 7, 7)) || !ok || got.Weekday() != time.Friday {
		t.Fatalf("Batas(2023, 2, 5) = %v %v, want Friday 2023-07-07 true", got, ok)
	}
}

func TestBatasTahunTakDikenal(t *testing.T) {
	k := Baru(nil)
	// TW IV 2026 ends Thu 31 Dec 2026. 2027 is not in the table, so only
	// weekends count as non-working: Fri 1 Jan 2027 is day 1 even though
	// New Year's Day is surely a holiday (the user adds it to the Libur
	// sheet, see the next case); 2–3 we; Mon 4 (2), 5 (3), 6 (4), Thu 7 (5).
	r, ok := k.Hitung(2026, 4, 5)
	if !ok || !r.Batas.Equal(tgl(2027, 1, 7)) || r.Diketahui {
		t.Fatalf("Hitung(2026, 4, 5) = %+v, want 2027-01-07 with Diketahui false", r)
	}
	if len(r.TahunTakDikenal) != 1 || r.TahunTakDikenal[0] != 2027 {
		t.Errorf("TahunTakDikenal = %v, want [2027]", r.TahunTakDikenal)
	}
	if !k.HariKerja(tgl(2027, 1, 1)) {
		t.Error("1 Jan 2027 should count as a working day: 2027 is not in the table")
	}
	// With 1 Jan 2027 in the Libur sheet: Mon 4 (1) … Thu 7 (4), Fri 8 (5);
	// still not diketahui (2027's table is unknown).
	got, diketahui := Baru([]time.Time{tgl(2027, 1, 1)}).Batas(2026, 4, 5)
	if !got.Equal(tgl(2027, 1, 8)) || diketahui {
		t.Errorf("with 1 Jan 2027 extra: %v %v, want 2027-01-08 false", got, diketahui)
	}
	// TW IV 2022: 2022 is not in the table, but every day counted is in
	// 2023, which is: Sun 1 Jan 2023 (L, we anyway); Mon 2 (1) … Fri 6 (5).
	got, diketahui = k.Batas(2022, 4, 5)
	if !got.Equal(tgl(2023, 1, 6)) || !diketahui {
		t.Errorf("Batas(2022, 4, 5) = %v %v, want 2023-01-06 true", got, diketahui)
	}
	// TW II 2030: nothing known; Sun 30 Jun 2030 ends it; Mon 1 Jul (1) …
	// Fri 5 Jul (5).
	got, diketahui = k.Batas(2030, 2, 5)
	if !got.Equal(tgl(2030, 7, 5)) || diketahui {
		t.Errorf("Batas(2030, 2, 5) = %v %v, want 2030-07-05 false", got, diketahui)
	}
}

func TestBatasLiburTambahan(t *testing.T) {
	// TW II 2023 with Mon 3 Jul 2023 as an extra day: Tue 4 (1), 5 (2),
	// 6 (3), Fri 7 (4); 8–9 we; Mon 10 (5).
	wib := time.FixedZone("WIB", 7*3600)
	k := Baru([]time.Time{time.Date(2023, 7, 3, 23, 30, 0, 0, wib)}) // a time of day is ignored
	r, _ := k.Hitung(2023, 2, 5)
	if !r.Batas.Equal(tgl(2023, 7, 10)) || !r.Diketahui {
		t.Fatalf("with 3 Jul extra: %+v, want 2023-07-10", r)
	}
	if len(r.Dilewati) != 1 || r.Dilewati[0].Jenis != LiburTambahan || !r.Dilewati[0].Tanggal.Equal(tgl(2023, 7, 3)) {
		t.Errorf("Dilewati = %+v, want the extra 3 Jul", r.Dilewati)
	}
	// An extra Saturday (8 Jul) changes nothing: Fri 7 Jul.
	if got, _ := Baru([]time.Time{tgl(2023, 7, 8)}).Batas(2023, 2, 5); !got.Equal(tgl(2023, 7, 7)) {
		t.Errorf("extra Saturday moved the deadline to %v", got)
	}
	// An extra day that is already a holiday keeps the table's description.
	k = Baru(nil).TambahLibur(tgl(2023, 4, 7), "Jumat Agung")
	if s, ok := k.Libur(tgl(2023, 4, 7)); !ok || s != "Wafat Isa Almasih" {
		t.Errorf("Libur(7 Apr 2023) = %q %v", s, ok)
	}
	k.TambahLibur(tgl(2023, 7, 4), "Hari jadi Kabupaten")
	if s, ok := k.Libur(tgl(2023, 7, 4)); !ok || s != "Hari jadi Kabupaten" {
		t.Errorf("Libur(4 Jul 2023) = %q %v", s, ok)
	}
	// The zero time is ignored.
	if got, _ := Baru([]time.Time{{}}).Batas(2023, 2, 5); !got.Equal(tgl(2023, 7, 7)) {
		t.Errorf("zero extra day moved the deadline to %v", got)
	}
}

func TestBatasHariKerjaLain(t *testing.T) {
	k := Baru(nil)
	cases := []struct {
		tahun, tw, n int
		want         time.Time
	}{
		// TW I 2023, n=3: Mon 3 Apr (1), 4 (2), Wed 5 (3).
		{2023, 1, 3, tgl(2023, 4, 5)},
		// TW I 2023, n=10: 3 (1), 4 (2), 5 (3), 6 (4), Fri 7 L, Mon 10 (5),
		// 11 (6), 12 (7), 13 (8), Fri 14 (9), Mon 17 (10).
		{2023, 1, 10, tgl(2023, 4, 17)},
		// TW I 2023, n=15: … Mon 17 (10), Tue 18 (11); 19–21 CB, 22–23 L
		// (we), 24–25 CB; Wed 26 (12), 27 (13), Fri 28 (14); Mon 1 May L;
		// Tue 2 May (15).
		{2023, 1, 15, tgl(2023, 5, 2)},
		// TW I 2025, n=10: Tue 8 Apr (1), 9 (2), 10 (3), 11 (4), Mon 14
		// (5), 15 (6), 16 (7), Thu 17 (8); Fri 18 Wafat Yesus Kristus (L);
		// Mon 21 (9), Tue 22 (10).
		{2025, 1, 10, tgl(2025, 4, 22)},
		// TW II 2023, n=1: Mon 3 Jul (1).
		{2023, 2, 1, tgl(2023, 7, 3)},
		// TW I 2024, n=10: Mon 1 Apr (1) … Fri 5 (5); Mon 8, Tue 9 CB, Wed
		// 10, Thu 11 L, Fri 12 CB; 13–14 we; Mon 15 CB; Tue 16 (6), 17 (7),
		// 18 (8), Fri 19 (9); Mon 22 (10).
		{2024, 1, 10, tgl(2024, 4, 22)},
	}
	for _, c := range cases {
		got, ok := k.Batas(c.tahun, c.tw, c.n)
		if !got.Equal(c.want) || !ok {
			t.Errorf("Batas(%d, %d, %d) = %s %s %v, want %s %s", c.tahun, c.tw, c.n,
				got.Weekday(), got.Format(time.DateOnly), ok, c.want.Weekday(), c.want.Format(time.DateOnly))
		}
	}
}

func TestBatasArgumenSalah(t *testing.T) {
	k := Baru(nil)
	for _, c := range [][3]int{{2023, 0, 5}, {2023, 5, 5}, {2023, 2, 0}, {2023, 2, -1}} {
		if got, ok := k.Batas(c[0], c[1], c[2]); !got.IsZero() || ok {
			t.Errorf("Batas%v = %v %v, want zero false", c, got, ok)
		}
	}
}

func TestHariKerjaDanLibur(t *testing.T) {
	k := Baru(nil)
	cases := []struct {
		d     time.Time
		kerja bool
		jenis Jenis
		libur bool
	}{
		{tgl(2023, 6, 30), false, CutiBersama, true},   // Fri, CB added in June 2023
		{tgl(2023, 4, 26), true, 0, false},             // Wed, CB removed in March 2023
		{tgl(2023, 4, 19), false, CutiBersama, true},   // Wed, CB added in March 2023
		{tgl(2024, 2, 14), false, LiburNasional, true}, // Wed, election day
		{tgl(2025, 8, 18), false, CutiBersama, true},   // Mon, added 7 Aug 2025
		{tgl(2023, 7, 1), false, 0, false},             // Sat
		{tgl(2023, 1, 22), false, LiburNasional, true}, // Sun, Imlek: a holiday and a weekend
		{tgl(2023, 7, 3), true, 0, false},              // Mon
	}
	for _, c := range cases {
		if got := k.HariKerja(c.d); got != c.kerja {
			t.Errorf("HariKerja(%s) = %v, want %v", c.d.Format(time.DateOnly), got, c.kerja)
		}
		l, ok := k.Cari(c.d)
		if ok != c.libur || (ok && l.Jenis != c.jenis) {
			t.Errorf("Cari(%s) = %+v %v", c.d.Format(time.DateOnly), l, ok)
		}
		if s, ok2 := k.Libur(c.d); ok2 != c.libur || (ok2 && s == "") {
			t.Errorf("Libur(%s) = %q %v", c.d.Format(time.DateOnly), s, ok2)
		}
	}
}
