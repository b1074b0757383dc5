package contoh

import (
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

// Bertingkat describes a Kabid's (eselon III) report whose budget follows
// the Permendagri 90/2019 nomenclature (docs/format.md, Anggaran): 2
// programs, 5 kegiatan, 12 sub kegiatan, with indicators at sasaran,
// program and kegiatan level (the Target sheet's Tingkat column). The
// program and kegiatan rows are typed with their pagu, as such reports
// show them; lapkin sums the sub kegiatan and checks those typed sums
// (LK031). validate finds no error in it.
//
// Expected figures (TW II 2025), worked out by hand:
//
//	S1 Non Kumulatif, T = 82, R = 81,2                   ⇒ 99,02% Sangat Tinggi
//	P1 Non Kumulatif, T(2) = 60, R = 62                  ⇒ 103,33%, tercapai
//	P2 Non Kumulatif, T(2) = 90, R = 88                  ⇒ 97,78% Sangat Tinggi
//	K1 Kumulatif, T(2) = 12, R = 4+6 = 10                ⇒ 83,33% Tinggi
//	K2 Non Kumulatif, T(2) = 20, R = 21                  ⇒ 105%, tercapai
//	K3 Non Kumulatif, T = 100, R = 96                    ⇒ 96% Sangat Tinggi
//	K4 Kumulatif, T(2) = 200, R = 120+95 = 215           ⇒ 107,5%, tercapai
//	K5 Kumulatif, T(2) = 60, R = 15+30 = 45              ⇒ 75% Sedang
//
// Budget (pagu / realisasi TW I + TW II, in million rupiah):
//
//	1.02.02            program 1                 4.880  / 2.438
//	  1.02.02.2.01     kegiatan (K1)             2.290  / 1.192,5   = 850 + 240 + 1.200 / 430 + 117,5 + 645
//	  1.02.02.2.02     kegiatan (K2)             2.315  / 1.122     = 420 + 1.560 + 335 / 205 + 775 + 142
//	  1.02.02.2.03     kegiatan (K3)               275  /   123,5   = 95 + 180 / 45,5 + 78
//	1.02.03            program 2                   700  /   305,5
//	  1.02.03.2.01     kegiatan (K4)               175  /    85,5   = 65 + 110 / 32,5 + 53
//	  1.02.03.2.02     kegiatan (K5)               525  /   220     = 140 + 385 / 62 + 158
//	total (the 12 sub kegiatan once)             5.580  / 2.743,5   ⇒ serapan 49,17%
func Bertingkat() []workbook.Sheet {
	rp := func(juta float64) workbook.Rupiah { return workbook.Rupiah(int64(juta * 1e6)) }
	// sub is a sub kegiatan row: pagu and realisasi TW I, TW II in
	// million rupiah, and its own output when it has one.
	sub := func(kode, nama string, pagu, tw1, tw2 float64, output ...any) []any {
		row := []any{"Sub Kegiatan", kode, nama, nil, rp(pagu), rp(tw1), rp(tw2), nil, nil, nil, nil, nil}
		if len(output) == 3 {
			row[9], row[10], row[11] = output[0], output[1], output[2]
		}
		return row
	}
	induk := func(tingkat, kode, nama, indikator string, pagu float64) []any {
		return []any{tingkat, kode, nama, indikator, rp(pagu), nil, nil, nil, nil, nil, nil, nil}
	}
	return []workbook.Sheet{
		{
			Nama:  "Identitas",
			Lebar: []float64{30, 60},
			Baris: [][]any{
				{"Tahun Anggaran", 2025},
				{"Triwulan", "TW II"},
				{"Pemerintah Daerah", "Kabupaten Lumajang"},
				{"Unit Kerja", "Dinas Kesehatan"},
				{"Jabatan", "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan"},
				{"Jabatan Singkat", "Kabid Yankes dan SDK"},
				{"Eselon", "III.b"},
				{"Nama Pejabat", "drg. ANDRI PRASETYO, M.Kes"},
				{"NIP", workbook.TeksAngka("19800314 200604 1 012")},
				{"Jabatan Atasan", "Kepala Dinas Kesehatan"},
				{"Nama Atasan", "dr. BAYU WIBOWO, M.M."},
				{"NIP Atasan", workbook.TeksAngka("19700815 199803 1 007")},
				{"Tempat", "Lumajang"},
				{"Tanggal Laporan", workbook.Tanggal(time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC))},
				{"Dasar Hukum Pelaporan", "Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4"},
				{"Dasar Hukum Tugas", "Peraturan Bupati Lumajang Nomor 45 Tahun 2021 Pasal 14"},
			},
		},
		{
			Nama:   "Tugas",
			Header: []string{"No", "Uraian Tugas"},
			Lebar:  []float64{6, 100},
			Baris: nomori([]string{
				"Menyusun rencana program dan kegiatan Bidang Pelayanan dan Sumber Daya Kesehatan;",
				"Melaksanakan penyediaan fasilitas dan layanan kesehatan perorangan dan masyarakat;",
				"Melaksanakan pengelolaan sistem informasi kesehatan;",
				"Melaksanakan perizinan, perencanaan dan peningkatan kompetensi sumber daya manusia kesehatan;",
				"Melaksanakan pemantauan, evaluasi dan pelaporan pelaksanaan tugas bidang.",
			}),
		},
		{
			Nama:  "Target",
			Judul: []string{"Perjanjian Kinerja Kepala Bidang Pelayanan dan Sumber Daya Kesehatan Tahun 2025"},
			Header: []string{"Kode", "Tingkat", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025",
				"Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Sifat"},
			Lebar: []float64{6, 16, 34, 50, 10, 11, 8, 8, 8, 8, 14},
			Baris: [][]any{
				{"S1", "Sasaran Strategis", "Meningkatnya mutu pelayanan kesehatan",
					"Indeks kepuasan masyarakat terhadap pelayanan kesehatan", "Indeks", 82, nil, nil, nil, nil, "Non Kumulatif"},
				{"P1", "Program", "Meningkatnya fasilitas pelayanan kesehatan yang memenuhi standar",
					"Persentase fasilitas pelayanan kesehatan yang memenuhi standar", "%", 80, 50, 60, 70, 80, "Non Kumulatif"},
				{"P2", "Program", "Meningkatnya kapasitas sumber daya manusia kesehatan",
					"Persentase tenaga kesehatan yang memiliki izin praktik", "%", 95, 85, 90, 92, 95, "Non Kumulatif"},
				{"K1", "Kegiatan", "Tersedianya alat kesehatan dan obat di fasilitas kesehatan",
					"Jumlah fasilitas kesehatan yang mendapat alat kesehatan sesuai standar", "Unit", 25, 5, 12, 18, 25, "Kumulatif"},
				{"K2", "Kegiatan", "Terselenggaranya layanan kesehatan sesuai standar",
					"Jumlah Puskesmas yang menyelenggarakan pelayanan sesuai standar", "Puskesmas", 25, 18, 20, 22, 25, "Non Kumulatif"},
				{"K3", "Kegiatan", "Tersedianya data kesehatan yang terintegrasi",
					"Persentase Puskesmas yang melaporkan data kesehatan tepat waktu", "%", 100, nil, nil, nil, nil, "Non Kumulatif"},
				{"K4", "Kegiatan", "Terlayaninya izin praktik tenaga kesehatan",
					"Jumlah izin praktik tenaga kesehatan yang diterbitkan", "Izin", 400, 100, 200, 300, 400, "Kumulatif"},
				{"K5", "Kegiatan", "Meningkatnya kompetensi tenaga kesehatan",
					"Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "Orang", 120, 20, 60, 90, 120, "Kumulatif"},
			},
		},
		{
			Nama:   "Realisasi",
			Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Keterangan"},
			Lebar:  []float64{6, 9, 9, 9, 9, 40},
			Baris: [][]any{
				{"S1", "80,5", "81,2", nil, nil, "Survei kepuasan masyarakat per triwulan"},
				{"P1", 55, 62, nil, nil, "Posisi akhir triwulan"},
				{"P2", 85, 88, nil, nil, "Posisi akhir triwulan"},
				{"K1", 4, 6, nil, nil, "Fasilitas baru dalam triwulan"},
				{"K2", 18, 21, nil, nil, nil},
				{"K3", 90, 96, nil, nil, nil},
				{"K4", 120, 95, nil, nil, "Izin terbit dalam triwulan"},
				{"K5", 15, 30, nil, nil, "Peserta pelatihan dalam triwulan"},
			},
		},
		{
			Nama:  "Anggaran",
			Judul: []string{"Program, Kegiatan dan Sub Kegiatan Tahun 2025"},
			Header: []string{"Tingkat", "Kode Rekening", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu",
				"Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV",
				"Target Kinerja", "Realisasi Kinerja", "Satuan Kinerja"},
			Lebar: []float64{13, 18, 55, 9, 16, 15, 15, 15, 15, 9, 9, 9},
			Baris: [][]any{
				induk("Program", "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "P1", 4880),
				induk("Kegiatan", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", "K1", 2290),
				sub("1.02.02.2.01.0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", 850, 120, 310, 10, 4, "Unit"),
				sub("1.02.02.2.01.0020", "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", 240, 55, 62.5),
				sub("1.02.02.2.01.0023", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan", 1200, 280, 365),
				induk("Kegiatan", "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", "K2", 2315),
				sub("1.02.02.2.02.0025", "Pelayanan Kesehatan Penyakit Menular dan Tidak Menular", 420, 90, 115),
				sub("1.02.02.2.02.0033", "Operasional Pelayanan Puskesmas", 1560, 380, 395),
				sub("1.02.02.2.02.0040", "Pengelolaan Pelayanan Kesehatan Dasar melalui Pendekatan Keluarga", 335, 60, 82),
				induk("Kegiatan", "1.02.02.2.03", "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", "K3", 275),
				sub("1.02.02.2.03.0001", "Pengelolaan Data dan Informasi Kesehatan", 95, 21, 24.5),
				sub("1.02.02.2.03.0002", "Pengelolaan Sistem Informasi Kesehatan", 180, 30, 48),
				induk("Program", "1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", "P2", 700),
				induk("Kegiatan", "1.02.03.2.01", "Pemberian Izin Praktik Tenaga Kesehatan di Wilayah Kabupaten/Kota", "K4", 175),
				sub("1.02.03.2.01.0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan", 65, 14, 18.5),
				sub("1.02.03.2.01.0002", "Pembinaan dan Pengawasan Tenaga Kesehatan serta Tindak Lanjut Perizinan Praktik Tenaga Kesehatan", 110, 22, 31),
				induk("Kegiatan", "1.02.03.2.02", "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM", "K5", 525),
				sub("1.02.03.2.02.0001", "Perencanaan dan Distribusi serta Pemerataan Sumber Daya Manusia Kesehatan", 140, 25, 37),
				sub("1.02.03.2.02.0002", "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar", 385, 60, 98),
			},
		},
		{
			Nama:   "Strategi",
			Header: []string{"Kode", "Strategi", "Periode"},
			Lebar:  []float64{6, 70, 24},
			Baris: [][]any{
				{"P1", "Pengadaan alat kesehatan melalui katalog elektronik sejak awal tahun", "April s.d. Juni 2025"},
				{"K2", "Supervisi fasilitatif ke Puskesmas setiap bulan", "April s.d. Juni 2025"},
				{"K5", "Pelatihan berjenjang bekerja sama dengan Bapelkes provinsi", "Mei s.d. Juni 2025"},
			},
		},
		{
			Nama:   "Analisis",
			Header: []string{"Kode", "Uraian"},
			Lebar:  []float64{6, 100},
			Baris: [][]any{
				{"K1", "Sebagian alat kesehatan masih dalam proses pengiriman dari penyedia sehingga baru tercatat pada triwulan berikutnya."},
				{"K5", "Jadwal pelatihan dari Bapelkes provinsi bergeser sehingga peserta triwulan II lebih sedikit dari rencana."},
			},
		},
		{
			Nama:   "Tindak Lanjut",
			Header: []string{"Uraian"},
			Lebar:  []float64{90},
			Baris: [][]any{
				{"Mempercepat serah terima alat kesehatan dengan penyedia pada triwulan III."},
				{"Menambah kelas pelatihan tenaga kesehatan pada triwulan III."},
			},
		},
	}
}
