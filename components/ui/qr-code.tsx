type Props = { svg: string; label: string };

/**
 * A QR code drawn on the server (see lib/qr.ts). The SVG comes from our own encoder, never
 * from the visitor, so it is inserted as markup.
 */
export function QrCode({ svg, label }: Props) {
  return (
    <div
      role="img"
      aria-label={label}
      className="w-52 max-w-full rounded-md border-2 border-slate-300 bg-white p-2 dark:border-slate-600 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
