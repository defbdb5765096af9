//! The folded text form of the legacy exception instructions,
//! `(try $l? blocktype (do instr*) (catch $t instr*)* (catch_all instr*)?)`
//! and `(try ... (do instr*) (delegate $l))`, which the `wast` crate no
//! longer parses (it still parses their flat form). [`unfold_legacy_try`]
//! rewrites the folded form into the flat one before a script is parsed:
//! `try $l? blocktype instr* catch $t instr* ... end` and
//! `try ... instr* delegate $l`. Line breaks are kept, so the script's
//! line numbers do not change. Strings (quoted modules) and comments are
//! left alone.

use std::borrow::Cow;

/// What an open parenthesis started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Other,
    /// A folded `try`; whether it ends with `delegate`.
    Try {
        delegated: bool,
    },
    /// `(do`, `(catch`, `(catch_all` or `(delegate` directly inside a
    /// folded `try`: the parentheses go, the contents stay.
    Clause,
}

/// The keyword right after `(` at `rest`, if it is one the rewrite knows.
fn keyword(rest: &str) -> Option<&'static str> {
    ["try", "do", "catch_all", "catch", "delegate"]
        .into_iter()
        .find(|kw| {
            rest.strip_prefix(kw).is_some_and(|after| {
                after
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_whitespace() || c == '(' || c == ')')
            })
        })
}

/// The script with every folded legacy `try` unfolded (borrowed as is when
/// it has none).
pub(crate) fn unfold_legacy_try(text: &str) -> Cow<'_, str> {
    if !text.contains("(try") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut stack: Vec<Open> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with(";;") {
            let end = rest.find('\n').unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            i += end;
        } else if rest.starts_with("(;") {
            let end = rest.find(";)").map_or(rest.len(), |e| e + 2);
            out.push_str(&rest[..end]);
            i += end;
        } else if rest.starts_with('"') {
            let mut end = 1;
            while end < rest.len() && rest.as_bytes()[end] != b'"' {
                end += if rest.as_bytes()[end] == b'\\' { 2 } else { 1 };
            }
            let end = (end + 1).min(rest.len());
            out.push_str(&rest[..end]);
            i += end;
        } else if let Some(after) = rest.strip_prefix('(') {
            let in_try = matches!(stack.last(), Some(Open::Try { .. }));
            match keyword(after) {
                Some("try") => {
                    out.push(' ');
                    stack.push(Open::Try { delegated: false });
                }
                Some(kw) if in_try => {
                    if kw == "delegate"
                        && let Some(Open::Try { delegated }) = stack.last_mut()
                    {
                        *delegated = true;
                    }
                    // `do` disappears; the clause keywords stay, flat.
                    out.push(' ');
                    if kw == "do" {
                        out.push_str("  ");
                        i += 2;
                    }
                    stack.push(Open::Clause);
                }
                _ => {
                    out.push('(');
                    stack.push(Open::Other);
                }
            }
            i += 1;
        } else if rest.starts_with(')') {
            match stack.pop() {
                Some(Open::Try { delegated: false }) => out.push_str(" end "),
                Some(Open::Try { delegated: true }) | Some(Open::Clause) => out.push(' '),
                Some(Open::Other) | None => out.push(')'),
            }
            i += 1;
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(text: &str) -> String {
        unfold_legacy_try(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn catches_and_delegates_become_flat() {
        assert_eq!(
            flat(
                "(func (try $t (result i32) (do (i32.const 1)) (catch $e (i32.const 2)) (catch_all (i32.const 3))))"
            ),
            "(func try $t (result i32) (i32.const 1) catch $e (i32.const 2) catch_all (i32.const 3) end )"
        );
        assert_eq!(
            flat("(try (do (try (do (throw $e)) (delegate 0))) (catch_all))"),
            "try try (throw $e) delegate 0 catch_all end"
        );
    }

    #[test]
    fn lines_strings_and_comments_stay() {
        let text = "(try ;; (try\n (do) \"(try (do))\" (; (do ;) (catch_all))\n";
        let out = unfold_legacy_try(text);
        assert_eq!(out.lines().count(), text.lines().count());
        assert!(
            out.contains("\"(try (do))\"") && out.contains(";; (try") && out.contains("(; (do ;)")
        );
        assert_eq!(flat("no try here (tryx)"), "no try here (tryx)");
    }
}
