//! Exception tags and exceptions in the embedding API.
//!
//! A [`Tag`] is a handle to a tag of the store: defined by an instance
//! (exported), or by the host ([`Tag::new`]) to be imported. An exception
//! that reaches the host uncaught is [`Error::Exception`]: its tag and
//! payload, read out of the store's exception heap (which then frees it
//! unless Wasm code holds it as an `exnref`). The store stays usable.

use crate::store::{AsContext, AsContextMut, StoreId, StoreInner};
use crate::typed_refs::check_ref_params;
use crate::{Error, FuncType, Val};
use brisk_runtime::VMTag;
use std::fmt;

/// A tag of a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    store: StoreId,
    index: usize,
}

#[derive(Clone, Copy)]
pub(crate) struct TagEntry {
    pub ptr: *const VMTag,
    /// The engine-wide id of its function type (import checks: equal).
    pub type_id: u32,
}

impl Tag {
    /// A new tag of the store with payload types `ty.params` (`ty` has no
    /// results).
    pub fn new(store: &mut impl AsContextMut, ty: &FuncType) -> Result<Tag, Error> {
        if !ty.results.is_empty() {
            return Err(Error::Type("a tag's type has no results".into()));
        }
        let inner = store.store_inner_mut();
        let type_id = inner.engine.inner.runtime.func_type_id(ty);
        let tag = Box::new(VMTag {
            type_id,
            params: ty.params.clone(),
        });
        let ptr: *const VMTag = &*tag;
        inner.owned_tags.push(tag);
        Ok(Tag::of_ptr(inner, ptr))
    }

    /// The handle of `tag`, a tag of `store`.
    pub(crate) fn of_ptr(store: &mut StoreInner, tag: *const VMTag) -> Tag {
        Tag {
            store: store.id,
            index: store.tag_handle(tag),
        }
    }

    /// The tag's entry, or an error if it is another store's.
    pub(crate) fn entry(&self, store: &StoreInner) -> Result<TagEntry, Error> {
        store.check_owner(self.store)?;
        Ok(store.tags[self.index])
    }

    /// The tag's type, or an error if it is another store's.
    fn checked_ty(&self, store: &StoreInner) -> Result<FuncType, Error> {
        let type_id = self.entry(store)?.type_id;
        Ok(store.engine.inner.runtime.sig(type_id))
    }

    /// The tag's type: its payload as parameters, no results (panics if
    /// the tag is another store's).
    pub fn ty(&self, store: &impl AsContext) -> FuncType {
        self.checked_ty(store.store_inner())
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

impl StoreInner {
    /// The handle of the tag at `ptr` (an instance's or the store's),
    /// creating one if new.
    fn tag_handle(&mut self, ptr: *const VMTag) -> usize {
        if let Some(&i) = self.tag_index.get(&(ptr as usize)) {
            return i;
        }
        // SAFETY: tags of this store's instances and of the store itself
        // live as long as the store.
        let type_id = unsafe { (*ptr).type_id };
        self.tags.push(TagEntry { ptr, type_id });
        self.tag_index.insert(ptr as usize, self.tags.len() - 1);
        self.tags.len() - 1
    }

    /// Puts `exn`, returned by a host function, in the exception heap, as
    /// the error that makes the host-call trampoline throw it.
    pub(crate) fn throw_from_host(&mut self, exn: Exception) -> brisk_runtime::HostError {
        let tag = exn.tag.entry(self).map(|e| e.ptr);
        let payload = exn
            .payload
            .iter()
            .map(|v| v.to_raw(self))
            .collect::<Result<Vec<_>, _>>();
        match tag.and_then(|tag| Ok((tag, payload?))) {
            Ok((tag, payload)) => {
                let exnref = self
                    .runtime
                    .exceptions
                    .alloc(brisk_runtime::Exception { tag, payload });
                Box::new(brisk_runtime::HostThrow(exnref))
            }
            Err(e) => Box::new(crate::error::ErrorBox(e)),
        }
    }

    /// The embedder's error for a trap or an exception that reached an
    /// entry of this store.
    pub(crate) fn trap_error(&mut self, trap: brisk_runtime::Trap) -> Error {
        let brisk_runtime::Trap::Exception(exnref) = trap else {
            return trap.into();
        };
        let heap = &self.runtime.exceptions;
        let exn = heap
            .get(exnref)
            .expect("an uncaught exception is live until the host reads it");
        heap.release(exnref);
        // SAFETY: the tag lives as long as the store.
        let params = unsafe { (*exn.tag).params.clone() };
        let payload = exn
            .payload
            .iter()
            .zip(params)
            .map(|(raw, ty)| Val::from_raw(*raw, ty, self))
            .collect();
        Error::Exception(Exception {
            tag: Tag::of_ptr(self, exn.tag),
            payload,
        })
    }
}

/// An exception: a tag and its payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    tag: Tag,
    payload: Vec<Val>,
}

impl Exception {
    /// An exception of `tag` with `payload`, for a host function to throw
    /// (return as [`Error::Exception`]): the payload must match the tag's
    /// type.
    pub fn new(store: &impl AsContext, tag: Tag, payload: Vec<Val>) -> Result<Exception, Error> {
        let store = store.store_inner();
        let types: Vec<_> = payload.iter().map(Val::ty).collect();
        if types != tag.checked_ty(store)?.params {
            return Err(Error::Type(format!(
                "exception payload {types:?} does not match its tag"
            )));
        }
        // A reference must be a value of the declared parameter type.
        let exact = store
            .engine
            .inner
            .runtime
            .func_ref_types(tag.entry(store)?.type_id);
        check_ref_params(store, &payload, &exact)?;
        Ok(Exception { tag, payload })
    }

    pub fn tag(&self) -> Tag {
        self.tag
    }

    pub fn payload(&self) -> &[Val] {
        &self.payload
    }
}

impl fmt::Display for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "uncaught exception (tag {}) with payload {:?}",
            self.tag.index, self.payload
        )
    }
}
