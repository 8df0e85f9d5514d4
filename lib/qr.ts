import QRCode from 'qrcode';

/**
 * A QR code of a link as an SVG string, drawn on the server so the page needs no script.
 * Dark modules on white whatever the colour scheme: cameras read dark-on-light best.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
