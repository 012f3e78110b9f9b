/**
 * `import '@faultline/react/styles.css'` adds faultline's stylesheet to the page; it exports nothing. This
 * declaration lets TypeScript check the import outside a bundler that types CSS (TypeScript 7 reports TS2882
 * for a side-effect import it cannot resolve).
 */
export {};
