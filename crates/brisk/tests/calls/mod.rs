//! Calling an instance's exports by name, for tests that check results
//! and errors through the untyped API.

use brisk::{Error, Instance, Store, Val};

/// Calls export `name` of `instance` with `params`: its results, or the
/// error it ended with.
pub fn call<T>(
    store: &mut Store<T>,
    instance: Instance,
    name: &str,
    params: &[Val],
) -> Result<Vec<Val>, Error> {
    let func = instance.get_func(&mut *store, name).expect("export exists");
    let mut results: Vec<Val> = func
        .ty(&*store)
        .results
        .iter()
        .map(|ty| Val::default_for(*ty))
        .collect();
    func.call(&mut *store, params, &mut results)?;
    Ok(results)
}
