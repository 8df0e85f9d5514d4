import type { NextConfig } from 'next';
import { BASE_HEADERS } from './lib/serving/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole body, made on every response: 0.8 ms for a 93 KB wizard
  // step, a large share of serving it. Per-request pages change with every nonce anyway.
  generateEtags: false,
  reactStrictMode: true,
  // Two root layouts (site and embed): unmatched addresses need a 404 page of their own.
  experimental: { globalNotFound: true },
  // The build's assets, which proxy.ts never sees (its matcher), get the headers every response
  // carries here; every other response gets all of its security headers from the proxy.
  async headers() {
    const headers = Object.entries(BASE_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      { source: '/_next/static/:path*', headers },
      { source: '/_next/image', headers },
    ];
  },
};

export default nextConfig;
