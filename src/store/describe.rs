//! What a person needs to recognise an SKP: in the library list, in an import preview (stored
//! against incoming), and in the name of its exported file.

use crate::domain::Skp;

/// The few facts that tell two versions of an SKP apart at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub nama: String,
    pub nip: String,
    pub periode: String,
    pub rhk: usize,
    pub iki: usize,
    pub realisasi: usize,
}

impl Outline {
    pub fn of(skp: &Skp) -> Outline {
        Outline {
            nama: skp.pegawai.nama.clone(),
            nip: skp.pegawai.nip.clone(),
            periode: format!(
                "{} \u{2013} {}",
                skp.periode.mulai.format("%d-%m-%Y"),
                skp.periode.selesai.format("%d-%m-%Y")
            ),
            rhk: skp.rhk.len(),
            iki: skp.rhk.iter().map(|r| r.iki.len()).sum(),
            realisasi: skp.evaluasi.iter().map(|e| e.realisasi.len()).sum(),
        }
    }
}

/// `SKP_<year>_<name>_<NIP>.json`, with only letters, digits and dashes so that every
/// operating system and e-mail program accepts it.
pub fn file_name(skp: &Skp) -> String {
    let nama = slug(&skp.pegawai.nama);
    let mut parts = vec!["SKP".to_owned(), skp.periode.mulai.format("%Y").to_string()];
    if !nama.is_empty() {
        parts.push(nama);
    }
    let nip: String = skp
        .pegawai
        .nip
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if !nip.is_empty() {
        parts.push(nip);
    }
    format!("{}.json", parts.join("_"))
}

/// The name of a backup file made at `now` (RFC 3339).
pub fn backup_file_name(now: &str) -> String {
    let day: String = now.chars().take(10).collect();
    format!("SKP-Mandiri_cadangan_{day}.json")
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() && c.is_ascii() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    #[test]
    fn file_names_carry_year_name_and_nip_in_safe_characters() {
        let mut skp = contoh_analis_kebijakan();
        skp.pegawai.nama = "Dra. Siti Nur'aini, M.Si./<script>".into();
        skp.pegawai.nip = "19920315 201903 2 011".into();
        assert_eq!(
            file_name(&skp),
            "SKP_2025_Dra-Siti-Nur-aini-M-Si-script_199203152019032011.json"
        );
    }

    #[test]
    fn an_unnamed_skp_still_gets_a_usable_name() {
        let skp = Skp::baru("x".into(), 2026);
        assert_eq!(file_name(&skp), "SKP_2026.json");
        assert_eq!(
            backup_file_name("2026-03-10T01:02:03.000Z"),
            "SKP-Mandiri_cadangan_2026-03-10.json"
        );
    }

    #[test]
    fn the_outline_counts_what_a_preview_compares() {
        let skp = contoh_analis_kebijakan();
        let outline = Outline::of(&skp);
        assert_eq!(outline.rhk, skp.rhk.len());
        assert_eq!(
            outline.iki,
            skp.rhk.iter().map(|r| r.iki.len()).sum::<usize>()
        );
        assert!(outline.realisasi > 0);
        assert_eq!(outline.periode, "01-01-2025 \u{2013} 31-12-2025");
    }
}
