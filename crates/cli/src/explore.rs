//! `brisk explore`: one self-contained HTML page with each function's Wasm
//! beside the machine code brisk generated for it.
//!
//! The page carries the module as compact data (`explore/page.js` reads it)
//! and builds one function's DOM at a time, when it is selected: a page of
//! every function's lines costs about 140 bytes per instruction and takes a
//! browser seconds to lay out, the data about 20.
//!
//! The data is one JSON object in a `<script type="application/json">`:
//! - `digits`, `terminal`: how numbers are written (see [`Numbers`]);
//! - `ins`: the distinct instruction texts (HTML), most frequent first;
//!   `insLen`: their byte lengths; `insTarget`: per text, 0 or 1 + the image
//!   offset a branch, call or jump-table entry leads to;
//! - `wat`: the distinct lines of the text format (HTML, without their
//!   indentation), most frequent first;
//! - `fns`: per defined function `[body start, body end, code start,
//!   code length, lines, instructions, groups, code]`: the byte range of
//!   its body in the module, the range of its code in the image, then
//!   number strings: per line of the text format the distance from the
//!   previous line's offset (the first from the body's start), the change
//!   of indentation and the line's index in `wat`; per instruction its
//!   index in `ins`; per run of instructions generated for the same line,
//!   the change of (1 + that line's index in the function, 0 for none) and
//!   the run's length; and the code bytes in base64.

use crate::codegen_args::CodegenArgs;
use brisk::{BoundsChecks, Engine};
use brisk_codegen::CompiledModule;
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Write one HTML page with each function's Wasm beside its machine code.
///
/// The page lists the functions; selecting one shows its Wasm (in the text
/// format, each line with its byte offset in the module) beside the machine
/// code generated for it. Each operator links to its first instruction and
/// each instruction to the operator it was generated for; hovering either
/// highlights both, clicking scrolls the other side to it. Branches and
/// calls link to their targets. The page has no external resources: open
/// it from disk in any browser.
#[derive(clap::Args)]
pub struct ExploreArgs {
    /// The module (.wasm, .wat) or a `brisk compile` artifact.
    file: PathBuf,
    /// Where to write the page (default: FILE with the extension .html).
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    codegen: CodegenArgs,
}

pub fn run(args: ExploreArgs) -> Result<(), String> {
    let engine = Engine::new(args.codegen.config()?.generate_address_map(true));
    let module = crate::load_module(&engine, &args.file)?;
    let compiled = module.compiled();
    if compiled.address_maps.is_empty() && !compiled.functions.is_empty() {
        return Err(format!(
            "{}: an artifact without address maps (explore the module, or an artifact of `brisk compile --address-maps`)",
            args.file.display()
        ));
    }
    let wasm = crate::read_wasm(&args.file)?;
    let page = render(&args.file, &wasm, compiled)?;
    let out = args
        .output
        .unwrap_or_else(|| args.file.with_extension("html"));
    std::fs::write(&out, page).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// The byte ranges of the defined functions' bodies, in order.
fn body_ranges(wasm: &[u8]) -> Result<Vec<Range<u64>>, String> {
    let mut ranges = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionEntry(body) = payload.map_err(|e| e.to_string())? {
            ranges.push(body.range());
        }
    }
    Ok(ranges)
}

/// The characters numbers are written with: printable ASCII that needs no
/// escaping in JSON and cannot end a `<script>`.
const DIGITS: &[u8] =
    b"#$%&'()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
/// How many of [`DIGITS`] end a number.
const TERMINAL: u64 = 60;

/// Unsigned numbers in a string, least significant digit first: a digit
/// below [`TERMINAL`] is a number's last, one of the other `DIGITS.len() -
/// TERMINAL` digits is followed by more. Numbers below 60 take one
/// character, below 1,800 two, below 54,000 three.
#[derive(Default)]
struct Numbers(String);

impl Numbers {
    fn push(&mut self, mut n: u64) {
        let more = DIGITS.len() as u64 - TERMINAL;
        while n >= TERMINAL {
            self.0.push(DIGITS[(TERMINAL + n % more) as usize] as char);
            n /= more;
        }
        self.0.push(DIGITS[n as usize] as char);
    }

    /// Zigzag: 0, -1, 1, -2... as 0, 1, 2, 3...
    fn push_signed(&mut self, n: i64) {
        self.push(((n << 1) ^ (n >> 63)) as u64);
    }
}

/// Distinct values, numbered in order of first use, counted.
struct Table<K> {
    ids: HashMap<K, u32>,
    keys: Vec<K>,
    uses: Vec<u32>,
}

impl<K: Hash + Eq + Clone> Table<K> {
    fn new() -> Self {
        Table {
            ids: HashMap::new(),
            keys: Vec::new(),
            uses: Vec::new(),
        }
    }

    fn intern(&mut self, key: K) -> u32 {
        let id = *self.ids.entry(key).or_insert_with_key(|key| {
            self.keys.push(key.clone());
            self.uses.push(0);
            self.keys.len() as u32 - 1
        });
        self.uses[id as usize] += 1;
        id
    }

    /// The values, most used first, and each id's position among them.
    fn by_use(self) -> (Vec<K>, Vec<u32>) {
        let mut order: Vec<u32> = (0..self.keys.len() as u32).collect();
        order.sort_by_key(|&id| std::cmp::Reverse(self.uses[id as usize]));
        let mut rank = vec![0; order.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        let mut keys: Vec<Option<K>> = self.keys.into_iter().map(Some).collect();
        let sorted = order
            .iter()
            .map(|&id| keys[id as usize].take().expect("each id once"))
            .collect();
        (sorted, rank)
    }
}

/// A line of the text format: its offset, indentation and text (an id in
/// the table of texts).
struct WatLine {
    offset: u64,
    indent: usize,
    text: u32,
}

/// One function's lines of the text format and its instructions.
struct Function {
    body: Range<u64>,
    lines: Vec<WatLine>,
    /// Per instruction: its id in the table of instructions.
    instructions: Vec<u32>,
    /// Per instruction: the index in `lines` of the line it was generated
    /// for; the prologue belongs to the `(func` line.
    owners: Vec<Option<usize>>,
}

/// An instruction's text (HTML), byte length and target.
type Instruction = (String, usize, Option<u32>);

/// Per instruction of defined function `defined`: the index of the line of
/// `offsets` (ascending) that generated it. An operator without a line of
/// its own (the `end` of a body printed on one line) counts as part of the
/// line before it.
fn owners(
    m: &CompiledModule,
    defined: usize,
    lines: &[brisk_disas::Line],
    offsets: &[u64],
) -> Vec<Option<usize>> {
    let line_of = |op: u32| {
        offsets
            .partition_point(|&o| o <= u64::from(op))
            .saturating_sub(1)
    };
    let map = &m.address_maps[defined];
    let mut next = 0;
    let mut current = (!offsets.is_empty()).then_some(0);
    lines
        .iter()
        .map(|line| {
            // Operators that generated nothing share their image offset with
            // the next one: the code belongs to the last of them.
            while next < map.len() && map[next].1 <= line.offset {
                current = Some(line_of(map[next].0));
                next += 1;
            }
            current
        })
        .collect()
}

/// Whether image offset `at` is inside a defined function's code.
fn in_code(m: &CompiledModule, at: u32) -> bool {
    let i = m.functions.partition_point(|&(start, _)| start <= at);
    i > 0 && {
        let (start, len) = m.functions[i - 1];
        at < start + len
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as a JSON string that cannot end the `<script>` it is in.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_strings<'a>(strings: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = strings.map(json_string).collect();
    format!("[{}]", items.join(","))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// The defined functions' lines of the text format and instructions, with
/// the tables their ids refer to.
struct Functions {
    functions: Vec<Function>,
    texts: Table<String>,
    instructions: Table<Instruction>,
}

fn collect(wasm: &[u8], m: &CompiledModule) -> Result<Functions, String> {
    let mut storage = String::new();
    let wat: Vec<(Option<u64>, &str)> = wasmprinter::Config::new()
        .offsets_and_lines(wasm, &mut storage)
        .map_err(|e| e.to_string())?
        .collect();
    let bodies = body_ranges(wasm)?;
    let mut texts = Table::new();
    let mut instructions = Table::new();
    let mut functions = Vec::with_capacity(m.functions.len());
    // wasmprinter prints the bodies in order, so one pass over its lines
    // serves all functions.
    let mut wat_lines = wat
        .iter()
        .filter_map(|&(o, text)| Some((o?, text)))
        .peekable();
    for i in 0..m.functions.len() {
        let body = bodies.get(i).cloned().unwrap_or(0..0);
        let mut lines: Vec<WatLine> = Vec::new();
        while let Some(&(offset, text)) = wat_lines.peek() {
            if offset >= body.end {
                break;
            }
            wat_lines.next();
            // An offset printed twice keeps its first line.
            if offset >= body.start && lines.last().is_none_or(|l| l.offset < offset) {
                let text = text.trim_start_matches('\n').trim_end();
                let code = text.trim_start_matches(' ');
                lines.push(WatLine {
                    offset,
                    indent: text.len() - code.len(),
                    text: texts.intern(escape(code)),
                });
            }
        }
        let offsets: Vec<u64> = lines.iter().map(|l| l.offset).collect();
        let code = brisk_disas::disassemble(m, i);
        let owners = owners(m, i, &code, &offsets);
        let instructions = code
            .into_iter()
            .map(|l| {
                let target = l.target.filter(|&t| in_code(m, t));
                instructions.intern((escape(&l.text), l.bytes.len(), target))
            })
            .collect();
        functions.push(Function {
            body,
            lines,
            instructions,
            owners,
        });
    }
    Ok(Functions {
        functions,
        texts,
        instructions,
    })
}

/// The page's data (see the module's documentation) as JSON.
fn data(wasm: &[u8], m: &CompiledModule) -> Result<String, String> {
    let Functions {
        functions,
        texts,
        instructions,
    } = collect(wasm, m)?;
    let (texts, text_rank) = texts.by_use();
    let (instructions, ins_rank) = instructions.by_use();
    let mut lengths = Numbers::default();
    let mut targets = Numbers::default();
    for &(_, len, target) in &instructions {
        lengths.push(len as u64);
        targets.push(target.map_or(0, |t| u64::from(t) + 1));
    }
    let mut fns = Vec::with_capacity(functions.len());
    for (i, f) in functions.iter().enumerate() {
        let mut lines = Numbers::default();
        let (mut offset, mut indent) = (f.body.start, 0);
        for l in &f.lines {
            lines.push(l.offset - offset);
            lines.push_signed(l.indent as i64 - indent as i64);
            lines.push(u64::from(text_rank[l.text as usize]));
            (offset, indent) = (l.offset, l.indent);
        }
        let mut code = Numbers::default();
        for &id in &f.instructions {
            code.push(u64::from(ins_rank[id as usize]));
        }
        let mut groups = Numbers::default();
        let mut previous = 0;
        let owners: Vec<i64> = f
            .owners
            .iter()
            .map(|o| o.map_or(0, |o| o as i64 + 1))
            .collect();
        for run in owners.chunk_by(|a, b| a == b) {
            groups.push_signed(run[0] - previous);
            groups.push(run.len() as u64);
            previous = run[0];
        }
        let (start, len) = m.functions[i];
        fns.push(format!(
            "[{},{},{start},{len},{},{},{},\"{}\"]",
            f.body.start,
            f.body.end,
            json_string(&lines.0),
            json_string(&code.0),
            json_string(&groups.0),
            base64(m.function_code(i)),
        ));
    }
    Ok(format!(
        "{{\"digits\":{},\"terminal\":{TERMINAL},\"ins\":{},\"insLen\":{},\"insTarget\":{},\
         \"wat\":{},\"fns\":[{}]}}",
        json_string(std::str::from_utf8(DIGITS).expect("ASCII")),
        json_strings(instructions.iter().map(|(text, _, _)| text.as_str())),
        json_string(&lengths.0),
        json_string(&targets.0),
        json_strings(texts.iter().map(String::as_str)),
        fns.join(",\n"),
    ))
}

fn render(path: &Path, wasm: &[u8], m: &CompiledModule) -> Result<String, String> {
    let data = data(wasm, m)?;
    let index: String = (0..m.functions.len())
        .map(|i| {
            format!(
                "<a href=\"#f-{i}\">{}</a>",
                escape(&brisk_disas::function_name(m, i))
            )
        })
        .collect();
    let title = escape(&path.display().to_string());
    let features = match m.options.target.feature_list().join(",") {
        f if f.is_empty() => "baseline".to_string(),
        f => f,
    };
    let bounds = match m.options.bounds {
        BoundsChecks::GuardPages { .. } => "guard pages",
        BoundsChecks::Explicit => "explicit",
    };
    let settings = format!("x86_64, CPU features: {features}, bounds checks: {bounds}");
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>brisk explore: {title}</title><style>{CSS}</style></head><body>\
         <header><b>{title}</b> <span class=\"dim\">{n} functions; {settings}</span> \
         <label><input type=\"checkbox\" id=\"bytes\"> bytes</label></header>\
         <main><div id=\"side\"><input id=\"filter\" type=\"search\" placeholder=\"filter functions\">\
         <nav id=\"index\">{index}</nav></div>\
         <div class=\"pane\" id=\"wasm\"></div><div class=\"pane\" id=\"code\"></div></main>\n\
         <script type=\"application/json\" id=\"data\">{data}</script>\n\
         <script>{JS}</script></body></html>\n",
        n = m.functions.len(),
    ))
}

const CSS: &str = include_str!("explore/page.css");
const JS: &str = include_str!("explore/page.js");

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes a string of [`Numbers`] as the page does.
    fn decode(s: &str) -> Vec<u64> {
        let more = DIGITS.len() as u64 - TERMINAL;
        let mut out = Vec::new();
        let (mut value, mut scale) = (0, 1);
        for c in s.bytes() {
            let d = DIGITS.iter().position(|&x| x == c).unwrap() as u64;
            if d < TERMINAL {
                out.push(value + d * scale);
                (value, scale) = (0, 1);
            } else {
                value += (d - TERMINAL) * scale;
                scale *= more;
            }
        }
        out
    }

    #[test]
    fn numbers_round_trip() {
        let values = [
            0,
            1,
            59,
            60,
            61,
            1799,
            1800,
            53_999,
            54_000,
            1 << 40,
            u32::MAX as u64,
        ];
        let mut numbers = Numbers::default();
        for v in values {
            numbers.push(v);
        }
        assert_eq!(decode(&numbers.0), values);
        assert_eq!(numbers.0.len(), 1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 4 + 8 + 7);
        let mut signed = Numbers::default();
        for v in [0, -1, 1, -2, 2] {
            signed.push_signed(v);
        }
        assert_eq!(decode(&signed.0), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn digits_need_no_escaping() {
        assert_eq!(DIGITS.len(), 90);
        let digits = std::str::from_utf8(DIGITS).unwrap();
        assert_eq!(json_string(digits), format!("\"{digits}\""));
        assert_eq!(
            json_string("</script>\"\\\n"),
            "\"\\u003c/script>\\\"\\\\\\u000a\""
        );
    }

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xff, 0xfe, 0x00, 0x01]), "//4AAQ==");
    }
}
