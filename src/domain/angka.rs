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

/// Writes a number for people: at most two decimals, no trailing zeros, a decimal comma in
/// Indonesian and a point in English, no thousands separator (so it reads back the same).
/// Not-a-number writes as an empty text.
pub fn fmt_angka(n: f64, lang: Lang) -> String {
    if !n.is_finite() {
        return String::new();
    }
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
    }
}
