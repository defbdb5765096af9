//! What running scripts found: counts, failures and skip reasons.

use std::collections::BTreeMap;
use std::fmt;

/// One directive worth reporting: where it is and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line and column of the directive.
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The results of one `.wast` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileReport {
    pub path: String,
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Every failed directive, in file order.
    pub failures: Vec<Note>,
    /// Skipped directives by feature group (see [`feature_group`]).
    pub skips_by_feature: BTreeMap<String, usize>,
    /// Every skipped directive with its full reason; only filled in verbose
    /// mode, as the suite has tens of thousands of them.
    pub skips: Vec<Note>,
}

impl FileReport {
    pub(crate) fn new(path: &str) -> FileReport {
        FileReport {
            path: path.to_string(),
            ..FileReport::default()
        }
    }

    /// A file that could not be run at all counts as one failure.
    pub(crate) fn broken(path: &str, message: String) -> FileReport {
        let mut report = FileReport::new(path);
        report.fail(0, 0, message);
        report
    }

    pub(crate) fn fail(&mut self, line: usize, col: usize, message: String) {
        self.failed += 1;
        self.failures.push(Note { line, col, message });
    }

    pub(crate) fn skip(&mut self, line: usize, col: usize, reason: String, verbose: bool) {
        self.skipped += 1;
        *self
            .skips_by_feature
            .entry(feature_group(&reason).to_string())
            .or_default() += 1;
        if verbose {
            self.skips.push(Note {
                line,
                col,
                message: reason,
            });
        }
    }

    /// `path: P passed, F failed, S skipped`
    pub fn summary_line(&self) -> String {
        format!(
            "{}: {} passed, {} failed, {} skipped",
            self.path, self.passed, self.failed, self.skipped
        )
    }

    /// `path:line:col: message` for each failure.
    pub fn failure_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.failures.iter().map(|n| format!("{}:{n}", self.path))
    }

    /// `path:line:col: skipped: reason` for each recorded skip.
    pub fn skip_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.skips
            .iter()
            .map(|n| format!("{}:{}:{}: skipped: {}", self.path, n.line, n.col, n.message))
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// The results of many files, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub files: Vec<FileReport>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.files.iter().map(|f| f.passed).sum()
    }

    pub fn failed(&self) -> usize {
        self.files.iter().map(|f| f.failed).sum()
    }

    pub fn skipped(&self) -> usize {
        self.files.iter().map(|f| f.skipped).sum()
    }

    /// Skips over all files, by feature group.
    pub fn skips_by_feature(&self) -> BTreeMap<String, usize> {
        let mut all = BTreeMap::new();
        for (feature, n) in self.files.iter().flat_map(|f| &f.skips_by_feature) {
            *all.entry(feature.clone()).or_default() += n;
        }
        all
    }

    /// `wast: N passed, N failed, N skipped`
    pub fn summary(&self) -> String {
        format!(
            "wast: {} passed, {} failed, {} skipped",
            self.passed(),
            self.failed(),
            self.skipped()
        )
    }
}

/// The group a skip reason is counted under, so the table stays short:
/// brisk names an unsupported operator `Op (proposal)`, grouped by proposal;
/// other reasons are `feature (detail)`, grouped by feature, or end in
/// `(proposal)`, grouped by that.
pub fn feature_group(reason: &str) -> &str {
    let Some((head, rest)) = reason.split_once(" (") else {
        return reason;
    };
    if head.contains(' ') {
        let last = reason.rfind(" (").map_or(reason, |i| &reason[i + 2..]);
        return last.strip_suffix(')').unwrap_or(reason);
    }
    if head.starts_with(|c: char| c.is_ascii_uppercase()) {
        return rest.strip_suffix(')').unwrap_or(reason);
    }
    head
}

#[cfg(test)]
mod tests {
    use super::feature_group;

    #[test]
    fn skip_reasons_group_by_feature() {
        assert_eq!(feature_group("I8x16Add (simd)"), "simd");
        assert_eq!(feature_group("ReturnCall (tail_call)"), "tail_call");
        assert_eq!(feature_group("simd (v128.const)"), "simd");
        assert_eq!(feature_group("memory64 (64-bit tables)"), "memory64");
        assert_eq!(
            feature_group("reference type anyref (gc / function-references)"),
            "gc / function-references"
        );
        assert_eq!(feature_group("exception tags"), "exception tags");
    }
}
