//! The pages of the app and their addresses. Hash addresses (`#/perencanaan`) keep every page
//! reachable and reloadable from any static server and any sub-path, with no server fallback.

/// A page of the app, in the order of the SKP cycle of PP 30/2019 Pasal 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Beranda,
    /// The library: every SKP on this device, new, import, export.
    DaftarSkp,
    Perencanaan,
    Pelaksanaan,
    Penilaian,
    TindakLanjut,
    Pengembangan,
    Ringkasan,
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
            Route::Perencanaan => "perencanaan",
            Route::Pelaksanaan => "pelaksanaan",
            Route::Penilaian => "penilaian",
            Route::TindakLanjut => "tindak-lanjut",
            Route::Pengembangan => "pengembangan",
            Route::Ringkasan => "ringkasan",
            Route::TidakDikenal => "tidak-dikenal",
        }
    }

    /// The relative link to this page, e.g. `#/penilaian`.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The page for a `location.hash` value such as `#/penilaian` (also `""`, `#`, `#/`).
    pub fn from_hash(hash: &str) -> Route {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = slug.split(['?', '/']).next().unwrap_or_default();
        if slug.is_empty() {
            return Route::Beranda;
        }
        Route::STAGES
            .into_iter()
            .chain([Route::DaftarSkp])
            .find(|route| route.slug() == slug)
            .unwrap_or(Route::TidakDikenal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn trailing_parts_do_not_change_the_page() {
        assert_eq!(Route::from_hash("#/penilaian/"), Route::Penilaian);
        assert_eq!(Route::from_hash("#/penilaian?x=1"), Route::Penilaian);
    }
}
