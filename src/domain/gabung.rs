//! Joining two tabs' edits of the same SKP (a three-way merge). Each tab knows the version it
//! last read (`asal`); when another tab saved in between, the changes of both sides are kept
//! where they touch different fields, and only a field both sides changed differently is a
//! conflict. A conflict keeps this tab's value; the other tab's whole version stays in the
//! history, so nothing is lost either way.
//!
//! The merge works on the JSON form of the SKP, so it follows the model without a line per
//! field: objects merge key by key, lists of items with an `id` merge item by item (an item
//! added on either side is kept, one removed on one side and untouched on the other goes),
//! and anything else (text, numbers, lists without ids) is one value. A field the model leaves
//! out when empty (`latihan`, `persetujuan`, an evaluation's `bimbingan`) merges as if empty.

use serde_json::{Map, Value};

use crate::domain::file::{parse, validate_skp};
use crate::domain::model::Skp;

/// The result of joining two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Gabungan {
    /// The joined SKP.
    pub skp: Skp,
    /// JSON paths of the fields both sides changed differently (this tab's value was kept).
    pub konflik: Vec<String>,
}

/// Joins `milik_sendiri` (this tab) and `milik_lain` (the other tab), both edited from `asal`.
/// `None` when the joined data would not be a valid SKP (e.g. one side deleted an IKI the
/// other gave a realisasi): the caller then keeps this tab's version, the other in history.
pub fn gabung(asal: &Skp, milik_sendiri: &Skp, milik_lain: &Skp) -> Option<Gabungan> {
    let (base, mine, theirs) = (json(asal)?, json(milik_sendiri)?, json(milik_lain)?);
    let mut konflik = Vec::new();
    let joined = merge(Some(&base), &mine, &theirs, "data", &mut konflik);
    let skp: Skp = parse(&joined).ok()?;
    validate_skp(&skp, "data").ok()?;
    Some(Gabungan { skp, konflik })
}

/// The SKP's JSON form, through the text the store writes: the same serialisation and parse
/// code as everywhere else, rather than serde's own copies for `Value` (smaller WebAssembly).
fn json(skp: &Skp) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(skp).ok()?).ok()
}

fn merge(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &str,
    konflik: &mut Vec<String>,
) -> Value {
    if mine == theirs {
        return mine.clone();
    }
    if base == Some(theirs) {
        return mine.clone();
    }
    if base == Some(mine) {
        return theirs.clone();
    }
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            let b = base.and_then(Value::as_object);
            Value::Object(merge_objects(b, m, t, path, konflik))
        }
        (Value::Array(m), Value::Array(t)) if has_ids(m) && has_ids(t) => {
            let b = base.and_then(Value::as_array).filter(|b| has_ids(b));
            Value::Array(merge_lists(b.map(Vec::as_slice), m, t, path, konflik))
        }
        _ => {
            konflik.push(path.to_owned());
            mine.clone()
        }
    }
}

fn merge_objects(
    base: Option<&Map<String, Value>>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    konflik: &mut Vec<String>,
) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, m) in mine {
        let b = base.and_then(|b| b.get(key));
        let child = format!("{path}.{key}");
        match theirs.get(key) {
            Some(t) => {
                out.insert(key.clone(), merge(b, m, t, &child, konflik));
            }
            // Left out on their side: a field the model leaves out when empty (`latihan`,
            // `persetujuan`, `bimbingan`), so they emptied it, unless the base lacked it too
            // (this tab added it). Emptied there and changed here is a conflict.
            None => match b {
                Some(b) if b == m => {}
                Some(_) => {
                    konflik.push(child);
                    out.insert(key.clone(), m.clone());
                }
                None => {
                    out.insert(key.clone(), m.clone());
                }
            },
        }
    }
    for (key, t) in theirs {
        if mine.contains_key(key) {
            continue;
        }
        match base.and_then(|b| b.get(key)) {
            // This tab emptied it, and they left it as it was.
            Some(b) if b == t => {}
            // This tab emptied it and they changed it: a conflict, and this tab's (empty) stays.
            Some(_) => konflik.push(format!("{path}.{key}")),
            None => {
                out.insert(key.clone(), t.clone());
            }
        }
    }
    out
}

fn id_of(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

fn has_ids(items: &[Value]) -> bool {
    items.iter().all(|item| id_of(item).is_some())
}

fn find<'a>(items: &'a [Value], id: &str) -> Option<&'a Value> {
    items.iter().find(|item| id_of(item) == Some(id))
}

/// Items in this tab's order, then the other tab's new items. An item removed on one side
/// goes only if the other side left it as it was; removed on one side and edited on the other
/// is a conflict, and the edit stays.
fn merge_lists(
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
    path: &str,
    konflik: &mut Vec<String>,
) -> Vec<Value> {
    let in_base = |id: &str| base.and_then(|b| find(b, id));
    let mut out = Vec::new();
    for m in mine {
        let Some(id) = id_of(m) else { continue };
        let child = format!("{path}[id={id}]");
        match (find(theirs, id), in_base(id)) {
            (Some(t), b) => out.push(merge(b, m, t, &child, konflik)),
            // They removed it; keep it only if this tab changed it.
            (None, Some(b)) if b == m => {}
            (None, Some(_)) => {
                konflik.push(child);
                out.push(m.clone());
            }
            // This tab added it.
            (None, None) => out.push(m.clone()),
        }
    }
    for t in theirs {
        let Some(id) = id_of(t) else { continue };
        if find(mine, id).is_some() {
            continue;
        }
        match in_base(id) {
            // This tab removed it; keep it only if the other tab changed it.
            Some(b) if b == t => {}
            Some(_) => {
                konflik.push(format!("{path}[id={id}]"));
                out.push(t.clone());
            }
            None => out.push(t.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::CONTOH;

    fn example() -> Skp {
        (CONTOH[0].buat)()
    }

    #[test]
    fn edits_of_different_fields_are_both_kept() {
        let asal = example();
        let mut mine = asal.clone();
        mine.pegawai.nama = "Nama dari tab A".into();
        let mut theirs = asal.clone();
        theirs.rhk[0].iki[0].indikator = "Indikator dari tab B".into();
        let joined = gabung(&asal, &mine, &theirs).expect("valid");
        assert!(joined.konflik.is_empty());
        assert_eq!(joined.skp.pegawai.nama, "Nama dari tab A");
        assert_eq!(joined.skp.rhk[0].iki[0].indikator, "Indikator dari tab B");
    }

    #[test]
    fn the_same_field_changed_on_both_sides_is_a_conflict_that_keeps_this_tabs_value() {
        let asal = example();
        let mut mine = asal.clone();
        mine.pegawai.nama = "A".into();
        let mut theirs = asal.clone();
        theirs.pegawai.nama = "B".into();
        let joined = gabung(&asal, &mine, &theirs).expect("valid");
        assert_eq!(joined.skp.pegawai.nama, "A");
        assert_eq!(joined.konflik, vec!["data.pegawai.nama".to_string()]);
    }

    #[test]
    fn items_added_on_both_sides_are_all_kept_and_a_removal_of_an_untouched_item_holds() {
        let asal = example();
        let mut mine = asal.clone();
        let mut added = asal.rhk[0].clone();
        added.id = "rhk-baru-a".into();
        for (i, iki) in added.iki.iter_mut().enumerate() {
            iki.id = format!("iki-baru-a-{i}");
        }
        mine.rhk.push(added);
        let mut theirs = asal.clone();
        let removed = theirs.pengembangan_kompetensi.remove(0);
        let mut other = asal.pengembangan_kompetensi[0].clone();
        other.id = "keg-baru-b".into();
        theirs.pengembangan_kompetensi.push(other);
        let joined = gabung(&asal, &mine, &theirs).expect("valid");
        assert!(joined.konflik.is_empty());
        assert!(joined.skp.rhk.iter().any(|r| r.id == "rhk-baru-a"));
        let ids: Vec<&str> = joined
            .skp
            .pengembangan_kompetensi
            .iter()
            .map(|k| k.id.as_str())
            .collect();
        assert!(!ids.contains(&removed.id.as_str()));
        assert!(ids.contains(&"keg-baru-b"));
    }

    #[test]
    fn a_field_left_out_when_empty_merges_like_any_other() {
        use crate::domain::model::{PersetujuanRencana, StatusRencana};
        let mut asal = example();
        asal.persetujuan = Some(PersetujuanRencana {
            status: StatusRencana::Dikembalikan,
            tanggal: None,
            oleh: String::new(),
            catatan: "Perjelas target".into(),
            catatan_rhk: Vec::new(),
        });
        // The other tab took the decision back (the key is left out of its JSON); this tab
        // changed something else: the decision stays taken back.
        let mut mine = asal.clone();
        mine.pegawai.nama = "Nama dari tab A".into();
        let mut theirs = asal.clone();
        theirs.persetujuan = None;
        let joined = gabung(&asal, &mine, &theirs).expect("valid");
        assert!(joined.konflik.is_empty());
        assert_eq!(joined.skp.persetujuan, None);
        assert_eq!(joined.skp.pegawai.nama, "Nama dari tab A");
        // The same from this tab's side.
        let joined = gabung(&asal, &theirs, &mine).expect("valid");
        assert_eq!(joined.skp.persetujuan, None);
        // Taken back there and changed here: a conflict that keeps this tab's.
        let mut diubah = asal.clone();
        diubah.persetujuan.as_mut().unwrap().status = StatusRencana::Disetujui;
        let joined = gabung(&asal, &diubah, &theirs).expect("valid");
        assert_eq!(joined.konflik, vec!["data.persetujuan".to_string()]);
        assert_eq!(joined.skp.persetujuan, diubah.persetujuan);
        // Added on one side only: kept.
        let mut tanpa = example();
        tanpa.persetujuan = None;
        let joined = gabung(&tanpa, &tanpa, &asal).expect("valid");
        assert_eq!(joined.skp.persetujuan, asal.persetujuan);
    }

    #[test]
    fn a_join_that_would_break_a_reference_is_refused() {
        let asal = example();
        // This tab records a realisasi for the first IKI; the other tab deletes that IKI's RHK
        // (and, as the delete operation does, every realisasi of it).
        let mut mine = asal.clone();
        let iki = asal.rhk[0].iki[0].id.clone();
        mine.evaluasi[0].realisasi.retain(|r| r.iki_id != iki);
        mine.evaluasi[0]
            .realisasi
            .push(crate::domain::model::Realisasi {
                id: "real-baru".into(),
                iki_id: iki.clone(),
                nilai: Some(1.0),
                uraian: String::new(),
                bukti_dukung: Vec::new(),
                kendala: String::new(),
            });
        let mut theirs = asal.clone();
        theirs.rhk.remove(0);
        for ev in &mut theirs.evaluasi {
            ev.realisasi
                .retain(|r| asal.rhk[0].iki.iter().all(|i| i.id != r.iki_id));
            ev.umpan_balik_rhk.retain(|u| u.rhk_id != asal.rhk[0].id);
        }
        for keg in &mut theirs.pengembangan_kompetensi {
            if asal.rhk[0]
                .iki
                .iter()
                .any(|i| Some(&i.id) == keg.untuk_iki_id.as_ref())
            {
                keg.untuk_iki_id = None;
            }
        }
        assert_eq!(gabung(&asal, &mine, &theirs), None);
    }
}
