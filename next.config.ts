import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole body, made on every response: 0.8 ms for a 93 KB wizard
  // step, a large share of serving it. Per-request pages change with every nonce anyway.
  generateEtags: false,
  reactStrictMode: true,
  // Two root layouts (site and embed): unmatched addresses need a 404 page of their own.
  experimental: { globalNotFound: true },
  // Framing rules depend on the environment at start, so proxy.ts sets them, not this file.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
