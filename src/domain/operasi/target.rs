//! Switching an IKI's target between its forms (a value, a range, a description, none), keeping
//! the unit and the number where they fit, and telling beforehand whether the switch drops
//! something the person wrote (then the switch is offered as undoable).

use crate::domain::model::Target;

/// The form of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BentukTarget {
    Belum,
    Nilai,
    Rentang,
    Deskripsi,
}

impl BentukTarget {
    pub fn dari(target: Option<&Target>) -> BentukTarget {
        match target {
            None => BentukTarget::Belum,
            Some(Target::Nilai { .. }) => BentukTarget::Nilai,
            Some(Target::Rentang { .. }) => BentukTarget::Rentang,
            Some(Target::Deskripsi { .. }) => BentukTarget::Deskripsi,
        }
    }
}

/// The target in another form: the unit stays for a value or a range, the number becomes the
/// range's upper bound (or comes from it), a description starts empty.
pub fn ubah_bentuk(target: Option<Target>, ke: BentukTarget) -> Option<Target> {
    let satuan = target
        .as_ref()
        .and_then(|t| t.satuan())
        .unwrap_or_default()
        .to_string();
    let angka = match &target {
        Some(Target::Nilai { nilai, .. }) => *nilai,
        Some(Target::Rentang { maks, .. }) => *maks,
        _ => 0.0,
    };
    match ke {
        BentukTarget::Belum => None,
        BentukTarget::Nilai => Some(Target::Nilai {
            nilai: angka,
            satuan,
        }),
        BentukTarget::Rentang => Some(Target::Rentang {
            min: angka,
            maks: angka,
            satuan,
        }),
        BentukTarget::Deskripsi => Some(Target::Deskripsi {
            deskripsi: String::new(),
        }),
    }
}

/// Whether switching to `ke` drops something the person wrote: a number or unit, a
/// description, or the lower bound of a range.
pub fn ubah_bentuk_menghilangkan(target: Option<&Target>, ke: BentukTarget) -> bool {
    match (target, ke) {
        (None, _) | (Some(Target::Nilai { .. }), BentukTarget::Nilai | BentukTarget::Rentang) => {
            false
        }
        (Some(Target::Rentang { min, maks, .. }), BentukTarget::Nilai) => min != maks,
        (Some(Target::Rentang { .. }), BentukTarget::Rentang) => false,
        (Some(Target::Deskripsi { .. }), BentukTarget::Deskripsi) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BentukTarget::*;

    fn nilai(n: f64) -> Option<Target> {
        Some(Target::Nilai {
            nilai: n,
            satuan: "laporan".into(),
        })
    }
    fn rentang(min: f64, maks: f64) -> Option<Target> {
        Some(Target::Rentang {
            min,
            maks,
            satuan: "laporan".into(),
        })
    }
    fn deskripsi() -> Option<Target> {
        Some(Target::Deskripsi {
            deskripsi: "Tersusun".into(),
        })
    }

    #[test]
    fn a_value_becomes_a_range_of_that_value_and_back_losing_nothing() {
        assert_eq!(ubah_bentuk(nilai(12.0), Rentang), rentang(12.0, 12.0));
        assert!(!ubah_bentuk_menghilangkan(nilai(12.0).as_ref(), Rentang));
        assert_eq!(ubah_bentuk(rentang(12.0, 12.0), Nilai), nilai(12.0));
        assert!(!ubah_bentuk_menghilangkan(
            rentang(12.0, 12.0).as_ref(),
            Nilai
        ));
    }

    #[test]
    fn a_real_range_to_a_value_keeps_the_upper_bound_and_says_the_lower_goes() {
        assert_eq!(ubah_bentuk(rentang(10.0, 12.0), Nilai), nilai(12.0));
        assert!(ubah_bentuk_menghilangkan(
            rentang(10.0, 12.0).as_ref(),
            Nilai
        ));
    }

    #[test]
    fn a_switch_to_or_from_a_description_or_to_none_says_what_it_drops() {
        assert!(ubah_bentuk_menghilangkan(nilai(1.0).as_ref(), Deskripsi));
        assert!(ubah_bentuk_menghilangkan(nilai(1.0).as_ref(), Belum));
        assert!(ubah_bentuk_menghilangkan(deskripsi().as_ref(), Nilai));
        assert!(!ubah_bentuk_menghilangkan(deskripsi().as_ref(), Deskripsi));
        assert!(!ubah_bentuk_menghilangkan(None, Deskripsi));
        assert_eq!(
            ubah_bentuk(deskripsi(), Nilai),
            Some(Target::Nilai {
                nilai: 0.0,
                satuan: String::new()
            })
        );
        assert_eq!(ubah_bentuk(nilai(3.0), Belum), None);
        assert_eq!(BentukTarget::dari(rentang(1.0, 2.0).as_ref()), Rentang);
    }
}
