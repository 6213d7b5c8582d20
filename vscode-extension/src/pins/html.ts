// The "Show Pins" webview page. The SVG comes from the server; it is shown as
// an <img> from a data: URL, where SVG cannot run script or load anything, and
// the page's CSP forbids scripts altogether.

export function pinsHtml(svg: string, title: string): string {
  const data = Buffer.from(svg, "utf8").toString("base64");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
  body { display: flex; flex-direction: column; align-items: center; padding: 1em; }
  img { max-width: 100%; height: auto; background: white; border-radius: 4px; }
  p { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<img alt="${escapeHtml(title)}" src="data:image/svg+xml;base64,${data}">
<p>Updates after each run.</p>
</body>
</html>`;
}

export function messageHtml(message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
</head>
<body><p>${escapeHtml(message)}</p></body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
