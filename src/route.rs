//! The pages of the app and their addresses. Hash addresses (`#/perencanaan`) keep every page
//! reachable and reloadable from any static server and any sub-path, with no server fallback.

/// A page of the app, in the order of the SKP cycle of PP 30/2019 Pasal 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Beranda,
    /// The library: every SKP on this device, new, import, export.
    DaftarSkp,
    /// Workshops and teams: case packs, practice, and classes of many SKP files
    /// (`#/kelas`, the open class as `#/kelas?k=<id>`).
    Kelas,
    /// The leader's review of subordinates' SKP files (`#/bawahan`, one SKP under review as
    /// `#/bawahan?s=<id>`).
    Bawahan,
    Perencanaan,
    Pelaksanaan,
    Penilaian,
    TindakLanjut,
    Pengembangan,
    Ringkasan,
    /// A document laid out for printing on A4 (`#/cetak/skp`, `#/cetak/evaluasi/2`, ...).
    Cetak(Dokumen),
    /// An address the app does not know (typed or pasted by hand).
    TidakDikenal,
}

impl Route {
    /// The stages shown in the navigation, in order.
    pub const STAGES: [Route; 6] = [
        Route::Perencanaan,
        Route::Pelaksanaan,
        Route::Penilaian,
        Route::TindakLanjut,
        Route::Pengembangan,
        Route::Ringkasan,
    ];

    /// The path segment after `#/`.
    pub fn slug(self) -> &'static str {
        match self {
            Route::Beranda => "",
            Route::DaftarSkp => "skp",
            Route::Kelas => "kelas",
            Route::Bawahan => "bawahan",
            Route::Perencanaan => "perencanaan",
            Route::Pelaksanaan => "pelaksanaan",
            Route::Penilaian => "penilaian",
            Route::TindakLanjut => "tindak-lanjut",
            Route::Pengembangan => "pengembangan",
            Route::Ringkasan => "ringkasan",
            Route::Cetak(_) => "cetak",
            Route::TidakDikenal => "tidak-dikenal",
        }
    }

    /// The relative link to this page, e.g. `#/penilaian`.
    pub fn href(self) -> String {
        match self {
            Route::Cetak(dokumen) => format!("#/cetak/{}", dokumen.path()),
            _ => format!("#/{}", self.slug()),
        }
    }

    /// The page for a `location.hash` value such as `#/penilaian` (also `""`, `#`, `#/`).
    pub fn from_hash(hash: &str) -> Route {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = slug.split(['?', '/']).next().unwrap_or_default();
        if slug.is_empty() {
            return Route::Beranda;
        }
        if slug == "cetak" {
            let rest = hash.trim_start_matches('#').trim_start_matches('/');
            let rest = rest.split('?').next().unwrap_or_default();
            return rest
                .strip_prefix("cetak/")
                .and_then(Dokumen::from_path)
                .map_or(Route::TidakDikenal, Route::Cetak);
        }
        Route::STAGES
            .into_iter()
            .chain([Route::DaftarSkp, Route::Kelas, Route::Bawahan])
            .find(|route| route.slug() == slug)
            .unwrap_or(Route::TidakDikenal)
    }
}

/// The open class of `#/kelas?k=<id>`; `None` on the class list. Class ids are the app's
/// own (letters, digits and `-`), so they need no escaping.
pub fn kelas_dari_hash(hash: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("k="))
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

/// The address of an open class.
pub fn kelas_href(id: &str) -> String {
    format!("#/kelas?k={id}")
}

/// The SKP under review of `#/bawahan?s=<id>`; `None` on the list. SKP ids are the app's own
/// (letters, digits and dashes) or a file's, which the review only reads back as given.
pub fn bawahan_dari_hash(hash: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        .filter(|id| !id.is_empty())
        .map(decode)
}

/// The address of one subordinate's SKP under review.
pub fn bawahan_href(id: &str) -> String {
    format!("#/bawahan?s={}", encode(id))
}

/// Percent-encodes what is not safe in an address's query.
fn encode(id: &str) -> String {
    id.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Reads back what [`encode`] wrote (an invalid escape is kept as it is).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A printable document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dokumen {
    /// The SKP itself, in the official column layout.
    Skp,
    /// The evaluation of one period (1-based), or of the year when `None`.
    Evaluasi(Option<u32>),
    /// The competency development plan.
    Pengembangan,
}

impl Dokumen {
    /// The path after `#/cetak/`.
    pub fn path(self) -> String {
        match self {
            Dokumen::Skp => "skp".into(),
            Dokumen::Evaluasi(None) => "evaluasi/tahunan".into(),
            Dokumen::Evaluasi(Some(ke)) => format!("evaluasi/{ke}"),
            Dokumen::Pengembangan => "pengembangan".into(),
        }
    }

    /// The document for a path such as `evaluasi/2`; `None` when unknown.
    pub fn from_path(path: &str) -> Option<Dokumen> {
        let path = path.trim_end_matches('/');
        match path.split_once('/') {
            None if path == "skp" => Some(Dokumen::Skp),
            None if path == "pengembangan" => Some(Dokumen::Pengembangan),
            Some(("evaluasi", "tahunan")) => Some(Dokumen::Evaluasi(None)),
            Some(("evaluasi", ke)) if !ke.starts_with('0') => {
                ke.parse::<u32>().ok().map(|k| Dokumen::Evaluasi(Some(k)))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_address_opens_the_class_page_with_its_id() {
        let href = kelas_href("kelas-18f-2a");
        assert_eq!(Route::from_hash(&href), Route::Kelas);
        assert_eq!(kelas_dari_hash(&href).as_deref(), Some("kelas-18f-2a"));
        assert_eq!(Route::from_hash("#/kelas"), Route::Kelas);
        assert_eq!(kelas_dari_hash("#/kelas"), None);
        assert_eq!(kelas_dari_hash("#/kelas?k="), None);
    }

    #[test]
    fn a_subordinates_skp_under_review_has_its_own_address() {
        for id in ["skp-18f-2a", "skp lain/ü~2"] {
            let href = bawahan_href(id);
            assert_eq!(Route::from_hash(&href), Route::Bawahan);
            assert_eq!(bawahan_dari_hash(&href).as_deref(), Some(id));
        }
        assert_eq!(bawahan_dari_hash("#/bawahan"), None);
        assert_eq!(bawahan_dari_hash("#/bawahan?s=a%2"), Some("a%2".into()));
    }

    #[test]
    fn every_page_round_trips_through_its_link() {
        for route in Route::STAGES.into_iter().chain([Route::DaftarSkp]) {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn empty_hashes_lead_home() {
        for hash in ["", "#", "#/"] {
            assert_eq!(Route::from_hash(hash), Route::Beranda);
        }
    }

    #[test]
    fn unknown_or_hostile_addresses_are_reported_not_guessed() {
        for hash in ["#/rencana", "#/<script>", "#/Penilaian", "#/tidak-dikenal"] {
            assert_eq!(Route::from_hash(hash), Route::TidakDikenal, "{hash}");
        }
    }

    #[test]
    fn print_views_round_trip_and_reject_unknown_documents() {
        for d in [
            Dokumen::Skp,
            Dokumen::Evaluasi(None),
            Dokumen::Evaluasi(Some(3)),
            Dokumen::Pengembangan,
        ] {
            assert_eq!(Route::from_hash(&Route::Cetak(d).href()), Route::Cetak(d));
        }
        for hash in [
            "#/cetak",
            "#/cetak/",
            "#/cetak/lain",
            "#/cetak/evaluasi/x",
            "#/cetak/evaluasi/01",
        ] {
            assert_eq!(Route::from_hash(hash), Route::TidakDikenal, "{hash}");
        }
    }

    #[test]
    fn trailing_parts_do_not_change_the_page() {
        assert_eq!(Route::from_hash("#/penilaian/"), Route::Penilaian);
        assert_eq!(Route::from_hash("#/penilaian?x=1"), Route::Penilaian);
    }
}
