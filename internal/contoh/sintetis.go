package contoh

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

// Ukuran is the size of a synthetic workbook.
type Ukuran struct {
	Indikator int
	Kegiatan  int // Anggaran rows
	// Bertingkat makes the Anggaran rows a three-level tree (a Tingkat
	// column and nested codes): per program 10 kegiatan of 8 sub
	// kegiatan each (91 rows), program and kegiatan rows linked to
	// indicators, money on the sub kegiatan only.
	Bertingkat bool
}

// UkuranL3 is UkuranL with its 20,000 budget rows as a program →
// kegiatan → sub kegiatan tree.
var UkuranL3 = Ukuran{Indikator: 2000, Kegiatan: 20000, Bertingkat: true}

// Sizes used by benchmarks and scale tests (issue "Speed and scale").
var (
	// UkuranS is the reference report's size.
	UkuranS = Ukuran{Indikator: 7, Kegiatan: 6}
	// UkuranL is a kabupaten-wide workbook.
	UkuranL = Ukuran{Indikator: 2000, Kegiatan: 20000}
)

// Sintetis describes a synthetic but realistic workbook of the given size:
// long Indonesian sasaran and indicator names, every sifat and polarity,
// quarterly targets, kegiatan with per-quarter budget realisation, every
// optional sheet filled. The same seed gives the same workbook; the data is
// clean (validate finds no error), so that benchmarks measure the whole
// generate path.
func Sintetis(u Ukuran, seed uint64) []workbook.Sheet {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	q := 3 // reporting quarter
	unit := pick(unitNames)

	target := make([][]any, 0, u.Indikator)
	real := make([][]any, 0, u.Indikator)
	strategi := make([][]any, 0, u.Indikator)
	analisis := make([][]any, 0, u.Indikator/2+1)
	kodes := make([]string, u.Indikator)
	for i := 0; i < u.Indikator; i++ {
		kode := fmt.Sprintf("IK%d", i+1)
		kodes[i] = kode
		sasaran := fmt.Sprintf("%s %s %s", pick(sasaranAwal), pick(objek), pick(sasaranAkhir))
		var nama, satuan, sifat, pol string
		var tahunan float64
		var tw [4]any
		var rw [4]any
		switch i % 4 {
		case 0: // percentage, Non Kumulatif, quarterly levels
			nama = "Persentase " + pick(objek) + " " + pick(sasaranAkhir)
			satuan, sifat, pol, tahunan = "%", "Non Kumulatif", "Positif", 100
			for k := 0; k < 4; k++ {
				tw[k] = 25 * (k + 1)
			}
			for k := 0; k < q; k++ {
				rw[k] = 20*(k+1) + r.IntN(10)
			}
		case 1: // count, Kumulatif
			nama = "Jumlah " + pick(objek) + " yang " + pick(sasaranAkhir)
			satuan, sifat, pol = pick([]string{"Desa", "Dokumen", "Kali", "Orang", "Kegiatan"}), "Kumulatif", "Positif"
			tahunan = float64(12 + r.IntN(40))
			for k := 0; k < 4; k++ {
				tw[k] = int(tahunan) * (k + 1) / 4
			}
			for k := 0; k < q; k++ {
				rw[k] = int(tahunan)/4 - 1 + r.IntN(3)
			}
		case 2: // negative, Rata-rata
			nama = "Rata-rata waktu penyelesaian " + pick(objek)
			satuan, sifat, pol, tahunan = "Hari", "Rata-rata", "Negatif", float64(5+r.IntN(10))
			for k := 0; k < q; k++ {
				rw[k] = int(tahunan) - 2 + r.IntN(5)
			}
		default: // negative count, Kumulatif
			nama = "Jumlah pengaduan masyarakat terkait " + pick(objek)
			satuan, sifat, pol, tahunan = "Kasus", "Kumulatif", "Negatif", float64(8+r.IntN(20))
			for k := 0; k < q; k++ {
				rw[k] = r.IntN(int(tahunan)/4 + 1)
			}
		}
		target = append(target, []any{kode, sasaran, nama, satuan, tahunan, tw[0], tw[1], tw[2], tw[3], pol, sifat})
		real = append(real, []any{kode, rw[0], rw[1], rw[2], nil, "Data " + pick(sumber)})
		strategi = append(strategi, []any{kode, pick(strategiTeks), "Juli s.d. September"})
		if i%2 == 0 {
			analisis = append(analisis, []any{kode, strings.Join([]string{pick(analisisTeks), pick(analisisTeks)}, " ")})
		}
	}

	anggaran := make([][]any, 0, u.Kegiatan)
	if u.Bertingkat {
		anggaran = anggaranBertingkat(u, kodes, r, pick)
	}
	for k := len(anggaran); k < u.Kegiatan; k++ {
		pagu := float64((5 + r.IntN(300)) * 1000000)
		var tw [3]float64
		for j := range tw {
			tw[j] = float64(int(pagu*float64(10+r.IntN(15))/100/1000) * 1000)
		}
		ind := ""
		if u.Indikator > 0 {
			ind = kodes[k%u.Indikator]
		}
		anggaran = append(anggaran, []any{
			fmt.Sprintf("1.%02d.%02d.2.%02d.%04d", 1+k%9, 1+k%20, 1+k%12, k+1),
			fmt.Sprintf("%s %s %s", pick(kegiatanAwal), pick(objek), pick(kegiatanAkhir)),
			ind, workbook.Rupiah(pagu),
			workbook.Rupiah(tw[0]), workbook.Rupiah(tw[1]), workbook.Rupiah(tw[2]), nil,
		})
	}

	tugas := make([]string, 20)
	for i := range tugas {
		tugas[i] = pick(kegiatanAwal) + " " + pick(objek) + " " + pick(kegiatanAkhir) + ";"
	}
	return []workbook.Sheet{
		{
			Nama: "Identitas",
			Baris: [][]any{
				{"Tahun Anggaran", 2024},
				{"Triwulan", "III"},
				{"Pemerintah Daerah", "Kabupaten Lumajang"},
				{"Unit Kerja", unit},
				{"Jabatan", "Kepala Bidang Perencanaan dan Evaluasi"},
				{"Jabatan Singkat", "Kabid Renev"},
				{"Nama Pejabat", "HARYANTO, S.E., M.M."},
				{"NIP", workbook.TeksAngka("19750318 200003 1 005")},
				{"Jabatan Atasan", "Kepala " + unit},
				{"Nama Atasan", "Ir. SUSANTO, M.T."},
				{"NIP Atasan", workbook.TeksAngka("19690202 199403 1 010")},
				{"Tempat", "Lumajang"},
				{"Tanggal Laporan", workbook.Tanggal(time.Date(2024, 10, 4, 0, 0, 0, 0, time.UTC))},
			},
		},
		{Nama: "Tugas", Header: []string{"No", "Uraian Tugas"}, Baris: nomori(tugas)},
		{Nama: "Target", Header: []string{"Kode", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
			"Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Polaritas", "Sifat"}, Baris: target},
		{Nama: "Realisasi", Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Keterangan"}, Baris: real},
		{Nama: "Anggaran", Header: anggaranHeader(u), Baris: anggaran},
		{Nama: "Strategi", Header: []string{"Kode", "Strategi", "Periode"}, Baris: strategi},
		{Nama: "Analisis", Header: []string{"Kode", "Uraian"}, Baris: analisis},
		{Nama: "Tindak Lanjut", Header: []string{"Uraian"}, Baris: [][]any{
			{"Mempercepat pelaksanaan kegiatan yang realisasinya masih rendah pada triwulan IV."},
			{"Meningkatkan koordinasi dengan perangkat daerah terkait."}}},
	}
}

func anggaranHeader(u Ukuran) []string {
	h := []string{"Kode Rekening", "Sub Kegiatan", "Indikator", "Pagu",
		"Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"}
	if u.Bertingkat {
		h[1] = "Program/Kegiatan/Sub Kegiatan"
		h = append(h, "Tingkat")
	}
	return h
}

// anggaranBertingkat writes u.Kegiatan rows as programs of 10 kegiatan of
// 8 sub kegiatan each, in tree order; the parents carry no money.
func anggaranBertingkat(u Ukuran, kodes []string, r *rand.Rand, pick func([]string) string) [][]any {
	rows := make([][]any, 0, u.Kegiatan)
	link := 0
	ind := func() any {
		if len(kodes) == 0 {
			return nil
		}
		link++
		return kodes[(link-1)%len(kodes)]
	}
	var prog, keg string
	for k := 0; k < u.Kegiatan; k++ {
		p, pos := k/91, k%91
		nama := fmt.Sprintf("%s %s %s", pick(kegiatanAwal), pick(objek), pick(kegiatanAkhir))
		switch {
		case pos == 0:
			prog = fmt.Sprintf("%d.%02d.%02d", 1+p/100, p%100, 1+p%7)
			rows = append(rows, []any{prog, "Program " + nama, ind(), nil, nil, nil, nil, nil, "Program"})
		case (pos-1)%9 == 0:
			keg = fmt.Sprintf("%s.2.%02d", prog, 1+(pos-1)/9)
			rows = append(rows, []any{keg, nama, ind(), nil, nil, nil, nil, nil, "Kegiatan"})
		default:
			pagu := float64((5 + r.IntN(300)) * 1000000)
			var tw [3]float64
			for j := range tw {
				tw[j] = float64(int(pagu*float64(10+r.IntN(15))/100/1000) * 1000)
			}
			rows = append(rows, []any{fmt.Sprintf("%s.%04d", keg, (pos-1)%9), nama, nil, workbook.Rupiah(pagu),
				workbook.Rupiah(tw[0]), workbook.Rupiah(tw[1]), workbook.Rupiah(tw[2]), nil, "Sub Kegiatan"})
		}
	}
	return rows
}

var (
	unitNames     = []string{"Dinas Pekerjaan Umum dan Penataan Ruang", "Badan Perencanaan Pembangunan Daerah", "Dinas Pendidikan", "Dinas Sosial", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"}
	sasaranAwal   = []string{"Meningkatnya", "Terlaksananya", "Terwujudnya", "Tersedianya", "Menurunnya"}
	sasaranAkhir  = []string{"yang sesuai dengan ketentuan", "secara tepat waktu", "dengan kualitas yang baik", "di seluruh wilayah kabupaten", "yang ditindaklanjuti"}
	objek         = []string{"kualitas perencanaan pembangunan daerah", "pelayanan administrasi kependudukan", "infrastruktur jalan dan jembatan kabupaten", "dokumen evaluasi kinerja perangkat daerah", "fasilitasi penyelenggaraan pemerintahan desa", "pembinaan usaha mikro kecil dan menengah", "layanan pendidikan anak usia dini", "sarana air minum dan sanitasi layak"}
	kegiatanAwal  = []string{"Penyusunan", "Pelaksanaan", "Koordinasi dan Sinkronisasi", "Monitoring, Evaluasi dan Pelaporan", "Fasilitasi", "Pengelolaan", "Pembinaan dan Pengawasan"}
	kegiatanAkhir = []string{"tingkat kabupaten", "di kecamatan", "berbasis data terpadu", "tahap I", "lintas perangkat daerah"}
	sumber        = []string{"aplikasi SIPD", "laporan bulanan", "rekapitulasi kecamatan", "hasil monitoring"}
	strategiTeks  = []string{"Melaksanakan kegiatan sesuai dengan jadwal yang telah ditetapkan", "Berkoordinasi secara rutin dengan instansi terkait", "Melakukan monitoring dan evaluasi setiap bulan", "Menyusun rencana aksi percepatan"}
	analisisTeks  = []string{"Capaian sampai dengan triwulan III dipengaruhi oleh ketepatan jadwal pelaksanaan kegiatan di lapangan.", "Kendala utama adalah keterlambatan data dari perangkat daerah pengampu.", "Koordinasi yang baik dengan kecamatan mempercepat pelaksanaan kegiatan.", "Realisasi anggaran mengikuti termin pembayaran pekerjaan fisik."}
)

// SintetisXlsx is Sintetis written as .xlsx bytes. The bytes are kept per
// size and seed for the life of the process, so that benchmarks of several
// stages share one copy of a large workbook; callers must not modify them.
func SintetisXlsx(u Ukuran, seed uint64) ([]byte, error) {
	k := xlsxKunci{u, seed}
	xlsxMu.Lock()
	defer xlsxMu.Unlock()
	if b, ok := xlsxCache[k]; ok {
		return b, nil
	}
	var buf bytes.Buffer
	if err := workbook.Write(&buf, Sintetis(u, seed)); err != nil {
		return nil, err
	}
	if xlsxCache == nil {
		xlsxCache = map[xlsxKunci][]byte{}
	}
	xlsxCache[k] = buf.Bytes()
	return buf.Bytes(), nil
}

type xlsxKunci struct {
	u    Ukuran
	seed uint64
}

var (
	xlsxMu    sync.Mutex
	xlsxCache map[xlsxKunci][]byte
)
