//! `brisk run`: compile a module, instantiate it and call an export.

use brisk::{Engine, Instance, Module, Store, Val, WasmType};
use std::path::PathBuf;

/// Compile and instantiate a module, then call one of its exported functions
/// and print the results, one per line.
#[derive(clap::Args)]
pub struct RunArgs {
    /// The module, in the binary (.wasm) or text (.wat) format.
    file: PathBuf,
    /// The exported function to call.
    #[arg(long)]
    invoke: String,
    /// Arguments for the function, one per parameter (decimal or 0x hex).
    args: Vec<String>,
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
    let bytes = std::fs::read(&args.file)
        .map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let engine = Engine::default();
    let module =
        Module::new(&engine, &bytes).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).map_err(|e| e.to_string())?;
    let func = instance
        .get_func(&mut store, &args.invoke)
        .ok_or_else(|| format!("no exported function named {:?}", args.invoke))?;
    let ty = func.ty(&store);
    if args.args.len() != ty.params.len() {
        return Err(format!(
            "{} expects {} arguments, got {}",
            args.invoke,
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
    let mut results: Vec<Val> = ty.results.iter().map(|_| Val::I32(0)).collect();
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
