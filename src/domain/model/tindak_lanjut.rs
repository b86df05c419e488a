//! Tindak lanjut (PP 30/2019 Ps 49–59) and the employee's motives (Amarullah 2019).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Butir;

/// Follow-up of the appraisal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TindakLanjut {
    /// Penghargaan (rewards) noted.
    #[serde(default)]
    pub penghargaan: Vec<Butir>,
    /// Sanksi / konsekuensi noted.
    #[serde(default)]
    pub sanksi: Vec<Butir>,
    /// An objection to the result, if any.
    #[serde(default)]
    pub keberatan: Option<Keberatan>,
    /// Rencana aksi: actions planned for a later period to close a gap of one IKI.
    #[serde(default)]
    pub rencana_aksi: Vec<RencanaAksi>,
}

/// One action planned to close the gap of an IKI (analisis kesenjangan, article §4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RencanaAksi {
    /// Stable id.
    pub id: String,
    /// The IKI whose gap it addresses.
    pub iki_id: String,
    /// The evaluation period (1-based) in which the action is to be done.
    pub periode_ke: u32,
    /// What will be done.
    #[serde(default)]
    pub uraian: String,
    /// Whether it has been done.
    #[serde(default)]
    pub selesai: bool,
}

/// Keberatan (PP 30/2019 Ps 59): an objection to the atasan pejabat penilai kinerja.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keberatan {
    /// The day the employee received the appraisal result.
    pub tanggal_hasil_diterima: NaiveDate,
    /// The day the objection was submitted, if it was.
    #[serde(default)]
    pub tanggal_diajukan: Option<NaiveDate>,
    /// The reasons.
    #[serde(default)]
    pub alasan: String,
    /// The final decision of the atasan pejabat penilai kinerja.
    #[serde(default)]
    pub keputusan: String,
}

/// A motive for working, as listed in the source article (no regulatory counterpart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Motif {
    /// Mensejahterakan keluarga.
    KesejahteraanKeluarga,
    /// Melayani masyarakat.
    MelayaniMasyarakat,
    /// Ambisi.
    Ambisi,
    /// Prestasi.
    Prestasi,
    /// Harga diri.
    HargaDiri,
    /// Ibadah.
    Ibadah,
    /// Alasan ekonomi.
    AlasanEkonomi,
    /// Lainnya (described in the reflection).
    Lainnya,
}

/// The employee's reflection on what drives them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefleksiMotif {
    /// The motives that apply.
    #[serde(default)]
    pub motif: Vec<Motif>,
    /// The main one.
    #[serde(default)]
    pub motif_utama: Option<Motif>,
    /// Free reflection.
    #[serde(default)]
    pub refleksi: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_rencana_aksi_still_loads_and_actions_round_trip() {
        let lama: TindakLanjut = serde_json::from_str(r#"{"penghargaan":[],"sanksi":[]}"#).unwrap();
        assert!(lama.rencana_aksi.is_empty());
        let tl = TindakLanjut {
            rencana_aksi: vec![RencanaAksi {
                id: "ra-1".into(),
                iki_id: "iki-4".into(),
                periode_ke: 4,
                uraian: "Evaluasi daring".into(),
                selesai: false,
            }],
            ..TindakLanjut::default()
        };
        let json = serde_json::to_string(&tl).unwrap();
        assert_eq!(serde_json::from_str::<TindakLanjut>(&json).unwrap(), tl);
        let minimal: RencanaAksi =
            serde_json::from_str(r#"{"id":"ra-2","iki_id":"iki-1","periode_ke":2}"#).unwrap();
        assert!(!minimal.selesai && minimal.uraian.is_empty());
    }
}
