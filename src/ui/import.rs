//! Reading a file the person chose or dropped: size first, then bytes, then the domain's
//! strict import. Nothing changes until the person confirms the preview.

use crate::domain::file::{ditulis_pada, teks_dari_bytes};
use crate::domain::{check_size, import, FileError, Imported, Skp};
use leptos::prelude::*;

/// A file that was read and checked, waiting for the person's choice.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// `written_at`: when the file was written, to tell it apart from the stored version.
    Skp {
        file: String,
        skp: Box<Skp>,
        written_at: Option<String>,
    },
    Backup {
        file: String,
        skps: Vec<Skp>,
    },
}

/// A file that could not be imported, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub file: String,
    pub error: FileError,
}

/// Reads `file` and sets either `pending` or `refused`.
pub fn read_file(
    file: web_sys::File,
    pending: RwSignal<Option<Pending>>,
    refused: RwSignal<Option<Refused>>,
) {
    let name = file.name();
    pending.set(None);
    refused.set(None);
    if let Err(error) = check_size(file.size() as usize) {
        refused.set(Some(Refused { file: name, error }));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        match read_bytes(&bytes) {
            Ok((Imported::Skp(skp), written_at)) => pending.set(Some(Pending::Skp {
                file: name,
                skp: Box::new(skp),
                written_at,
            })),
            Ok((Imported::Backup(skps), _)) => {
                pending.set(Some(Pending::Backup { file: name, skps }))
            }
            Err(error) => refused.set(Some(Refused { file: name, error })),
        }
    });
}

fn read_bytes(bytes: &[u8]) -> Result<(Imported, Option<String>), FileError> {
    check_size(bytes.len())?;
    // UTF-8 with or without a BOM, or UTF-16 with one (as Windows Notepad may save it).
    let text = teks_dari_bytes(bytes)?;
    Ok((import(&text)?, ditulis_pada(&text)))
}
