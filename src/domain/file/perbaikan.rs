//! Reading a stored SKP that an older, buggy version left with broken references or
//! repeated ids: instead of refusing (and quarantining) the whole SKP, repair it with
//! [`perbaiki`] and say what was repaired.
//!
//! Only what validation checks is repaired. A file that is not JSON, not an SKP, too new, or
//! of the wrong shape is refused exactly as [`super::import`] refuses it.

use super::error::FileError;
use super::{migrate, parse, read_envelope, validate, JenisBerkas};
use crate::domain::model::Skp;
use crate::domain::operasi::{perbaiki, Perbaikan};

/// Reads one SKP like [`super::import`], but repairs dangling references, repeated ids and
/// evaluation periods (see [`perbaiki`]) instead of refusing them; returns the SKP with the
/// repairs made, none for a sound file. A backup is refused as [`FileError::WrongKind`] (a
/// backup where one SKP is expected): its SKPs are read one by one. The caller keeps the original text until the person has seen the list.
pub fn baca_dengan_perbaikan(text: &str) -> Result<(Skp, Vec<Perbaikan>), FileError> {
    let (jenis, mut data, version) = read_envelope(
        text,
        &[JenisBerkas::Skp, JenisBerkas::Cadangan],
        JenisBerkas::Skp,
    )?;
    if jenis != JenisBerkas::Skp {
        return Err(FileError::WrongKind {
            found: jenis,
            expected: JenisBerkas::Skp,
        });
    }
    migrate::migrate_skp(&mut data, version);
    let mut skp: Skp = parse(&data)?;
    let perbaikan = perbaiki(&mut skp);
    validate::validate_skp(&skp, "data")?;
    Ok((skp, perbaikan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::{export_backup, export_skp, import, Imported};

    const T: &str = "2025-10-01T09:00:00+08:00";

    #[test]
    fn a_sound_file_reads_as_import_reads_it() {
        let skp = contoh_analis_kebijakan();
        let text = export_skp(&skp, T);
        assert_eq!(baca_dengan_perbaikan(&text), Ok((skp, vec![])));
    }

    #[test]
    fn an_skp_the_old_delete_broke_is_repaired_and_then_imports() {
        let mut skp = contoh_analis_kebijakan();
        skp.rhk[0].iki.retain(|i| i.id != "iki-3");
        let text = export_skp(&skp, T);
        assert!(matches!(
            import(&text),
            Err(FileError::UnknownReference { .. })
        ));
        let (baik, perbaikan) = baca_dengan_perbaikan(&text).unwrap();
        // The realisasi of iki-3 in Triwulan I, and the link of kp-1.
        assert_eq!(perbaikan.len(), 2);
        assert_eq!(perbaikan[0].path(), "evaluasi[0].realisasi[1]");
        assert_eq!(
            perbaikan[1].path(),
            "pengembangan_kompetensi[0].untuk_iki_id"
        );
        assert_eq!(
            import(&export_skp(&baik, T)),
            Ok(Imported::Skp(baik.clone()))
        );
    }

    #[test]
    fn what_repair_cannot_fix_is_refused_as_import_refuses_it() {
        let text = export_skp(&contoh_analis_kebijakan(), T).replace("\"iki-1\"", "1");
        assert_eq!(baca_dengan_perbaikan(&text).err(), import(&text).err());
        assert_eq!(baca_dengan_perbaikan("{").err(), import("{").err());
    }

    #[test]
    fn a_backup_where_one_skp_is_expected_is_refused_as_a_backup() {
        let backup = export_backup(&[contoh_analis_kebijakan()], T);
        let e = baca_dengan_perbaikan(&backup).unwrap_err();
        assert_eq!(
            e,
            FileError::WrongKind {
                found: JenisBerkas::Cadangan,
                expected: JenisBerkas::Skp
            }
        );
        // Says what the file is, without contradicting itself.
        let id = e.message(crate::domain::Lang::Id);
        assert_eq!(
            id,
            "Berkas ini cadangan berisi beberapa SKP, bukan satu SKP."
        );
        assert!(!id.contains("bukan SKP atau cadangan"));
    }
}
