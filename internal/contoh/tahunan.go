package contoh

import (
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

// Tahunan describes the example for the annual report (LKjIP): a
// kecamatan's whole year 2024, all four quarters filled, the realisation of
// 2023 and 2022, the targets of 2023, the Renstra 2021–2026 end targets, a
// national standard for one indicator, and a budget in the Permendagri
// 90/2019 hierarchy (program → kegiatan → sub kegiatan). One indicator (IK4)
// has no previous years, so the report shows the note in their place. The
// same workbook makes the TW IV quarterly report.
//
// Expected figures for the year (q = 4), worked out by hand:
//
//	IK1 Indeks, Non Kumulatif: R = TW IV = 83,1 of 82 ⇒ 101,34%;
//	    2023: 80,9 of 80 ⇒ 101,125%; Renstra 85 ⇒ 83,1/85 = 97,76%
//	IK2 %, Non Kumulatif: R = 91,67 of 100 ⇒ 91,67%; 2023: 83,33 of 100 ⇒
//	    83,33%; Renstra 100 ⇒ 91,67%; standar nasional 100 ⇒ 91,67%
//	IK3 Kejadian, negative, Kumulatif: R = 4+3+2+3 = 12 of 12 ⇒
//	    (24−12)/12 = 100%; 2023: 15 of 14 ⇒ (28−15)/14 = 92,857%;
//	    Renstra 8 ⇒ (16−12)/8 = 50%
//	IK4 %, Non Kumulatif: R = 88 of 90 ⇒ 97,78%; no previous years;
//	    Renstra 95 ⇒ 92,63%
//	IK5 Hari, negative, Rata-rata: R = (3,5+3,0+2,5+2,6)/4 = 2,9 of 3 ⇒
//	    (6−2,9)/3 = 103,33%; 2023: 3,4 of 3,5 ⇒ (7−3,4)/3,5 = 102,857%;
//	    Renstra 2 ⇒ (4−2,9)/2 = 55%
//	Pagu 45+60+38+42+55 = 240.000.000; realisasi 42,75+57,5+36,5+40,3+52,5
//	= 229.550.000 (serapan 95,65%); sisa 10.450.000.
func Tahunan() []workbook.Sheet {
	type rp = workbook.Rupiah
	return []workbook.Sheet{
		{
			Nama:   "Identitas",
			Lebar:  []float64{30, 60},
			Gambar: &workbook.Gambar{Sel: "D2", Data: Logo(), Ext: ".png"},
			Baris: [][]any{
				{"Tahun Anggaran", 2024},
				{"Triwulan", "IV"},
				{"Pemerintah Daerah", "Kabupaten Lumajang"},
				{"Unit Kerja", "Kecamatan Tempeh"},
				{"Jabatan", "Camat Tempeh"},
				{"Jabatan Singkat", "Camat"},
				{"Eselon", "III.a"},
				{"Nama Pejabat", "Drs. HENDRO SUSILO, M.Si"},
				{"NIP", workbook.TeksAngka("19720315 199803 1 005")},
				{"Jabatan Atasan", "Sekretaris Daerah Kabupaten Lumajang"},
				{"Nama Atasan", "Drs. AGUS TRIYONO, M.Si"},
				{"NIP Atasan", workbook.TeksAngka("19680722 198903 1 008")},
				{"Tempat", "Tempeh"},
				{"Tanggal Laporan", workbook.Tanggal(time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC))},
				{"Dasar Hukum Pelaporan", "Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4"},
				{"Dasar Hukum Tugas", "Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8"},
				{"Periode Renstra", "2021–2026"},
				{"Pangkat/Golongan", "Pembina Tk. I (IV/b)"},
			},
		},
		{
			Nama:   "Tugas",
			Header: []string{"No", "Uraian Tugas"},
			Lebar:  []float64{6, 100},
			Baris: nomori([]string{
				"Menyelenggarakan urusan pemerintahan umum di wilayah kecamatan;",
				"Mengoordinasikan kegiatan pemberdayaan masyarakat;",
				"Mengoordinasikan upaya penyelenggaraan ketenteraman dan ketertiban umum;",
				"Mengoordinasikan penerapan dan penegakan Peraturan Daerah dan Peraturan Bupati;",
				"Membina dan mengawasi penyelenggaraan pemerintahan desa;",
				"Melaksanakan pelayanan masyarakat yang menjadi ruang lingkup tugasnya.",
			}),
		},
		{
			Nama:  "Target",
			Judul: []string{"Perjanjian Kinerja Camat Tempeh Tahun 2024"},
			Header: []string{"Kode", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024", "Polaritas", "Sifat",
				"Realisasi 2023", "Realisasi 2022", "Target 2023", "Target Akhir Renstra", "Standar Nasional"},
			Lebar:  []float64{6, 30, 46, 9, 10, 10, 13, 11, 11, 10, 12, 11},
			Gabung: []string{"B3:B4", "B5:B6"},
			Baris: [][]any{
				{"IK1", "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan",
					"Indeks Kepuasan Masyarakat terhadap pelayanan kecamatan", "Indeks", 82, "Positif", "Non Kumulatif",
					"80,9", "78,6", 80, 85, nil},
				{"IK2", nil,
					"Persentase desa yang menetapkan APBDes tepat waktu", "%", 100, "Positif", "Non Kumulatif",
					"83,33", 75, 100, 100, 100},
				{"IK3", "Meningkatnya ketenteraman dan ketertiban umum",
					"Jumlah kejadian gangguan ketenteraman dan ketertiban umum", "Kejadian", 12, "Negatif", "Kumulatif",
					15, 18, 14, 8, nil},
				{"IK4", nil,
					"Persentase penyelesaian penanganan pelanggaran Perda dan Perkada", "%", 90, "Positif", "Non Kumulatif",
					nil, nil, nil, 95, nil},
				{"IK5", "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
					"Rata-rata waktu penyelesaian pelayanan administrasi terpadu kecamatan", "Hari", 3, "Negatif", "Rata-rata",
					"3,4", 4, "3,5", 2, nil},
			},
		},
		{
			Nama:   "Realisasi",
			Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Keterangan"},
			Lebar:  []float64{6, 9, 9, 9, 9, 40},
			Baris: [][]any{
				{"IK1", "80,5", "81,2", "82,4", "83,1", "Hasil survei akhir triwulan"},
				{"IK2", 25, "58,33", "83,33", "91,67", "11 dari 12 desa"},
				{"IK3", 4, 3, 2, 3, "Kejadian dalam triwulan"},
				{"IK4", 70, 80, 85, 88, nil},
				{"IK5", "3,5", 3, "2,5", "2,6", "Rata-rata triwulan (hari)"},
			},
		},
		{
			Nama: "Anggaran",
			Header: []string{"Tingkat", "Kode Rekening", "Program/Kegiatan", "Indikator", "Pagu",
				"Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"},
			Lebar: []float64{13, 20, 56, 9, 15, 14, 14, 14, 14},
			Baris: [][]any{
				{"Program", workbook.TeksAngka("7.01.02"), "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", nil, nil, nil, nil, nil, nil},
				{"Kegiatan", workbook.TeksAngka("7.01.02.2.01"), "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", nil, nil, nil, nil, nil, nil},
				{"Sub Kegiatan", workbook.TeksAngka("7.01.02.2.01.0001"), "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait", "IK1",
					rp(45000000), rp(9000000), rp(11500000), rp(12000000), rp(10250000)},
				{"Kegiatan", workbook.TeksAngka("7.01.02.2.02"), "Peningkatan Kinerja Pelayanan Publik di Tingkat Kecamatan", nil, nil, nil, nil, nil, nil},
				{"Sub Kegiatan", workbook.TeksAngka("7.01.02.2.02.0001"), "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan", "IK5",
					rp(60000000), rp(13500000), rp(15000000), rp(14800000), rp(14200000)},
				{"Program", workbook.TeksAngka("7.01.04"), "Program Koordinasi Ketenteraman dan Ketertiban Umum", nil, nil, nil, nil, nil, nil},
				{"Kegiatan", workbook.TeksAngka("7.01.04.2.01"), "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", nil, nil, nil, nil, nil, nil},
				{"Sub Kegiatan", workbook.TeksAngka("7.01.04.2.01.0001"), "Sinergitas dengan Kepolisian, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan", "IK3",
					rp(38000000), rp(8000000), rp(9500000), rp(9000000), rp(10000000)},
				{"Sub Kegiatan", workbook.TeksAngka("7.01.04.2.01.0002"), "Pelaksanaan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah di Wilayah Kecamatan", "IK4",
					rp(42000000), rp(7000000), rp(10000000), rp(11000000), rp(12300000)},
				{"Program", workbook.TeksAngka("7.01.06"), "Program Pembinaan dan Pengawasan Pemerintahan Desa", nil, nil, nil, nil, nil, nil},
				{"Kegiatan", workbook.TeksAngka("7.01.06.2.01"), "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", nil, nil, nil, nil, nil, nil},
				{"Sub Kegiatan", workbook.TeksAngka("7.01.06.2.01.0001"), "Fasilitasi Penyusunan Perencanaan dan Pengelolaan Keuangan Desa", "IK2",
					rp(55000000), rp(10000000), rp(14000000), rp(15500000), rp(13000000)},
			},
		},
		{
			Nama:   "Analisis",
			Header: []string{"Kode", "Uraian"},
			Lebar:  []float64{6, 100},
			Baris: [][]any{
				{"IK1", "Kepuasan masyarakat meningkat setelah ruang tunggu pelayanan diperbaiki dan jam layanan diperpanjang pada hari Sabtu."},
				{"IK2", "Satu desa terlambat menetapkan APBDes karena pergantian kepala desa; pendampingan penyusunan APBDes dimulai lebih awal pada tahun berikutnya."},
				{"IK3", "Patroli bersama Polsek dan Koramil setiap malam Minggu menekan kejadian gangguan ketertiban pada semester kedua."},
				{"IK4", "Dua kasus pelanggaran Perda bangunan masih dalam proses karena menunggu keputusan perizinan kabupaten."},
				{"IK5", "Antrean daring dan tanda tangan elektronik mempercepat penyelesaian pelayanan administrasi."},
			},
		},
		{
			Nama:   "Narasi",
			Header: []string{"Bagian", "Teks"},
			Lebar:  []float64{20, 100},
			Baris: [][]any{
				{"Isu Strategis", "Isu strategis Kecamatan Tempeh tahun 2024:\n1. Ketepatan waktu penetapan APBDes yang belum merata di semua desa;\n2. Gangguan ketenteraman dan ketertiban umum di kawasan pasar dan jalur tambang pasir;\n3. Tuntutan masyarakat atas pelayanan administrasi yang cepat dan pasti."},
			},
		},
	}
}

// DenganKolomTahunan returns the sheets with the annual report's columns
// added to the Target sheet (Realisasi Tahun Lalu, Realisasi N-2, Target
// Tahun Lalu, Target Akhir Renstra), filled with illustrative figures for
// the first indicators, and Periode Renstra 2021–2026 on Identitas: what
// `lapkin init --contoh` shows of them. The other sheets are unchanged; a
// quarterly report of the result is the same as of the input.
func DenganKolomTahunan(ls []workbook.Sheet) []workbook.Sheet {
	// Illustrative values per row: Realisasi Tahun Lalu, Realisasi N-2,
	// Target Tahun Lalu, Target Akhir Renstra (nil: left empty, so the
	// example also shows an indicator without them).
	isi := [][]any{
		{"11 bulan", "10 bulan", "12 bulan", "12 bulan"},
		{"10 Desa", "9 Desa", "12 Desa", "12 Desa"},
		{"8 Desa", nil, "12 Desa", "12 Desa"},
	}
	out := make([]workbook.Sheet, len(ls))
	for i, l := range ls {
		switch l.Nama {
		case "Target":
			l.Header = append(append([]string(nil), l.Header...), "Realisasi Tahun Lalu", "Realisasi N-2", "Target Tahun Lalu", "Target Akhir Renstra")
			if l.Lebar != nil {
				l.Lebar = append(append([]float64(nil), l.Lebar...), 12, 12, 12, 13)
			}
			rows := make([][]any, len(l.Baris))
			for j, r := range l.Baris {
				extra := []any{nil, nil, nil, nil}
				if j < len(isi) {
					extra = isi[j]
				}
				rows[j] = append(append([]any(nil), r...), extra...)
			}
			l.Baris = rows
		case "Identitas":
			l.Baris = append(append([][]any(nil), l.Baris...), []any{"Periode Renstra", "2021–2026"})
		}
		out[i] = l
	}
	return out
}

// TahunanTemplat returns Tahunan with the Target sheet's headers named as
// the template names them, without a year (Target, Realisasi Tahun Lalu,
// Realisasi N-2, Target Tahun Lalu): what `lapkin init --contoh=tahunan`
// writes. The figures are those of Tahunan, so its reports are the same.
func TahunanTemplat() []workbook.Sheet {
	ganti := map[string]string{
		"Target 2024":    "Target",
		"Realisasi 2023": "Realisasi Tahun Lalu",
		"Realisasi 2022": "Realisasi N-2",
		"Target 2023":    "Target Tahun Lalu",
	}
	ls := Tahunan()
	for i := range ls {
		if ls[i].Nama != "Target" {
			continue
		}
		header := append([]string(nil), ls[i].Header...)
		for j, h := range header {
			if g, ok := ganti[h]; ok {
				header[j] = g
			}
		}
		ls[i].Header = header
	}
	return ls
}
