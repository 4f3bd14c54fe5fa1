const isDev = process.env.NODE_ENV === "development";

/**
 * Security headers for every response. Story text is the user's own but may be pasted from anywhere,
 * so pages must not run anything it smuggles in: no eval, no plugins, no framing, no third-party
 * hosts. 'unsafe-inline' scripts are needed by the App Router's inline hydration data; React's dev
 * mode alone needs eval, so it gets it only under `next dev`.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  // CodeMirror writes its theme into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A personal, local-first app: no powered-by header, no image optimiser fetching remote images.
  poweredByHeader: false,
  images: { unoptimized: true },
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // `npm test` type-checks the whole project (tests and scripts included) with `tsc`; checking again
  // inside every `next build` would double the build time of `npm start` on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
