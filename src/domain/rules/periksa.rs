//! Plan checks: what is missing or weak before an SKP is ready (PermenPANRB 6/2022
//! penetapan dan klarifikasi ekspektasi, §2.2–2.3; PP 30/2019 Ps 4 "terukur").

use crate::domain::model::{
    Identitas, JenisJabatan, JenisPegawai, JenisRhk, Pendekatan, Skp, Target,
};
use crate::domain::rules::nip::{periksa_nomor, NipError};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tingkat {
    /// A hint about wording or good practice.
    Saran,
    /// Weak, but the plan can go ahead.
    Peringatan,
    /// The plan is not ready.
    Galat,
}

/// The field of an IKI a finding points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IkiField {
    /// The indicator text.
    Indikator,
    /// The target.
    Target,
}

/// A field of a person's identity, as the SKP form lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KolomIdentitas {
    Nama,
    Nip,
    PangkatGolongan,
    Jabatan,
    UnitKerja,
}

impl KolomIdentitas {
    /// The field's name in the file (`pegawai.nama`).
    pub fn kunci(self) -> &'static str {
        match self {
            KolomIdentitas::Nama => "nama",
            KolomIdentitas::Nip => "nip",
            KolomIdentitas::PangkatGolongan => "pangkat_golongan",
            KolomIdentitas::Jabatan => "jabatan",
            KolomIdentitas::UnitKerja => "unit_kerja",
        }
    }
}

/// Where a finding points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldRef {
    /// The SKP period.
    Periode,
    /// The agency.
    Instansi,
    /// A field of the pegawai's (`"pegawai"`) or the pejabat penilai's identity.
    Identitas {
        /// `"pegawai"` or `"pejabat_penilai"`.
        siapa: &'static str,
        /// Which field.
        kolom: KolomIdentitas,
    },
    /// The BerAKHLAK expectations.
    Perilaku,
    /// The NIP of pegawai (`"pegawai"`), pejabat penilai or atasan.
    Nip(&'static str),
    /// The SKP has no RHK utama.
    DaftarRhk,
    /// An RHK text or leader link.
    Rhk {
        /// RHK id.
        rhk_id: String,
    },
    /// A field of an IKI.
    Iki {
        /// IKI id.
        iki_id: String,
        /// Which field.
        field: IkiField,
    },
    /// A development activity's dates.
    Kegiatan {
        /// Activity id.
        kegiatan_id: String,
    },
}

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kode {
    /// End date before start date.
    TanggalTerbalik,
    /// A field the SKP document shows is empty: of the pegawai (`pejabat: false`) or the
    /// pejabat penilai.
    IdentitasKosong {
        /// Whether it is the pejabat penilai's.
        pejabat: bool,
        /// Which field.
        kolom: KolomIdentitas,
    },
    /// The agency is empty.
    InstansiKosong,
    /// None of the seven BerAKHLAK values has an expectation from the leader.
    TanpaEkspektasiPerilaku,
    /// The NIP is not valid.
    NipTidakValid(NipError),
    /// No RHK utama.
    TanpaRhkUtama,
    /// RHK text empty.
    RhkKosong,
    /// An RHK without IKI.
    RhkTanpaIki,
    /// An RHK utama not linked to a leader's RHK.
    RhkTanpaRhkPimpinan,
    /// A JPT RHK without perspektif.
    RhkTanpaPerspektif,
    /// The RHK reads like an activity; the word it starts with.
    RumusanKegiatan(String),
    /// IKI text empty.
    IkiKosong,
    /// IKI without target.
    IkiTanpaTarget,
    /// Numeric target without unit.
    IkiTanpaSatuan,
    /// Range with min above max.
    RentangTerbalik,
    /// Number not finite or negative.
    AngkaTidakSah,
    /// A target (the upper bound of a range) of 0: no capaian can be computed against it.
    TargetNol,
    /// A description target in the kuantitatif approach.
    TargetTidakTerukur,
}

/// One finding of the plan check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Temuan {
    /// What it is.
    pub kode: Kode,
    /// How serious.
    pub tingkat: Tingkat,
    /// Where, by id.
    pub field: FieldRef,
    /// Where, as a path into the SKP (`rhk[2].iki[0].target`).
    pub path: String,
}

/// Words that open an activity rather than a result (a hint, LAN SKP-writing practice).
pub const KATA_KEGIATAN: &[&str] = &[
    "melaksanakan",
    "mengikuti",
    "membantu",
    "melakukan",
    "menghadiri",
    "menyusun",
    "membuat",
    "mengerjakan",
    "mengumpulkan",
    "memfasilitasi",
    "mengoordinasikan",
    "mengkoordinasikan",
    "menyiapkan",
    "mendampingi",
    "melayani",
    "mengelola",
];

struct Daftar(Vec<Temuan>);

impl Daftar {
    fn add(&mut self, kode: Kode, tingkat: Tingkat, field: FieldRef, path: String) {
        self.0.push(Temuan {
            kode,
            tingkat,
            field,
            path,
        });
    }
    /// The fields of a person the SKP form shows: name, number, post and unit are needed
    /// before the plan can be agreed; the rank is a warning (a PPPK has a golongan only).
    fn identitas(&mut self, orang: &Identitas, siapa: &'static str) {
        use KolomIdentitas::*;
        for (kolom, isi, tingkat) in [
            (Nama, &orang.nama, Tingkat::Galat),
            (Nip, &orang.nip, Tingkat::Galat),
            (
                PangkatGolongan,
                &orang.pangkat_golongan,
                Tingkat::Peringatan,
            ),
            (Jabatan, &orang.jabatan, Tingkat::Galat),
            (UnitKerja, &orang.unit_kerja, Tingkat::Galat),
        ] {
            if isi.trim().is_empty() {
                self.add(
                    Kode::IdentitasKosong {
                        pejabat: siapa != "pegawai",
                        kolom,
                    },
                    tingkat,
                    FieldRef::Identitas { siapa, kolom },
                    format!("{siapa}.{}", kolom.kunci()),
                );
            }
        }
    }

    /// `jenis`: the person's kind (the pegawai's is the SKP's; leaders are read as PNS).
    fn nip(&mut self, orang: &Identitas, nama: &'static str, jenis: JenisPegawai) {
        if orang.nip.trim().is_empty() {
            return;
        }
        if let Err(e) = periksa_nomor(&orang.nip, jenis) {
            self.add(
                Kode::NipTidakValid(e),
                Tingkat::Peringatan,
                FieldRef::Nip(nama),
                format!("{nama}.nip"),
            );
        }
    }
}

fn kata_kegiatan(teks: &str) -> Option<String> {
    let pertama = teks.split_whitespace().next()?.to_lowercase();
    KATA_KEGIATAN.contains(&pertama.as_str()).then_some(pertama)
}

/// Checks a plan; the findings are in document order.
pub fn periksa_rencana(skp: &Skp) -> Vec<Temuan> {
    use Tingkat::*;
    let mut d = Daftar(Vec::new());
    if skp.periode.selesai < skp.periode.mulai {
        d.add(
            Kode::TanggalTerbalik,
            Galat,
            FieldRef::Periode,
            "periode".into(),
        );
    }
    if skp.instansi.trim().is_empty() {
        d.add(
            Kode::InstansiKosong,
            Peringatan,
            FieldRef::Instansi,
            "instansi".into(),
        );
    }
    d.identitas(&skp.pegawai, "pegawai");
    d.identitas(&skp.pejabat_penilai, "pejabat_penilai");
    d.nip(&skp.pegawai, "pegawai", skp.jenis_pegawai);
    d.nip(&skp.pejabat_penilai, "pejabat_penilai", JenisPegawai::Pns);
    if let Some(atasan) = &skp.atasan_pejabat_penilai {
        d.nip(atasan, "atasan_pejabat_penilai", JenisPegawai::Pns);
    }
    if !skp.rhk.iter().any(|r| r.jenis == JenisRhk::Utama) {
        d.add(
            Kode::TanpaRhkUtama,
            Galat,
            FieldRef::DaftarRhk,
            "rhk".into(),
        );
    }
    for (r, rhk) in skp.rhk.iter().enumerate() {
        let at_rhk = || FieldRef::Rhk {
            rhk_id: rhk.id.clone(),
        };
        let p = format!("rhk[{r}]");
        if rhk.rencana_hasil_kerja.trim().is_empty() {
            d.add(
                Kode::RhkKosong,
                Galat,
                at_rhk(),
                format!("{p}.rencana_hasil_kerja"),
            );
        } else if let Some(kata) = kata_kegiatan(&rhk.rencana_hasil_kerja) {
            d.add(
                Kode::RumusanKegiatan(kata),
                Saran,
                at_rhk(),
                format!("{p}.rencana_hasil_kerja"),
            );
        }
        if rhk.jenis == JenisRhk::Utama
            && rhk.rhk_pimpinan.teks.trim().is_empty()
            && rhk.rhk_pimpinan.rujukan.is_none()
        {
            d.add(
                Kode::RhkTanpaRhkPimpinan,
                Peringatan,
                at_rhk(),
                format!("{p}.rhk_pimpinan"),
            );
        }
        if skp.jenis_jabatan == JenisJabatan::Jpt && rhk.perspektif.is_none() {
            d.add(
                Kode::RhkTanpaPerspektif,
                Peringatan,
                at_rhk(),
                format!("{p}.perspektif"),
            );
        }
        if rhk.iki.is_empty() {
            d.add(Kode::RhkTanpaIki, Galat, at_rhk(), format!("{p}.iki"));
        }
        for (i, iki) in rhk.iki.iter().enumerate() {
            let at = |field| FieldRef::Iki {
                iki_id: iki.id.clone(),
                field,
            };
            let pi = format!("{p}.iki[{i}]");
            if iki.indikator.trim().is_empty() {
                d.add(
                    Kode::IkiKosong,
                    Galat,
                    at(IkiField::Indikator),
                    format!("{pi}.indikator"),
                );
            }
            let pt = format!("{pi}.target");
            let Some(target) = &iki.target else {
                d.add(Kode::IkiTanpaTarget, Galat, at(IkiField::Target), pt);
                continue;
            };
            let sah = |n: f64| n.is_finite() && n >= 0.0;
            match target {
                Target::Nilai { nilai, .. } if !sah(*nilai) => {
                    d.add(Kode::AngkaTidakSah, Galat, at(IkiField::Target), pt.clone())
                }
                Target::Rentang { min, maks, .. } if !sah(*min) || !sah(*maks) => {
                    d.add(Kode::AngkaTidakSah, Galat, at(IkiField::Target), pt.clone())
                }
                Target::Nilai { nilai: 0.0, .. } | Target::Rentang { maks: 0.0, .. } => {
                    d.add(Kode::TargetNol, Galat, at(IkiField::Target), pt.clone())
                }
                Target::Rentang { min, maks, .. } if min > maks => d.add(
                    Kode::RentangTerbalik,
                    Galat,
                    at(IkiField::Target),
                    pt.clone(),
                ),
                Target::Deskripsi { .. } if skp.pendekatan == Pendekatan::Kuantitatif => d.add(
                    Kode::TargetTidakTerukur,
                    Peringatan,
                    at(IkiField::Target),
                    pt.clone(),
                ),
                Target::Deskripsi { deskripsi } if deskripsi.trim().is_empty() => d.add(
                    Kode::IkiTanpaTarget,
                    Galat,
                    at(IkiField::Target),
                    pt.clone(),
                ),
                _ => {}
            }
            if target.satuan().is_some_and(|s| s.trim().is_empty()) {
                d.add(
                    Kode::IkiTanpaSatuan,
                    Galat,
                    at(IkiField::Target),
                    format!("{pt}.satuan"),
                );
            }
        }
    }
    if skp
        .perilaku_kerja
        .iter()
        .all(|e| e.ekspektasi_khusus.trim().is_empty())
    {
        d.add(
            Kode::TanpaEkspektasiPerilaku,
            Peringatan,
            FieldRef::Perilaku,
            "perilaku_kerja".into(),
        );
    }
    for (k, keg) in skp.pengembangan_kompetensi.iter().enumerate() {
        if let (Some(mulai), Some(selesai)) = (keg.mulai, keg.selesai) {
            if selesai < mulai {
                d.add(
                    Kode::TanggalTerbalik,
                    Galat,
                    FieldRef::Kegiatan {
                        kegiatan_id: keg.id.clone(),
                    },
                    format!("pengembangan_kompetensi[{k}].selesai"),
                );
            }
        }
    }
    d.0
}
