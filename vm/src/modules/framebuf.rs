//! `framebuf`: drawing into a bytes buffer in the seven pixel formats of
//! MicroPython's extmod/modframebuf.c, pixel for pixel the same (the line,
//! ellipse and polygon-fill rules are the module's own integer
//! algorithms). The FrameBuffer draws straight into the buffer it was
//! given, so a display driver or a test sees every change.

use super::{buffer_bytes, new_class};
use crate::objects::function::KwArgs;
use crate::objects::instance::BaseData;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const MVLSB: i64 = 0;
const RGB565: i64 = 1;
const GS4_HMSB: i64 = 2;
const MHLSB: i64 = 3;
const MHMSB: i64 = 4;
const GS2_HMSB: i64 = 5;
const GS8: i64 = 6;

/// The 8x8 font `text()` draws with (characters 32..127, one byte per
/// column, least significant bit at the top), as the firmware's.
const FONT: [[u8; 8]; 96] = [
    [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], // ' '
    [0x00, 0x00, 0x00, 0x4f, 0x4f, 0x00, 0x00, 0x00], // '!'
    [0x00, 0x07, 0x07, 0x00, 0x00, 0x07, 0x07, 0x00], // '"'
    [0x14, 0x7f, 0x7f, 0x14, 0x14, 0x7f, 0x7f, 0x14], // '#'
    [0x00, 0x24, 0x2e, 0x6b, 0x6b, 0x3a, 0x12, 0x00], // '$'
    [0x00, 0x63, 0x33, 0x18, 0x0c, 0x66, 0x63, 0x00], // '%'
    [0x00, 0x32, 0x7f, 0x4d, 0x4d, 0x77, 0x72, 0x50], // '&'
    [0x00, 0x00, 0x00, 0x04, 0x06, 0x03, 0x01, 0x00], // "'"
    [0x00, 0x00, 0x1c, 0x3e, 0x63, 0x41, 0x00, 0x00], // '('
    [0x00, 0x00, 0x41, 0x63, 0x3e, 0x1c, 0x00, 0x00], // ')'
    [0x08, 0x2a, 0x3e, 0x1c, 0x1c, 0x3e, 0x2a, 0x08], // '*'
    [0x00, 0x08, 0x08, 0x3e, 0x3e, 0x08, 0x08, 0x00], // '+'
    [0x00, 0x00, 0x80, 0xe0, 0x60, 0x00, 0x00, 0x00], // ','
    [0x00, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x00], // '-'
    [0x00, 0x00, 0x00, 0x60, 0x60, 0x00, 0x00, 0x00], // '.'
    [0x00, 0x40, 0x60, 0x30, 0x18, 0x0c, 0x06, 0x02], // '/'
    [0x00, 0x3e, 0x7f, 0x49, 0x45, 0x7f, 0x3e, 0x00], // '0'
    [0x00, 0x40, 0x44, 0x7f, 0x7f, 0x40, 0x40, 0x00], // '1'
    [0x00, 0x62, 0x73, 0x51, 0x49, 0x4f, 0x46, 0x00], // '2'
    [0x00, 0x22, 0x63, 0x49, 0x49, 0x7f, 0x36, 0x00], // '3'
    [0x00, 0x18, 0x18, 0x14, 0x16, 0x7f, 0x7f, 0x10], // '4'
    [0x00, 0x27, 0x67, 0x45, 0x45, 0x7d, 0x39, 0x00], // '5'
    [0x00, 0x3e, 0x7f, 0x49, 0x49, 0x7b, 0x32, 0x00], // '6'
    [0x00, 0x03, 0x03, 0x79, 0x7d, 0x07, 0x03, 0x00], // '7'
    [0x00, 0x36, 0x7f, 0x49, 0x49, 0x7f, 0x36, 0x00], // '8'
    [0x00, 0x26, 0x6f, 0x49, 0x49, 0x7f, 0x3e, 0x00], // '9'
    [0x00, 0x00, 0x00, 0x24, 0x24, 0x00, 0x00, 0x00], // ':'
    [0x00, 0x00, 0x80, 0xe4, 0x64, 0x00, 0x00, 0x00], // ';'
    [0x00, 0x08, 0x1c, 0x36, 0x63, 0x41, 0x41, 0x00], // '<'
    [0x00, 0x14, 0x14, 0x14, 0x14, 0x14, 0x14, 0x00], // '='
    [0x00, 0x41, 0x41, 0x63, 0x36, 0x1c, 0x08, 0x00], // '>'
    [0x00, 0x02, 0x03, 0x51, 0x59, 0x0f, 0x06, 0x00], // '?'
    [0x00, 0x3e, 0x7f, 0x41, 0x4d, 0x4f, 0x2e, 0x00], // '@'
    [0x00, 0x7c, 0x7e, 0x0b, 0x0b, 0x7e, 0x7c, 0x00], // 'A'
    [0x00, 0x7f, 0x7f, 0x49, 0x49, 0x7f, 0x36, 0x00], // 'B'
    [0x00, 0x3e, 0x7f, 0x41, 0x41, 0x63, 0x22, 0x00], // 'C'
    [0x00, 0x7f, 0x7f, 0x41, 0x63, 0x3e, 0x1c, 0x00], // 'D'
    [0x00, 0x7f, 0x7f, 0x49, 0x49, 0x41, 0x41, 0x00], // 'E'
    [0x00, 0x7f, 0x7f, 0x09, 0x09, 0x01, 0x01, 0x00], // 'F'
    [0x00, 0x3e, 0x7f, 0x41, 0x49, 0x7b, 0x3a, 0x00], // 'G'
    [0x00, 0x7f, 0x7f, 0x08, 0x08, 0x7f, 0x7f, 0x00], // 'H'
    [0x00, 0x00, 0x41, 0x7f, 0x7f, 0x41, 0x00, 0x00], // 'I'
    [0x00, 0x20, 0x60, 0x41, 0x7f, 0x3f, 0x01, 0x00], // 'J'
    [0x00, 0x7f, 0x7f, 0x1c, 0x36, 0x63, 0x41, 0x00], // 'K'
    [0x00, 0x7f, 0x7f, 0x40, 0x40, 0x40, 0x40, 0x00], // 'L'
    [0x00, 0x7f, 0x7f, 0x06, 0x0c, 0x06, 0x7f, 0x7f], // 'M'
    [0x00, 0x7f, 0x7f, 0x0e, 0x1c, 0x7f, 0x7f, 0x00], // 'N'
    [0x00, 0x3e, 0x7f, 0x41, 0x41, 0x7f, 0x3e, 0x00], // 'O'
    [0x00, 0x7f, 0x7f, 0x09, 0x09, 0x0f, 0x06, 0x00], // 'P'
    [0x00, 0x1e, 0x3f, 0x21, 0x61, 0x7f, 0x5e, 0x00], // 'Q'
    [0x00, 0x7f, 0x7f, 0x19, 0x39, 0x6f, 0x46, 0x00], // 'R'
    [0x00, 0x26, 0x6f, 0x49, 0x49, 0x7b, 0x32, 0x00], // 'S'
    [0x00, 0x01, 0x01, 0x7f, 0x7f, 0x01, 0x01, 0x00], // 'T'
    [0x00, 0x3f, 0x7f, 0x40, 0x40, 0x7f, 0x3f, 0x00], // 'U'
    [0x00, 0x1f, 0x3f, 0x60, 0x60, 0x3f, 0x1f, 0x00], // 'V'
    [0x00, 0x7f, 0x7f, 0x30, 0x18, 0x30, 0x7f, 0x7f], // 'W'
    [0x00, 0x63, 0x77, 0x1c, 0x1c, 0x77, 0x63, 0x00], // 'X'
    [0x00, 0x07, 0x0f, 0x78, 0x78, 0x0f, 0x07, 0x00], // 'Y'
    [0x00, 0x61, 0x71, 0x59, 0x4d, 0x47, 0x43, 0x00], // 'Z'
    [0x00, 0x00, 0x7f, 0x7f, 0x41, 0x41, 0x00, 0x00], // '['
    [0x00, 0x02, 0x06, 0x0c, 0x18, 0x30, 0x60, 0x40], // '\\'
    [0x00, 0x00, 0x41, 0x41, 0x7f, 0x7f, 0x00, 0x00], // ']'
    [0x00, 0x08, 0x0c, 0x06, 0x06, 0x0c, 0x08, 0x00], // '^'
    [0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0], // '_'
    [0x00, 0x00, 0x01, 0x03, 0x06, 0x04, 0x00, 0x00], // '`'
    [0x00, 0x20, 0x74, 0x54, 0x54, 0x7c, 0x78, 0x00], // 'a'
    [0x00, 0x7f, 0x7f, 0x44, 0x44, 0x7c, 0x38, 0x00], // 'b'
    [0x00, 0x38, 0x7c, 0x44, 0x44, 0x6c, 0x28, 0x00], // 'c'
    [0x00, 0x38, 0x7c, 0x44, 0x44, 0x7f, 0x7f, 0x00], // 'd'
    [0x00, 0x38, 0x7c, 0x54, 0x54, 0x5c, 0x58, 0x00], // 'e'
    [0x00, 0x08, 0x7e, 0x7f, 0x09, 0x03, 0x02, 0x00], // 'f'
    [0x00, 0x98, 0xbc, 0xa4, 0xa4, 0xfc, 0x7c, 0x00], // 'g'
    [0x00, 0x7f, 0x7f, 0x04, 0x04, 0x7c, 0x78, 0x00], // 'h'
    [0x00, 0x00, 0x00, 0x7d, 0x7d, 0x00, 0x00, 0x00], // 'i'
    [0x00, 0x40, 0xc0, 0x80, 0x80, 0xfd, 0x7d, 0x00], // 'j'
    [0x00, 0x7f, 0x7f, 0x30, 0x38, 0x6c, 0x44, 0x00], // 'k'
    [0x00, 0x00, 0x41, 0x7f, 0x7f, 0x40, 0x00, 0x00], // 'l'
    [0x00, 0x7c, 0x7c, 0x18, 0x30, 0x18, 0x7c, 0x7c], // 'm'
    [0x00, 0x7c, 0x7c, 0x04, 0x04, 0x7c, 0x78, 0x00], // 'n'
    [0x00, 0x38, 0x7c, 0x44, 0x44, 0x7c, 0x38, 0x00], // 'o'
    [0x00, 0xfc, 0xfc, 0x24, 0x24, 0x3c, 0x18, 0x00], // 'p'
    [0x00, 0x18, 0x3c, 0x24, 0x24, 0xfc, 0xfc, 0x00], // 'q'
    [0x00, 0x7c, 0x7c, 0x04, 0x04, 0x0c, 0x08, 0x00], // 'r'
    [0x00, 0x48, 0x5c, 0x54, 0x54, 0x74, 0x20, 0x00], // 's'
    [0x04, 0x04, 0x3f, 0x7f, 0x44, 0x64, 0x20, 0x00], // 't'
    [0x00, 0x3c, 0x7c, 0x40, 0x40, 0x7c, 0x3c, 0x00], // 'u'
    [0x00, 0x1c, 0x3c, 0x60, 0x60, 0x3c, 0x1c, 0x00], // 'v'
    [0x00, 0x1c, 0x7c, 0x30, 0x18, 0x30, 0x7c, 0x1c], // 'w'
    [0x00, 0x44, 0x6c, 0x38, 0x38, 0x6c, 0x44, 0x00], // 'x'
    [0x00, 0x9c, 0xbc, 0xa0, 0xa0, 0xfc, 0x7c, 0x00], // 'y'
    [0x00, 0x44, 0x64, 0x74, 0x5c, 0x4c, 0x44, 0x00], // 'z'
    [0x00, 0x08, 0x08, 0x3e, 0x77, 0x41, 0x41, 0x00], // '{'
    [0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00], // '|'
    [0x00, 0x41, 0x41, 0x77, 0x3e, 0x08, 0x08, 0x00], // '}'
    [0x00, 0x02, 0x03, 0x01, 0x03, 0x02, 0x03, 0x01], // '~'
    [0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55], // '\x7f'
];

#[derive(Clone, Copy, Debug)]
struct Geometry {
    width: i64,
    height: i64,
    stride: i64,
    format: i64,
}

pub struct FrameBuffer {
    class: ObjRef,
    buf: Value,
    g: Geometry,
}

impl crate::objects::native::NativeObject for FrameBuffer {
    fn class(&self) -> ObjRef {
        self.class
    }
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.class);
        super::trace_values([&self.buf], out);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn buffer(&self) -> Option<Value> {
        Some(self.buf)
    }
}

impl Geometry {
    /// Writes one pixel. Coordinates are inside the geometry, but the
    /// buffer may have shrunk since the FrameBuffer was made, so a byte
    /// past its end is left alone rather than indexed.
    fn set(&self, b: &mut [u8], x: i64, y: i64, col: u32) {
        let (x, y, s) = (x as usize, y as usize, self.stride as usize);
        let (i, mask, bits): (usize, u8, u8) = match self.format {
            MVLSB => {
                let off = y & 7;
                ((y >> 3) * s + x, 1 << off, ((col != 0) as u8) << off)
            }
            MHLSB | MHMSB => {
                let off = if self.format == MHMSB { x & 7 } else { 7 - (x & 7) };
                ((x + y * s) >> 3, 1 << off, ((col != 0) as u8) << off)
            }
            RGB565 => {
                let i = 2 * (x + y * s);
                if let Some(two) = b.get_mut(i..i + 2) {
                    two.copy_from_slice(&(col as u16).to_le_bytes());
                }
                return;
            }
            GS2_HMSB => {
                let shift = (x & 3) << 1;
                ((x + y * s) >> 2, 3 << shift, ((col & 3) as u8) << shift)
            }
            GS4_HMSB => {
                if x % 2 == 1 {
                    ((x + y * s) >> 1, 0x0f, col as u8 & 0x0f)
                } else {
                    ((x + y * s) >> 1, 0xf0, (col as u8) << 4)
                }
            }
            _ => (x + y * s, 0xff, col as u8),
        };
        if let Some(byte) = b.get_mut(i) {
            *byte = (*byte & !mask) | bits;
        }
    }

    fn get(&self, b: &[u8], x: i64, y: i64) -> u32 {
        if x < 0 || y < 0 {
            return 0;
        }
        let (x, y, s) = (x as usize, y as usize, self.stride as usize);
        let at = |i: usize| b.get(i).copied().unwrap_or(0);
        match self.format {
            MVLSB => ((at((y >> 3) * s + x) >> (y & 7)) & 1) as u32,
            MHLSB | MHMSB => {
                let off = if self.format == MHMSB { x & 7 } else { 7 - (x & 7) };
                ((at((x + y * s) >> 3) >> off) & 1) as u32
            }
            RGB565 => {
                let i = 2 * (x + y * s);
                u16::from_le_bytes([at(i), at(i + 1)]) as u32
            }
            GS2_HMSB => ((at((x + y * s) >> 2) >> ((x & 3) << 1)) & 3) as u32,
            GS4_HMSB => {
                let v = at((x + y * s) >> 1);
                (if x % 2 == 1 { v & 0x0f } else { v >> 4 }) as u32
            }
            _ => at(x + y * s) as u32,
        }
    }

    fn set_checked(&self, b: &mut [u8], x: i64, y: i64, col: u32, mask: bool) {
        if mask && 0 <= x && x < self.width && 0 <= y && y < self.height {
            self.set(b, x, y, col);
        }
    }

    /// A rectangle clipped to the buffer (the format's fill is per pixel
    /// here, which writes the same bits).
    fn fill_rect(&self, b: &mut [u8], x: i64, y: i64, w: i64, h: i64, col: u32) {
        if h < 1 || w < 1 || x + w <= 0 || y + h <= 0 || y >= self.height || x >= self.width {
            return;
        }
        let xend = self.width.min(x + w);
        let yend = self.height.min(y + h);
        let col = if self.format == GS4_HMSB { col & 0x0f } else { col };
        for yy in y.max(0)..yend {
            for xx in x.max(0)..xend {
                self.set(b, xx, yy, col);
            }
        }
    }

    fn line(&self, b: &mut [u8], mut x1: i64, mut y1: i64, x2: i64, y2: i64, col: u32) {
        let (mut dx, mut sx) = (x2 - x1, 1);
        if dx <= 0 {
            dx = -dx;
            sx = -1;
        }
        let (mut dy, mut sy) = (y2 - y1, 1);
        if dy <= 0 {
            dy = -dy;
            sy = -1;
        }
        let steep = dy > dx;
        if steep {
            std::mem::swap(&mut x1, &mut y1);
            std::mem::swap(&mut dx, &mut dy);
            std::mem::swap(&mut sx, &mut sy);
        }
        let mut e = 2 * dy - dx;
        for _ in 0..dx {
            if steep {
                self.set_checked(b, y1, x1, col, true);
            } else {
                self.set_checked(b, x1, y1, col, true);
            }
            while e >= 0 {
                y1 += sy;
                e -= 2 * dx;
            }
            x1 += sx;
            e += 2 * dy;
        }
        self.set_checked(b, x2, y2, col, true);
    }

    /// Bytes the buffer must have, as the firmware checks it.
    fn needed(&mut self) -> Option<usize> {
        let (w, h) = (self.width, self.height);
        let (mut bpp, mut height_req, mut width_req, mut strides_req) = (1, h, w, h - 1);
        match self.format {
            MVLSB => {
                height_req = (h + 7) & !7;
                strides_req = height_req - 8;
            }
            MHLSB | MHMSB => {
                self.stride = (self.stride + 7) & !7;
                width_req = (w + 7) & !7;
            }
            GS2_HMSB => {
                self.stride = (self.stride + 3) & !3;
                width_req = (w + 3) & !3;
                bpp = 2;
            }
            GS4_HMSB => {
                self.stride = (self.stride + 1) & !1;
                width_req = (w + 1) & !1;
                bpp = 4;
            }
            GS8 => bpp = 8,
            RGB565 => bpp = 16,
            _ => return None,
        }
        Some(((strides_req * self.stride + (height_req - strides_req) * width_req) * bpp / 8) as usize)
    }
}

struct Classes {
    frame_buffer: ObjRef,
}

impl crate::runtime::extensions::Extension for Classes {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.frame_buffer);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("framebuf");
    let class = new_class(vm, "FrameBuffer");
    vm.add_static(class, "__new__", new);
    vm.add_method(class, "__init__", init);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("fill", fill),
        ("fill_rect", fill_rect),
        ("pixel", pixel),
        ("hline", hline),
        ("vline", vline),
        ("rect", rect),
        ("line", line),
        ("ellipse", ellipse),
        ("poly", poly),
        ("blit", blit),
        ("scroll", scroll),
        ("text", text),
    ];
    for &(n, f) in methods {
        vm.add_method(class, n, f);
    }
    vm.extensions.insert(Classes { frame_buffer: class });
    vm.module_add(d, "FrameBuffer", Value::Obj(class));
    vm.module_add_fn(d, "FrameBuffer1", frame_buffer1);
    for (n, v) in [
        ("MVLSB", MVLSB),
        ("MONO_VLSB", MVLSB),
        ("RGB565", RGB565),
        ("GS2_HMSB", GS2_HMSB),
        ("GS4_HMSB", GS4_HMSB),
        ("GS8", GS8),
        ("MONO_HLSB", MHLSB),
        ("MONO_HMSB", MHMSB),
    ] {
        vm.module_add(d, n, Value::Int(v));
    }
    Ok(m)
}

/// (buffer, geometry) from FrameBuffer's arguments: buf, width, height,
/// format[, stride].
fn geometry(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Geometry)> {
    let width = word(vm, args[1])?;
    let height = word(vm, args[2])?;
    let format = word(vm, args[3])?;
    let stride = match args.get(4) {
        Some(&s) => word(vm, s)?,
        None => width,
    };
    if width < 1 || height < 1 || width > 0xffff || height > 0xffff || stride > 0xffff || stride < width {
        return Err(vm.value_error(""));
    }
    let mut g = Geometry { width, height, stride, format };
    let Some(need) = g.needed() else { return Err(vm.value_error("invalid format")) };
    if !writable(vm, args[0]) {
        return Err(vm.type_error("object with buffer protocol required"));
    }
    let have = buffer_bytes(vm, args[0])?.len();
    if need > have {
        return Err(vm.value_error(""));
    }
    Ok((args[0], g))
}

/// Whether `v` lends a writable buffer, as the firmware's
/// `mp_get_buffer_raise(.., MP_BUFFER_WRITE)` asks.
fn writable(vm: &mut Vm, v: Value) -> bool {
    let v = vm.unwrap_builtin(v);
    vm.buffer(v).is_some_and(|b| b.writable)
}

fn new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let class = args.first().and_then(|c| c.as_obj()).ok_or_else(|| vm.type_error("FrameBuffer needs its class"))?;
    let is_base = vm.extensions.get::<Classes>().is_some_and(|c| c.frame_buffer == class);
    if !is_base {
        // A subclass: its __init__ calls FrameBuffer.__init__ to attach one.
        return Ok(vm.new_instance_object(class, BaseData::Object));
    }
    vm.check_args("FrameBuffer", &args[1..], 4, 5)?;
    let (buf, g) = geometry(vm, &args[1..])?;
    Ok(vm.alloc(Object::Native(Box::new(FrameBuffer { class, buf, g }))))
}

fn init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let this = args[0];
    if !matches!(this.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_))) {
        return Ok(Value::None);
    }
    vm.check_args("FrameBuffer", &args[1..], 4, 5)?;
    let (buf, g) = geometry(vm, &args[1..])?;
    let Some(class) = vm.extensions.get::<Classes>().map(|c| c.frame_buffer) else {
        return Err(vm.type_error("framebuf is not imported"));
    };
    let fb = vm.alloc(Object::Native(Box::new(FrameBuffer { class, buf, g })));
    if let Some(Object::Instance(i)) = this.as_obj().map(|r| vm.heap.get_mut(r)) {
        i.base = BaseData::Value(fb);
    }
    Ok(Value::None)
}

fn frame_buffer1(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("FrameBuffer1", args, 3, 4)?;
    let Some(class) = vm.extensions.get::<Classes>().map(|c| c.frame_buffer) else {
        return Err(vm.type_error("framebuf is not imported"));
    };
    let stride = args.get(3).copied().unwrap_or(args[1]);
    new(vm, &[Value::Obj(class), args[0], args[1], args[2], Value::Int(MVLSB), stride], &[])
}

/// The FrameBuffer behind `v` (itself, or a subclass instance's).
fn fb_of(vm: &mut Vm, v: Value) -> PyResult<(Value, Geometry)> {
    let inner = vm.unwrap_builtin(v);
    match super::native_ref::<FrameBuffer>(vm, inner) {
        Some(f) => Ok((f.buf, f.g)),
        None => Err(vm.type_error("expected a FrameBuffer")),
    }
}

/// Run `f` on the bytes of `buf`, writing any change back.
fn with_bytes<R>(vm: &mut Vm, buf: Value, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
    let target = vm.unwrap_builtin(buf);
    if let Some(b) = vm.buffer(target).filter(|b| b.writable) {
        let (start, len) = (b.start, b.len);
        let bytes: Option<&mut Vec<u8>> = match vm.heap.get_mut(b.obj) {
            Object::ByteArray(v) => Some(v),
            Object::Array(a) => Some(&mut a.data),
            _ => None,
        };
        if let Some(v) = bytes {
            // The owner may have shrunk since the FrameBuffer was made.
            let end = (start + len).min(v.len());
            return Ok(f(&mut v[start.min(end)..end]));
        }
    }
    // Only a bytearray or an array lends writable bytes.
    Err(vm.type_error("object with buffer protocol required"))
}

/// An int argument as the firmware's 32-bit `mp_int_t` takes it: wider
/// values are the OverflowError a board gives, which also keeps the
/// drawing arithmetic below far from i64's limits.
fn word(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = vm.int_arg(v)?;
    if i.unsigned_abs() > i32::MAX as u64 {
        return Err(vm.word_overflow());
    }
    Ok(i)
}

fn ints(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<i64>> {
    args.iter().map(|&a| word(vm, a)).collect()
}

fn draw(vm: &mut Vm, this: Value, f: impl FnOnce(&Geometry, &mut [u8])) -> PyResult<Value> {
    let (buf, g) = fb_of(vm, this)?;
    with_bytes(vm, buf, |b| f(&g, b))?;
    Ok(Value::None)
}

fn fill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("fill", args, 2, 2)?;
    let col = word(vm, args[1])? as u32;
    draw(vm, args[0], |g, b| g.fill_rect(b, 0, 0, g.width, g.height, col))
}

fn fill_rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("fill_rect", args, 6, 6)?;
    let a = ints(vm, &args[1..])?;
    draw(vm, args[0], |g, b| g.fill_rect(b, a[0], a[1], a[2], a[3], a[4] as u32))
}

fn pixel(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pixel", args, 3, 4)?;
    let (x, y) = (word(vm, args[1])?, word(vm, args[2])?);
    let (buf, g) = fb_of(vm, args[0])?;
    if !(0 <= x && x < g.width && 0 <= y && y < g.height) {
        return Ok(Value::None);
    }
    match args.get(3) {
        None => {
            let v = with_bytes(vm, buf, |b| g.get(b, x, y))?;
            Ok(Value::Int(v as i64))
        }
        Some(&c) => {
            let col = word(vm, c)? as u32;
            with_bytes(vm, buf, |b| g.set(b, x, y, col))?;
            Ok(Value::None)
        }
    }
}

fn hline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hline", args, 5, 5)?;
    let a = ints(vm, &args[1..])?;
    draw(vm, args[0], |g, b| g.fill_rect(b, a[0], a[1], a[2], 1, a[3] as u32))
}

fn vline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("vline", args, 5, 5)?;
    let a = ints(vm, &args[1..])?;
    draw(vm, args[0], |g, b| g.fill_rect(b, a[0], a[1], 1, a[2], a[3] as u32))
}

fn rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("rect", args, 6, 7)?;
    let a = ints(vm, &args[1..6])?;
    let filled = match args.get(6) {
        Some(&f) => vm.truthy(f)?,
        None => false,
    };
    let (x, y, w, h, c) = (a[0], a[1], a[2], a[3], a[4] as u32);
    draw(vm, args[0], |g, b| {
        if filled {
            g.fill_rect(b, x, y, w, h, c);
        } else {
            g.fill_rect(b, x, y, w, 1, c);
            g.fill_rect(b, x, y + h - 1, w, 1, c);
            g.fill_rect(b, x, y, 1, h, c);
            g.fill_rect(b, x + w - 1, y, 1, h, c);
        }
    })
}

fn line(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("line", args, 6, 6)?;
    let a = ints(vm, &args[1..])?;
    draw(vm, args[0], |g, b| g.line(b, a[0], a[1], a[2], a[3], a[4] as u32))
}

const Q_FILL: i64 = 0x10;
const Q_ALL: i64 = 0x0f;

fn ellipse_points(g: &Geometry, b: &mut [u8], (cx, cy): (i64, i64), x: i64, y: i64, col: u32, mask: i64) {
    if mask & Q_FILL != 0 {
        if mask & 1 != 0 {
            g.fill_rect(b, cx, cy - y, x + 1, 1, col);
        }
        if mask & 2 != 0 {
            g.fill_rect(b, cx - x, cy - y, x + 1, 1, col);
        }
        if mask & 4 != 0 {
            g.fill_rect(b, cx - x, cy + y, x + 1, 1, col);
        }
        if mask & 8 != 0 {
            g.fill_rect(b, cx, cy + y, x + 1, 1, col);
        }
    } else {
        g.set_checked(b, cx + x, cy - y, col, mask & 1 != 0);
        g.set_checked(b, cx - x, cy - y, col, mask & 2 != 0);
        g.set_checked(b, cx - x, cy + y, col, mask & 4 != 0);
        g.set_checked(b, cx + x, cy + y, col, mask & 8 != 0);
    }
}

fn ellipse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ellipse", args, 6, 8)?;
    let a = ints(vm, &args[1..6])?;
    let mut mask = match args.get(6) {
        Some(&f) if vm.truthy(f)? => Q_FILL,
        _ => 0,
    };
    mask |= match args.get(7) {
        Some(&m) => word(vm, m)? & Q_ALL,
        None => Q_ALL,
    };
    let (cx, cy, rx, ry, col) = (a[0], a[1], a[2], a[3], a[4] as u32);
    draw(vm, args[0], |g, b| {
        if rx == 0 && ry == 0 {
            g.set_checked(b, cx, cy, col, mask & Q_ALL != 0);
            return;
        }
        // The error terms are products of two radii: i128 holds them for
        // any 32-bit radius.
        let (rx, ry) = (rx as i128, ry as i128);
        let two_a2 = 2 * rx * rx;
        let two_b2 = 2 * ry * ry;
        let (mut x, mut y) = (rx, 0);
        let mut xchange = ry * ry * (1 - 2 * rx);
        let mut ychange = rx * rx;
        let mut err = 0;
        let mut stop_x = two_b2 * rx;
        let mut stop_y = 0;
        while stop_x >= stop_y {
            ellipse_points(g, b, (cx, cy), x as i64, y as i64, col, mask);
            y += 1;
            stop_y += two_a2;
            err += ychange;
            ychange += two_a2;
            if 2 * err + xchange > 0 {
                x -= 1;
                stop_x -= two_b2;
                err += xchange;
                xchange += two_b2;
            }
        }
        x = 0;
        y = ry;
        xchange = ry * ry;
        ychange = rx * rx * (1 - 2 * ry);
        err = 0;
        stop_x = 0;
        stop_y = two_a2 * ry;
        while stop_x <= stop_y {
            ellipse_points(g, b, (cx, cy), x as i64, y as i64, col, mask);
            x += 1;
            stop_x += two_b2;
            err += xchange;
            xchange += two_b2;
            if 2 * err + ychange > 0 {
                y -= 1;
                stop_y -= two_a2;
                err += ychange;
                ychange += two_a2;
            }
        }
    })
}

fn poly(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("poly", args, 5, 6)?;
    let (x, y) = (word(vm, args[1])?, word(vm, args[2])?);
    // Any readable buffer, read as items of its typecode (bytes as unsigned bytes).
    let Some(b) = vm.buffer(args[3]) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let long = crate::objects::array::long_size(vm);
    let size = crate::objects::array::itemsize(b.typecode, long).unwrap_or(1);
    let data = vm.buffer_data(&b).to_vec();
    let coords: Vec<Value> =
        (0..data.len() / size).map(|i| crate::objects::array::item(vm, b.typecode, &data, i, long)).collect();
    let coords: Vec<i64> = coords.into_iter().map(|v| word(vm, v)).collect::<PyResult<_>>()?;
    let n = coords.len() / 2;
    if n == 0 {
        return Ok(Value::None);
    }
    let col = word(vm, args[4])? as u32;
    let filled = match args.get(5) {
        Some(&f) => vm.truthy(f)?,
        None => false,
    };
    let p = |i: usize| coords[i];
    draw(vm, args[0], |g, b| {
        if !filled {
            let (mut px1, mut py1) = (p(0), p(1));
            let mut i = n * 2;
            while i >= 2 {
                let (px2, py2) = (p(i - 2), p(i - 1));
                g.line(b, x + px1, y + py1, x + px2, y + py2, col);
                px1 = px2;
                py1 = py2;
                i -= 2;
            }
            return;
        }
        let y_min = (0..n).map(|i| p(2 * i + 1)).min().unwrap_or(0);
        let y_max = (0..n).map(|i| p(2 * i + 1)).max().unwrap_or(0);
        for row in y_min..=y_max {
            let mut nodes = vec![];
            let (mut px1, mut py1) = (p(0), p(1));
            let mut i = n * 2;
            while i >= 2 {
                let (px2, py2) = (p(i - 2), p(i - 1));
                if py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row)) {
                    let (p1, p2, r, q1, q2) = (px1 as i128, px2 as i128, row as i128, py1 as i128, py2 as i128);
                    let node = (32 * p1 + 32 * (p2 - p1) * (r - q1) / (q2 - q1) + 16) / 32;
                    nodes.push(node as i64);
                } else if row == py1.max(py2) {
                    if py1 < py2 {
                        g.set_checked(b, x + px2, y + py2, col, true);
                    } else if py2 < py1 {
                        g.set_checked(b, x + px1, y + py1, col, true);
                    } else {
                        g.line(b, x + px1, y + py1, x + px2, y + py2, col);
                    }
                }
                px1 = px2;
                py1 = py2;
                i -= 2;
            }
            nodes.sort_unstable();
            for pair in nodes.chunks(2) {
                if let [a, c] = pair {
                    g.fill_rect(b, x + a, y + row, c - a + 1, 1, col);
                }
            }
        }
    })
}

/// A source for blit: a FrameBuffer, or (buffer, width, height, format[, stride]).
fn source(vm: &mut Vm, v: Value) -> PyResult<(Vec<u8>, Geometry)> {
    if let Ok((buf, g)) = fb_of(vm, v) {
        return Ok((buffer_bytes(vm, buf)?, g));
    }
    let items = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::List(l)) => l.clone(),
        _ => {
            return Err(vm.type_error("expected a FrameBuffer"));
        }
    };
    if !(4..=5).contains(&items.len()) {
        return Err(vm.value_error(""));
    }
    let (buf, g) = geometry(vm, &items)?;
    Ok((buffer_bytes(vm, buf)?, g))
}

fn blit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("blit", args, 4, 6)?;
    let (src, sg) = source(vm, args[1])?;
    let (x, y) = (word(vm, args[2])?, word(vm, args[3])?);
    let key = match args.get(4) {
        Some(&k) => word(vm, k)?,
        None => -1,
    };
    let palette = match args.get(5) {
        Some(&p) if !p.is_none() => Some(source(vm, p)?),
        _ => None,
    };
    draw(vm, args[0], |g, b| {
        if x >= g.width || y >= g.height || -x >= sg.width || -y >= sg.height {
            return;
        }
        let (x0, mut y0) = (x.max(0), y.max(0));
        let (x1, mut y1) = ((-x).max(0), (-y).max(0));
        let x0end = g.width.min(x + sg.width);
        let y0end = g.height.min(y + sg.height);
        while y0 < y0end {
            for (cx1, cx0) in (x1..).zip(x0..x0end) {
                let mut col = sg.get(&src, cx1, y1);
                if let Some((pb, pg)) = &palette {
                    col = pg.get(pb, col as i64, 0);
                }
                if col != key as u32 {
                    g.set(b, cx0, y0, col);
                }
            }
            y1 += 1;
            y0 += 1;
        }
    })
}

fn scroll(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("scroll", args, 3, 3)?;
    let (xs, ys) = (word(vm, args[1])?, word(vm, args[2])?);
    draw(vm, args[0], |g, b| {
        let (sx, xend, dx) = if xs < 0 {
            if -xs >= g.width {
                return;
            }
            (0, g.width + xs, 1)
        } else {
            if xs >= g.width {
                return;
            }
            (g.width - 1, xs - 1, -1)
        };
        let (mut y, yend, dy) = if ys < 0 {
            if -ys >= g.height {
                return;
            }
            (0, g.height + ys, 1)
        } else {
            if ys >= g.height {
                return;
            }
            (g.height - 1, ys - 1, -1)
        };
        while y != yend {
            let mut x = sx;
            while x != xend {
                let v = g.get(b, x - xs, y - ys);
                g.set(b, x, y, v);
                x += dx;
            }
            y += dy;
        }
    })
}

fn text(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("text", args, 4, 5)?;
    let s = vm.str_arg(args[1])?;
    let (mut x0, y0) = (word(vm, args[2])?, word(vm, args[3])?);
    let col = match args.get(4) {
        Some(&c) => word(vm, c)? as u32,
        None => 1,
    };
    draw(vm, args[0], |g, b| {
        // The firmware walks the UTF-8 bytes: each byte outside 32..127 is
        // drawn as the last glyph.
        for &byte in s.as_bytes() {
            let c = if (32..=127).contains(&byte) { byte } else { 127 };
            for &column in &FONT[(c - 32) as usize] {
                if 0 <= x0 && x0 < g.width {
                    let mut bits = column;
                    let mut y = y0;
                    while bits != 0 {
                        if bits & 1 != 0 && 0 <= y && y < g.height {
                            g.set(b, x0, y, col);
                        }
                        bits >>= 1;
                        y += 1;
                    }
                }
                x0 += 1;
            }
        }
    })
}
