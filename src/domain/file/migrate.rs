//! Migrations of older SKP data, one version step at a time.
//!
//! Version 1 (the first files) wrote each RHK's leader RHK as a plain string `rhk_atasan`
//! and each IKI target as one string such as `"2 Dokumen"` or `"3-5 Hari"`, the way the
//! e-Kinerja form shows them. Version 2 holds `rhk_pimpinan: {teks, rujukan}` (so an RHK can
//! point into an imported leader SKP) and a typed target: value + unit, range, or description.
//!
//! Version 2 held one rating slot per period and for the year (`rating_hasil_kerja`,
//! `rating_perilaku_kerja`), so a self-assessment was overwritten by the leader's rating.
//! Version 3 keeps both under `rating: {mandiri, pejabat_penilai}`, each with who and when,
//! and adds the unit's `kinerja_organisasi` and the SKP's `memimpin_unit`. A version 2 rating
//! becomes the person's own (assumption `rating-v2-mandiri`): who set it was not recorded.
//!
//! Version 4 adds `latihan` to a practice SKP started from a workshop case pack. Nothing
//! migrates. A file is written in the lowest version that holds its data ([`versi_skp`]): a
//! real SKP stays version 3, so a colleague still on the version 3 app reads it, and a
//! practice SKP is version 4, so that app refuses it as written by a newer version rather
//! than as a file with an unknown field.
//!
//! Version 5 adds what the Pejabat Penilai Kinerja writes by file (issue 15): the plan's
//! `persetujuan` and each period's `bimbingan` kinerja. Nothing migrates, and the same rule
//! holds: only a file with one of them is version 5.

use serde_json::{json, Map, Value};

use crate::domain::model::Skp;

/// The newest version this app reads and writes. Not every file is written in it: see
/// [`versi_skp`].
pub const CURRENT_VERSION: u32 = 5;

/// The version a file holding these SKPs (one, or a backup's) is written in: the lowest that
/// holds their data. 5 when one of them has the leader's `persetujuan` or a `bimbingan` (new
/// in 5); else 4 when one is a practice SKP (`latihan`, new in 4); else 3, which a version 3
/// app reads as its own.
pub fn versi_skp<'a>(skps: impl IntoIterator<Item = &'a Skp>) -> u32 {
    skps.into_iter().map(versi_satu).max().unwrap_or(3)
}

/// The lowest version that holds one SKP's data.
fn versi_satu(skp: &Skp) -> u32 {
    if skp.persetujuan.is_some() || skp.evaluasi.iter().any(|e| !e.bimbingan.is_empty()) {
        5
    } else if skp.adalah_latihan() {
        4
    } else {
        3
    }
}

/// One step: turns the data of version `n` into version `n + 1`. `STEPS[0]` is 1 → 2.
type Step = fn(&mut Map<String, Value>);

const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Migrates the data of one SKP from `from` to [`CURRENT_VERSION`], one step at a time.
/// Values that do not have the old shape are left alone for the strict parse to report.
pub fn migrate_skp(data: &mut Value, from: u32) {
    let Some(obj) = data.as_object_mut() else {
        return;
    };
    for step in STEPS.iter().skip(from.saturating_sub(1) as usize) {
        step(obj);
    }
}

fn v1_to_v2(skp: &mut Map<String, Value>) {
    let Some(Value::Array(rhk)) = skp.get_mut("rhk") else {
        return;
    };
    for r in rhk.iter_mut().filter_map(Value::as_object_mut) {
        if let Some(Value::String(teks)) = r.get("rhk_atasan").cloned() {
            r.remove("rhk_atasan");
            r.insert(
                "rhk_pimpinan".into(),
                json!({ "teks": teks, "rujukan": null }),
            );
        }
        let Some(Value::Array(iki)) = r.get_mut("iki") else {
            continue;
        };
        for i in iki.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(Value::String(teks)) = i.get("target").cloned() {
                i.insert("target".into(), target_dari_teks(&teks));
            }
        }
    }
}

fn v2_to_v3(skp: &mut Map<String, Value>) {
    if let Some(Value::Array(evaluasi)) = skp.get_mut("evaluasi") {
        for ev in evaluasi.iter_mut().filter_map(Value::as_object_mut) {
            rating_ke_mandiri(ev);
        }
    }
    if let Some(Value::Object(tahunan)) = skp.get_mut("penilaian_tahunan") {
        rating_ke_mandiri(tahunan);
    }
}

/// Version 4 only adds an optional field: version 3 data is version 4 data as it is.
fn v3_to_v4(_skp: &mut Map<String, Value>) {}

/// Version 5 only adds optional fields: version 4 data is version 5 data as it is.
fn v4_to_v5(_skp: &mut Map<String, Value>) {}

/// Moves a version 2 rating pair into `rating.mandiri`, with no name or date (not recorded).
fn rating_ke_mandiri(obj: &mut Map<String, Value>) {
    let hasil_kerja = obj.remove("rating_hasil_kerja");
    let perilaku_kerja = obj.remove("rating_perilaku_kerja");
    if hasil_kerja.is_none() && perilaku_kerja.is_none() {
        return;
    }
    obj.insert(
        "rating".into(),
        json!({
            "mandiri": {
                "hasil_kerja": hasil_kerja.unwrap_or(Value::Null),
                "perilaku_kerja": perilaku_kerja.unwrap_or(Value::Null),
                "oleh": "",
                "tanggal": null,
            },
            "pejabat_penilai": {
                "hasil_kerja": null,
                "perilaku_kerja": null,
                "oleh": "",
                "tanggal": null,
            },
        }),
    );
}

/// Splits a leading number off `s`: ("12,5", " Bulan").
fn potong_angka(s: &str) -> Option<(f64, &str)> {
    let akhir = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))
        .map_or(s.len(), |(i, _)| i);
    let teks_angka = s[..akhir].trim_end_matches(['.', ',']);
    let n = crate::domain::angka::parse_angka(teks_angka)?;
    Some((n, &s[teks_angka.len()..]))
}

/// The v2 target of a v1 target text: "2 Dokumen" → value + unit, "3-5 Hari" or
/// "3 s.d. 5 Hari" → range, anything else → description; empty → null.
pub fn target_dari_teks(teks: &str) -> Value {
    let teks = teks.trim();
    if teks.is_empty() {
        return Value::Null;
    }
    let Some((pertama, sisa)) = potong_angka(teks) else {
        return json!({ "jenis": "deskripsi", "deskripsi": teks });
    };
    let sisa = sisa.trim_start();
    for pemisah in ["s.d.", "s/d", "sampai", "-", "–", "—"] {
        if let Some(kedua) = sisa.strip_prefix(pemisah) {
            if let Some((maks, satuan)) = potong_angka(kedua.trim_start()) {
                return json!({
                    "jenis": "rentang",
                    "min": pertama.min(maks),
                    "maks": pertama.max(maks),
                    "satuan": satuan.trim(),
                });
            }
        }
    }
    json!({ "jenis": "nilai", "nilai": pertama, "satuan": sisa.trim() })
}
