//! The kernel's logo: a chip on a dark tile, drawn from a few shapes into
//! an SVG and, for JupyterLab's launcher, PNGs at 32 and 64 pixels.

use anyhow::Context;

/// Shapes in a 64×64 box, painted in order.
enum Shape {
    RoundRect { x: f32, y: f32, w: f32, h: f32, r: f32, color: [u8; 3] },
    Circle { cx: f32, cy: f32, r: f32, color: [u8; 3] },
}

const TILE: [u8; 3] = [0x1e, 0x3a, 0x5f];
const CHIP: [u8; 3] = [0xf5, 0xc5, 0x42];
const PIN: [u8; 3] = [0xcf, 0xd8, 0xdc];

fn shapes() -> Vec<Shape> {
    let mut shapes = vec![Shape::RoundRect { x: 0.0, y: 0.0, w: 64.0, h: 64.0, r: 12.0, color: TILE }];
    // Three pins on each side of the chip.
    for i in 0..3 {
        let along = 22.0 + 8.0 * i as f32;
        shapes.push(Shape::RoundRect { x: along, y: 10.0, w: 4.0, h: 44.0, r: 1.0, color: PIN });
        shapes.push(Shape::RoundRect { x: 10.0, y: along, w: 44.0, h: 4.0, r: 1.0, color: PIN });
    }
    shapes.push(Shape::RoundRect { x: 17.0, y: 17.0, w: 30.0, h: 30.0, r: 4.0, color: CHIP });
    shapes.push(Shape::Circle { cx: 23.5, cy: 23.5, r: 2.5, color: TILE });
    shapes
}

fn hex(color: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", color[0], color[1], color[2])
}

pub fn svg() -> String {
    let mut body = String::new();
    for shape in shapes() {
        body.push_str(&match shape {
            Shape::RoundRect { x, y, w, h, r, color } => {
                format!(
                    "  <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{r}\" fill=\"{}\"/>\n",
                    hex(color)
                )
            }
            Shape::Circle { cx, cy, r, color } => {
                format!("  <circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{}\"/>\n", hex(color))
            }
        });
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\">\n{body}</svg>\n"
    )
}

fn covers(shape: &Shape, px: f32, py: f32) -> Option<[u8; 3]> {
    match *shape {
        Shape::RoundRect { x, y, w, h, r, color } => {
            // Distance from the rectangle shrunk by r, compared with r.
            let dx = (px - (x + w / 2.0)).abs() - (w / 2.0 - r);
            let dy = (py - (y + h / 2.0)).abs() - (h / 2.0 - r);
            let outside = (dx.max(0.0).powi(2) + dy.max(0.0).powi(2)).sqrt();
            (outside <= r).then_some(color)
        }
        Shape::Circle { cx, cy, r, color } => ((px - cx).powi(2) + (py - cy).powi(2) <= r * r).then_some(color),
    }
}

/// RGBA pixels, 4×4 supersampled for smooth edges.
fn raster(size: u32) -> Vec<u8> {
    const SAMPLES: u32 = 4;
    let shapes = shapes();
    let scale = 64.0 / size as f32;
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let (mut sum, mut hits) = ([0u32; 3], 0u32);
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let px = (x as f32 + (sx as f32 + 0.5) / SAMPLES as f32) * scale;
                    let py = (y as f32 + (sy as f32 + 0.5) / SAMPLES as f32) * scale;
                    if let Some(color) = shapes.iter().rev().find_map(|s| covers(s, px, py)) {
                        for c in 0..3 {
                            sum[c] += color[c] as u32;
                        }
                        hits += 1;
                    }
                }
            }
            if hits == 0 {
                pixels.extend([0, 0, 0, 0]);
            } else {
                let alpha = hits * 255 / (SAMPLES * SAMPLES);
                pixels.extend([(sum[0] / hits) as u8, (sum[1] / hits) as u8, (sum[2] / hits) as u8, alpha as u8]);
            }
        }
    }
    pixels
}

pub fn png(size: u32) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().context("encoding the logo")?;
    writer.write_image_data(&raster(size)).context("encoding the logo")?;
    writer.finish().context("encoding the logo")?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_are_transparent_and_the_chip_is_yellow() {
        let pixels = raster(64);
        let at = |x: usize, y: usize| &pixels[(y * 64 + x) * 4..(y * 64 + x) * 4 + 4];
        assert_eq!(at(0, 0)[3], 0, "rounded corner");
        assert_eq!(at(32, 32), &[CHIP[0], CHIP[1], CHIP[2], 255]);
        assert_eq!(at(5, 32), &[TILE[0], TILE[1], TILE[2], 255]);
    }

    #[test]
    fn pngs_decode_at_their_size() {
        for size in [32, 64] {
            let bytes = png(size).unwrap();
            let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
            let reader = decoder.read_info().unwrap();
            assert_eq!((reader.info().width, reader.info().height), (size, size));
        }
    }
}
