/**
 * `import '@faultline/react/toast.css'` adds the theme and the toaster's styles to the page, for an app
 * that shows toasts and no other part (`styles.css` holds every part); it exports nothing. This
 * declaration lets TypeScript check the import outside a bundler that types CSS.
 */
export {};
