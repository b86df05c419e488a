//! Case packs a participant opened, kept beside their practice SKPs: the pack's leader RHK are
//! offered for cascading and a practice can start again from the pack, after a reload too.
//! One key per pack, in the pack's own file format.

use super::backend::{Backend, StoreError};
use super::keys;
use super::library::Library;
use crate::domain::paket::{export_paket, import_paket, PaketKasus};

impl<B: Backend> Library<B> {
    /// Keeps a pack (a newer copy of the same pack replaces it).
    pub fn keep_pack(&mut self, paket: &PaketKasus, now: &str) -> Result<(), StoreError> {
        self.backend
            .set(&keys::paket(&paket.id), &export_paket(paket, now))
    }

    /// The pack `id`, if it is kept and readable.
    pub fn pack(&self, id: &str) -> Option<PaketKasus> {
        let text = self.backend.get(&keys::paket(id)).ok()??;
        import_paket(&text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_paket;
    use crate::store::MemoryBackend;

    #[test]
    fn a_kept_pack_reads_back_equal_and_a_damaged_one_reads_as_none() {
        let mut library = Library::empty(MemoryBackend::default());
        let paket = contoh_paket();
        library.keep_pack(&paket, "2026-03-01T08:00:00Z").unwrap();
        assert_eq!(library.pack(&paket.id), Some(paket.clone()));
        assert_eq!(library.pack("another"), None);
        library
            .backend
            .set(&keys::paket(&paket.id), "{not json")
            .unwrap();
        assert_eq!(library.pack(&paket.id), None);
    }
}
