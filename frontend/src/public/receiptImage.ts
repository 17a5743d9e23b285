/**
 * The receipt as a picture to keep (a phone's gallery outlives a browser tab): the code
 * large, in a monospace face, with what it is for and where to look it up. Drawn on a
 * canvas: no library.
 */
export function saveReceiptImage({ code, lines, fileName }: { code: string; lines: string[]; fileName: string }) {
  const [title = '', label = '', ...rest] = lines.filter((l, i) => l || i < 2);
  const width = 720;
  const height = 200 + rest.length * 34;
  const canvas = document.createElement('canvas');
  const scale = 2;
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = '#1c4e80';
  ctx.lineWidth = 4;
  ctx.strokeRect(2, 2, width - 4, height - 4);
  ctx.fillStyle = '#111111';
  ctx.font = 'bold 26px system-ui, sans-serif';
  ctx.fillText(title, 32, 52);
  ctx.font = '18px system-ui, sans-serif';
  ctx.fillText(label, 32, 92);
  ctx.font = `bold ${code.length > 20 ? 24 : 44}px ui-monospace, "DejaVu Sans Mono", monospace`;
  ctx.fillText(code, 32, 146);
  ctx.font = '17px system-ui, sans-serif';
  rest.forEach((line, i) => ctx.fillText(line, 32, 196 + i * 34, width - 64));
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
