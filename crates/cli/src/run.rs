//! `brisk run`: compile a module, instantiate it and call an export.

use crate::codegen_args::CodegenArgs;
use brisk::{Engine, Instance, Store, Val, WasmType};
use std::path::PathBuf;

/// Compile and instantiate a module (running its start function), then call
/// an exported function — the one named by `--invoke`, or `_start` — and
/// print its results, one per line.
#[derive(clap::Args)]
pub struct RunArgs {
    /// The module: binary (.wasm), text (.wat), or a `brisk compile` artifact.
    file: PathBuf,
    /// The exported function to call (default: `_start` if exported).
    #[arg(long)]
    invoke: Option<String>,
    /// Arguments for the function, one per parameter: integers in decimal
    /// or 0x hex, floats in decimal (`nan`, `inf` accepted).
    #[arg(allow_hyphen_values = true)]
    args: Vec<String>,
    #[command(flatten)]
    codegen: CodegenArgs,
}

fn parse_int(s: &str) -> Option<i128> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let v = match digits.strip_prefix("0x") {
        Some(hex) => i128::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

fn parse_arg(s: &str, ty: WasmType) -> Result<Val, String> {
    let bad = || format!("cannot parse {s:?} as {ty:?}");
    match ty {
        WasmType::F32 => {
            return s
                .parse::<f32>()
                .map(|f| Val::F32(f.to_bits()))
                .map_err(|_| bad());
        }
        WasmType::F64 => {
            return s
                .parse::<f64>()
                .map(|f| Val::F64(f.to_bits()))
                .map_err(|_| bad());
        }
        _ => {}
    }
    let v = parse_int(s).ok_or_else(bad)?;
    match ty {
        // Accept both the signed and the unsigned reading of the bits.
        WasmType::I32 if (i32::MIN as i128..=u32::MAX as i128).contains(&v) => {
            Ok(Val::I32(v as u32 as i32))
        }
        WasmType::I64 if (i64::MIN as i128..=u64::MAX as i128).contains(&v) => {
            Ok(Val::I64(v as u64 as i64))
        }
        _ => Err(bad()),
    }
}

pub fn run(args: RunArgs) -> Result<(), String> {
    let engine = Engine::new(&args.codegen.config()?);
    let module = crate::load_module(&engine, &args.file)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).map_err(|e| e.to_string())?;
    let name = match &args.invoke {
        Some(name) => name.as_str(),
        None if instance.get_func(&mut store, "_start").is_some() => "_start",
        None if args.args.is_empty() => return Ok(()),
        None => return Err("arguments given but no --invoke and no _start export".into()),
    };
    let func = instance
        .get_func(&mut store, name)
        .ok_or_else(|| format!("no exported function named {name:?}"))?;
    let ty = func.ty(&store);
    if args.args.len() != ty.params.len() {
        return Err(format!(
            "{name} expects {} arguments, got {}",
            ty.params.len(),
            args.args.len()
        ));
    }
    let params = args
        .args
        .iter()
        .zip(&ty.params)
        .map(|(s, t)| parse_arg(s, *t))
        .collect::<Result<Vec<_>, _>>()?;
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    func.call(&mut store, &params, &mut results)
        .map_err(|e| e.to_string())?;
    for r in results {
        println!("{}", display(r));
    }
    Ok(())
}

fn display(v: Val) -> String {
    match v {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(bits) => f32::from_bits(bits).to_string(),
        Val::F64(bits) => f64::from_bits(bits).to_string(),
        Val::FuncRef(f) => if f.is_some() {
            "funcref"
        } else {
            "null funcref"
        }
        .to_string(),
        Val::ExternRef(e) => if e.is_some() {
            "externref"
        } else {
            "null externref"
        }
        .to_string(),
    }
}
