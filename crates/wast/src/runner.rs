//! Runs the directives of one script, each file in its own store.

use crate::Options;
use crate::report::FileReport;
use crate::spectest;
use crate::values::{self, ExternRefs};
use brisk::{
    CompileError, Config, Engine, Error, Instance, Linker, Module, SharedMemory, Store, TrapCode,
    Val,
};
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::thread::{Scope, ScopedJoinHandle};
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::token::Id;
use wast::{QuoteWat, Wast, WastDirective, WastExecute, WastInvoke, WastRet, WastThread, Wat};

/// Why a directive did not pass.
#[derive(Debug, Clone)]
pub(crate) enum Halt {
    /// It needs a feature brisk reports as unsupported.
    Skip(String),
    /// It went wrong.
    Fail(String),
}

fn fail<T>(message: impl Into<String>) -> Step<T> {
    Err(Halt::Fail(message.into()))
}

type Step<T> = Result<T, Halt>;

struct Runner {
    engine: Engine,
    store: Store<()>,
    linker: Linker<()>,
    /// The latest instance, or why there is none: unnamed references use it.
    current: Option<Step<Instance>>,
    instances: HashMap<String, Step<Instance>>,
    definitions: HashMap<String, Step<Module>>,
    last_definition: Option<Step<Module>>,
    /// Names `register`ed from an instance that is missing (skipped or
    /// failed): modules importing from them inherit the reason.
    lost_registrations: HashMap<String, Halt>,
    externs: ExternRefs,
    /// In a `thread`, the shared memories its `shared` module exports, by
    /// that module's name: `register` makes them importable.
    shared: HashMap<String, Vec<(String, SharedMemory)>>,
    /// Line and column of the directive being run.
    here: (usize, usize),
}

/// What a directive came to, at its line and column.
type Outcome = (usize, usize, Step<()>);

/// The `thread`s a script has started and not yet `wait`ed for, by name:
/// each returns the outcomes of its directives.
type Threads<'scope> = HashMap<String, ScopedJoinHandle<'scope, Vec<Outcome>>>;

/// Runs the script `text`; `path` only names it in the report.
pub(crate) fn run(path: &str, text: &str, options: &Options) -> FileReport {
    let unfolded = crate::legacy::unfold_legacy_try(text);
    let text: &str = &unfolded;
    let parse_error = |mut e: wast::Error| {
        e.set_path(path.as_ref());
        e.set_text(text);
        FileReport::broken(path, format!("cannot parse the script: {e}"))
    };
    let mut lexer = Lexer::new(text);
    // names.wast tests exactly such characters in names.
    lexer.allow_confusing_unicode(true);
    let buf = match ParseBuffer::new_with_lexer(lexer) {
        Ok(buf) => buf,
        Err(e) => return parse_error(e),
    };
    let script = match parser::parse::<Wast>(&buf) {
        Ok(script) => script,
        Err(e) => return parse_error(e),
    };
    let engine = match engine(options, path) {
        Ok(engine) => engine,
        Err(e) => return FileReport::broken(path, format!("cannot configure the engine: {e}")),
    };
    let mut runner = match Runner::new(&engine) {
        Ok(runner) => runner,
        Err(e) => {
            return FileReport::broken(path, format!("cannot define the spectest module: {e}"));
        }
    };
    let mut report = FileReport::new(path);
    // Threads run in this scope: any not waited for are joined at its end.
    let outcomes = std::thread::scope(|scope| runner.run(script.directives, text, scope));
    for (line, col, outcome) in outcomes {
        match outcome {
            Ok(()) => report.passed += 1,
            Err(Halt::Skip(reason)) => report.skip(line, col, reason, options.verbose),
            Err(Halt::Fail(message)) => report.fail(line, col, message),
        }
    }
    report
}

/// The proposals each testsuite folder's scripts leave out, by the folder's
/// path: a folder written before another proposal was merged expects
/// modules that use it to be invalid.
const FOLDER_FEATURES_OFF: &[(&str, &[&str])] =
    &[("proposals/threads", &["multi-memory", "reference-types"])];

/// An engine as `options` say, validating what the script at `path` (by
/// its folder) expects.
fn engine(options: &Options, path: &str) -> Result<Engine, Error> {
    let mut config = Config::new();
    config
        .target(options.target)
        .bounds_checks(options.bounds)
        .lazy_compilation(options.lazy);
    let folder = Path::new(path).parent();
    for (suffix, off) in FOLDER_FEATURES_OFF {
        if folder.is_some_and(|f| f.ends_with(suffix)) {
            for feature in *off {
                config.wasm_feature(feature, false)?;
            }
        }
    }
    Ok(Engine::new(&config))
}

/// Runs `f`, turning a panic (in brisk) into a failure of the directive
/// rather than of the rest of the file.
fn guarded<T>(f: impl FnOnce() -> T) -> Step<T> {
    catch_unwind(AssertUnwindSafe(f))
        .map_err(|p| Halt::Fail(format!("panicked: {}", crate::panic_message(&*p))))
}

/// Whether `wasm` validates as Wasm 2.0 without SIMD, plus multi-memory:
/// the scope brisk must support, where nothing may be skipped.
fn in_required_scope(wasm: &[u8]) -> bool {
    use wasmparser::{Validator, WasmFeatures};
    let features = WasmFeatures::WASM2
        .difference(WasmFeatures::SIMD)
        .union(WasmFeatures::MULTI_MEMORY);
    Validator::new_with_features(features)
        .validate_all(wasm)
        .is_ok()
}

/// Module text or binary, unless it is a component.
fn encode(module: &mut QuoteWat) -> Step<Result<Vec<u8>, wast::Error>> {
    match module {
        QuoteWat::Wat(Wat::Component(_)) | QuoteWat::QuoteComponent(..) => {
            Err(Halt::Skip("component-model".into()))
        }
        _ => Ok(module.encode()),
    }
}

/// Whether a trap with `code` is the trap the reference interpreter reports
/// as `expected`: its message starts with the expected text. For the traps
/// whose reference message also names the offending element index
/// ("uninitialized element 2"), brisk does not report the index: the kind
/// must match and the rest must be that index.
fn trap_matches(code: TrapCode, expected: &str) -> bool {
    let actual = code.message();
    actual.starts_with(expected)
        || (matches!(
            code,
            TrapCode::UninitializedElement | TrapCode::UndefinedElement
        ) && expected
            .strip_prefix(actual)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|index| !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit())))
}

fn expect_trap(result: Result<Vec<Val>, Error>, message: &str, store: &Store<()>) -> Step<()> {
    match result {
        Err(Error::Trap(t)) if trap_matches(t.code(), message) => Ok(()),

        Err(e) => fail(format!("expected trap \"{message}\", got: {e}")),
        Ok(values) => fail(format!(
            "expected trap \"{message}\", got [{}]",
            show_values(store, &values)
        )),
    }
}

fn show_values(store: &Store<()>, values: &[Val]) -> String {
    values
        .iter()
        .map(|v| values::show(store, v))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Halt {
    /// What directives that depend on the outcome of this one get.
    fn inherited(&self, (line, col): (usize, usize)) -> Halt {
        match self {
            Halt::Skip(reason) => Halt::Skip(reason.clone()),
            Halt::Fail(_) => Halt::Fail(format!(
                "depends on the module at {line}:{col}, which failed"
            )),
        }
    }
}

impl Runner {
    fn new(engine: &Engine) -> Result<Runner, Error> {
        let mut store = Store::new(engine, ());
        let mut linker = Linker::new();
        spectest::define(&mut store, &mut linker)?;
        Ok(Runner {
            engine: engine.clone(),
            store,
            linker,
            current: None,
            instances: HashMap::new(),
            definitions: HashMap::new(),
            last_definition: None,
            lost_registrations: HashMap::new(),
            externs: ExternRefs::default(),
            shared: HashMap::new(),
            here: (0, 0),
        })
    }

    /// Runs `directives` (of the script `text`), starting threads in
    /// `scope`, and returns what each came to.
    fn run<'scope, 'env>(
        &mut self,
        directives: Vec<WastDirective<'env>>,
        text: &'env str,
        scope: &'scope Scope<'scope, 'env>,
    ) -> Vec<Outcome> {
        let mut threads = Threads::new();
        let mut outcomes = Vec::new();
        for directive in directives {
            let (line, col) = directive.span().linecol_in(text);
            let (line, col) = (line + 1, col + 1);
            self.here = (line, col);
            let outcome = match directive {
                WastDirective::Thread(thread) => self.spawn(thread, text, scope, &mut threads),
                WastDirective::Wait { thread, .. } => match threads.remove(thread.name()) {
                    Some(handle) => match handle.join() {
                        Ok(done) => {
                            outcomes.extend(done);
                            Ok(())
                        }
                        Err(p) => fail(format!(
                            "thread ${} panicked: {}",
                            thread.name(),
                            crate::panic_message(&*p)
                        )),
                    },
                    None => fail(format!("no running thread ${}", thread.name())),
                },
                directive => guarded(|| self.directive(directive)).and_then(|r| r),
            };
            outcomes.push((line, col, outcome));
        }
        outcomes
    }

    /// A `thread`: its directives run on an OS thread of their own, in a
    /// store of their own, with the shared memories of its `shared`
    /// module.
    fn spawn<'scope, 'env>(
        &mut self,
        thread: WastThread<'env>,
        text: &'env str,
        scope: &'scope Scope<'scope, 'env>,
        threads: &mut Threads<'scope>,
    ) -> Step<()> {
        let mut shared = HashMap::new();
        if let Some(id) = thread.shared_module {
            let memories = match self.shared.get(id.name()) {
                Some(memories) => memories.clone(),
                None => self.shared_memories(self.instance(Some(id))?),
            };
            shared.insert(id.name().to_string(), memories);
        }
        let (engine, here) = (self.engine.clone(), self.here);
        // A store is not Send: the thread makes its own.
        let body = move || match Runner::new(&engine) {
            Ok(mut child) => {
                child.shared = shared;
                child.run(thread.directives, text, scope)
            }
            Err(e) => vec![(here.0, here.1, fail(format!("cannot define spectest: {e}")))],
        };
        let handle = std::thread::Builder::new()
            .name(format!("wast thread ${}", thread.name.name()))
            .stack_size(crate::SCRIPT_STACK)
            .spawn_scoped(scope, body)
            .or_else(|e| fail(format!("cannot start a thread: {e}")))?;
        threads.insert(thread.name.name().to_string(), handle);
        Ok(())
    }

    /// The shared memories `instance` exports, by export name.
    fn shared_memories(&mut self, instance: Instance) -> Vec<(String, SharedMemory)> {
        instance
            .export_names(&self.store)
            .into_iter()
            .filter_map(|name| {
                let memory = instance.get_shared_memory(&mut self.store, &name)?;
                Some((name, memory))
            })
            .collect()
    }

    fn directive(&mut self, directive: WastDirective) -> Step<()> {
        use WastDirective as D;
        match directive {
            D::Module(mut module) => {
                let name = module.name();
                let def = self.compile(&mut module);
                self.define(name, &def);
                let instance = def.and_then(|m| self.instantiate_expecting_success(&m));
                self.bind(name, instance)
            }
            D::ModuleDefinition(mut module) => {
                let def = self.compile(&mut module);
                self.define(module.name(), &def);
                def.map(drop)
            }
            D::ModuleInstance {
                instance, module, ..
            } => {
                let def = match module {
                    Some(id) => self.definitions.get(id.name()).cloned(),
                    None => self.last_definition.clone(),
                };
                let def = def.unwrap_or_else(|| fail("no such module definition"));
                let result = def.and_then(|m| self.instantiate_expecting_success(&m));
                self.bind(instance, result)
            }
            D::Register {
                name,
                module: Some(id),
                ..
            } if self.shared.contains_key(id.name()) => {
                for (export, memory) in &self.shared[id.name()] {
                    self.linker.define(name, export, memory.clone());
                }
                Ok(())
            }
            D::Register { name, module, .. } => match self.instance(module) {
                Ok(instance) => {
                    self.linker.instance(&mut self.store, name, instance);
                    self.lost_registrations.remove(name);
                    Ok(())
                }
                Err(halt) => {
                    self.lost_registrations
                        .insert(name.to_string(), halt.clone());
                    Err(halt)
                }
            },
            D::Invoke(invoke) => match self.invoke(&invoke)? {
                Ok(_) => Ok(()),
                Err(e) => fail(format!("invoke failed: {e}")),
            },
            D::AssertReturn { exec, results, .. } => self.assert_return(exec, &results),
            D::AssertTrap { exec, message, .. } => {
                let result = self.execute(exec)?;
                expect_trap(result, message, &self.store)
            }
            D::AssertExhaustion { call, message, .. } => {
                let result = self.invoke(&call)?;
                expect_trap(result, message, &self.store)
            }
            D::AssertInvalid {
                module, message, ..
            } => self.expect_rejected(module, "invalid", message),
            D::AssertMalformed {
                module, message, ..
            } => self.expect_rejected(module, "malformed", message),
            D::AssertInvalidCustom {
                module, message, ..
            }
            | D::AssertMalformedCustom {
                module, message, ..
            } => {
                // Errors in custom sections do not make a module invalid, and
                // brisk reads no custom section: accepting it is a lacking
                // feature, not a wrong answer.
                match self.expect_rejected(module, "custom-section error", message) {
                    Err(Halt::Fail(_)) => Err(Halt::Skip("custom section checks".into())),
                    other => other,
                }
            }
            D::AssertUnlinkable {
                module, message, ..
            } => {
                let module = self.compile(&mut QuoteWat::Wat(module))?;
                match self.instantiate(&module)? {
                    Err(Error::Unlinkable(m)) if m.starts_with(message) => Ok(()),
                    Err(e) => fail(format!("expected unlinkable \"{message}\", got: {e}")),
                    Ok(_) => fail(format!("expected unlinkable \"{message}\", but it linked")),
                }
            }
            D::AssertException { exec, .. } => match self.execute(exec)? {
                Err(Error::Exception(_)) => Ok(()),
                Err(e) => fail(format!("expected an exception, got: {e}")),
                Ok(values) => fail(format!(
                    "expected an exception, got [{}]",
                    show_values(&self.store, &values)
                )),
            },
            D::AssertSuspension { .. } => {
                Err(Halt::Skip("stack-switching (assert_suspension)".into()))
            }
            D::Thread(_) | D::Wait { .. } => unreachable!("threads are run by Runner::run"),
        }
    }

    /// Records a module definition under its name and as the latest.
    fn define(&mut self, name: Option<Id>, def: &Step<Module>) {
        let def = def.clone().map_err(|h| h.inherited(self.here));
        if let Some(name) = name {
            self.definitions
                .insert(name.name().to_string(), def.clone());
        }
        self.last_definition = Some(def);
    }

    /// Records an instance (or why there is none) under its name and as the
    /// current one, and returns the directive's outcome.
    fn bind(&mut self, name: Option<Id>, result: Step<Instance>) -> Step<()> {
        let slot = result.clone().map_err(|h| h.inherited(self.here));
        if let Some(name) = name {
            self.instances.insert(name.name().to_string(), slot.clone());
        }
        self.current = Some(slot);
        result.map(drop)
    }

    fn instance(&self, id: Option<Id>) -> Step<Instance> {
        match id {
            None => self
                .current
                .clone()
                .unwrap_or_else(|| fail("no module instantiated yet")),
            Some(id) => {
                let slot = self.instances.get(id.name()).cloned();
                slot.unwrap_or_else(|| fail(format!("unknown module ${}", id.name())))
            }
        }
    }

    /// Compiles a module the script expects to be valid.
    fn compile(&self, module: &mut QuoteWat) -> Step<Module> {
        let wasm = encode(module)?.or_else(|e| fail(format!("cannot encode the module: {e}")))?;
        guarded(|| Module::from_binary(&self.engine, &wasm))?.map_err(|e| match e {
            Error::Compile(CompileError::Unsupported { feature, .. })
                if in_required_scope(&wasm) =>
            {
                Halt::Fail(format!(
                    "unsupported {feature} in a Wasm 2.0 (+ multi-memory) module"
                ))
            }
            Error::Compile(CompileError::Unsupported { feature, .. }) => Halt::Skip(feature),
            e => Halt::Fail(format!("valid module rejected: {e}")),
        })
    }

    /// Instantiates through the linker; `Err` only when an import comes
    /// from a registration that is missing.
    fn instantiate(&mut self, module: &Module) -> Step<Result<Instance, Error>> {
        for (from, name, _) in module.imports() {
            if self.linker.get(from, name).is_none()
                && let Some(halt) = self.lost_registrations.get(from)
            {
                return Err(halt.clone());
            }
        }
        guarded(|| self.linker.instantiate(&mut self.store, module))
    }

    fn instantiate_expecting_success(&mut self, module: &Module) -> Step<Instance> {
        self.instantiate(module)?
            .or_else(|e| fail(format!("instantiation failed: {e}")))
    }

    /// Runs an invoke, a `get` or a module instantiation: `Ok(Err(_))` is
    /// what brisk returned, `Err` that the directive cannot run.
    fn execute(&mut self, exec: WastExecute) -> Step<Result<Vec<Val>, Error>> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(&invoke),
            WastExecute::Wat(wat) => {
                let module = self.compile(&mut QuoteWat::Wat(wat))?;
                Ok(self.instantiate(&module)?.map(|_| Vec::new()))
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.instance(module)?;
                let Some(g) = instance.get_global(&mut self.store, global) else {
                    return fail(format!("no global export \"{global}\""));
                };
                Ok(Ok(vec![g.get(&mut self.store)]))
            }
        }
    }

    fn invoke(&mut self, invoke: &WastInvoke) -> Step<Result<Vec<Val>, Error>> {
        let instance = self.instance(invoke.module)?;
        let Some(func) = instance.get_func(&mut self.store, invoke.name) else {
            return fail(format!("no function export \"{}\"", invoke.name));
        };
        let args = invoke
            .args
            .iter()
            .map(|a| values::arg(&mut self.store, &mut self.externs, a))
            .collect::<Step<Vec<_>>>()?;
        let mut results: Vec<Val> = func
            .ty(&self.store)
            .results
            .iter()
            .map(|t| Val::default_for(*t))
            .collect();
        Ok(func
            .call(&mut self.store, &args, &mut results)
            .map(|()| results))
    }

    fn assert_return(&mut self, exec: WastExecute, expected: &[WastRet]) -> Step<()> {
        let show_expected = || {
            expected
                .iter()
                .map(values::show_expected)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let actual = match self.execute(exec)? {
            Ok(values) => values,
            Err(e) => return fail(format!("expected [{}], got: {e}", show_expected())),
        };
        let verdicts = if actual.len() == expected.len() {
            actual
                .iter()
                .zip(expected)
                .map(|(a, e)| values::matches(&self.store, a, e))
                .collect::<Step<Vec<_>>>()?
        } else {
            vec![false]
        };
        if verdicts.iter().all(|ok| *ok) {
            Ok(())
        } else {
            fail(format!(
                "expected [{}], got [{}]",
                show_expected(),
                show_values(&self.store, &actual)
            ))
        }
    }

    /// An `assert_invalid` or `assert_malformed`: any error passes, except
    /// "unsupported", which brisk reports only for valid modules.
    fn expect_rejected(&self, mut module: QuoteWat, kind: &str, message: &str) -> Step<()> {
        let Ok(wasm) = encode(&mut module)? else {
            return Ok(());
        };
        match guarded(|| Module::from_binary(&self.engine, &wasm))? {
            Ok(_) => fail(format!("{kind} module accepted (expected \"{message}\")")),
            Err(Error::Compile(CompileError::Unsupported { feature, .. })) => fail(format!(
                "{kind} module (expected \"{message}\") passed validation; unsupported {feature}"
            )),
            Err(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wasm(text: &str) -> Vec<u8> {
        let buf = ParseBuffer::new(text).unwrap();
        parser::parse::<Wat>(&buf).unwrap().encode().unwrap()
    }

    #[test]
    fn required_scope_is_wasm2_without_simd_plus_multi_memory() {
        assert!(in_required_scope(&wasm("(module (memory 1) (memory 1))")));
        assert!(in_required_scope(&wasm(
            "(module (func (result i32) (i32.extend8_s (i32.const 1))))"
        )));
        assert!(!in_required_scope(&wasm(
            "(module (func (result v128) v128.const i64x2 0 0))"
        )));
        assert!(!in_required_scope(&wasm(
            "(module (func $f return_call $f))"
        )));
        assert!(!in_required_scope(&wasm("(module (memory i64 1))")));
    }

    #[test]
    fn trap_messages_match_by_prefix_and_element_index() {
        assert!(trap_matches(TrapCode::IntegerOverflow, "integer overflow"));
        assert!(trap_matches(TrapCode::MemoryOutOfBounds, "out of bounds"));
        assert!(trap_matches(
            TrapCode::UninitializedElement,
            "uninitialized element 2"
        ));
        assert!(trap_matches(
            TrapCode::UndefinedElement,
            "undefined element 17"
        ));
        assert!(!trap_matches(
            TrapCode::UninitializedElement,
            "uninitialized element x"
        ));
        assert!(!trap_matches(
            TrapCode::UninitializedElement,
            "uninitialized element "
        ));
        assert!(!trap_matches(
            TrapCode::IntegerOverflow,
            "integer overflow 2"
        ));
        assert!(!trap_matches(TrapCode::Unreachable, "undefined element"));
    }
}
