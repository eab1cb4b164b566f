import QRCode from 'qrcode';

/**
 * A module's way back online from paper: a QR code and an address short enough to type.
 * Both are made at build time, so the printed page needs no script and no network.
 */

/**
 * The QR code as an inline SVG. Error correction M survives a smudge or a fold;
 * a two-module quiet zone is enough because the code sits on blank paper.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  // Name the image for screen readers and the tagged PDF; qrcode writes a bare <svg>.
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}

/** https://example.org/modules/x/ → example.org/modules/x/: what a reader types. */
export function shortUrl(url: string | URL): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname}${search}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
