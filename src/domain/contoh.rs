//! A bundled example SKP, written as a LAN trainer would: results rather than activities,
//! measurable targets, a sensible leader RHK for every RHK utama. Used by the tests, the
//! schema test, the benchmark and, later, the UI. [`contoh_paket`] is a bundled workshop case
//! pack, so a trainer can run a workshop with nothing prepared.

use chrono::NaiveDate;

use crate::domain::model::*;

mod besar;
mod kepala_seksi;
mod paket_diskominfo;
mod pengadministrasi;

pub use besar::{contoh_besar, contoh_umpan_balik_setahun};
pub use kepala_seksi::contoh_kepala_seksi;
pub use paket_diskominfo::contoh_paket;
pub use pengadministrasi::contoh_pengadministrasi_perkantoran;

/// A period rated by the person and then, the same way, by the Pejabat Penilai Kinerja.
fn dinilai(hasil_kerja: Rating, perilaku_kerja: Rating, hari: NaiveDate) -> RatingPeriode {
    let oleh = |nama: &str| RatingOleh {
        hasil_kerja: Some(hasil_kerja),
        perilaku_kerja: Some(perilaku_kerja),
        oleh: nama.into(),
        tanggal: Some(hari),
    };
    RatingPeriode {
        mandiri: oleh("Rina Kartika, S.AP., M.Si."),
        pejabat_penilai: oleh("Ahmad Fauzi, S.E., M.M."),
    }
}

fn tanggal(y: i32, m: u32, d: u32) -> NaiveDate {
    // Only called below with literal, valid calendar dates.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn nilai(n: f64, satuan: &str) -> Option<Target> {
    Some(Target::Nilai {
        nilai: n,
        satuan: satuan.into(),
    })
}

fn iki(id: &str, aspek: Aspek, indikator: &str, target: Option<Target>, lebih_kecil: bool) -> Iki {
    Iki {
        id: id.into(),
        aspek,
        indikator: indikator.into(),
        target,
        lebih_kecil_lebih_baik: lebih_kecil,
    }
}

fn orang(nama: &str, nip: &str, pangkat: &str, jabatan: &str, unit: &str) -> Identitas {
    Identitas {
        nama: nama.into(),
        nip: nip.into(),
        pangkat_golongan: pangkat.into(),
        jabatan: jabatan.into(),
        unit_kerja: unit.into(),
    }
}

/// The leader's RHK as typed (no link into a leader's SKP file).
fn pimpinan(teks: &str) -> RhkPimpinan {
    RhkPimpinan {
        teks: teks.into(),
        rujukan: None,
    }
}

fn butir(id: &str, teks: &str) -> Butir {
    Butir {
        id: id.into(),
        teks: teks.into(),
    }
}

fn realisasi(
    id: &str,
    iki_id: &str,
    n: f64,
    uraian: &str,
    bukti: &str,
    t: NaiveDate,
    kendala: &str,
) -> Realisasi {
    Realisasi {
        id: id.into(),
        iki_id: iki_id.into(),
        nilai: Some(n),
        uraian: uraian.into(),
        bukti_dukung: vec![BuktiDukung {
            id: format!("{id}-bukti"),
            tautan: format!("https://drive.example.go.id/skp-2025/{id}"),
            keterangan: bukti.into(),
            tanggal: Some(t),
        }],
        kendala: kendala.into(),
    }
}

fn umpan_balik_rhk(id: &str, rhk_id: &str, t: NaiveDate, isi: &str) -> UmpanBalikRhk {
    UmpanBalikRhk {
        id: id.into(),
        rhk_id: rhk_id.into(),
        tanggal: Some(t),
        isi: isi.into(),
    }
}

fn rhk() -> Vec<Rhk> {
    vec![
        Rhk {
            id: "rhk-1".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Tersusunnya rekomendasi kebijakan peningkatan kualitas pelayanan publik perangkat daerah yang dimanfaatkan pimpinan".into(),
            rhk_pimpinan: pimpinan("Meningkatnya kualitas perumusan kebijakan pelayanan publik di lingkungan Pemerintah Provinsi"),
            perspektif: None,
            iki: vec![
                iki("iki-1", Aspek::Kuantitas, "Jumlah policy brief rekomendasi kebijakan yang disampaikan kepada pimpinan", nilai(4.0, "Dokumen"), false),
                iki("iki-2", Aspek::Kualitas, "Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan", Some(Target::Rentang { min: 60.0, maks: 80.0, satuan: "%".into() }), false),
                iki("iki-3", Aspek::Waktu, "Rata-rata waktu penyusunan policy brief sejak data lengkap", nilai(20.0, "Hari Kerja"), true),
            ],
        },
        Rhk {
            id: "rhk-2".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Tersedianya hasil evaluasi penerapan Standar Pelayanan Minimal (SPM) bidang kesehatan kabupaten/kota sebagai dasar perbaikan kebijakan".into(),
            rhk_pimpinan: pimpinan("Tersedianya rekomendasi perbaikan penerapan SPM kabupaten/kota bagi Gubernur"),
            perspektif: None,
            iki: vec![
                iki("iki-4", Aspek::Kuantitas, "Jumlah kabupaten/kota yang dievaluasi penerapan SPM-nya", nilai(24.0, "Kabupaten/Kota"), false),
                iki("iki-5", Aspek::Kualitas, "Persentase temuan evaluasi yang disertai rekomendasi perbaikan terukur", nilai(100.0, "%"), false),
                iki("iki-6", Aspek::Waktu, "Laporan evaluasi diterima pimpinan paling lambat bulan ke-", nilai(10.0, "Bulan"), true),
            ],
        },
        Rhk {
            id: "rhk-3".into(),
            jenis: JenisRhk::Tambahan,
            rencana_hasil_kerja: "Tersedianya modul literasi analisis kebijakan berbasis data untuk komunitas belajar analis kebijakan".into(),
            rhk_pimpinan: RhkPimpinan::default(),
            perspektif: None,
            iki: vec![
                iki("iki-7", Aspek::Kuantitas, "Jumlah modul yang digunakan dalam komunitas belajar", nilai(1.0, "Modul"), false),
                iki("iki-8", Aspek::Kualitas, "Rata-rata skor kepuasan peserta terhadap modul (skala 1–5)", nilai(4.0, "Skor"), false),
            ],
        },
    ]
}

fn evaluasi() -> Vec<EvaluasiPeriodik> {
    let ub_perilaku = |id: &str, n: NilaiBerakhlak, t: NaiveDate, isi: &str| UmpanBalikPerilaku {
        id: id.into(),
        nilai: n,
        tanggal: Some(t),
        isi: isi.into(),
    };
    vec![
        EvaluasiPeriodik {
            id: "ev-1".into(),
            periode_ke: 1,
            realisasi: vec![
                realisasi("re-1", "iki-1", 1.0, "Policy brief penyederhanaan perizinan berusaha disampaikan kepada Kepala Biro", "Policy brief dan nota dinas pengantar", tanggal(2025, 3, 20), ""),
                realisasi("re-2", "iki-3", 18.0, "Policy brief disusun dalam 18 hari kerja setelah data OPD lengkap", "Lembar kendali penyusunan", tanggal(2025, 3, 20), ""),
                realisasi("re-3", "iki-4", 5.0, "Lima kabupaten/kota selesai dievaluasi", "Berita acara evaluasi", tanggal(2025, 3, 28), "Data capaian SPM dua kabupaten terlambat diunggah"),
            ],
            umpan_balik_rhk: vec![umpan_balik_rhk("ub-1", "rhk-1", tanggal(2025, 4, 3), "Policy brief sudah ringkas; tambahkan estimasi biaya tiap opsi kebijakan.")],
            umpan_balik_perilaku: vec![ub_perilaku("ubp-1", NilaiBerakhlak::Kolaboratif, tanggal(2025, 4, 3), "Koordinasi dengan Dinas Kesehatan berjalan baik.")],
            dialog_kinerja: vec![CatatanDialog { id: "dk-1".into(), tanggal: Some(tanggal(2025, 4, 3)), catatan: "Disepakati jadwal evaluasi SPM per wilayah dan dukungan akses data dari Dinas Kesehatan.".into() }],
            rating: dinilai(Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi, tanggal(2025, 4, 3)),
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        },
        EvaluasiPeriodik {
            id: "ev-2".into(),
            periode_ke: 2,
            realisasi: vec![
                realisasi("re-4", "iki-1", 2.0, "Policy brief kedua tentang mal pelayanan publik disampaikan", "Policy brief dan disposisi pimpinan", tanggal(2025, 6, 16), ""),
                realisasi("re-5", "iki-2", 50.0, "Satu dari dua rekomendasi ditindaklanjuti dengan surat edaran", "Surat Edaran Sekretaris Daerah", tanggal(2025, 6, 25), "Rekomendasi kedua menunggu pembahasan anggaran perubahan"),
                realisasi("re-6", "iki-4", 11.0, "Sebelas kabupaten/kota selesai dievaluasi", "Rekap evaluasi SPM", tanggal(2025, 6, 27), "Kunjungan lapangan dua kabupaten ditunda"),
                realisasi("re-7", "iki-7", 0.0, "Kerangka modul disusun bersama komunitas belajar", "Kerangka modul", tanggal(2025, 6, 10), ""),
            ],
            umpan_balik_rhk: vec![
                umpan_balik_rhk("ub-2", "rhk-2", tanggal(2025, 7, 4), "Percepat evaluasi: prioritaskan kabupaten dengan capaian SPM terendah."),
            ],
            umpan_balik_perilaku: vec![ub_perilaku("ubp-2", NilaiBerakhlak::Adaptif, tanggal(2025, 7, 4), "Cepat menyesuaikan metode saat kunjungan lapangan ditunda.")],
            dialog_kinerja: vec![CatatanDialog { id: "dk-2".into(), tanggal: Some(tanggal(2025, 7, 4)), catatan: "Evaluasi SPM tertinggal dari rencana; disepakati evaluasi daring untuk empat kabupaten.".into() }],
            rating: dinilai(Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi, tanggal(2025, 7, 4)),
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        },
        EvaluasiPeriodik {
            id: "ev-3".into(),
            periode_ke: 3,
            realisasi: vec![
                realisasi("re-8", "iki-1", 3.0, "Policy brief ketiga tentang tata kelola pengaduan disampaikan", "Policy brief", tanggal(2025, 9, 12), ""),
                realisasi("re-9", "iki-4", 17.0, "Tujuh belas kabupaten/kota selesai dievaluasi", "Rekap evaluasi SPM", tanggal(2025, 9, 26), "Dua kabupaten belum menyerahkan data"),
            ],
            umpan_balik_rhk: vec![],
            umpan_balik_perilaku: vec![],
            dialog_kinerja: vec![],
            rating: RatingPeriode::default(),
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        },
    ]
}

fn pengembangan() -> Vec<KegiatanPengembangan> {
    let kegiatan = |id: &str,
                    nama: &str,
                    kompetensi: &str,
                    jenis,
                    bentuk,
                    penyelenggara: &str,
                    mulai,
                    selesai,
                    rencana,
                    diperoleh,
                    bukti: &str,
                    iki: Option<&str>| KegiatanPengembangan {
        id: id.into(),
        nama: nama.into(),
        kompetensi: kompetensi.into(),
        jenis_kompetensi: jenis,
        bentuk,
        penyelenggara: penyelenggara.into(),
        mulai: Some(mulai),
        selesai: Some(selesai),
        jp_rencana: rencana,
        jp_diperoleh: diperoleh,
        bukti: bukti.into(),
        untuk_iki_id: iki.map(Into::into),
    };
    vec![
        kegiatan(
            "kp-1",
            "E-learning Analisis Data untuk Kebijakan Publik",
            "Analisis data kuantitatif",
            JenisKompetensi::Teknis,
            BentukPengembangan::ELearning,
            "ASN Unggul (LAN)",
            tanggal(2025, 2, 3),
            tanggal(2025, 2, 28),
            20.0,
            Some(20.0),
            "Sertifikat e-learning",
            Some("iki-3"),
        ),
        kegiatan(
            "kp-2",
            "Coaching penulisan policy brief",
            "Penulisan rekomendasi kebijakan",
            JenisKompetensi::Teknis,
            BentukPengembangan::Coaching,
            "Analis Kebijakan Ahli Madya, Bappeda",
            tanggal(2025, 4, 7),
            tanggal(2025, 6, 30),
            8.0,
            Some(6.0),
            "Catatan sesi coaching",
            Some("iki-2"),
        ),
        kegiatan(
            "kp-3",
            "Pelatihan Evaluasi Kebijakan",
            "Evaluasi kebijakan",
            JenisKompetensi::Teknis,
            BentukPengembangan::Pelatihan,
            "Puslatbang KDOD LAN",
            tanggal(2025, 11, 10),
            tanggal(2025, 11, 14),
            40.0,
            None,
            "",
            Some("iki-4"),
        ),
        kegiatan(
            "kp-4",
            "Komunitas belajar analis kebijakan",
            "Kolaborasi lintas instansi",
            JenisKompetensi::SosialKultural,
            BentukPengembangan::KomunitasBelajar,
            "Komunitas Analis Kebijakan Sulawesi Selatan",
            tanggal(2025, 12, 1),
            tanggal(2026, 1, 31),
            10.0,
            None,
            "",
            None,
        ),
    ]
}

/// A JF Analis Kebijakan Ahli Pertama at a provincial Bappeda, 2025, quarterly evaluation,
/// three RHK (two utama, one tambahan), eight IKI, three of four quarters partly filled.
pub fn contoh_analis_kebijakan() -> Skp {
    let bidang = "Bidang Pemerintahan dan Pembangunan Manusia, Bappeda";
    Skp {
        id: "skp-contoh-2025".into(),
        jenis_pegawai: JenisPegawai::Pns,
        jenis_jabatan: JenisJabatan::Jf,
        memimpin_unit: false,
        pendekatan: Pendekatan::Kuantitatif,
        periode: Periode { mulai: tanggal(2025, 1, 1), selesai: tanggal(2025, 12, 31) },
        periode_evaluasi: JenisPeriodeEvaluasi::Triwulanan,
        instansi: "Pemerintah Provinsi Sulawesi Selatan".into(),
        pegawai: orang("Rina Kartika, S.AP., M.Si.", "199203152019032011", "Penata Muda Tk. I (III/b)", "Analis Kebijakan Ahli Pertama", bidang),
        pejabat_penilai: orang("Ahmad Fauzi, S.E., M.M.", "197806122005011003", "Pembina (IV/a)", "Kepala Bidang Pemerintahan dan Pembangunan Manusia", bidang),
        atasan_pejabat_penilai: Some(orang("Dr. Hasanuddin Rahman, M.Si.", "197001011995031002", "Pembina Utama Muda (IV/c)", "Kepala Bappeda", "Bappeda")),
        rhk: rhk(),
        perilaku_kerja: vec![
            EkspektasiPerilaku { nilai: NilaiBerakhlak::BerorientasiPelayanan, ekspektasi_khusus: "Rekomendasi selalu berangkat dari data pengaduan dan kebutuhan masyarakat.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Kompeten, ekspektasi_khusus: "Membagikan hasil belajar analisis data kepada rekan satu bidang.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Kolaboratif, ekspektasi_khusus: "Melibatkan Dinas Kesehatan dan kabupaten/kota sejak perumusan masalah.".into() },
        ],
        lampiran: Lampiran {
            dukungan_sumber_daya: vec![butir("ds-1", "Akses data capaian SPM dari Dinas Kesehatan"), butir("ds-2", "Anggaran perjalanan dinas evaluasi ke 6 kabupaten")],
            skema_pertanggungjawaban: vec![butir("sp-1", "Laporan kemajuan triwulanan kepada Kepala Bidang disertai bukti dukung")],
            konsekuensi: vec![butir("ko-1", "Capaian di atas ekspektasi diprioritaskan mengikuti pelatihan fungsional jenjang berikutnya")],
        },
        evaluasi: evaluasi(),
        penilaian_tahunan: PenilaianTahunan::default(),
        pengembangan_kompetensi: pengembangan(),
        tindak_lanjut: TindakLanjut::default(),
        motif: RefleksiMotif {
            motif: vec![Motif::MelayaniMasyarakat, Motif::Prestasi, Motif::KesejahteraanKeluarga],
            motif_utama: Some(Motif::MelayaniMasyarakat),
            refleksi: "Saya paling bersemangat ketika rekomendasi benar-benar mengubah layanan yang diterima warga.".into(),
        },
        penandatanganan: Vec::new(),
        latihan: None,
        persetujuan: None,
    }
}

/// A bundled example a person can start from.
pub struct Contoh {
    /// The post it shows, as the person would name it.
    pub jabatan: &'static str,
    /// Builds the example SKP.
    pub buat: fn() -> Skp,
}

/// The bundled examples.
pub const CONTOH: &[Contoh] = &[
    Contoh {
        jabatan: "JF Analis Kebijakan Ahli Pertama",
        buat: contoh_analis_kebijakan,
    },
    Contoh {
        jabatan: "JA Pengadministrasi Perkantoran",
        buat: contoh_pengadministrasi_perkantoran,
    },
    Contoh {
        jabatan: "Kepala Seksi (pejabat pengawas, JA)",
        buat: contoh_kepala_seksi,
    },
];

#[cfg(test)]
mod tests {
    use super::CONTOH;
    use crate::domain::file::{export_skp, import, Imported};
    use crate::domain::rules::periksa::{periksa_rencana, Tingkat};

    #[test]
    fn every_example_survives_the_file_round_trip() {
        for contoh in CONTOH {
            let skp = (contoh.buat)();
            let text = export_skp(&skp, "2025-10-01T00:00:00Z");
            match import(&text) {
                Ok(Imported::Skp(back)) => assert_eq!(back, skp, "{}", contoh.jabatan),
                other => panic!("{}: {other:?}", contoh.jabatan),
            }
        }
    }

    #[test]
    fn no_example_has_an_error_or_warning_in_its_plan() {
        for contoh in CONTOH {
            let temuan: Vec<_> = periksa_rencana(&(contoh.buat)())
                .into_iter()
                .filter(|t| t.tingkat >= Tingkat::Peringatan)
                .collect();
            assert!(temuan.is_empty(), "{}: {temuan:?}", contoh.jabatan);
        }
    }

    #[test]
    fn examples_record_only_existing_periods_and_iki() {
        for contoh in CONTOH {
            let skp = (contoh.buat)();
            let periods = skp.daftar_periode_evaluasi().len() as u32;
            let iki: Vec<_> = skp
                .rhk
                .iter()
                .flat_map(|r| r.iki.iter().map(|i| i.id.clone()))
                .collect();
            assert!(skp.evaluasi.len() >= 2, "{}", contoh.jabatan);
            for ev in &skp.evaluasi {
                assert!((1..=periods).contains(&ev.periode_ke), "{}", contoh.jabatan);
                for r in &ev.realisasi {
                    assert!(iki.contains(&r.iki_id), "{}: {}", contoh.jabatan, r.iki_id);
                }
            }
        }
    }
}
