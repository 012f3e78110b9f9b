// The app sits in a temporary folder of its own: Next.js must not look above it for a workspace.
/** @type {import('next').NextConfig} */
const config = {
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default config;
