package workbook

import (
	"fmt"
	"strings"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The template's catalogue: its sheets, their columns (header, width,
// format, validation, help text) and the Identitas rows. The reader's own
// column catalogue (which headers are accepted) is table.go and
// identitas.go; template_test.go reads every template back and wants no
// finding, which keeps the two in step.

// Layout rows of a table sheet.
const (
	templateHeaderRow = 1
	templateNoteRow   = 2
	// TemplateBarisHeader is the header row of every table sheet of the
	// template (and of Identitas, whose header names no field).
	TemplateBarisHeader = 3
	// TemplateBarisData is the first data row.
	TemplateBarisData = 4
)

// Excel's limits on data validation texts (UTF-16 units): longer texts
// make Excel report the file as damaged.
const (
	maksJudulPesan = 32
	maksPesanInput = 255
	maksPesanGalat = 225
)

// jenisKolom says how a column is formatted and validated.
type jenisKolom int

const (
	jTeks        jenisKolom = iota // short text
	jTeksPanjang                   // long text, wrapped
	jAngka                         // a figure: number, percent, "6 Desa", range (General)
	jRupiah                        // "#,##0"
	jPersen                        // "0.00%"
	jTanggal                       // fmtTanggalTemplat
	jKodeTarget                    // Target's Kode: text, unique
	jKode                          // a Target Kode chosen from a list
	jKodeBebas                     // a code typed freely (text format)
	jNomor                         // a row number
	jDaftar                        // a fixed list (daftar)
	jSaran                         // a list of suggestions, other values allowed
	jOtomatis                      // a formula showing data of Target
)

// templateColumn is one column of a template table sheet.
type templateColumn struct {
	judul string
	id    string // the reader's column id (sheetSpec); "" for jOtomatis
	wajib bool   // header shown as required
	lebar float64
	jenis jenisKolom
	// daftar: the values of a jDaftar or jSaran list.
	daftar []string
	// galat: error alert of a jDaftar list ("" = a default text).
	galat string
	// peringatan: a jDaftar list only warns on other values (the reader
	// accepts aliases).
	peringatan bool
	petunjuk   string // on the Petunjuk sheet
	pesan      string // input message ("" = petunjuk when short enough)
	// grup names the columns of one quarter group ("TW I – TW IV"): the
	// Petunjuk sheet explains them in one row.
	grup string
	// kodeColumn / lookupColumn: for jOtomatis, the column (1-based) of this
	// sheet holding the Kode, and the Target column to show.
	kodeColumn, lookupColumn int
}

// templateSheet is one table sheet of the template.
type templateSheet struct {
	nama       string
	spec       *sheetSpec
	wajib      bool
	judul      string
	catatan    string
	tujuan     string // on the Petunjuk sheet
	columnSpec []templateColumn
	baris      int // prepared rows in the blank template
	beku       int // frozen columns
	awal       [][]any
	lanskap    bool
	tambahan   []string // data columns the template lacks (filled from Isi)
	dataRows   int      // rows of Isi data
	totalBaris int      // prepared rows, with data
}

var twRomawi = []string{"I", "II", "III", "IV"}

// Column texts shared by several sheets.
const (
	pKodePilih  = "Kode indikator dari lembar Target: pilih dari daftar (isi lembar Target lebih dulu)."
	pOtomatis   = "Terisi sendiri dari lembar Target menurut Kode di baris ini; tidak perlu diketik dan tidak dibaca lapkin."
	pKeterangan = "Catatan bebas; boleh kosong."
)

// autoColumn shows column cari (3 = Indikator, 4 = Satuan) of the
// Target row whose Kode is in column kode of this sheet.
func autoColumn(judul string, kode, cari int, lebar float64) templateColumn {
	return templateColumn{judul: judul, jenis: jOtomatis, lebar: lebar, kodeColumn: kode, lookupColumn: cari, petunjuk: pOtomatis}
}

// lembarTemplatSemua describes the table sheets, in workbook order.
func lembarTemplatSemua(bagianNarasi []string) []*templateSheet {
	var targetTW, realisasiTW, anggaranTW []templateColumn
	for q := 1; q <= 4; q++ {
		r := twRomawi[q-1]
		targetTW = append(targetTW, templateColumn{judul: "Target TW " + r, id: fmt.Sprintf("target%d", q), lebar: 11.5, jenis: jAngka,
			grup:     "Target TW I – Target TW IV",
			petunjuk: "Target yang harus dicapai sampai akhir triwulan itu (Kumulatif: jumlah sampai akhir triwulan itu; lainnya: tingkat pada akhir triwulan itu). Kosong: target tahunan yang dipakai.",
			pesan:    "Target sampai akhir TW " + r + ". Kosong = target tahunan."})
		realisasiTW = append(realisasiTW, templateColumn{judul: "TW " + r, id: fmt.Sprintf("tw%d", q), wajib: true, lebar: 10, jenis: jAngka,
			grup:     "TW I – TW IV",
			petunjuk: "Realisasi tiap triwulan: untuk indikator Kumulatif, realisasi di dalam triwulan itu saja; untuk Non Kumulatif dan Rata-rata, tingkat pada akhir triwulan itu. Angka (6), persen (84,69%) atau angka dengan satuan (6 Desa). Kosong = belum diisi; 0 = nol. Isi paling sedikit triwulan yang dilaporkan.",
			pesan:    "Realisasi TW " + r + ". Kumulatif: realisasi dalam triwulan ini saja; Non Kumulatif/Rata-rata: tingkat pada akhir triwulan. Contoh: 6, 84,69% atau 6 Desa. Kosong = belum diisi; 0 = nol."})
		anggaranTW = append(anggaranTW, templateColumn{judul: "Realisasi TW " + r, id: fmt.Sprintf("rtw%d", q), lebar: 14, jenis: jRupiah,
			grup:     "Realisasi TW I – Realisasi TW IV",
			petunjuk: "Rupiah yang dibelanjakan di dalam triwulan itu saja (tanpa Rp). Isi kolom per triwulan ini, atau kolom Realisasi (s.d. triwulan yang dilaporkan), salah satu.",
			pesan:    "Rupiah yang dibelanjakan di dalam TW " + r + " saja, tanpa Rp (mis. 1800000)."})
	}
	satuanSaran := []string{"%", "Desa", "Kelurahan", "Dokumen", "Laporan", "Kegiatan", "Kali", "Bulan", "Orang", "Unit", "Lembaga", "Paket"}
	target := &templateSheet{
		nama: kinerja.SheetTarget, spec: specTargetTahun(0), wajib: true, baris: 50, beku: 1, lanskap: true,
		judul:   "Target — Perjanjian Kinerja",
		catatan: "Satu baris per indikator, mulai baris 4. Judul biru tua wajib diisi; biru muda boleh kosong. Lihat lembar Petunjuk.",
		tujuan:  "Perjanjian Kinerja: satu baris per indikator, baik indikator sasaran maupun indikator kegiatan (Tabel 2.1).",
		columnSpec: append(append([]templateColumn{
			{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKodeTarget,
				petunjuk: "Kode unik indikator, mis. IK1, IK2, … Kode ini dipilih di lembar Realisasi, Anggaran, Strategi dan Analisis.",
				pesan:    "Kode unik indikator, mis. IK1. Dipakai di lembar Realisasi, Anggaran, Strategi dan Analisis."},
			{judul: "Sasaran", id: "sasaran", lebar: 38, jenis: jTeksPanjang,
				petunjuk: "Sasaran yang didukung indikator. Beberapa indikator dengan sasaran yang sama boleh memakai sel gabungan (merge).",
				pesan:    "Sasaran kegiatan/strategis. Boleh digabung (merge) untuk beberapa indikator."},
			{judul: "Indikator", id: "indikator", wajib: true, lebar: 45, jenis: jTeksPanjang,
				petunjuk: "Nama indikator kinerja, sesuai Perjanjian Kinerja yang ditandatangani."},
			{judul: "Satuan", id: "satuan", wajib: true, lebar: 11, jenis: jSaran, daftar: satuanSaran,
				petunjuk: "Satuan target dan realisasi: %, Desa, Dokumen, Kali, Bulan, Orang, … (pilih dari daftar atau ketik sendiri). Indikator bernama Persentase/Prosentase sebaiknya bersatuan %.",
				pesan:    "Satuan target dan realisasi: pilih dari daftar atau ketik sendiri (mis. %, Desa, Dokumen)."},
			{judul: "Target", id: "target", wajib: true, lebar: 12, jenis: jAngka,
				petunjuk: "Target tahunan: angka (12), persen (100%) atau rentang (80-90, 80 s.d. 90). Angka boleh diikuti satuan (12 Desa). Desimal dengan koma: 7,5.",
				pesan:    "Target tahunan: angka (12), persen (100%) atau rentang (80-90). Desimal dengan koma: 7,5."},
		}, targetTW...),
			templateColumn{judul: "Polaritas", id: "polaritas", lebar: 11, jenis: jDaftar, daftar: []string{"Positif", "Negatif"},
				galat:    "Pilih Positif (makin tinggi makin baik) atau Negatif (makin rendah makin baik).",
				petunjuk: "Positif: makin tinggi makin baik (bawaan bila kosong). Negatif: makin rendah makin baik, mis. angka kematian atau jumlah pelanggaran.",
				pesan:    "Positif = makin tinggi makin baik (bawaan). Negatif = makin rendah makin baik."},
			templateColumn{judul: "Sifat", id: "sifat", lebar: 15, jenis: jDaftar, daftar: []string{"Kumulatif", "Non Kumulatif", "Rata-rata"},
				galat:    "Pilih Kumulatif, Non Kumulatif atau Rata-rata.",
				petunjuk: "Kumulatif: realisasi triwulan dijumlahkan. Non Kumulatif: yang dipakai nilai pada akhir triwulan. Rata-rata: rata-rata triwulan yang terisi. Kosong: Non Kumulatif bila Satuan %, selain itu Kumulatif.",
				pesan:    "Kumulatif: realisasi triwulan dijumlahkan. Non Kumulatif: nilai akhir triwulan. Rata-rata. Kosong: Non Kumulatif bila Satuan %, selain itu Kumulatif."},
			templateColumn{judul: "Tingkat", id: "tingkat", lebar: 16, jenis: jDaftar, daftar: []string{"Sasaran Strategis", "Program", "Kegiatan", "Sub Kegiatan"},
				galat:    "Pilih Sasaran Strategis, Program, Kegiatan atau Sub Kegiatan, atau kosongkan.",
				petunjuk: "Boleh kosong. Tingkat indikator: Sasaran Strategis, Program, Kegiatan atau Sub Kegiatan; bila diisi, Tabel 2.1 dan 2.2 dikelompokkan menurut tingkat ini.",
				pesan:    "Boleh kosong. Tingkat indikator; Tabel 2.1 dan 2.2 dikelompokkan menurutnya."},
		),
	}
	target.columnSpec = append(target.columnSpec, tahunanTemplateColumns()...)
	realisasi := &templateSheet{
		nama: kinerja.SheetRealisasi, spec: &specRealisasi, wajib: true, baris: 50, beku: 3, lanskap: true,
		judul:   "Realisasi — capaian kinerja per triwulan",
		catatan: "Satu baris per indikator: pilih Kode, lalu isi realisasi tiap triwulan. Kolom abu-abu terisi sendiri.",
		tujuan:  "Realisasi tiap indikator per triwulan (Tabel 2.2).",
		columnSpec: append(append([]templateColumn{
			{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
			autoColumn("Nama Indikator (otomatis)", 1, 3, 42),
			autoColumn("Satuan (otomatis)", 1, 4, 11),
		}, realisasiTW...),
			templateColumn{judul: "Capaian", id: "capaian", lebar: 11, jenis: jPersen,
				petunjuk: "Boleh kosong. Capaian menurut hitungan Anda (persen); bila diisi, lapkin membandingkannya dengan capaian yang dihitungnya dan melaporkan selisih lebih dari 0,5 poin.",
				pesan:    "Boleh kosong. Bila diisi (mis. 84,69%), lapkin membandingkannya dengan capaian hitungannya."},
			templateColumn{judul: "Keterangan", id: "keterangan", lebar: 24, jenis: jTeks, petunjuk: pKeterangan},
		),
	}
	anggaran := &templateSheet{
		nama: kinerja.SheetAnggaran, spec: &specAnggaran, baris: 60, beku: 3, lanskap: true,
		judul:   "Anggaran — pagu dan realisasi per kegiatan",
		catatan: "Satu baris per kegiatan/sub kegiatan. Rupiah tanpa Rp. Isi Realisasi TW I–IV atau kolom Realisasi (s.d. triwulan ini).",
		tujuan:  "Pagu dan realisasi anggaran per kegiatan: Tabel 2.3 (biaya per capaian), serapan dan efisiensi. Tanpa kegiatan di lembar ini, Tabel 2.3 tidak dibuat.",
		columnSpec: append(append([]templateColumn{
			{judul: "Tingkat", id: "tingkat", lebar: 14, jenis: jDaftar, daftar: []string{"Program", "Kegiatan", "Sub Kegiatan"},
				galat:    "Pilih Program, Kegiatan atau Sub Kegiatan, atau kosongkan.",
				petunjuk: "Boleh kosong. Program, Kegiatan atau Sub Kegiatan (nomenklatur Permendagri 90/2019). Bila diisi, baris program dan kegiatan menjadi induk baris di bawahnya: pagu dan realisasinya dijumlahkan dari sub kegiatan, dan angka yang Anda ketik pada baris induk diperiksa (LK031). Kosong di semua baris: daftar kegiatan biasa.",
				pesan:    "Boleh kosong. Program / Kegiatan / Sub Kegiatan; induk dijumlahkan dari sub kegiatannya."},
			{judul: "Kode Rekening", id: "kode", lebar: 18, jenis: jKodeBebas,
				petunjuk: "Kode program/kegiatan/sub kegiatan, mis. 1.02.02 (program), 1.02.02.2.01 (kegiatan), 1.02.02.2.01.0004 (sub kegiatan); boleh kosong, bila diisi harus unik. Induk suatu baris adalah baris yang kodenya awalan terpanjang dari kodenya, di mana pun letaknya. Ketik sebagai teks agar angka 0 di belakang tidak hilang.",
				pesan:    "Kode rekening (mis. 1.02.02.2.01.0004); boleh kosong, bila diisi harus unik. Ketik sebagai teks."},
			{judul: "Kegiatan", id: "kegiatan", wajib: true, lebar: 42, jenis: jTeksPanjang,
				petunjuk: "Nama program/kegiatan/sub kegiatan. Baris berjudul Jumlah atau Total dilewati."},
			{judul: "Indikator", id: "indikator", lebar: 10, jenis: jKode,
				petunjuk: "Kode indikator (lembar Target) yang didukung kegiatan ini: pagu dan realisasi indikator adalah jumlah kegiatannya (pada susunan bertingkat: jumlah sub kegiatan di bawah baris yang menautkannya, masing-masing sekali). Kosong: kegiatan hanya dihitung di baris total; pada susunan bertingkat, baris tanpa Indikator ikut indikator induknya.",
				pesan:    "Kode indikator (lembar Target) yang didukung kegiatan ini; pilih dari daftar. Boleh kosong."},
			autoColumn("Nama Indikator (otomatis)", 4, 3, 30),
			{judul: "Pagu", id: "pagu", wajib: true, lebar: 15, jenis: jRupiah,
				petunjuk: "Pagu anggaran kegiatan dalam rupiah, tanpa Rp (7500000 atau 7.500.000).",
				pesan:    "Pagu anggaran dalam rupiah, tanpa Rp (mis. 7500000)."},
		}, anggaranTW...),
			templateColumn{judul: "Realisasi", id: "realisasi", lebar: 15, jenis: jRupiah,
				petunjuk: "Realisasi anggaran sampai dengan triwulan yang dilaporkan (rupiah). Dipakai bila kolom Realisasi TW I–IV kosong semua.",
				pesan:    "Realisasi anggaran s.d. triwulan yang dilaporkan, tanpa Rp. Dipakai bila Realisasi TW I–IV kosong."},
			templateColumn{judul: "Target Kinerja", id: "targetk", lebar: 10, jenis: jAngka,
				petunjuk: "Target keluaran kegiatan (bawaan 100). Boleh kosong.",
				pesan:    "Target keluaran kegiatan; kosong = 100."},
			templateColumn{judul: "Realisasi Kinerja", id: "realisasik", lebar: 10, jenis: jAngka,
				petunjuk: "Realisasi keluaran kegiatan sampai saat ini. Kosong: capaian indikator yang ditautkan yang dipakai.",
				pesan:    "Realisasi keluaran kegiatan s.d. saat ini. Kosong = capaian indikatornya yang dipakai."},
			templateColumn{judul: "Satuan Kinerja", id: "satuank", lebar: 10, jenis: jSaran, daftar: satuanSaran,
				petunjuk: "Satuan target dan realisasi kinerja kegiatan (bawaan %).",
				pesan:    "Satuan kinerja kegiatan; kosong = %."},
			templateColumn{judul: "Capaian", id: "capaian", lebar: 10, jenis: jPersen,
				petunjuk: "Boleh kosong. Serapan anggaran menurut hitungan Anda; bila diisi, lapkin membandingkannya dengan serapan yang dihitungnya.",
				pesan:    "Boleh kosong. Serapan anggaran menurut Anda (mis. 24%); lapkin membandingkannya dengan hitungannya."},
			templateColumn{judul: "Efisiensi", id: "efisiensi", lebar: 10, jenis: jPersen,
				petunjuk: "Boleh kosong. Efisiensi menurut hitungan Anda; bila diisi, lapkin membandingkannya dengan efisiensi yang dihitungnya (metode PMK, atau rasio dengan --efisiensi rasio).",
				pesan:    "Boleh kosong. Efisiensi menurut Anda; lapkin membandingkannya dengan hitungannya."},
			templateColumn{judul: "Keterangan", id: "keterangan", lebar: 20, jenis: jTeks, petunjuk: pKeterangan},
		),
	}
	narasiBagian := "Bagian laporan yang teksnya diganti"
	if len(bagianNarasi) > 0 {
		narasiBagian += ": " + strings.Join(bagianNarasi, ", ")
	}
	narasiBagian += ". Beberapa baris dengan Bagian yang sama menjadi beberapa paragraf."
	return []*templateSheet{
		{
			nama: kinerja.SheetTugas, spec: &specTugas, baris: 40,
			judul:   "Tugas — uraian tugas jabatan",
			catatan: "Satu tugas per baris, mulai baris 4, sesuai peraturan tentang tugas dan fungsi jabatan.",
			tujuan:  "Uraian tugas jabatan, ditampilkan di BAB I.",
			columnSpec: []templateColumn{
				{judul: "No", id: "no", lebar: 6, jenis: jNomor, petunjuk: "Nomor urut; boleh kosong."},
				{judul: "Uraian Tugas", id: "uraian", wajib: true, lebar: 100, jenis: jTeksPanjang,
					petunjuk: "Satu tugas per baris, sesuai peraturan yang disebut di Identitas (Dasar Hukum Tugas)."},
			},
		},
		target,
		realisasi,
		anggaran,
		{
			nama: kinerja.SheetStrategi, spec: &specStrategi, baris: 100, beku: 2,
			judul:   "Strategi — strategi untuk mencapai target",
			catatan: "Satu strategi per baris; pilih Kode indikatornya. Beberapa baris boleh memakai Kode yang sama.",
			tujuan:  "Strategi yang digunakan untuk mencapai target tiap indikator (Tabel 2.4).",
			columnSpec: []templateColumn{
				{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
				autoColumn("Nama Indikator (otomatis)", 1, 3, 40),
				{judul: "Strategi", id: "strategi", wajib: true, lebar: 60, jenis: jTeksPanjang, petunjuk: "Uraian strategi."},
				{judul: "Periode", id: "periode", lebar: 24, jenis: jTeks,
					petunjuk: "Waktu pelaksanaan, mis. Januari s.d. Juni 2023.", pesan: "Waktu pelaksanaan, mis. Januari s.d. Juni 2023."},
			},
		},
		{
			nama: kinerja.SheetAnalisis, spec: &specAnalisis, baris: 50, beku: 2,
			judul:   "Analisis — uraian capaian per indikator",
			catatan: "Satu paragraf per baris; pilih Kode indikatornya. Paragraf tampil di bawah indikator itu pada bagian 2.2.",
			tujuan:  "Paragraf analisis capaian tiap indikator (penyebab, kendala, upaya), ditambahkan di bawah paragraf yang dibuat lapkin pada bagian 2.2.",
			columnSpec: []templateColumn{
				{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
				autoColumn("Nama Indikator (otomatis)", 1, 3, 40),
				{judul: "Uraian", id: "uraian", wajib: true, lebar: 90, jenis: jTeksPanjang,
					petunjuk: "Satu paragraf analisis. Sebut triwulan dan tahun yang dilaporkan saja (lapkin memperingatkan bila menyebut triwulan atau tahun lain)."},
			},
		},
		{
			nama: kinerja.SheetTindakLanjut, spec: &specTindakLanjut, baris: 40,
			judul:   "Tindak Lanjut — rencana tindak lanjut",
			catatan: "Satu rencana per baris, mulai baris 4.",
			tujuan:  "Rencana tindak lanjut (bagian 2.5).",
			columnSpec: []templateColumn{
				{judul: "No", id: "no", lebar: 6, jenis: jNomor, petunjuk: "Nomor urut; boleh kosong."},
				{judul: "Uraian", id: "uraian", wajib: true, lebar: 90, jenis: jTeksPanjang, petunjuk: "Satu rencana tindak lanjut."},
			},
		},
		{
			nama: kinerja.SheetTanggapan, spec: &specTanggapan, baris: 10,
			judul:   "Tanggapan — pilihan tanggapan atasan langsung",
			catatan: "Daftar pilihan tanggapan atasan (bagian 2.6). Beri tanda x di kolom Pilih, atau kosongkan agar atasan mencentang di kertas.",
			tujuan:  "Pilihan tanggapan atasan langsung, tercetak dengan kotak centang (bagian 2.6). Daftar bawaan sudah terisi; boleh diubah.",
			awal:    tanggapanAwal(),
			columnSpec: []templateColumn{
				{judul: "Tanggapan", id: "tanggapan", wajib: true, lebar: 55, jenis: jTeks, petunjuk: "Teks pilihan tanggapan."},
				{judul: "Pilih", id: "pilih", lebar: 8, jenis: jDaftar, daftar: []string{"x"},
					galat:    "Ketik x untuk memilih tanggapan ini, atau kosongkan.",
					petunjuk: "Tanda x pada tanggapan yang dipilih (juga diterima: ✓, v, ya); kosong = tidak dipilih.",
					pesan:    "Ketik x bila tanggapan ini dipilih; kosongkan bila tidak."},
			},
		},
		{
			nama: kinerja.SheetNarasi, spec: &specNarasi, baris: 20,
			judul:   "Narasi — teks pengganti bagian laporan",
			catatan: "Isi hanya bila ingin mengganti teks yang dibuat lapkin untuk suatu bagian laporan.",
			tujuan:  "Paragraf Anda sendiri yang menggantikan teks buatan lapkin untuk satu bagian laporan.",
			columnSpec: []templateColumn{
				{judul: "Bagian", id: "bagian", wajib: true, lebar: 22, jenis: jDaftar, daftar: bagianNarasi, peringatan: true,
					galat:    "Bagian ini tidak dikenal lapkin. Pilih salah satu bagian dari daftar.",
					petunjuk: narasiBagian,
					pesan:    "Bagian laporan yang teksnya diganti; pilih dari daftar."},
				{judul: "Teks", id: "teks", wajib: true, lebar: 100, jenis: jTeksPanjang, petunjuk: "Satu paragraf pengganti."},
			},
		},
		{
			nama: kinerja.SheetLibur, spec: &specLibur, baris: 20,
			judul:   "Libur — hari libur tambahan",
			catatan: "Hari tidak bekerja selain Sabtu, Minggu, libur nasional dan cuti bersama (mis. libur daerah).",
			tujuan:  "Hari libur tambahan untuk menghitung batas pelaporan (mis. libur daerah). Libur nasional dan cuti bersama sudah diketahui lapkin.",
			columnSpec: []templateColumn{
				{judul: "Tanggal", id: "tanggal", wajib: true, lebar: 14, jenis: jTanggal,
					petunjuk: "Tanggal libur, mis. 03/10/2024.", pesan: "Tanggal libur, mis. 03/10/2024 (tanggal/bulan/tahun)."},
				{judul: "Keterangan", id: "keterangan", lebar: 40, jenis: jTeks, petunjuk: "Nama hari libur; boleh kosong."},
			},
		},
	}
}

func tanggapanAwal() [][]any {
	rows := make([][]any, len(kinerja.DefaultTanggapan))
	for i, t := range kinerja.DefaultTanggapan {
		rows[i] = []any{t, nil}
	}
	return rows
}

// isianTemplat is one row of the Identitas sheet.
type isianTemplat struct {
	label string // as the reader knows it (isianIdentitas)
	wajib bool
	jenis jenisIsian
	hint  string // column C
	pesan string // input message
}

var identitasTemplat = []isianTemplat{
	{"Tahun Anggaran", true, isianTahun, "Wajib. Tahun 4 angka, contoh: 2023", "Tahun anggaran, 4 angka (mis. 2023)."},
	{"Triwulan", true, isianTriwulan, "Wajib. Triwulan yang dilaporkan: pilih I, II, III atau IV", "Triwulan yang dilaporkan: pilih I, II, III atau IV."},
	{"Pemerintah Daerah", true, isianTeks, "Wajib, kecuali Instansi Induk diisi. contoh: Kabupaten Lumajang", "Mis. Kabupaten Lumajang. Boleh kosong bila Instansi Induk diisi."},
	{"Unit Kerja", true, isianTeks, "Wajib. contoh: Kecamatan Senduro", "Perangkat daerah/unit kerja, mis. Kecamatan Senduro."},
	{"Jabatan", true, isianTeks, "Wajib. Jabatan yang melapor, contoh: Kepala Seksi Pemerintahan", "Jabatan pejabat yang melapor, mis. Kepala Seksi Pemerintahan."},
	{"Jabatan Singkat", false, isianTeks, "Boleh kosong. Dipakai di nama berkas PDF, contoh: Kasi Pemerintahan", "Boleh kosong; dipakai di nama berkas PDF (mis. Kasi Pemerintahan)."},
	{"Eselon", false, isianTeks, "Boleh kosong. contoh: IV", "Boleh kosong, mis. IV atau III.b."},
	{"Nama Pejabat", true, isianTeks, "Wajib. Nama lengkap dengan gelar, contoh: MOCH JEMMY, S.Pd", "Nama lengkap pejabat yang melapor, dengan gelar."},
	{"NIP", true, isianNIP, "Wajib. 18 angka (spasi boleh), contoh: 19651230 198703 1 012", "NIP 18 angka; spasi boleh (mis. 19651230 198703 1 012). Sel ini berformat teks agar tidak ada angka yang hilang."},
	{"Jabatan Atasan", true, isianTeks, "Wajib. Atasan langsung, contoh: Camat Senduro", "Jabatan atasan langsung, mis. Camat Senduro."},
	{"Nama Atasan", true, isianTeks, "Wajib. Nama lengkap atasan dengan gelar, contoh: Drs. PUJIANTO", "Nama lengkap atasan langsung, dengan gelar."},
	{"NIP Atasan", true, isianNIPAtasan, "Wajib (kosongkan atau - bila atasan Bupati/Wali Kota/Gubernur). 18 angka, contoh: 19671114 199003 1 004", "NIP atasan 18 angka; spasi boleh. Sel ini berformat teks agar tidak ada angka yang hilang."},
	{"Tempat", true, isianTeks, "Wajib. Tempat penandatanganan, contoh: Senduro", "Tempat penandatanganan laporan, mis. Senduro."},
	{"Tanggal Laporan", false, isianTanggal, "Boleh kosong (bawaan: --tanggal atau hari ini). contoh: 03/07/2023", "Tanggal laporan, mis. 03/07/2023 (tanggal/bulan/tahun). Kosong = hari ini."},
	{"Dasar Hukum Pelaporan", false, isianTeks, "Boleh kosong. contoh: Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4", "Peraturan yang mewajibkan laporan ini; boleh kosong."},
	{"Batas Pelaporan (Hari Kerja)", false, isianHariKerja, "Boleh kosong (bawaan 5). Hari kerja setelah akhir triwulan", "Batas pelaporan: jumlah hari kerja setelah akhir triwulan (kosong = 5)."},
	{"Dasar Hukum Tugas", false, isianTeks, "Boleh kosong. contoh: Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8", "Peraturan tentang tugas dan fungsi jabatan; boleh kosong."},
	// Added in format 1.1 at the end, so that the rows above keep their
	// cells in existing templates.
	{"Pangkat/Golongan", false, isianTeks, "Boleh kosong. Dicetak di bawah nama pada tanda tangan, contoh: Penata Tk. I (III/d)", "Pangkat dan golongan ruang, mis. Penata Tk. I (III/d)."},
	{"Pangkat/Golongan Atasan", false, isianTeks, "Boleh kosong. contoh: Pembina (IV/a)", "Pangkat dan golongan ruang atasan, mis. Pembina (IV/a)."},
	{"Instansi Induk", false, isianTeks, "Boleh kosong. Hanya untuk unit di luar pemerintah daerah (kantor kementerian, BUMD), contoh: Kementerian Agama", "Instansi induk unit di luar pemerintah daerah; menggantikan \"Pemerintah Kabupaten …\" di sampul. Biasanya kosong."},
	{"Metode Efisiensi", false, isianMetode, "Boleh kosong (bawaan PMK). Pilih PMK atau Rasio", "Metode efisiensi Tabel 2.3: PMK (PMK 214/PMK.02/2017) atau Rasio (capaian / serapan). Kosong = PMK."},
	{"Kertas", false, isianKertas, "Boleh kosong (bawaan A4). Pilih A4 atau F4 (215 × 330 mm)", "Ukuran kertas laporan: A4 atau F4 (215 × 330 mm). Kosong = A4."},
	// Only for the annual report (tahunan.go).
	{"Periode Renstra", false, isianTeks, "Hanya untuk laporan tahunan; boleh kosong. contoh: 2021–2026", "Periode Rencana Strategis, mis. 2021–2026. Hanya untuk laporan tahunan (LKjIP)."},
	{"Batas Laporan Tahunan", false, isianTanggal, "Hanya untuk laporan tahunan; boleh kosong (bawaan: hari kerja terakhir s.d. 31 Maret tahun berikutnya). contoh: 28/02/2025", "Batas penyampaian laporan tahunan yang ditetapkan Kepala Daerah. Kosong = hari kerja terakhir s.d. 31 Maret."},
	// Added after the annual fields, so that their cells stay.
	{"Margin", false, isianMargin, "Boleh kosong (bawaan: kiri 3, atas 2, bawah 2 cm, lebar teks 16 cm). Kiri; atas; kanan; bawah dalam cm, contoh: 4; 3; 3; 3", "Margin halaman dalam cm: kiri; atas; kanan; bawah, mis. 4; 3; 3; 3. Paling kecil kiri 3 cm, lainnya 2 cm. Kosong = bawaan."},
}
