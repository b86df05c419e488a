//! Numbers as Indonesians write and read them: a decimal comma and a dot between thousands
//! ("1.250,5"). One place, so a form, an imported file and a printed document agree.

use crate::domain::lang::Lang;

/// Reads a number typed by a person or found in an old file. A comma is the decimal mark;
/// dots between a leading group of one to three digits (not starting with 0) and groups of
/// exactly three digits separate thousands ("1.000" = 1000, "1.250,5" = 1250.5); any other
/// dot is a decimal point ("2.5" = 2.5 and "0.125" as typed on an English keyboard). `None` when it is not a finite number.
pub fn parse_angka(text: &str) -> Option<f64> {
    let text = text.trim();
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let lead = groups[0].trim_start_matches('-');
    let thousands = groups.len() > 1
        && (1..=3).contains(&lead.len())
        && !lead.starts_with('0')
        && groups[1..].iter().all(|g| g.len() == 3);
    let whole = if thousands {
        whole.replace('.', "")
    } else {
        whole.to_owned()
    };
    let normal = match fraction {
        Some(fraction) => format!("{whole}.{fraction}"),
        None => whole,
    };
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Decimals a number is shown with, and so the precision every rule decides on.
pub const DESIMAL: i32 = 2;

/// Relative tolerance under which a hundredths value counts as exactly half way: far above
/// the error of a few float operations (about 1e-16 relative), far below anything a person
/// can type or see.
const TOLERANSI_SETENGAH: f64 = 1e-9;
/// The most the tolerance may be, in hundredths: without a cap, from 5 million up (rupiah,
/// budgets) every whole number's 0 hundredths would count as "half way" and round up by 0,01.
const TOLERANSI_MAKS: f64 = 1e-3;

/// A number rounded to the two decimals it is shown with, half away from zero on its
/// *decimal* value: 3,125 → 3,13, 1,005 → 1,01, −2,675 → −2,68, 59,999…99 → 60.
///
/// `(n * 100.0).round() / 100.0` is not enough: 1,005 is stored as 1,00499999999999989…, so
/// its hundredths are 100,49999999999999 and round down. Here hundredths within a relative
/// `1e-9` of a half are treated as the half they stand for, then rounded away from zero;
/// the result is the float nearest to the rounded decimal (an integer divided by 100), so
/// it compares equal to a band edge written in the code (`60.0`, `101.0`) and formats back
/// to the same digits. Not-a-number and infinities are returned as they are.
pub fn bulatkan(n: f64) -> f64 {
    if !n.is_finite() {
        return n;
    }
    let skala = 10f64.powi(DESIMAL);
    let ratusan = n * skala;
    let bulat = ratusan.trunc();
    let sisa = (ratusan - bulat).abs();
    let toleransi = (TOLERANSI_SETENGAH * ratusan.abs().max(1.0)).min(TOLERANSI_MAKS);
    let hasil = if (sisa - 0.5).abs() <= toleransi || sisa > 0.5 {
        bulat + ratusan.signum()
    } else {
        bulat
    };
    // `+ 0.0` turns −0 into 0.
    hasil / skala + 0.0
}

/// Writes a number for people: rounded as [`bulatkan`] (at most two decimals), no trailing
/// zeros, a decimal comma in Indonesian and a point in English, no thousands separator (so
/// it reads back the same). Not-a-number writes as an empty text.
pub fn fmt_angka(n: f64, lang: Lang) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let n = bulatkan(n);
    let text = format!("{n:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::En => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_indonesian_way_and_the_english_decimal_point() {
        assert_eq!(parse_angka("1.000"), Some(1000.0));
        assert_eq!(parse_angka("1.250,5"), Some(1250.5));
        assert_eq!(parse_angka("12.500.000"), Some(12_500_000.0));
        assert_eq!(parse_angka("2,5"), Some(2.5));
        assert_eq!(parse_angka("2.5"), Some(2.5));
        assert_eq!(parse_angka("0.125"), Some(0.125));
        assert_eq!(parse_angka(" 12 "), Some(12.0));
        assert_eq!(parse_angka("-3,25"), Some(-3.25));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in ["", "dua", "1,2,3", "NaN", "inf", "1e400"] {
            assert_eq!(parse_angka(text), None, "{text}");
        }
    }

    #[test]
    fn writes_what_it_reads() {
        for n in [0.0, 2.5, 1000.0, 1250.5, 87.33, -3.25] {
            assert_eq!(parse_angka(&fmt_angka(n, Lang::Id)), Some(n), "{n}");
        }
        assert_eq!(fmt_angka(2.5, Lang::En), "2.5");
        assert_eq!(fmt_angka(-0.001, Lang::Id), "0");
        assert_eq!(fmt_angka(f64::NAN, Lang::Id), "");
        // Half away from zero on the decimal value, where `{:.2}` alone rounds the binary
        // value (0,125 → "0.12", 1,005 → "1.00").
        assert_eq!(fmt_angka(0.125, Lang::Id), "0,13");
        assert_eq!(fmt_angka(1.005, Lang::Id), "1,01");
    }

    #[test]
    fn rounds_half_away_from_zero_on_the_decimal_value() {
        let cases = [
            (3.125, 3.13),
            (-3.125, -3.13),
            (1.005, 1.01),
            (2.675, 2.68),
            (-2.675, -2.68),
            (0.125, 0.13),
            (0.285, 0.29),
            (1.015, 1.02),
            (1.004, 1.0),
            (1.0049, 1.0),
            (1.0051, 1.01),
            (4.2 / 3.0 * 100.0, 140.0),
            ((2.0 - 4.2 / 3.0) * 100.0, 60.0),
            ((2.0 - 2.97 / 3.0) * 100.0, 101.0),
            (8.1 / 9.0 * 100.0, 90.0),
            (500.0 / 6.0, 83.33),
            (200.0 / 3.0, 66.67),
            (-0.001, 0.0),
            (0.0, 0.0),
            (120.0, 120.0),
            (12_345_678.125, 12_345_678.13),
            // Rupiah: whole amounts stay whole, however large.
            (8_500_000.0, 8_500_000.0),
            (1_250_000_000.0, 1_250_000_000.0),
            (1_250_000.005, 1_250_000.01),
            (9_999_999.994, 9_999_999.99),
        ];
        for (n, expected) in cases {
            assert_eq!(bulatkan(n), expected, "{n}");
        }
        // The naive way gets the binary-float halves wrong: this is why `bulatkan` exists.
        assert_eq!((1.005f64 * 100.0).round() / 100.0, 1.0);
        assert_eq!((0.285f64 * 100.0).round() / 100.0, 0.28);
        assert!(bulatkan(-0.001).is_sign_positive());
        assert!(bulatkan(f64::NAN).is_nan());
        assert_eq!(bulatkan(f64::INFINITY), f64::INFINITY);
    }

    #[test]
    fn a_rounded_number_shows_as_itself() {
        for n in [
            59.995,
            100.994,
            100.995,
            89.99999999999999,
            0.005,
            7.0 / 3.0,
        ] {
            let b = bulatkan(n);
            assert_eq!(parse_angka(&fmt_angka(n, Lang::En)), Some(b), "{n}");
            assert_eq!(bulatkan(b), b, "{n}");
        }
    }
}
