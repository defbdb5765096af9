//! A one-line progress bar on stderr, when it is a terminal.

use std::io::{IsTerminal, Write};

pub struct Progress {
    enabled: bool,
}

impl Progress {
    const WIDTH: usize = 30;

    pub fn new() -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
        }
    }

    pub fn clear(&self) {
        if self.enabled {
            eprint!("\r\x1b[K");
        }
    }

    /// Shows a bar `fraction` (0 to 1) full, followed by `text`.
    pub fn show(&self, fraction: f64, text: &str) {
        if self.enabled {
            let filled = ((Self::WIDTH as f64 * fraction) as usize).min(Self::WIDTH);
            let bar = format!("{}{}", "#".repeat(filled), "-".repeat(Self::WIDTH - filled));
            eprint!("\r\x1b[K[{bar}] {text}");
            let _ = std::io::stderr().flush();
        }
    }
}
