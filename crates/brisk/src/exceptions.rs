//! Exception tags and exceptions in the embedding API.
//!
//! A [`Tag`] is a handle to a tag of the store: defined by an instance
//! (exported), or by the host ([`Tag::new`]) to be imported. An exception
//! that reaches the host uncaught is [`Error::Exception`]: its tag and
//! payload, read out of the store's exception heap (which then frees it
//! unless Wasm code holds it as an `exnref`). The store stays usable.

use crate::store::{AsContext, AsContextMut, StoreInner};
use crate::{Error, FuncType, Val};
use brisk_runtime::VMTag;
use std::fmt;

/// A tag of a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    pub(crate) index: usize,
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
        Ok(Tag {
            index: inner.tag_handle(ptr),
        })
    }

    /// The tag's type: its payload as parameters, no results.
    pub fn ty(&self, store: &impl AsContext) -> FuncType {
        let inner = store.store_inner();
        inner
            .engine
            .inner
            .runtime
            .sig(inner.tags[self.index].type_id)
    }
}

impl StoreInner {
    /// The handle of the tag at `ptr` (an instance's or the store's),
    /// creating one if new.
    pub(crate) fn tag_handle(&mut self, ptr: *const VMTag) -> usize {
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
        let tag = self.tags[exn.tag.index].ptr;
        let payload = exn
            .payload
            .iter()
            .map(|v| v.to_raw(self))
            .collect::<Result<Vec<_>, _>>();
        match payload {
            Ok(payload) => {
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
            tag: Tag {
                index: self.tag_handle(exn.tag),
            },
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
        let types: Vec<_> = payload.iter().map(Val::ty).collect();
        if types != tag.ty(store).params {
            return Err(Error::Type(format!(
                "exception payload {types:?} does not match its tag"
            )));
        }
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
