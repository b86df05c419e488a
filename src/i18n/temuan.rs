//! Words for what the rules find: plan checks, NIP problems, angka kredit input, the
//! distribution pattern and the repairs made to a damaged file. The domain reports codes
//! and values; the sentences are here.

use crate::domain::file::MAX_PERIODE_KE;
use crate::domain::operasi::Perbaikan;
use crate::domain::rules::angka_kredit::AngkaKreditError;
use crate::domain::rules::distribusi::Pelanggaran;
use crate::domain::rules::nip::NipError;
use crate::domain::rules::periksa::{Kode, KolomIdentitas, Temuan};
use crate::domain::rules::predikat::Predikat;
use crate::domain::Lang;

impl Temuan {
    /// The message.
    pub fn message(&self, lang: Lang) -> String {
        use Kode::*;
        let s = |id: &str, en: &str| lang.pick(id, en).to_string();
        match &self.kode {
            TanggalTerbalik => s("Tanggal selesai lebih awal dari tanggal mulai.", "The end date is before the start date."),
            IdentitasKosong { pejabat, kolom } => {
                let siapa = match (pejabat, lang) {
                    (false, Lang::Id) => "pegawai",
                    (true, Lang::Id) => "Pejabat Penilai Kinerja",
                    (false, Lang::En) => "the employee",
                    (true, Lang::En) => "the appraiser",
                };
                let kolom = kolom_identitas(*kolom, lang);
                match lang {
                    Lang::Id => format!("{kolom} {siapa} belum diisi; isian ini diperlukan dalam dokumen SKP."),
                    Lang::En => format!("The {kolom} of {siapa} is empty; the SKP document needs it."),
                }
            }
            InstansiKosong => s("Nama instansi belum diisi; nama ini dicantumkan di kepala dokumen SKP.", "The agency is empty; the heading of the SKP document shows it."),
            TanpaEkspektasiPerilaku => s("Belum ada ekspektasi khusus pimpinan untuk perilaku kerja BerAKHLAK. Sepakati ekspektasi tersebut dengan Pejabat Penilai Kinerja, setidaknya untuk nilai yang paling penting bagi jabatan Anda.", "No leader's expectation is set for the BerAKHLAK behaviours yet. Agree with your appraiser on at least the values that matter most for your post."),
            NipTidakValid(e) => e.message(lang),
            TanpaRhkUtama => s("SKP belum memiliki Rencana Hasil Kerja utama.", "The SKP has no main work result (RHK utama)."),
            RhkKosong => s("Rumusan Rencana Hasil Kerja masih kosong.", "The work result (RHK) is empty."),
            RhkTanpaIki => s("Rencana Hasil Kerja ini belum memiliki Indikator Kinerja Individu.", "This RHK has no individual performance indicator (IKI)."),
            RhkTanpaRhkPimpinan => s("RHK utama belum dikaitkan dengan RHK pimpinan yang diintervensi.", "This main RHK is not linked to the leader's RHK it supports."),
            RhkTanpaPerspektif => s("RHK pada SKP JPT perlu dilengkapi perspektif.", "An RHK in a JPT SKP needs a perspective."),
            RumusanKegiatan(kata) => match lang {
                Lang::Id => format!("RHK diawali \"{kata}\" sehingga terbaca sebagai kegiatan. Rumuskan hasilnya, misalnya \"Tersusunnya ...\" atau \"Meningkatnya ...\"."),
                Lang::En => format!("The RHK starts with \"{kata}\", so it reads as an activity. State the result, e.g. \"Tersusunnya ...\" (… is drawn up) or \"Meningkatnya ...\" (… increases)."),
            },
            IkiKosong => s("Rumusan IKI masih kosong.", "The IKI text is empty."),
            IkiTanpaTarget => s("IKI belum memiliki target.", "The IKI has no target."),
            IkiTanpaSatuan => s("Target IKI belum memiliki satuan (misalnya Dokumen, %, Hari).", "The IKI target has no unit (e.g. Dokumen, %, Hari)."),
            RentangTerbalik => s("Batas bawah rentang target lebih besar dari batas atasnya.", "The lower bound of the target range is above the upper bound."),
            AngkaTidakSah => s("Target harus berupa angka lebih dari 0.", "The target must be a number above 0."),
            TargetNol => s("Target harus berupa angka lebih dari 0 karena target 0 tidak dapat dipakai untuk menghitung capaian.", "The target must be a number above 0: a target of 0 gives no capaian."),
            TargetTidakTerukur => s("Pendekatan kuantitatif memerlukan target terukur (angka dan satuan), bukan uraian.", "The quantitative approach needs a measurable target (number and unit), not a description."),
        }
    }
}

/// The name of an identity field, as the SKP form writes it.
fn kolom_identitas(kolom: KolomIdentitas, lang: Lang) -> &'static str {
    use KolomIdentitas::*;
    match (kolom, lang) {
        (Nama, Lang::Id) => "Nama",
        (Nip, Lang::Id) => "NIP",
        (PangkatGolongan, Lang::Id) => "Pangkat/golongan",
        (Jabatan, Lang::Id) => "Jabatan",
        (UnitKerja, Lang::Id) => "Unit kerja",
        (Nama, Lang::En) => "name",
        (Nip, Lang::En) => "NIP",
        (PangkatGolongan, Lang::En) => "rank/grade",
        (Jabatan, Lang::En) => "post",
        (UnitKerja, Lang::En) => "work unit",
    }
}

impl NipError {
    /// The message.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (NipError::PanjangSalah(n), Lang::Id) => {
                format!("NIP harus terdiri atas 18 angka, bukan {n}.")
            }
            (NipError::PanjangSalah(n), Lang::En) => format!("A NIP has 18 digits, not {n}."),
            (NipError::BukanAngka, l) => l
                .pick(
                    "NIP hanya boleh berisi angka.",
                    "A NIP may only contain digits.",
                )
                .into(),
            (NipError::TanggalLahir, l) => l
                .pick(
                    "Angka ke-1 s.d. ke-8 NIP bukan tanggal lahir yang wajar (tttt-bb-hh).",
                    "Digits 1–8 of the NIP are not a plausible date of birth (yyyy-mm-dd).",
                )
                .into(),
            (NipError::Pengangkatan, l) => l
                .pick(
                    "Angka ke-9 s.d. ke-14 NIP bukan tahun dan bulan pengangkatan yang wajar.",
                    "Digits 9–14 of the NIP are not a plausible year and month of appointment.",
                )
                .into(),
            (NipError::TerlaluMuda, l) => l
                .pick(
                    "Menurut NIP, pengangkatan terjadi kurang dari 17 tahun setelah lahir.",
                    "According to the NIP, appointment came less than 17 years after birth.",
                )
                .into(),
            (NipError::JenisKelamin, l) => l
                .pick(
                    "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.",
                    "Digit 15 of the NIP (sex) must be 1 or 2.",
                )
                .into(),
            (NipError::NomorUrut, l) => l
                .pick(
                    "Nomor urut NIP (angka ke-16 s.d. ke-18) tidak boleh 000.",
                    "The NIP serial number (digits 16–18) cannot be 000.",
                )
                .into(),
        }
    }
}

impl AngkaKreditError {
    /// The message.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AngkaKreditError::BulanTidakValid(b), Lang::Id) => {
                format!("Jumlah bulan harus 1 sampai 12, bukan {b}.")
            }
            (AngkaKreditError::BulanTidakValid(b), Lang::En) => {
                format!("The number of months must be 1 to 12, not {b}.")
            }
            (AngkaKreditError::KoefisienTidakValid(k), Lang::Id) => {
                format!("Koefisien tahunan harus berupa angka 0 atau lebih, bukan {k}.")
            }
            (AngkaKreditError::KoefisienTidakValid(k), Lang::En) => {
                format!("The annual coefficient must be a number of 0 or more, not {k}.")
            }
        }
    }
}

fn daftar(predikat: &[Predikat], lang: Lang) -> String {
    let kata = lang.pick(" dan/atau ", " and/or ");
    predikat
        .iter()
        .map(|p| p.label(lang))
        .collect::<Vec<_>>()
        .join(kata)
}

impl Pelanggaran {
    /// The message.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Pelanggaran::Kosong, Lang::Id) => "Belum ada predikat pegawai untuk diperiksa.".into(),
            (Pelanggaran::Kosong, Lang::En) => "There are no employee predikat to check.".into(),
            (
                Pelanggaran::TerlaluBanyak {
                    predikat,
                    jumlah,
                    maks_persen,
                },
                Lang::Id,
            ) => format!(
                "Predikat {} diberikan kepada {jumlah} pegawai, melebihi batas {maks_persen}%.",
                predikat.label(lang)
            ),
            (
                Pelanggaran::TerlaluBanyak {
                    predikat,
                    jumlah,
                    maks_persen,
                },
                Lang::En,
            ) => format!(
                "{jumlah} employees have {}, more than the {maks_persen}% allowed.",
                predikat.label(lang)
            ),
            (
                Pelanggaran::TerlaluSedikit {
                    predikat,
                    jumlah,
                    min_persen,
                },
                Lang::Id,
            ) => format!(
                "Predikat {} harus dimiliki paling sedikit {min_persen}% pegawai; saat ini baru {jumlah} pegawai.",
                daftar(predikat, lang)
            ),
            (
                Pelanggaran::TerlaluSedikit {
                    predikat,
                    jumlah,
                    min_persen,
                },
                Lang::En,
            ) => format!(
                "At least {min_persen}% of employees must have {}; only {jumlah} do.",
                daftar(predikat, lang)
            ),
            (Pelanggaran::BukanKelompokTerbesar { predikat }, Lang::Id) => format!(
                "Sebagian besar pegawai seharusnya berpredikat {}.",
                predikat.label(lang)
            ),
            (Pelanggaran::BukanKelompokTerbesar { predikat }, Lang::En) => {
                format!("Most employees should have {}.", predikat.label(lang))
            }
            (Pelanggaran::HarusAda { predikat }, Lang::Id) => {
                format!("Harus ada pegawai berpredikat {}.", daftar(predikat, lang))
            }
            (Pelanggaran::HarusAda { predikat }, Lang::En) => {
                format!("Some employees must have {}.", daftar(predikat, lang))
            }
        }
    }
}

impl Perbaikan {
    /// Path of what was repaired, relative to the SKP.
    pub fn path(&self) -> &str {
        match self {
            Perbaikan::IdDiganti { path, .. }
            | Perbaikan::RealisasiDihapus { path, .. }
            | Perbaikan::UmpanBalikDihapus { path, .. }
            | Perbaikan::EvaluasiDihapus { path, .. }
            | Perbaikan::EvaluasiDigabung { path, .. }
            | Perbaikan::KegiatanDilepas { path, .. }
            | Perbaikan::AksiDihapus { path, .. }
            | Perbaikan::AksiDipindah { path, .. } => path,
        }
    }

    /// What was done, for the person.
    pub fn message(&self, lang: Lang) -> String {
        use Perbaikan::*;
        match (self, lang) {
            (IdDiganti { path, lama, baru }, Lang::Id) => {
                format!("ID `{lama}` di `{path}` dipakai dua kali; diganti menjadi `{baru}`.")
            }
            (IdDiganti { path, lama, baru }, Lang::En) => {
                format!("The id `{lama}` at `{path}` was used twice; it is now `{baru}`.")
            }
            (RealisasiDihapus { path, iki_id, bukti_dukung }, Lang::Id) => format!(
                "`{path}` adalah realisasi IKI `{iki_id}` yang sudah dihapus; realisasi itu dibuang bersama {bukti_dukung} bukti dukung."
            ),
            (RealisasiDihapus { path, iki_id, bukti_dukung }, Lang::En) => format!(
                "`{path}` was a realisasi of the deleted IKI `{iki_id}`; it was removed with {bukti_dukung} bukti dukung."
            ),
            (UmpanBalikDihapus { path, rhk_id }, Lang::Id) => {
                format!("`{path}` adalah umpan balik untuk RHK `{rhk_id}` yang sudah dihapus; umpan balik itu dibuang.")
            }
            (UmpanBalikDihapus { path, rhk_id }, Lang::En) => {
                format!("`{path}` was feedback on the deleted RHK `{rhk_id}`; it was removed.")
            }
            (EvaluasiDihapus { path, periode_ke, isi }, Lang::Id) => format!(
                "`{path}` mencatat periode ke-{periode_ke}, padahal periode hanya 1 sampai {MAX_PERIODE_KE}; evaluasi itu ({} realisasi, {} catatan) dibuang.",
                isi.realisasi, isi.catatan
            ),
            (EvaluasiDihapus { path, periode_ke, isi }, Lang::En) => format!(
                "`{path}` recorded period {periode_ke}, but periods run from 1 to {MAX_PERIODE_KE}; that evaluation ({} realisasi, {} notes) was removed.",
                isi.realisasi, isi.catatan
            ),
            (EvaluasiDigabung { path, digabung, periode_ke, tertimpa, .. }, Lang::Id) => format!(
                "`{}` mencatat periode ke-{periode_ke} yang sama dengan `{path}`; evaluasi itu digabungkan dengan memakai realisasi terakhir ({} isian lama diganti).",
                digabung.join("`, `"),
                tertimpa.len()
            ),
            (EvaluasiDigabung { path, digabung, periode_ke, tertimpa, .. }, Lang::En) => format!(
                "`{}` recorded the same period {periode_ke} as `{path}`; they were merged, keeping the latest realisasi ({} older entries replaced).",
                digabung.join("`, `"),
                tertimpa.len()
            ),
            (KegiatanDilepas { path, iki_id }, Lang::Id) => format!(
                "`{path}` terkait dengan IKI `{iki_id}` yang sudah dihapus; kegiatannya tetap ada, tetapi kaitannya dilepas."
            ),
            (KegiatanDilepas { path, iki_id }, Lang::En) => format!(
                "`{path}` was linked to the deleted IKI `{iki_id}`; the activity stays, the link was removed."
            ),
            (AksiDihapus { path, iki_id }, Lang::Id) => {
                format!("`{path}` adalah rencana aksi untuk IKI `{iki_id}` yang sudah dihapus; rencana aksi itu dibuang.")
            }
            (AksiDihapus { path, iki_id }, Lang::En) => {
                format!("`{path}` was an action for the deleted IKI `{iki_id}`; it was removed.")
            }
            (AksiDipindah { path, lama, baru }, Lang::Id) => {
                format!("`{path}` berisi periode ke-{lama} yang tidak ada; rencana aksi itu dipindahkan ke periode ke-{baru}.")
            }
            (AksiDipindah { path, lama, baru }, Lang::En) => {
                format!("`{path}` held period {lama}, which does not exist; it is now period {baru}.")
            }
        }
    }
}
