//! Rencana pengembangan kompetensi (PP 11/2017 Ps 203–207; Peraturan LAN 10/2018).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One planned or completed development activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KegiatanPengembangan {
    /// Stable id.
    pub id: String,
    /// Name of the activity, e.g. "Pelatihan Analis Kebijakan".
    #[serde(default)]
    pub nama: String,
    /// The competency developed.
    #[serde(default)]
    pub kompetensi: String,
    /// Teknis, manajerial or sosial kultural.
    #[serde(default)]
    pub jenis_kompetensi: JenisKompetensi,
    /// The form; its jalur (pendidikan / klasikal / non-klasikal) follows from it.
    #[serde(default)]
    pub bentuk: BentukPengembangan,
    /// Penyelenggara (provider).
    #[serde(default)]
    pub penyelenggara: String,
    /// First day.
    #[serde(default)]
    pub mulai: Option<NaiveDate>,
    /// Last day (the JP count in the year of this date, see `jp-lintas-tahun`).
    #[serde(default)]
    pub selesai: Option<NaiveDate>,
    /// Planned JP (jam pelajaran).
    #[serde(default)]
    pub jp_rencana: f64,
    /// JP earned (from the certificate); `None` until done.
    #[serde(default)]
    pub jp_diperoleh: Option<f64>,
    /// Certificate or other evidence.
    #[serde(default)]
    pub bukti: String,
    /// The IKI whose gap this activity closes.
    #[serde(default)]
    pub untuk_iki_id: Option<String>,
}

impl KegiatanPengembangan {
    /// Sets the JP planned: hours of learning, so what is not a number is 0 and a negative
    /// number is 0 (PP 11/2017 Ps 203 counts hours).
    pub fn atur_jp_rencana(&mut self, jp: Option<f64>) {
        self.jp_rencana = jp.filter(|j| j.is_finite()).unwrap_or(0.0).max(0.0);
    }

    /// Sets the JP earned: none until a number is given, never below 0.
    pub fn atur_jp_diperoleh(&mut self, jp: Option<f64>) {
        self.jp_diperoleh = jp.filter(|j| j.is_finite()).map(|j| j.max(0.0));
    }

    /// A new, empty activity with the given id: no dates, 0 JP planned, none earned.
    pub fn baru(id: String) -> KegiatanPengembangan {
        KegiatanPengembangan {
            id,
            nama: String::new(),
            kompetensi: String::new(),
            jenis_kompetensi: JenisKompetensi::default(),
            bentuk: BentukPengembangan::default(),
            penyelenggara: String::new(),
            mulai: None,
            selesai: None,
            jp_rencana: 0.0,
            jp_diperoleh: None,
            bukti: String::new(),
            untuk_iki_id: None,
        }
    }
}

/// Jenis kompetensi (PP 11/2017; [S44][S41]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisKompetensi {
    /// Technical.
    #[default]
    Teknis,
    /// Managerial.
    Manajerial,
    /// Socio-cultural.
    SosialKultural,
}

/// Jalur pengembangan (PerLAN 10/2018; regulations.md §4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jalur {
    /// Pendidikan formal (tugas belajar / izin belajar).
    Pendidikan,
    /// Pelatihan klasikal.
    PelatihanKlasikal,
    /// Pelatihan non-klasikal.
    PelatihanNonKlasikal,
}

/// Form of development (regulations.md §4.2 [S42][S43][S44]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BentukPengembangan {
    /// Tugas belajar (pendidikan).
    TugasBelajar,
    /// Izin belajar (pendidikan).
    IzinBelajar,
    /// Pelatihan (dasar, kepemimpinan, manajerial, teknis, fungsional, sosial kultural).
    #[default]
    Pelatihan,
    /// Seminar / konferensi / sarasehan.
    Seminar,
    /// Workshop / lokakarya.
    Workshop,
    /// Kursus.
    Kursus,
    /// Penataran.
    Penataran,
    /// Bimbingan teknis.
    BimbinganTeknis,
    /// Sosialisasi.
    Sosialisasi,
    /// Coaching.
    Coaching,
    /// Mentoring.
    Mentoring,
    /// E-learning.
    ELearning,
    /// Pelatihan jarak jauh.
    PelatihanJarakJauh,
    /// Detasering (secondment).
    Detasering,
    /// Pembelajaran alam terbuka (outbound).
    PembelajaranAlamTerbuka,
    /// Patok banding (benchmarking).
    PatokBanding,
    /// Pertukaran PNS dengan pegawai swasta/BUMN.
    Pertukaran,
    /// Belajar mandiri.
    BelajarMandiri,
    /// Komunitas belajar.
    KomunitasBelajar,
    /// Bimbingan di tempat kerja.
    BimbinganDiTempatKerja,
    /// Magang / praktik kerja.
    Magang,
}

impl BentukPengembangan {
    /// The path this form belongs to.
    pub fn jalur(self) -> Jalur {
        use BentukPengembangan::*;
        match self {
            TugasBelajar | IzinBelajar => Jalur::Pendidikan,
            Pelatihan | Seminar | Workshop | Kursus | Penataran | BimbinganTeknis | Sosialisasi => {
                Jalur::PelatihanKlasikal
            }
            Coaching
            | Mentoring
            | ELearning
            | PelatihanJarakJauh
            | Detasering
            | PembelajaranAlamTerbuka
            | PatokBanding
            | Pertukaran
            | BelajarMandiri
            | KomunitasBelajar
            | BimbinganDiTempatKerja
            | Magang => Jalur::PelatihanNonKlasikal,
        }
    }
}

impl BentukPengembangan {
    /// Every form, classroom first, then non-classroom, then formal education.
    pub const SEMUA: [BentukPengembangan; 21] = {
        use BentukPengembangan::*;
        [
            Pelatihan,
            Seminar,
            Workshop,
            Kursus,
            Penataran,
            BimbinganTeknis,
            Sosialisasi,
            Coaching,
            Mentoring,
            ELearning,
            PelatihanJarakJauh,
            Detasering,
            PembelajaranAlamTerbuka,
            PatokBanding,
            Pertukaran,
            BelajarMandiri,
            KomunitasBelajar,
            BimbinganDiTempatKerja,
            Magang,
            TugasBelajar,
            IzinBelajar,
        ]
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jp_are_never_negative_and_an_earned_jp_can_be_cleared() {
        let mut k = KegiatanPengembangan::baru("kp".into());
        k.atur_jp_rencana(Some(-4.0));
        assert_eq!(k.jp_rencana, 0.0);
        k.atur_jp_rencana(Some(12.5));
        assert_eq!(k.jp_rencana, 12.5);
        k.atur_jp_rencana(None);
        assert_eq!(k.jp_rencana, 0.0);
        k.atur_jp_diperoleh(Some(-1.0));
        assert_eq!(k.jp_diperoleh, Some(0.0));
        k.atur_jp_diperoleh(Some(f64::NAN));
        assert_eq!(k.jp_diperoleh, None);
    }
}
