package workbook

import (
	"fmt"
	"math"
	"strings"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/xuri/excelize/v2"
)

// writePetunjuk writes the first sheet: what lapkin is, the workflow, the
// colours, the general rules, every sheet and column, the formulas.
func (t *tmpl) writePetunjuk() error {
	f, sh := t.f, "Petunjuk"
	for c, w := range []float64{34, 100} {
		col := xlsx.ColumnName(c + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	if err := t.judul(sh, "PETUNJUK PENGISIAN — Buku Kerja Laporan Kinerja Triwulanan",
		"Buku kerja ini dibaca oleh lapkin untuk memeriksa data dan menyusun Laporan Kinerja Triwulanan (PDF). Lembar Petunjuk ini tidak dibaca."); err != nil {
		return err
	}
	r := 3
	if t.opsi.Catatan != "" {
		ts, err := t.style(gTeksTebal, fUmum, true)
		if err != nil {
			return err
		}
		ref := xlsx.CellName(1, r)
		if err := f.SetCellStr(sh, ref, t.opsi.Catatan); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, xlsx.CellName(2, r), ts); err != nil {
			return err
		}
		if err := f.MergeCell(sh, ref, xlsx.CellName(2, r)); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, tinggiTeks(t.opsi.Catatan, 130)); err != nil {
			return err
		}
		r++
	}
	bagian := func(s string) error {
		r++
		bs, err := t.style(gBagian, fUmum, false)
		if err != nil {
			return err
		}
		for _, c := range []string{"A", "B"} {
			if err := f.SetCellStyle(sh, fmt.Sprintf("%s%d", c, r), fmt.Sprintf("%s%d", c, r), bs); err != nil {
				return err
			}
		}
		if err := f.SetCellStr(sh, xlsx.CellName(1, r), s); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, 20); err != nil {
			return err
		}
		r++
		return nil
	}
	ts, err := t.style(gTeks, fUmum, true)
	if err != nil {
		return err
	}
	tb, err := t.style(gTeksTebal, fUmum, true)
	if err != nil {
		return err
	}
	baris := func(a, b string) error {
		err := t.petunjukRow(sh, r, a, b, tb, ts)
		r++
		return err
	}
	// contoh writes a row whose A cell shows a sample of a cell look.
	contoh := func(p styleRole, a, b string) error {
		s, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		err = t.petunjukRow(sh, r, a, b, s, ts)
		r++
		return err
	}

	if err := bagian("1. Alur kerja"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"lapkin init", "Membuat buku kerja ini (sudah dilakukan). Dengan --contoh: berisi contoh data."},
		{"Isi buku kerja", "Isi lembar Identitas, Target dan Realisasi (wajib), lalu Anggaran dan lembar lain bila ada datanya. Simpan sebagai .xlsx (Excel atau LibreOffice)."},
		{"lapkin validate BERKAS.xlsx", "Memeriksa isi buku kerja. Setiap temuan menyebut lembar dan selnya (mis. Realisasi!D4), apa yang salah dan cara memperbaikinya. GALAT harus diperbaiki; PERINGATAN sebaiknya diperiksa."},
		{"lapkin generate BERKAS.xlsx", "Membuat laporan PDF. Data yang masih bergalat ditolak; dengan --draf laporan tetap dibuat dan setiap halaman diberi tanda DRAF."},
		{"lapkin summary BERKAS.xlsx", "Menampilkan angka hasil hitungan (capaian, predikat, serapan, efisiensi) tanpa membuat PDF."},
		{"lapkin generate --jenis tahunan BERKAS.xlsx", "Membuat Laporan Kinerja Instansi Pemerintah (LKjIP) tahunan dari buku kerja yang sama, setelah keempat triwulan terisi. Kolom laporan tahunan di lembar Target (Realisasi Tahun Lalu, Realisasi N-2, Target Tahun Lalu, Target Akhir Renstra, Standar Nasional) dan Periode Renstra di lembar Identitas hanya diperlukan untuk laporan tahunan; laporan triwulan tidak memakainya, jadi boleh dibiarkan kosong."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("2. Arti warna"); err != nil {
		return err
	}
	for _, x := range []struct {
		p    styleRole
		a, b string
	}{
		{gHeaderWajib, "Judul biru tua", "Kolom wajib: isi pada setiap baris yang dipakai."},
		{gHeaderOpsional, "Judul biru muda", "Kolom boleh dikosongkan."},
		{gIsian, "Sel kuning", "Tempat mengisi data. Sel yang memiliki daftar pilihan menampilkan tombol panah saat dipilih; pesan bantuan muncul saat sel dipilih."},
		{gOtomatis, "Sel abu-abu", "Terisi sendiri dari lembar Target (nama indikator, satuan) sebagai bantuan; tidak perlu diketik dan tidak dibaca lapkin."},
	} {
		if err := contoh(x.p, x.a, x.b); err != nil {
			return err
		}
	}

	if err := bagian("3. Aturan umum"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"Lembar dan judul kolom", "Jangan mengganti nama lembar dan judul kolom. Urutan kolom boleh diubah; kolom lain boleh ditambahkan (tidak dibaca). Judul kolom ada di baris 3; baris 1–2 hanya judul dan catatan."},
		{"Baris", "Satu baris untuk satu data, mulai baris 4. Baris kosong dilewati. Baris yang berisi data tetapi kolom kuncinya (Kode, Kegiatan, Uraian) kosong adalah galat. Bila baris yang disiapkan kurang, tambahkan baris di atas baris terakhir agar format dan daftar pilihan ikut."},
		{"Angka", "Ketik angkanya saja: 7500000 atau 7.500.000 (titik pemisah ribuan), desimal dengan koma: 84,69. Angka boleh diikuti satuan (6 Desa). Jangan menulis Rp."},
		{"Persen", "Di sel berformat persen, 84,69% tersimpan sebagai 0,8469 dan dibaca 84,69. Di sel biasa, ketik 84,69 atau 84,69%."},
		{"Kosong dan nol", "Sel kosong berarti belum diisi; 0 berarti nol (sudah diisi). Realisasi triwulan yang belum berjalan dibiarkan kosong."},
		{"Kode", "Setiap indikator di lembar Target punya Kode unik (IK1, IK2, …). Lembar Realisasi, Anggaran, Strategi dan Analisis memilih Kode itu dari daftar."},
		{"NIP", "Ketik 18 angka NIP di sel NIP yang sudah berformat teks (spasi boleh). Jangan mengubahnya menjadi angka: Excel hanya menyimpan 15 digit sehingga angka terakhir hilang."},
		{"Tanggal", "Ketik sebagai tanggal (mis. 03/07/2023) atau sebagai teks \"3 Juli 2023\"."},
		{"Sel gabungan", "Sel gabungan (merge) boleh: misalnya satu Sasaran yang digabung untuk dua baris indikator berlaku untuk keduanya."},
		{"Rumus", "Sel boleh berisi rumus Excel; yang dibaca adalah hasilnya. Hasil galat seperti #DIV/0! dilaporkan."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("4. Lembar dan kolom"); err != nil {
		return err
	}
	ks, err := t.style(gLabelWajib, fUmum, true)
	if err != nil {
		return err
	}
	lembarBaris := func(nama, isi string) error {
		err := t.petunjukRow(sh, r, nama, isi, ks, tb)
		r++
		return err
	}
	if err := lembarBaris("Identitas (wajib)", "Data laporan dan pejabat: label di kolom A, isinya di kolom B (sel kuning); kolom C hanya petunjuk. Sisipkan gambar logo di lembar ini untuk sampul laporan."); err != nil {
		return err
	}
	for _, it := range identitasTemplat {
		if err := baris("   "+it.label, it.hint+"."); err != nil {
			return err
		}
	}
	for _, ls := range t.sheet {
		status := "boleh tidak diisi"
		if ls.wajib {
			status = "wajib"
		}
		if err := lembarBaris(fmt.Sprintf("%s (%s)", ls.nama, status), ls.tujuan); err != nil {
			return err
		}
		for i, k := range ls.columnSpec {
			if k.grup != "" && i > 0 && ls.columnSpec[i-1].grup == k.grup {
				continue
			}
			label := k.judul
			if k.grup != "" {
				label = k.grup
			}
			sifat := "Boleh kosong. "
			switch {
			case k.jenis == jOtomatis:
				sifat = "Otomatis. "
			case k.wajib:
				sifat = "Wajib. "
			}
			if strings.HasPrefix(k.petunjuk, "Boleh kosong") || strings.HasPrefix(k.petunjuk, "Terisi sendiri") {
				sifat = ""
			}
			if err := baris("   "+label, sifat+k.petunjuk); err != nil {
				return err
			}
		}
	}

	if err := bagian("5. Rumus yang dipakai lapkin (q = triwulan yang dilaporkan)"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"Realisasi s.d. triwulan q (R)", "Kumulatif: jumlah TW I s.d. TW q. Non Kumulatif: nilai TW q (bila kosong, nilai triwulan terakhir sebelumnya, dengan peringatan). Rata-rata: rata-rata TW I s.d. TW q yang terisi."},
		{"Target periode (T)", "Target TW q bila diisi; bila tidak, target tahunan."},
		{"Capaian, polaritas Positif", "Capaian = R / T × 100%. Contoh: T = 12, R = 6 → 50%."},
		{"Capaian, polaritas Negatif", "Capaian = (1 + (1 − R / T)) × 100% = (2T − R) / T × 100%, paling rendah 0% (PermenPANRB 8/2021). Contoh: T = 10, R = 10 → 100%; R = 0 → 200%; R = 20 → 0%."},
		{"Target rentang", "Target ditulis 80-90, 80 – 90, 80 s.d. 90 atau 80 s/d 90. Realisasi di dalam rentang → 100%; di atasnya dibandingkan dengan batas atas, di bawahnya dengan batas bawah. 7,5 (koma desimal) bukan rentang."},
		{"Target 0", "Capaian tidak dapat dihitung: galat, perbaiki targetnya."},
		{"Capaian tahunan", "Seperti capaian, tetapi R dibandingkan dengan target tahunan."},
		{"Tercapai dan predikat", "Tercapai bila capaian periode ≥ 100%. Predikat (Permendagri 86/2017): ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah."},
		{"Realisasi anggaran (RA)", "Jumlah Realisasi TW I s.d. TW q bila kolom per triwulan diisi; bila tidak, kolom Realisasi (s.d. triwulan yang dilaporkan)."},
		{"Serapan", "Serapan = RA / Pagu × 100%. Anggaran indikator = jumlah pagu dan realisasi kegiatan yang menautkannya (kolom Indikator)."},
		{"Capaian kinerja kegiatan (CK)", "Realisasi Kinerja / Target Kinerja × 100% bila Realisasi Kinerja diisi; bila tidak, capaian periode indikator yang ditautkan."},
		{"Efisiensi (metode PMK, bawaan)", "E = Σ(Pagu × CK − RA) / Σ(Pagu × CK) × 100%, dengan CK sebagai pecahan paling tinggi 1 (PMK 214/PMK.02/2017, dari PMK 249/PMK.02/2011). Dihitung per kegiatan, per indikator (jumlah kegiatannya) dan untuk total."},
		{"Nilai efisiensi (NE)", "NE = 50 + (E / 20) × 50, dibatasi 0 s.d. 100. Contoh: E = 0 → NE = 50; E = 20 → NE = 100."},
		{"Efisiensi rasio", "Dengan lapkin generate --efisiensi rasio: Efisiensi = capaian kinerja / serapan × 100% (> 100% = efisien). Konvensi setempat, tanpa dasar peraturan; tidak dihitung bila serapan 0."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("6. Program, kegiatan dan sub kegiatan (lembar Anggaran, boleh dilewati)"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"Program", "Tingkat: Program; Kode Rekening: 1.02.02 (U.BB.PP); mis. Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat. Pagu boleh diisi (diperiksa terhadap jumlah sub kegiatannya) atau dikosongkan."},
		{"Kegiatan", "Tingkat: Kegiatan; Kode Rekening: 1.02.02.2.01 (U.BB.PP.K.KK); mis. Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP. Letakkan di bawah programnya, atau di mana saja bila kodenya diisi."},
		{"Sub Kegiatan", "Tingkat: Sub Kegiatan; Kode Rekening: 1.02.02.2.01.0014 (U.BB.PP.K.KK.SSSS); mis. Pengadaan Alat Kesehatan. Pagu dan realisasi diisi di sini: angka induk dijumlahkan dari sub kegiatan."},
		{"Indikator per tingkat", "Kolom Indikator boleh diisi pada tiap tingkat (indikator program pada baris program, indikator kegiatan pada baris kegiatan). Baris tanpa Indikator ikut indikator induknya. Target/Realisasi Kinerja baris ini adalah keluarannya sendiri."},
		{"Tanpa kode", "Bila Kode Rekening kosong, induk suatu baris adalah baris terdekat di atasnya yang tingkatnya satu di atasnya (urutan baris menentukan)."},
		{"Pemeriksaan", "LK031: pagu/realisasi yang diketik pada baris induk berbeda dari jumlah sub kegiatan di bawahnya. LK032: susunan tidak runtut (induk tidak ada, sub kegiatan langsung di bawah program, Tingkat tidak sesuai kode, kode tersimpan sebagai angka)."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("7. Batas waktu pelaporan"); err != nil {
		return err
	}
	if err := baris("Batas pelaporan", "Hari kerja ke-N setelah hari terakhir triwulan (N dari Identitas, bawaan 5). Hari kerja: Senin–Jumat, tidak termasuk libur nasional dan cuti bersama yang diketahui lapkin serta tanggal di lembar Libur. Lihat: lapkin deadline --tahun 2023 --triwulan II."); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.cetak(sh, false, 0)
}

// petunjukRow writes one row of the Petunjuk sheet with its height
// fitted to the text of column B.
func (t *tmpl) petunjukRow(sh string, r int, a, b string, sa, sb int) error {
	f := t.f
	if a != "" {
		if err := f.SetCellStr(sh, xlsx.CellName(1, r), a); err != nil {
			return err
		}
	}
	if sa != 0 {
		if err := f.SetCellStyle(sh, xlsx.CellName(1, r), xlsx.CellName(1, r), sa); err != nil {
			return err
		}
	}
	if err := f.SetCellStr(sh, xlsx.CellName(2, r), b); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, xlsx.CellName(2, r), xlsx.CellName(2, r), sb); err != nil {
		return err
	}
	h := math.Max(tinggiTeks(b, 100), tinggiTeks(a, 34))
	if h > 18 {
		return f.SetRowHeight(sh, r, h)
	}
	return nil
}
