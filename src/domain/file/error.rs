//! What can go wrong when a file is read, with the JSON path and a message in both languages.

use super::jenis::Jenis;
use super::jenis_berkas::JenisBerkas;

/// Why a file could not be imported. Nothing is half-read: any error means nothing changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`super::MAX_FILE_BYTES`].
    TooLarge {
        /// Size in bytes.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The file is empty or only whitespace.
    Empty,
    /// The file is not text (binary content, e.g. a PDF or a picture).
    Binary,
    /// Text, but not in UTF-8 (nor UTF-16 with a byte-order mark): Windows-1252, Latin-1, ...
    NotUtf8 {
        /// 1-based line of the first character that is not UTF-8.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Text, but not valid JSON.
    NotJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Nested deeper than [`super::MAX_DEPTH`].
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// JSON, but not an object with a `format` field: another application's file.
    NoFormat,
    /// JSON of another application or another kind of file, where an SKP or a backup was
    /// expected (the ordinary import).
    OtherFormat {
        /// The `format` it declares.
        format: String,
    },
    /// The same where a case pack was expected ([`crate::domain::paket::import_paket`]): the
    /// message names what was expected.
    OtherFormatNotPack {
        /// The `format` it declares.
        format: String,
    },
    /// The same where a leader's feedback slip was expected
    /// ([`crate::domain::lembar::import_lembar`]).
    OtherFormatNotSlip {
        /// The `format` it declares.
        format: String,
    },
    /// A file of this app, but another kind than the one expected: a case pack or a feedback
    /// slip given to the ordinary import, an SKP or a backup given to the case-pack or the
    /// slip import.
    WrongKind {
        /// What the file is.
        found: JenisBerkas,
        /// What was expected there.
        expected: JenisBerkas,
    },
    /// The `version` is missing or not a positive whole number.
    BadVersion,
    /// Written by a newer version of the app.
    TooNew {
        /// The file's version.
        version: u64,
        /// The newest version this app reads.
        known: u32,
    },
    /// A list has more items than allowed.
    ListTooLong {
        /// JSON path of the list.
        path: String,
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A text is longer than allowed.
    StringTooLong {
        /// JSON path of the text.
        path: String,
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A value does not have the expected shape.
    Invalid {
        /// JSON path of the value.
        path: String,
        /// What is wrong.
        problem: Problem,
    },
    /// Two items of the same kind share an id.
    DuplicateId {
        /// JSON path of the second one.
        path: String,
        /// The id.
        id: String,
    },
    /// A reference to an id that does not exist.
    UnknownReference {
        /// JSON path of the reference.
        path: String,
        /// The id referred to.
        id: String,
    },
}

/// What is wrong with a value. Each is told from kinds of values ([`Jenis`]) and the
/// file's own text, never in the parser's words (except [`Problem::Other`], the last resort).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is missing.
    MissingField(String),
    /// A field this format does not have (unknown fields are rejected).
    UnknownField(String),
    /// A field written twice in one object (which one counts would be a guess).
    DuplicateField(String),
    /// A choice that does not exist; `expected` lists the valid ones.
    UnknownVariant {
        /// What the file has.
        found: String,
        /// The valid choices.
        expected: Vec<String>,
    },
    /// The wrong kind of value, e.g. text where a number is expected.
    WrongType {
        /// The kind the file has.
        found: Jenis,
        /// The value the file has, when it is a short text, number or true/false.
        value: Option<String>,
        /// The kind expected.
        expected: Jenis,
    },
    /// A whole number outside the range the format allows.
    OutOfRange {
        /// What the file has.
        found: String,
        /// The lowest valid value.
        min: u32,
        /// The highest valid value.
        max: u32,
    },
    /// A text that is not a date `YYYY-MM-DD` (or a day that does not exist, like 30 February).
    BadDate {
        /// The text, when known.
        found: Option<String>,
    },
    /// A date whose year lies outside [`crate::domain::Skp::TAHUN_MIN`] ..=
    /// [`crate::domain::Skp::TAHUN_MAX`].
    YearOutOfRange {
        /// The date.
        found: String,
    },
    /// A list with fewer items than the format needs.
    TooFewItems {
        /// How many it has.
        len: usize,
        /// How many it needs at least.
        min: usize,
    },
    /// A case pack with fewer leaders' SKPs than it needs: said as what is missing, not as a
    /// list's length.
    TooFewLeaders {
        /// How many it has.
        len: usize,
        /// How many it needs at least.
        min: usize,
    },
    /// A period that ends before it starts.
    EndsBeforeStart {
        /// The first day, as written.
        mulai: String,
        /// The last day, as written.
        selesai: String,
    },
    /// A period with more evaluation periods of its kind than an SKP can hold.
    TooManyPeriods {
        /// How many evaluation periods it has.
        found: usize,
        /// The limit ([`super::MAX_PERIODE_KE`]).
        max: u32,
    },
    /// A period that does not overlap another one in the same file (a leader's SKP outside
    /// the case pack's period): the JSON path of the other.
    NoOverlapWith(String),
    /// A value that must equal another one in the same file (a case pack's starting SKP has
    /// the pack's period): the JSON path of the other.
    NotSameAs(String),
    /// In a leader's feedback slip, something only the pegawai writes: a note the pegawai
    /// recorded themself (an id not made by the leader) or their answers to a bimbingan.
    NotTheLeaders,
    /// Another problem, in the parser's words: only when none of the above fits.
    Other(String),
}

impl FileError {
    /// The JSON path the error points at, when it has one.
    pub fn path(&self) -> Option<&str> {
        match self {
            FileError::ListTooLong { path, .. }
            | FileError::StringTooLong { path, .. }
            | FileError::Invalid { path, .. }
            | FileError::DuplicateId { path, .. }
            | FileError::UnknownReference { path, .. } => Some(path),
            _ => None,
        }
    }
}

impl std::error::Error for FileError {}
