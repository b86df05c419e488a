//! Stable string ids for list items. The UI makes them; no clock or RNG is needed.

/// Makes an id such as `rhk-3` or `iki-12` from a prefix and a counter.
pub fn make_id(prefix: &str, counter: u64) -> String {
    format!("{prefix}-{counter}")
}

/// Makes ids that do not collide with the ids already present: it continues after the
/// largest counter found for the prefix.
#[derive(Debug, Clone, Default)]
pub struct IdGen {
    next: u64,
}

impl IdGen {
    /// A generator that starts after every `prefix-N` id in `existing`.
    pub fn after<'a>(prefix: &str, existing: impl IntoIterator<Item = &'a str>) -> Self {
        let max = existing
            .into_iter()
            .filter_map(|id| {
                id.strip_prefix(prefix)?
                    .strip_prefix('-')?
                    .parse::<u64>()
                    .ok()
            })
            .max();
        IdGen {
            next: max.map_or(1, |m| m.saturating_add(1)),
        }
    }

    /// The next id for `prefix`.
    pub fn next_id(&mut self, prefix: &str) -> String {
        let id = make_id(prefix, self.next);
        self.next = self.next.saturating_add(1);
        id
    }
}

/// A `prefix-N` id that none of `existing` has. [`IdGen::after`] continues after the largest
/// counter, which repeats itself once a (hand-edited) file holds `prefix-18446744073709551615`;
/// then the smallest free counter is taken, so an operation never writes a duplicate id.
pub fn id_unik<'a>(prefix: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let dipakai: std::collections::HashSet<&str> = existing.into_iter().collect();
    let id = IdGen::after(prefix, dipakai.iter().copied()).next_id(prefix);
    if !dipakai.contains(id.as_str()) {
        return id;
    }
    // At most `dipakai.len()` counters are taken, so one of the first `len + 1` is free.
    (1..=dipakai.len() as u64 + 1)
        .map(|n| make_id(prefix, n))
        .find(|id| !dipakai.contains(id.as_str()))
        .unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unique_id_continues_after_the_largest_and_never_repeats_one() {
        assert_eq!(id_unik("rhk", ["rhk-2", "rhk-7", "iki-9"]), "rhk-8");
        assert_eq!(id_unik("rhk", []), "rhk-1");
        let penuh = format!("rhk-{}", u64::MAX);
        assert_eq!(id_unik("rhk", [penuh.as_str(), "rhk-1"]), "rhk-2");
    }
}
