// PNG from the exported SVG: the same drawing, drawn by the browser into a canvas at 1×, 2× or 4×.
// The SVG holds no external reference and no foreignObject, so the canvas is never tainted.

/** Decodes the SVG text as an image; rejects when the browser cannot draw it. */
async function loadSvgImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The drawing as a PNG of (width × scale) by (height × scale) pixels. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const img = await loadSvgImage(svgText);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw into a canvas.');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}
