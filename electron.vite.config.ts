import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { bundledLicences, type Bundle } from './scripts/release/licences'

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }
// Each build records the packages it holds; together they make out/licences (the About screen's list).
const licences = (bundle: Bundle) =>
  bundledLicences(bundle, {
    root: import.meta.dirname,
    outDir: resolve(import.meta.dirname, 'out/licences'),
  })

export default defineConfig({
  main: {
    plugins: [licences('main')],
    resolve: { alias: shared },
    build: {
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/index.ts') },
      },
    },
  },
  preload: {
    plugins: [licences('preload')],
    resolve: { alias: shared },
    build: {
      // A sandboxed preload must be one classic CommonJS script that requires only `electron`.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: {
      alias: {
        ...shared,
        '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
        // Messages go through our plain compiler, so the runtime-only build is enough (and has no eval).
        'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js',
      },
    },
    plugins: [
      vue(),
      licences('renderer'),
      {
        // Vite's dev server injects component styles as <style> tags; only in `npm run dev` does the
        // page's CSP allow inline styles. Built pages keep style-src 'self'.
        name: 'dev-only-inline-styles',
        apply: 'serve',
        transformIndexHtml: (html: string) =>
          html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      },
    ],
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
    },
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') },
      },
    },
  },
})
