//! Evidence links: what a typed link opens. Only http(s) addresses become links; an address
//! typed without its scheme (`drive.google.com/…`) is opened as https, and anything else
//! (`javascript:`, `file:`, words) is refused with the reason, so no link runs code or
//! points somewhere the person did not mean.

/// How a typed evidence link is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tautan {
    /// Nothing typed.
    Kosong,
    /// An http(s) address, as typed.
    Sah(String),
    /// An address typed without its scheme, opened as `https://` + the text.
    Dilengkapi(String),
    /// A scheme other than http(s) (lower-cased, without the colon): never made a link.
    SkemaDitolak(String),
    /// Not an address (spaces, no domain).
    BukanTautan,
}

impl Tautan {
    /// The address to open, when there is one.
    pub fn alamat(&self) -> Option<&str> {
        match self {
            Tautan::Sah(a) | Tautan::Dilengkapi(a) => Some(a),
            _ => None,
        }
    }
}

/// Reads a typed evidence link.
pub fn baca_tautan(teks: &str) -> Tautan {
    let teks = teks.trim();
    if teks.is_empty() {
        return Tautan::Kosong;
    }
    if teks.chars().any(char::is_whitespace) {
        return Tautan::BukanTautan;
    }
    let lower = teks.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        return if nama_host(rest) {
            Tautan::Sah(teks.to_owned())
        } else {
            Tautan::BukanTautan
        };
    }
    // A scheme is letters, digits, + - . before a colon that is not a port (`host:8080`).
    if let Some((skema, _)) = lower.split_once(':') {
        let skema_sah = skema
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && skema
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if skema_sah && !skema.contains('.') {
            return Tautan::SkemaDitolak(skema.to_owned());
        }
    }
    if nama_host(&lower) {
        Tautan::Dilengkapi(format!("https://{teks}"))
    } else {
        Tautan::BukanTautan
    }
}

/// Whether `rest` (what follows the scheme) starts with a host name that has a dot
/// (`drive.google.com`) or is `localhost`, optionally with a port.
fn nama_host(rest: &str) -> bool {
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or_default();
    let label_sah = |l: &str| {
        !l.is_empty()
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    host == "localhost" || (host.contains('.') && host.split('.').all(label_sah))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_links_are_kept_bare_addresses_completed_and_other_schemes_refused() {
        let sah = "https://drive.google.com/file/d/1aB/view";
        assert_eq!(baca_tautan(sah), Tautan::Sah(sah.into()));
        assert_eq!(
            baca_tautan("  HTTP://intranet.bkd.go.id:8080/bukti?id=3  "),
            Tautan::Sah("HTTP://intranet.bkd.go.id:8080/bukti?id=3".into())
        );
        assert_eq!(
            baca_tautan("drive.google.com/file/d/1aB"),
            Tautan::Dilengkapi("https://drive.google.com/file/d/1aB".into())
        );
        assert_eq!(
            baca_tautan("javascript:alert(1)"),
            Tautan::SkemaDitolak("javascript".into())
        );
        assert_eq!(
            baca_tautan("JavaScript://drive.google.com/%0aalert(1)"),
            Tautan::SkemaDitolak("javascript".into())
        );
        assert_eq!(
            baca_tautan("data:text/html,<b>x</b>"),
            Tautan::SkemaDitolak("data".into())
        );
        assert_eq!(
            baca_tautan("file:///C:/bukti.pdf"),
            Tautan::SkemaDitolak("file".into())
        );
        assert_eq!(baca_tautan("notulen rapat"), Tautan::BukanTautan);
        assert_eq!(baca_tautan("notulen"), Tautan::BukanTautan);
        assert_eq!(baca_tautan("https://"), Tautan::BukanTautan);
        assert_eq!(baca_tautan(""), Tautan::Kosong);
        assert_eq!(baca_tautan("https://a.b").alamat(), Some("https://a.b"));
        assert_eq!(baca_tautan("javascript:x").alamat(), None);
    }
}
