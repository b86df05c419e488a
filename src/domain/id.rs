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
