import { defineConfig } from 'vite';

// The API serves dist/ at / (same origin, strict CSP); `npm run dev` proxies /graphql to a local API.
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/graphql': process.env.CLEARFRAME_API_URL ?? 'http://127.0.0.1:4400' } },
});
