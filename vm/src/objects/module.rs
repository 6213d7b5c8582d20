//! Module objects: a name and a globals dict shared with the module's
//! functions.

use crate::runtime::heap::ObjRef;

pub struct Module {
    pub name: String,
    /// A `dict` object: the module's globals.
    pub dict: ObjRef,
}
