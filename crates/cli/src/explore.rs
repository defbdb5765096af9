//! `brisk explore`: one self-contained HTML page with each function's Wasm
//! beside the machine code brisk generated for it.

use crate::codegen_args::CodegenArgs;
use brisk::{BoundsChecks, Engine};
use brisk_codegen::CompiledModule;
use brisk_disas::Line;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Write one HTML page with each function's Wasm beside its machine code.
///
/// The page shows, for each function, its Wasm (in the text format, each
/// line with its byte offset in the module) beside the machine code
/// generated for it. Each operator links to its first instruction and
/// each instruction to the operator it was generated for; hovering either
/// highlights both, clicking scrolls the other side to it. The page has no
/// external resources: open it from disk in any browser.
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
    let engine = Engine::new(&args.codegen.config()?);
    let module = crate::load_module(&engine, &args.file)?;
    let wasm = crate::read_wasm(&args.file)?;
    let page = render(&args.file, &wasm, module.compiled())?;
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

/// One function's machine code, split into groups by the line of the text
/// format that generated it.
struct Code {
    lines: Vec<Line>,
    /// Per line: the offset of the Wasm line it belongs to; the prologue
    /// belongs to the `(func` line.
    owner: Vec<Option<u64>>,
    /// Wasm line offset -> image offset of its first instruction, for the
    /// lines that generated code.
    first: HashMap<u64, u32>,
}

impl Code {
    /// `wat_offsets`: the offsets of the function's text lines, ascending.
    /// An operator without a line of its own (the `end` of a body printed
    /// on one line) counts as part of the line before it.
    fn new(m: &CompiledModule, defined: usize, wat_offsets: &[u64]) -> Code {
        let line_of = |op: u32| {
            let i = wat_offsets.partition_point(|&o| o <= u64::from(op));
            wat_offsets[i.saturating_sub(1)]
        };
        let lines = brisk_disas::disassemble(m, defined);
        let map = &m.address_maps[defined];
        let mut owner = Vec::with_capacity(lines.len());
        let mut first = HashMap::new();
        let mut next = 0;
        let mut current = wat_offsets.first().copied();
        for line in &lines {
            // Operators that generated nothing share their image offset with
            // the next one: the code belongs to the last of them.
            while next < map.len() && map[next].1 <= line.offset {
                current = Some(line_of(map[next].0));
                next += 1;
            }
            if let Some(w) = current {
                first.entry(w).or_insert(line.offset);
            }
            owner.push(current);
        }
        Code {
            lines,
            owner,
            first,
        }
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

fn render(path: &Path, wasm: &[u8], m: &CompiledModule) -> Result<String, String> {
    let mut storage = String::new();
    let wat: Vec<(Option<u64>, &str)> = wasmprinter::Config::new()
        .offsets_and_lines(wasm, &mut storage)
        .map_err(|e| e.to_string())?
        .collect();
    let bodies = body_ranges(wasm)?;
    let names: Vec<String> = (0..m.functions.len())
        .map(|i| escape(&brisk_disas::function_name(m, i)))
        .collect();

    let mut nav = String::new();
    let mut left = String::new();
    let mut right = String::new();
    // wasmprinter prints the bodies in order, so one pass over its lines
    // serves all functions.
    let mut wat_lines = wat
        .iter()
        .filter_map(|&(o, text)| Some((o?, text)))
        .peekable();
    for (i, name) in names.iter().enumerate() {
        let body = bodies.get(i).cloned().unwrap_or(0..0);
        let mut lines = Vec::new();
        while let Some(&(offset, text)) = wat_lines.peek() {
            if offset >= body.end {
                break;
            }
            wat_lines.next();
            // An offset printed twice keeps its first line.
            if offset >= body.start && lines.last().is_none_or(|&(o, _)| o < offset) {
                lines.push((offset, text));
            }
        }
        let offsets: Vec<u64> = lines.iter().map(|&(o, _)| o).collect();
        let code = Code::new(m, i, &offsets);
        nav += &format!("<a href=\"#wf-{i}\">{name}</a>");
        left += &format!("<h2 id=\"wf-{i}\">{name}</h2>");
        right += &format!("<h2 id=\"xf-{i}\">{name}</h2>");
        for (offset, text) in lines {
            left += &wasm_line(offset, text, code.first.get(&offset).copied());
        }
        for (line, owner) in code.lines.iter().zip(&code.owner) {
            right += &code_line(line, *owner);
        }
    }

    let title = escape(&path.display().to_string());
    let features = match m.options.features.names().join(",") {
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
         <label><input type=\"checkbox\" id=\"bytes\"> bytes</label>\
         <details><summary>functions</summary><nav>{nav}</nav></details></header>\
         <main><div class=\"pane\" id=\"wasm\">{left}</div>\
         <div class=\"pane\" id=\"code\">{right}</div></main>\
         <script>{JS}</script></body></html>\n",
        n = m.functions.len(),
    ))
}

/// A line of the text format with the id `w-OFFSET` (hex, as displayed)
/// and, if it generated code, a link to its first instruction.
fn wasm_line(offset: u64, text: &str, code: Option<u32>) -> String {
    let text = escape(text.trim_start_matches('\n').trim_end());
    match code {
        Some(x) => format!(
            "<div class=\"l\" id=\"w-{offset:x}\" data-g=\"{offset:x}\">\
             <a class=\"o\" href=\"#x-{x:x}\">{offset:8x}</a> {text}</div>"
        ),
        None => format!(
            "<div class=\"l none\" id=\"w-{offset:x}\"><span class=\"o\">{offset:8x}</span> {text}</div>"
        ),
    }
}

/// A line of machine code with the id `x-OFFSET` (its image offset, hex) and a
/// link to the operator it was generated for.
fn code_line(line: &Line, owner: Option<u64>) -> String {
    let bytes: String = line.bytes.iter().map(|b| format!("{b:02x}")).collect();
    let text = escape(&line.text);
    let at = line.offset;
    match owner {
        Some(w) => format!(
            "<div class=\"l\" id=\"x-{at:x}\" data-g=\"{w:x}\"><a class=\"o\" href=\"#w-{w:x}\">{at:8x}</a> \
             <span class=\"b\">{bytes}</span>{text}</div>"
        ),
        None => format!(
            "<div class=\"l\" id=\"x-{at:x}\"><span class=\"o\">{at:8x}</span> \
             <span class=\"b\">{bytes}</span>{text}</div>"
        ),
    }
}

const CSS: &str = "\
html,body{margin:0;height:100%}\
body{display:flex;flex-direction:column;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;color:#222}\
header{flex:none;padding:6px 10px;border-bottom:1px solid #ccc;background:#f6f6f6}\
header label{margin-left:1em}\
details{display:inline-block;margin-left:1em}\
nav{max-height:40vh;overflow:auto;display:flex;flex-direction:column;background:#fff;border:1px solid #ccc;padding:4px}\
main{flex:1;display:flex;min-height:0}\
.pane{flex:1;overflow:auto;white-space:pre;padding:0 8px 50vh}\
#wasm{border-right:1px solid #ccc}\
h2{font-size:13px;margin:14px 0 4px;padding:2px 4px;background:#e8eef8}\
.l{padding:0 4px}\
.o{color:#888;text-decoration:none}\
a.o:hover{text-decoration:underline}\
.dim{color:#666}\
.none{color:#999}\
.b{display:none;color:#777;min-width:25ch}\
body.bytes .b{display:inline-block}\
#code .l.odd{background:#f7f7f2}\
.l.hl{background:#fff3b0!important}\
.l.sel{background:#ffd966!important}";

const JS: &str = "\
const groups=new Map();\
let odd=false,prev=null;\
for(const e of document.querySelectorAll('[data-g]')){\
const g=e.dataset.g;if(!groups.has(g))groups.set(g,[]);groups.get(g).push(e);\
if(e.closest('#code')){if(g!==prev)odd=!odd;prev=g;if(odd)e.classList.add('odd');}}\
function mark(cls,g){\
for(const e of document.querySelectorAll('.'+cls))e.classList.remove(cls);\
for(const e of groups.get(g)||[])e.classList.add(cls);}\
function show(t){\
t.scrollIntoView({block:'center'});\
const f=t.id.match(/^wf-(\\d+)$/);\
if(f){document.getElementById('xf-'+f[1]).scrollIntoView({block:'start'});return;}\
const g=t.dataset.g;if(g===undefined)return;\
mark('sel',g);\
const pane=t.closest('.pane');\
const other=(groups.get(g)||[]).find(e=>e.closest('.pane')!==pane);\
if(other)other.scrollIntoView({block:'center'});}\
document.addEventListener('mouseover',ev=>{const l=ev.target.closest('[data-g]');if(l)mark('hl',l.dataset.g);});\
document.addEventListener('click',ev=>{\
const a=ev.target.closest('a[href^=\"#\"]');if(!a)return;\
const t=document.getElementById(a.getAttribute('href').slice(1));if(!t)return;\
ev.preventDefault();history.replaceState(null,'','#'+t.id);show(t);});\
document.getElementById('bytes').addEventListener('change',ev=>document.body.classList.toggle('bytes',ev.target.checked));\
addEventListener('load',()=>{\
const start=location.hash&&document.getElementById(location.hash.slice(1));\
if(start)show(start);});\
document.body.dataset.ready='1';";
