/** @type {import('next').NextConfig} */
const nextConfig = {
  // A personal, local-first app: no telemetry-bearing image optimiser, no powered-by header.
  poweredByHeader: false,
  images: { unoptimized: true },
  // The repository root holds other lockfiles' parents in some checkouts; pin the tracing root here.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
