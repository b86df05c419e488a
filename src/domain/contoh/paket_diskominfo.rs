//! A bundled workshop case pack: a provincial Dinas Komunikasi dan Informatika in 2026, the
//! Kepala Bidang Aplikasi Informatika's SKP to cascade from (each RHK intervening the Kepala
//! Dinas's), and two subordinate roles for participants to choose from. Names and figures are
//! made up, as the instructions say.

use super::{butir, iki, nilai, orang, pimpinan, tanggal};
use crate::domain::model::*;
use crate::domain::paket::PaketKasus;

const INSTANSI: &str = "Pemerintah Provinsi Nusa Tenggara Barat";
const BIDANG: &str = "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika";

fn periode() -> Periode {
    Periode {
        mulai: tanggal(2026, 1, 1),
        selesai: tanggal(2026, 12, 31),
    }
}

fn kepala_bidang() -> Identitas {
    orang(
        "Dewi Anggraini, S.Kom., M.T.",
        "197905172005012008",
        "Pembina (IV/a)",
        "Kepala Bidang Aplikasi Informatika",
        BIDANG,
    )
}

fn kepala_dinas() -> Identitas {
    orang(
        "Ir. Lalu Muhammad Rizal, M.Si.",
        "197103081997031004",
        "Pembina Utama Muda (IV/c)",
        "Kepala Dinas Komunikasi dan Informatika",
        "Dinas Komunikasi dan Informatika",
    )
}

fn sekretaris_daerah() -> Identitas {
    orang(
        "Dr. H. Ahmad Zulkifli, M.Si.",
        "196807121993031006",
        "Pembina Utama (IV/e)",
        "Sekretaris Daerah Provinsi Nusa Tenggara Barat",
        "Sekretariat Daerah",
    )
}

fn rhk() -> Vec<Rhk> {
    vec![
        Rhk {
            id: "rhk-1".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Meningkatnya keterpaduan layanan digital perangkat daerah melalui integrasi aplikasi ke portal layanan publik provinsi".into(),
            rhk_pimpinan: pimpinan("Meningkatnya kualitas penerapan Sistem Pemerintahan Berbasis Elektronik (SPBE) di lingkungan Pemerintah Provinsi Nusa Tenggara Barat"),
            perspektif: None,
            iki: vec![
                iki("iki-1", Aspek::Kuantitas, "Jumlah layanan perangkat daerah yang terintegrasi ke portal layanan publik provinsi", nilai(40.0, "Layanan"), false),
                iki("iki-2", Aspek::Kualitas, "Nilai indeks domain layanan SPBE Pemerintah Provinsi hasil evaluasi SPBE", nilai(3.5, "Indeks"), false),
                iki("iki-3", Aspek::Waktu, "Rata-rata waktu integrasi satu layanan sejak permohonan perangkat daerah dinyatakan lengkap", nilai(20.0, "Hari Kerja"), true),
            ],
        },
        Rhk {
            id: "rhk-2".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Terjaganya ketersediaan dan keamanan aplikasi layanan publik yang dikelola Dinas Komunikasi dan Informatika".into(),
            rhk_pimpinan: pimpinan("Meningkatnya keamanan dan keandalan layanan digital Pemerintah Provinsi"),
            perspektif: None,
            iki: vec![
                iki("iki-4", Aspek::Kualitas, "Persentase waktu aktif (uptime) aplikasi layanan publik prioritas", nilai(99.5, "%"), false),
                iki("iki-5", Aspek::Kuantitas, "Jumlah aplikasi layanan publik prioritas yang lulus uji keamanan (penetration test)", nilai(12.0, "Aplikasi"), false),
                iki("iki-6", Aspek::Waktu, "Persentase celah keamanan berisiko tinggi yang ditutup paling lama 14 hari kalender sejak dilaporkan", nilai(100.0, "%"), false),
            ],
        },
        Rhk {
            id: "rhk-3".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Tersedianya data sektoral perangkat daerah yang mutakhir dan terbuka melalui Portal Satu Data provinsi".into(),
            rhk_pimpinan: pimpinan("Meningkatnya ketersediaan data sektoral yang berkualitas dan mudah diakses sesuai prinsip Satu Data Indonesia"),
            perspektif: None,
            iki: vec![
                iki("iki-7", Aspek::Kuantitas, "Jumlah dataset sektoral yang dimutakhirkan dan terbit di Portal Satu Data provinsi", nilai(250.0, "Dataset"), false),
                iki("iki-8", Aspek::Kualitas, "Persentase dataset terbit yang memenuhi standar data dan metadata Satu Data Indonesia", Some(Target::Rentang { min: 85.0, maks: 95.0, satuan: "%".into() }), false),
                iki("iki-9", Aspek::Waktu, "Persentase dataset prioritas yang terbit paling lambat pada akhir triwulan yang dijadwalkan", nilai(90.0, "%"), false),
            ],
        },
    ]
}

/// The Kepala Bidang Aplikasi Informatika (pejabat administrator, JA, IV/a) who leads the
/// unit: three RHK utama with nine IKI, each RHK intervening one of the Kepala Dinas's.
fn skp_kepala_bidang() -> Skp {
    Skp {
        id: "skp-paket-diskominfo-2026-kabid-aptika".into(),
        jenis_pegawai: JenisPegawai::Pns,
        jenis_jabatan: JenisJabatan::Ja,
        memimpin_unit: true,
        pendekatan: Pendekatan::Kuantitatif,
        periode: periode(),
        periode_evaluasi: JenisPeriodeEvaluasi::Triwulanan,
        instansi: INSTANSI.into(),
        pegawai: kepala_bidang(),
        pejabat_penilai: kepala_dinas(),
        atasan_pejabat_penilai: Some(sekretaris_daerah()),
        rhk: rhk(),
        perilaku_kerja: vec![
            EkspektasiPerilaku { nilai: NilaiBerakhlak::BerorientasiPelayanan, ekspektasi_khusus: "Memastikan setiap layanan yang diintegrasikan diuji bersama perangkat daerah pemiliknya sebelum dibuka untuk masyarakat.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Akuntabel, ekspektasi_khusus: "Melaporkan setiap insiden keamanan aplikasi kepada Kepala Dinas paling lama 1 x 24 jam.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Kolaboratif, ekspektasi_khusus: "Menghidupkan forum walidata perangkat daerah yang bertemu setiap triwulan.".into() },
        ],
        lampiran: Lampiran {
            dukungan_sumber_daya: vec![
                butir("ds-1", "Anggaran uji keamanan aplikasi oleh pihak ketiga untuk 12 aplikasi prioritas"),
                butir("ds-2", "Layanan komputasi awan dan ruang server pusat data provinsi"),
            ],
            skema_pertanggungjawaban: vec![butir("sp-1", "Laporan kinerja bidang setiap triwulan kepada Kepala Dinas, disertai rekap dasbor pemantauan aplikasi dan Portal Satu Data")],
            konsekuensi: vec![butir("ko-1", "Capaian di bawah ekspektasi ditindaklanjuti dengan rencana perbaikan kinerja dan bimbingan dari Kepala Dinas")],
        },
        evaluasi: Vec::new(),
        penilaian_tahunan: PenilaianTahunan::default(),
        pengembangan_kompetensi: Vec::new(),
        tindak_lanjut: TindakLanjut::default(),
        motif: RefleksiMotif::default(),
        penandatanganan: Vec::new(),
        latihan: None,
        persetujuan: None,
    }
}

/// The participant's starting point: the agency, unit and appraisers filled in, and the
/// lampiran the Kepala Bidang agrees with every staff member; no RHK yet.
fn skp_awal() -> Skp {
    let mut skp = Skp::baru("skp-paket-diskominfo-2026-awal".into(), 2026);
    skp.periode = periode();
    skp.periode_evaluasi = JenisPeriodeEvaluasi::Triwulanan;
    skp.instansi = INSTANSI.into();
    skp.pegawai.unit_kerja = BIDANG.into();
    skp.pejabat_penilai = kepala_bidang();
    skp.atasan_pejabat_penilai = Some(kepala_dinas());
    skp.lampiran = Lampiran {
        dukungan_sumber_daya: vec![
            butir("ds-1", "Akses ke dasbor pemantauan aplikasi dan ruang kerja Portal Satu Data"),
            butir("ds-2", "Dialog kinerja dengan Kepala Bidang setiap bulan"),
        ],
        skema_pertanggungjawaban: vec![butir(
            "sp-1",
            "Laporan kemajuan setiap triwulan kepada Kepala Bidang, disertai bukti dukung",
        )],
        konsekuensi: vec![
            butir("ko-1", "Capaian di atas ekspektasi menjadi pertimbangan untuk mengikuti pelatihan teknis dan kenaikan jenjang jabatan"),
            butir("ko-2", "Capaian di bawah ekspektasi ditindaklanjuti dengan rencana perbaikan yang disepakati bersama Kepala Bidang"),
        ],
    };
    skp
}

const PETUNJUK: &str = "\
Kasus ini rekaan untuk latihan. Nama orang, angka, dan data di dalamnya tidak menggambarkan instansi yang sebenarnya.

Anda adalah pegawai Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika Provinsi Nusa Tenggara Barat, untuk periode SKP tahun 2026. SKP atasan langsung Anda, Kepala Bidang Aplikasi Informatika, memuat tiga RHK: keterpaduan layanan digital perangkat daerah, ketersediaan dan keamanan aplikasi layanan publik, serta data sektoral di Portal Satu Data. SKP Kepala Bidang ada di dalam paket ini.

Pilih satu dari dua peran berikut.

Peran A: Pranata Komputer Ahli Muda (jabatan fungsional). Anda mengelola integrasi aplikasi perangkat daerah ke portal layanan publik provinsi dan memantau keamanan aplikasi. Pada akhir 2025 baru 28 layanan yang terintegrasi, integrasi satu layanan rata-rata memakan 32 hari kerja, dan 5 dari 12 aplikasi prioritas belum pernah diuji keamanannya.

Peran B: Penelaah Teknis Kebijakan (jabatan pelaksana). Anda mengelola data sektoral dan mendampingi walidata perangkat daerah memutakhirkan dan menerbitkan dataset di Portal Satu Data. Pada akhir 2025 tercatat 180 dataset terbit, dan hanya 70 persen di antaranya yang metadatanya lengkap.

Langkah kerja:
1. Lengkapi identitas Anda: nama (boleh rekaan), jenis jabatan, nama jabatan sesuai peran, dan pangkat/golongan ruang. Pejabat Penilai Kinerja sudah terisi: Kepala Bidang Aplikasi Informatika.
2. Susun dua atau tiga RHK utama. Setiap RHK mengintervensi satu RHK Kepala Bidang: pilih RHK pimpinan itu dari SKP Kepala Bidang dalam paket ini. Rumuskan RHK sebagai hasil, bukan kegiatan (misalnya \"Terintegrasinya layanan ...\", bukan \"Melakukan integrasi ...\").
3. Untuk setiap RHK, tulis IKI untuk aspek kuantitas, kualitas, atau waktu, masing-masing dengan target yang terukur (angka dan satuan). Pakai data kasus di atas sebagai titik awal target.
4. Tuliskan ekspektasi khusus pimpinan untuk sedikitnya satu nilai BerAKHLAK, sebagaimana disepakati dalam dialog kinerja.
5. Anggap tahun 2026 sudah berakhir. Isi realisasi setiap IKI sampai akhir tahun pada evaluasi Triwulan IV, beserta bukti dukung (boleh rekaan), lalu beri penilaian mandiri tahunan atas hasil kerja dan perilaku kerja Anda. Capaian kinerja organisasi tahun 2026 sudah ditetapkan berpredikat Baik; perhatikan pengaruhnya pada pola distribusi predikat.
6. Ekspor SKP Anda sebagai berkas, lalu serahkan berkas itu kepada fasilitator.";

/// The bundled case pack: Dinas Komunikasi dan Informatika of a province, 2026, quarterly,
/// organisation predikat Baik (94.6%), one leader (the Kepala Bidang Aplikasi Informatika)
/// and a starting SKP with the identity and lampiran filled in.
pub fn contoh_paket() -> PaketKasus {
    PaketKasus {
        id: "paket-contoh-diskominfo-2026".into(),
        judul: "Latihan SKP 2026: Dinas Komunikasi dan Informatika Provinsi Nusa Tenggara Barat"
            .into(),
        petunjuk: PETUNJUK.into(),
        instansi: INSTANSI.into(),
        periode: periode(),
        periode_evaluasi: JenisPeriodeEvaluasi::Triwulanan,
        kinerja_organisasi: KinerjaOrganisasi {
            predikat: Some(PredikatOrganisasi::Baik),
            capaian: Some(94.6),
        },
        pimpinan: vec![skp_kepala_bidang()],
        skp_awal: Some(skp_awal()),
    }
}
