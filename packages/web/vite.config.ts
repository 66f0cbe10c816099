import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = 'http://127.0.0.1:3000';

/**
 * Writes dist/.vite/chunk-modules.json: the source modules in each built chunk, so the bundle budget
 * (scripts/check-bundle-budget.ts) can tell which chunks carry a library such as recharts.
 */
function chunkModules(): Plugin {
  return {
    name: 'ips-bridge:chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') {
          modules[output.fileName] = output.moduleIds.map((id) =>
            id.replace(/^.*\/node_modules\//, 'node_modules/').replace(`${import.meta.dirname}/`, ''),
          );
        }
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(modules) });
    },
  };
}

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to each built text file of 1 kB or more, compressed once at build
 * time at the highest levels; the server sends the copy the browser accepts (packages/server/src/routes/web.routes.ts).
 */
function precompress(): Plugin {
  return {
    name: 'ips-bridge:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? path.join(import.meta.dirname, 'dist');
      for (const fileName of Object.keys(bundle)) {
        if (fileName.startsWith('.vite/') || !/\.(js|mjs|css|html|svg|json|txt)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), chunkModules(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the chunks each entry and lazy page loads (scripts/check-bundle-budget.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically (React, the router, i18next, the shell, the login page …) in
            // one chunk: every page needs all of it before it runs, and left alone the bundler cuts it into some
            // forty files wherever a lazy page shares a module, which costs about 18 kB of gzip overhead and as
            // many requests. The entry module itself stays its own chunk, the one index.html loads.
            {
              name: 'app',
              priority: 2,
              tags: ['$initial'],
              test: (id) => !id.endsWith('/src/main.tsx') && !id.endsWith('/index.html'),
            },
            // The modules five or more lazy pages share (Aksel's form parts, form helpers, small domain rules) in
            // one chunk instead of dozens of files under 1 kB each, the money page's alone about 40. The
            // catalogue parts stay apart: each page loads only its own.
            { name: 'shared', priority: 1, minShareCount: 5, test: (id) => !id.includes('/src/i18n/') },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});
